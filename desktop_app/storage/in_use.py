"""Which app processes use a data folder right now, so that a restore never replaces the data
under a running kiosk, window or command.

Each process that uses the folder holds one small file in ``<data dir>/in-use/`` for as long
as it runs, locked with an OS lock (``fcntl.flock`` on macOS and Linux, ``msvcrt.locking`` on
Windows). The OS drops the lock when the process ends, however it ends (closed, crashed,
killed, power cut), so a file whose lock can be taken is a leftover and whoever finds it
removes it: nothing can stay stuck. The file says what the process is and since when (JSON),
for the message the operator reads.

The rule: a restore refuses while any other process uses the folder, and a process does not
start while another one is restoring. Everything else may run side by side (a kiosk checking
people in while an operator reads reports in the main window). A process never counts
against itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import platform
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import DataInUse
from desktop_app.fileio import remove_retrying
from desktop_app.i18n import formats, translate
from desktop_app.paths import make_private

log = logging.getLogger(__name__)

FOLDER = "in-use"
RESTORE = "restore"
# Windows locks byte ranges, and a locked byte cannot be read by others: the lock sits on one
# byte far past the JSON, so readers still read what the file says.
_LOCK_AT = 1 << 20
_YOUNG_S = 30.0  # an empty, unlocked file younger than this may be one still being made


@dataclass(frozen=True)
class DataUser:
    """Another process on the data folder: its command ("gui", "kiosk", "restore", "enroll"
    ...; "" while it is starting), since when, its process id and computer."""

    role: str
    started: dt.datetime | None
    pid: int = 0
    host: str = ""
    # a file (or the folder) this process may not open: another OS user's program, most
    # likely, whose lock cannot be tested; a restore refuses and names it (see ``refusal``)
    unreadable: Path | None = None


class Presence:
    """This process's file in the folder, locked until :meth:`withdraw` (or the process ends)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def withdraw(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        _held.discard(self.path.name)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)
        with contextlib.suppress(OSError):  # Windows: only once it is closed (and scanned)
            remove_retrying(self.path)

    def __enter__(self) -> Presence:
        return self

    def __exit__(self, *exc: object) -> None:
        self.withdraw()


_held: set[str] = set()  # the file names this process holds (it never counts against itself)


def _lock(fd: int) -> bool:
    """Take the lock without waiting: True when taken, False when another process has it;
    OSError when the file system cannot lock at all."""
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _LOCK_AT, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except PermissionError:
            return False
        except OSError as exc:
            if exc.errno in (13, 36):  # EACCES, EDEADLOCK: another process has it
                return False
            raise
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _LOCK_AT, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 64 * 1024)


