"""The dialogs in the chosen language: Spanish and Arabic (mirrored) texts from the shipped
catalogues, dates in the locale's forms, the core's errors translated in the GUI; names and
data never translated."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop_app import i18n
from desktop_app.errors import CameraUnavailable, ImageError
from desktop_app.storage import db as db_module
from desktop_app.vision.frames import parse_source
from desktop_app.vision.image_io import load_image
from desktop_app.vision.quality import HINT_BLUR, HINT_DARK, hints_text


def form_labels(dialog: Any) -> list[str]:
    form = dialog.findChild(QFormLayout)
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
            labels.append(item.widget().text())
    return labels


def test_enroll_dialog_in_spanish(language: Any, ctx: Any, qtbot: Any) -> None:
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

    language("es")
    dialog = EnrollDialog(ctx, mode="photos")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Registrar con fotos"
    assert dialog.enroll_button.text() == "Registrar"
    assert form_labels(dialog)[:3] == ["Nombre", "Id externo", "Grupo"]
    assert dialog.status.text() == "Escriba el nombre de la persona."
    dialog.name.setText("Zoë O'Brien-Łukasz")
    assert "Zoë" not in dialog.status.text()  # the next problem, in Spanish
    assert dialog.status.text().startswith(("Se necesita", "Añada"))


def test_enroll_dialog_in_arabic_is_mirrored_and_keeps_names(
    language: Any, ctx: Any, qtbot: Any
) -> None:
    from desktop_app.storage.records import PersonRecord
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

    assert language("ar").right_to_left
    now = dt.datetime.now(dt.UTC)
    person = PersonRecord(
        id=7,
        name="Ana María López",
        external_id="S7",
        group_name="7B",
        active=True,
        consent_at=now,
        consent_by="admin",
        consent_text_version="1",
        created_at=now,
        deactivated_at=None,
        notes=None,
    )
    dialog = EnrollDialog(ctx, mode="photos", person=person)
    qtbot.addWidget(dialog)
    assert dialog.isRightToLeft()
    assert dialog.windowTitle() == "إضافة عينات لـ Ana María López"  # the name untouched
    assert dialog.enroll_button.text() == "إضافة عينات"


def test_dialog_dates_follow_the_locale(language: Any, ctx: Any, qtbot: Any) -> None:
    from desktop_app.ui.dialogs.session_dialog import SessionDialog

    language("de")
    dialog = SessionDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sitzung starten"
    # German date and time: "06.12.2026 09:15", never the ISO "2026-12-06 09:15"
    assert dialog.started.displayFormat() == "dd.MM.yyyy HH:mm"
    assert dialog.name.text().startswith("Sitzung ") and "." in dialog.name.text()
    assert "-" not in dialog.name.text()


def test_arabic_time_editor_keeps_hours_before_minutes(language: Any) -> None:
    from desktop_app.ui.common import datetime_edit_format

    language("ar")
    # without the right-to-left mark the editor drew 9:42 as "42:9"
    assert "\u200f:" in datetime_edit_format()
    language("de")
    assert "\u200f" not in datetime_edit_format()


def test_core_errors_are_translated_in_the_gui_and_english_without_it(language: Any) -> None:
    url = "sqlite:///attendance.db"
    locked = sqlite3.OperationalError("database is locked")
    assert "locked by another program" in str(db_module.translate(locked, url))
    assert hints_text([HINT_DARK, HINT_BLUR]) == "too dark; too blurred: hold still"
    language("es")
    with pytest.raises(CameraUnavailable, match="No hay ninguna fuente de cámara"):
        parse_source("")
    assert "bloqueada" in str(db_module.translate(locked, url))
    assert hints_text([HINT_DARK]) == "demasiado oscura"
    assert HINT_DARK == "too dark"  # the reasons themselves stay English (JSON, reports)
    with pytest.raises(ImageError, match=r"La imagen foto-perdida\.jpg no existe"):
        load_image(Path("foto-perdida.jpg"))
    language("ar")
    assert hints_text([HINT_DARK]) == "مظلمة جدًا"


def test_a_broken_translation_falls_back_to_english() -> None:
    i18n.install(lambda _c, _s: "Añadir a {nombre}", "es")
    try:
        text = i18n.translate("EnrollDialog", "Add to {name}").format(name="Ana")
    finally:
        i18n.install(None)
    assert text == "Add to Ana"


def test_correction_dialog_shows_the_mark_in_the_locale(
    language: Any, ctx: Any, qtbot: Any, tmp_path: Path
) -> None:
    from desktop_app.storage.records import EventRecord
    from desktop_app.ui.dialogs.correction_dialog import CorrectionDialog

    language("fr")
    at = dt.datetime(2026, 3, 2, 16, 5, tzinfo=dt.UTC)
    event = EventRecord(
        id=1,
        person_id=3,
        session_id=None,
        kind="check_in",
        at_utc=at,
        score=0.3,
        device="desk",
        source="camera",
        status="valid",
        corrected_by=None,
        correction_reason=None,
        replaced_by_id=None,
        created_at=at,
        person_name="Łucja Nowak",
    )
    dialog = CorrectionDialog(ctx, "delete", event)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Retirer un pointage"
    mark = form_labels(dialog)[0]
    assert mark == "Pointage"
    shown = [w.text() for w in dialog.findChildren(QLabel) if "Łucja Nowak" in w.text()]
    local = at.astimezone()
    assert shown == [f"Łucja Nowak — arrivée le {local:%d/%m/%Y %H:%M}"]  # French order


def test_roster_dialog_in_spanish(language: Any, ctx: Any, qtbot: Any) -> None:
    from desktop_app.ui.dialogs.roster_dialog import RosterDialog, accept_text

    language("es")
    dialog = RosterDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Importar una lista de clase"
    assert dialog.check_button.text() == "Comprobar el archivo"
    assert dialog.import_button.toolTip() == "Elija primero el archivo CSV."
    assert "<code>external_id</code>" in dialog.findChildren(QLabel)[0].text()  # column names
    assert accept_text(1, 0) == "Aceptar 1 pareja parecida"
    assert accept_text(2, 3) == "Aceptar 2 pareja(s) parecida(s) y 3 foto(s) pequeña(s)"


def test_a_german_class_list_keeps_its_groups_and_names_the_column_not_read(
    language: Any, ctx: Any, qtbot: Any, tmp_path: Path
) -> None:
    """A list exported with German headers: "Klasse" is the group; "Geburtsdatum" is named
    in the verdict before the import, in the operator's language."""
    from desktop_app.storage.repositories import People
    from desktop_app.ui.dialogs.roster_dialog import RosterDialog
    from tests.gui.conftest import wait_ops

    csv = tmp_path / "klasse-7b.csv"
    csv.write_text("Name;Klasse;Geburtsdatum\nAnna Groß;7B;01.03.2014\n", encoding="utf-8")
    language("de")
    dialog = RosterDialog(ctx, path=csv)
    qtbot.addWidget(dialog)
    help_text = dialog.findChildren(QLabel)[0].text()
    assert "auf Englisch oder Deutsch" in help_text and "<code>Klasse</code>" in help_text
    dialog.check()
    wait_ops(qtbot)
    assert (
        'Nicht gelesene Spalten, ihre Werte werden nicht importiert: "Geburtsdatum".'
        in dialog.headline.text()
    )
    dialog.consent.setChecked(True)
    dialog.run_import()
    wait_ops(qtbot)
    [anna] = ctx.db.run(lambda s: People(s).list())
    assert (anna.name, anna.group_name) == ("Anna Groß", "7B")
    # a file that cannot be read says why in German too, not in the CLI's English
    csv.write_text("Anna Groß;7B\n", encoding="utf-8")
    again = RosterDialog(ctx, path=csv)
    qtbot.addWidget(again)
    again.check()
    wait_ops(qtbot)
    assert "klasse-7b.csv hat keine Kopfzeile mit den Spaltennamen" in again.headline.text()


