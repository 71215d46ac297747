"""The whole flow on real models and real footage: enroll from a photo in the dialog, see the
name drawn on the live view of a video camera, see the mark in the log, export a report.

Needs ../shared/data (press photos, via ``shared_data``) and the real models (``models_dir``).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from desktop_app.storage.repositories import Events, People
from desktop_app.ui import services
from tests.gui.conftest import wait_ops

pytestmark = [
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.skipif(
        not (services.available("recognition") and services.available("enroll")),
        reason=services.missing_reason("recognition") or services.missing_reason("enroll") or "",
    ),
]

NAME = "Lin-Manuel Miranda"


@pytest.fixture
def live_ctx(settings: Any, models_dir: Path) -> Any:
    from desktop_app.context import AppContext

    (settings.data_dir / "models").symlink_to(models_dir)
    ctx = AppContext(settings)
    yield ctx
    ctx.close()


def test_enroll_recognise_mark_and_report(
    qtbot: Any, make_window: Any, live_ctx: Any, shared_data: Path, tmp_path: Path
) -> None:
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

    video = shared_data / "video" / "short_hamilton_clip.mp4"
    w = make_window(video, context=live_ctx, recognition=True)
    qtbot.waitUntil(lambda: w.recognition_ready, timeout=300_000)
    assert w.actions_["enroll_photos"].isEnabled()

    dlg = EnrollDialog(live_ctx, w, mode="photos")  # owned by the window (deletes on close)
    dlg.add_files([shared_data / "faces" / "lin_manuel_miranda" / "1.png"])
    dlg.name.setText(NAME)
    assert not dlg.enroll_button.isEnabled()  # consent is required first
    dlg.consent.setChecked(True)
    assert dlg.enroll_button.isEnabled()
    dlg.enroll_button.click()
    wait_ops(qtbot, 120_000)
    people = live_ctx.db.run(lambda s: People(s).list())
    assert [(p.name, p.template_count) for p in people] == [(NAME, 1)]
    assert people[0].consent_at is not None and people[0].consent_by

    view = w.live_page.view
    qtbot.waitUntil(lambda: any(lab.title == NAME for lab in view.labels()), timeout=120_000)
    confirmed = next(lab for lab in view.labels() if lab.title == NAME)
    assert "confirmed" in confirmed.detail
    qtbot.waitUntil(lambda: any(NAME in t for t in w.live_page.event_texts()), timeout=30_000)
    events = live_ctx.db.run(lambda s: Events(s).query())
    assert [e.person_name for e in events] == [NAME] and events[0].source == "camera"

    w.show_page("attendance")
    qtbot.waitUntil(lambda: [r[1] for r in w.attendance_page.rows()] == [NAME], timeout=10_000)

    w.show_page("reports")
    page = w.reports_page
    page.format.setCurrentIndex(page.format.findData("csv"))
    out = tmp_path / "report.csv"
    page.export(out)
    qtbot.waitUntil(lambda: bool(page.last_export), timeout=30_000)
    text = "".join(p.read_text(encoding="utf-8-sig") for p in page.last_export)
    assert NAME in text
    rows = list(csv.reader(page.last_export[0].open(encoding="utf-8-sig")))
    assert len(rows) >= 2
