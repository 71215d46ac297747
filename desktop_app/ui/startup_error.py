"""A start-up error shown in a window, for a GUI started without a console.

``face-attendance-gui`` (a gui-script), the frozen app's windowed program and a kiosk started
by the OS have no console: an error printed to stderr would vanish and the app would seem not
to start at all. The same message the CLI prints is shown in a message box instead.
"""

from __future__ import annotations


def show_startup_error(message: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.i18n import translate

    app = QApplication.instance() or QApplication([])  # noqa: F841 - a box needs an app
    QMessageBox.critical(
        None, translate("StartupError", "Face Attendance could not start"), message
    )
