"""Kiosk lock-down (issue 14, finding 3): a locked-down kiosk undoes minimise and hide at once,
keeps the keyboard (its PIN pad gets it while open), and lets go only after the admin PIN."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.security import pin
from tests.gui.conftest import wait_ops

PIN = "4827"


@pytest.fixture
def kiosk(qtbot: Any, ctx: Any, image_folder: Path) -> Any:
    from desktop_app.ui.app import create_application
    from desktop_app.ui.kiosk.window import KioskWindow

    create_application()
    pin.set_pin(ctx.db, PIN)
    w = KioskWindow(ctx, source=str(image_folder))
    qtbot.addWidget(w)
    w.lock_down()
    w.start(recognition=False)
    yield w
    w.unlocked = True
    w.releaseKeyboard()
    w.close()
    w.shutdown()
    wait_ops(qtbot, 60_000)


def test_minimise_and_hide_are_undone(qtbot: Any, kiosk: Any) -> None:
    assert kiosk.isFullScreen() and QWidget.keyboardGrabber() is kiosk
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: kiosk.isFullScreen() and not kiosk.isMinimized(), timeout=3000)
    kiosk.hide()
    qtbot.waitUntil(lambda: kiosk.isVisible() and kiosk.isFullScreen(), timeout=3000)
    kiosk.showNormal()
    qtbot.waitUntil(lambda: kiosk.isFullScreen(), timeout=3000)
    assert QWidget.keyboardGrabber() is kiosk
    kiosk.releaseKeyboard()  # something else took the keyboard: taken back
    qtbot.waitUntil(lambda: QWidget.keyboardGrabber() is kiosk, timeout=3000)


def test_the_pin_pad_gets_the_keyboard_and_the_right_pin_lets_go(qtbot: Any, kiosk: Any) -> None:
    from tests.gui.test_kiosk import press_digits

    assert not kiosk.request_exit()
    dlg = kiosk.pin_dialog
    assert dlg is not None and QWidget.keyboardGrabber() is dlg
    press_digits(dlg, "1111")
    assert kiosk.isVisible() and QWidget.keyboardGrabber() is dlg
    press_digits(dlg, PIN)
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=5000)
    assert kiosk.unlocked and QWidget.keyboardGrabber() is None
    qtbot.wait(600)  # the watchdog does not bring an unlocked kiosk back
    assert not kiosk.isVisible()
