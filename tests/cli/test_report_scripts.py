"""``face-attendance report`` tells, on stderr and in ``--json``'s ``warnings``, when a PDF
had to print a character no font has (as ``[U+XXXX]``); other formats never warn."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli import test_report_cmd as base

cli = base.cli
seeded = base.seeded
TAMIL_GROUP = "வகுப்பு 3"  # Tamil: in none of the shipped fonts


def report(cli: Any, capsys: Any, out: Path, *extra: str) -> tuple[int, str, str]:
    args = ("report", "--from", "2026-03-30", "--group", TAMIL_GROUP, "-o", str(out), *extra)
    return cli(*args, capsys=capsys)  # type: ignore[no-any-return]


@pytest.mark.usefixtures("seeded", "shipped_fonts_only")
def test_a_character_without_a_font_is_reported(cli: Any, tmp_path: Path, capsys: Any) -> None:
    code, out, err = report(cli, capsys, tmp_path / "r.pdf", "--json")
    assert code == 0, err
    [warning] = json.loads(out)["warnings"]
    assert "U+0BB5" in warning and "'வகுப்பு'" in warning
    code, out, err = report(cli, capsys, tmp_path / "r2.pdf")
    assert code == 0 and err.startswith("warning: no font has U+0B95")
    code, out, err = report(cli, capsys, tmp_path / "r.csv", "--json")
    assert code == 0 and json.loads(out)["warnings"] == []