def test_group_photo_summary_and_about_in_arabic_and_chinese(language: Any, ctx: Any) -> None:
    from types import SimpleNamespace

    from desktop_app.ui.dialogs.group_photo_dialog import describe, summary_text
    from desktop_app.ui.main_window import about_html

    known = SimpleNamespace(status="known", name="Wang Fang", index=0, person_id=1)
    other = SimpleNamespace(status="unknown", name=None, index=1, person_id=None)
    analysis = SimpleNamespace(faces=[known, other], known=[known])
    english = summary_text(analysis, None)
    assert english.startswith("<b>Found 2 faces</b>: 1 recognised, 1 not recognised. ")
    language("ar")
    text = summary_text(analysis, None)
    assert text.startswith("<b>عُثر على ٢ من الوجوه</b>")  # the locale's digits, as its dates
    assert describe(known) == "Wang Fang"  # names are never translated
    assert describe(other).startswith("لم يُتعرَّف عليه (الوجه ٢)")
    language("zh_CN")
    about = about_html(ctx.settings)
    assert "<b>人脸考勤</b>" in about and "blazeface" in about  # model ids stay as they are


def test_a_wrong_admin_pin_is_said_in_german(
    language: Any, qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, monkeypatch: Any
) -> None:
    """The main window's PIN prompt repeats with the reason, in the operator's language."""
    from desktop_app.security import pin
    from desktop_app.ui import admin_gate

    pin.set_pin(ctx.db, "4827")
    prompts: list[str] = []

    def ask(_parent: Any, _title: str, prompt: str) -> tuple[str, bool]:
        prompts.append(prompt)
        return ("1111", True) if len(prompts) == 1 else ("", False)

    monkeypatch.setattr(admin_gate, "ask_pin", ask)
    language("de")
    w = make_window(image_folder)
    assert not admin_gate.ensure_admin(ctx, w, "Das Bearbeiten einer Person")
    assert prompts[1].startswith("Falsche PIN. Bitte erneut versuchen.\n")


