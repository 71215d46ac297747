"""Windows' rule for open files, imitated on Linux at the OS boundary.

On Windows a program that opens a file without ``FILE_SHARE_DELETE`` (Excel with a workbook,
a PDF viewer, SQLite with its database, a scanner for a moment, another Face Attendance
process with its log) keeps everyone else from deleting it, renaming it or replacing it
with a rename until it is closed: ``os.replace``/``os.rename``/``os.unlink``/``os.rmdir``
raise ``PermissionError`` (WinError 32, "being used by another process"), and a folder
holding such a file cannot be renamed or removed. Linux allows all of these, so tests that
want the Windows behaviour use :class:`OpenElsewhere`: ``hold(path)`` marks the file (by
its inode, as Windows follows the open file, not the name) as open in another program,
which lets others read it but not open it for writing.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

SHARING_VIOLATION = "The process cannot access the file because it is being used by another process"


def sharing_violation(path: object) -> PermissionError:
    """The PermissionError Windows raises (WinError 32) for a file open elsewhere."""
    exc = PermissionError(errno.EACCES, SHARING_VIOLATION, str(path))
    exc.winerror = 32  # type: ignore[attr-defined]  # set by Python on Windows only
    return exc


class OpenElsewhere:
    """Files "open in another program": renaming, replacing or deleting them fails as on
    Windows. ``attempts`` counts the refused calls (a retry loop shows up there)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._held: dict[tuple[int, int], Path] = {}
        self._left: dict[tuple[int, int], int] = {}  # refusals left for a brief hold
        self._writable: set[tuple[int, int]] = set()  # held by programs that share writing
        self._own = False  # this process's own open files count (own_handles)
        self.own_refusals: list[str] = []  # names refused because this process has them open
        self._scan = False  # the first delete/rename of each file fails (scanner)
        self.scan_refusals: list[str] = []
        self.attempts = 0
        real = {name: getattr(os, name) for name in ("replace", "rename", "unlink", "remove")}
        real_rmdir = os.rmdir

        def guard_two(name: str) -> Callable[..., Any]:
            def call(src: Any, dst: Any, **kw: Any) -> Any:
                for p in (src, dst):
                    if self._busy(p, kw.get("src_dir_fd" if p is src else "dst_dir_fd")):
                        self.attempts += 1
                        raise sharing_violation(p)
                return real[name](src, dst, **kw)

            return call

        def guard_one(name: str) -> Callable[..., Any]:
            def call(path: Any, *, dir_fd: int | None = None) -> Any:
                if self._busy(path, dir_fd):
                    self.attempts += 1
                    raise sharing_violation(path)
                return real[name](path, dir_fd=dir_fd)

            return call

        def rmdir(path: Any, *, dir_fd: int | None = None) -> None:
            if self._busy(path, dir_fd):
                self.attempts += 1
                raise sharing_violation(path)
            real_rmdir(path, dir_fd=dir_fd)

        real_open = io.open

        def open_(file: Any, mode: str = "r", *args: Any, **kw: Any) -> Any:
            # Excel or a PDF viewer lets others read, never write
            path_like = isinstance(file, (str, bytes, os.PathLike))
            if path_like and set(mode) & set("wax+") and self._busy(file, None, writing=True):
                self.attempts += 1
                raise sharing_violation(file)
            return real_open(file, mode, *args, **kw)

        monkeypatch.setattr(io, "open", open_)
        monkeypatch.setattr(builtins, "open", open_)
        monkeypatch.setattr(os, "replace", guard_two("replace"))
        monkeypatch.setattr(os, "rename", guard_two("rename"))
        monkeypatch.setattr(os, "unlink", guard_one("unlink"))
        monkeypatch.setattr(os, "remove", guard_one("remove"))
        monkeypatch.setattr(os, "rmdir", rmdir)

    def hold(
        self, path: Path | str, *, refusals: int | None = None, shares_writing: bool = False
    ) -> None:
        """``path`` is open in another program from now on; with ``refusals``, only for
        that many refused calls (a scanner that closes it a moment later). The program lets
        others open it for reading only (Excel, a PDF viewer), or with ``shares_writing``
        for writing too (another Python or SQLite program): renaming and deleting are
        refused either way."""
        st = os.stat(path)
        key = (st.st_dev, st.st_ino)
        self._held[key] = Path(path).resolve()
        if shares_writing:
            self._writable.add(key)
        if refusals is not None:
            self._left[key] = refusals

    def release(self, path: Path | str) -> None:
        """The other program closed ``path``."""
        resolved = Path(path).resolve()
        for key, held in list(self._held.items()):
            if held == resolved:
                del self._held[key]
                self._left.pop(key, None)
                self._writable.discard(key)

    def release_all(self) -> None:
        self._held.clear()
        self._left.clear()
        self._writable.clear()

    def own_handles(self) -> None:
        """From now on this process's own open files count too, as on Windows, where
        Python's ``open`` and SQLite open files without FILE_SHARE_DELETE: a database an
        engine still has open cannot be replaced or deleted, not even by this process."""
        self._own = True

    def _open_here(self) -> set[tuple[int, int]]:
        found = set()
        for name in os.listdir("/proc/self/fd"):
            try:
                st = os.stat(f"/proc/self/fd/{name}")
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                found.add((st.st_dev, st.st_ino))
        return found

    def scanner(self) -> None:
        """From now on a scanner (Windows Defender, the search indexer) opens every file for
        a moment the first time the app deletes, renames or replaces it: that first attempt
        on each file fails, a second one goes through. Code that does not retry shows up."""
        self._scanned: set[tuple[int, int, str]] = set()
        self._scan = True

    def _busy(self, path: Any, dir_fd: int | None, *, writing: bool = False) -> bool:
        if self._scan and not writing:
            try:
                st = os.stat(path, dir_fd=dir_fd, follow_symlinks=False)
            except (OSError, TypeError, ValueError):
                st = None
            if st is not None and stat.S_ISREG(st.st_mode):
                # by name too: Linux reuses a deleted file's inode for the next new file
                key = (st.st_dev, st.st_ino, os.fsdecode(path))
                if key not in self._scanned:
                    self._scanned.add(key)
                    self.scan_refusals.append(Path(os.fsdecode(path)).name)
                    return True
        if self._own and not writing:
            try:
                st = os.stat(path, dir_fd=dir_fd, follow_symlinks=False)
            except (OSError, TypeError, ValueError):
                st = None
            key = (st.st_dev, st.st_ino) if st is not None and stat.S_ISREG(st.st_mode) else None
            if key is not None and key in self._open_here():
                self.own_refusals.append(Path(os.fsdecode(path)).name)
                return True
        if not self._held:
            return False
        try:
            st = os.stat(path, dir_fd=dir_fd, follow_symlinks=False)
        except (OSError, TypeError, ValueError):
            return False
        key = (st.st_dev, st.st_ino)
        if key in self._held and not (writing and key in self._writable):
            if key in self._left:
                self._left[key] -= 1
                if self._left[key] < 0:
                    del self._held[key], self._left[key]
                    return False
            return True
        if stat.S_ISDIR(st.st_mode) and dir_fd is None:  # a folder holding an open file
            folder = Path(os.fsdecode(path)).resolve()
            return any(folder in held.parents for held in self._held.values())
        return False


