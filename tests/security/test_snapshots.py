"""No raw camera frames on disk unless the operator turns on snapshot evidence."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import cv2
import numpy as np
from skimage import data as skdata

from desktop_app.security.crypto import Protector
from desktop_app.security.evidence import read_snapshot, save_snapshot
from desktop_app.security.keys import new_data_key

APP = Path(__file__).resolve().parents[2] / "desktop_app"


def _frame() -> np.ndarray:
    return cv2.cvtColor(skdata.astronaut(), cv2.COLOR_RGB2BGR)


def _all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_nothing_is_written_while_snapshots_are_off(settings) -> None:
    assert settings.privacy.snapshots is False  # the default
    assert save_snapshot(settings, _frame(), "event-1") is None
    assert _all_files(settings.data_dir) == []


def test_snapshot_evidence_when_on_is_private_and_encrypted(settings) -> None:
    on = settings.model_copy(
        update={"privacy": settings.privacy.model_copy(update={"snapshots": True})}
    )
    p = Protector(new_data_key())
    path = save_snapshot(on, _frame(), "event 7/../x", protector=p)
    assert path is not None and path.parent == on.paths.snapshots
    assert ".." not in path.name and "/" not in path.name
    raw = path.read_bytes()
    assert b"\x89PNG" not in raw[:64]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    png = read_snapshot(path, p)
    decoded = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR)
    assert decoded.shape == (512, 512, 3)


def test_only_the_evidence_module_writes_images_to_disk() -> None:
    """A guard for future code: the app's core and GUI may write an image or video file
    (cv2.imwrite, VideoWriter, PIL save, numpy tofile, image_io.save_image) only through
    ``security.evidence`` or after checking ``privacy.snapshots`` itself. CLI commands writing
    a file the operator named (``recognize --output``) are explicit requests and not covered."""
    writer = re.compile(
        r"\bcv2\.imwrite\(|\bVideoWriter\(|\bImage\.fromarray\(.*\)\.save\(|\.tofile\("
        r"|\bsave_image\("
    )
    assert writer.search("cv2.imwrite(str(p), frame)") and writer.search("buf.tofile(p)")
    offenders = []
    for path in APP.rglob("*.py"):
        if path.name == "evidence.py" and path.parent.name == "security":
            continue
        if path.name == "image_io.py" and path.parent.name == "vision":
            continue  # defines save_image, the one Unicode-safe writer (callers are checked)
        if path.parent == APP / "cli":
            continue
        text = path.read_text("utf-8", errors="replace")
        if writer.search(text) and "privacy.snapshots" not in text:
            offenders.append(str(path.relative_to(APP)))
    assert offenders == [], f"modules writing images without the snapshots setting: {offenders}"