def test_identify_texts_in_german(language: Any) -> None:
    from types import SimpleNamespace

    from desktop_app.ui.dialogs.identify_dialog import describe_face

    language("de")
    match = SimpleNamespace(status="ambiguous", name="Jürgen Groß", distance=0.4251)
    assert describe_face(SimpleNamespace(match=match), 1.06) == "Unsicher: Jürgen Groß"
    # how sure in the Attendance page's words, never a distance ("Abstand 0,43")
    match = SimpleNamespace(status="known", name="Jürgen Groß", distance=0.4251)
    assert describe_face(SimpleNamespace(match=match), 1.06) == "Jürgen Groß  (sehr sicher)"
    match = SimpleNamespace(status="unknown", name=None, distance=1.31)
    assert describe_face(SimpleNamespace(match=match), 1.06) == "Unbekannt"


def test_session_and_mark_refusals_follow_the_language(language: Any, ctx: Any) -> None:
    """What the session and correction dialogs show from the attendance service."""
    from desktop_app.attendance.service import SessionError

    now = dt.datetime.now(dt.UTC)
    with pytest.raises(SessionError, match="would end"):
        ctx.attendance.start_session("Maths 7B", starts_at=now, ends_at=now - dt.timedelta(hours=1))
    language("fr")
    with pytest.raises(SessionError, match="Une séance a besoin d'un nom"):
        ctx.attendance.start_session("  ")
    with pytest.raises(SessionError, match="se terminerait"):
        ctx.attendance.start_session("Maths 7B", starts_at=now, ends_at=now - dt.timedelta(hours=1))


def test_class_list_refusals_in_spanish_without_command_line_words(
    language: Any, ctx: Any, qtbot: Any, tmp_path: Path
) -> None:
    from desktop_app.attendance.roster import consent_hint
    from desktop_app.ui.dialogs.roster_dialog import RosterDialog, gui_reason
    from tests.gui.conftest import wait_ops

    csv = tmp_path / "clase.csv"
    csv.write_text("name,external_id\nAna Lima,S1\n,S2\nBjörn Ødegård,S1\n", encoding="utf-8")
    language("es")
    dialog = RosterDialog(ctx, path=csv)
    qtbot.addWidget(dialog)
    dialog.check()
    wait_ops(qtbot)
    problems = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 2).text()
        for row in range(dialog.table.rowCount())
    }
    assert problems == {
        "3": "falta el nombre",
        "4": "id externo duplicado «S1» (también en la línea 2)",
    }
    assert dialog.table.item(1, 1).text() == "Björn Ødegård"  # names as written
    consent = f"consentimiento para guardar la cara no confirmado ({consent_hint()})"
    assert "--consent" in consent
    shown = gui_reason(consent)
    assert (
        shown
        == "consentimiento para guardar la cara no confirmado (marque la casilla de consentimiento)"
    )


