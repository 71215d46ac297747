"""Engine, SQLite pragmas, migrations to head at start, and error translation.

``open_database(settings)`` is the one way in: it checks the data dir, opens the URL,
refuses a database newer than this code, copies an SQLite file before migrating it, and
migrates to head. Errors are typed (``desktop_app.errors``) with messages naming the path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import random
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from desktop_app import i18n
from desktop_app.config import Settings
from desktop_app.errors import (
    AppError,
    DatabaseCorrupt,
    DatabaseError,
    DatabaseLocked,
    DatabaseTooNew,
    DatabaseUnavailable,
    DataDirError,
    DiskFullError,
    MigrationError,
)
from desktop_app.fileio import remove_retrying
from desktop_app.paths import ensure_writable_dir, make_private

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 5000

# How long ``Database.run`` keeps retrying a locked database, per thread. None (the default):
# all its attempts, so a kiosk mark or a background job outlasts another program's long
# write. The GUI thread sets a short budget (``wait_on_this_thread``): an operator who
# clicked hears "locked by another program" after one busy timeout instead of a window that
# hangs for most of a minute.
_waits = threading.local()


def wait_on_this_thread(seconds: float | None) -> None:
    """Give up on a locked database after about ``seconds`` on the calling thread (None: use
    every attempt). Each attempt itself waits up to the busy timeout."""
    _waits.budget = seconds


@contextlib.contextmanager
def waiting_on_this_thread(seconds: float | None) -> Iterator[None]:
    """``wait_on_this_thread(seconds)`` for a block; the thread's budget before it comes
    back after."""
    before: float | None = getattr(_waits, "budget", None)
    _waits.budget = seconds
    try:
        yield
    finally:
        _waits.budget = before


def migrations_dir() -> Path:
    """The Alembic script folder: ``alembic/`` in a checkout, ``desktop_app/_alembic`` installed."""
    import importlib.util

    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "alembic"]
    # desktop_app._alembic has no __init__.py (a namespace package): its folders come from the
    # import spec (str(resources.files(...)) would be a MultiplexedPath's repr, not a path)
    with contextlib.suppress(ModuleNotFoundError, ValueError):
        spec = importlib.util.find_spec("desktop_app._alembic")
        if spec is not None and spec.submodule_search_locations:
            candidates += [Path(p) for p in spec.submodule_search_locations]
    candidates.append(here.parents[1] / "_alembic")  # a frozen app: <bundle>/desktop_app/_alembic
    for folder in candidates:
        if (folder / "env.py").is_file():
            return folder
    return candidates[-1]


def alembic_config(engine: Engine | None = None, url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def parse_url(url: str) -> Any:
    try:
        return make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: a non-numeric port
        raise DatabaseUnavailable(
            f"The database URL {url!r} is not valid. Expected e.g. "
            "sqlite:////path/attendance.sqlite3 or postgresql+psycopg://user@host/db."
        ) from exc


def _sqlite_path(url: str) -> Path | None:
    u = parse_url(url)
    if u.get_backend_name() != "sqlite":
        return None
    if not u.database or u.database == ":memory:" or u.database.startswith("file:"):
        return None
    return Path(u.database)


def create_app_engine(url: str) -> Engine:
    u = parse_url(url)
    backend = u.get_backend_name()
    kwargs: dict[str, Any] = {"future": True}
    if backend == "sqlite":
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        if u.database in (None, "", ":memory:"):
            from sqlalchemy.pool import StaticPool

            kwargs["poolclass"] = StaticPool
            kwargs["connect_args"]["check_same_thread"] = False
        else:
            kwargs["poolclass"] = NullPool
            kwargs["connect_args"]["check_same_thread"] = False
    elif backend == "postgresql":
        if u.drivername == "postgresql":
            u = u.set(drivername="postgresql+psycopg")
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"connect_timeout": 5}
    try:
        engine = create_engine(u, **kwargs)
    except Exception as exc:  # missing driver, bad options
        raise DatabaseUnavailable(
            f"Cannot open the database {u.render_as_string()}: {exc}"
        ) from exc
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        try:
            cur.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            log.warning("could not switch SQLite to WAL mode (read-only location?)")
        cur.execute("PRAGMA synchronous=NORMAL")
    finally:
        cur.close()


def describe(url: str) -> str:
    """The URL for messages, with any password hidden; SQLite as its file path."""
    path = _sqlite_path(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


def translate(exc: BaseException, url: str) -> AppError:
    """Map a DBAPI error to a typed, actionable error."""
    where = describe(url)
    msg = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in msg or "database table is locked" in msg:
        return DatabaseLocked(
            i18n.translate(
                "Database",
                "The database {database} is locked by another program for too long. "
                "Close other copies of the app or wait and try again. Nothing was lost.",
            ).format(database=where)
        )
    if "file is not a database" in msg or "malformed" in msg or "disk image" in msg:
        return DatabaseCorrupt(
            f"The database file {where} is damaged or not a database. It was left untouched. "
            "Restore it from a backup (face-attendance restore FILE) or move it aside to start "
            "a new one; copies taken before each migration are in the data dir's backups/ folder."
        )
    if "readonly" in msg or "read-only" in msg or "attempt to write a readonly" in msg:
        return DatabaseError(
            f"The database {where} is read-only. Give this user write access to the file and "
            "its folder, or choose another data dir with --data-dir."
        )
    if "disk is full" in msg or "no space" in msg or ("disk i/o error" in msg and _disk_full(url)):
        # SQLite reports a write that hits ENOSPC in the WAL or its index as "disk I/O error"
        return DiskFullError(f"The disk holding the database {where} is full. Free some space.")
    if "unable to open database file" in msg:
        return DatabaseUnavailable(
            f"Cannot open the database file {where}: the folder is missing or not writable."
        )
    return DatabaseUnavailable(f"Cannot use the database {where}: {getattr(exc, 'orig', exc)}")


def _disk_full(url: str) -> bool:
    """True when the filesystem of an SQLite database has (almost) no space left."""
    try:
        path = _sqlite_path(url)
    except AppError:
        return False
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


class Database:
    """An engine and its session factory. The database is the source of truth."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or create_app_engine(url)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        # The audit chain's HMAC key (derived from the data key; None: no key loaded) and
        # what to do with the newest entry after a commit (the anchor kept with the key).
        self.audit_key: bytes | None = None
        self.on_audit_commit: Callable[[int, str], None] | None = None
        self.audit_anchor: Callable[[], tuple[int, str] | None] | None = None

    # ---- sessions ------------------------------------------------------------------------
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: commits at the end, rolls back on error, translates DB errors."""
        s = self.sessionmaker()
        s.info["audit_key"] = self.audit_key
        try:
            yield s
            s.commit()
            head = s.info.get("audit_head")
            if head is not None and self.on_audit_commit is not None:
                self.on_audit_commit(*head)
        except DBAPIError as exc:
            s.rollback()
            raise translate(exc, self.url) from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def run(self, fn: Callable[[Session], T], *, attempts: int = 8) -> T:
        """Run ``fn`` in a transaction, retrying with backoff while the database is busy (on
        this thread for at most ``wait_on_this_thread``'s budget, if one is set)."""
        delay = 0.05
        budget: float | None = getattr(_waits, "budget", None)
        deadline = None if budget is None else time.monotonic() + budget
        for attempt in range(1, attempts + 1):
            try:
                with self.session() as s:
                    return fn(s)
            except DatabaseLocked:
                if attempt == attempts or (deadline is not None and time.monotonic() >= deadline):
                    raise
            except DatabaseUnavailable as exc:
                text_ = str(exc).lower()
                transient = "deadlock" in text_ or "could not serialize" in text_
                if not transient or attempt == attempts:
                    raise
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 2.0)
        raise AssertionError("unreachable")

    # ---- migrations ----------------------------------------------------------------------
    def current_revision(self) -> str | None:
        try:
            with self.engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision()
        except DBAPIError as exc:
            raise translate(exc, self.url) from exc

    def head_revision(self) -> str | None:
        return ScriptDirectory.from_config(alembic_config()).get_current_head()

    def check_not_newer(self) -> None:
        current = self.current_revision()
        if current is None:
            return
        script = ScriptDirectory.from_config(alembic_config())
        try:
            script.get_revision(current)
        except Exception as exc:
            raise DatabaseTooNew(
                f"The database {describe(self.url)} is at schema revision {current}, which this "
                "version of face-attendance does not know: it was written by a newer version. "
                "Install that version (or newer) to use it. The database was not changed."
            ) from exc

    def _has_tables(self) -> bool:
        from sqlalchemy import inspect

        try:
            with self.engine.connect() as conn:
                return bool(inspect(conn).get_table_names())
        except DBAPIError as exc:
            raise translate(exc, self.url) from exc

    def needs_upgrade(self) -> bool:
        return self.current_revision() != self.head_revision()

    def upgrade(self, revision: str = "head", backup: bool = True) -> Path | None:
        """Migrate; an existing SQLite file is copied first. Returns the copy's path."""
        self.check_not_newer()
        copy: Path | None = None
        if backup and self.is_sqlite and self._has_tables() and self.needs_upgrade():
            copy = self.backup_sqlite(reason="pre-migration")
        try:
            with self.engine.begin() as conn:
                if not self._lock_for_migration(conn, revision):
                    return copy  # another device migrated it meanwhile
                cfg = alembic_config(url=self.url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        except DBAPIError as exc:
            raise translate(exc, self.url) from exc
        except Exception as exc:
            where = f" The copy taken before it is {copy}." if copy else ""
            raise MigrationError(f"Migrating {describe(self.url)} failed: {exc}.{where}") from exc
        return copy

    def _lock_for_migration(self, conn: Any, revision: str) -> bool:
        """One migrator at a time (devices starting together on a fresh shared database:
        pysqlite runs DDL outside a transaction, so two migrations interleave and one fails
        with "table ... already exists"). SQLite takes the write lock now, PostgreSQL a
        transaction-scoped advisory lock; then the revision is read again. False when
        another device already migrated to ``revision``."""
        if self.is_sqlite:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif self.engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(84120001)"))
        else:
            return True
        current = MigrationContext.configure(conn).get_current_revision()
        return not (revision == "head" and current == self.head_revision())

    def downgrade(self, revision: str) -> Path | None:
        copy = self.backup_sqlite(reason="pre-downgrade") if self.is_sqlite else None
        try:
            with self.engine.begin() as conn:
                cfg = alembic_config(url=self.url)
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, revision)
        except DBAPIError as exc:
            raise translate(exc, self.url) from exc
        except CommandError as exc:  # an unknown or newer revision: nothing was changed
            raise MigrationError(
                f"Cannot downgrade {describe(self.url)} to {revision!r}: {exc}. Use a revision "
                "from `face-attendance db current`, -1 or base."
            ) from exc
        return copy

    def drift(self) -> list[Any]:
        """Differences between the ORM and the migrated database (empty = no drift)."""
        from alembic.autogenerate import compare_metadata

        from desktop_app.storage.schema import Base

        with self.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"compare_type": True, "render_as_batch": True}
            )
            return list(compare_metadata(ctx, Base.metadata))

    def integrity_check(self) -> str:
        if not self.is_sqlite:
            return "ok"
        try:
            with self.engine.connect() as conn:
                return str(conn.execute(text("PRAGMA integrity_check")).scalar())
        except DBAPIError as exc:
            raise translate(exc, self.url) from exc

    def backup_sqlite(self, reason: str = "backup", dest_dir: Path | None = None) -> Path | None:
        """Consistent copy of the SQLite file via the sqlite3 backup API (WAL-safe)."""
        path = _sqlite_path(self.url)
        if path is None or not path.exists():
            return None
        dest_dir = dest_dir or path.parent / "backups"
        ensure_writable_dir(dest_dir, what="backup folder")
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        dest = dest_dir / f"{path.stem}-{reason}-{stamp}{path.suffix}"
        n = 1
        while dest.exists():
            dest = dest_dir / f"{path.stem}-{reason}-{stamp}-{n}{path.suffix}"
            n += 1
        _create_private(dest)  # 0600 from the first byte
        # sqlite3's backup retries a locked source forever: give up after the busy timeout
        deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000

        def give_up_when_locked(status: int, _remaining: int, _total: int) -> None:
            locked = status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            if locked and time.monotonic() > deadline:
                raise sqlite3.OperationalError("database is locked")

        try:
            src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                dst = sqlite3.connect(dest)
                try:
                    with dst:
                        src.backup(dst, progress=give_up_when_locked)
                finally:
                    dst.close()  # before the unlink below: Windows cannot delete an open file
            finally:
                src.close()
        except sqlite3.DatabaseError as exc:
            remove_retrying(dest)
            raise translate(exc, self.url) from exc
        except OSError:
            remove_retrying(dest)
            shutil.copy2(path, dest)
            os.utime(dest)  # its age starts now, not at the database's last write
        make_private(dest)
        return dest

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite before any write can touch it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise DatabaseCorrupt(f"The database path {path} is a folder, not a file.")
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseCorrupt(
            f"The file {path} is not an SQLite database (damaged, or another kind of file). "
            "It was left untouched. Restore it from a backup or move it aside to start fresh."
        )


