"""Tests are portable: the app's user dirs are overridden on every OS, and nothing POSIX-only
runs when test modules are imported (so a Windows run collects every test)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import platformdirs

from desktop_app.paths import APP_AUTHOR, APP_NAME, default_config_dir, default_data_dir
from tests.envs import cli_env

REPO = Path(__file__).resolve().parents[2]


def test_the_test_run_never_points_at_the_users_own_folders() -> None:
    temp = Path(tempfile.gettempdir()).resolve()
    for path in (default_config_dir(), default_data_dir()):
        assert temp in path.resolve().parents, path
    real = (
        platformdirs.user_data_dir(APP_NAME, APP_AUTHOR),
        platformdirs.user_config_dir(APP_NAME, APP_AUTHOR),
    )
    assert str(default_data_dir()) not in real and str(default_config_dir()) not in real


def test_face_attendance_home_holds_config_and_data(tmp_path: Path) -> None:
    home = tmp_path / "USB stick"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "db", "upgrade"],
        env=cli_env(home=home),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (home / "data" / "attendance.sqlite3").is_file()


# Every POSIX-only function called by the project's own code (tests/, benchmarks/,
# desktop_app/) while pytest imports every test module and conftest is recorded; third-party
# code (the .venv) may use them on Linux, as it has its own Windows branches.
NO_POSIX = r"""
import json, os, sys
repo = os.getcwd()
calls = []
def guard(name, real):
    def wrapper(*args, **kwargs):
        caller = sys._getframe(1).f_code.co_filename
        if caller.startswith(repo) and ".venv" not in caller:
            calls.append(f"os.{name} from {caller}")
        return real(*args, **kwargs)
    return wrapper
for name in ("fork", "geteuid", "getuid", "getegid", "getgid", "killpg", "getpgid", "setsid",
             "chown", "getpwnam", "sync"):
    if hasattr(os, name):
        setattr(os, name, guard(name, getattr(os, name)))
import pytest
code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", "tests"])
print("POSIX_CALLS", json.dumps(calls))
sys.exit(code)
"""


def test_every_test_module_imports_without_posix_only_calls() -> None:
    env = cli_env(QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", NO_POSIX],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    [line] = [ln for ln in proc.stdout.splitlines() if ln.startswith("POSIX_CALLS")]
    assert line == "POSIX_CALLS []", line
