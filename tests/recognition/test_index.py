"""FaceIndex: exact and HNSW search, removal, persistence (generated vectors)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from desktop_app.recognition.index import INDEX_FILE, META_FILE, FaceIndex

DIM = 16


def unit(rng: np.random.Generator, n: int, dim: int = DIM) -> np.ndarray:
    x = rng.standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def brute(x: np.ndarray, q: np.ndarray) -> np.ndarray:
    return np.linalg.norm(x[None, :, :] - q[:, None, :], axis=2)


def test_exact_search_reports_euclidean_distances_and_ids() -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((50, DIM)).astype(np.float32) * 0.7
    ids = np.arange(1000, 1050)
    index = FaceIndex(DIM, normalize=False)
    index.add(ids, x)
    q = rng.standard_normal((3, DIM)).astype(np.float32)
    dist, got = index.search(q, 4)
    truth = brute(x, q)
    order = np.argsort(truth, axis=1)[:, :4]
    assert got.dtype == np.int64 and got.shape == (3, 4)
    np.testing.assert_array_equal(got, ids[order])
    np.testing.assert_allclose(dist, np.take_along_axis(truth, order, axis=1), rtol=1e-4)
    assert len(index) == 50 and index.kind == "flat"


def test_normalize_compares_directions_not_lengths() -> None:
    rng = np.random.default_rng(1)
    base = unit(rng, 2)
    index = FaceIndex(DIM, normalize=True)
    index.add([1, 2], np.stack([base[0] * 3.0, base[1]]))
    dist, ids = index.search(base[0] * 0.5, 1)
    assert ids[0, 0] == 1
    assert dist[0, 0] == pytest.approx(0.0, abs=1e-3)
    raw = FaceIndex(DIM, normalize=False)
    raw.add([1, 2], np.stack([base[0] * 3.0, base[1]]))
    assert raw.search(base[0] * 0.5, 1)[0][0, 0] > 1.0


def test_missing_results_are_minus_one_and_inf() -> None:
    index = FaceIndex(DIM, normalize=False)
    d, i = index.search(np.zeros((2, DIM), np.float32), 3)
    assert (i == -1).all() and np.isinf(d).all()
    index.add([7], np.ones((1, DIM), np.float32))
    d, i = index.search(np.ones((1, DIM), np.float32), 3)
    assert i[0].tolist() == [7, -1, -1]
    assert d[0, 0] == pytest.approx(0.0) and np.isinf(d[0, 1:]).all()


def test_removal_really_removes_from_results_exact() -> None:
    rng = np.random.default_rng(2)
    x = unit(rng, 20)
    index = FaceIndex(DIM, normalize=False)
    index.add(np.arange(20), x)
    assert index.search(x[5], 1)[1][0, 0] == 5
    assert index.remove([5, 999]) == 1
    _, ids = index.search(x[5], 20)
    assert 5 not in ids[0].tolist()
    assert ids[0, -1] == -1  # only 19 left
    assert 5 not in index.ids().tolist() and len(index) == 19
    assert 5 not in index
    index.add([5], x[5])  # an id can come back
    assert index.search(x[5], 1)[1][0, 0] == 5


def test_add_rejects_duplicate_ids_and_bad_shapes() -> None:
    index = FaceIndex(DIM, normalize=False)
    index.add([1], np.ones((1, DIM)))
    with pytest.raises(ValueError, match="already"):
        index.add([1], np.ones((1, DIM)))
    with pytest.raises(ValueError, match="duplicate"):
        index.add([2, 2], np.ones((2, DIM)))
    with pytest.raises(ValueError, match="shape"):
        index.add([3], np.ones((1, DIM + 1)))
    with pytest.raises(ValueError, match="NaN"):
        index.add([3], np.full((1, DIM), np.nan))
    assert len(index) == 1


def test_switches_to_hnsw_above_threshold_and_keeps_answers() -> None:
    rng = np.random.default_rng(3)
    x = unit(rng, 400)
    index = FaceIndex(DIM, normalize=True, hnsw_above=100, ef_search=64, approximate="hnsw")
    index.add(np.arange(100), x[:100])
    assert index.kind == "flat"
    index.add(np.arange(100, 400), x[100:])
    assert index.kind == "hnsw" and len(index) == 400
    # a probe near each stored vector finds it
    q = x[::7] + 0.02 * unit(rng, len(x[::7]))
    ids = index.search(q, 1)[1][:, 0]
    assert (ids == np.arange(400)[::7]).mean() >= 0.98


def test_hnsw_removal_uses_tombstones_then_rebuilds() -> None:
    rng = np.random.default_rng(4)
    x = unit(rng, 300)
    index = FaceIndex(DIM, normalize=False, hnsw_above=100, rebuild_ratio=0.1, approximate="hnsw")
    index.add(np.arange(300), x)
    assert index.kind == "hnsw"
    index.remove([10, 11])
    assert index.tombstones == 2 and len(index) == 298
    for tid in (10, 11):
        assert tid not in index.search(x[tid], 10)[1][0].tolist()
    assert 10 not in index.ids().tolist()
    with pytest.raises(KeyError):
        index.vectors([10])
    # re-adding a tombstoned id purges the old vector first
    index.add([10], x[200] + 0.001)
    assert index.tombstones == 0
    _, i = index.search(x[200], 2)
    assert set(i[0].tolist()) == {10, 200}
    # crossing 10% of tombstones compacts; small enough becomes exact again
    index.remove(np.arange(0, 250))
    assert index.tombstones == 0 and len(index) == 50 and index.kind == "flat"
    assert index.search(x[5], 1)[1][0, 0] != 5


def test_ivf_alternative_removes_in_place_and_persists(tmp_path: Path) -> None:
    rng = np.random.default_rng(6)
    x = unit(rng, 3000)
    index = FaceIndex(DIM, normalize=False, hnsw_above=1000, approximate="ivf", nprobe=64)
    index.add(np.arange(1000), x[:1000])
    assert index.kind == "flat"
    index.add(np.arange(1000, 3000), x[1000:])
    assert index.kind == "ivf" and len(index) == 3000 and index.tombstones == 0
    q = x[::50] + 0.02 * unit(rng, len(x[::50]))
    assert (index.search(q, 1)[1][:, 0] == np.arange(3000)[::50]).mean() >= 0.98
    assert index.remove([50, 100, 4242]) == 2
    assert len(index) == 2998 and 50 not in index.ids().tolist()
    for tid in (50, 100):
        assert tid not in index.search(x[tid], 10)[1][0].tolist()
    with pytest.raises(KeyError):
        index.vectors([50])
    index.add([50], x[7] + 0.001)  # an id can come back with a new vector
    assert set(index.search(x[7], 2)[1][0].tolist()) == {7, 50}
    index.save(tmp_path / "ivf", {"s": 1})
    loaded = FaceIndex.load(tmp_path / "ivf")
    assert loaded is not None
    other = loaded[0]
    assert other.kind == "ivf" and other.approximate == "ivf"
    np.testing.assert_array_equal(other.ids(), index.ids())
    np.testing.assert_array_equal(other.search(x[:20], 3)[1], index.search(x[:20], 3)[1])
    other.remove(np.arange(2600))  # few left: back to exact search
    assert other.kind == "flat" and len(other) == 400


def test_save_load_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    x = unit(rng, 150)
    index = FaceIndex(DIM, normalize=True, hnsw_above=100, approximate="hnsw")
    index.add(np.arange(150) * 3, x)
    index.remove([3])
    stamp = {"gallery": 7, "embedder": "e1"}
    index.save(tmp_path / "ix", stamp)
    loaded = FaceIndex.load(tmp_path / "ix")
    assert loaded is not None
    other, got_stamp = loaded
    assert got_stamp == stamp
    assert other.kind == "hnsw" and other.normalize and other.tombstones == 1
    np.testing.assert_array_equal(other.ids(), index.ids())
    q = x[:5]
    np.testing.assert_array_equal(other.search(q, 3)[1], index.search(q, 3)[1])
    assert not list((tmp_path / "ix").glob(".index-*")), "temporary files left behind"


@pytest.mark.parametrize(
    "damage",
    [
        "missing_meta",
        "missing_index",
        "garbage_index",
        "truncated_index",
        "bad_json",
        "format",
        "wrong_kind",
        "wrong_dim",
    ],
)
def test_load_returns_none_for_damaged_files(tmp_path: Path, damage: str) -> None:
    index = FaceIndex(DIM, normalize=False)
    index.add(np.arange(10), np.eye(10, DIM, dtype=np.float32))
    folder = tmp_path / "ix"
    index.save(folder, {"v": 1})
    meta, data = folder / META_FILE, folder / INDEX_FILE
    if damage == "missing_meta":
        meta.unlink()
    elif damage == "missing_index":
        data.unlink()
    elif damage == "garbage_index":
        data.write_bytes(b"\x00garbage" * 100)
    elif damage == "truncated_index":
        data.write_bytes(data.read_bytes()[:40])
    elif damage == "bad_json":
        meta.write_text("{not json")
    elif damage == "format":
        meta.write_text(json.dumps({**json.loads(meta.read_text()), "format": 999}))
    elif damage == "wrong_kind":  # checksum still matches, the metadata lies
        meta.write_text(json.dumps({**json.loads(meta.read_text()), "kind": "hnsw"}))
    elif damage == "wrong_dim":
        meta.write_text(json.dumps({**json.loads(meta.read_text()), "dim": DIM * 2}))
    assert FaceIndex.load(folder) is None
    assert FaceIndex.load(tmp_path / "nowhere") is None


def test_bench_search_command_runs_and_reports(tmp_path: Path) -> None:
    """`bench search` end to end on a tiny size (no timing asserted, only the report)."""
    import argparse

    from desktop_app.recognition.bench_search import register_search

    parser = argparse.ArgumentParser()
    register_search(parser.add_subparsers())
    out = tmp_path / "bench.json"
    args = parser.parse_args(
        ["search", "--sizes", "500", "--hnsw-from", "500", "--queries", "20", "--json", str(out)]
    )
    assert args.func(args, None) == 0
    report = json.loads(out.read_text())
    (row,) = report["results"]
    assert row["size"] == 500 and row["exact"]["median_ms"] > 0
    assert row["hnsw"]["recall_at_1_probe"] >= 0.95
    assert row["exact"]["probe_top1_is_source"] == 1.0
    assert {c.get("target") for c in report["checks"]} == {0.99}


def test_save_clears_temp_files_a_killed_save_left_behind(tmp_path: Path) -> None:
    import os
    import time

    folder = tmp_path / "ix"
    folder.mkdir()
    old = folder / ".index-abc.faiss"
    old.write_bytes(b"\0" * 4096)  # what SIGKILL during save leaves
    day_ago = time.time() - 86400
    os.utime(old, (day_ago, day_ago))
    fresh = folder / ".index-def.json"  # another device may be saving right now
    fresh.write_text("{}")
    index = FaceIndex(DIM, normalize=True)
    index.add(np.arange(3), unit(np.random.default_rng(1), 3))
    index.save(folder, {"gallery": 1})
    assert not old.exists() and fresh.exists()
    assert FaceIndex.load(folder) is not None
