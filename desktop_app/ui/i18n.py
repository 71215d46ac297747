"""Qt's translation system for the GUI and the kiosk.

Catalogues: ``resources/i18n/face_attendance_<lang>.ts`` (Qt Linguist XML, the source of
truth, committed; refreshed from the code with ``python tools/i18n.py update``, which runs
``pyside6-lupdate``). The binary ``.qm`` files Qt loads are not committed: at start
:func:`install_translator` compiles the catalogue of the chosen language with
``pyside6-lrelease`` (shipped in the PySide6 wheels) into the user cache dir, again whenever
the ``.ts`` changed (its sha256 is kept beside the ``.qm``). That works the same for an editable
install, a wheel and a fresh clone; a frozen build (no lrelease inside) ships ``.qm`` files
compiled by ``tools/i18n.py compile`` next to the ``.ts`` and uses those.

The language follows the system locale unless Settings > General names one (``ui.language``;
takes effect on restart). Arabic (and any right-to-left language) mirrors the layout.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app import i18n
from desktop_app.fileio import sha256_file
from desktop_app.paths import default_cache_dir, resource_path

log = logging.getLogger(__name__)

CATALOGUE = "face_attendance"


@dataclass(frozen=True)
class Installed:
    """What :func:`install_translator` did (Diagnostics and tests read it)."""

    language: str  # a code of i18n.LANGUAGES
    locale: str  # QLocale name used for formats, e.g. "de_DE"
    catalogue: Path | None  # the .qm loaded (None for English or when none could be made)
    right_to_left: bool


def catalogue_dir() -> Path:
    return resource_path("i18n")


def ts_file(language: str) -> Path:
    return catalogue_dir() / f"{CATALOGUE}_{language}.ts"


def qt_tool(name: str) -> Path | None:
    """``lupdate``/``lrelease`` from the PySide6 wheel (or ``pyside6-<name>`` on PATH)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    return Path(found) if found else None


def compile_catalogue(ts: Path, qm: Path) -> Path:
    """``pyside6-lrelease ts -qm qm``; raises ``RuntimeError`` saying why when it cannot."""
    tool = qt_tool("lrelease")
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found (it ships in the PySide6 wheels)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [str(tool), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed for {ts.name}: {proc.stderr.strip() or proc.stdout}")
    return qm


def compiled_catalogue(language: str, cache: Path | None = None) -> Path | None:
    """The ``.qm`` of ``language``: compiled into the cache when missing or stale; a shipped
    ``.qm`` (frozen builds) when lrelease is absent; None when the language has no catalogue."""
    ts = ts_file(language)
    shipped = ts.with_suffix(".qm")
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    folder = (cache or default_cache_dir()) / "i18n"
    qm = folder / f"{CATALOGUE}_{language}.qm"
    stamp = qm.with_suffix(".sha256")
    digest = sha256_file(ts)
    if qm.is_file() and stamp.is_file() and stamp.read_text().strip() == digest:
        return qm
    try:
        compile_catalogue(ts, qm)
        stamp.write_text(digest)
        return qm
    except (OSError, RuntimeError) as exc:
        if shipped.is_file():
            return shipped
        log.warning("cannot compile the %s translation: %s (English is shown)", language, exc)
        return None


def resolve_language(setting: str | None, system: QLocale | None = None) -> tuple[str, str]:
    """(language code of i18n.LANGUAGES, locale name for formats) for the ``ui.language``
    setting; "" or unknown -> the first of the system's UI languages that has a catalogue."""
    system = system or QLocale.system()
    if setting:
        code = _match(setting)
        if code is not None:
            locale = system.name() if _match(system.name()) == code else code
            return code, locale
        log.warning("ui.language %r has no catalogue: following the system", setting)
    for name in [*system.uiLanguages(), system.name()]:
        code = _match(name)
        if code is not None:
            return code, system.name()
    return "en", system.name()


def _match(name: str) -> str | None:
    """Map a locale name ("pt-BR", "zh-Hans-CN", "de_AT", "ar_EG") to a catalogue code."""
    norm = name.replace("-", "_")
    if norm in i18n.LANGUAGES:
        return norm
    base = norm.split("_")[0].lower()
    if base == "zh":
        # Traditional Chinese has no catalogue yet: better English than the wrong script.
        traditional = any(p in norm for p in ("Hant", "TW", "HK", "MO"))
        return None if traditional else "zh_CN"
    if base in i18n.LANGUAGES:
        return base
    return None


_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, setting: str | None = None) -> Installed:
    """Load the catalogues for ``setting`` (see :func:`resolve_language`) into ``app``: ours
    and Qt's own (standard buttons, dialogs); route the core's texts through Qt; mirror the
    layout for right-to-left languages; make QLocale's default follow. Call once, before any
    window is built (switching languages takes a restart)."""
    override = os.environ.get("FACE_ATTENDANCE_LANGUAGE")  # docs screenshots, quick checks
    language, locale_name = resolve_language(override or setting)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded: Path | None = None
    if language != "en":
        qm = compiled_catalogue(language)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded = qm
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    locale = QLocale(locale_name)
    QLocale.setDefault(locale)
    rtl = language.split("_")[0] in i18n.RTL_LANGUAGES
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    # the core formats with the locale Qt resolved ("ar" is ar_EG to Qt, Arabic-Indic
    # digits; to Babel "ar" writes Latin ones), so its numbers look like the GUI's own
    if language == "en":
        i18n.install(None, "en", locale.name())
    else:
        i18n.install(QCoreApplication.translate, language, locale.name())
    log.info("language %s (locale %s, catalogue %s)", language, locale_name, loaded)
    return Installed(language, locale_name, loaded, rtl)
