"""Windows conditions for the GUI: photos from non-ASCII folders (``narrow_path_apis``), and
onnxruntime loaded before Qt (the DLL order)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.vision.image_io import save_image
from tests.envs import cli_env
from tests.gui.conftest import astronaut_bgr


@pytest.mark.usefixtures("narrow_path_apis")
def test_enroll_dialog_adds_a_photo_from_a_non_ascii_folder(
    qtbot: Any, ctx: Any, non_ascii_dir: Path
) -> None:
    from desktop_app.ui.app import create_application
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

    create_application()
    photo = save_image(non_ascii_dir / "Марія.jpg", astronaut_bgr())
    dlg = EnrollDialog(ctx, None, mode="photos")
    qtbot.addWidget(dlg)
    dlg.add_files([photo])
    assert dlg.files == [photo] and dlg.photos.count() == 1


# --- DLL order ------------------------------------------------------------------------------
CHILD = r"""
import sys
order = []
class Recorder:
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in ("onnxruntime", "PySide6") and top not in order:
            order.append(top)
        return None
sys.meta_path.insert(0, Recorder())
from desktop_app.cli import main
code = main(sys.argv[1:])
print("ORDER", ",".join(order))
sys.exit(code)
"""


@pytest.mark.slow
def test_the_gui_loads_onnxruntime_before_qt(tmp_path: Path, image_folder: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(f'[privacy]\nkey_store = "file"\nkey_dir = "{(tmp_path / "k").as_posix()}"\n')
    args = ["--config", str(config), "--data-dir", str(tmp_path / "data"), "gui"]
    args += ["--source", str(image_folder), "--screenshot", str(tmp_path / "s.png")]
    args += ["--quit-after", "1"]
    env = cli_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "ORDER onnxruntime,PySide6" in proc.stdout


def test_settings_lists_cameras_by_name_and_saves_index_and_backend(
    qtbot: Any, make_window: Any, image_folder: Path, tmp_path: Path
) -> None:
    from desktop_app.config import load_settings
    from desktop_app.ui import cameras

    assert cameras.source_items(["Integrated Camera", "USB Camera"]) == [
        "0 — Integrated Camera",
        "1 — USB Camera",
        "2",
    ]
    assert [v for v, _ in cameras.backend_choices("win32")] == ["auto", "dshow", "msmf"]
    assert [v for v, _ in cameras.backend_choices("darwin")] == ["auto", "avfoundation"]
    w = make_window(image_folder)
    page = w.settings_page
    page.source.clear()  # the list as QMediaDevices would name two cameras
    page.source.addItems(cameras.source_items(["Integrated Camera", "USB Camera"]))
    page.source.setCurrentText("1 — USB Camera")
    page.backend.addItem("DirectShow", "dshow")  # a Windows choice, whatever this OS is
    page.backend.setCurrentIndex(page.backend.findData("dshow"))
    page.save()
    saved = load_settings(config_file=tmp_path / "gui.toml", environ={})
    assert (saved.camera.source, saved.camera.backend) == ("1", "dshow")
    page.load()
    assert page.source.currentText() == "1 — USB Camera"
    assert page.backend.currentData() == "dshow"


def test_attendance_log_days_follow_summer_time_not_todays_offset(settings: Any) -> None:
    """A filter for 27-31 March (summer time from the 29th) ends at midnight CEST: a mark
    at 00:30 on 1 April is not in it, whatever offset the machine has today."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from desktop_app.context import AppContext
    from desktop_app.storage.repositories import Events, People
    from desktop_app.ui.pages.attendance_page import LogFilter, load_log

    berlin = ZoneInfo("Europe/Berlin")
    attendance = settings.attendance.model_copy(update={"timezone": "Europe/Berlin"})
    ctx = AppContext(settings.model_copy(update={"attendance": attendance}))
    try:

        def fill(s: Any) -> None:
            pid = People(s).add("Ana Lima").id
            for day, hour, minute in ((30, 8, 0), (31, 23, 30), (32, 0, 30)):
                local = dt.datetime(2026, 3, 1, hour, minute, tzinfo=berlin)
                at = (local + dt.timedelta(days=day - 1)).astimezone(dt.UTC)
                Events(s).add(pid, "check_in", at, source="manual")

        ctx.db.run(fill)
        data = load_log(ctx, LogFilter(dt.date(2026, 3, 27), dt.date(2026, 3, 31)))
        days = sorted(e.at_utc.astimezone(berlin).strftime("%m-%d %H:%M") for e in data.events)
        assert days == ["03-30 08:00", "03-31 23:30"]
    finally:
        ctx.close()


