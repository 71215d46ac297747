"""What differs between Windows, macOS and Linux, in one place.

- ``configure_console``: text printed to a file or pipe (``people list > f.txt``) is UTF-8, so
  names like "Марія" never raise ``UnicodeEncodeError`` on a Windows cp1252 console encoding.
  An encoding the user chose with ``PYTHONIOENCODING`` is kept, with unencodable characters
  replaced instead of raising.
- ``restrict_to_owner``: a key file readable by its user only: mode 0600 on POSIX, an
  owner-only access list on Windows (where ``chmod`` does nothing of the kind).
- ``network_filesystem``: whether a folder lives on a network share (``\\\\server\\share``, a
  mapped network drive, an NFS/SMB mount), where SQLite's locking and WAL do not work across
  machines.
- ``operator_name``: the login name recorded as the actor of operator changes.
- ``too_long_for_windows``: a data folder so deep that the app's files in it would pass
  Windows' 260-character path limit.
- ``unfit_for_windows`` / ``windows_device_name``: a file or folder name Windows cannot hold
  (a ':' makes an alternate data stream, CON or NUL is a device, a trailing dot or space is
  dropped), checked on every system: a file made on Linux may be synced to Windows.

Nothing Windows-only is imported at import time (``ctypes.windll`` only inside functions that
run on Windows). This module sits outside the import-linter layers: any layer may use it.
"""

from __future__ import annotations

import io
import logging
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path, PurePath, PureWindowsPath

log = logging.getLogger(__name__)

# File system types that are network shares (Linux /proc/mounts, macOS mount(8)).
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "afpfs",
        "afs",
        "ncpfs",
        "webdav",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
    }
)
_DRIVE_REMOTE = 4  # GetDriveTypeW


# --- console --------------------------------------------------------------------------------
def configure_console(streams: Iterable[object] | None = None) -> None:
    """Make ``sys.stdout``/``sys.stderr`` safe for any name (see the module docstring)."""
    chosen = os.environ.get("PYTHONIOENCODING")
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue  # None (a GUI without a console), or a test's capture object
        encoding = (stream.encoding or "").lower().replace("-", "").replace("_", "")
        if encoding == "utf8":
            continue
        try:
            if chosen:
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError, io.UnsupportedOperation) as exc:
            log.debug("cannot reconfigure %r: %s", stream, exc)