def _check_not_on_a_share(path: Path) -> None:
    """Refuse an SQLite file on a network share: its locks and WAL do not work across
    machines, so two PCs writing it corrupt it (and even one PC is not safe there)."""
    from desktop_app.portable import network_filesystem

    share = network_filesystem(path.parent)
    if share is not None:
        raise DataDirError(
            f"The database {path} would be on a network share ({share}). SQLite cannot be "
            "shared safely over a network. For several PCs use PostgreSQL "
            "(--database-url postgresql+psycopg://user@server/attendance, or database_url in "
            "the settings file); for one PC choose a local folder with --data-dir. "
            "Nothing was changed."
        )


def _create_private(path: Path) -> None:
    """The database file (names, marks, the PIN hash) readable by this user only on POSIX:
    a new one is created 0600 before SQLite opens it (its -wal and -shm files take the
    same mode), an existing one is tightened."""
    if os.name != "posix":
        return
    if not path.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists():
            make_private(p)


def open_database(settings: Settings, *, migrate: bool = True) -> Database:
    """Open (and by default migrate to head) the database the settings point at."""
    url = settings.resolved_database_url
    if settings.database_url is None:
        settings.paths.ensure()
    path = _sqlite_path(url)
    if path is not None:
        if not path.parent.exists():
            raise DataDirError(
                f"The folder {path.parent} of the database does not exist. Create it or pass "
                "another --database-url."
            )
        _check_not_on_a_share(path)
        _check_sqlite_file(path)
        _create_private(path)
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        db.dispose()
        raise translate(exc, url) from exc
    except OperationalError as exc:  # pragma: no cover - covered by DBAPIError
        db.dispose()
        raise translate(exc, url) from exc
    if migrate:
        db.check_not_newer()
        if db.needs_upgrade():
            copy = db.upgrade()
            if copy:
                log.info("migrated %s; copy before migration at %s", describe(url), copy)
    _load_audit_key(db, settings)
    if path is not None:
        try:
            prune_backup_copies(
                path.parent / "backups",
                keep=settings.privacy.backup_copies_keep,
                max_days=settings.privacy.backup_copies_days,
            )
        except OSError as exc:  # e.g. a copy open in another program on Windows: next time
            log.warning("an old database copy could not be deleted yet: %s", exc)
    return db


