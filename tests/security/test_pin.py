"""Admin PIN: slow salted hash, wrong PINs lock the pad for growing delays, even across restarts."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.errors import PermissionDenied
from desktop_app.security.pin import (
    PIN_SETTING,
    PinLockedOut,
    PinNotSet,
    WrongCurrentPin,
    check_pin,
    has_pin,
    pin_state,
    reset_pin,
    set_pin,
)
from desktop_app.storage.db import open_database
from desktop_app.storage.repositories import Audit, SharedSettings


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_pin_is_stored_as_a_slow_salted_hash(sdb) -> None:
    set_pin(sdb, "482913")
    first = sdb.run(lambda s: SharedSettings(s).get(PIN_SETTING))
    set_pin(sdb, "482913", current="482913")
    second = sdb.run(lambda s: SharedSettings(s).get(PIN_SETTING))
    assert first["algo"] == "scrypt"
    assert first["n"] >= 2**14 and first["r"] >= 8  # >= 16 MiB per guess
    assert first["salt"] != second["salt"] and first["hash"] != second["hash"]
    everything = json.dumps([first, second])
    assert "482913" not in everything
    assert check_pin(sdb, "482913") is True
    assert check_pin(sdb, "482914") is False
    actions = [e.action for e in sdb.run(lambda s: Audit(s).list())]
    assert actions[:2] == ["admin.pin_set", "admin.pin_changed"]


@pytest.mark.parametrize("pin", ["12", "abcd", "1111", "1234", "4321", "1234567890123"])
def test_weak_or_malformed_pins_are_refused(sdb, pin) -> None:
    with pytest.raises(PermissionDenied):
        set_pin(sdb, pin)
    assert not has_pin(sdb)


def test_a_slow_hash_does_not_shorten_the_lock_out_the_pad_shows(sdb, monkeypatch) -> None:
    """On a slow machine the hash takes seconds: the lock-out still starts at its full length."""
    from desktop_app.security import pin as pin_module

    set_pin(sdb, "482913")
    clock = Clock()
    verify = pin_module.verify_hash

    def slow_verify(entered: str, stored: dict) -> bool:
        clock.advance(2)
        return verify(entered, stored)

    monkeypatch.setattr(pin_module, "verify_hash", slow_verify)
    for _ in range(3):
        assert check_pin(sdb, "000001", clock=clock, device="kiosk-1") is False
    with pytest.raises(PinLockedOut) as err:
        check_pin(sdb, "482913", clock=clock, device="kiosk-1")
    assert "Try again in 30 seconds" in str(err.value)


def test_no_pin_set_is_a_clear_error(sdb) -> None:
    with pytest.raises(PinNotSet, match="No admin PIN"):
        check_pin(sdb, "482913")


def test_wrong_pins_lock_out_with_a_growing_delay(sdb, sec_settings) -> None:
    set_pin(sdb, "482913")
    clock = Clock()
    for _ in range(3):  # the third wrong PIN starts the lock-out
        assert check_pin(sdb, "000001", clock=clock, device="kiosk-1") is False
    assert pin_state(sdb, device="kiosk-1").seconds_left(clock.now) == 30

    # while locked even the right PIN is not accepted
    with pytest.raises(PinLockedOut) as err:
        check_pin(sdb, "482913", clock=clock, device="kiosk-1")
    assert err.value.seconds_left == 30
    assert "Try again in 30 seconds" in str(err.value)
    clock.advance(29)
    with pytest.raises(PinLockedOut):
        check_pin(sdb, "482913", clock=clock, device="kiosk-1")

    clock.advance(1)
    assert check_pin(sdb, "000002", clock=clock, device="kiosk-1") is False
    assert pin_state(sdb, device="kiosk-1").seconds_left(clock.now) == 60  # doubled

    # a restart (new process, new connection) does not reset the count
    again = open_database(sec_settings)
    try:
        clock.advance(60)
        assert check_pin(again, "000003", clock=clock, device="kiosk-1") is False
        assert pin_state(again, device="kiosk-1").seconds_left(clock.now) == 120
        # the lock-out is per installation: another device name does not get fresh attempts
        # (a device name comes from settings or the environment: anyone can pick one)
        with pytest.raises(PinLockedOut):
            check_pin(again, "482913", clock=clock, device="kiosk-2")
        assert pin_state(again, device="kiosk-2").seconds_left(clock.now) == 120
    finally:
        again.dispose()

    clock.advance(120)
    assert check_pin(sdb, "482913", clock=clock, device="kiosk-1") is True
    assert pin_state(sdb, device="kiosk-1").failures == 0
    lockouts = sdb.run(lambda s: Audit(s).list(action="admin.pin_lockout"))
    assert len(lockouts) == 3


def test_delay_is_capped_at_an_hour(sdb) -> None:
    set_pin(sdb, "482913")
    clock = Clock()
    for _ in range(15):
        check_pin(sdb, "000001", clock=clock)
        clock.advance(pin_state(sdb).seconds_left(clock.now))
    check_pin(sdb, "000001", clock=clock)
    assert pin_state(sdb).seconds_left(clock.now) == 3600


def test_changing_the_pin_needs_the_current_one(sdb) -> None:
    """Finding 1: from an unlocked screen, nobody can take the PIN over without knowing it."""
    set_pin(sdb, "482913")
    clock = Clock()
    with pytest.raises(WrongCurrentPin):
        set_pin(sdb, "851307", clock=clock)  # no current PIN given
    with pytest.raises(WrongCurrentPin):
        set_pin(sdb, "851307", current="000001", clock=clock)
    assert check_pin(sdb, "851307", clock=clock) is False  # not changed
    assert pin_state(sdb).failures == 2  # the wrong current PIN counted (and this check)
    with pytest.raises(WrongCurrentPin):
        set_pin(sdb, "851307", current="000002", clock=clock)
    assert pin_state(sdb).seconds_left(clock.now) == 30
    with pytest.raises(PinLockedOut):  # and a locked-out pad is not bypassed by a change
        set_pin(sdb, "851307", current="482913", clock=clock)
    clock.advance(30)
    set_pin(sdb, "851307", current="482913", clock=clock)
    assert check_pin(sdb, "851307", clock=clock) is True
    assert check_pin(sdb, "482913", clock=clock) is False


def test_reset_pin_replaces_a_forgotten_pin_and_is_audited(sdb) -> None:
    set_pin(sdb, "482913")
    clock = Clock()
    for _ in range(3):
        check_pin(sdb, "000001", clock=clock)
    assert pin_state(sdb).seconds_left(clock.now) > 0
    reset_pin(sdb, "593024", actor="cli")
    assert check_pin(sdb, "593024", clock=clock) is True
    assert [e.action for e in sdb.run(lambda s: Audit(s).list(action="admin.pin_reset"))] == [
        "admin.pin_reset"
    ]
