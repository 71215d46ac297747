"""Small helpers that pages and dialogs share: who the operator is, the chart theme, and the
type of the status-message callback a window hands to what it opens.

A leaf module (it imports no other ``ui`` module), so anything in ``ui/`` may use it without
creating an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication, QPalette

from desktop_app.portable import operator_name

__all__ = ["ShowStatus", "chart_theme", "is_dark", "operator_name"]

# Shows a message for some milliseconds (the main window's status bar).
ShowStatus = Callable[[str, int], None]


def is_dark() -> bool:
    pal = QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def chart_theme() -> Any:
    """The QtCharts theme matching the palette (charts do not follow it on their own)."""
    from PySide6.QtCharts import QChart

    return QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight
