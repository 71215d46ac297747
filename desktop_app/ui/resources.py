"""Icons and the stylesheet from ``resources/`` (installed as ``desktop_app._resources``).

Icons are monochrome SVGs with a ``#COLOR#`` placeholder, tinted with the palette's text colour
so they stay readable in light and dark mode; rendered at the screen's device pixel ratio.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop_app.paths import resource_path

log = logging.getLogger(__name__)


def _tint() -> QColor:
    app = QGuiApplication.instance()
    if app is None:
        return QColor(60, 60, 60)
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


_cache: dict[tuple[str, str], QIcon] = {}


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` tinted with ``color`` (default: text colour)."""
    tint = color or _tint()
    key = (name, tint.name())
    if key in _cache:
        return _cache[key]
    path = resource_path("icons", f"{name}.svg")
    try:
        svg = path.read_text(encoding="utf-8").replace("#COLOR#", tint.name())
    except OSError:
        log.warning("icon %s not found at %s", name, path)
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    result = QIcon()
    ratio = (
        QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1
    )
    for size in (16, 20, 24, 32, 48, 64):
        pm = QPixmap(int(size * ratio), int(size * ratio))
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        renderer.render(painter, QRectF(0, 0, pm.width(), pm.height()))
        painter.end()
        pm.setDevicePixelRatio(ratio)
        result.addPixmap(pm)
    _cache[key] = result
    return result


def clear_icon_cache() -> None:
    """After a light/dark switch: icons are re-tinted on next use."""
    _cache.clear()


def stylesheet() -> str:
    path = resource_path("style.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
