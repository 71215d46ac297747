"""Key files readable by their user only, on every OS (POSIX mode bits; a Windows ACL)."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from desktop_app import portable
from desktop_app.config import load_settings
from desktop_app.security.keys import KeyStore, new_data_key


@pytest.mark.skipif(os.name != "posix", reason="POSIX mode bits")
def test_key_folder_and_file_are_private_on_posix(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "shared" / "keys", mode="file")
    (tmp_path / "shared").mkdir(mode=0o777)
    location = store.save(new_data_key())
    key_file = Path(location.detail)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700


def test_windows_grants_the_current_user_alone_full_control() -> None:
    """The command line Windows runs (the call itself is in the Windows test below)."""
    sid = "S-1-5-21-1004336348-1177238915-682003330-1001"
    assert portable.icacls_owner_only(Path(r"C:\ProgramData\fa\keys"), sid, directory=True) == [
        "icacls",
        r"C:\ProgramData\fa\keys",
        "/inheritance:r",
        "/grant:r",
        f"*{sid}:(OI)(CI)F",
    ]


@pytest.mark.skipif(os.name != "nt", reason="Windows access lists (runs in the Windows CI)")
def test_key_file_in_a_shared_folder_is_readable_by_its_owner_only_on_windows(
    tmp_path: Path,
) -> None:
    settings = load_settings(
        config_file=tmp_path / "none.toml",
        environ={},
        data_dir=tmp_path / "data",
        privacy={"key_store": "file", "key_dir": tmp_path / "keys"},
    )
    store = KeyStore.for_settings(settings)
    key_file = Path(store.save(new_data_key()).detail)
    acl = subprocess.run(["icacls", str(key_file)], capture_output=True, text=True).stdout
    entries = [line for line in acl.splitlines()[:-2] if ":" in line.split(str(key_file))[-1]]
    assert len(entries) == 1, acl  # one entry: the current user, full control
    assert "(F)" in acl and "Everyone" not in acl and "Users" not in acl
