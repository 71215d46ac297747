"""Snapshot evidence: the only code path that may write a camera frame to disk.

Nothing is written unless the operator turned on ``privacy.snapshots``. Snapshots go to the
data dir's ``snapshots/`` folder, encrypted with the data key when a ``Protector`` is given
(``.png.fae``; open with ``read_snapshot``), else as plain PNG.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from pathlib import Path

import cv2
import numpy as np

from desktop_app.config import Settings
from desktop_app.errors import ImageError
from desktop_app.security.crypto import Protector

log = logging.getLogger(__name__)

_SAFE = re.compile(r"[^A-Za-z0-9_-]+")


def snapshot_aad(name: str) -> bytes:
    return f"snapshot|{name}".encode()


def save_snapshot(
    settings: Settings,
    frame_bgr: np.ndarray,  # (H, W, 3) uint8
    label: str,
    *,
    protector: Protector | None = None,
    when: dt.datetime | None = None,
) -> Path | None:
    """Write ``frame_bgr`` as evidence if ``privacy.snapshots`` is on; else write nothing and
    return None."""
    if not settings.privacy.snapshots:
        return None
    when = when or dt.datetime.now(dt.UTC)
    ok, png = cv2.imencode(".png", frame_bgr)
    if not ok:
        raise ImageError("Could not encode the snapshot frame as PNG.")
    folder = settings.paths.snapshots
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = f"{when.strftime('%Y%m%dT%H%M%S%fZ')}-{_SAFE.sub('_', label)[:60]}"
    if protector is not None:
        name = f"{stem}.png.fae"
        data = protector.seal(png.tobytes(), snapshot_aad(name))
    else:
        name = f"{stem}.png"
        data = png.tobytes()
    path = folder / name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    log.info("snapshot evidence written to %s", path)
    return path


def read_snapshot(path: Path, protector: Protector | None = None) -> bytes:
    """The PNG bytes of a snapshot written by ``save_snapshot``."""
    data = Path(path).read_bytes()
    if path.name.endswith(".fae"):
        if protector is None:
            raise ImageError(f"{path} is encrypted; the data key is needed to open it.")
        return protector.open(data, snapshot_aad(path.name))
    return data
