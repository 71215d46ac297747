"""Roster import of faces_hard's 200 people (real faces, real models): one dry run lists
EVERY look-alike pair, ``allow_lookalike`` imports them and remembers each pair, and photos
refused only as too blurred (upscaled LFW crops) come in as weak samples with ``allow_weak``.

The roster CSV is written in tmp and points at ../shared (``photo_folder``); no photo is
copied."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.attendance.roster import import_roster
from desktop_app.storage.repositories import Lookalikes, People, Templates
from tests.recognition.conftest import LOOKALIKE_EMBEDDER, link_models, with_embedder

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture
def real_ctx(settings: Any, models_dir: Path) -> Iterator[Any]:
    from desktop_app.context import AppContext

    app = AppContext(with_embedder(link_models(settings, models_dir), LOOKALIKE_EMBEDDER))
    yield app
    app.close()


def write_roster(faces_hard: Path, out: Path, skip: frozenset[str] = frozenset()) -> Path:
    rows = [
        r
        for r in csv.DictReader((faces_hard / "MANIFEST.csv").open(encoding="utf-8"))
        if r["role"] == "enroll" and r["identity"] not in skip
    ]
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "external_id", "group", "photo"])
        for i, r in enumerate(rows):
            w.writerow(
                [r["identity"].replace("_", " "), f"H{i:03d}", "hard", faces_hard / r["file"]]
            )
    return out


def test_one_dry_run_lists_every_pair_then_allow_lookalike_imports_them(
    real_ctx: Any, faces_hard: Path, tmp_path: Path
) -> None:
    roster = write_roster(faces_hard, tmp_path / "hard.csv")
    dry = import_roster(real_ctx, roster, dry_run=True, consent=True, photo_folder=faces_hard)
    assert len(dry.rows) == 200 and dry.imported == 0
    # The import refused 13 look-alike pairs one per attempt; one pass lists them all.
    assert len(dry.pairs) >= 13
    in_pairs = {p.line_a for p in dry.pairs} | {p.line_b for p in dry.pairs}
    by_line = {r.line: r for r in dry.rows}
    for line in in_pairs:
        assert by_line[line].status == "refused" and "looks like" in by_line[line].reason
    named = {(p.name_a, p.name_b) for p in dry.pairs}
    assert ("Jeong Se-hyun", "Kim Jin-sun") in named  # the crowd-clip false match's neighbour
    text = str(dry)
    assert f"Look-alike pairs: {len(dry.pairs)}" in text
    # A blur-only refusal of an upscaled crop says how to take it as a weak sample.
    blurred = [r for r in dry.rows if "--allow-weak" in r.reason]
    assert "Mario Dumont" in {r.name for r in blurred}
    assert real_ctx.db.run(lambda s: People(s).count()) == 0

    # Rows refused for another reason (a turned head, no face found) are left out of the real
    # import; every look-alike and small-photo row must get in with the two flags.
    pose = {
        r.name.replace(" ", "_")
        for r in dry.rows
        if r.status == "refused" and "looks like" not in r.reason and "--allow-weak" not in r.reason
    }
    roster = write_roster(faces_hard, tmp_path / "hard2.csv", skip=frozenset(pose))
    done = import_roster(
        real_ctx,
        roster,
        consent=True,
        allow_lookalike=True,
        allow_weak=True,
        photo_folder=faces_hard,
    )
    assert done.ok, str(done)
    assert done.imported == 200 - len(pose)
    stored = real_ctx.db.run(lambda s: Lookalikes(s).pairs())
    assert len(stored) == len(done.pairs) >= len(dry.pairs)
    ids = {r.line: r.person_id for r in done.rows}
    for p in done.pairs:
        a, b = ids[p.line_a], ids[p.line_b] if p.line_b is not None else p.person_id_b
        assert (min(a, b), max(a, b)) in stored
    weak = real_ctx.db.run(lambda s: [t for t in Templates(s).list() if t.weak])
    assert len(weak) == len(blurred)
    warned = [r for r in done.rows if any("weak sample" in w for w in r.warnings)]
    assert len(warned) == len(blurred)

    # A second dry run against the now-enrolled gallery names the enrolled people.
    again = import_roster(
        real_ctx,
        write_roster(faces_hard, tmp_path / "h3.csv"),
        dry_run=True,
        photo_folder=faces_hard,
    )
    assert any(p.person_id_b is not None for p in again.pairs)
