"""The admin unlock of one window: with an admin PIN set, admin pages and actions (people
edits and erasure, settings, report export, attendance corrections) need the PIN once per
unlock period; the period restarts with every admin action and ends after
``privacy.admin_unlock_minutes`` without one. Headless: the UI asks for the PIN and calls
``unlock``; wrong PINs count towards the installation's lock-out (``security.pin``).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app import i18n
from desktop_app.security import pin
from desktop_app.storage.db import Database


@dataclass(frozen=True)
class UnlockOutcome:
    ok: bool
    message: str = ""
    seconds_locked: float = 0.0


class AdminSession:
    def __init__(
        self,
        db: Database,
        *,
        device: str,
        idle: dt.timedelta,
        monotonic: Callable[[], float] = time.monotonic,
        clock: pin.Clock = pin._utcnow,
    ) -> None:
        self.db = db
        self.device = device
        self.idle = idle.total_seconds()
        self.monotonic = monotonic
        self.clock = clock
        self._until: float | None = None

    def pin_set(self) -> bool:
        return pin.has_pin(self.db)

    def is_unlocked(self) -> bool:
        """True while unlocked, or when no PIN is set (nothing to protect with)."""
        if self._until is not None and self.monotonic() < self._until:
            return True
        # an unlock that ran out stays recorded until ``lapsed`` reports it, so an admin
        # page left open goes back even if someone was asked for the PIN meanwhile
        return not self.pin_set()

    def lapsed(self) -> bool:
        """True once when an unlock has run out (idle longer than the period). Reads no
        database, so a timer on the GUI thread may ask every few seconds."""
        if self._until is not None and self.monotonic() >= self._until:
            self._until = None
            return True
        return False

    def touch(self) -> None:
        """An admin action happened: the idle period starts again (only while unlocked)."""
        if self._until is not None and self.monotonic() < self._until:
            self._until = self.monotonic() + self.idle

    def lock(self) -> None:
        self._until = None

    def unlock(self, entered: str) -> UnlockOutcome:
        try:
            ok = pin.check_pin(self.db, entered, device=self.device, clock=self.clock)
        except pin.PinLockedOut as exc:
            return UnlockOutcome(False, str(exc), exc.seconds_left)
        except pin.PinNotSet:
            return UnlockOutcome(True)
        if ok:
            self._until = self.monotonic() + self.idle
            return UnlockOutcome(True)
        left = pin.pin_state(self.db).seconds_left(self.clock())
        if left > 0:
            return UnlockOutcome(False, pin.locked_message(left), left)
        return UnlockOutcome(False, i18n.translate("Kiosk", "Wrong PIN. Try again."))
