"""Text in every script for the PDF reports: which font draws each character, right-to-left
order, and shaping.

- **Fonts**: the shipped set in ``resources/fonts`` (DejaVu Sans: Latin, Greek, Cyrillic,
  Hebrew, Arabic; Noto Sans Devanagari and Thai; Droid Sans Fallback: CJK and Hangul), then
  the system's fonts for a character none of those has (fontconfig on Linux, the standard
  font folders on Windows and macOS). Each character goes to the first font that has it;
  marks, spaces and punctuation stay with the font of the letter before them.
- **Order and shaping**: python-bidi's Unicode bidi algorithm gives each character its
  level; each run of one level and one font is shaped by HarfBuzz (``uharfbuzz``: joined
  Arabic, Devanagari conjuncts and vowel signs, Thai marks) and the runs are laid out in
  visual order.
- **Text stays text**: glyphs are written in visual order, as PDF readers expect, and each
  glyph's ToUnicode entry is the text of its cluster (a joined Arabic form reads back as its
  letter, a conjunct as its letters), so copying and searching give the name as typed; a
  cluster of several glyphs is also an ActualText span.
- A character no font has is written as ``[U+XXXX]`` (visible, never a blank box); the
  words concerned are gathered under :func:`collecting` and become the export's warnings
  (:func:`warnings_for`).

ReportLab embeds only the glyphs used (a subset per font).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

REGULAR, BOLD = "ReportSans", "ReportSans-Bold"  # the base font's names in the PDF
# (regular file, bold file or None): the order is the fallback order
SHIPPED = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    ("DroidSansFallback.ttf", None),
)
_PUA = 0xF0000  # plane-15 private use: codes for glyphs that have no character of their own


def font_files() -> list[Path]:
    """Every shipped font file, in fallback order."""
    from desktop_app.paths import resource_path

    return [resource_path("fonts", f) for pair in SHIPPED for f in pair if f]


def _report_font_class() -> Any:
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

    class ReportFont(TTFont):
        """A TrueType font that can draw any glyph HarfBuzz picks, with the ToUnicode
        entry saying which text the glyph stands for."""

        def __init__(self, name: str, path: Path) -> None:
            super().__init__(name, str(path))
            self.path = path
            self._hb: Any = None
            self._upem = 1000
            self._text_of: dict[int, str] = {}
            self._code_for: dict[tuple[int, str], int] = {}
            self._next = _PUA
            self.bold_face = False  # True for a real bold file (else bold is drawn thicker)

        def covers(self, ch: str) -> bool:
            return ord(ch) < _PUA and ord(ch) in self.face.charToGlyph

        def hb(self) -> Any:
            if self._hb is None:
                import uharfbuzz as hb

                self._hb = hb.Font(hb.Face(hb.Blob.from_file_path(str(self.path))))
                self._upem = self._hb.face.upem
            return self._hb

        def code(self, gid: int, text: str) -> int:
            """The character code that draws glyph ``gid`` and reads back as ``text``."""
            key = (gid, text)
            code = self._code_for.get(key)
            if code is None:
                if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == gid:
                    code = ord(text)
                else:
                    code = self._next
                    self._next += 1
                    self.face.charToGlyph[code] = gid
                    advance = self.hb().get_glyph_h_advance(gid)
                    self.face.charWidths[code] = round(advance * 1000 / self._upem)
                    self._text_of[code] = text
                self._code_for[key] = code
            return code

        def addObjects(self, doc: Any) -> None:
            """ReportLab's objects, then a ToUnicode map with each glyph's own text (in
            UTF-16, so characters beyond the BMP read back too)."""
            subsets = [list(s) for s in self.state[doc].subsets]
            super().addObjects(doc)
            for n, subset in enumerate(subsets):
                base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                name = base.decode("pdfdoc")
                stream = doc.idToObject.get("toUnicodeCMap:" + name)
                if stream is not None:
                    stream.content = _to_unicode_cmap(name, subset, self._text_of)

    return ReportFont


def _to_unicode_cmap(name: str, subset: list[int], text_of: dict[int, str]) -> str:
    entries = []
    for i, code in enumerate(subset):
        text = text_of.get(code, chr(code))
        entries.append(f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@dataclass
class _Chain:
    regular: list[Any]
    bold: list[Any]
    shipped: int  # how many of each list are the shipped fonts (system ones follow)
    searched: set[str] = field(default_factory=set)  # characters looked up on the system


_CHAIN: _Chain | None = None


def chain() -> _Chain:
    """Register the shipped fonts once (the base under ``ReportSans``/``ReportSans-Bold``).
    A missing or broken file is skipped with a warning; with no base font at all,
    ReportLab's own Vera stands in (Latin only)."""
    global _CHAIN
    if _CHAIN is not None:
        return _CHAIN
    from reportlab.pdfbase import pdfmetrics

    from desktop_app.paths import resource_path

    cls = _report_font_class()
    regular: list[Any] = []
    bold: list[Any] = []
    for i, (reg_name, bold_name) in enumerate(SHIPPED):
        names = (REGULAR, BOLD) if i == 0 else (f"ReportSans{i}", f"ReportSans{i}-Bold")
        try:
            reg = cls(names[0], resource_path("fonts", reg_name))
            bld = cls(names[1], resource_path("fonts", bold_name)) if bold_name else reg
        except Exception as exc:  # missing or damaged file: that script will not print
            log.warning("cannot use the font %s (%s); reinstall the app", reg_name, exc)
            continue
        pdfmetrics.registerFont(reg)
        if bld is not reg:
            pdfmetrics.registerFont(bld)
            bld.bold_face = True
        regular.append(reg)
        bold.append(bld)
    if not regular or regular[0].fontName != REGULAR:
        import reportlab

        vera = Path(reportlab.__file__).parent / "fonts"
        reg, bld = cls(REGULAR, vera / "Vera.ttf"), cls(BOLD, vera / "VeraBd.ttf")
        pdfmetrics.registerFont(reg)
        pdfmetrics.registerFont(bld)
        bld.bold_face = True
        regular.insert(0, reg)
        bold.insert(0, bld)
    _CHAIN = _Chain(regular, bold, len(regular))
    return _CHAIN


