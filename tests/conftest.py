"""Shared fixtures.

- ``shared_data``: the real faces/videos in ``../shared/data`` (press photos, test-only). Every
  test that needs real faces goes through it; it skips cleanly on a fresh clone without
  ``../shared``. Set ``FACE_ATTENDANCE_SHARED_DATA`` to point elsewhere.
- ``settings`` / ``data_dir``: fresh settings in a temp data dir; no test touches the user's
  config or data (the environment's FACE_ATTENDANCE_* variables are ignored).
- ``models_dir``: one model build per test run, shared by every test that needs the real models.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.config import Settings, load_settings
from desktop_app.paths import HOME_ENV

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No test may touch the user's own config, data, keys or keyring: the app's user dirs point
# into a throwaway folder for the whole run (subprocesses inherit it) on every OS through
# FACE_ATTENDANCE_HOME (Windows and macOS ignore XDG; the XDG variables still cover other
# libraries on Linux), and the keyring library gets its "fail" backend (tests of the keyring
# path install their own backend). Subprocess environments: tests/envs.py.
_HOME = Path(tempfile.mkdtemp(prefix="face-attendance-tests-"))
os.environ[HOME_ENV] = str(_HOME / "app")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
atexit.register(shutil.rmtree, _HOME, True)


def _shared_root() -> Path:
    env = os.environ.get("FACE_ATTENDANCE_SHARED_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` (faces/, video/, reference/); skips when it is not there."""
    root = _shared_root()
    if not (root / "faces" / "MANIFEST.csv").exists():
        pytest.skip(f"real test data not found at {root} (needs ../shared beside the repo)")
    return root


@pytest.fixture(scope="session")
def faces_hard(shared_data: Path) -> Path:
    """``../shared/data/faces_hard`` (200 LFW people, 300 strangers); skips when absent."""
    d = shared_data / "faces_hard"
    if not (d / "MANIFEST.csv").exists():
        pytest.skip(f"faces_hard not found at {d}")
    return d


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def settings(data_dir: Path, tmp_path: Path) -> Settings:
    """Fresh default settings in a temp data dir (no user config file, no env overrides)."""
    return load_settings(
        config_file=_empty_config(tmp_path),
        environ={},
        data_dir=data_dir,
        # the data key goes to a temp file, never the user's keyring or ~/.config
        privacy={"key_store": "file", "key_dir": tmp_path / "keys"},
    )


def _empty_config(tmp_path: Path) -> Path:
    cfg = tmp_path / "settings.toml"
    cfg.touch()
    return cfg


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A models folder built once per run (the real MTCNN and dlib ResNet, converted to ONNX)."""
    from desktop_app.modelzoo.registry import ModelZoo

    d = tmp_path_factory.mktemp("models")
    zoo = ModelZoo(d)
    for name in zoo.names():
        zoo.ensure(name)
    return d


@pytest.fixture
def db(settings: Settings) -> Iterator[object]:
    from desktop_app.storage.db import open_database

    database = open_database(settings)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A PostgreSQL server for this test run; skips with the reason when none can be had."""
    url = os.environ.get("FACE_ATTENDANCE_TEST_PG_URL")
    if url:
        yield url
        return
    from tests.pg_server import PgServer, PgUnavailable

    try:
        server = PgServer().start()
    except PgUnavailable as exc:
        pytest.skip(f"no PostgreSQL server for the tests: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: object) -> str:
    """A fresh, empty PostgreSQL database URL."""
    if isinstance(pg_server, str):
        return pg_server
    return pg_server.create_database()  # type: ignore[attr-defined]


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[object]:
    """``tmpfs(size="1m", read_only=False) -> Path``: a real small filesystem (disk-full and
    read-only tests); remounted read-only with ``make_read_only(path)``. Skips where mounting
    is not allowed (not root, or no mount privilege)."""
    import subprocess
    import sys

    mounted: list[Path] = []

    def make(size: str = "1m", read_only: bool = False) -> Path:
        if not sys.platform.startswith("linux") or shutil.which("mount") is None:
            pytest.skip(f"tmpfs is a Linux file system ({sys.platform} has no such mount)")
        point = tmp_path / f"fs{len(mounted)}"
        point.mkdir()
        res = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(point)],
            capture_output=True,
            text=True,
            check=False,
        )
        if res.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({res.stderr.strip() or 'no privilege'})")
        mounted.append(point)
        if read_only:
            make_read_only(point)
        return point

    def make_read_only(point: Path) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)

    make.make_read_only = make_read_only  # type: ignore[attr-defined]
    yield make
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


@pytest.fixture
def non_ascii_dir(tmp_path: Path) -> Path:
    """A temp folder named like a Windows user or a class folder no ANSI code page can spell."""
    d = tmp_path / "Zoë Марія 写真"
    d.mkdir()
    return d


