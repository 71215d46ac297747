"""The frozen one-folder app (PyInstaller) passes its smoke check: ``db upgrade``, first use
of the shipped models without a build, ``models verify``, ``gui --screenshot`` offscreen.

Building it takes minutes (``python packaging/build_app.py``), so this test only runs when a
build is there: ``dist/face-attendance`` or the folder named by FACE_ATTENDANCE_FROZEN_APP.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _app_dir() -> Path:
    named = os.environ.get("FACE_ATTENDANCE_FROZEN_APP")
    return Path(named) if named else REPO / "dist" / "face-attendance"


@pytest.mark.slow
def test_frozen_app_smoke_check(tmp_path: Path) -> None:
    app = _app_dir()
    if not app.is_dir():
        pytest.skip(f"no frozen app at {app} (build it: python packaging/build_app.py)")
    spec = importlib.util.spec_from_file_location(
        "smoke_frozen", REPO / "packaging/smoke_frozen.py"
    )
    assert spec is not None and spec.loader is not None
    smoke = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(smoke)
    times = smoke.run_smoke(app, tmp_path)
    assert set(times) >= {"db upgrade", "models verify", "gui --screenshot"}


def test_a_first_start_takes_the_shipped_models_instead_of_building(
    models_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app import paths
    from desktop_app.modelzoo.registry import ModelZoo

    monkeypatch.setattr(paths, "shipped_models_dir", lambda: models_dir)
    zoo = ModelZoo(tmp_path / "models")
    steps: list[str] = []
    folder = zoo.ensure("mtcnn", progress=lambda _f, message: steps.append(message))
    assert steps == [], "a shipped model was built again"
    assert folder == tmp_path / "models" / "mtcnn" and zoo.status("mtcnn").ok


def test_a_damaged_shipped_model_is_rebuilt_not_trusted(
    models_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from desktop_app import paths
    from desktop_app.modelzoo.registry import ModelZoo

    shipped = tmp_path / "shipped"
    shutil.copytree(models_dir / "mtcnn", shipped / "mtcnn")
    onnx = next((shipped / "mtcnn").glob("*.onnx"))
    onnx.write_bytes(onnx.read_bytes()[:-10] + b"0123456789")
    monkeypatch.setattr(paths, "shipped_models_dir", lambda: shipped)
    zoo = ModelZoo(tmp_path / "models")
    steps: list[str] = []
    zoo.ensure("mtcnn", progress=lambda _f, message: steps.append(message))
    assert any("reading weights" in s for s in steps) and zoo.status("mtcnn").ok
