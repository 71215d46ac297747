"""GUI fixtures: the real main window on a real temp database, offscreen.

``image_folder`` is a camera made of generated/public-domain frames (scikit-image's
astronaut), so the always-on tests need neither ../shared nor models.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from desktop_app.vision.image_io import save_image

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.config import Settings
from desktop_app.context import AppContext


def astronaut_bgr() -> np.ndarray:
    from skimage import data

    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


@pytest.fixture
def image_folder(tmp_path: Path) -> Path:
    """A folder of frames: the astronaut, shifted a little from frame to frame."""
    folder = tmp_path / "frames"
    folder.mkdir()
    img = cv2.resize(astronaut_bgr(), (640, 640))[80:560]
    for i in range(4):
        save_image(folder / f"{i:03d}.png", np.roll(img, 8 * i, axis=1))
    return folder


@pytest.fixture
def ctx(settings: Settings) -> Iterator[AppContext]:
    context = AppContext(settings)
    yield context
    context.close()


@pytest.fixture
def model_ctx(settings: Settings, models_dir: Path) -> Iterator[AppContext]:
    """A context on the real models (built once per run, ``models_dir``)."""
    (settings.data_dir / "models").symlink_to(models_dir)
    context = AppContext(settings)
    yield context
    context.close()


def wait_ops(qtbot: Any, timeout: int = 10_000) -> None:
    from desktop_app.ui import ops

    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=timeout)


@pytest.fixture
def make_window(qtbot: Any, ctx: AppContext, tmp_path: Path) -> Iterator[Any]:
    from desktop_app.ui.app import create_application
    from desktop_app.ui.main_window import MainWindow

    create_application()
    windows: list[Any] = []

    def make(
        source: str | Path,
        *,
        start: bool = True,
        context: AppContext | None = None,
        recognition: bool = False,
    ) -> Any:
        w = MainWindow(
            context or ctx,
            source=str(source),
            config_file=tmp_path / "gui.toml",
            interactive=False,
            recognition=recognition,
        )
        # closed below, not by qtbot.addWidget: a window a restore replaced deletes itself
        w.resize(1366, 768)
        w.show()
        if start:
            w.start()
        windows.append(w)
        return w

    yield make
    from shiboken6 import isValid

    for w in windows:
        chain = [w]
        while chain[-1].successor is not None:  # the windows a restore opened on its data
            chain.append(chain[-1].successor)
        for window in chain:
            if isValid(window):  # a retired window deletes itself
                window.shutdown()
                window.close()
                window.deleteLater()  # as qtbot.addWidget does
    wait_ops(qtbot, 120_000)


@pytest.fixture(autouse=True)
def _computer_zone_after() -> Iterator[None]:
    """A window sets the zone the GUI shows times in (its attendance.timezone): the next test
    starts in the computer's zone again."""
    yield
    from desktop_app.ui.common import set_display_zone

    set_display_zone(None)


@pytest.fixture(autouse=True, scope="session")
def _guard_pyside_singletons() -> None:
    """PySide6 6.12.0 leaks references of None/True/False on Python 3.11 (see qtcompat)."""
    from desktop_app.ui.qtcompat import guard_singletons

    guard_singletons()


@pytest.fixture
def language(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Any]:
    """install(code) -> Installed; English, left-to-right and the system locale afterwards."""
    from PySide6.QtCore import QLocale

    from desktop_app import i18n
    from desktop_app.ui import i18n as ui_i18n
    from desktop_app.ui.app import create_application

    app = create_application()
    monkeypatch.setattr(ui_i18n, "default_cache_dir", lambda: tmp_path / "cache")
    monkeypatch.delenv("FACE_ATTENDANCE_LANGUAGE", raising=False)
    before = QLocale()
    yield lambda code: ui_i18n.install_translator(app, code)
    ui_i18n.install_translator(app, "en")
    i18n.install(None)
    QLocale.setDefault(before)


def end_session_for_roll_call(qtbot: Any, w: Any) -> Any:
    """Press End once the window knows the running session; the roll call it opens."""
    qtbot.waitUntil(lambda: w.current_session is not None, timeout=5000)
    w.actions_["session_end"].trigger()
    qtbot.waitUntil(lambda: getattr(w, "roll_call", None) is not None, timeout=5000)
    return w.roll_call


def start_from_dialog(w: Any, name: str, group: str) -> Any:
    """Press Start..., type the session's name and group, press Start; the dialog (it stays
    open with its message when the start is refused)."""
    w.actions_["session_start"].trigger()
    dlg = w.session_dialog
    dlg.name.setText(name)
    dlg.group.setCurrentText(group)
    dlg.start()
    return dlg
