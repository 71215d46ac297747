"""Two devices on one database: people enrolled on A are recognised on B within seconds.

Both devices are full ``AppContext``s (real models, real gallery and FAISS index) on one
SQLite file, each with its own data dir (its own index files), like two kiosks on a shared
folder. The running recognizer on B must pick up A's enrollment (and A's removal) by
itself, through the gallery's refresh from the database stamp.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from benchmarks.reliability.camera_faults import astronaut_frame


def _pid(s) -> int:
    from desktop_app.storage.repositories import People

    return People(s).find("Eileen Collins").id


def _ctx(tmp_path: Path, name: str, url: str, models_dir: Path):
    from desktop_app.config import load_settings
    from desktop_app.context import AppContext

    data = tmp_path / name
    data.mkdir()
    (data / "models").symlink_to(models_dir)
    cfg = tmp_path / f"{name}.toml"
    cfg.touch()
    return AppContext(load_settings(cfg, environ={}, data_dir=data, database_url=url))


@pytest.mark.slow
def test_device_b_recognises_a_person_enrolled_on_device_a(
    tmp_path: Path, models_dir: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    a = _ctx(tmp_path, "a", url, models_dir)
    b = _ctx(tmp_path, "b", url, models_dir)
    try:
        frame = astronaut_frame(480, 640)
        first = b.recognizer.process_frame(frame)  # B is running, nobody enrolled yet
        assert first.faces and not any(f.match.known for f in first.faces)
        a.enrollment.enroll("Eileen Collins", [frame], consent=True)
        enrolled_at = time.monotonic()
        seen_after = None
        while time.monotonic() - enrolled_at < 8.0:
            res = b.recognizer.process_frame(frame)
            if any(f.match.known and f.match.name == "Eileen Collins" for f in res.faces):
                seen_after = time.monotonic() - enrolled_at
                break
        assert seen_after is not None, "device B did not recognise the new person in 8 s"
        # and a removal on A stops recognition on B just as quickly
        a.enrollment.erase_person(a.db.run(lambda s: _pid(s)))
        removed_at = time.monotonic()
        while time.monotonic() - removed_at < 8.0:
            res = b.recognizer.process_frame(frame)
            if not any(f.match.known for f in res.faces):
                break
        else:
            raise AssertionError("device B still recognised a removed person after 8 s")
    finally:
        a.close()
        b.close()
