"""Where the app keeps its files: user config dir and user data dir (platformdirs)."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop_app.errors import DataDirError, DiskFullError
from desktop_app.portable import (
    DEEPEST_IN_DATA_DIR,
    MAX_PATH_CHARS,
    restrict_to_owner,
    too_long_for_windows,
)

APP_NAME = "face-attendance"
APP_AUTHOR = "face-attendance"


@functools.cache
def resources_dir() -> Path:
    """``resources/`` (installed as ``desktop_app._resources``; the source tree otherwise)."""
    from importlib import resources

    try:
        installed = Path(str(resources.files("desktop_app._resources")))
        if (installed / "icons").is_dir():
            return installed
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def shipped_models_dir() -> Path | None:
    """ONNX models built at packaging time and shipped with a frozen app (PyInstaller puts
    them in ``<app>/_internal/prebuilt-models``); None when running from a Python install."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle is None:
        return None
    folder = Path(bundle) / "prebuilt-models"
    return folder if folder.is_dir() else None


# One folder for config/ and data/ instead of the OS's per-user folders (Windows %APPDATA%,
# macOS ~/Library/Application Support, Linux XDG): a portable install on a USB stick, or a
# test run that must never touch the user's own folders. Windows and macOS ignore the XDG
# variables, so this is the one override that works everywhere.
HOME_ENV = "FACE_ATTENDANCE_HOME"


def _home_override() -> Path | None:
    home = os.environ.get(HOME_ENV)
    return Path(home).expanduser() if home else None


def default_config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_data_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_cache_dir() -> Path:
    """Files the app can always make again (compiled translations): safe to delete."""
    home = _home_override()
    if home is not None:
        return home / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def default_config_file() -> Path:
    return default_config_dir() / "settings.toml"


@dataclass(frozen=True)
class DataPaths:
    """Every file the app writes lives under one data dir; these are its parts."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "attendance.sqlite3"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def ensure(self) -> DataPaths:
        """Create the data dir and check we can write there; raise a clear error if not.

        On POSIX the data dir and its folders are made private (0700): the database, its
        copies and the log hold names, marks and the PIN hash. On Windows a folder so deep
        that files in it would pass the 260-character path limit is refused, before anything
        is made there."""
        length = too_long_for_windows(self.root)
        if length is not None:
            raise DataDirError(
                f"The data directory {self.root} is {length} characters long: Windows cannot "
                f"open files whose path is longer than {MAX_PATH_CHARS} characters, and this app "
                f"keeps files up to {DEEPEST_IN_DATA_DIR} characters deeper in it. Choose a "
                "shorter folder (for example C:\\FaceAttendance) with --data-dir or data_dir in "
                "the settings file. Nothing was changed."
            )
        ensure_writable_dir(self.root, what="data directory")
        make_private(self.root, folder=True)
        for sub in (self.models, self.index, self.logs, self.backups):
            sub.mkdir(exist_ok=True, mode=0o700)
            make_private(sub, folder=True)
        return self


def make_private(path: Path, *, folder: bool = False) -> None:
    """Best effort for the data dir and its files (the database, its copies, logs, backups):
    on POSIX owner-only as ``portable.restrict_to_owner`` makes it, when we own ``path``; a
    failure is ignored. Windows: nothing here (unlike the key files, which get an owner-only
    access list): the data dir sits in the user's profile, which other standard users cannot
    read."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if path.stat().st_uid == os.getuid():
            restrict_to_owner(path, directory=folder)


def ensure_writable_dir(path: Path, what: str = "directory") -> Path:
    """Create ``path`` if needed and prove it is writable by writing and removing a probe."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise DataDirError(f"The {what} {path} exists but is not a directory.") from exc
    except OSError as exc:
        raise _dir_error(path, what, exc) from exc
    if not path.is_dir():
        raise DataDirError(f"The {what} {path} exists but is not a directory.")
    probe = path / f".write-probe-{os.getpid()}"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"ok")
    except OSError as exc:
        raise _dir_error(path, what, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return path


def _dir_error(path: Path, what: str, exc: OSError) -> DataDirError:
    if exc.errno == errno.ENOSPC:
        return DiskFullError(
            f"The disk holding the {what} {path} is full. Free some space and try again; "
            "nothing was changed."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DataDirError(
            f"The {what} {path} is not writable ({exc.strerror}). Give this user write access, "
            "or choose another folder with --data-dir. Nothing was changed."
        )
    return DataDirError(f"Cannot use the {what} {path}: {exc.strerror or exc}.")
