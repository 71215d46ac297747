"""Settings: file < environment < flags; bad values give one clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.config import load_settings, save_settings
from desktop_app.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "settings.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_precedence_file_env_flags(tmp_path: Path) -> None:
    cfg = _write(tmp_path, "[detector]\nmin_face = 60\n[attendance]\ncooldown_seconds = 120\n")
    s = load_settings(config_file=cfg, environ={})
    assert s.detector.min_face == 60 and s.attendance.cooldown_seconds == 120
    env = {"FACE_ATTENDANCE_DETECTOR__MIN_FACE": "80"}
    s = load_settings(config_file=cfg, environ=env)
    assert s.detector.min_face == 80
    assert s.attendance.cooldown_seconds == 120  # the file still applies to other keys
    s = load_settings(config_file=cfg, environ=env, data_dir=tmp_path / "d")
    assert s.data_dir == tmp_path / "d"
    s = load_settings(config_file=cfg, environ={"FACE_ATTENDANCE_DATABASE_URL": "sqlite://"})
    assert s.resolved_database_url == "sqlite://"


def test_default_database_is_sqlite_in_data_dir(tmp_path: Path) -> None:
    s = load_settings(config_file=_write(tmp_path, ""), environ={}, data_dir=tmp_path / "x")
    assert s.resolved_database_url == f"sqlite:///{tmp_path / 'x' / 'attendance.sqlite3'}"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[detector]\nmin_face = 3\n", "detector.min_face"),
        ("[detector\nmin_face = 3\n", "Cannot read settings file"),
        ("unknown_key = 1\n", "unknown_key"),
        ('[attendance]\nmode = "sometimes"\n', "attendance.mode"),
    ],
)
def test_bad_settings_file_is_a_clear_error(tmp_path: Path, text: str, needle: str) -> None:
    cfg = _write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_settings(config_file=cfg, environ={})
    assert needle in str(err.value)
    assert cfg.read_text() == text  # never rewritten


def test_bad_env_value_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cooldown_seconds"):
        load_settings(
            config_file=_write(tmp_path, ""),
            environ={"FACE_ATTENDANCE_ATTENDANCE__COOLDOWN_SECONDS": "soon"},
        )


def test_missing_explicit_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(config_file=tmp_path / "nope.toml", environ={})


def test_save_roundtrip_keeps_only_changes(tmp_path: Path) -> None:
    cfg = _write(tmp_path, "")
    s = load_settings(config_file=cfg, environ={}, data_dir=tmp_path / "d")
    s.detector.min_face = 72
    save_settings(s, cfg)
    text = cfg.read_text()
    assert "min_face = 72" in text and "cooldown_seconds" not in text
    assert load_settings(config_file=cfg, environ={}).detector.min_face == 72


def test_old_database_copies_can_be_kept_without_an_age_limit_in_the_file(tmp_path: Path) -> None:
    """``privacy.backup_copies_days = 0`` is the settings file's "no age limit" (TOML has no
    null): it loads, survives a save (as the Settings page saves), and the environment's
    null, the only way before, means the same; a negative number is a clear error."""
    cfg = _write(tmp_path, "[privacy]\nbackup_copies_days = 0\n")
    s = load_settings(config_file=cfg, environ={}, data_dir=tmp_path / "d")
    assert s.privacy.backup_copies_days == 0
    s.detector.min_face = 72
    save_settings(s, cfg)
    assert "backup_copies_days = 0" in cfg.read_text()
    assert load_settings(config_file=cfg, environ={}).privacy.backup_copies_days == 0
    env = {"FACE_ATTENDANCE_PRIVACY": '{"backup_copies_days": null}'}
    assert (
        load_settings(config_file=_write(tmp_path, ""), environ=env).privacy.backup_copies_days == 0
    )
    with pytest.raises(ConfigError, match=r"privacy\.backup_copies_days"):
        load_settings(
            config_file=_write(tmp_path, "[privacy]\nbackup_copies_days = -1\n"), environ={}
        )


@pytest.mark.parametrize(
    ("text", "kiosk", "room"),
    [
        ("", "short", "full"),  # "auto": the kiosk's one person near, the room's small faces
        ('[detector]\nblazeface_range = "auto"\n', "short", "full"),
        # files written before "auto" existed keep meaning what they said, in both places
        ('[detector]\nblazeface_range = "short"\n', "short", "short"),
        ('[detector]\nblazeface_range = "full"\n', "full", "full"),
    ],
)
def test_blazeface_range_per_scene_and_older_files(
    tmp_path: Path, text: str, kiosk: str, room: str
) -> None:
    s = load_settings(config_file=_write(tmp_path, text), environ={})
    assert s.for_scene("kiosk").detector.blazeface_range == kiosk
    assert s.for_scene("room").detector.blazeface_range == room
    assert s.detector.blazeface_range == (text.split('"')[1] if text else "auto")
    save_settings(s.for_scene("room"), tmp_path / "out.toml")  # a resolved copy still saves


def test_blazeface_range_bad_value_names_the_choices(tmp_path: Path) -> None:
    cfg = _write(tmp_path, '[detector]\nblazeface_range = "room"\n')
    with pytest.raises(ConfigError) as err:
        load_settings(config_file=cfg, environ={})
    assert "blazeface_range" in str(err.value) and "'auto'" in str(err.value)


def test_the_kiosk_command_gets_the_kiosk_scene() -> None:
    from desktop_app.cli import build_parser, make_context

    parser = build_parser()
    for argv, scene in ((["kiosk"], "kiosk"), (["gui"], "room"), (["recognize", "x"], "room")):
        args = parser.parse_args(argv)
        assert make_context(args).scene == scene, argv


def test_a_data_folder_or_password_given_outside_the_file_is_not_saved_into_it(
    tmp_path: Path,
) -> None:
    """``--data-dir X gui`` and Save must not make every later plain start open X, and a
    database password from the environment must not land in the settings file."""
    cfg = _write(tmp_path, f'data_dir = "{(tmp_path / "usual").as_posix()}"\n')
    env = {"FACE_ATTENDANCE_DATABASE_URL": "postgresql://ops:s3cret@db/att"}
    s = load_settings(config_file=cfg, environ=env, data_dir=tmp_path / "other")
    assert s.data_dir == tmp_path / "other"
    s.detector.min_face = 72
    save_settings(s, cfg)
    text = cfg.read_text()
    assert "min_face = 72" in text and "s3cret" not in text and "other" not in text
    plain = load_settings(config_file=cfg, environ={})
    assert plain.data_dir == tmp_path / "usual" and plain.detector.min_face == 72
    assert plain.database_url is None


def test_a_value_changed_since_it_came_from_a_flag_is_saved(tmp_path: Path) -> None:
    cfg = _write(tmp_path, "")
    env = {"FACE_ATTENDANCE_DETECTOR__MIN_FACE": "80"}
    s = load_settings(config_file=cfg, environ=env, data_dir=tmp_path / "other")
    changed = s.model_copy(update={"data_dir": tmp_path / "chosen"})
    changed.detector.min_face = 90  # the operator typed these on the Settings page
    save_settings(changed, cfg)
    saved = load_settings(config_file=cfg, environ={})
    assert saved.data_dir == tmp_path / "chosen" and saved.detector.min_face == 90
    untouched = load_settings(config_file=cfg, environ=env, data_dir=tmp_path / "again")
    save_settings(untouched, cfg)  # nothing changed: the file keeps its own values
    saved = load_settings(config_file=cfg, environ={})
    assert saved.data_dir == tmp_path / "chosen" and saved.detector.min_face == 90
