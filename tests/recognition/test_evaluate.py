"""The one-shot open-set evaluation: protocol bookkeeping, operating points, a real run."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from desktop_app.errors import AppError
from desktop_app.recognition import evaluate as ev
from desktop_app.vision.image_io import load_image

KEYS = {
    "identities",
    "genuine_probes",
    "impostor_probes",
    "enroll_failures",
    "probe_failures",
    "rank1",
    "dir_at_fpir_1e-2",
    "dir_at_fpir_1e-3",
    "thresholds",
    "default",
}


def _scores(gen_top, gen_gap, right, imp_top, imp_gap) -> ev.Scores:  # type: ignore[no-untyped-def]
    g = np.asarray(gen_top, float)
    return ev.Scores(
        g,
        np.asarray(gen_gap, float),
        np.asarray(right, bool),
        np.asarray(imp_top, float),
        np.asarray(imp_gap, float),
        ["stranger"] * len(imp_top),
        g.copy(),
        [],
    )


def test_threshold_at_fpir_respects_the_false_accept_budget() -> None:
    imp = [0.30, 0.45, 0.50, 0.62, 0.70] + [0.9] * 195  # 200 impostors
    s = _scores([0.2, 0.35, 0.48, 0.6], [0.3] * 4, [True, True, True, False], imp, [0.2] * 200)
    t = ev.threshold_at_fpir(s, 1e-2, 0.0)  # 2 false accepts allowed
    assert 0.45 <= t < 0.50
    d, f = ev.rates(s, t, 0.0)
    assert f == pytest.approx(2 / 200) and d == pytest.approx(3 / 4)
    t3 = ev.threshold_at_fpir(s, 1e-3, 0.0)  # none allowed
    assert t3 < 0.30 and ev.rates(s, t3, 0.0) == (0.25, 0.0)
    # a wrong nearest person is never a correct identification, even when accepted
    assert ev.rates(s, 0.65, 0.0)[0] == pytest.approx(3 / 4)


def test_crowded_scores_follow_the_matcher() -> None:
    """The eval scores probes exactly as the matcher decides (distance + penalty from the
    runner-up), so its thresholds are the app's; failed probes stay never accepted."""
    s = _scores([0.3, math.inf], [0.05, 0.0], [True, False], [0.3, 0.3], [0.3, 0.05])
    c = ev.crowded(s, 0.5, 0.5)
    assert c.genuine_top[0] == pytest.approx(0.3 + 0.5 * (0.5 - 0.35))
    assert c.genuine_top[1] == math.inf
    assert c.impostor_top == pytest.approx([0.3, 0.3 + 0.5 * 0.15])
    assert c.genuine_distance[0] == pytest.approx(0.3)  # own distance unchanged
    assert ev.rates(c, 0.36, 0.0) == (0.0, 0.5)


def test_by_group_counts_probes_and_false_accepts_into_each_group(tmp_path: Path) -> None:
    """A stranger of group C accepted as Ana counts against C's FPIR and INTO Ana's group A."""
    root = tmp_path
    ds = ev.Dataset(
        root,
        {
            "ana": [root / "ana/1.png", root / "ana/2.png"],
            "bo": [root / "bo/1.png", root / "bo/2.png"],
        },
        [root / "_strangers/s.png"],
        [],
    )
    s = _scores([0.2, 0.3], [0.2, 0.2], [True, False], [0.5, 0.5, 0.25], [0.2, 0.2, 0.2])
    s.genuine_rel = ["ana/2.png", "bo/2.png"]
    s.impostor_rel = ["ana/2.png", "bo/2.png", "_strangers/s.png"]
    s.impostor_nearest = ["bo", "ana", "ana"]
    groups = {"ana/1.png": "A", "ana/2.png": "A", "bo/1.png": "B", "bo/2.png": "B"}
    groups["_strangers/s.png"] = "C"
    out = ev.by_group(s, ds, groups, threshold=0.37, margin=0.03)
    assert set(out) == {"A", "B", "C"}
    assert out["A"] == {
        "identities": 1,
        "genuine_probes": 1,
        "impostor_probes": 1,
        "false_accepts_into": 1,  # the stranger, taken for Ana
        "rank1": 1.0,
        "dir": 1.0,
        "false_accepts": 0,
        "fpir": 0.0,
    }
    assert out["B"]["rank1"] == 0.0 and out["B"]["dir"] == 0.0  # Bo's probe was nearest Ana
    assert out["C"]["identities"] == 0 and out["C"]["fpir"] == 1.0
    assert out["C"]["false_accepts_into"] == 0


