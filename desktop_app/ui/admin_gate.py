"""The admin gate of the main window: with an admin PIN set, admin pages and actions ask for
it once per unlock period (``security.admin.AdminSession``, shared through ``ctx.admin``).

``ask_pin`` is the one place the PIN is typed (a password field); everything else (the
check, the installation's lock-out, the idle period) is the core's.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop_app.errors import AppError, PermissionDenied
from desktop_app.ui import ops

log = logging.getLogger(__name__)

ADMIN_PAGES = frozenset({"people", "attendance", "reports", "settings"})


def ask_pin(parent: QWidget | None, title: str, prompt: str) -> tuple[str, bool]:
    """Ask for a PIN in a password field: (text, accepted)."""
    return QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)


def ensure_admin(ctx: Any, parent: QWidget | None, what: str) -> bool:
    """True when admin actions may go ahead now (unlocked, or no PIN set); otherwise asks
    for the PIN, up to three tries (each wrong one counts towards the lock-out). ``what``
    names the action, translated by the caller ("Editing a person").

    The database is read (is a PIN set?) and the PIN checked off the GUI thread: on a
    database another program holds locked the window keeps drawing, and after a few seconds
    the operator reads that the PIN cannot be checked now, with nothing changed."""
    session = ctx.admin
    checking = QCoreApplication.translate("AdminGate", "Checking the admin PIN...")
    title = QCoreApplication.translate("AdminGate", "Admin PIN")
    try:
        unlocked = ops.wait_for(session.is_unlocked, parent=parent, progress=checking)
    except AppError as exc:
        _cannot_check(parent, exc, title)
        return False
    if unlocked:
        session.touch()
        return True
    needs = QCoreApplication.translate("AdminGate", "{what} needs the admin PIN.").format(what=what)
    prompt = needs
    for _ in range(3):
        entered, ok = ask_pin(parent, title, prompt)
        if not ok:
            return False
        try:
            outcome = ops.wait_for(
                partial(session.unlock, entered), parent=parent, progress=checking
            )
        except AppError as exc:
            _cannot_check(parent, exc, title)
            return False
        if outcome.ok:
            return True
        if outcome.seconds_locked > 0:
            ops.report_error(parent, PermissionDenied(outcome.message), title)
            return False
        prompt = f"{outcome.message}\n{needs}"
    return False


def _cannot_check(parent: QWidget | None, exc: AppError, title: str) -> None:
    """The PIN could not be checked (the database locked by another program, gone...): the
    reason, and that nothing was unlocked, so the operator knows to try again."""
    text = QCoreApplication.translate(
        "AdminGate", "The admin PIN cannot be checked now: {problem} Nothing was unlocked."
    ).format(problem=ops.error_text(exc))
    log.warning("%s: %s", title, text)
    ops.show_error(parent, text, title)
