"""Time zones where the OS has no zone database (Windows), imitated on Linux.

The child process runs with ``PYTHONTZPATH`` empty (``zoneinfo`` then reads only the
``tzdata`` package) and, where a private mount namespace can be made (root or user
namespaces: ``unshare``), with ``/usr/share/zoneinfo`` hidden behind an empty tmpfs (so
``/etc/localtime`` points nowhere) and ``/etc/timezone`` blanked. Summer time must still be
right: 06:30Z on 15 July in Europe/Berlin is 08:30 +0200.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import datetime as dt, json, logging, os, zoneinfo
logging.basicConfig(level=logging.WARNING)
from desktop_app.attendance import rules
at = dt.datetime(2026, 7, 15, 6, 30, tzinfo=dt.UTC)
out = {"tzpath": list(zoneinfo.TZPATH),
       "localtime_visible": os.path.exists("/etc/localtime")}
for key, name in (("named", "Europe/Berlin"), ("system", None)):
    local = rules.to_local(at, rules.resolve_zone(name))
    out[key] = local.strftime("%H:%M %z")
    jan = dt.datetime(2026, 1, 15, 6, 30, tzinfo=dt.UTC)
    winter = rules.to_local(jan, rules.resolve_zone(name))
    out[key + "_winter"] = winter.strftime("%H:%M %z")
print(json.dumps(out))
"""


def _namespace_prefix() -> list[str]:
    """``unshare`` wrapping a shell that hides the system zone database, or [] if impossible."""
    unshare = shutil.which("unshare")
    if not sys.platform.startswith("linux") or unshare is None:
        return []
    hide = "mount -t tmpfs none /usr/share/zoneinfo"
    if Path("/etc/timezone").is_file():
        hide += " && mount --bind /dev/null /etc/timezone"
    probe = subprocess.run(
        [unshare, "-m", "-r", "--propagation", "private", "sh", "-c", hide],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        return []
    script = hide + ' && exec "$@"'
    return [unshare, "-m", "-r", "--propagation", "private", "sh", "-c", script, "-"]


def _run_child(env_tz: str | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "TZ"}
    env["PYTHONTZPATH"] = ""
    env["PYTHONPATH"] = str(REPO)
    if env_tz is not None:
        env["TZ"] = env_tz
    cmd = [*_namespace_prefix(), sys.executable, "-c", CHILD]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["stderr"] = proc.stderr
    return result


def test_summer_time_is_right_without_a_system_zone_database() -> None:
    out = _run_child("Europe/Berlin")
    assert out["tzpath"] == []  # zoneinfo reads the tzdata package only
    # the configured zone (attendance.timezone) and the system zone (found by tzlocal)
    assert out["named"] == "08:30 +0200"
    assert out["system"] == "08:30 +0200"
    assert out["named_winter"] == out["system_winter"] == "07:30 +0100"


def test_hidden_system_database_is_really_hidden_when_namespaces_work() -> None:
    """Guards the imitation itself: where ``unshare`` works, /etc/localtime is invisible."""
    if not _namespace_prefix():
        pytest.skip("no private mount namespace here (needs unshare and root/user namespaces)")
    out = _run_child("Europe/Berlin")
    assert out["localtime_visible"] is False


def test_no_zone_anywhere_falls_back_with_a_warning_naming_the_setting() -> None:
    if not _namespace_prefix():
        pytest.skip("cannot hide /etc/localtime here (needs unshare and root/user namespaces)")
    out = _run_child(None)
    assert out["named"] == "08:30 +0200"  # a configured zone needs no system database
    assert "attendance.timezone" in str(out["stderr"])