def reset() -> None:
    """Forget the system fonts added so far and the cached layouts (tests that change
    which system fonts exist). The shipped fonts stay registered: reportlab keeps the
    first font object of each face for later documents."""
    if _CHAIN is not None:
        del _CHAIN.regular[_CHAIN.shipped :]
        del _CHAIN.bold[_CHAIN.shipped :]
        _CHAIN.searched.clear()
    _layout.cache_clear()


# ---- system fonts --------------------------------------------------------------------------


def _system_font_dirs() -> list[Path]:
    if sys.platform == "win32":
        dirs = [Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            Path.home() / "Library" / "Fonts",
        ]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]


def system_font_for(ch: str) -> Path | None:
    """A TrueType-outlined system font file that has ``ch``: fontconfig where it exists
    (Linux), else the standard font folders. None when there is none."""
    candidates: list[Path] = []
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            out = subprocess.run(
                [fc_list, "--format", "%{file}\n", f":charset={ord(ch):x}"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout
            candidates = sorted(Path(line) for line in out.splitlines() if line.strip())
        except (OSError, subprocess.SubprocessError):
            candidates = []
    else:
        candidates = _font_folder_files()
    for path in candidates:
        if path.suffix.lower() in (".ttf", ".otf") and _has_glyph(path, ch):
            return path
    return None


@functools.cache
def _font_folder_files() -> list[Path]:
    files: list[Path] = []
    for folder in _system_font_dirs():
        if folder.is_dir():
            files += sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".otf"))
    return files


@functools.cache
def _cmap_of(path: Path) -> frozenset[int]:
    """The characters a font file maps, if ReportLab can embed it (TrueType outlines)."""
    from fontTools.ttLib import TTFont

    try:
        with TTFont(str(path), lazy=True) as font:
            if "glyf" not in font:
                return frozenset()
            return frozenset(font.getBestCmap() or {})
    except Exception:  # unreadable or not a font: never a candidate
        return frozenset()


def _has_glyph(path: Path, ch: str) -> bool:
    return ord(ch) in _cmap_of(path)


def _add_system_font(ch: str) -> bool:
    """Look ``ch`` up on the system once; a font found joins the end of both chains."""
    c = chain()
    if ch in c.searched:
        return False
    c.searched.add(ch)
    path = system_font_for(ch)
    if path is None or any(getattr(f, "path", None) == path for f in c.regular):
        return False
    from reportlab.pdfbase import pdfmetrics

    try:
        font = _report_font_class()(f"ReportSansSystem{len(c.regular)}", path)
        pdfmetrics.registerFont(font)
    except Exception as exc:
        log.warning("cannot embed the system font %s (%s)", path, exc)
        return False
    log.info("PDF: %s (U+%04X) drawn with the system font %s", ch, ord(ch), path)
    c.regular.append(font)
    c.bold.append(font)
    return True