def _load_audit_key(db: Database, settings: Settings) -> None:
    """A database whose data key is recorded signs its audit chain with a key derived from
    it: load it now (never create one) so every writer keeps the chain keyed."""
    from desktop_app.security.keys import attach_audit_key

    try:
        attach_audit_key(db, settings)
    except AppError as exc:  # the key is missing or damaged: the app says so where it needs it
        log.warning("audit chain key not loaded: %s", exc)


def backup_copies(folder: Path) -> list[Path]:
    """The database copies in ``backups/`` (pre-migration, pre-restore ...), oldest first."""
    if not folder.is_dir():
        return []
    made: dict[Path, float] = {}
    for p in folder.iterdir():
        if p.suffix in (".sqlite3", ".db"):
            with contextlib.suppress(FileNotFoundError):  # another process pruned it just now
                if p.is_file():
                    made[p] = p.stat().st_mtime
    return sorted(made, key=made.__getitem__)


PRE_RESTORE_MARK = "-pre-restore"  # in the name of every copy a restore takes (and its undo)
PRE_RESTORE_DAYS_UNSET = 30  # how long such a copy is kept when backup_copies_days is 0 (off)


def is_pre_restore_copy(path: Path) -> bool:
    return PRE_RESTORE_MARK in path.name


def copy_ages_out(path: Path, max_days: int | None) -> dt.datetime | None:
    """When pruning deletes the database copy ``path`` by age: ``max_days``
    (``privacy.backup_copies_days``) after it was made, or 30 days for a copy taken before a
    restore when that setting is off (0 or None). None: only newer copies push it out (by
    count). The one rule for pruning and for the date the erasure receipt gives."""
    days = max_days or None
    if days is None and is_pre_restore_copy(path):
        days = PRE_RESTORE_DAYS_UNSET
    if days is None:
        return None
    try:
        made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except FileNotFoundError:  # pruned by another process (a kiosk beside the window) just now
        return None
    return made + dt.timedelta(days=days)


