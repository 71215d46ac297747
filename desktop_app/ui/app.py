"""QApplication setup and the GUI's entry point (``face-attendance gui``)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop_app import __version__
from desktop_app.storage.db import wait_on_this_thread
from desktop_app.ui import qtcompat, resources
from desktop_app.ui.i18n import install_translator
from desktop_app.ui.ops import GUI_DATABASE_WAIT_S

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists): high-DPI, Fusion, palette from the system."""
    qtcompat.guard_singletons()  # PySide6 6.12.0 + Python 3.11 reference leak, see qtcompat
    # this is the GUI thread: a locked database is reported after one busy timeout, never
    # waited for through every retry while the window hangs
    wait_on_this_thread(GUI_DATABASE_WAIT_S)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        qtcompat.collect_garbage_on_gui_thread(existing)
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName("face-attendance")
    QCoreApplication.setApplicationName("Face Attendance")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName("face-attendance")
    qtcompat.collect_garbage_on_gui_thread(app)  # never on a worker thread, see qtcompat
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)  # Fusion follows the system light/dark scheme (Qt >= 6.5)
    app.setWindowIcon(QIcon(str(resources.resource_path("icons", "app.svg"))))
    sheet = resources.stylesheet()
    if sheet:
        app.setStyleSheet(sheet)
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: _on_scheme_changed(app))
    return app


def _on_scheme_changed(app: QApplication) -> None:
    """Re-tint the icons when the system switches between light and dark."""
    resources.clear_icon_cache()
    for widget in app.topLevelWidgets():
        refresh = getattr(widget, "refresh_icons", None)
        if callable(refresh):
            refresh()


def run_gui(
    ctx: Any,
    *,
    source: str | None = None,
    screenshot: Path | None = None,
    quit_after: float | None = None,
    fullscreen: bool = False,
    config_file: Path | None = None,
    page: str | None = None,
    restore_settings: bool = True,
) -> int:
    """Open the main window. With ``screenshot``/``quit_after``: run for that long on the
    real window, save a screenshot of it, quit (works under QT_QPA_PLATFORM=offscreen)."""
    from desktop_app.ui.main_window import MainWindow

    app = create_application()
    install_translator(app, ctx.settings.ui.language)
    scripted = screenshot is not None or quit_after is not None
    window = MainWindow(ctx, source=source, config_file=config_file, interactive=not scripted)
    window.restore_settings = restore_settings  # False: --data-dir X without --config
    window.resize(1366, 768)
    if page:
        window.show_page(page)
    if fullscreen:
        window.showFullScreen()
    else:
        window.show()
    window.start()
    from desktop_app.ui.maintenance import RetentionScheduler, show_failures

    # the app's, not the window's: a restore replaces the window, the context stays
    retention = RetentionScheduler(ctx, parent=app)
    retention.start()
    current = {"window": window}

    def follow(successor: MainWindow) -> None:  # after a restore: the window on its data
        current["window"] = successor
        successor.replaced.connect(follow)

    window.replaced.connect(follow)
    show_failures(retention, lambda: current["window"])
    status = {"code": 0}
    if scripted:
        delay_ms = int(max(0.5, quit_after if quit_after is not None else 5.0) * 1000)

        def finish() -> None:
            shown = current["window"]
            if screenshot is not None and not shown.save_screenshot(screenshot):
                status["code"] = 1
            shown.close()
            app.quit()

        QTimer.singleShot(delay_ms, finish)
    code = app.exec()
    retention.stop()
    retention.deleteLater()
    current["window"].shutdown()
    return status["code"] or int(code)
