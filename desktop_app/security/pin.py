"""The admin PIN: a slow salted scrypt hash in the shared settings, with a growing lock-out.

``SharedSettings["admin.pin"]`` holds ``{"algo": "scrypt", "n", "r", "p", "salt", "hash"}``
(base64), never the PIN. Wrong PINs are counted once per installation (per database) in
``SharedSettings["admin.pin.lockout"]``, whichever device or window they were typed on, so
neither restarting the app nor renaming the device resets them: after ``free_attempts`` wrong
PINs each further one locks every pad for a delay that doubles, up to ``max_delay``. While
locked, PINs are not even checked. Changing the PIN needs the current one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop_app import i18n
from desktop_app.errors import PermissionDenied
from desktop_app.storage.db import Database
from desktop_app.storage.repositories import Audit, SharedSettings

log = logging.getLogger(__name__)

PIN_SETTING = "admin.pin"
LOCKOUT_SETTING = "admin.pin.lockout"

# scrypt cost: 2**15 * 8 * 128 bytes = 32 MiB of memory per guess, ~0.1 s on a desktop core.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32

Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PinNotSet(PermissionDenied):
    """No admin PIN has been chosen yet."""


class PinLockedOut(PermissionDenied):
    """Too many wrong PINs: the pad is locked for ``seconds_left`` seconds."""

    def __init__(self, message: str, seconds_left: float) -> None:
        super().__init__(message)
        self.seconds_left = seconds_left


@dataclass(frozen=True)
class PinPolicy:
    free_attempts: int = 3  # wrong PINs allowed before the first lock-out
    base_delay: dt.timedelta = dt.timedelta(seconds=30)
    max_delay: dt.timedelta = dt.timedelta(hours=1)

    def delay_after(self, failures: int) -> dt.timedelta:
        if failures < self.free_attempts:
            return dt.timedelta(0)
        steps = min(failures - self.free_attempts, 20)
        return min(self.base_delay * (2**steps), self.max_delay)


@dataclass(frozen=True)
class PinState:
    failures: int
    locked_until: dt.datetime | None

    def seconds_left(self, now: dt.datetime) -> float:
        if self.locked_until is None:
            return 0.0
        return max(0.0, (self.locked_until - now).total_seconds())


def validate_pin(pin: str, *, label: str = "The admin PIN") -> str:
    """The PIN stripped, or PermissionDenied: 4-12 ASCII digits, not one digit or a plain run."""
    pin = pin.strip()
    if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12):
        raise PermissionDenied(f"{label} must be 4 to 12 digits.")
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        raise PermissionDenied(
            "That PIN is too easy to guess (all one digit or a run like 1234); choose another."
        )
    return pin


def ask_new_pin(ask: Callable[[str], str], prompt: str, *, label: str, hint: str = "") -> str:
    """Ask for a new PIN twice (never on the command line); the checked PIN, or PermissionDenied."""
    first = validate_pin(ask(prompt), label=label)
    if ask("Repeat it: ").strip() != first:
        raise PermissionDenied(f"The two PINs differ; nothing was changed.{hint}")
    return first


def hash_pin(
    pin: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> dict[str, Any]:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, n, r, p)
    return {
        "algo": "scrypt",
        "n": n,
        "r": r,
        "p": p,
        "salt": base64.b64encode(salt).decode(),
        "hash": base64.b64encode(digest).decode(),
    }


def verify_hash(pin: str, stored: dict[str, Any]) -> bool:
    if stored.get("algo") != "scrypt":
        raise PermissionDenied(f"Unknown admin PIN hash {stored.get('algo')!r}; set the PIN again.")
    salt = base64.b64decode(stored["salt"])
    expected = base64.b64decode(stored["hash"])
    digest = _scrypt(pin.strip(), salt, int(stored["n"]), int(stored["r"]), int(stored["p"]))
    return hmac.compare_digest(digest, expected)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=256 * r * n * p + (1 << 20), dklen=HASH_BYTES
    )


def has_pin(db: Database) -> bool:
    return bool(db.run(lambda s: SharedSettings(s).get(PIN_SETTING)))


class WrongCurrentPin(PermissionDenied):
    """Changing the PIN needs the current one, and it was wrong."""


def set_pin(
    db: Database,
    pin: str,
    *,
    current: str | None = None,
    actor: str = "admin",
    clock: Clock = _utcnow,
    policy: PinPolicy | None = None,
) -> None:
    """Store a new admin PIN (hashed). When a PIN is already set, ``current`` must be it: it
    is checked like any PIN (a wrong one counts towards the lock-out, and while locked out
    nothing is checked), so nobody can take the PIN over from an unlocked screen."""
    stored = hash_pin(validate_pin(pin))
    if has_pin(db) and (
        current is None or not check_pin(db, current, device=actor, clock=clock, policy=policy)
    ):
        raise WrongCurrentPin("The current admin PIN is wrong; the PIN was not changed.")

    def work(s: Session) -> None:
        shared = SharedSettings(s)
        replaced = bool(shared.get(PIN_SETTING))
        shared.set(PIN_SETTING, stored)
        Audit(s).write(actor, "admin.pin_changed" if replaced else "admin.pin_set")

    db.run(work)


def reset_pin(db: Database, pin: str, *, actor: str) -> None:
    """Replace a forgotten PIN without the current one and clear the lock-out.

    Only for the command line run as the OS user that owns the data (who can edit the
    database anyway); written to the audit log as ``admin.pin_reset``."""
    stored = hash_pin(validate_pin(pin))

    def work(s: Session) -> None:
        shared = SharedSettings(s)
        shared.set(PIN_SETTING, stored)
        shared.set(LOCKOUT_SETTING, {"failures": 0, "locked_until": None})
        Audit(s).write(actor, "admin.pin_reset")

    db.run(work)


def _load_state(shared: SharedSettings) -> PinState:
    raw = shared.get(LOCKOUT_SETTING) or {}
    until = raw.get("locked_until")
    return PinState(
        int(raw.get("failures", 0)), dt.datetime.fromisoformat(until) if until else None
    )


def pin_state(db: Database, *, device: str = "default") -> PinState:
    """The installation's lock-out state (``device`` is accepted for callers' convenience
    but does not matter: the count is shared by every device on this database)."""
    return db.run(lambda s: _load_state(SharedSettings(s)))


def check_pin(
    db: Database,
    pin: str,
    *,
    device: str = "default",
    clock: Clock = _utcnow,
    policy: PinPolicy | None = None,
) -> bool:
    """True for the right PIN. A wrong one counts towards the installation's lock-out; while
    locked out this raises ``PinLockedOut`` (with ``seconds_left``) without looking at the PIN
    at all. ``device`` only names who typed it in the audit log."""
    policy = policy or PinPolicy()
    now = clock()

    def read(s: Session) -> tuple[dict[str, Any] | None, PinState]:
        shared = SharedSettings(s)
        return shared.get(PIN_SETTING), _load_state(shared)

    stored, state = db.run(read)
    if not stored:
        raise PinNotSet("No admin PIN is set yet. Set one in the app's settings first.")
    left = state.seconds_left(now)
    if left > 0:
        raise PinLockedOut(locked_message(left), left)
    ok = verify_hash(pin, stored)

    def write(s: Session) -> PinState:
        shared = SharedSettings(s)
        current = _load_state(shared)  # another window may have counted meanwhile
        if ok:
            new = PinState(0, None)
        else:
            failures = current.failures + 1
            delay = policy.delay_after(failures)
            # from when the answer is known: the hash takes a moment, and a pad that says
            # "28 seconds" straight after a 30-second lock-out reads oddly
            new = PinState(failures, clock() + delay if delay else None)
            if delay:
                Audit(s).write(
                    f"device:{device}",
                    "admin.pin_lockout",
                    details={"failures": failures, "seconds": int(delay.total_seconds())},
                )
        if new != current:
            shared.set(
                LOCKOUT_SETTING,
                {
                    "failures": new.failures,
                    "locked_until": new.locked_until.isoformat() if new.locked_until else None,
                },
            )
        return new

    new_state = db.run(write)
    if not ok and new_state.locked_until is not None:
        log.warning("admin PIN locked on %s after %d wrong PINs", device, new_state.failures)
    return ok


def locked_message(seconds: float) -> str:
    """Shown on the kiosk's pad (translated there through desktop_app.i18n) and by the CLI."""
    secs = int(seconds + 0.999)
    if secs < 120:
        source = "Too many wrong PINs. Try again in {count} seconds."
        text = i18n.translate("Kiosk", "Too many wrong PINs. Try again in {count} seconds.")
        return i18n.fill(text, source, count=secs)
    source = "Too many wrong PINs. Try again in {count} minutes."
    text = i18n.translate("Kiosk", "Too many wrong PINs. Try again in {count} minutes.")
    return i18n.fill(text, source, count=(secs + 59) // 60)
