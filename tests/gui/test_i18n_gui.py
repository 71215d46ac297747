"""Qt's translator at start: the catalogue compiled by pyside6-lrelease into the cache, the
main window's chrome and the kiosk in the chosen language, Arabic mirrored."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from desktop_app import i18n
from desktop_app.ui import i18n as ui_i18n
from tests.gui.conftest import start_from_dialog, wait_ops


def test_catalogue_compiled_at_start_and_again_when_the_ts_changes(
    language: Any, tmp_path: Path
) -> None:
    done = language("de")
    assert done.language == "de" and done.catalogue is not None
    assert done.catalogue.parent == tmp_path / "cache" / "i18n"  # the cache, not the source
    assert QCoreApplication.translate("MainWindow", "Settings") == "Einstellungen"
    stamp = done.catalogue.with_suffix(".sha256")
    stamp.write_text("stale")
    again = language("de")
    assert again.catalogue is not None and stamp.read_text() != "stale"  # recompiled


def test_main_window_chrome_in_spanish(language: Any, make_window: Any, tmp_path: Path) -> None:
    language("es")
    w = make_window(tmp_path, start=False)
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus == ["&Archivo", "&Personas", "A&sistencia", "&Ver", "Ay&uda"]
    assert w.nav.item(4).text() == "Ajustes"
    w.update_status()
    assert w.status_labels["recognition"].text().startswith("Reconocimiento:")
    assert not w.isRightToLeft()


def test_saving_another_language_says_it_comes_with_the_next_start(
    qtbot: Any, language: Any, make_window: Any, image_folder: Path, tmp_path: Path
) -> None:
    """The window keeps the language it started in: Save must not look as if the choice
    was ignored."""
    from desktop_app.config import load_settings

    language("de")
    w = make_window(image_folder)
    page = w.settings_page
    page.grace.setValue(10)
    page.save()
    assert page.status.text().startswith("Gespeichert in ")
    assert "Sprache" not in page.status.text()  # only when the language changed
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.save()
    assert page.status.text().endswith("Die neue Sprache gilt ab dem nächsten Start der App.")
    assert load_settings(config_file=tmp_path / "gui.toml", environ={}).ui.language == "fr"


def test_the_status_bar_names_the_camera_in_the_language(
    language: Any, make_window: Any, image_folder: Path, qtbot: Any
) -> None:
    """ "Kamera: Bildordner frames", not "Kamera: image folder frames": the source's kind is
    translated (the folder's own name is not)."""
    language("de")
    w = make_window(image_folder)
    qtbot.waitUntil(lambda: w.runner.state == "running", timeout=10_000)
    w.update_status()
    assert w.status_labels["camera"].text() == "Kamera: Bildordner frames"


def test_camera_problems_are_told_in_the_language(language: Any, tmp_path: Path) -> None:
    """A damaged video file or a missing image folder chosen as the camera: the message on
    the live view is German in a German app (these were English f-strings)."""
    from desktop_app.errors import CameraUnavailable
    from desktop_app.vision.frames import FrameSource

    language("de")
    broken = tmp_path / "flur.mp4"
    broken.write_bytes(b"not a video")
    with pytest.raises(CameraUnavailable, match=r"^Die Videodatei .*flur\.mp4 kann nicht gelesen"):
        FrameSource(broken).open()
    with pytest.raises(CameraUnavailable, match=r"^Der Bildordner .*fehlt existiert nicht"):
        FrameSource(tmp_path / "fehlt").open()


def test_arabic_mirrors_the_main_window_and_the_kiosk(
    language: Any, make_window: Any, tmp_path: Path, ctx: Any, qtbot: Any
) -> None:
    from desktop_app.ui.kiosk.window import KioskWindow

    done = language("ar")
    assert done.right_to_left
    w = make_window(tmp_path, start=False)
    assert w.isRightToLeft() and w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.menuBar().actions()[0].text() == "&ملف"
    kiosk = KioskWindow(ctx, source=str(tmp_path))
    qtbot.addWidget(kiosk)
    try:
        assert kiosk.isRightToLeft()
        assert kiosk.band.text() == "انظر إلى الكاميرا"
        assert kiosk.windowTitle() == "تسجيل الحضور"
    finally:
        kiosk.unlocked = True
        kiosk.close()
        kiosk.shutdown()
        wait_ops(qtbot)


def test_arabic_reads_the_running_sessions_and_the_refusal_right_to_left(
    language: Any, make_window: Any, image_folder: Path, ctx: Any, qtbot: Any
) -> None:
    """A line starting with a Latin session name read left to right in Arabic: "7B" came
    apart from its group. Each line is now in the UI's direction (RLM + RLI ... PDI)."""
    language("ar")
    ctx.attendance.start_session("Maths 7B", group="7B")
    ctx.attendance.start_session("Art 7C", group="7C")
    w = make_window(image_folder)
    qtbot.waitUntil(lambda: len(w.running_sessions) == 2, timeout=5000)
    lines = w.live_page.session_label.text().split("<br>")
    assert len(lines) == 2 and all(x.startswith("\u200f\u2067") for x in lines)
    assert "المجموعة 7B" in lines[0] and "Maths 7B" in lines[0]
    dlg = start_from_dialog(w, "Maths 7B", "7B")
    qtbot.waitUntil(lambda: "7B" in dlg.status.text(), timeout=5000)
    assert dlg.status.text().startswith("\u200f\u2067«Maths 7B» (المجموعة 7B) جارية منذ")
    assert dlg.continue_button.text() == "متابعتها"
    dlg.reject()


def test_session_refusals_write_times_as_the_dialogs_do(
    language: Any, make_window: Any, image_folder: Path, ctx: Any, qtbot: Any
) -> None:
    """The core's messages wrote ISO times ("2026-12-06 08:50") next to fields in the
    locale's format ("06.12.2026 08:50"): now both read like the rest of the GUI."""
    from desktop_app.storage.repositories import People
    from desktop_app.ui.common import datetime_text, time_text

    language("de")
    ana = ctx.db.run(lambda s: People(s).add("Ana Lima", group_name="7B").id)
    start = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0) - dt.timedelta(hours=1)
    ctx.attendance.start_session("Maths 7B", group="7B", starts_at=start)
    mark = ctx.attendance.mark(ana)
    assert mark.message == (
        f"Ana Lima um {time_text(mark.event.at_utc.astimezone())} gekommen (Maths 7B)"
    )
    w = make_window(image_folder)
    dlg = start_from_dialog(w, "Maths 7B", "7B")
    qtbot.waitUntil(lambda: "7B" in dlg.status.text(), timeout=5000)
    since = datetime_text(start.astimezone())  # "06.12.26 08:50", as the lists write it
    assert f"läuft bereits seit {since}." in dlg.status.text()
    assert start.astimezone().strftime("%Y-%m-%d") not in dlg.status.text()
    dlg.reject()