def test_margin_rejects_close_calls_on_both_sides() -> None:
    s = _scores([0.3, 0.3], [0.01, 0.2], [True, True], [0.3, 0.3], [0.01, 0.2])
    assert ev.rates(s, 0.4, 0.0) == (1.0, 1.0)
    assert ev.rates(s, 0.4, 0.05) == (0.5, 0.5)


def _write(path: Path, image: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    cv2.imencode(path.suffix, image)[1].tofile(str(path))


def test_protocol_bookkeeping_on_generated_data(
    app_ctx: Any, astronaut_bgr: np.ndarray, tmp_path: Path
) -> None:
    """Folders, reserved names, failures as misses, leave-one-out impostors, JSON keys."""
    root = tmp_path / "ds"
    face = astronaut_bgr[0:260, 120:330]
    _write(root / "eileen" / "1.png", face)
    _write(root / "eileen" / "2.jpg", face[:, ::-1])
    _write(root / "eileen" / "3.png", np.full((200, 200, 3), 128, np.uint8))  # no face
    _write(root / "_strangers" / "blank.png", np.full((120, 160, 3), 60, np.uint8))
    _write(root / "_groups" / "x.png", face)  # reserved: ignored
    (root / "README.md").write_text("ignored")
    (root / "MANIFEST.csv").write_text(
        "file,identity,site\neileen/1.png,eileen,north\neileen/2.jpg,eileen,north\n"
        "eileen/3.png,eileen,south\n_strangers/blank.png,,south\n"
    )
    with pytest.raises(AppError, match="no column 'region'; its columns: file, identity, site"):
        ev.evaluate(root, app_ctx.pipeline, app_ctx.settings, by="region")
    run = ev.evaluate(root, app_ctx.pipeline, app_ctx.settings, by="site")
    rep = run.report
    assert rep["by_column"] == "site"
    north, south = rep["by_group"]["north"], rep["by_group"]["south"]
    assert (north["identities"], north["genuine_probes"], north["impostor_probes"]) == (1, 1, 1)
    assert (south["identities"], south["genuine_probes"], south["impostor_probes"]) == (0, 1, 2)
    assert north["rank1"] == 1.0 and south["rank1"] == 0.0  # the faceless probe is south's
    assert north["false_accepts_into"] == south["false_accepts_into"] == 0
    assert set(rep) >= KEYS
    assert rep["identities"] == 1 and rep["genuine_probes"] == 2
    assert rep["impostor_probes"] == 3  # 1 stranger + 2 leave-one-out
    assert rep["enroll_failures"] == 0 and rep["probe_failures"] == 2
    assert rep["rank1"] == pytest.approx(0.5)  # the faceless probe is a miss
    assert rep["ignored_dirs"] == ["_groups"]
    assert rep["default"]["fpir"] == 0.0 and rep["default"]["dir"] == pytest.approx(0.5)
    assert rep["default"]["gallery"]["dir"] == rep["default"]["dir"]
    out = ev.plot(run, tmp_path / "curve.png")
    assert load_image(out).size > 0


@pytest.mark.shared
def test_small_real_run_is_sane(app_ctx: Any, shared_data: Path, tmp_path: Path) -> None:
    """Five identities and three strangers of ../shared (symlinked, not copied)."""
    src = shared_data / "faces"
    root = tmp_path / "subset"
    for ident in ("barack_obama", "joe_biden", "matt_damon", "katy_perry", "kit_harington"):
        (root / ident).mkdir(parents=True)
        for f in sorted((src / ident).iterdir())[:3]:
            (root / ident / f.name).symlink_to(f)
    (root / "_strangers").mkdir()
    for f in sorted((src / "_strangers").iterdir())[:3]:
        (root / "_strangers" / f.name).symlink_to(f)
    rep = ev.evaluate(root, app_ctx.pipeline, app_ctx.settings).report
    assert rep["identities"] == 5 and rep["genuine_probes"] == 9
    assert rep["impostor_probes"] == 3 + 9
    assert rep["enroll_failures"] == 0 and rep["probe_failures"] == 0
    assert rep["rank1"] >= 0.97
    assert rep["dir_at_fpir_1e-2"] >= 0.9
    assert rep["default"]["fpir"] <= 0.01
    assert rep["default"]["gallery"]["fpir"] == rep["default"]["fpir"]
    names = {v["name"] for v in rep["variants"]}
    assert names == {"raw", "raw+flip", "l2", "l2+flip", "l2+crowd", "l2+flip+crowd"}
    assert rep["variant"] == "l2+flip+crowd"  # the shipped rule is the headline
    assert all(0.0 <= v["rank1"] <= 1.0 and not math.isnan(v["rank1"]) for v in rep["variants"])
    assert rep["distances"]["genuine"]["median"] < rep["distances"]["impostor_nearest"]["median"]