# ---- layout ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Glyph:
    font: Any
    code: int
    x: float  # in points from the line's start
    y: float
    # on the first glyph of a cluster drawn with several glyphs (a Devanagari syllable):
    # the cluster's text and its glyph count, written as the span's ActualText
    span: str = ""
    span_glyphs: int = 0


@dataclass(frozen=True)
class Line:
    glyphs: tuple[Glyph, ...]
    width: float
    missing: str  # characters no font has (written as [U+XXXX])
    bold: bool = False


_MISSING: ContextVar[dict[str, set[str]] | None] = ContextVar("pdf_missing", default=None)


@contextlib.contextmanager
def collecting() -> Iterator[dict[str, set[str]]]:
    """Collect, while the block runs, every drawn word with characters no font has."""
    found: dict[str, set[str]] = {}
    token = _MISSING.set(found)
    try:
        yield found
    finally:
        _MISSING.reset(token)


class FontWarning(str):
    """A warning (English, for logs and the CLI) that knows the ``word`` it is about, so
    a GUI can say it in its own language."""

    word: str

    def __new__(cls, text: str, word: str) -> FontWarning:
        made = super().__new__(cls, text)
        made.word = word
        return made


def warnings_for(found: dict[str, set[str]]) -> list[str]:
    """One warning per word with characters no font has (a piece of it, cut with "…" to
    fit a column or broken across lines, counts as the word itself)."""
    out: list[str] = []
    for word, chars in sorted(found.items()):
        stem = word.removesuffix("…")
        if any(o != word and stem in o for o in found):
            continue
        codes = ", ".join(f"U+{ord(c):04X}" for c in sorted(chars))
        text = (
            f"no font has {codes} in {word!r}: the PDF shows [U+XXXX] there "
            "(install a font with that script, or check the name)"
        )
        out.append(FontWarning(text, word))
    return out


def simple(text: str) -> bool:
    """True when the base font draws ``text`` as it is: every character in it, nothing
    right-to-left, no combining marks. Such text keeps ReportLab's plain, fast path."""
    base = chain().regular[0].face.charToGlyph
    for ch in text:
        o = ord(ch)
        if o < 0x250:  # Latin: always in the base font, never shaped
            if ch != "\n" and o < 32:
                return False
            continue
        if o not in base or unicodedata.bidirectional(ch) in _RTL_TYPES:
            return False
        if unicodedata.category(ch).startswith("M"):
            return False
    return True


_RTL_TYPES = {"R", "AL", "AN", "RLE", "RLO", "RLI", "FSI", "LRE", "LRO", "LRI", "PDF", "PDI"}


def layout(text: str, size: float, bold: bool = False) -> Line:
    """``text`` as one line of positioned glyphs (cached: table cells repeat)."""
    return _layout(text, size, bold)


def _note_missing(text: str, missing: str) -> None:
    """Remember, for the export's warnings, each drawn word with characters no font has
    (by word: a name wrapped or cut to fit a column is still one name)."""
    found = _MISSING.get()
    if found is None or not missing:
        return
    for word in text.split():
        chars = {c for c in word if c in missing}
        if chars:
            found.setdefault(word, set()).update(chars)


def width(text: str, size: float, bold: bool = False) -> float:
    if simple(text):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(stringWidth(text, BOLD if bold else REGULAR, size))
    return layout(text, size, bold).width


@functools.lru_cache(maxsize=8192)
def _layout(text: str, size: float, bold: bool) -> Line:
    fonts = chain().bold if bold else chain().regular
    chars, missing = _with_fallbacks(text, fonts)
    if not chars:
        return Line((), 0.0, missing, bold)
    levels = _bidi_levels("".join(chars))
    owners = _font_per_char(chars, fonts)
    runs: list[tuple[int, Any, str]] = []  # (level, font, text) in logical order
    for ch, level, font in zip(chars, levels, owners, strict=True):
        if runs and runs[-1][0] == level and runs[-1][1] is font:
            runs[-1] = (level, font, runs[-1][2] + ch)
        else:
            runs.append((level, font, ch))
    glyphs: list[Glyph] = []
    pen = 0.0
    for level, font, run in _visual_order(runs):
        for gid, cluster_text, adv, dx, dy, span, n in _shape(font, run, level % 2 == 1):
            scale = size / font._upem
            code = font.code(gid, cluster_text)
            glyphs.append(Glyph(font, code, pen + dx * scale, dy * scale, span, n))
            pen += adv * scale
    return Line(tuple(glyphs), pen, missing, bold)