def test_system_locale_picks_the_catalogue() -> None:
    assert ui_i18n.resolve_language("", QLocale("pt_BR"))[0] == "pt"
    assert ui_i18n.resolve_language("", QLocale("zh_CN"))[0] == "zh_CN"
    assert ui_i18n.resolve_language("", QLocale("ja_JP"))[0] == "en"  # no catalogue yet
    assert ui_i18n.resolve_language("fr", QLocale("de_DE")) == ("fr", "fr")
    assert ui_i18n.resolve_language("de", QLocale("de_AT")) == ("de", "de_AT")


def test_language_is_a_setting(make_window: Any, tmp_path: Path, qtbot: Any) -> None:
    w = make_window(tmp_path, start=False)
    page = w.settings_page
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    assert page.build_settings().ui.language == "zh_CN"


def test_live_view_labels_are_translated_and_names_untouched(language: Any) -> None:
    from types import SimpleNamespace

    from desktop_app.ui.live_view import label_for

    language("ar")
    box = SimpleNamespace(box=(10.0, 10.0, 60.0, 60.0))
    stranger = SimpleNamespace(face=box, match=SimpleNamespace(status="unknown", name=None))
    assert (label_for(stranger).title, label_for(stranger).detail) == ("مجهول", "لم يتم التعرّف")
    ana = SimpleNamespace(
        face=box, match=SimpleNamespace(status="known", name="Ana Lima"), confirmed=True
    )
    assert label_for(ana).title == "Ana Lima"  # a name is never translated or reordered


def test_reports_exported_from_the_gui_use_its_locale() -> None:
    gui_formats = i18n.formats  # what the Reports page builds its report and exports with

    try:
        assert gui_formats().locale is None  # nothing installed: the fixed English forms
        i18n.install(None, "de", "de_DE")
        assert gui_formats().date(dt.date(2026, 3, 2)) == "02.03.2026"
        i18n.install(None, "en", "C")  # Qt's C locale: Babel does not know it
        assert gui_formats().locale is None
    finally:
        i18n.install(None)


