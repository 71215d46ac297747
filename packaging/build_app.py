"""Build the one-folder app with PyInstaller, models included: ``python packaging/build_app.py``.

1. The ONNX models are built from the installed weight packages into build/prebuilt/models
   (``face-attendance models build``; the user dirs point into build/, nothing of the
   developer's is touched).
2. PyInstaller runs packaging/face-attendance.spec -> dist/face-attendance/ (and on macOS
   dist/Face Attendance.app).
3. ``--smoke`` then runs the frozen app's own smoke check (packaging/smoke_frozen.py).

Needs the dev install plus PyInstaller: ``pip install -e '.[installer]'``. The same script
runs on Windows, macOS and Linux; the installer around the folder (Inno Setup, a signed .app)
is described in docs/installers.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"


def _run(cmd: list[str], env: dict[str, str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="run the frozen-app smoke check")
    parser.add_argument("--keep-models", action="store_true", help="reuse build/prebuilt")
    args = parser.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACE_ATTENDANCE_")}
    env["FACE_ATTENDANCE_HOME"] = str(BUILD / "prebuilt-home")
    prebuilt = BUILD / "prebuilt"
    t0 = time.monotonic()
    if not args.keep_models:
        shutil.rmtree(prebuilt, ignore_errors=True)
    _run([sys.executable, "-m", "desktop_app", "--data-dir", str(prebuilt), "models", "build"], env)
    _run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(prebuilt), "models", "verify"], env
    )
    t1 = time.monotonic()
    env["FA_PREBUILT_MODELS"] = str(prebuilt / "models")
    # the frozen app has no pyside6-lrelease: ship the compiled catalogues (docs/languages.md)
    _run([sys.executable, str(ROOT / "tools" / "i18n.py"), "compile"], env)
    _run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "face-attendance.spec"),
        ],
        env,
    )
    t2 = time.monotonic()
    app = DIST / "face-attendance"
    print(
        f"models {t1 - t0:.0f} s, PyInstaller {t2 - t1:.0f} s; "
        f"{app} is {folder_size(app) / 2**20:.0f} MB",
        flush=True,
    )
    if args.smoke:
        _run([sys.executable, str(ROOT / "packaging" / "smoke_frozen.py"), str(app)], env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