def prune_backup_copies(
    folder: Path, *, keep: int, max_days: int | None, now: dt.datetime | None = None
) -> list[Path]:
    """Delete the copies in ``folder`` beyond the newest ``keep`` and those whose age is up
    (``copy_ages_out``; settings ``privacy.backup_copies_keep``/``_days``): they hold people
    who were erased since. Copies taken before a restore are not counted and go by age alone:
    a row of restores must never delete the one copy of the data from before the first of
    them. Returns the deleted paths; a copy that cannot be deleted (open in another program)
    does not keep the others: the first such error is raised after them."""
    now = now or dt.datetime.now(dt.UTC)
    copies = backup_copies(folder)
    counted = [p for p in copies if not is_pre_restore_copy(p)]
    doomed = counted[: max(0, len(counted) - keep)]
    for path in copies:
        due = copy_ages_out(path, max_days)
        if path not in doomed and due is not None and due <= now:
            doomed.append(path)
    refused: list[OSError] = []
    for path in doomed:
        # a copy open in another program (Windows refuses to delete it) stays for next
        # time; the others still go
        try:
            for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                remove_retrying(extra)  # a scanner holding it a moment is waited for
        except OSError as exc:
            refused.append(exc)
    pruned = len(doomed) - len(refused)
    if pruned:
        log.info("pruned %d old database copies from %s", pruned, folder)
    if refused:
        raise refused[0]
    return doomed
