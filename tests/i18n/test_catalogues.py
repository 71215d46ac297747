"""The shipped catalogues (resources/i18n/*.ts) against the code: every string the code marks
for translation (what ``pyside6-lupdate`` extracts now) has a finished translation in every
language, with the same placeholders; the core's greeting follows the language."""

from __future__ import annotations

import datetime as dt
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.ui.i18n import CATALOGUE, qt_tool, ts_file

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = [code for code in i18n.LANGUAGES if code != "en"]


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished)."""
    out: dict[tuple[str, str], tuple[str, bool]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            finished = tr.get("type") not in ("unfinished", "obsolete", "vanished")
            out[(name, message.findtext("source") or "")] = (tr.text or "", finished)
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[str, bool]]:
    """What lupdate finds in the code today."""
    tool = qt_tool("lupdate")
    assert tool is not None, "pyside6-lupdate ships in the PySide6 wheels"
    out = tmp_path_factory.mktemp("lupdate") / f"{CATALOGUE}_xx.ts"
    files = sorted(str(p) for p in (ROOT / "desktop_app").rglob("*.py"))
    subprocess.run([str(tool), *files, "-ts", str(out)], check=True, capture_output=True)
    return read_ts(out)


def test_the_code_marks_the_kiosk_and_main_window_strings(
    extracted: dict[tuple[str, str], tuple[str, bool]],
) -> None:
    assert ("Kiosk", "Good morning, {name}") in extracted
    assert ("Kiosk", "Look at the camera") in extracted
    assert ("MainWindow", "&File") in extracted
    assert ("PinPad", "Cancel") in extracted
    assert len(extracted) >= 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_is_complete_with_matching_placeholders(
    language: str, extracted: dict[tuple[str, str], tuple[str, bool]]
) -> None:
    catalogue = read_ts(ts_file(language))
    missing = [key for key in extracted if key not in catalogue]
    assert not missing, f"{language}: not in the catalogue (python tools/i18n.py update): {missing}"
    unfinished = [key for key in extracted if not catalogue[key][1] or not catalogue[key][0]]
    assert not unfinished, f"{language}: untranslated: {unfinished}"
    wrong = [
        (source, text)
        for (_ctx, source), (text, _ok) in catalogue.items()
        if i18n.fields(source) != i18n.fields(text)
    ]
    assert not wrong, f"{language}: placeholders differ: {wrong}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_catalogue_entry_is_one_the_code_marks(
    language: str, extracted: dict[tuple[str, str], tuple[str, bool]]
) -> None:
    """`tools/i18n.py update` drops what lupdate cannot find in the code: a string reached
    through a helper lupdate does not know (``_t("People")``) would lose its translation."""
    unseen = sorted(key for key in read_ts(ts_file(language)) if key not in extracted)
    assert not unseen, f"not marked in the code (update would drop them): {unseen}"


def test_the_placeholder_check_sees_both_styles() -> None:
    assert i18n.fields("Good morning, {name}") == {"name"}
    assert i18n.fields("Camera %1 of %2") == {"%1", "%2"}
    assert i18n.fields("Guten Morgen, {Name}") != i18n.fields("Good morning, {name}")


def test_a_broken_translation_shows_the_source_not_a_traceback() -> None:
    assert i18n.fill("Hola, {nombre}", "Hello, {name}", name="Ana") == "Hello, Ana"
    assert i18n.fill("Hola, {name}", "Hello, {name}", name="Ana") == "Hola, Ana"


@pytest.fixture
def installed() -> Iterator[dict[tuple[str, str], str]]:
    """A fake translator from a dict, removed afterwards (the Qt one is tested in tests/gui)."""
    table: dict[tuple[str, str], str] = {}
    yield table
    i18n.install(None)


def test_greeting_follows_language_and_name_order(installed: dict[tuple[str, str], str]) -> None:
    morning = dt.datetime(2026, 3, 2, 8, 30)
    assert i18n.greeting(morning, "Ana María López") == "Good morning, Ana"
    assert i18n.greeting(morning, "") == "Good morning"  # no name: no dangling comma
    assert i18n.greeting(morning, "王芳") == "Good morning, 王芳"  # CJK names are never split
    catalogue = read_ts(ts_file("zh_CN"))
    installed.update({key: text for key, (text, _ok) in catalogue.items()})
    i18n.install(lambda c, s: installed.get((c, s), s), "zh_CN")
    assert i18n.greeting(morning, "王芳") == "王芳，早上好"
    # family name first in Chinese: the whole name, as written, never "Wang" alone
    assert i18n.greeting(dt.datetime(2026, 3, 2, 20, 0), "Wang Fang") == "Wang Fang，晚上好"
    es = read_ts(ts_file("es"))
    i18n.install(lambda c, s: es.get((c, s), (s, True))[0], "es")
    assert i18n.greeting(dt.datetime(2026, 3, 2, 15, 0), "Ana María López") == "Buenas tardes, Ana"
    assert i18n.goodbye("Ana María López") == "Adiós, Ana"


def test_kiosk_times_follow_the_locale(installed: dict[tuple[str, str], str]) -> None:
    t = dt.datetime(2026, 3, 2, 17, 5)
    assert i18n.formats().time(t) == "17:05"  # nothing installed (CLI, tests): 24-hour
    i18n.install(None, "en", "en_US")
    assert i18n.formats().time(t).replace("\u202f", " ") == "5:05 PM"
    i18n.install(None, "de", "de_DE")
    assert i18n.formats().time(t) == "17:05"


def test_translated_text_copies_as_a_plain_string() -> None:
    """Records holding a translated text (a refusal reason) are copied by asdict() and sent
    through pickles: the copy is a plain str."""
    import copy
    import pickle
    from dataclasses import asdict, dataclass

    @dataclass
    class Row:
        reason: str

    reason = i18n.translate("Roster", "missing name")
    assert asdict(Row(reason)) == {"reason": "missing name"}
    assert type(copy.deepcopy(reason)) is str and type(pickle.loads(pickle.dumps(reason))) is str