def _with_fallbacks(text: str, fonts: list[Any]) -> tuple[list[str], str]:
    """The characters to draw: one no font has becomes ``[U+XXXX]`` (after a look at the
    system's fonts); invisible format characters (joiners, marks of direction, variation
    selectors) are kept for the bidi algorithm and HarfBuzz."""
    out: list[str] = []
    missing = ""
    for ch in text:
        if ch == "\n":
            ch = " "
        if (
            any(f.covers(ch) for f in fonts)
            or _ignorable(ch)
            or (_add_system_font(ch) and fonts[-1].covers(ch))
        ):
            out.append(ch)
            continue
        missing += ch
        out.extend(f"[U+{ord(ch):04X}]")
    return out, missing


def _ignorable(ch: str) -> bool:
    """Invisible format characters HarfBuzz handles without a glyph: joiners, marks of
    direction, variation selectors."""
    o = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF


def _font_per_char(chars: list[str], fonts: list[Any]) -> list[Any]:
    """The first font that has each character; a mark, joiner, space, digit or punctuation
    mark stays with the font before it when that font has it, so a cluster or a name's
    spaces are not split between fonts."""
    owners: list[Any] = []
    for ch in chars:
        prev = owners[-1] if owners else None
        cat = unicodedata.category(ch)
        if prev is not None and not cat.startswith("L") and (prev.covers(ch) or cat == "Cf"):
            owners.append(prev)
            continue
        owners.append(next((f for f in fonts if f.covers(ch)), prev or fonts[0]))
    return owners


def _bidi_levels(text: str) -> list[int]:
    """The resolved embedding level of each character (Unicode bidi algorithm, rules up to
    I2, from python-bidi's reference implementation); 0 throughout for left-to-right text."""
    if not any(unicodedata.bidirectional(c) in _RTL_TYPES for c in text):
        return [0] * len(text)
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    base = uba.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [int(c["level"]) for c in storage["chars"]]
    if len(levels) != len(text):  # surrogates cannot occur in str; be safe anyway
        return [base] * len(text)
    # L1: trailing whitespace takes the paragraph level
    i = len(text)
    while i and unicodedata.bidirectional(text[i - 1]) in ("WS", "B", "S"):
        i -= 1
        levels[i] = base
    return levels


def _visual_order(runs: list[tuple[int, Any, str]]) -> list[tuple[int, Any, str]]:
    """Rule L2 on runs: from the highest level down to the lowest odd one, reverse every
    stretch of runs at that level or above."""
    if not runs:
        return runs
    order = list(runs)
    top = max(r[0] for r in order)
    lowest_odd = min((r[0] for r in order if r[0] % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i][0] >= level:
                j = i
                while j < len(order) and order[j][0] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _shape(font: Any, text: str, rtl: bool) -> list[tuple[int, str, int, int, int, str, int]]:
    """HarfBuzz's glyphs for one run, left to right: (glyph id, the text it reads back as,
    x advance, x offset, y offset, span text, span glyph count) in font units. The first
    glyph of a cluster carries the cluster's text, the others read back as nothing; a
    cluster of several glyphs also gets its text as a span (ActualText) on its first glyph,
    for readers that would otherwise mark the silent glyphs as unknown."""
    import uharfbuzz as hb

    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = "rtl" if rtl else "ltr"
    buf.guess_segment_properties()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font.hb(), buf, {})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    starts = sorted({info.cluster for info in infos})
    end_of = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    count: dict[int, int] = {}
    for info in infos:
        count[info.cluster] = count.get(info.cluster, 0) + 1
    done: set[int] = set()
    out = []
    for info, pos in zip(infos, positions, strict=True):
        c = info.cluster
        first = c not in done
        cluster_text = text[c : end_of[c]] if first else ""
        done.add(c)
        span, n = (cluster_text, count[c]) if first and count[c] > 1 else ("", 0)
        out.append(
            (info.codepoint, cluster_text, pos.x_advance, pos.x_offset, pos.y_offset, span, n)
        )
    return out