NO_CONSOLE = r"""
import os, sys
sys.stdout = sys.stderr = None  # as for face-attendance-gui / the frozen windowed app
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
seen = []
def grab():
    box = QApplication.activeModalWidget()
    if box is None:
        QTimer.singleShot(100, grab)
        return
    seen.append(box.text())
    box.close()
QTimer.singleShot(100, grab)
from desktop_app.cli import main
code = main(sys.argv[1:])
with open(os.environ["RESULT_FILE"], "w", encoding="utf-8") as fh:
    fh.write(f"{code}\n" + "\n".join(seen))
"""


def test_a_gui_without_a_console_shows_a_start_up_error_in_a_window(tmp_path: Path) -> None:
    result = tmp_path / "result.txt"
    env = cli_env(QT_QPA_PLATFORM="offscreen", RESULT_FILE=str(result))
    bad = tmp_path / "settings.toml"
    bad.write_text('[detector]\nmin_face = "huge"\n', encoding="utf-8")
    args = ["--data-dir", str(tmp_path / "d"), "--config", str(bad), "gui"]
    proc = subprocess.run(
        [sys.executable, "-c", NO_CONSOLE, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    code, *shown = result.read_text(encoding="utf-8").splitlines()
    assert code != "0"
    assert any("Invalid settings" in line and "min_face" in line for line in shown), shown


def test_saving_the_class_list_template_over_one_open_in_excel_says_so(
    ctx: Any, qtbot: Any, tmp_path: Path, open_elsewhere: Any
) -> None:
    """The operator saved the template, opened it in Excel, and saves it again under the
    same name: Windows refuses to replace a file Excel has open. This raised an unexpected
    PermissionError; the dialog now says what to do, and the file in Excel stays as it is."""
    from desktop_app.ui.dialogs.roster_dialog import RosterDialog

    dialog = RosterDialog(ctx)
    qtbot.addWidget(dialog)
    path = tmp_path / "class-list.csv"
    assert dialog.save_template(path) == path
    path.write_text("name,group\nAna Lima,7B\n", encoding="utf-8")  # filled in, in Excel
    open_elsewhere.hold(path)
    assert dialog.save_template(path) is None
    assert "open in another program" in dialog.headline.text()
    assert path.read_text(encoding="utf-8") == "name,group\nAna Lima,7B\n"
    assert [p.name for p in tmp_path.glob("*class-list*")] == ["class-list.csv"]


def test_a_file_name_windows_cannot_hold_is_refused_by_the_save_dialogs(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """On Linux and macOS the save dialogs take "Woche 49: 7B.xlsx" or "NUL.zip"; synced to
    a Windows PC such a file breaks (Windows' own dialog refuses the name there). The report
    export, the backup and the class-list template now say so before anything is written."""
    from PySide6.QtTest import QTest

    from desktop_app.ui.dialogs.roster_dialog import RosterDialog
    from desktop_app.ui.ops import showing_errors
    from tests.gui.conftest import wait_ops

    def said(name: str) -> str:
        return (
            f'"{name}" cannot be a file name on Windows: no : ? * < > | or " in it, no device '
            "name such as CON or NUL, no dot or space at the end. Choose another name."
        )

    out = tmp_path / "out"
    out.mkdir()
    w = make_window(image_folder)
    w.reports_page.export(out / "Woche 49: 7B.xlsx")
    assert said("Woche 49: 7B.xlsx") in showing_errors()
    w.actions_["backup"].trigger()
    dlg = w.backup_dialog
    dlg.path.setText(str(out / "NUL.zip"))
    QTest.keyClicks(dlg.passphrase, "correct horse battery")
    QTest.keyClicks(dlg.repeat, "correct horse battery")
    assert not dlg.backup_button.isEnabled() and dlg.problem.text() == said("NUL.zip")
    dlg.path.setText(str(out / "backup 7B.zip"))
    assert dlg.backup_button.isEnabled()
    dlg.reject()
    roster = RosterDialog(ctx)
    qtbot.addWidget(roster)
    assert roster.save_template(out / "class list.") is None
    assert roster.headline.text() == said("class list.")
    wait_ops(qtbot)
    assert list(out.iterdir()) == []
