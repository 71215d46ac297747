"""Which core services this build has, so the GUI can disable what is not there yet.

An action whose service is missing stays visible but disabled, with a tooltip saying why;
the GUI never imitates a missing service.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import Any

log = logging.getLogger(__name__)

MODULES: dict[str, str] = {
    "pipeline": "desktop_app.vision.pipeline",
    "gallery": "desktop_app.recognition.gallery",
    "recognizer": "desktop_app.recognition.recognizer",
    "enrollment": "desktop_app.recognition.enrollment",
    "calibrate": "desktop_app.recognition.calibrate",
    "attendance": "desktop_app.attendance.service",
    "reports": "desktop_app.attendance.reports",
    "roster": "desktop_app.attendance.roster",
    "group_photo": "desktop_app.attendance.group_photo",
    "mtcnn": "desktop_app.modelzoo.mtcnn",
    "dlib_resnet": "desktop_app.modelzoo.dlib_resnet",
    "pin": "desktop_app.security.pin",
}

NEEDS: dict[str, tuple[str, ...]] = {
    "models": ("mtcnn", "dlib_resnet"),
    "recognition": ("mtcnn", "dlib_resnet", "pipeline", "gallery", "recognizer"),
    "enroll": ("mtcnn", "dlib_resnet", "pipeline", "gallery", "enrollment"),
    "attendance": ("attendance",),
    "reports": ("reports",),
    "roster": ("roster",),
    "group_photo": ("group_photo", "recognizer"),
    "calibrate": ("calibrate", "mtcnn", "dlib_resnet", "pipeline", "gallery"),
    "pin": ("pin",),
}

FEATURE_NAMES = {
    "models": "the face models",
    "recognition": "live recognition",
    "enroll": "enrollment",
    "attendance": "the attendance service",
    "reports": "report export",
    "roster": "roster import",
    "group_photo": "group photo recognition",
    "calibrate": "threshold calibration",
    "pin": "the admin PIN",
}


def has_module(key: str) -> bool:
    try:
        return importlib.util.find_spec(MODULES[key]) is not None
    except (ImportError, ValueError):
        return False


def missing_reason(feature: str) -> str | None:
    """None when ``feature`` can be used; else a tooltip for the disabled action."""
    absent = [k for k in NEEDS.get(feature, (feature,)) if not has_module(k)]
    if not absent:
        return None
    parts = ", ".join(MODULES[k] for k in absent)
    return (
        f"Not available in this version yet: {FEATURE_NAMES.get(feature, feature)} needs {parts}."
    )


def available(feature: str) -> bool:
    return missing_reason(feature) is None


def load(key: str) -> Any:
    """Import the module behind ``key`` (raises ImportError when it is not there)."""
    return importlib.import_module(MODULES[key])


def find_attr(key: str, *names: str) -> Any | None:
    """The first attribute of the module behind ``key`` among ``names``, or None."""
    if not has_module(key):
        return None
    try:
        module = load(key)
    except Exception:  # a half-written module must not take the GUI down
        log.warning("cannot import %s", MODULES[key], exc_info=True)
        return None
    for name in names:
        value = getattr(module, name, None)
        if value is not None:
            return value
    return None


def set_available(widget: Any, feature: str, tooltip: str | None = None) -> bool:
    """Enable ``widget`` (QAction or QWidget) when ``feature`` is available, else disable it
    with a tooltip saying why. Returns whether it is available."""
    reason = missing_reason(feature)
    widget.setEnabled(reason is None)
    widget.setToolTip(reason if reason else (tooltip or widget.toolTip()))
    return reason is None
