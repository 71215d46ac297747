"""The console entry point as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import COMMANDS, main
from tests.envs import cli_env

Capture = pytest.CaptureFixture[str]

REQUIRED = [
    "gui",
    "kiosk",
    "enroll",
    "recognize",
    "people",
    "report",
    "models",
    "db",
    "eval",
    "bench",
]


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = cli_env(home=(cwd or Path.cwd()) / "home")
    env["HOME"] = str(cwd or Path.cwd())
    env["XDG_CONFIG_HOME"] = str((cwd or Path.cwd()) / "cfg")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def test_help_lists_every_subcommand(tmp_path: Path) -> None:
    res = run_cli("--help", cwd=tmp_path)
    assert res.returncode == 0
    for name in REQUIRED:
        assert f"    {name} " in res.stdout or f"    {name}\n" in res.stdout, name
    assert {n for n, _ in COMMANDS} >= set(REQUIRED)


def test_db_upgrade_then_check_on_empty_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    res = run_cli("db", "check", "--json", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 1 and json.loads(res.stdout)["current"] is None
    res = run_cli("--data-dir", str(data), "db", "upgrade", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert (data / "attendance.sqlite3").exists()
    res = run_cli("db", "check", "--json", "--data-dir", str(data), cwd=tmp_path)
    out = json.loads(res.stdout)
    assert (
        res.returncode == 0 and out["ok"] and out["drift"] == [] and out["current"] == out["head"]
    )


def test_unopenable_database_url_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--data-dir",
            str(tmp_path / "d"),
            "--database-url",
            "postgresql+psycopg://nobody@127.0.0.1:1/none",
            "db",
            "current",
        ]
    )
    err = capsys.readouterr().err
    assert code != 0
    assert err.startswith("error: ") and "127.0.0.1" in err
    assert "Traceback" not in err


def test_bad_url_syntax(tmp_path: Path, capsys: Capture) -> None:
    code = main(["--data-dir", str(tmp_path / "d"), "--database-url", "not a url", "db", "current"])
    assert code != 0
    assert "not valid" in capsys.readouterr().err


def test_corrupt_database_is_reported_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "attendance.sqlite3").write_bytes(b"garbage" * 50)
    code = main(["--data-dir", str(data), "db", "upgrade"])
    err = capsys.readouterr().err
    assert code != 0 and "not an SQLite database" in err and str(data) in err
    assert (data / "attendance.sqlite3").read_bytes() == b"garbage" * 50
