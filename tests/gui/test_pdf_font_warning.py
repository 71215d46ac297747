"""Reports > Export tells the operator when a name printed in the PDF has characters no font
has (they show as [U+XXXX] codes), in the GUI's language, naming the word."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import wait_ops


@pytest.mark.usefixtures("shipped_fonts_only")
def test_the_export_note_names_a_word_printed_as_codes(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    from desktop_app.storage.repositories import People

    pid = ctx.db.run(lambda s: People(s).add("Kavya தமிழ்", group_name="7B").id)
    ctx.attendance.mark(pid, at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1), source="manual")
    w = make_window(image_folder)
    w.show_page("reports")
    page = w.reports_page
    page.preset.setCurrentIndex(page.preset.findData("today"))
    qtbot.waitUntil(lambda: page.data is not None and bool(page.data.people), timeout=10_000)
    wait_ops(qtbot)
    page.format.setCurrentIndex(page.format.findData("pdf"))
    out = tmp_path / "today.pdf"
    page.export(out)
    qtbot.waitUntil(lambda: page.last_export == [out], timeout=30_000)
    note = page.export_note.text()
    assert "today.pdf" in note
    assert "தமிழ்" in note and "[U+…]" in note
    assert "Kavya" not in note.split("\n")[1]  # only the word with the missing characters