def announce(root: Path, role: str) -> Presence | None:
    """Say in ``root``'s in-use folder that this process uses the data as ``role``, until
    the returned presence is withdrawn or the process ends. None (logged) when the folder
    cannot be written or its file system has no locks: the app still runs, unannounced."""
    folder = root / FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder, folder=True)
    except OSError as exc:
        log.warning("cannot announce this process in %s: %s", folder, exc)
        return None
    path = folder / f"{role}-{os.getpid()}-{secrets.token_hex(4)}.json"
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        log.warning("cannot announce this process in %s: %s", folder, exc)
        return None
    try:
        taken = False
        for _ in range(50):  # another process may be looking at the new file for a moment
            if taken := _lock(fd):
                break
            time.sleep(0.02)
        if not taken:
            raise OSError("the new file stayed locked by another process")
        info = {
            "role": role,
            "pid": os.getpid(),
            "host": platform.node(),
            "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode("utf-8"))
    except OSError as exc:  # e.g. a network share without locks
        log.warning("cannot lock %s, this process is not announced: %s", path, exc)
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    _held.add(path.name)
    return Presence(path, fd)


def others(root: Path) -> list[DataUser]:
    """The other processes using ``root`` now, oldest first. Files left by processes that
    ended are removed on the way."""
    folder = root / FOLDER
    try:
        paths = sorted(folder / n for n in os.listdir(folder) if n.endswith(".json"))
    except FileNotFoundError:
        return []
    except OSError:  # there but not for this user: who uses the data cannot be told
        return [DataUser("", None, unreadable=folder)]
    found: list[DataUser] = []
    for path in paths:
        if path.name in _held:
            continue
        user = _look(path)
        if user is not None:
            found.append(user)
    found.sort(key=lambda u: u.started or dt.datetime.max.replace(tzinfo=dt.UTC))
    return found


def _look(path: Path) -> DataUser | None:
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:  # gone meanwhile
        return None
    except OSError as exc:  # not ours to open: its lock cannot be tested, so it counts
        log.warning("cannot open %s to see whether its program still runs: %s", path, exc)
        return DataUser("", None, unreadable=path)
    leftover = False
    try:
        try:
            free = _lock(fd)
        except OSError as exc:
            log.debug("cannot test the lock of %s: %s", path, exc)
            return None
        text = _read(fd)
        if free:
            _unlock(fd)
            # Written only after the lock is taken: a file with text and no lock is left
            # over; an empty one may be being made right now, unless it is old.
            leftover = bool(text) or time.time() - os.fstat(fd).st_mtime > _YOUNG_S
            return None
    finally:
        os.close(fd)
        if leftover:
            with contextlib.suppress(OSError):
                remove_retrying(path)
            log.info("removed %s, left by a process that has ended", path.name)
    return _parse(text)


def _parse(text: bytes) -> DataUser:
    try:
        info = json.loads(text.decode("utf-8"))
        started = dt.datetime.fromisoformat(str(info["started"]))
        return DataUser(str(info["role"]), started, int(info["pid"]), str(info.get("host", "")))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return DataUser("", None)  # locked but not yet written: a process starting


def enter(root: Path, role: str, *, wait: float = 0.0) -> Presence | None:
    """Announce this process as ``role``, then check the others: a restore refuses while
    any other process uses the data; anything else refuses while another process restores,
    or with ``wait`` (seconds) first waits for that restore to end, unannounced (a kiosk
    started by the OS must not sit on an error box after the restore has finished).
    Raises :class:`DataInUse` (with nothing announced) when refused."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return _enter_once(root, role)
        except _RestoreRunning:
            if time.monotonic() >= deadline:
                raise
            log.warning("%s: waiting for the restore on %s to finish", role, root)
            while time.monotonic() < deadline and any(u.role == RESTORE for u in others(root)):
                time.sleep(_POLL_S)


class _RestoreRunning(DataInUse):
    """Another process is restoring: try again once it has finished."""


_POLL_S = 0.5


def _enter_once(root: Path, role: str) -> Presence | None:
    presence = announce(root, role)
    try:
        users = others(root)
        if users:  # for whoever reads the log: which processes, to find a stuck one
            log.info(
                "%s: the data in %s is also used by %s",
                role,
                root,
                ", ".join(f"{u.role or '?'} (pid {u.pid} on {u.host or '?'})" for u in users),
            )
        if role == RESTORE and users:
            raise DataInUse(refusal(users))
        restoring = [u for u in users if u.role == RESTORE]
        if restoring:
            raise _RestoreRunning(restore_running(restoring[0]))
    except BaseException:
        if presence is not None:
            presence.withdraw()
        raise
    return presence


def refuse_while_used(root: Path) -> None:
    """Raise :class:`DataInUse` saying who uses ``root`` when another process does (a
    restore about to ask its questions), without announcing this one."""
    users = others(root)
    if users:
        raise DataInUse(refusal(users))


@contextlib.contextmanager
def restoring(root: Path) -> Iterator[None]:
    """For the time of a restore: no other process uses ``root`` and none can start."""
    presence = enter(root, RESTORE)
    try:
        yield
    finally:
        if presence is not None:
            presence.withdraw()


def _since(started: dt.datetime | None) -> str:
    if started is None:
        return "?"
    local = started.astimezone()
    f = formats()
    return f.time(local) if local.date() == dt.date.today() else f.datetime(local)


def describe(user: DataUser) -> str:
    """One sentence: "The kiosk is running on this data (since 14:02)."."""
    time_ = _since(user.started)
    if user.unreadable is not None:
        return translate(
            "DataInUse",
            "This user may not open {file}: a program another user of this computer runs on "
            "this data may be using it.",
        ).format(file=user.unreadable)
    if user.role == "kiosk":
        text = translate("DataInUse", "The kiosk is running on this data (since {time}).")
    elif user.role == "gui":
        text = translate(
            "DataInUse", "A Face Attendance window is open on this data (since {time})."
        )
    elif user.role == RESTORE:
        text = translate("DataInUse", "Another restore is running on this data (since {time}).")
    elif not user.role:
        return translate("DataInUse", "Another Face Attendance program is starting on this data.")
    else:
        text = translate(
            "DataInUse",
            'The command "face-attendance {command}" is running on this data (since {time}).',
        )
    line = text.format(time=time_, command=user.role)
    if user.host and user.host != platform.node():
        line += " " + translate("DataInUse", "It runs on the computer {host}.").format(
            host=user.host
        )
    return line


def refusal(users: list[DataUser]) -> str:
    """Why a restore does not start, and what to do. A file nobody here may open counts: it
    may hold another user's kiosk; once that program has ended, deleting the file (which
    the message names) lets the restore go on."""
    lines = [describe(u) for u in users]
    running = [u for u in users if u.unreadable is None]
    if len(running) < len(users):
        lines.append(
            translate(
                "DataInUse",
                "If no such program runs any more, delete that file (or ask someone who may), "
                "then restore.",
            )
        )
    if not running:
        lines.append(translate("DataInUse", "Nothing was changed."))
    elif len(running) == 1:
        lines.append(translate("DataInUse", "Close it, then restore. Nothing was changed."))
    else:
        lines.append(translate("DataInUse", "Close them, then restore. Nothing was changed."))
    return " ".join(lines)


def restore_running(user: DataUser) -> str:
    """Why a process does not start while another restores."""
    return translate(
        "DataInUse",
        "A restore is replacing the data in this folder (since {time}). Start again when it "
        "has finished.",
    ).format(time=_since(user.started))
