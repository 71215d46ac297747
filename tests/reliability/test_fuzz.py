"""Bad input never crashes the app: only typed errors, and nothing half-written.

Hypothesis drives the real code (image loading, roster import, settings files, database
URLs, the CLI) with generated input; ``benchmarks/reliability/fuzz.py`` runs the same
targets with many more cases and reports the counts.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from benchmarks.reliability import fuzz_targets as ft

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as d:
        yield Path(d)


@FUZZ
@given(sample=ft.image_inputs())
def test_image_loading_gives_a_picture_or_an_image_error(sample: Any, scratch: Path) -> None:
    ft.check_image(sample, scratch)


def test_truncated_and_huge_images_are_refused_with_a_clear_message() -> None:
    from desktop_app.errors import ImageError
    from desktop_app.vision.image_io import load_image

    jpg = ft.encoded_images()[".jpg"]
    with pytest.raises(ImageError, match="truncated"):
        load_image(jpg[: len(jpg) // 2], name="half.jpg")
    with pytest.raises(ImageError, match=r"enormous|MP"):
        load_image(ft.png_with_size(60_000, 60_000), name="huge.png")
    with pytest.raises(ImageError, match="empty"):
        load_image(b"", name="empty.png")


@FUZZ
@given(sample=ft.settings_files())
def test_settings_files_load_or_raise_config_error(sample: bytes, scratch: Path) -> None:
    assert ft.check_settings(sample, scratch) in ("ok", "ConfigError")


@FUZZ
@given(url=ft.database_urls())
def test_database_urls_open_or_raise_a_database_error(url: str, tmp_path: Path) -> None:
    ft.check_database_url(url, tmp_path)


@pytest.mark.parametrize("url", ["postgresql://[::1", "postgresql://h:abc/x", "sqlite://:x"])
def test_database_url_with_a_bad_port_is_a_clear_error(url: str, tmp_path: Path) -> None:
    assert ft.check_database_url(url, tmp_path) == "DatabaseUnavailable"


@pytest.fixture(scope="module")
def roster_ctx(models_dir: Path) -> Iterator[tuple[Any, Path, Any]]:
    from desktop_app.config import load_settings
    from desktop_app.context import AppContext
    from desktop_app.storage import schema as m

    with tempfile.TemporaryDirectory(prefix="fuzz-roster-") as d:
        root = Path(d)
        (root / "data").mkdir()
        (root / "data" / "models").symlink_to(models_dir)
        (root / "empty.toml").touch()
        ctx = AppContext(load_settings(root / "empty.toml", environ={}, data_dir=root / "data"))

        def counts() -> tuple[int, int]:
            return ctx.db.run(
                lambda s: (
                    s.scalar(select(func.count(m.Person.id))),
                    s.scalar(select(func.count(m.FaceTemplate.id))),
                )
            )

        yield ctx, root, counts
        ctx.close()


@FUZZ
@given(data=ft.roster_csvs(giant=False))  # giant fields: the two tests below
def test_roster_import_refuses_bad_files_and_writes_nothing(
    data: bytes, roster_ctx: tuple[Any, Path, Any]
) -> None:
    ctx, root, counts = roster_ctx
    ft.check_roster(data, ctx, root, counts)


def test_roster_with_a_giant_field_is_refused_cleanly(roster_ctx: tuple[Any, Path, Any]) -> None:
    ctx, root, counts = roster_ctx
    data = ("name,group\nAna," + "G" * 200_000 + "\n").encode()
    assert ft.check_roster(data, ctx, root, counts) in ("RosterError", "refused")


def test_roster_with_a_giant_header_field_is_refused_cleanly(
    roster_ctx: tuple[Any, Path, Any],
) -> None:
    ctx, root, counts = roster_ctx
    data = ("\n" + "G" * 200_000 + "\n").encode()
    assert ft.check_roster(data, ctx, root, counts) == "RosterError"


def test_roster_with_an_overlong_photo_name_is_refused_cleanly(
    roster_ctx: tuple[Any, Path, Any],
) -> None:
    ctx, root, counts = roster_ctx
    data = ("name,photo\nAna," + "p" * 300 + ".jpg\n").encode()
    assert ft.check_roster(data, ctx, root, counts) in ("refused", "RosterError")


def test_cli_downgrade_to_an_unknown_revision_is_one_clear_line(tmp_path: Path) -> None:
    assert ft.check_cli(["db", "downgrade", "people"], tmp_path) == "exit 1"


@FUZZ
@given(argv=ft.cli_argvs())
def test_cli_with_random_arguments_exits_cleanly(argv: list[str], tmp_path: Path) -> None:
    ft.check_cli(argv, tmp_path)
