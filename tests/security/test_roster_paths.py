"""Roster photo paths stay inside the roster's folder (issue 14, finding 13): `../`, absolute
paths and symlinks out of it are refused before anything is read, in words that do not tell
whether such a file exists."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from desktop_app.attendance.roster import import_roster
from desktop_app.vision.image_io import save_image


class ReadingEnrollment:
    """Records which photos the import tried to read (the face models are not the subject
    here: where the import looks is)."""

    threshold = 0.36

    def __init__(self) -> None:
        self.read: list[Path] = []

    def enroll(self, *a: Any, **k: Any) -> None:  # pragma: no cover - dry runs only
        raise AssertionError("dry run")

    def embed_photo(self, path: Path, *, allow_weak: bool = False) -> tuple[np.ndarray, bool]:
        self.read.append(Path(path))
        return np.zeros(8, np.float32), False

    def gallery_lookalikes(self, embedding: np.ndarray) -> list[Any]:
        return []

    def pairwise_distances(self, e: np.ndarray) -> np.ndarray:
        return 10 * (1 - np.eye(len(e)))


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_photos_outside_the_roster_folder_are_refused_without_saying_if_they_exist(
    settings, db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "roster"
    (folder / "pics").mkdir(parents=True)
    img = np.full((32, 32, 3), 128, np.uint8)
    save_image(folder / "pics" / "ana.png", img)
    save_image(tmp_path / "secret.png", img)  # outside: must not be read
    (folder / "link.png").symlink_to(tmp_path / "secret.png")
    csv = folder / "r.csv"
    csv.write_text(
        "name,photo\n"
        "Ana,pics/ana.png\n"
        "Ben,../secret.png\n"
        "Cem,../missing.png\n"
        f"Dan,{tmp_path / 'secret.png'}\n"
        "Eve,link.png\n"
        "Fay,pics/../pics/ana.png\n",
        "utf-8",
    )
    enrollment = ReadingEnrollment()
    ctx = SimpleNamespace(settings=settings, db=db, enrollment=enrollment)
    report = import_roster(ctx, csv, dry_run=True, consent=True)
    by_name = {r.name: r for r in report.rows}
    assert by_name["Ana"].status == "ok" and by_name["Fay"].status == "ok"
    for name in ("Ben", "Cem", "Dan", "Eve"):
        reason = by_name[name].reason
        assert "is not a file inside the roster's folder" in reason, reason
        assert "not found" not in reason
    assert {p.resolve() for p in enrollment.read} == {(folder / "pics" / "ana.png").resolve()}