@pytest.fixture
def narrow_path_apis(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the narrow-path file APIs behave as on Windows for non-ASCII paths.

    On Windows ``cv2.imread``/``cv2.imwrite`` and FAISS's ``read_index``/``write_index``
    open files through the ANSI code page: ``C:\\Users\\Zoë\\...`` gives ``None``/``False``
    or a RuntimeError (opencv issue 4292, faiss issue 3073). Linux opens such paths fine, so
    this fixture makes them fail here the same way: code that still uses them fails its test.
    """
    import cv2
    import faiss

    def narrow(path: object) -> bool:
        return not str(path).isascii()

    real_imread, real_imwrite = cv2.imread, cv2.imwrite  # noqa: TID251
    real_read, real_write = faiss.read_index, faiss.write_index  # noqa: TID251

    def imread(path: str, *args: object, **kwargs: object) -> object:
        return None if narrow(path) else real_imread(path, *args, **kwargs)

    def imwrite(path: str, *args: object, **kwargs: object) -> object:
        return False if narrow(path) else real_imwrite(path, *args, **kwargs)

    def read_index(path: str, *args: object) -> object:
        if narrow(path):
            raise RuntimeError(f"Error: could not open {path} for reading")
        return real_read(path, *args)

    def write_index(index: object, path: str, *args: object) -> object:
        if narrow(path):
            raise RuntimeError(f"Error: could not open {path} for writing")
        return real_write(index, path, *args)

    monkeypatch.setattr(cv2, "imread", imread)
    monkeypatch.setattr(cv2, "imwrite", imwrite)
    monkeypatch.setattr(faiss, "read_index", read_index)
    monkeypatch.setattr(faiss, "write_index", write_index)


@pytest.fixture
def open_elsewhere(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Windows' rule for files open in another program (Excel, a viewer, SQLite, a scanner):
    ``open_elsewhere.hold(path)``, then renaming, replacing or deleting it fails with
    WinError 32 as on Windows (``tests/winfs.py``). Retry delays are cut to nothing."""
    from desktop_app import fileio
    from tests.winfs import OpenElsewhere

    monkeypatch.setattr(fileio, "RENAME_DELAYS", (0.0, 0.0))
    return OpenElsewhere(monkeypatch)


WINDOWS_FILES_ENV = "FACE_ATTENDANCE_WINDOWS_FILES"


@pytest.fixture(autouse=True)
def windows_file_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """With ``FACE_ATTENDANCE_WINDOWS_FILES=1`` every test runs under Windows' rule for open
    files (``tests/winfs.py``, this process's own handles included): a file any handle has
    open cannot be deleted, renamed or replaced. For audits: ``FACE_ATTENDANCE_WINDOWS_FILES=1
    pytest tests/security``; a test that fails only so is a Windows defect. With
    ``=scanner`` the first delete or rename of every file fails too, as a virus scanner
    holding a just-written file makes it fail."""
    mode = os.environ.get(WINDOWS_FILES_ENV, "")
    if mode not in ("1", "scanner"):
        yield
        return
    from tests.winfs import OpenElsewhere

    rules = OpenElsewhere(monkeypatch)
    rules.own_handles()
    if mode == "scanner":  # ... and a scanner holds each file at its first delete or rename
        rules.scanner()
    yield


@pytest.fixture
def shipped_fonts_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """PDF reports with the fonts shipped in resources/fonts only, as on a machine with no
    fonts of its own: the system's fonts are never looked up."""
    from desktop_app.attendance.reports import pdf_text

    monkeypatch.setattr(pdf_text, "system_font_for", lambda ch: None)
    pdf_text.reset()
    yield
    pdf_text.reset()


# A second process that announces itself on a data folder the way the app does
# (storage.in_use), holds it until its stdin closes, and says once it holds it.
_HOLD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from desktop_app.storage import in_use\n"
    "p = in_use.announce(Path(sys.argv[1]), sys.argv[2])\n"
    "print('held' if p else 'not held', flush=True)\n"
    "sys.stdin.readline()\n"
)


@contextlib.contextmanager
def _other_processes(code: str, says: str, **popen: Any) -> Iterator[Any]:
    """``start(*args) -> Popen``: real other processes running ``code`` with ``args``, each
    waited for until it prints ``says``; killed at the end unless they ended already."""
    import subprocess
    import sys

    procs: list[subprocess.Popen[str]] = []

    def start(*args: object) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", code, *map(str, args)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            **popen,
        )
        procs.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == says
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


@pytest.fixture
def data_holder() -> Iterator[object]:
    """``data_holder(data_dir, role) -> Popen``: a real other process using the data folder
    as ``role`` ("kiosk", "gui", "enroll", "restore"); it ends when its stdin is closed
    (``proc.communicate("\\n")``) or it is killed, else at the end of the test."""
    from tests.envs import cli_env

    with _other_processes(_HOLD, "held", cwd=REPO, env=cli_env()) as start:
        yield start


# Another program that keeps an SQLite database locked (exclusive locking mode, as a
# database tool or a stuck writer would) until its stdin closes; says once it holds it.
_LOCK = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
    "conn.execute('BEGIN EXCLUSIVE')\n"
    "conn.execute('SELECT count(*) FROM sqlite_master').fetchone()\n"
    "print('locked', flush=True)\n"
    "sys.stdin.readline()\n"
)


@pytest.fixture
def sqlite_locker() -> Iterator[object]:
    """``sqlite_locker(db_file) -> Popen``: a real other process holding ``db_file`` locked
    for writing; it lets go when its stdin is closed (``proc.communicate("\\n")``), else at
    the end of the test."""
    with _other_processes(_LOCK, "locked") as start:
        yield start
