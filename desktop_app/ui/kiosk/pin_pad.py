"""The admin PIN pad: big digit buttons (touch screens) and the keyboard; the check itself and
its growing lock-out are ``security.pin``'s, reached through ``PinGate``."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.attendance.kiosk_state import PinGate, locked_message
from desktop_app.errors import DatabaseLocked
from desktop_app.ui import ops

log = logging.getLogger(__name__)


class PinPadDialog(QDialog):
    """Accepted only after the right PIN. ``purpose`` says what the PIN unlocks.

    The same pad takes a person's ID number or own PIN at the kiosk (the second factor):
    ``prompt``/``title`` replace the admin wording, ``secret`` False shows what is typed, and
    ``gate`` is then anything with ``submit(text) -> PinOutcome`` and ``seconds_locked()``;
    with ``background`` True its ``submit`` runs off the GUI thread too. ``checking`` is what
    the pad says meanwhile; ``cancel_while_checking`` False holds Cancel and Esc back until
    the answer is in (a code's answer may be writing a mark that Cancel could not undo)."""

    answered = Signal(object)  # the PinOutcome, or the exception of a check that failed

    def __init__(
        self,
        gate: Any,
        purpose: str = "leave kiosk mode",
        parent: QWidget | None = None,
        *,
        font_px: int = 28,
        prompt: str | None = None,
        title: str | None = None,
        secret: bool = True,
        checking: str | None = None,
        cancel_while_checking: bool = True,
    ) -> None:
        super().__init__(parent)
        self.gate = gate
        self.setObjectName("kioskPinPad")
        self.setWindowTitle(title or QCoreApplication.translate("PinPad", "Admin PIN"))
        self.setModal(True)
        big = QFont(self.font())
        big.setPixelSize(font_px)
        self.setFont(big)

        self.prompt = QLabel(
            prompt
            or QCoreApplication.translate("PinPad", "Enter the admin PIN to {purpose}").format(
                purpose=purpose
            )
        )
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry = QLineEdit()
        self.entry.setObjectName("pinEntry")
        if secret:
            self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMaxLength(12 if secret else 40)
        self.entry.setMinimumHeight(int(font_px * 2))
        self.entry.returnPressed.connect(self.submit)
        self.message = QLabel("")
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #ffb4a9;")

        grid = QGridLayout()
        grid.setSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"]
        labels = {
            "Clear": QCoreApplication.translate("PinPad", "Clear"),
            "OK": QCoreApplication.translate("PinPad", "OK"),
        }
        for i, key in enumerate(keys):
            b = QPushButton(labels.get(key, key))
            b.setMinimumSize(int(font_px * 3.2), int(font_px * 2.4))
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "OK":
                b.clicked.connect(self.submit)
            elif key == "Clear":
                b.clicked.connect(self.entry.clear)
            else:
                b.clicked.connect(lambda _=False, k=key: self.entry.insert(k))
            self.buttons[key] = b
            grid.addWidget(b, i // 3, i % 3)
        cancel = QPushButton(QCoreApplication.translate("PinPad", "Cancel"))
        cancel.setMinimumHeight(int(font_px * 2))
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(self.reject)
        self.buttons["Cancel"] = cancel

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.prompt)
        layout.addWidget(self.entry)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addWidget(cancel)
        self.setStyleSheet(
            f"QDialog#kioskPinPad {{ background: #1e242e; }} * {{ font-size: {font_px}px; }}"
            "QLabel { color: white; }"
            "QLineEdit { background: white; color: black; border-radius: 6px; }"
            "QPushButton { background: #3a4454; color: white; border-radius: 8px; }"
            "QPushButton:pressed { background: #55627a; }"
            "QPushButton:disabled { color: #8a93a3; }"
        )
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(500)
        self._lock_timer.timeout.connect(self._refresh_lock)
        self.attempts = 0
        # The gates read and write the database: off the GUI thread, so a locked database
        # never freezes the kiosk. Only the admin PIN has a lock-out to read.
        self.reads_lockout = isinstance(gate, PinGate)
        self.background = self.reads_lockout or bool(getattr(gate, "background", False))
        self.checking_text = checking or QCoreApplication.translate("PinPad", "Checking the PIN...")
        self.cancel_while_checking = cancel_while_checking
        self.checking = False  # a check or a lock-out read is on its way
        if self.reads_lockout:
            self._keys(False)  # until the lock-out is read: a locked-out pad takes no PIN
        self._refresh_lock()

    def _set_locked(self, seconds: float, *, message: str = "") -> None:
        """Keys off while locked out (``seconds``) or, with a ``message``, while a check is
        on its way; Cancel always works."""
        locked = seconds > 0
        self._keys(not locked)
        if message:
            self.message.setText(message)
        elif locked:
            self.message.setText(locked_message(seconds))
            if not self._lock_timer.isActive():
                self._lock_timer.start()
        else:
            self._lock_timer.stop()

    def _keys(self, enabled: bool) -> None:
        for key in [k for k in self.buttons if k != "Cancel"]:
            self.buttons[key].setEnabled(enabled)
        self.entry.setEnabled(enabled)

    def _refresh_lock(self) -> None:
        if not self.reads_lockout:
            self._lock_read(self._seconds_locked())
        elif not self.checking:
            self.checking = True
            ops.run_op(
                self._seconds_locked, success=self._lock_read, parent=self, operator_waits=True
            )

    def _seconds_locked(self) -> float:
        try:
            return float(self.gate.seconds_locked())
        except Exception:  # the database may be briefly away; the PIN check will say so
            log.warning("cannot read the PIN lock-out state", exc_info=True)
            return 0.0

    def _lock_read(self, left: float) -> None:
        self.checking = False
        was_locked = not self.entry.isEnabled()
        self._set_locked(left)
        if was_locked and left <= 0:
            self.message.setText("")
            self.entry.setFocus()

    def submit(self) -> None:
        text = self.entry.text()
        if not text or self.checking:
            return
        self.attempts += 1
        if not self.background:
            try:
                outcome = self.gate.submit(text)
            except Exception as exc:
                self._not_checked(exc)
                return
            self._answered(outcome)
            return
        self.checking = True
        self._set_locked(1.0, message=self.checking_text)
        if not self.cancel_while_checking:
            self.buttons["Cancel"].setEnabled(False)
        ops.run_op(
            lambda: self.gate.submit(text),
            success=self._answered,
            failure=self._not_checked,
            parent=self,
            operator_waits=True,
        )

    def _answered(self, outcome: Any) -> None:
        self.checking = False
        self.buttons["Cancel"].setEnabled(True)
        self.entry.clear()
        self.answered.emit(outcome)
        if outcome.ok:
            log.info("kiosk: %s accepted", self.windowTitle())
            self.accept()
            return
        self._set_locked(outcome.seconds_left)
        self.message.setText(outcome.message)
        self._fit()
        if self.entry.isEnabled():
            self.entry.setFocus()

    def _not_checked(self, exc: BaseException) -> None:
        """The PIN could not be checked (the database locked by another program...): the pad
        stays open with the PIN typed, to try again."""
        self.checking = False
        self.buttons["Cancel"].setEnabled(True)
        self._set_locked(0.0)
        log.warning("PIN check failed: %s", exc)
        self.answered.emit(exc)
        if isinstance(exc, DatabaseLocked):  # the common case, in words that fit the pad
            text = QCoreApplication.translate(
                "PinPad",
                "The PIN cannot be checked now: another program is using the database. "
                "Try again in a moment.",
            )
        else:
            text = QCoreApplication.translate(
                "PinPad", "The PIN cannot be checked now: {error}"
            ).format(error=ops.error_text(exc))
        self.message.setText(text)
        self._fit()

    def _fit(self) -> None:
        """A message of several lines makes the pad taller, never its keys smaller."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    def say(self, text: str) -> None:
        """A message from the gate's side while its answer is on its way."""
        if text != self.message.text():
            self.message.setText(text)
            self._fit()

    def reject(self) -> None:
        if self.checking and not self.cancel_while_checking:
            return  # Esc and the window manager's close wait for the answer too
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)

    def message_text(self) -> str:
        return self.message.text()
