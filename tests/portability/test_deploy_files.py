"""The shipped kiosk configurations for Windows and macOS parse, start the program the
installer builds, and restart after a crash but not after the admin-PIN exit (status 0)."""

from __future__ import annotations

import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "resources" / "deploy"
SPEC = (REPO / "packaging" / "face-attendance.spec").read_text(encoding="utf-8")
GUI_EXE = re.search(r'name="(face-attendance-gui)", console=False', SPEC)


def test_the_spec_builds_the_windowed_program_the_configs_start() -> None:
    assert GUI_EXE is not None


def test_macos_launch_agent_restarts_after_a_crash_only() -> None:
    agent = plistlib.loads((DEPLOY / "macos" / "org.face-attendance.kiosk.plist").read_bytes())
    program, command = agent["ProgramArguments"]
    assert program.endswith(f".app/Contents/MacOS/{GUI_EXE.group(1)}") and command == "kiosk"
    assert agent["KeepAlive"] == {"SuccessfulExit": False} and agent["RunAtLoad"] is True
    assert agent["ThrottleInterval"] >= 5


def test_windows_shell_launcher_restarts_the_kiosk_but_not_after_the_pin_exit() -> None:
    ns = {"s": "http://schemas.microsoft.com/ShellLauncher/2018/Configuration"}
    root = ET.parse(DEPLOY / "windows" / "shell-launcher.xml").getroot()
    [shell] = root.findall("s:Profiles/s:Profile/s:Shell", ns)
    assert f"{GUI_EXE.group(1)}.exe" in shell.get("Shell", "") and "kiosk" in shell.get("Shell", "")
    actions = {
        a.get("ReturnCode"): a.get("Action") for a in shell.iter(f"{{{ns['s']}}}ReturnCodeAction")
    }
    assert actions == {"0": "DoNothing"}
    assert shell.find("s:DefaultAction", ns).get("Action") == "RestartShell"


def test_windows_task_starts_the_kiosk_at_logon_and_loops_on_a_crash() -> None:
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    root = ET.parse(DEPLOY / "windows" / "restart-kiosk-task.xml").getroot()
    assert root.find("t:Triggers/t:LogonTrigger", ns) is not None
    args = root.find("t:Actions/t:Exec/t:Arguments", ns).text or ""
    assert f"{GUI_EXE.group(1)}.exe" in args and "ExitCode -ne 0" in args and "kiosk" in args
