"""Maintain the translation catalogues (resources/i18n/face_attendance_<lang>.ts).

    python tools/i18n.py update    # pyside6-lupdate: add new source strings to every .ts
    python tools/i18n.py compile   # pyside6-lrelease: .qm beside the .ts (frozen builds only)

The app itself compiles the .ts it needs into the user cache at start (desktop_app/ui/i18n.py),
so ``compile`` is only for builds without lrelease inside (PyInstaller). After ``update``, fill
the new ``type="unfinished"`` entries (Qt Linguist, or any XML editor): tests/i18n fails until
every catalogue is complete and its placeholders match.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app import i18n  # noqa: E402
from desktop_app.ui.i18n import CATALOGUE, compile_catalogue, qt_tool  # noqa: E402

SOURCES = ROOT / "desktop_app"


def ts_files() -> list[Path]:
    folder = ROOT / "resources" / "i18n"
    return [folder / f"{CATALOGUE}_{code}.ts" for code in i18n.LANGUAGES if code != "en"]


def update() -> int:
    tool = qt_tool("lupdate")
    if tool is None:
        print("pyside6-lupdate not found (pip install PySide6-Essentials)", file=sys.stderr)
        return 1
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for ts in ts_files():
        lang = ts.stem.removeprefix(f"{CATALOGUE}_")
        cmd = [str(tool), *files, "-no-obsolete", "-locations", "none"]
        cmd += ["-target-language", lang, "-ts", str(ts.relative_to(ROOT))]
        subprocess.run(cmd, cwd=ROOT, check=True)
    return 0


def compile_all() -> int:
    for ts in ts_files():
        qm = compile_catalogue(ts, ts.with_suffix(".qm"))
        print(qm)
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        sys.exit(update())
    if command == "compile":
        sys.exit(compile_all())
    print(__doc__)
    sys.exit(2)