def ensure_streams_for_gui() -> None:
    """A GUI started without a console (``pythonw``, a gui-script, a frozen app) has
    ``sys.stdout``/``sys.stderr`` set to None: print() and logging then go to the null device
    instead of failing."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


# --- network file systems -------------------------------------------------------------------
def network_filesystem(path: Path | str, *, mounts: str | None = None) -> str | None:
    """A short description of the network share ``path`` is on (e.g. ``"cifs"``,
    ``"a UNC path"``, ``"a network drive"``), or None when it is local or cannot be told.

    ``mounts`` is the mount table text (``/proc/mounts`` or macOS ``mount`` output) for tests.
    """
    text = str(path)
    if sys.platform == "win32" or text.startswith(("\\\\", "//")):
        return _windows_network(text)
    if mounts is None:
        mounts = _read_mount_table()
    if not mounts:
        return None
    return _fs_type_of(Path(path), _parse_mounts(mounts))


def _windows_network(text: str) -> str | None:
    if text.startswith(("\\\\", "//")):
        return "a network (UNC) path"
    if sys.platform != "win32":
        return None
    drive = PureWindowsPath(os.path.abspath(text)).drive
    if not drive:
        return None
    import ctypes  # Windows only: imported here so Linux and macOS never touch windll

    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")
    return "a mapped network drive" if kind == _DRIVE_REMOTE else None


def _read_mount_table() -> str:
    if sys.platform.startswith("linux"):
        try:
            return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    if sys.platform == "darwin":
        import subprocess

        try:
            out = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return ""
        return out.stdout
    return ""


def _parse_mounts(text: str) -> list[tuple[str, str]]:
    """``(mount point, fs type)`` from /proc/mounts lines (``dev point type opts 0 0``) or
    macOS ``mount`` lines (``//u@srv/share on /Volumes/share (smbfs, nodev, ...)``)."""
    table = []
    for line in text.splitlines():
        if " on " in line and line.rstrip().endswith(")"):  # macOS / BSD
            _, _, rest = line.partition(" on ")
            point, _, opts = rest.rpartition(" (")
            table.append((point, opts.split(",")[0].strip()))
            continue
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
            table.append((point, parts[2]))
    return table


def _fs_type_of(path: Path, table: list[tuple[str, str]]) -> str | None:
    try:
        resolved = path.resolve()
    except OSError:
        resolved = path.absolute()
    best, best_type = -1, ""
    for point, fs_type in table:
        mount = PurePath(point)
        if (resolved == mount or mount in resolved.parents) and len(mount.parts) > best:
            best, best_type = len(mount.parts), fs_type
    return best_type if best_type in NETWORK_FS_TYPES else None


# --- path length (Windows) ------------------------------------------------------------------
WINDOWS = sys.platform == "win32"
MAX_PATH_CHARS = 259  # Windows' MAX_PATH (260) less the terminating NUL
# The deepest path the app makes inside the data dir: a user model's index folder
# (index/<64-character model name><suffix>/.index-XXXXXXXX.faiss), its temporary build folder
# under models/, a pre-restore copy's -shm file in backups/.
DEEPEST_IN_DATA_DIR = 110


def too_long_for_windows(folder: Path | str, *, deepest: int = DEEPEST_IN_DATA_DIR) -> int | None:
    """On Windows, the length of ``folder`` when files ``deepest`` characters inside it would
    pass MAX_PATH; None when they fit, and on other systems. Long paths are not relied on:
    they need a registry switch, and SQLite, Qt and some installers do not all follow it."""
    if not WINDOWS:
        return None
    length = len(os.path.abspath(folder))
    return length if length + 1 + deepest > MAX_PATH_CHARS else None


# --- names Windows cannot hold --------------------------------------------------------------
# Devices Windows reserves in every folder, also with an extension ("NUL.csv" is NUL).
_DEVICE = re.compile(
    r"^(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])$", re.I
)
_NOT_IN_NAMES = frozenset('<>:"|?*')


def windows_device_name(name: str) -> bool:
    """``name`` (one file or folder name) is a device name on Windows: CON, PRN, AUX, NUL,
    COM0-9, LPT0-9, with or without an extension."""
    return bool(_DEVICE.match(name.split(".", 1)[0].rstrip(" ")))


def unfit_for_windows(path: Path | str) -> str | None:
    """Why Windows could not hold a file at ``path`` (typed by a user; on Windows its drive
    or share is left alone), or None: a name with one of < > : " | ? * or a control
    character, a device name, or a name ending in a dot or a space."""
    p = PureWindowsPath(path) if WINDOWS else PurePath(path)
    for part in p.parts[1:] if p.anchor else p.parts:
        if part in (".", ".."):
            continue
        bad = sorted({c for c in part if c in _NOT_IN_NAMES or ord(c) < 32})
        if bad:
            shown = " ".join(repr(c) for c in bad)
            return f"{part!r} contains {shown}, which Windows does not allow in a file name"
        if windows_device_name(part):
            return f"{part!r} is a device name on Windows (like CON, NUL, COM1), not a file"
        if part.endswith((".", " ")):
            return f"{part!r} ends with a dot or a space, which Windows drops from file names"
    return None


# --- owner-only files -----------------------------------------------------------------------
def restrict_to_owner(path: Path | str, *, directory: bool = False) -> None:
    """Only the current user may read or change ``path`` (a key file or its folder).

    POSIX: mode 0600 (0700 for a folder), left alone when it already is. Windows, where
    ``chmod`` only toggles the read-only flag: the inherited access list is removed and the
    current user alone gets full control (``icacls /inheritance:r /grant:r *SID:F``), so a key
    in ProgramData or on a share is not readable by every user. Administrators can still take
    ownership, as root can on POSIX. Raises OSError when the protection cannot be applied.
    ``paths.make_private`` is the best-effort form for the data dir's files.
    """
    path = Path(path)
    if os.name != "nt":
        mode = 0o700 if directory else 0o600
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
        return
    import subprocess

    cmd = icacls_owner_only(path, current_user_sid(), directory=directory)
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise OSError(f"icacls could not protect {path}: {(proc.stderr or proc.stdout).strip()}")


def icacls_owner_only(path: Path, sid: str, *, directory: bool = False) -> list[str]:
    """The icacls command line giving ``sid`` alone full control of ``path``."""
    grant = f"*{sid}:(OI)(CI)F" if directory else f"*{sid}:F"
    return ["icacls", str(path), "/inheritance:r", "/grant:r", grant]


def current_user_sid() -> str:
    """The Windows security identifier of the user running the app (``whoami /user``)."""
    import csv
    import subprocess

    out = subprocess.run(
        ["whoami", "/user", "/fo", "csv", "/nh"], capture_output=True, text=True, check=True
    ).stdout
    row = next(csv.reader(out.strip().splitlines()))
    sid = row[-1].strip()
    if not sid.startswith("S-1-"):
        raise OSError(f"whoami gave no SID: {out.strip()!r}")
    return sid


def operator_name() -> str:
    """The login name recorded as the actor of operator changes (audit log, corrections) by
    the GUI and the CLI (USERNAME on Windows, the password database elsewhere)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (containers, a service account without one)
        return "operator"