class FakeMsvcrt:
    """``msvcrt.locking`` with Windows' semantics, on Linux open-file-description locks
    (which, like Windows' LockFile, belong to one handle, not to the process):

    - ``locking(fd, mode, nbytes)`` locks ``nbytes`` from the handle's current position;
    - ``LK_NBLCK``/``LK_NBRLCK`` try once and raise ``PermissionError`` (EACCES) at once;
    - ``LK_LOCK``/``LK_RLCK`` try 10 times, 1 s apart, then raise OSError(EDEADLOCK, 36);
    - ``LK_UNLCK`` of a range this handle did not lock raises ``PermissionError``;
    - the lock is mandatory: ``os.read``/``os.write`` over bytes another handle locked raise
      ``PermissionError`` (ERROR_LOCK_VIOLATION), as they do on Windows.

    ``install(monkeypatch)`` puts it in ``sys.modules`` and makes ``os.read``/``os.write``
    obey it; ``sleeps`` records the waits of the blocking modes.
    """

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4
    EDEADLOCK = 36

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    @staticmethod
    def _flock(kind: int, start: int, length: int) -> bytes:
        import struct

        return struct.pack("@hhqqi4x", kind, os.SEEK_SET, start, length, 0)

    def _try(self, fd: int, kind: int, start: int, length: int) -> bool:
        import fcntl

        try:
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, self._flock(kind, start, length))
        except (BlockingIOError, PermissionError):
            return False
        return True

    def _mine(self, fd: int, start: int, length: int) -> bool:
        """Whether this handle holds a lock on the range (no other handle could take it,
        and a fresh handle of this process cannot either)."""
        import fcntl
        import struct

        if self.locked_by_another(fd, start, length):
            return False
        probe = os.open(f"/proc/self/fd/{fd}", os.O_RDWR)
        try:
            out = fcntl.fcntl(probe, fcntl.F_OFD_GETLK, self._flock(fcntl.F_WRLCK, start, length))
        finally:
            os.close(probe)
        return struct.unpack("@hhqqi4x", out)[0] != fcntl.F_UNLCK

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        import fcntl

        start = os.lseek(fd, 0, os.SEEK_CUR)
        if mode == self.LK_UNLCK:
            if not self._mine(fd, start, nbytes):
                raise PermissionError(errno.EACCES, "Permission denied")
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, self._flock(fcntl.F_UNLCK, start, nbytes))
            return
        kind = fcntl.F_RDLCK if mode in (self.LK_RLCK, self.LK_NBRLCK) else fcntl.F_WRLCK
        tries = 10 if mode in (self.LK_LOCK, self.LK_RLCK) else 1
        for attempt in range(tries):
            if self._try(fd, kind, start, nbytes):
                return
            if attempt < tries - 1:
                self.sleeps.append(1.0)
        if tries > 1:
            raise OSError(self.EDEADLOCK, "Resource deadlock avoided")
        raise PermissionError(errno.EACCES, "Permission denied")

    def locked_by_another(self, fd: int, start: int, length: int) -> bool:
        """Another handle holds a lock on part of ``[start, start+length)`` (False for
        what cannot be locked: pipes, sockets)."""
        import fcntl
        import struct

        try:
            out = fcntl.fcntl(fd, fcntl.F_OFD_GETLK, self._flock(fcntl.F_WRLCK, start, length))
        except OSError:
            return False
        return struct.unpack("@hhqqi4x", out)[0] != fcntl.F_UNLCK

    @staticmethod
    def _position(fd: int) -> int | None:
        try:
            return os.lseek(fd, 0, os.SEEK_CUR)
        except OSError:  # a pipe or socket
            return None

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import sys

        monkeypatch.setitem(sys.modules, "msvcrt", self)
        real_read, real_write = os.read, os.write

        def blocked(fd: int, n: int) -> bool:
            at = self._position(fd)
            return bool(n) and at is not None and self.locked_by_another(fd, at, n)

        def read(fd: int, n: int) -> bytes:
            if blocked(fd, n):
                raise PermissionError(errno.EACCES, "The process cannot access the file")
            return real_read(fd, n)

        def write(fd: int, data: Any) -> int:
            if blocked(fd, len(data)):
                raise PermissionError(errno.EACCES, "The process cannot access the file")
            return int(real_write(fd, data))

        monkeypatch.setattr(os, "read", read)
        monkeypatch.setattr(os, "write", write)
