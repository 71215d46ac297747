"""``face-attendance report --locale``: the PDF in the reader's formats, CSV still ISO 8601,
XLSX dates still typed cells."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from tests.cli import test_report_cmd as base

# the CLI on a temp data dir in Europe/Berlin, with Ana's 08:02 mark (test_report_cmd.py)
cli = base.cli
seeded = base.seeded


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def report(cli: Any, capsys: Any, out: Path, *extra: str) -> tuple[int, str, str]:
    return cli(
        "report", "--from", "2026-03-30", "--to", "2026-03-31", "-o", str(out), *extra,
        capsys=capsys,
    )  # fmt: skip


def test_pdf_follows_the_locale(cli, seeded, tmp_path, capsys) -> None:
    code, _, err = report(cli, capsys, tmp_path / "de.pdf", "--locale", "de_DE")
    assert code == 0, err
    de = pdf_text(tmp_path / "de.pdf")
    assert "30.03.2026" in de or "30. März 2026" in de
    assert "Mo." in de  # German weekday in the register
    code, _, err = report(cli, capsys, tmp_path / "us.pdf", "--locale", "en_US", "--json")
    assert code == 0, err
    us = pdf_text(tmp_path / "us.pdf").replace("\u202f", " ")
    assert "8:02 AM" in us  # 12-hour clock: Ana's mark at 08:02 Berlin time
    assert "8:02 AM" not in pdf_text(tmp_path / "de.pdf").replace("\u202f", " ")
    code, _, _ = report(cli, capsys, tmp_path / "plain.pdf")
    assert "30 Mar 2026" in pdf_text(tmp_path / "plain.pdf")  # no --locale: as before


def test_csv_stays_iso_and_xlsx_stays_typed(cli, seeded, tmp_path, capsys) -> None:
    code, out, err = report(
        cli, capsys, tmp_path / "e.csv", "--locale", "de_DE", "--view", "events", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["locale"] == "de_DE"
    rows = list(csv.DictReader((tmp_path / "e.csv").read_text("utf-8-sig").splitlines()))
    assert rows[0]["Date"] == "2026-03-30" and rows[0]["Time"] == "08:02:00"
    code, _, err = report(cli, capsys, tmp_path / "r.xlsx", "--locale", "de_DE")
    assert code == 0, err
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "r.xlsx")
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert any(isinstance(v, dt.datetime | dt.date) for v in cells)


def test_unknown_locale_is_refused_before_writing(cli, seeded, tmp_path, capsys) -> None:
    code, _, err = report(cli, capsys, tmp_path / "x.pdf", "--locale", "xx_QQ")
    assert code != 0 and "Unknown locale 'xx_QQ'" in err
    assert not (tmp_path / "x.pdf").exists()
