"""Environments for the app run as a subprocess, the same on Windows, macOS and Linux.

``cli_env`` drops the developer's own ``FACE_ATTENDANCE_*`` settings but keeps the user-dir
override ``FACE_ATTENDANCE_HOME`` that ``tests/conftest.py`` points into a throwaway folder
(Windows and macOS ignore the XDG variables, so that override is what keeps a test run out of
the developer's real app-data folders). ``home`` gives the child a fresh one of its own.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.paths import HOME_ENV


def cli_env(home: Path | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACE_ATTENDANCE_")}
    if home is not None:
        env[HOME_ENV] = str(home)
    elif HOME_ENV in os.environ:
        env[HOME_ENV] = os.environ[HOME_ENV]
    env.update(extra)
    return env
