"""CLI: look-alikes named at enrollment and accepted with --allow-lookalike, a weak sample
from a small photo with --allow-weak, ``people show`` listing both, ``people pin`` for the
kiosk's second factor (real models; the public-domain astronaut and her mirror image are the
look-alike pair)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cv2
import pytest

from desktop_app.cli import main
from desktop_app.vision.image_io import save_image
from tests.gui.conftest import astronaut_bgr
from tests.recognition.conftest import link_models

pytestmark = pytest.mark.slow


@pytest.fixture
def cli(settings: Any, models_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    link_models(settings, models_dir)
    cfg = tmp_path / "settings.toml"
    cfg.touch()

    def run(*argv: str) -> tuple[int, str, str]:
        rc = main(["--data-dir", str(settings.data_dir), "--config", str(cfg), *argv])
        out, err = capsys.readouterr()
        return rc, out, err

    return run


def test_lookalikes_weak_samples_and_kiosk_pin(cli, tmp_path: Path, monkeypatch: Any) -> None:  # type: ignore[no-untyped-def]
    img = astronaut_bgr()
    save_image(tmp_path / "eileen.png", img)
    save_image(tmp_path / "twin.png", cv2.flip(img, 1))
    head = cv2.resize(img[0:260, 110:330], (40, 47), interpolation=cv2.INTER_AREA)
    save_image(tmp_path / "small.png", cv2.resize(head, (300, 354), interpolation=cv2.INTER_CUBIC))

    rc, _, _ = cli("enroll", "--name", "Eileen Collins", "--external-id", "N1", "--consent",
                   str(tmp_path / "eileen.png"))  # fmt: skip
    assert rc == 0
    rc, out, err = cli("enroll", "--name", "Eileen Twin", "--external-id", "N2", "--consent",
                       str(tmp_path / "twin.png"))  # fmt: skip
    assert rc == 1 and "Eileen Collins" in err and "--allow-lookalike" in err
    rc, out, _ = cli("enroll", "--name", "Eileen Twin", "--external-id", "N2", "--consent",
                     "--allow-lookalike", str(tmp_path / "twin.png"))  # fmt: skip
    assert rc == 0 and "looks like Eileen Collins" in out

    rc, out, err = cli("enroll", "--name", "Pam Melroy", "--consent", str(tmp_path / "small.png"))
    assert rc == 1 and "--allow-weak" in err
    # (the small photo is the astronaut too: a look-alike of both, accepted as well)
    rc, out, _ = cli("enroll", "--name", "Pam Melroy", "--consent", "--allow-weak", "--json",
                     "--allow-lookalike", str(tmp_path / "small.png"))  # fmt: skip
    res = json.loads(out)
    assert rc == 0 and res["weak_samples"] and res["templates_added"][0]["weak"] is True

    rc, out, _ = cli("people", "show", "N2", "--json")
    shown = json.loads(out)
    assert "Eileen Collins" in [la["name"] for la in shown["lookalikes"]]
    rc, out, _ = cli("people", "show", "Pam Melroy")
    assert "WEAK" in out

    answers = iter(["2580", "2580"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    rc, out, _ = cli("people", "pin", "N2")
    assert rc == 0 and "Kiosk PIN of Eileen Twin set" in out
    from desktop_app.attendance.second_factor import check_code

    rc, out, _ = cli("people", "show", "N2", "--json")
    person_id = json.loads(out)["id"]
    from desktop_app.config import load_settings
    from desktop_app.storage.db import open_database

    settings = load_settings(config_file=tmp_path / "settings.toml", data_dir=tmp_path / "data")
    db = open_database(settings)
    try:
        assert check_code(db, [person_id], "2580", "pin").ok
        assert not check_code(db, [person_id], "2581", "pin").ok
    finally:
        db.dispose()