def _headers(table: Any) -> list[str]:
    model = table.model()
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def test_people_page_in_spanish_with_names_and_dates_untouched(
    language: Any, make_window: Any, ctx: Any, tmp_path: Path, qtbot: Any
) -> None:
    from tests.gui.test_window import add_person

    language("es")
    add_person(ctx, "Ana María López", "7B")
    w = make_window(tmp_path, start=False)
    page = w.people_page
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert _headers(page.table) == [
        "",
        "Nombre",
        "Id externo",
        "Grupo",
        "Muestras",
        "Consentimiento",
        "Estado",
    ]
    assert page.names() == ["Ana María López"]  # a name is never translated
    row = [page.proxy.index(0, c).data() for c in range(7)]
    assert row[3] == "7B" and row[6] == "activa"
    today = dt.date.today()
    assert row[5] == f"{today.day}/{today.month}/{today:%y}"  # es_ES short date, not ISO
    assert page.count_label.text() == "Personas: 1 · activas: 1"
    assert page.search.placeholderText().startswith("Buscar nombre")
    assert page.delete.text() == "Eliminar..."
    box = page.confirm_delete(page.model.rows[0].person, 3)
    try:
        assert box.windowTitle() == "Borrar persona"
        assert "¿Borrar a <b>Ana María López</b>?" in box.text()
        assert box.checkBox().text().startswith("Conservar sus registros de asistencia (3)")
    finally:
        box.close()


def test_people_page_in_arabic_is_mirrored_with_arabic_digits(
    language: Any, make_window: Any, ctx: Any, tmp_path: Path, qtbot: Any
) -> None:
    from tests.gui.test_window import add_person

    language("ar")
    add_person(ctx, "ليلى حسن", "7B")
    w = make_window(tmp_path, start=False)
    page = w.people_page
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.isRightToLeft()
    assert _headers(page.table)[1:3] == ["الاسم", "المعرّف الخارجي"]
    assert page.names() == ["ليلى حسن"]
    assert page.count_label.text() == "الأشخاص: ١ · النشطون: ١"
    assert page.empty.text().startswith("لم يُسجَّل أحد بعد")


def test_attendance_log_in_german_and_chinese(
    language: Any, make_window: Any, ctx: Any, tmp_path: Path, qtbot: Any
) -> None:
    from desktop_app.storage.repositories import Events
    from tests.gui.test_window import add_person

    ana = add_person(ctx, "Ana Silva", "7B")
    at = dt.datetime(2026, 3, 2, 16, 5, 9).astimezone()
    ctx.db.run(lambda s: Events(s).add(ana.id, "check_in", at, source="camera", score=0.12))
    language("de")
    w = make_window(tmp_path, start=False)
    page = w.attendance_page
    for d in (page.date_from, page.date_to):
        d.setDate(QDate(2026, 3, 2))
    assert page.date_from.text() == "02.03.2026"  # the locale's date, four-digit year
    page.refresh()
    qtbot.waitUntil(lambda: len(page.rows()) == 1, timeout=10_000)
    assert _headers(page.table)[:3] == ["Zeit", "Person", "Art"]
    assert page.rows()[0][:6] == [
        "02.03.26 16:05:09",
        "Ana Silva",
        "Kommen",
        "",
        "Kamera",
        "sehr sicher",
    ]
    assert page.summary.text() == "Erfassungen: 1 · Personen: 1"
    assert page.group.itemText(0) == "Alle Gruppen"
    page.table.selectRow(0)
    assert [a.text() for a in page.context_menu().actions() if a.text()][-2] == (
        "Weitere Erfassung für Ana Silva hinzufügen..."
    )
    page.table.clearSelection()
    assert page.reassign.toolTip().endswith(
        "Wählen Sie zuerst eine Erfassung in der Tabelle aus (oder klicken Sie mit der "
        "rechten Maustaste darauf)."
    )

    language("zh_CN")
    w = make_window(tmp_path, start=False)
    page = w.attendance_page
    for d in (page.date_from, page.date_to):
        d.setDate(QDate(2026, 3, 2))
    page.refresh()
    qtbot.waitUntil(lambda: len(page.rows()) == 1, timeout=10_000)
    assert page.rows()[0][:5] == ["2026/3/2 16:05:09", "Ana Silva", "签到", "", "摄像头"]
    assert "。" in page.reassign.toolTip()  # the two sentences joined the Chinese way