# ---- drawing -------------------------------------------------------------------------------


def draw(
    canv: Any, x: float, y: float, text: str, size: float, bold: bool = False, anchor: str = "start"
) -> float:
    """Draw one line of ``text`` with its baseline at ``y``; ``anchor`` start/middle/end
    says where ``x`` is. Returns the width drawn."""
    if simple(text):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        name = BOLD if bold else REGULAR
        w = float(stringWidth(text, name, size))
        canv.setFont(name, size)
        canv.drawString(x - _shift(w, anchor), y, text)
        return w
    line = layout(text, size, bold)
    if line.missing:
        _note_missing(text, line.missing)
    draw_line(canv, x - _shift(line.width, anchor), y, line, size)
    return line.width


def _shift(w: float, anchor: str) -> float:
    return {"start": 0.0, "middle": w / 2, "end": w}[anchor]


def draw_line(canv: Any, x: float, y: float, line: Line, size: float) -> None:
    """The glyphs in visual order; consecutive glyphs that sit where the font's own advance
    puts them are written as one string; a cluster of several glyphs is one marked-content
    span whose ActualText is the cluster's text. Bold text in a font with no bold file
    (CJK, system fonts) is filled and stroked with a thin outline of its own colour."""
    fake_bold = line.bold and any(not g.font.bold_face for g in line.glyphs)
    if fake_bold:
        canv.saveState()
        canv.setStrokeColor(canv._fillColorObj)
    t = canv.beginText()
    font: Any = None
    pending = ""
    next_x: float | None = None
    gy = 0.0
    span_left = 0

    def flush() -> None:
        nonlocal pending
        if pending:
            t.textOut(pending)
            pending = ""

    for g in line.glyphs:
        if g.span_glyphs:
            flush()
            t._code.append(f"/Span <</ActualText <FEFF{g.span.encode('utf-16-be').hex()}>>> BDC")
            span_left = g.span_glyphs
        if g.font is not font:
            flush()
            font = g.font
            t.setFont(font.fontName, size)
            if fake_bold:
                t._code.append("0 Tr" if font.bold_face else f"{size / 30:.3f} w 2 Tr")
            next_x = None
        if next_x is None or abs(g.x - next_x) > 0.01 or g.y != gy:
            flush()
            t.setTextOrigin(x + g.x, y + g.y)
            gy = g.y
            next_x = g.x
        pending += chr(g.code)
        next_x += font.face.charWidths.get(g.code, 0) * size / 1000
        if span_left:
            span_left -= 1
            if not span_left:
                flush()
                t._code.append("EMC")
    flush()
    canv.drawText(t)
    if fake_bold:
        canv.restoreState()


def fit(text: str, room: float, size: float, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis to fit ``room`` points, never inside a cluster
    (a vowel sign or a conjunct stays with its letter)."""
    if not text or width(text, size, bold) <= room:
        return text
    _note_missing(text, "" if simple(text) else layout(text, size, bold).missing)
    cut = len(text)
    while cut:
        cut -= 1
        while cut and _joins_previous(text, cut):
            cut -= 1
        candidate = text[:cut].rstrip() + "…"
        if width(candidate, size, bold) <= room:
            return candidate
    return "…"


def _joins_previous(text: str, i: int) -> bool:
    """True when cutting before ``text[i]`` would split a cluster."""
    ch, prev = text[i], text[i - 1]
    if unicodedata.category(ch).startswith("M") or ch in "\u200c\u200d":
        return True
    return prev in "\u200d\u094d\u0e3a" or unicodedata.name(prev, "").endswith("VIRAMA")


def wrap(text: str, room: float, size: float, bold: bool = False) -> list[str]:
    """Lines of ``text`` no wider than ``room``: breaks at spaces, and between any two
    characters of a word that is too long alone (CJK has no spaces)."""
    _note_missing(text, "" if simple(text) else layout(text, size, bold).missing)
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for word in para.split(" "):
            trial = f"{current} {word}" if current else word
            if width(trial, size, bold) <= room:
                current = trial
                continue
            if current:
                lines.append(current)
            current = word
            while current and width(current, size, bold) > room:
                k = len(current) - 1
                while k > 1 and (
                    width(current[:k], size, bold) > room or _joins_previous(current, k)
                ):
                    k -= 1
                lines.append(current[:k])
                current = current[k:]
        lines.append(current)
    return lines
