"""Fixtures for the security tests: settings whose data key lives in a temp folder (never the
user's keyring or config dir), and a small database with people, templates and events."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytest
from keyring.backend import KeyringBackend

from desktop_app.config import Settings, load_settings
from desktop_app.recognition.gallery import Gallery
from desktop_app.security.keys import KeyStore
from desktop_app.storage.db import Database, open_database
from desktop_app.storage.repositories import Events, People, Templates

EMBEDDER = "dlib_resnet_v1"


def run_cli(capsys, *argv) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """``face-attendance ARGV`` in this process: (exit code, stdout, stderr)."""
    from desktop_app.cli import main

    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def restore_cli(capsys, archive, passfile, config_file, data_dir, *extra) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """``face-attendance restore ARCHIVE`` with the passphrase from ``passfile`` onto
    ``config_file`` and ``data_dir``, plus ``extra`` ("--yes" ...)."""
    return _with_passphrase(capsys, ("restore", archive), passfile, config_file, data_dir, extra)


def backup_cli(capsys, out, passfile, config_file, data_dir, *extra) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """``face-attendance backup --output OUT`` of ``config_file`` and ``data_dir`` with the
    passphrase from ``passfile``, plus ``extra`` ("--key-only" ...)."""
    return _with_passphrase(
        capsys, ("backup", "--output", out), passfile, config_file, data_dir, extra
    )


def _with_passphrase(capsys, command, passfile, config_file, data_dir, extra):  # type: ignore[no-untyped-def]
    return run_cli(
        capsys,
        *command,
        "--passphrase-file",
        passfile,
        "--config",
        config_file,
        "--data-dir",
        data_dir,
        *extra,
    )


@contextlib.contextmanager
def out_of_reach(path: Path, *, delete: bool = False) -> Iterator[None]:
    """While inside, ``path`` is to this process what another OS user's private file is: it
    cannot be opened for writing (``delete=True``: it cannot be deleted). A normal user gets
    a chmod 000 file (a read-only folder for ``delete``). Root, whom permissions do not
    stop, gets an immutable file instead (chattr +i: neither opened for writing nor
    deleted); the test is skipped where the file system has no such flag."""
    if os.geteuid() != 0:
        target, mode = (path.parent, 0o500) if delete else (path, 0o000)
        before = target.stat().st_mode & 0o777
        os.chmod(target, mode)
        try:
            yield
        finally:
            os.chmod(target, before)
        return
    made = shutil.which("chattr") and subprocess.run(["chattr", "+i", path], capture_output=True)
    if not made or made.returncode:
        pytest.skip("as root only an immutable file (chattr +i) is out of reach: none here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", path], check=True)


def open_gallery(db: Database, settings: Settings, embedder_id: str = EMBEDDER) -> Gallery:
    """The gallery as the app opens it on ``db``, saving its index under the data dir."""
    return Gallery(
        db,
        embedder_id=embedder_id,
        dim=128,
        index_dir=settings.paths.index,
        threshold=0.5,
        margin=0.0,
        normalize=True,
    ).open()


T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


class MemoryKeyring(KeyringBackend):
    """A working keyring backend held in memory (stands in for Secret Service/Keychain)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def write_config(path: Path, key_dir: Path, extra: str = "") -> Path:
    path.write_text(
        f'[privacy]\nkey_store = "file"\nkey_dir = "{key_dir.as_posix()}"\n{extra}', "utf-8"
    )
    return path


@pytest.fixture
def key_dir(tmp_path: Path) -> Path:
    return tmp_path / "config" / "keys"


@pytest.fixture
def config_file(tmp_path: Path, key_dir: Path) -> Path:
    (tmp_path / "config").mkdir(exist_ok=True)
    return write_config(tmp_path / "config" / "settings.toml", key_dir)


@pytest.fixture
def sec_settings(config_file: Path, data_dir: Path) -> Settings:
    """Default settings, except the data key is kept in a temp key folder (file store)."""
    return load_settings(config_file=config_file, environ={}, data_dir=data_dir)


@pytest.fixture
def store(sec_settings: Settings) -> KeyStore:
    return KeyStore.for_settings(sec_settings)


@pytest.fixture
def sdb(sec_settings: Settings) -> Iterator[Database]:
    database = open_database(sec_settings)
    yield database
    database.dispose()


def embedding(seed: int) -> bytes:
    return np.random.default_rng(seed).standard_normal(128).astype(np.float32).tobytes()


def chip_png(seed: int) -> bytes:
    img = np.random.default_rng(seed).integers(0, 255, (150, 150, 3), dtype=np.uint8)
    ok, png = cv2.imencode(".png", img)
    assert ok
    return png.tobytes()


@dataclass(frozen=True)
class Population:
    people: dict[str, int]
    templates: dict[str, list[int]]
    events: dict[str, list[int]]


def populate(db: Database, *, protector=None) -> Population:  # type: ignore[no-untyped-def]
    """Ana, Ben, Cleo with two templates each (plaintext unless a protector is given) and
    events on three days with probe embeddings."""

    def work(s):  # type: ignore[no-untyped-def]
        people, templates, events = {}, {}, {}
        for i, name in enumerate(("Ana", "Ben", "Cleo")):
            p = People(s).add(name, group_name="7B", consent_at=T0, consent_by="op")
            people[name] = p.id
            templates[name] = []
            for j in range(2):
                emb, chip = embedding(10 * i + j), chip_png(10 * i + j)
                enc = protector is not None
                if enc:
                    emb, chip = protector.seal_template(p.id, EMBEDDER, "positive", emb, chip)
                t = Templates(s).add(
                    p.id,
                    embedder_id=EMBEDDER,
                    embedding=emb,
                    dim=128,
                    chip=chip,
                    chip_format="png",
                    encrypted=enc,
                    source=f"{name}-{j}.jpg",
                )
                templates[name].append(t.id)
            events[name] = []
            for d in range(3):
                probe = embedding(100 + 10 * i + d)
                enc = protector is not None
                if enc:
                    probe = protector.seal_probe(p.id, EMBEDDER, probe)
                ev = Events(s).add(
                    p.id,
                    "check_in",
                    T0 + dt.timedelta(days=30 * d, minutes=i),
                    source="camera",
                    score=0.4,
                    device="kiosk-1",
                    probe_embedding=probe,
                    probe_embedder_id=EMBEDDER,
                    probe_encrypted=enc,
                )
                events[name].append(ev.id)
        return Population(people, templates, events)

    return db.run(work)