def test_welcome_box_and_diagnostics_in_portuguese(
    language: Any, qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    language("pt")
    w = make_window(tmp_path / "no-camera-here")
    qtbot.waitUntil(lambda: w.runner.state in ("lost", "ended"), timeout=10_000)
    w._offer_first_enrollment()
    qtbot.waitUntil(lambda: getattr(w, "welcome_box", None) is not None, timeout=5000)
    assert list(w.welcome_choices) == ["Por fotos...", "Importar uma lista de turma..."]
    assert w.welcome_box.text().startswith("Ainda não há ninguém cadastrado.")
    assert "Nenhuma câmera está funcionando agora" in w.welcome_box.text()
    w.welcome_box.reject()
    labels = [label for label, _value in w.diagnostics()]
    assert labels[:4] == ["Versão", "Câmera", "Fonte da câmera", "Quadros por segundo"]


def test_camera_enrolment_and_diagnostics_say_their_values_in_german(
    language: Any, qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    """No raw values for the operator: the camera enrol box says how good the picture is in
    words, and Diagnostics says the camera's state and the attendance mode in German."""
    from desktop_app.ui.dialogs.enroll_dialog import quality_words

    language("de")
    assert [quality_words(s, True) for s in (0.95, 0.8, 0.55)] == [
        "sehr gutes Bild",
        "gutes Bild",
        "gerade gut genug",
    ]
    assert quality_words(0.3, False) == "noch nicht gut genug"
    w = make_window(tmp_path / "no-camera-here")
    qtbot.waitUntil(lambda: w.runner.state in ("lost", "ended"), timeout=10_000)
    facts = dict(w.diagnostics())
    assert facts["Kamera"].endswith("(nicht verfügbar)")
    assert facts["Anwesenheitsmodus"] == "Anwesend (eine Erfassung pro Person)"


def test_first_start_model_progress_in_the_gui_language(language: Any, tmp_path: Path) -> None:
    """The model conversion a first start shows (the progress dialog) speaks the GUI's
    language; the CLI, with no translator, keeps English."""
    from desktop_app.modelzoo.registry import ModelZoo

    def steps(folder: Path) -> list[str]:
        seen: list[str] = []
        ModelZoo(folder).build("face_mesh", lambda _f, msg: seen.append(str(msg)))
        return seen

    english = steps(tmp_path / "en")
    assert english[0].startswith("reading weights from") and english[-1] == "done"
    language("de")
    german = steps(tmp_path / "de")
    assert german[0].startswith("Gewichte werden aus") and german[-1] == "fertig"
    assert any(s.endswith("wird umgewandelt") for s in german)


def test_the_kiosk_code_pad_says_in_german_that_the_number_was_not_saved(
    language: Any, qtbot: Any, ctx: Any, image_folder: Path
) -> None:
    """The ID number typed while another program holds the database longer than a mark
    waits: the pad says so in the kiosk's language and nothing is marked."""
    from desktop_app.storage.repositories import Events
    from tests.gui.test_kiosk import close_kiosk
    from tests.gui.test_lookalike_gui import held_lookalike_kiosk, type_while_locked

    language("de")
    w, _ana, _bea = held_lookalike_kiosk(qtbot, ctx, image_folder, mark_wait=1.0)
    dlg = w.code_dialog
    assert dlg.checking_text == "Ihre Ausweisnummer wird geprüft..."
    type_while_locked(ctx, dlg, "1024")
    assert dlg.message_text() == (
        "Nicht gespeichert: Ein anderes Programm verwendet die Datenbank. "
        "Bitte geben Sie sie gleich noch einmal ein."
    )
    assert dlg.isVisible() and ctx.db.run(lambda s: Events(s).query()) == []
    close_kiosk(w)


def test_a_time_the_clock_change_skips_or_repeats_is_said_in_german(language: Any) -> None:
    """The date-time fields' refusal and question, in the operator's language and formats."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    from desktop_app.ui import common

    language("de")
    common.set_display_zone("Europe/Berlin")
    for day, said in [
        (
            QDate(2026, 3, 29),
            "02:30 am 29.03.26 gibt es in Europe/Berlin nicht: Die Uhren werden dann "
            "vorgestellt. Wählen Sie eine Zeit vor oder nach der übersprungenen Stunde.",
        ),
        (
            QDate(2026, 10, 25),
            "02:30 am 25.10.26 kommt in Europe/Berlin zweimal vor: Die Uhren werden dann "
            "zurückgestellt.",
        ),
    ]:
        with pytest.raises(common.ClockChange) as caught:
            common.from_qdatetime(QDateTime(day, QTime(2, 30), common.QTimeZone.utc()))
        assert str(caught.value) == said


def test_the_kiosks_code_messages_wrap_in_german_instead_of_widening_the_window(
    language: Any, qtbot: Any, ctx: Any, image_folder: Path
) -> None:
    """The band under the camera shows the pad's messages too; one line of "Bitte warten:
    Ein anderes Programm verwendet die Datenbank..." made the kiosk 1772 px wide, past a
    1280x720 screen (review11 R1). It wraps now."""
    from desktop_app.attendance.kiosk_state import checking_text, not_checked_text
    from desktop_app.errors import DatabaseLocked
    from tests.gui.test_kiosk import close_kiosk
    from tests.gui.test_lookalike_gui import held_lookalike_kiosk

    language("de")
    w, _ana, _bea = held_lookalike_kiosk(qtbot, ctx, image_folder)
    machine = w.controller.machine
    w.code_dialog.hide()  # the band behind the pad
    views = [
        machine._set(machine._code_view(3, checking_text("external_id"))),
        machine.code_waiting(),
        machine.code_not_checked(not_checked_text(DatabaseLocked("locked"))),
    ]
    for view in views:
        w._show(view)
        assert w.band_sub.text() == view.subtitle and view.subtitle.startswith(
            ("Ihre", "Bitte", "Nicht")
        )
        qtbot.wait(100)  # laid out as on screen
        assert w.width() <= 1280 and w.minimumSizeHint().width() <= 1280, view.subtitle
    close_kiosk(w)


@pytest.mark.parametrize("code", list(i18n.LANGUAGES))
def test_the_reason_hint_is_never_cut_in_any_language_with_a_large_font(
    code: str, language: Any, ctx: Any, qtbot: Any
) -> None:
    """The Edit session and Remove mark reasons' grey hint ("Why it changes (kept in the
    audit log)") shows whole: the dialog grows instead (German at 12 pt lost its end)."""
    from desktop_app.storage.records import EventRecord
    from desktop_app.storage.repositories import Sessions
    from desktop_app.ui.app import create_application
    from desktop_app.ui.dialogs.correction_dialog import CorrectionDialog
    from desktop_app.ui.dialogs.session_dialog import SessionDialog

    language(code)
    app = create_application()
    before = app.font()
    big = app.font()
    big.setPointSizeF(12)
    app.setFont(big)
    try:
        at = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
        session = ctx.db.run(lambda s: Sessions(s).add("Maths", at, group_name="7B"))
        event = EventRecord(
            id=1, person_id=3, session_id=None, kind="check_in", at_utc=at, score=0.3,
            device="desk", source="camera", status="valid", corrected_by=None,
            correction_reason=None, replaced_by_id=None, created_at=at, person_name="Ana",
        )  # fmt: skip
        for dialog in (SessionDialog(ctx, session=session), CorrectionDialog(ctx, "delete", event)):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            hint = dialog.reason.placeholderText()
            shown = dialog.reason.width() - 4  # QLineEdit keeps 2 px each side
            assert shown >= dialog.reason.fontMetrics().horizontalAdvance(hint), (code, hint)
            dialog.close()
    finally:
        app.setFont(before)


def test_an_arabic_class_list_check_writes_line_and_column_numbers_in_arabic_digits(
    language: Any, ctx: Any, qtbot: Any, tmp_path: Path
) -> None:
    """The check's table, its reasons and its verdict write "line 4" and "column 4" with
    the digits the rest of the Arabic dialog uses (Qt's ٤), not a Latin 4 among them."""
    from desktop_app.ui.common import number_text
    from desktop_app.ui.dialogs.roster_dialog import RosterDialog
    from tests.gui.conftest import wait_ops

    csv = tmp_path / "7b.csv"
    csv.write_text(
        "name,group,,\nAna Silva,7B,,x\nBruno Costa,7B,,\nAna Silva,7B,,\n", encoding="utf-8"
    )
    language("ar")
    assert number_text(4) == "٤"  # Qt's own digits in Arabic
    dialog = RosterDialog(ctx, path=csv)
    qtbot.addWidget(dialog)
    dialog.check()
    wait_ops(qtbot)
    table = dialog.table
    rows = {table.item(i, 0).text(): table.item(i, 2).text() for i in range(table.rowCount())}
    assert "٤" in rows and "4" not in rows  # Ana Silva's second row is on line 4
    assert "٢" in rows["٤"] and "2" not in rows["٤"]  # "the same name as line 2"
    assert "٤" in dialog.headline.text() and "4" not in dialog.headline.text()  # column 4
