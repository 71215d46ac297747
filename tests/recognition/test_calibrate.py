"""Threshold calibration from impostor scores (generated galleries + dlib's real descriptors)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop_app.recognition.calibrate import (
    calibrate,
    calibrate_scores,
    compute_scores,
    false_accepts_per_day,
    plot_calibration,
    required_fmr,
    search_fmr,
)


def gallery(people: int, per_person: int, seed: int, dim: int = 32, noise: float = 0.06):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((people, dim)) * 0.25
    x = (
        np.repeat(centres, per_person, axis=0)
        + rng.standard_normal((people * per_person, dim)) * noise
    )
    return x.astype(np.float32), np.repeat(np.arange(100, 100 + people), per_person)


@pytest.fixture(scope="module")
def population() -> np.ndarray:
    """Impostor scores of 2,000 fresh, independent people: the 'truth' to check against."""
    x, p = gallery(2000, 1, seed=999)
    return compute_scores(x, p).impostor


def test_scores_are_per_person_minimum_and_exclude_self() -> None:
    x = np.array([[0.0, 0], [0, 1], [3, 0], [3, 2], [10, 0]], np.float32)
    pids = np.array([1, 1, 2, 2, 3])
    s = compute_scores(x, pids)
    # template (0,0) vs person 2 -> min(3, sqrt(13)) = 3; vs person 3 -> 10; etc.
    expected = []
    for i in range(5):
        for q in (1, 2, 3):
            if q != pids[i]:
                expected.append(min(np.linalg.norm(x[i] - x[j]) for j in range(5) if pids[j] == q))
    np.testing.assert_allclose(s.impostor, np.sort(expected), rtol=1e-6)
    np.testing.assert_allclose(s.genuine, [1, 1, 2, 2], rtol=1e-6)  # person 3 has no pair
    assert s.people == 3 and s.templates == 5


def test_search_model_arithmetic() -> None:
    assert search_fmr(0.0, 1000) == 0.0
    assert search_fmr(1e-6, 1000) == pytest.approx(1 - (1 - 1e-6) ** 1000)
    f = required_fmr(1e-4, 500)
    assert search_fmr(f, 500) == pytest.approx(1e-4, rel=1e-9)
    assert f == pytest.approx(1e-4 / 500, rel=1e-3)


def test_empirical_threshold_holds_on_fresh_impostors(population: np.ndarray) -> None:
    x, p = gallery(200, 2, seed=1)
    result = calibrate(x, p, target_fmr=1e-2, gallery_size=10, checkins_per_day=1000)
    assert result.method == "empirical" and result.threshold is not None
    assert result.people == 200 and result.gallery_size == 10
    # the gallery's own scores: ~f* below the threshold
    s = compute_scores(x, p).impostor
    assert np.mean(s <= result.threshold) == pytest.approx(result.per_comparison_fmr, rel=0.2)
    # fresh people: the per-comparison rate stays within 2x of what was asked
    true_f = np.mean(population <= result.threshold)
    assert 0.3 * result.per_comparison_fmr <= true_f <= 2.0 * result.per_comparison_fmr
    # expected false accepts/day at the calibrated threshold = check-ins x target
    assert result.expected_false_accepts_per_day == pytest.approx(10.0, rel=0.25)
    # genuine pairs are ~0.5 apart here, impostors ~2: nobody is falsely rejected
    assert result.false_reject_rate == pytest.approx(0.0, abs=0.01)


def test_small_gallery_extrapolates_conservatively(population: np.ndarray) -> None:
    x, p = gallery(20, 2, seed=7)
    result = calibrate(x, p, target_fmr=1e-4, checkins_per_day=300)
    assert result.method == "extrapolated" and "Extrapolated" in result.note
    assert result.threshold is not None and result.threshold <= result.min_impostor
    assert result.per_comparison_fmr == pytest.approx(1e-4 / 20, rel=1e-3)
    true_f = np.mean(population <= result.threshold)
    assert true_f <= 2.0 * result.per_comparison_fmr  # not more permissive than asked
    # a stricter target gives a lower threshold
    stricter = calibrate(x, p, target_fmr=1e-6)
    assert stricter.threshold is not None and stricter.threshold < result.threshold


def test_too_little_data_says_so() -> None:
    x, p = gallery(1, 3, seed=2)
    result = calibrate(x, p)
    assert result.threshold is None and result.method == "insufficient"
    assert "Enrol more people" in result.note
    x, p = gallery(3, 1, seed=2)  # 6 impostor scores
    assert calibrate(x, p).threshold is None


def test_expected_false_accepts_grow_with_threshold_and_gallery() -> None:
    x, p = gallery(100, 2, seed=3)
    s = compute_scores(x, p).impostor
    low = false_accepts_per_day(s, 1.0, 100, 500)
    high = false_accepts_per_day(s, 1.6, 100, 500)
    bigger = false_accepts_per_day(s, 1.6, 1000, 500)
    assert 0 <= low < high < bigger <= 500


def test_normalize_changes_the_geometry() -> None:
    x, p = gallery(50, 2, seed=4)
    x[::2] *= 3.0  # lengths differ, directions do not
    raw = compute_scores(x, p)
    unit = compute_scores(x, p, normalize=True)
    assert unit.impostor.max() <= 2.0 + 1e-6
    assert np.median(raw.genuine) > 5 * np.median(unit.genuine)


def test_curve_and_plot(tmp_path: Path) -> None:
    x, p = gallery(40, 2, seed=5)
    result = calibrate(x, p, target_fmr=1e-3)
    c = result.curve
    assert c is not None and c.false_reject_rate is not None
    assert (np.diff(c.search_fmr) >= -1e-12).all()  # more permissive with distance
    assert (np.diff(c.false_reject_rate) <= 1e-12).all()
    out = plot_calibration(result, tmp_path / "cal.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_real_dlib_descriptors(shared_data: Path) -> None:
    """dlib's own descriptors of ../shared/data/faces: a sane threshold near dlib's 0.6."""
    ref = np.load(shared_data / "reference" / "dlib_reference.npz")
    identities = np.array([str(f).split("/")[0] for f in ref["files"]])
    keep = ~np.char.startswith(identities, "_")
    x, names = ref["descriptors"][keep], identities[keep]
    _, pids = np.unique(names, return_inverse=True)
    result = calibrate(x, pids, target_fmr=1e-3, checkins_per_day=200)
    assert result.threshold is not None
    assert 0.3 < result.threshold < 0.7, result
    assert result.false_reject_rate is not None and result.false_reject_rate < 0.5
    scores = compute_scores(x, pids)
    assert np.median(scores.genuine) < 0.6 < np.median(scores.impostor)
    assert calibrate_scores(scores, target_fmr=1e-3).threshold == pytest.approx(result.threshold)


def test_large_galleries_are_sampled_with_bounded_cost() -> None:
    x, p = gallery(1500, 2, seed=8)
    full = compute_scores(x, p)
    small = compute_scores(x, p, max_templates=2000, max_scores=200_000)
    assert not full.sampled and small.sampled
    assert small.templates <= 2000 and len(small.impostor) <= 200_000
    # the sample tells the same story as the whole
    assert np.median(small.impostor) == pytest.approx(np.median(full.impostor), rel=0.02)
    assert np.median(small.genuine) == pytest.approx(np.median(full.genuine), rel=0.05)
    result = calibrate_scores(small, target_fmr=1e-2, gallery_size=50)
    assert "subsampled" in result.note


def test_crowd_rule_calibrates_on_search_scores_and_tells_the_cost() -> None:
    """With the shipped crowding penalty each template is one stranger's check-in (its person
    left out); the cost comes from the gallery's own genuine scores when people have several
    samples, else from the faces_hard reference quantiles."""
    from desktop_app.recognition import calibrate as cal

    rng = np.random.default_rng(3)
    centres = rng.normal(size=(60, 32))
    x = np.repeat(centres, 2, axis=0) + 0.25 * rng.normal(size=(120, 32))
    pids = np.repeat(np.arange(60), 2)
    many = cal.calibrate(
        x, pids, target_fmr=1e-2, normalize=True, crowd_weight=0.5, crowd_reach=0.5
    )
    assert many.crowd and many.threshold is not None
    assert many.refused_source == "gallery" and 0.0 <= (many.refused_share or 0) <= 1.0
    scores = cal.compute_scores(x, pids, normalize=True, crowd_weight=0.5, crowd_reach=0.5)
    assert scores.search is not None and len(scores.search) == 120  # one per template
    # a stricter target: a lower threshold, more enrolled people refused
    strict = cal.calibrate_scores(scores, target_fmr=1e-4)
    assert strict.threshold is not None and strict.threshold < many.threshold
    assert (strict.refused_share or 0) >= (many.refused_share or 0)

    one = cal.compute_scores(x[::2], pids[::2], normalize=True, crowd_weight=0.5, crowd_reach=0.5)
    share, source = cal.refused_share(one, 0.344)  # the reference median crowd score
    assert source == "faces_hard reference" and share == pytest.approx(0.5)
    assert cal.refused_share(one, 0.1)[0] == 1.0 and cal.refused_share(one, 0.9)[0] == 0.0
    # each embedder has its own scale: 0.344 refuses nearly everyone with SFace
    assert cal.refused_share(one, 0.344, "sface")[0] == pytest.approx(1.0, abs=0.02)
    assert cal.refused_share(one, 0.852, "sface") == (pytest.approx(0.5), "faces_hard reference")
    # a model nobody measured: the cost is not made up from another model's numbers
    assert cal.refused_share(one, 0.344, "my_embedder") == (None, cal.NO_REFERENCE)
