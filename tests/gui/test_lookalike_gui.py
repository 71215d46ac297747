"""Look-alikes and the second factor in the GUI, offscreen: the roster import offers to accept
look-alike pairs (real models; two photos of the public-domain astronaut under two names are
a look-alike pair), and the kiosk's code pad marks a held face only after the right ID
number."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_app.attendance.kiosk_state import (
    KioskController,
    KioskParams,
    KioskPhase,
    KioskStateMachine,
)
from desktop_app.attendance.live import LiveLoop
from desktop_app.attendance.second_factor import CodeWhenUnsure
from desktop_app.storage.repositories import Events, Lookalikes, People
from desktop_app.vision.image_io import save_image
from tests.attendance.test_kiosk_state import face, frame
from tests.gui.conftest import astronaut_bgr, wait_ops
from tests.gui.test_admin_gate import Ticks
from tests.gui.test_kiosk import close_kiosk, press_digits


@pytest.mark.slow
def test_roster_import_lists_lookalikes_and_accepts_them_on_request(
    qtbot: Any,
    make_window: Any,
    settings: Any,
    models_dir: Path,
    image_folder: Path,
    tmp_path: Path,
) -> None:
    from desktop_app.context import AppContext
    from tests.recognition.conftest import link_models

    live = AppContext(link_models(settings, models_dir))
    img = astronaut_bgr()
    save_image(tmp_path / "eileen.png", img)
    save_image(tmp_path / "eileen_again.png", cv2.flip(img, 1))  # the same face: a "twin"
    csv_path = tmp_path / "crew.csv"
    csv_path.write_text(
        "name,external_id,group,photo\n"
        "Eileen Collins,N1,crew,eileen.png\n"
        "Eileen Twin,N2,crew,eileen_again.png\n"
        "Pam Melroy,N3,crew,\n",
        encoding="utf-8",
    )
    try:
        w = make_window(image_folder, context=live)
        page = w.people_page
        page.import_roster(csv_path)
        dlg = page.roster_dialog
        qtbot.waitUntil(lambda: dlg.report is not None, timeout=120_000)
        assert "rows are refused" in dlg.headline.text()
        assert "1 look-alike pair(s) found" in dlg.headline.text()
        # the pair in its own table, each row refused in the other (no distances there)
        pairs = dlg.pairs_table
        assert dlg.pairs_box.isVisible() and pairs.rowCount() == 1
        assert [pairs.item(0, j).text() for j in range(3)] == [
            "2",
            "Eileen Collins",
            "line 3: Eileen Twin",
        ]
        problems = [dlg.table.item(i, 2).text() for i in range(dlg.table.rowCount())]
        assert problems and not any("distance" in p or "--" in p for p in problems), problems
        assert dlg.accept_button.isVisible()
        assert dlg.accept_button.text() == "Accept 1 look-alike pair"
        dlg.accept_button.click()  # checks again with the pair accepted
        qtbot.waitUntil(lambda: dlg.report is not None, timeout=120_000)
        assert "All 3 rows can be imported" in dlg.headline.text()
        assert "accepted" in dlg.headline.text()
        if dlg.consent.isVisible():
            dlg.consent.setChecked(True)
        dlg.import_button.click()
        wait_ops(qtbot, 120_000)
        qtbot.waitUntil(lambda: len(page.names()) == 3, timeout=20_000)
        (pair,) = live.db.run(lambda s: Lookalikes(s).list())
        assert {pair.person_a_name, pair.person_b_name} == {"Eileen Collins", "Eileen Twin"}
    finally:
        wait_ops(qtbot, 120_000)


def held_lookalike_kiosk(
    qtbot: Any, ctx: Any, image_folder: Path, **controller: Any
) -> tuple[Any, int, int]:
    """A kiosk (no models) whose controller holds Ana Silva's face for her ID number: she has
    a remembered look-alike, Bea Silva. Returns (window, ana, bea) with the pad open."""
    from desktop_app.ui.app import create_application
    from desktop_app.ui.kiosk.window import KioskWindow

    def add(s: Any) -> tuple[int, int]:
        return (
            People(s).add("Ana Silva", external_id="S-1024").id,
            People(s).add("Bea Silva", external_id="S-1025").id,
        )

    ana, bea = ctx.db.run(add)
    create_application()
    w = KioskWindow(ctx, source=str(image_folder))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.start(recognition=False)
    qtbot.waitUntil(lambda: w.live.current_image() is not None, timeout=10_000)
    partners = {ana: frozenset({bea}), bea: frozenset({ana})}
    loop = LiveLoop(None, ctx.attendance, second_factor=CodeWhenUnsure(lambda: partners))
    machine = KioskStateMachine(KioskParams.from_settings(ctx.settings))
    w.controller = KioskController(None, ctx.attendance, machine, loop=loop, **controller)
    f = face(1, ana, "Ana Silva", confirmed=True)
    f = dataclasses.replace(f, match=dataclasses.replace(f.match, lookalike=True))
    w._show(w.controller.handle(frame(f)).view)
    assert w.code_dialog is not None and w.code_dialog.isVisible()
    return w, ana, bea


def greeted_once(w: Any, ctx: Any, person: int) -> None:
    """The card greets ``person`` "confirmed by code", the one event records the ID number;
    then the kiosk closes."""
    assert w.current.phase is KioskPhase.GREETING
    assert w.card.view.subtitle.endswith("confirmed by code")
    (ev,) = ctx.db.run(lambda s: Events(s).query())
    assert (ev.person_id, ev.confirmed_by) == (person, "external_id")
    close_kiosk(w)


@contextlib.contextmanager
def another_program_holds(ctx: Any) -> Iterator[None]:
    """The database held by a second connection (BEGIN EXCLUSIVE) for the block."""
    other = sqlite3.connect(ctx.settings.data_dir / "attendance.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def type_while_locked(ctx: Any, dlg: Any, digits: str) -> None:
    """Type on the pad while another program holds the database, until the pad answers."""
    with another_program_holds(ctx):
        press_digits(dlg, digits)


def test_kiosk_code_pad_marks_a_lookalike_only_after_the_right_id_number(
    qtbot: Any, ctx: Any, image_folder: Path
) -> None:
    w, ana, _bea = held_lookalike_kiosk(qtbot, ctx, image_folder)
    dlg = w.code_dialog
    assert dlg.prompt.text() == "Please type your ID number to confirm it is you"
    assert w.band.text() == "Please type your ID number"
    press_digits(dlg, "5555")
    assert dlg.isVisible() and "not right (2 tries left)" in dlg.message_text()
    assert ctx.db.run(lambda s: Events(s).query()) == []
    press_digits(dlg, "1024")
    qtbot.waitUntil(lambda: w.code_dialog is None and not dlg.isVisible(), timeout=5_000)
    assert w.current.phase is KioskPhase.GREETING
    greeted_once(w, ctx, ana)


def test_an_id_number_typed_while_the_database_is_locked_keeps_the_kiosk_drawing_and_marks_once(
    qtbot: Any, ctx: Any, image_folder: Path
) -> None:
    """Another program holds the database (BEGIN EXCLUSIVE) when Ana types her ID number:
    the check and the mark used to run on the GUI thread, inside the controller's lock, and
    the kiosk stood still for the 5 s busy wait, then lost the mark. Now the kiosk keeps
    drawing, the pad says the database is busy and waits (Cancel held back: the mark may be
    on its way), and once the other program lets go Ana is greeted and marked once."""
    w, ana, _bea = held_lookalike_kiosk(qtbot, ctx, image_folder)
    dlg = w.code_dialog
    ticks = Ticks()
    with another_program_holds(ctx):
        ticks.timer.start()
        for d in "1024":
            dlg.buttons[d].click()
        dlg.buttons["OK"].click()
        assert dlg.message_text() == "Checking your ID number..."
        assert not dlg.buttons["OK"].isEnabled() and not dlg.buttons["Cancel"].isEnabled()
        qtbot.waitUntil(lambda: "another program" in dlg.message_text(), timeout=20_000)
        assert dlg.message_text() == (
            "Please wait: another program is using the database. "
            "Your check-in is saved as soon as it is free."
        )
        assert w.band_sub.text() == dlg.message_text()
        dlg.buttons["Cancel"].click()  # does nothing while the mark waits
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
        qtbot.wait(1000)
        assert dlg.isVisible() and w.code_dialog is dlg
        ticks.timer.stop()
    assert ticks.count >= 30  # about 60 over the wait; 0 while the GUI thread waited
    qtbot.waitUntil(lambda: w.current.phase is KioskPhase.GREETING, timeout=60_000)
    assert not dlg.isVisible() and w.code_dialog is None
    assert w.card.view.person_name == "Ana Silva"
    greeted_once(w, ctx, ana)


def test_an_id_number_that_cannot_be_saved_is_said_and_can_be_typed_again(
    qtbot: Any, ctx: Any, image_folder: Path
) -> None:
    """The other program holds the database longer than a mark waits: nothing is marked or
    counted, the pad says so and stays open, and the number typed again is taken."""
    w, ana, _bea = held_lookalike_kiosk(qtbot, ctx, image_folder, mark_wait=1.0)
    dlg = w.code_dialog
    type_while_locked(ctx, dlg, "1024")
    assert dlg.isVisible() and dlg.buttons["OK"].isEnabled() and dlg.buttons["Cancel"].isEnabled()
    assert dlg.message_text() == (
        "Not saved: another program is using the database. Please type it again in a moment."
    )
    assert ctx.db.run(lambda s: Events(s).query()) == []
    press_digits(dlg, "1024")  # the attempts were not used up: 3 tries still
    qtbot.waitUntil(lambda: w.current.phase is KioskPhase.GREETING, timeout=10_000)
    greeted_once(w, ctx, ana)


def small_id_photo(path: Path) -> Path:
    """The astronaut's head shrunk to 40 px and enlarged again: a typical small ID photo
    (public domain), refused only as too blurred."""
    head = astronaut_bgr()[0:260, 110:330]
    small = cv2.resize(head, (40, 47), interpolation=cv2.INTER_AREA)
    save_image(path, cv2.resize(small, (300, 354), interpolation=cv2.INTER_CUBIC))
    return path


@pytest.mark.slow
def test_enroll_dialog_offers_a_small_photo_as_weak_sample_then_asks_for_camera_samples(
    qtbot: Any, settings: Any, models_dir: Path, tmp_path: Path
) -> None:
    from desktop_app.context import AppContext
    from desktop_app.storage.repositories import Templates
    from desktop_app.ui.app import create_application
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog
    from tests.recognition.conftest import link_models

    create_application()
    live = AppContext(link_models(settings, models_dir))
    try:
        dlg = EnrollDialog(live, None, mode="photos")
        dlg.add_files([small_id_photo(tmp_path / "id_photo.png")])
        dlg.name.setText("Eileen Collins")
        dlg.consent.setChecked(True)
        dlg.show()
        dlg.enroll_button.click()
        qtbot.waitUntil(lambda: getattr(dlg, "_weak_box", None) is not None, timeout=120_000)
        box = dlg._weak_box
        assert box.windowTitle() == "Small photo" and "weak sample" in box.text()
        assert live.db.run(lambda s: People(s).count()) == 0  # nothing stored yet
        box.findChild(type(box.buttons()[0]), "enrollWeak").click()
        wait_ops(qtbot, 120_000)
        (person,) = live.db.run(lambda s: People(s).list())
        (tpl,) = live.db.run(lambda s: Templates(s).list(person_id=person.id))
        assert tpl.weak

        # Adding samples for her later: the dialog asks for camera samples.
        again = EnrollDialog(live, None, mode="photos", person=person)
        again.show()
        qtbot.waitUntil(lambda: again.weak_banner.isVisible(), timeout=20_000)
        assert "small or upscaled photo" in again.weak_banner.text()
        assert "Enroll from camera" in again.weak_banner.text()
        again.reject()
    finally:
        wait_ops(qtbot, 120_000)
        live.close()


def test_operator_view_shows_marks_confirmed_by_code(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    def add(s: Any) -> tuple[int, int]:
        return People(s).add("Ana Silva").id, People(s).add("Bo Lee").id

    ana, bo = ctx.db.run(add)
    ctx.attendance.mark(ana, source="camera", confirmed_by="external_id")
    ctx.attendance.mark(bo, source="camera")
    w = make_window(image_folder)
    w.show_page("attendance")
    qtbot.waitUntil(lambda: len(w.attendance_page.rows()) == 2, timeout=10_000)
    sources = {r[1]: r[4] for r in w.attendance_page.rows()}
    assert sources["Ana Silva"].endswith(", confirmed by code")
    assert "confirmed" not in sources["Bo Lee"]
    qtbot.waitUntil(lambda: len(w.live_page.event_texts()) == 2, timeout=10_000)
    texts = w.live_page.event_texts()
    assert any("Ana Silva" in t and "(confirmed by code)" in t for t in texts)
    assert not any("Bo Lee" in t and "confirmed by code" in t for t in texts)


@pytest.mark.shared
@pytest.mark.slow
def test_a_real_lookalike_at_the_kiosk_types_her_number_on_a_locked_database_and_is_marked_once(
    qtbot: Any, settings: Any, models_dir: Path, faces_hard: Path, tmp_path: Path
) -> None:
    """The whole flow on the real models: Kim Jin-sun (enrolled knowingly as Jeong
    Se-hyun's look-alike) stands at the kiosk, which recognises her and asks for her ID
    number instead of marking her. She types it while another program holds the database:
    the kiosk keeps drawing and says so, and once the database is free she is greeted and
    marked once, as herself."""
    from desktop_app.context import AppContext
    from desktop_app.ui.app import create_application
    from desktop_app.ui.kiosk.window import KioskWindow
    from desktop_app.vision.image_io import load_image
    from tests.attendance.test_second_factor import enroll_lookalikes
    from tests.recognition.conftest import LOOKALIKE_EMBEDDER, link_models, with_embedder

    live = AppContext(with_embedder(link_models(settings, models_dir), LOOKALIKE_EMBEDDER))
    _jeong, kim = enroll_lookalikes(live, faces_hard)
    camera = tmp_path / "camera"  # another photo of her, in a camera-sized frame
    camera.mkdir()
    frame_bgr = np.full((480, 640, 3), 90, np.uint8)
    frame_bgr[65:415, 145:495] = load_image(faces_hard / "Kim_Jin-sun/1_Kim_Jin-sun_0002.jpg")
    save_image(camera / "000.png", frame_bgr)
    create_application()
    w = KioskWindow(live, source=str(camera))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    try:
        w.start(recognition=True)
        qtbot.waitUntil(lambda: w.code_dialog is not None, timeout=180_000)
        dlg = w.code_dialog
        assert dlg.prompt.text() == "Please type your ID number to confirm it is you"
        assert live.db.run(lambda s: Events(s).query()) == []  # never marked on the face alone
        ticks = Ticks()
        with another_program_holds(live):
            ticks.timer.start()
            for d in "98":
                dlg.buttons[d].click()
            dlg.buttons["OK"].click()
            qtbot.waitUntil(lambda: "another program" in dlg.message_text(), timeout=30_000)
            qtbot.wait(2000)
            ticks.timer.stop()
        assert ticks.count >= 30  # the kiosk kept drawing through the wait
        qtbot.waitUntil(lambda: w.current.phase is KioskPhase.GREETING, timeout=60_000)
        assert w.card.view.person_name == "Kim Jin-sun"
        (ev,) = live.db.run(lambda s: Events(s).query())
        assert (ev.person_id, ev.confirmed_by) == (kim.id, "external_id")
    finally:
        close_kiosk(w)
        wait_ops(qtbot, 120_000)
        live.close()
