"""Typed errors a user can cause, each with a message the user can act on.

The CLI prints ``str(error)`` and exits with ``error.exit_code``; the GUI shows the same text
in a dialog. Programmer errors stay ordinary exceptions (and ``assert``).
"""

from __future__ import annotations


class AppError(Exception):
    """Base class: something the user (or the machine) can fix; the message says how."""

    exit_code = 1


# --- configuration and files ------------------------------------------------------------
class ConfigError(AppError):
    """A settings file or value is invalid."""


class DataDirError(AppError):
    """The data directory is missing, not a directory, read-only or full."""


class DiskFullError(DataDirError):
    """No space left where the app writes."""


class DataInUse(AppError):
    """Another app process uses the data folder (a restore must wait for it to close)."""


# --- database ---------------------------------------------------------------------------
class DatabaseError(AppError):
    """The database cannot be used."""


class DatabaseUnavailable(DatabaseError):
    """The database URL cannot be opened (server down, wrong credentials, bad URL)."""


class DatabaseTooNew(DatabaseError):
    """The database was migrated by a newer version of the app."""


class DatabaseCorrupt(DatabaseError):
    """The SQLite file is not a database or fails its integrity check."""


class DatabaseLocked(DatabaseError):
    """Another process holds the database lock for longer than the retry budget."""


class MigrationError(DatabaseError):
    """A schema migration failed; the pre-migration copy is named in the message."""


# --- images, faces, models --------------------------------------------------------------
class ImageError(AppError):
    """An image file cannot be read (missing, not an image, truncated, too large)."""


class NoFaceError(AppError):
    """No face was found where one was expected."""


class MultipleFacesError(AppError):
    """Several faces were found where exactly one was expected."""

    def __init__(self, message: str, count: int = 0) -> None:
        super().__init__(message)
        self.count = count


class QualityError(AppError):
    """A face was found but fails the enrollment quality gate (reasons in ``reasons``)."""

    def __init__(self, message: str, reasons: list[str] | None = None) -> None:
        super().__init__(message)
        self.reasons = list(reasons or [])


class ModelError(AppError):
    """A model cannot be built or loaded (missing weights package, corrupt weights)."""


class CameraUnavailable(AppError):
    """The camera or video source cannot be opened or stopped delivering frames."""


class NotFoundError(AppError):
    """A named person, session or record does not exist."""


class DuplicateError(AppError):
    """The thing being created already exists (same external id, same face)."""


class PermissionDenied(AppError):
    """The action needs the admin PIN or is forbidden by policy (e.g. missing consent)."""


class NotAvailable(AppError):
    """A feature this build does not provide yet."""

    exit_code = 2
