"""A file the command line writes (``--output``, ``--plot``) with a name Windows cannot hold is
refused before any work, on every system: on Windows ``week:1.csv`` writes an alternate data
stream of ``week`` (the report is invisible), ``NUL.zip`` writes nothing at all, ``week.``
loses its dot; a file made on Linux with such a name breaks the sync to a Windows PC."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.portable import unfit_for_windows, windows_device_name

BAD = [
    ("week:1.csv", "contains ':'"),
    ("CON.xlsx", "is a device name on Windows"),
    ("nul", "is a device name on Windows"),
    ("COM1.pdf", "is a device name on Windows"),
    ("week.", "ends with a dot or a space"),
    ("week ", "ends with a dot or a space"),
    ("a?b.csv", "contains '?'"),
    ("LPT1/week.csv", "is a device name on Windows"),  # a folder named so is no better
]


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (["report", "--format", "csv"], "--output"),
        (["backup"], "--output"),
        (["recognize", "photo.png"], "--output"),
        (["eval", "faces"], "--plot"),
        (["eval", "faces"], "--json"),
        (["calibrate", "faces"], "--plot"),
        (["gui"], "--screenshot"),
        (["kiosk"], "--screenshot"),
        (["bench", "pipeline"], "--json"),
    ],
    ids=[
        "report",
        "backup",
        "recognize",
        "eval",
        "eval-json",
        "calibrate",
        "gui",
        "kiosk",
        "bench",
    ],
)
@pytest.mark.parametrize(("name", "why"), BAD, ids=[b[0] for b in BAD])
def test_an_output_name_windows_cannot_hold_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], option: str,
    name: str, why: str,
) -> None:  # fmt: skip
    data = tmp_path / "data"
    target = tmp_path / name
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(data), *command, option, str(target)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}" in err and why in err and "choose another name" in err, err
    assert not data.exists()  # no database opened or made, nothing written
    assert list(tmp_path.iterdir()) == []


def test_names_windows_holds_pass_and_device_names_are_windows_own() -> None:
    for fine in ["week.csv", "reports/week 1.xlsx", "CONSOLE.csv", "COM10.pdf", "../x.pdf"]:
        assert unfit_for_windows(fine) is None, fine
    assert windows_device_name("AUX") and windows_device_name("con.tar.gz")
    assert not windows_device_name("CONTRACT") and not windows_device_name("sface")


def test_a_report_to_a_name_windows_holds_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "week 49.csv"
    code = main(
        ["--data-dir", str(tmp_path / "data"), "report", "--view", "events", "-o", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    assert out.exists()


def test_a_folder_already_there_is_the_systems_name_and_a_new_one_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Windows share mounted by GNOME lives at ".../smb-share:server=fs,share=reports": a
    report into it is written (the ':' is the system's, not a name the command makes); a
    folder the command would make is held to the rule."""
    share = tmp_path / "smb-share:server=fs,share=reports"
    share.mkdir()
    data = ["--data-dir", str(tmp_path / "data")]
    code = main([*data, "report", "--view", "events", "-o", str(share / "week.csv")])
    assert code == 0, capsys.readouterr().err
    assert (share / "week.csv").exists()
    with pytest.raises(SystemExit):
        main([*data, "report", "--view", "events", "-o", str(share / "7B:8A" / "week.csv")])
    assert "'7B:8A' contains ':'" in capsys.readouterr().err
