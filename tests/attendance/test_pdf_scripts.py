"""PDF reports print names in every script: Latin, Greek, Cyrillic, CJK, Arabic (joined, right
to left), Hebrew, Devanagari, Thai, with the fonts shipped in resources/fonts only (the
system's fonts are not looked at), and a name no font covers is written visibly with a
warning.

What a user would notice, checked three ways: the PDF's text (pypdf) gives back each name as
typed (Arabic and Hebrew in logical order); every glyph the PDF shows is a real outline in
the embedded font, never the .notdef box; and pdftoppm's rendering of each name differs from
the same name drawn the old way (one font, no shaping: boxes, unjoined Arabic).
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop_app.attendance.reports import pdf_text
from tests.attendance.pdf_names import export_names, read_text

TZ = ZoneInfo("Asia/Kolkata")
DAY = dt.date(2026, 5, 4)
NAMES = {
    "latin": "Zoë Ångström",
    "greek": "Αθηνά Παπαδοπούλου",
    "cyrillic": "Марія Коваль",
    "chinese": "王芳",
    "japanese": "佐藤 さくら",
    "korean": "김민준",
    "arabic": "فاطمة الزهراء",
    "hebrew": "דוד לוי",
    "devanagari": "प्रिया शर्मा",
    "thai": "สมชาย ใจดี",
}


def _glyphs_shown(path: Path) -> list[tuple[str, str, int]]:
    """Every glyph the PDF's pages show with an embedded TrueType font: (font name, the
    text its ToUnicode gives, the glyph's number of contours in the embedded font; 0 for
    a blank glyph, and the .notdef box is reported as -999)."""
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    shown = []
    reader = PdfReader(str(path))
    for page in reader.pages:
        resources = page["/Resources"]["/Font"]
        fonts: dict[str, tuple[str, Any, dict[int, str]]] = {}
        for key, ref in resources.items():
            font = ref.get_object()
            if "/FontDescriptor" not in font:
                continue  # a standard Type1 font reportlab declares (unused for text here)
            data = font["/FontDescriptor"]["/FontFile2"].get_data()
            tt = TTFont(io.BytesIO(data))
            cmap = tt["cmap"].tables[0].cmap
            to_unicode: dict[int, str] = {}
            cmap_text = font["/ToUnicode"].get_data().decode()
            entries = cmap_text.split("beginbfchar", 1)[1].split("endbfchar", 1)[0]
            for line in entries.strip().splitlines():
                code, text = (part.strip(" <") for part in line.split(">")[:2])
                to_unicode[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
            fonts[key] = (str(font["/BaseFont"]), (tt, cmap), to_unicode)
        current = None
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                current = fonts.get(str(operands[0]))
            elif op in (b"Tj", b"TJ") and current is not None:
                name, (tt, cmap), to_unicode = current
                strings = operands[0] if op == b"TJ" else [operands[0]]
                for s in strings:
                    if isinstance(s, (int, float)):
                        continue
                    raw = s.get_original_bytes() if hasattr(s, "get_original_bytes") else s
                    for code in bytes(raw):
                        glyph = cmap.get(code, ".notdef")
                        contours = (
                            -999 if glyph == ".notdef" else tt["glyf"][glyph].numberOfContours
                        )
                        shown.append((name, to_unicode.get(code, "?"), contours))
    return shown


def _no_boxes(path: Path) -> set[str]:
    """The fonts the PDF draws with, after checking that every glyph it shows is a real
    outline: never the .notdef box, and blank only for spaces and invisible marks."""
    shown = _glyphs_shown(path)
    assert shown
    boxes = [(f, t) for f, t, c in shown if c == -999]
    assert not boxes, boxes
    blank = [(f, t) for f, t, c in shown if c == 0 and t.strip() and t.isprintable()]
    assert not blank, blank
    return {f.split("+", 1)[1] for f, _, _ in shown}


@pytest.mark.usefixtures("shipped_fonts_only")
def test_names_in_every_script_read_back_from_the_pdf_as_typed(db: Any, tmp_path: Path) -> None:
    paths = export_names(db, tmp_path / "report.pdf", list(NAMES.values()), TZ, DAY)
    assert paths.warnings == []
    text = read_text(paths[0])
    for script, name in NAMES.items():
        assert name in text, script  # Arabic and Hebrew in logical order, as typed
    if shutil.which("pdftotext"):  # poppler (Evince, Okular) reads them back too
        poppler = subprocess.run(
            ["pdftotext", str(paths[0]), "-"], capture_output=True, text=True, check=True
        ).stdout
        poppler = poppler.replace("\u202b", "").replace("\u202c", "")  # its RTL marks
        for script, name in NAMES.items():
            assert name in poppler, script
    fonts = _no_boxes(paths[0])
    shipped = {
        "DejaVuSans",
        "NotoSansDevanagari-Regular",
        "NotoSansThai-Regular",
        "DroidSansFallback",
    }
    assert shipped <= fonts, fonts


@pytest.mark.usefixtures("shipped_fonts_only")
@pytest.mark.parametrize(
    ("locale", "weekday", "group"),
    [("zh_CN", "周一", "三年级二班"), ("ar_EG", "الاثنين", "الصف الثالث")],
)
def test_the_reports_own_text_in_chinese_and_arabic_is_not_boxes(
    db: Any, tmp_path: Path, locale: str, weekday: str, group: str
) -> None:
    """Dates and weekdays in the locale (--locale), and a group name in the title heading
    (bold), the title block and the footer."""
    names = [NAMES["latin"], NAMES["chinese"]]
    paths = export_names(db, tmp_path / "report.pdf", names, TZ, DAY, locale, group)
    text = read_text(paths[0])
    assert weekday in text  # the register's and the chart's weekday
    assert f"Attendance report: group {group}" in text
    _no_boxes(paths[0])


@pytest.mark.usefixtures("shipped_fonts_only")
def test_a_character_no_font_has_is_written_visibly_with_a_warning(db: Any, tmp_path: Path) -> None:
    name = "Kavya தமிழ்"  # Tamil: not in the shipped fonts, and no system font here
    paths = export_names(db, tmp_path / "report.pdf", [name, NAMES["thai"]], TZ, DAY)
    text = read_text(paths[0])
    assert "Kavya [U+0BA4]" in text and NAMES["thai"] in text
    [warning] = paths.warnings  # one for the name, though it is printed four times
    assert "U+0BA4" in warning and "'தமிழ்'" in warning
    _no_boxes(paths[0])


def test_a_system_font_draws_a_script_the_shipped_ones_lack(db: Any, tmp_path: Path) -> None:
    pdf_text.reset()
    if pdf_text.system_font_for("த") is None:
        pytest.skip("no TrueType font with Tamil on this system")
    paths = export_names(db, tmp_path / "report.pdf", ["Kavya தமிழ்"], TZ, DAY)
    assert paths.warnings == []
    assert "Kavya தமிழ்" in read_text(paths[0])
    _no_boxes(paths[0])


def test_without_fontconfig_the_font_folders_are_searched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Windows and macOS have no fc-list: the standard font folders are read instead (here
    a folder holding one Tamil font stands for C:\\Windows\\Fonts)."""
    tamil = pdf_text.system_font_for("த")
    if tamil is None:
        pytest.skip("no TrueType font with Tamil on this system")
    folder = tmp_path / "Fonts"
    folder.mkdir()
    shutil.copy(tamil, folder / "Latha.ttf")
    monkeypatch.setattr(pdf_text.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf_text, "_system_font_dirs", lambda: [folder])
    pdf_text._font_folder_files.cache_clear()
    try:
        assert pdf_text.system_font_for("த") == folder / "Latha.ttf"
        assert pdf_text.system_font_for("ሀ") is None  # Ethiopic: not in that folder
    finally:
        pdf_text._font_folder_files.cache_clear()


