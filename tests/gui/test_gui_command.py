"""``face-attendance gui --screenshot OUT --quit-after S`` runs the real window and quits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.vision.image_io import load_image
from tests.envs import cli_env

pytestmark = pytest.mark.slow


def test_gui_command_saves_a_screenshot_and_quits(image_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots" / "main.png"
    config = tmp_path / "settings.toml"
    keys = (tmp_path / "keys").as_posix()  # the data key stays in the temp dir
    config.write_text(f'[privacy]\nkey_store = "file"\nkey_dir = "{keys}"\n')
    env = cli_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--config",
            str(config),
            "--data-dir",
            str(tmp_path / "data"),
            "gui",
            "--source",
            str(image_folder),
            "--screenshot",
            str(out),
            "--quit-after",
            "2",
            "--page",
            "people",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert f"screenshot saved to {out}" in proc.stdout  # also when the models built meanwhile
    assert "[W:onnxruntime" not in proc.stderr  # no warnings from the models on the console
    img = load_image(out)
    assert img.shape[:2] == (768, 1366)


def test_gui_command_reports_a_bad_source_in_the_window_not_a_crash(tmp_path: Path) -> None:
    out = tmp_path / "main.png"
    config = tmp_path / "settings.toml"
    keys = (tmp_path / "keys").as_posix()  # the data key stays in the temp dir
    config.write_text(f'[privacy]\nkey_store = "file"\nkey_dir = "{keys}"\n')
    env = cli_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--config",
            str(config),
            "--data-dir",
            str(tmp_path / "data"),
            "gui",
            "--source",
            str(tmp_path / "no_such.mp4"),
            "--screenshot",
            str(out),
            "--quit-after",
            "1",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.exists()
    # the long-running commands keep a log in the data dir: what went wrong is found later
    log = (tmp_path / "data" / "logs" / "face-attendance.log").read_text(encoding="utf-8")
    assert "no_such.mp4" in log
