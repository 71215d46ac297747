"""Windows' rule for open files, imitated on Linux at the OS boundary.

On Windows a program that opens a file without ``FILE_SHARE_DELETE`` (Excel with a workbook,
a PDF viewer, SQLite with its database, a scanner for a moment, another Face Attendance
process with its log) keeps everyone else from deleting it, renaming it or replacing it
with a rename until it is closed: ``os.replace``/``os.rename``/``os.unlink``/``os.rmdir``
raise ``PermissionError`` (WinError 32, "being used by another process"), and a folder
holding such a file cannot be renamed or removed. Linux allows all of these, so tests that
want the Windows behaviour use :class:`OpenElsewhere`: ``hold(path)`` marks the file (by
its inode, as Windows follows the open file, not the name) as open in another program.
"""

from __future__ import annotations

import errno
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

        monkeypatch.setattr(os, "replace", guard_two("replace"))
        monkeypatch.setattr(os, "rename", guard_two("rename"))
        monkeypatch.setattr(os, "unlink", guard_one("unlink"))
        monkeypatch.setattr(os, "remove", guard_one("remove"))
        monkeypatch.setattr(os, "rmdir", rmdir)

    def hold(self, path: Path | str, *, refusals: int | None = None) -> None:
        """``path`` is open in another program from now on; with ``refusals``, only for
        that many refused calls (a scanner that closes it a moment later)."""
        st = os.stat(path)
        key = (st.st_dev, st.st_ino)
        self._held[key] = Path(path).resolve()
        if refusals is not None:
            self._left[key] = refusals

    def release(self, path: Path | str) -> None:
        """The other program closed ``path``."""
        resolved = Path(path).resolve()
        for key, held in list(self._held.items()):
            if held == resolved:
                del self._held[key]
                self._left.pop(key, None)

    def release_all(self) -> None:
        self._held.clear()
        self._left.clear()

    def _busy(self, path: Any, dir_fd: int | None) -> bool:
        if not self._held:
            return False
        try:
            st = os.stat(path, dir_fd=dir_fd, follow_symlinks=False)
        except (OSError, TypeError, ValueError):
            return False
        key = (st.st_dev, st.st_ino)
        if key in self._held:
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
