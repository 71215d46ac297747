"""The one atomic-write and hashing helper: a failed write leaves the old file and no temp."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.fileio import atomic_open, atomic_path, atomic_write, sha256_bytes, sha256_file


def test_atomic_write_bytes_and_text(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    atomic_write(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    atomic_write(target, "zoë\n")
    assert target.read_bytes() == "zoë\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "settings.toml"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_open(target, prefix=".settings-") as fh:
        fh.write(b"half")
        raise RuntimeError("disk on fire")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]


def test_atomic_path_hands_a_sibling_name_to_writers_that_want_one(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    with atomic_path(target, prefix=".report-") as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".report-")
        assert not target.exists()
        tmp.write_bytes(b"PK")
    assert target.read_bytes() == b"PK" and not tmp.exists()


def test_sha256_of_bytes_and_file_agree_with_hashlib(tmp_path: Path) -> None:
    data = bytes(range(256)) * 5000  # > 1 MiB: more than one read chunk
    path = tmp_path / "w.bin"
    path.write_bytes(data)
    expected = hashlib.sha256(data).hexdigest()
    assert sha256_bytes(data) == expected
    assert sha256_file(path) == expected