def _render(path: Path) -> bytes:
    out = subprocess.run(
        ["pdftoppm", "-r", "100", "-gray", str(path)], capture_output=True, check=True
    ).stdout
    return out


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.usefixtures("shipped_fonts_only")
def test_pdftoppm_draws_each_script_unlike_the_one_font_unshaped_way(tmp_path: Path) -> None:
    """Each name drawn as the report draws it, and as reportlab alone draws it with the
    base font (boxes for CJK/Devanagari/Thai, unjoined left-to-right Arabic and Hebrew):
    the renderings differ for exactly the scripts the base font cannot draw as they are,
    and are identical for Latin, Greek and Cyrillic (so the comparison can tell)."""
    from reportlab.pdfgen.canvas import Canvas

    def page(name: str, ours: bool) -> bytes:
        path = tmp_path / f"{'ours' if ours else 'plain'}.pdf"
        c = Canvas(str(path), pagesize=(300, 40))
        if ours:
            pdf_text.draw(c, 10, 15, name, 14)
        else:
            c.setFont(pdf_text.REGULAR, 14)
            c.drawString(10, 15, name)
        c.save()
        return _render(path)

    for script, name in NAMES.items():
        ours, plain = page(name, True), page(name, False)
        assert min(ours.split(b"\n", 3)[3]) < 100, script  # dark pixels: something is drawn
        if script in ("latin", "greek", "cyrillic"):
            assert ours == plain, script
        else:
            assert ours != plain, script
