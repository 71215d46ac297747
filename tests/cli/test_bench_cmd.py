"""``face-attendance bench pipeline``: clear error without data, exact JSON keys with it.

Timings are measured here but never asserted (they depend on the machine and its load).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.config import load_settings
from desktop_app.modelzoo.registry import stack
from tests.envs import cli_env


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = cli_env(home=cwd / "home")
    env["HOME"] = str(cwd)
    env["XDG_CONFIG_HOME"] = str(cwd / "cfg")
    env["XDG_DATA_HOME"] = str(cwd / "xdg-data")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=900,
        check=False,
    )


def test_bench_lists_pipeline(tmp_path: Path) -> None:
    res = run_cli("bench", "--help", cwd=tmp_path)
    assert res.returncode == 0 and "pipeline" in res.stdout


def test_missing_data_is_a_clear_error(tmp_path: Path) -> None:
    res = run_cli(
        "bench", "pipeline", "--data", str(tmp_path / "nowhere"),
        "--data-dir", str(tmp_path / "d"), cwd=tmp_path,
    )  # fmt: skip
    assert res.returncode == 1
    assert "--data" in res.stderr and "nowhere" in res.stderr
    assert "Traceback" not in res.stderr
    assert not (tmp_path / "d" / "models").exists()  # fails before building anything


@pytest.mark.slow
def test_pipeline_json_has_exactly_the_issue_keys(tmp_path: Path, shared_data: Path) -> None:
    out = tmp_path / "bench.json"
    res = run_cli(
        "bench", "pipeline", "--data", str(shared_data), "--frames", "5", "--json", str(out),
        "--data-dir", str(tmp_path / "d"), cwd=tmp_path,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    figures = json.loads(out.read_text())
    expected = {"frames", "detect_ms", "embed_ms_per_face", "total_ms", "tracking_ms"}
    # issue 12 added the stack's names; what was timed: the kiosk's camera (BlazeFace short
    # range) and, at 1 face, the main window's room scan
    added = {"detector", "embedder", "scene", "blazeface_range", "room_total_ms"}
    assert set(figures) - {"peer_total_ms"} == expected | added
    assert (figures["scene"], figures["blazeface_range"]) == ("kiosk", "short")
    assert figures["room_total_ms"]["1"] > 0
    (tmp_path / "empty.toml").touch()
    det, landmarker, emb = stack(load_settings(config_file=tmp_path / "empty.toml", environ={}))
    assert figures["detector"] == "+".join(x for x in (det, landmarker) if x)  # the defaults
    assert figures["embedder"] == emb
    assert figures["frames"] == 5
    assert set(figures["detect_ms"]) == set(figures["total_ms"]) == {"1", "3", "10"}
    assert set(figures["tracking_ms"]) == {"1"}
    for c in ("1", "3", "10"):
        assert 0 < figures["detect_ms"][c] <= figures["total_ms"][c]
    assert figures["embed_ms_per_face"] > 0
    if "peer_total_ms" in figures:
        assert set(figures["peer_total_ms"]) == {"1"} and figures["peer_total_ms"]["1"] > 0
    for row in ("1 ", "3 ", "10 ", "1 room", "tracking mode", "detector alone"):
        assert row in res.stdout
