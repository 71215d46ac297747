"""No camera frames on disk (issue 14, finding 12: `privacy.snapshots = true` did nothing, so
snapshot evidence was removed; the setting is still accepted and has no effect)."""

from __future__ import annotations

import re
from pathlib import Path

import cv2
import numpy as np
from skimage import data as skdata

APP = Path(__file__).resolve().parents[2] / "desktop_app"


def _frame() -> np.ndarray:
    return cv2.cvtColor(skdata.astronaut(), cv2.COLOR_RGB2BGR)


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_snapshots_setting_is_accepted_and_writes_nothing(settings) -> None:
    on = settings.model_copy(
        update={"privacy": settings.privacy.model_copy(update={"snapshots": True})}
    )
    assert on.privacy.snapshots is True
    assert not hasattr(on.paths, "snapshots")  # there is no place frames would go


def test_no_module_writes_images_to_disk() -> None:
    """A guard for future code: the app's core and GUI never write an image or video file
    (cv2.imwrite, VideoWriter, PIL save, numpy tofile, image_io.save_image). CLI commands
    writing a file the operator named (``recognize --output``) are explicit requests and not
    covered."""
    writer = re.compile(
        r"\bcv2\.imwrite\(|\bVideoWriter\(|\bImage\.fromarray\(.*\)\.save\(|\.tofile\("
        r"|\bsave_image\("
    )
    assert writer.search("cv2.imwrite(str(p), frame)") and writer.search("buf.tofile(p)")
    offenders = []
    for path in APP.rglob("*.py"):
        if path.name == "image_io.py" and path.parent.name == "vision":
            continue  # defines save_image, the one Unicode-safe writer (callers are checked)
        if path.parent == APP / "cli":
            continue
        text = path.read_text("utf-8", errors="replace")
        if writer.search(text):
            offenders.append(str(path.relative_to(APP)))
    assert offenders == [], f"modules writing images: {offenders}"
