"""The one way to write a file atomically and the one way to hash bytes or a file.

An atomic write goes to a temporary file in the target's own folder (so the rename cannot
cross file systems), is flushed and fsynced, then ``os.replace``-d over the target: a crash,
a full disk or an exception leaves either the old file or the new one, never half of one,
and never the temporary file. Temporary files are created 0600 (``mkstemp``), so a copy of
personal data is never readable by others while it is being written.

This module sits outside the import-linter layers (like ``errors`` and ``paths``): every
layer may use it, and it imports nothing from the app.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

_CHUNK = 1 << 20
log = logging.getLogger(__name__)
T = TypeVar("T")


# Windows: an antivirus scanner or the search indexer opens a just-written file or folder for
# a moment, and a rename then fails with "Access is denied" (WinError 5) or a sharing
# violation (WinError 32), both PermissionError. Waiting a little is the known remedy.
RENAME_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)  # about 3 s in all


def _retrying(
    op: Callable[[], T], delays: tuple[float, ...] | None, sleep: Callable[[float], None] | None
) -> T:
    """``op()``, retried on PermissionError (a file briefly held open by another program)
    after each of ``delays`` (default ``RENAME_DELAYS``); the last PermissionError is raised
    when it does not go away."""
    sleep = sleep or time.sleep
    for delay in RENAME_DELAYS if delays is None else delays:
        try:
            return op()
        except PermissionError:
            sleep(delay)
    return op()


def replace_retrying(
    src: Path | str,
    dst: Path | str,
    *,
    delays: tuple[float, ...] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> None:
    """``os.replace(src, dst)``, retried while another program holds a file (``_retrying``)."""
    _retrying(lambda: os.replace(src, dst), delays, sleep)


def remove_retrying(
    path: Path | str,
    *,
    delays: tuple[float, ...] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> bool:
    """Delete the file ``path``, retried like ``replace_retrying`` (on Windows a file open in
    another program, even a scanner for a moment, cannot be deleted). False when it was not
    there; the last PermissionError is raised when it stays open."""

    def unlink() -> bool:
        try:
            os.unlink(path)
        except FileNotFoundError:
            return False
        return True

    return _retrying(unlink, delays, sleep)


def _fsync_path(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the OS allows it (POSIX; Windows cannot open a dir)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(path: Path | str, *, prefix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on a clean exit it replaces ``path``.

    For writers that want a file name (``faiss.write_index``, an XLSX or PDF library,
    ``shutil.copyfile``). The caller writes the temporary file; this fsyncs and renames it.
    On any exception the temporary file is removed and ``path`` is untouched. ``prefix``
    names the temporary file (default ``.<name>-``) so a cleaner can recognise leftovers.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if prefix is None:
        prefix = f".{target.stem}-"
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=target.suffix)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync_path(tmp)
        replace_retrying(tmp, target)
    except BaseException:
        try:
            remove_retrying(tmp)  # a scanner may be reading it (Windows)
        except OSError as exc:  # Windows: a writer still holds it; the first error matters
            log.warning("could not remove the temporary file %s: %s", tmp, exc)
        raise
    _fsync_dir(folder)


@contextlib.contextmanager
def atomic_open(path: Path | str, *, prefix: str | None = None) -> Iterator[BinaryIO]:
    """Open ``path`` for binary writing; the file appears only on a clean exit.

    For streaming writers (``tomli_w.dump``, a tar stream). Text: ``atomic_write``.
    """
    with atomic_path(path, prefix=prefix) as tmp, open(tmp, "wb") as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


def atomic_write(
    path: Path | str, data: bytes | str, *, encoding: str = "utf-8", prefix: str | None = None
) -> Path:
    """Write ``data`` (bytes, or text in ``encoding``) to ``path`` atomically; returns the path."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_open(path, prefix=prefix) as fh:
        fh.write(payload)
    return Path(path)


def sha256_bytes(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path | str) -> str:
    """Hex sha256 of a file's contents, read in 1 MiB chunks (weights can be large)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()
