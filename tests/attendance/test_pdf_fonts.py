"""PDF reports print every name with the font shipped in resources/fonts, on any OS.

``no_system_fonts`` hides the OS font folders (a Mac has no DejaVu; Windows' are elsewhere):
the names must still come back out of the PDF's text (pypdf), which only works when the
embedded font has their glyphs.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop_app.attendance.reports import pdf, pdf_text
from tests.attendance.pdf_names import export_names, read_text

TZ = ZoneInfo("Europe/Athens")
DAY = dt.date(2026, 5, 4)
NAMES = ["Марія Коваль", "Αθηνά Παπαδοπούλου", "Zoë Ångström", "Şule Çelik"]
SYSTEM_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows")


@pytest.fixture
def no_system_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    real_exists = pathlib.Path.exists

    def exists(self: Path, *args: Any, **kwargs: Any) -> bool:
        if self.as_posix().startswith(SYSTEM_FONT_DIRS):
            return False
        return real_exists(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "exists", exists)
    pdf_text.reset()  # no system font looked up before counts


def test_shipped_font_files_and_licence_are_there() -> None:
    regular, bold = pdf.font_files()
    assert regular.stat().st_size > 100_000 and bold.stat().st_size > 100_000
    licence = regular.parent / "LICENSE-DejaVu.txt"
    assert "Bitstream" in licence.read_text(encoding="utf-8")


@pytest.mark.usefixtures("no_system_fonts")
def test_cyrillic_greek_and_accented_names_extract_back_from_the_pdf(
    db: Any, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    [path] = export_names(db, tmp_path / "Τάξη Β2.pdf", NAMES, TZ, DAY)
    reader = PdfReader(str(path))
    text = read_text(path)
    for name in NAMES:
        assert name in text, name
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert any("DejaVuSans" in f for f in fonts), fonts