def test_reports_page_in_french_and_arabic(
    language: Any, make_window: Any, settings: Any, tmp_path: Path, qtbot: Any
) -> None:
    """The preview's figures, chart and session list in the language and the locale's
    formats (the same Babel formats as the exported files)."""
    from desktop_app.attendance import reports
    from desktop_app.context import AppContext
    from tests.attendance.conftest import with_attendance
    from tests.attendance.one_day import DAY, build_one_day
    from tests.gui.conftest import wait_ops

    ctx = AppContext(with_attendance(settings))
    try:
        build_one_day(ctx.settings, ctx.db)
        for code, figures, series, weekday in (
            (
                "fr",
                "4 présences sur 5 attendues (80 %), retards : 1, absences : 1",
                "à l'heure",
                "lun. 2",
            ),
            (
                "ar",
                "4 من 5 حضورًا متوقعًا (80%)، المتأخرون: 1، الغائبون: 1",
                "في الموعد",
                "الاثنين 2",
            ),
        ):
            language(code)
            w = make_window(tmp_path, start=False, context=ctx)
            w.show_page("reports")
            page = w.reports_page
            page.preset.setCurrentIndex(page.preset.findData("custom"))
            page.date_from.setDate(DAY)
            page.date_to.setDate(DAY)
            qtbot.waitUntil(
                lambda p=page: p.data is not None and p.data.first == DAY, timeout=10_000
            )
            wait_ops(qtbot)
            qtbot.waitUntil(lambda p=page: bool(p.summary.text()), timeout=5000)
            assert page.chart_values() == {"on time": [3.0], "late": [1.0], "absent": [1.0]}
            names, days = page.chart_labels()
            assert names[0] == series and days == [weekday]
            assert figures in page.summary.text().replace("\u202f", " ").replace("\xa0", " ")
            assert "Maths 7B (7B)" in page.summary.text()  # a session's name is data
            # the session chooser names its day once ("lun. 2 · 2 mars 08:00" before)
            assert page.session.itemText(1) == (
                "Maths 7B · lun. 2 mars 08:00"
                if code == "fr"
                else "Maths 7B · الاثنين، 2 مارس 8:00 ص"
            )
            assert page.preset.currentText() in ("Dates personnalisées", "تواريخ مخصّصة")
            # Arabic reads the days from the right, the counts on the right side
            counts_axis = page.chart.axes(Qt.Orientation.Vertical)[0]
            right = counts_axis.alignment() == Qt.AlignmentFlag.AlignRight
            assert right == (code == "ar")
            week = [reports.DayCount(DAY + dt.timedelta(days=i), 1, 0, 0) for i in range(2)]
            page._draw(week, page.data.formats)
            days = page.chart_labels()[1]
            assert days == (["الثلاثاء 3", "الاثنين 2"] if code == "ar" else ["lun. 2", "mar. 3"])
    finally:
        ctx.close()


def test_settings_page_in_arabic_and_german(
    language: Any, make_window: Any, tmp_path: Path, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QGroupBox, QScrollArea

    language("ar")
    page = make_window(tmp_path, start=False).settings_page
    assert page.isRightToLeft()
    titles = [g.title() for g in page.findChildren(QGroupBox)]
    assert {"الكاميرا", "الاكتشاف", "التعرّف", "الحضور", "التخزين والوصول"} <= set(titles)
    assert page.save_button.text() == "حفظ"
    assert page.fmr.itemText(1) == "قياسي"
    # numbers in the locale's digits: "1 in 1,000" as Arabic writes it
    assert page.fmr.itemData(1, Qt.ItemDataRole.ToolTipRole) == (
        "نحو شخص واحد خاطئ يُسجَّل في كل ١٬٠٠٠ محاولة تسجيل من غرباء"
    )
    # the threshold in use, in Arabic-Indic digits with the Arabic decimal sign
    in_use = page.calibration_note.text().removeprefix("المستخدم حاليًا: ").split(" ")[0]
    assert page.calibration_note.text().startswith("المستخدم حاليًا: ")
    assert "٫" in in_use and set(in_use) <= set("٠١٢٣٤٥٦٧٨٩٫")

    language("de")
    w = make_window(tmp_path, start=False)
    page = w.settings_page
    w.show_page("settings")
    # the long German texts fit a 1366x768 window: no sideways scrolling once laid out
    bar = page.findChild(QScrollArea).horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=3000)
    assert page.mode.itemText(0) == "Anwesend (eine Erfassung pro Person)"
    assert page.detect_every.suffix() == " Bilder"
    assert re.match(r"In Gebrauch: \d,\d{3} ", page.calibration_note.text())  # decimal comma
    assert page.language.itemText(0) == "Systemsprache"


def test_live_today_list_in_spanish(language: Any, make_window: Any, tmp_path: Path) -> None:
    from types import SimpleNamespace

    language("es")
    w = make_window(tmp_path, start=False)
    at = dt.datetime(2026, 3, 2, 16, 5, 9).astimezone()
    ev = SimpleNamespace(
        person_id=3,
        person_name=None,
        kind="check_in",
        at_utc=at.astimezone(dt.UTC),
        source="manual",
        confirmed_by="office",
    )
    w.live_page._append(ev, at_top=True)
    assert w.live_page.event_texts()[0] == (
        "16:05:09   persona 3 — entrada (Manual) (confirmado con código)"
    )
