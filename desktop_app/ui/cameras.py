"""Cameras as the OS names them (Qt's QMediaDevices) and the capture backends per OS.

The Settings camera list shows "0 — Integrated Camera" rather than a bare "0"; the setting
stays the index OpenCV opens. Qt lists cameras in the OS's order, which is the order OpenCV's
index follows on the usual backends (DirectShow/Media Foundation, AVFoundation, V4L2); the
name is a hint, the live view shows which camera it really is.
"""

from __future__ import annotations

import logging
import re
import sys

from desktop_app.i18n import translate

log = logging.getLogger(__name__)

SEPARATOR = " — "
_INDEXED = re.compile(rf"^(\d+){SEPARATOR}")

# (setting value, label) offered on each OS; "auto" everywhere.
BACKENDS = {
    "win32": [("dshow", "DirectShow"), ("msmf", "Media Foundation")],
    "darwin": [("avfoundation", "AVFoundation")],
    "linux": [("v4l2", "Video4Linux2")],
}


def camera_names() -> list[str]:
    """The video inputs' names, in the OS's order; [] when QtMultimedia has none or fails."""
    try:
        from PySide6.QtMultimedia import QMediaDevices

        return [d.description() for d in QMediaDevices.videoInputs()]
    except Exception as exc:  # no multimedia backend (offscreen CI, a minimal Linux)
        log.debug("cannot list cameras: %s", exc)
        return []


def source_items(names: list[str], minimum: int = 3) -> list[str]:
    """Items for the source list: each named camera as "i — name", then bare indexes up to
    ``minimum`` so an unnamed camera can still be picked."""
    items = [f"{i}{SEPARATOR}{name}" for i, name in enumerate(names)]
    items += [str(i) for i in range(len(names), minimum)]
    return items


def source_from_text(text: str) -> str:
    """The setting's value for a list item or typed text ("1 — USB Camera" -> "1")."""
    text = text.strip()
    match = _INDEXED.match(text)
    return match.group(1) if match else text


def item_for_source(items: list[str], source: str) -> str:
    """The list item that stands for ``source`` (the named one when there is one)."""
    for item in items:
        if source_from_text(item) == source:
            return item
    return source


def backend_choices(platform: str | None = None) -> list[tuple[str, str]]:
    platform = platform or sys.platform
    key = "linux" if platform.startswith("linux") else platform
    return [("auto", translate("Cameras", "Automatic")), *BACKENDS.get(key, [])]
