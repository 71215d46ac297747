"""The admin gate of the main window: with an admin PIN set, admin pages and actions ask for
it once per unlock period (``security.admin.AdminSession``, shared through ``ctx.admin``).

``ask_pin`` is the one place the PIN is typed (a password field); everything else (the
check, the installation's lock-out, the idle period) is the core's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop_app.errors import PermissionDenied
from desktop_app.ui import ops

ADMIN_PAGES = frozenset({"people", "attendance", "reports", "settings"})


def ask_pin(parent: QWidget | None, title: str, prompt: str) -> tuple[str, bool]:
    """Ask for a PIN in a password field: (text, accepted)."""
    return QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)


def ensure_admin(ctx: Any, parent: QWidget | None, what: str) -> bool:
    """True when admin actions may go ahead now (unlocked, or no PIN set); otherwise asks
    for the PIN, up to three tries (each wrong one counts towards the lock-out). ``what``
    names the action, translated by the caller ("Editing a person")."""
    session = ctx.admin
    if session.is_unlocked():
        session.touch()
        return True
    needs = QCoreApplication.translate("AdminGate", "{what} needs the admin PIN.").format(what=what)
    title = QCoreApplication.translate("AdminGate", "Admin PIN")
    prompt = needs
    for _ in range(3):
        entered, ok = ask_pin(parent, title, prompt)
        if not ok:
            return False
        outcome = session.unlock(entered)
        if outcome.ok:
            return True
        if outcome.seconds_locked > 0:
            ops.report_error(parent, PermissionDenied(outcome.message), title)
            return False
        prompt = f"{outcome.message}\n{needs}"
    return False
