"""The enroll dialog takes photos from non-ASCII folders (as on Windows: ``narrow_path_apis``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.vision.image_io import save_image
from tests.gui.conftest import astronaut_bgr


@pytest.mark.usefixtures("narrow_path_apis")
def test_enroll_dialog_adds_a_photo_from_a_non_ascii_folder(
    qtbot: Any, ctx: Any, non_ascii_dir: Path
) -> None:
    from desktop_app.ui.app import create_application
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

    create_application()
    photo = save_image(non_ascii_dir / "Марія.jpg", astronaut_bgr())
    dlg = EnrollDialog(ctx, None, mode="photos")
    qtbot.addWidget(dlg)
    dlg.add_files([photo])
    assert dlg.files == [photo] and dlg.photos.count() == 1
