"""Windows and macOS conditions imitated on Linux: a cp1252 console, network shares, antivirus
locks on a rename, the GUI's import order."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import portable
from desktop_app.cli import main
from desktop_app.errors import DataDirError, ModelError
from desktop_app.fileio import replace_retrying
from tests.envs import cli_env

NAME = "Марія Ковальчук"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in cli_env().items() if not k.startswith("PYTHONIO")}
    env.update(extra)
    return env


def _cli(tmp_path: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    config = tmp_path / "settings.toml"
    if not config.exists():
        keys = (tmp_path / "keys").as_posix()
        config.write_text(f'[privacy]\nkey_store = "file"\nkey_dir = "{keys}"\n')
    cmd = [sys.executable, "-m", "desktop_app", "--config", str(config)]
    cmd += ["--data-dir", str(tmp_path / "data"), *args]
    return subprocess.run(cmd, capture_output=True, env=env, timeout=300, check=False)


@pytest.fixture
def roster_with_cyrillic(tmp_path: Path) -> Path:
    roster = tmp_path / "roster.csv"
    roster.write_text(f"name,group\n{NAME},7B\n", encoding="utf-8")
    proc = _cli(tmp_path, "people", "import", str(roster), "--consent", env=_env(tmp_path))
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    return roster


def test_people_list_to_a_cp1252_pipe_does_not_raise(
    tmp_path: Path, roster_with_cyrillic: Path
) -> None:
    """`people list > f.txt` on Windows writes cp1252; "Марія" must not crash the command."""
    proc = _cli(tmp_path, "people", "list", env=_env(tmp_path, PYTHONIOENCODING="cp1252"))
    assert proc.returncode == 0, proc.stderr.decode("cp1252", errors="replace")
    assert b"UnicodeEncodeError" not in proc.stderr
    assert b"7B" in proc.stdout  # the row is there, the name as '?' in an encoding without it


def test_people_list_writes_utf8_where_the_console_encoding_is_cp1252(
    tmp_path: Path, roster_with_cyrillic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Windows default (no PYTHONIOENCODING): the redirected stdout becomes UTF-8."""
    raw = io.BytesIO()
    fake = io.TextIOWrapper(raw, encoding="cp1252", newline="\n")
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    monkeypatch.setattr(sys, "stdout", fake)
    where = ["--config", str(tmp_path / "settings.toml"), "--data-dir", str(tmp_path / "data")]
    code = main([*where, "people", "list"])
    fake.flush()
    assert code == 0
    assert NAME in raw.getvalue().decode("utf-8")


def test_configure_console_leaves_utf8_and_non_text_streams_alone() -> None:
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    other = io.StringIO()
    portable.configure_console([utf8, other, None])
    assert (utf8.encoding, utf8.errors) == ("utf-8", "strict")


# --- network shares ---------------------------------------------------------------------------
PROC_MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//fileserver/attendance {share} cifs rw,vers=3.0 0 0
server:/export/home {nfs} nfs4 rw 0 0
"""
MACOS_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//teacher@fileserver/attendance on /Volumes/attendance (smbfs, nodev, nosuid, mounted by teacher)
"""


def test_network_shares_are_recognised_from_the_mount_table(tmp_path: Path) -> None:
    share, nfs = tmp_path / "share", tmp_path / "nfs home"
    mounts = PROC_MOUNTS.format(share=share, nfs=str(nfs).replace(" ", "\\040"))
    assert portable.network_filesystem(share / "data", mounts=mounts) == "cifs"
    assert portable.network_filesystem(nfs / "x", mounts=mounts) == "nfs4"
    assert portable.network_filesystem(tmp_path / "local", mounts=mounts) is None
    assert portable.network_filesystem("/Volumes/attendance/db", mounts=MACOS_MOUNT) == "smbfs"
    assert portable.network_filesystem("/Users/ana/data", mounts=MACOS_MOUNT) is None


def test_unc_paths_are_network_paths_on_every_os() -> None:
    assert portable.network_filesystem(r"\\server\share\attendance") == "a network (UNC) path"
    assert portable.network_filesystem("//server/share/attendance") == "a network (UNC) path"


def test_sqlite_on_a_network_share_is_refused_with_a_pointer_to_postgresql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.config import load_settings
    from desktop_app.storage.db import open_database

    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(portable, "_read_mount_table", lambda: f"//srv/share {data} cifs rw 0 0\n")
    cfg = tmp_path / "s.toml"
    cfg.touch()
    settings = load_settings(config_file=cfg, environ={}, data_dir=data)
    with pytest.raises(DataDirError, match="PostgreSQL") as info:
        open_database(settings)
    assert "network share (cifs)" in str(info.value)
    assert not list(data.glob("*.sqlite3")), "nothing may be created on the share"


# --- antivirus locks ------------------------------------------------------------------------
def _flaky_replace(monkeypatch: pytest.MonkeyPatch, failures: int) -> list[float]:
    real = os.replace
    left = [failures]

    def replace(src: object, dst: object) -> None:
        if left[0] > 0:
            left[0] -= 1
            raise PermissionError(errno.EACCES, "Access is denied", str(src))
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    return []


def test_a_rename_held_up_by_a_scanner_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, dst = tmp_path / "a", tmp_path / "b"
    src.write_text("x")
    _flaky_replace(monkeypatch, failures=3)
    slept: list[float] = []
    replace_retrying(src, dst, sleep=slept.append)
    assert dst.read_text() == "x" and len(slept) == 3


def test_a_model_folder_that_stays_locked_gives_an_honest_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app import fileio
    from desktop_app.modelzoo.registry import ModelZoo

    monkeypatch.setattr(fileio, "RENAME_DELAYS", ())
    _flaky_replace(monkeypatch, failures=1000)
    zoo = ModelZoo(tmp_path / "models")
    with pytest.raises(ModelError) as info:
        zoo.build("mtcnn")
    message = str(info.value)
    assert "antivirus" in message and "models build" in message
    assert "reinstall" not in message.lower()
    assert not zoo.status("mtcnn").ok
