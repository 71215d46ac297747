"""The Windows branch of storage.in_use (who uses a data folder), run against
``msvcrt.locking``'s real semantics imitated on Linux (tests/winfs.FakeMsvcrt): per-handle
byte-range locks from the current position, mandatory for other handles' reads and writes,
``LK_NBLCK`` failing at once, released when the handle closes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from desktop_app.errors import DataInUse
from desktop_app.storage import in_use
from tests.winfs import FakeMsvcrt


class _WindowsOs:
    """``os`` as ``in_use`` sees it on Windows: ``os.name == "nt"``, the rest unchanged."""

    name = "nt"

    def __getattr__(self, attr: str) -> Any:
        return getattr(os, attr)


@pytest.fixture
def msvcrt(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    fake.install(monkeypatch)
    monkeypatch.setattr(in_use, "os", _WindowsOs())
    return fake


def _as_another_process(presence: in_use.Presence) -> in_use.Presence:
    """``presence`` counted as another process's (a process never counts against itself);
    its handle and lock stay as they are."""
    in_use._held.discard(presence.path.name)
    return presence


def test_a_kiosk_is_seen_and_a_restore_refused_under_windows_locks(
    tmp_path: Path, msvcrt: FakeMsvcrt
) -> None:
    kiosk = in_use.announce(tmp_path, "kiosk")
    assert kiosk is not None, "the lock could not be taken"
    _as_another_process(kiosk)
    try:
        users = in_use.others(tmp_path)
        # the JSON is read while the kiosk holds its lock: the lock sits past it
        assert [(u.role, u.pid) for u in users] == [("kiosk", os.getpid())]
        with pytest.raises(DataInUse, match="kiosk is running"):
            in_use.enter(tmp_path, "restore")
        assert [p.name for p in (tmp_path / in_use.FOLDER).iterdir()] == [kiosk.path.name]
        assert msvcrt.sleeps == [], "a lock test must not wait (LK_LOCK waits ~10 s)"
    finally:
        kiosk.withdraw()
    assert not kiosk.path.exists()
    restore = in_use.enter(tmp_path, "restore")
    assert restore is not None
    restore.withdraw()


def test_a_killed_kiosks_file_is_a_leftover_under_windows_locks(
    tmp_path: Path, msvcrt: FakeMsvcrt
) -> None:
    """Windows drops a handle's locks when the process ends: the file stays, unlocked."""
    kiosk = _as_another_process(in_use.announce(tmp_path, "kiosk"))  # type: ignore[arg-type]
    fd, kiosk._fd = kiosk._fd, None
    assert fd is not None
    os.close(fd)  # killed: no unlock, no delete
    assert kiosk.path.exists()
    assert in_use.others(tmp_path) == []
    assert not kiosk.path.exists(), "the leftover is removed by whoever finds it"
    restore = in_use.enter(tmp_path, "restore")
    assert restore is not None
    restore.withdraw()
    assert msvcrt.sleeps == []


def test_the_fake_keeps_windows_rules(tmp_path: Path, msvcrt: FakeMsvcrt) -> None:
    """The imitation itself: a second handle cannot lock, read or write locked bytes, and
    cannot unlock a lock it does not hold; the blocking mode gives up after 10 tries."""
    path = tmp_path / "f"
    path.write_bytes(b"x" * 16)
    a, b = os.open(path, os.O_RDWR), os.open(path, os.O_RDWR)
    try:
        os.lseek(a, 4, os.SEEK_SET)
        msvcrt.locking(a, msvcrt.LK_NBLCK, 2)
        os.lseek(b, 5, os.SEEK_SET)
        with pytest.raises(PermissionError):
            msvcrt.locking(b, msvcrt.LK_NBLCK, 1)
        with pytest.raises(OSError) as info:
            msvcrt.locking(b, msvcrt.LK_LOCK, 1)
        assert info.value.errno == msvcrt.EDEADLOCK and len(msvcrt.sleeps) == 9
        with pytest.raises(PermissionError):
            msvcrt.locking(b, msvcrt.LK_UNLCK, 1)
        os.lseek(b, 0, os.SEEK_SET)
        with pytest.raises(PermissionError):
            os.read(b, 16)
        assert os.read(b, 4) == b"xxxx"
        os.lseek(a, 4, os.SEEK_SET)
        msvcrt.locking(a, msvcrt.LK_UNLCK, 2)
        os.lseek(b, 0, os.SEEK_SET)
        assert os.read(b, 16) == b"x" * 16
    finally:
        os.close(a)
        os.close(b)
