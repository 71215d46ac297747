"""Group-photo attendance on real photos with the real models (skips without ../shared)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.attendance.group_photo import (
    analyse_group_photo,
    confirm_group_photo,
    enroll_unknown,
)
from desktop_app.storage.repositories import Audit, Events

pytestmark = pytest.mark.shared


@pytest.fixture
def app(settings: Any, models_dir: Path) -> Iterator[Any]:
    from desktop_app.context import AppContext

    target = settings.paths.models
    target.mkdir(parents=True, exist_ok=True)
    for sub in Path(models_dir).iterdir():
        if sub.is_dir() and not (target / sub.name).exists():
            try:
                (target / sub.name).symlink_to(sub, target_is_directory=True)
            except OSError:
                shutil.copytree(sub, target / sub.name)
    ctx = AppContext(settings)
    yield ctx
    ctx.close()


def test_class_photo_marks_the_recognised_and_enrolls_the_unknown_on_the_spot(
    app, shared_data: Path
) -> None:
    faces = shared_data / "faces"
    kit = app.enrollment.enroll("Kit Harington", [faces / "kit_harington/1.jpg"], consent=True)
    photo = faces / "_groups/kit_harington_rose_leslie.jpg"

    result = analyse_group_photo(app, photo)
    assert [f.name for f in result.known] == ["Kit Harington"]
    assert result.person_ids == [kit.person.id]
    assert len(result.unknown) == 1
    rose = result.unknown[0]
    assert rose.chip_rgb is not None and rose.chip_rgb.shape[2] == 3  # shown to the operator

    new = enroll_unknown(app, result, rose.index, "Rose Leslie", consent=True)
    again = analyse_group_photo(app, photo)
    assert sorted(f.name for f in again.known) == ["Kit Harington", "Rose Leslie"]

    session = app.attendance.start_session("Drama club")
    marks = confirm_group_photo(
        app, again, session.id, person_ids=again.person_ids, actor="teacher"
    )
    assert [m.status for m in marks] == ["recorded", "recorded"]
    events = app.db.run(lambda s: Events(s).query(session_id=session.id))
    assert {e.person_id for e in events} == {kit.person.id, new.person.id}
    assert {e.source for e in events} == {"photo"} and all(e.probe_embedding for e in events)
    [entry] = app.db.run(lambda s: Audit(s).list(action="attendance.group_photo"))
    details = json.loads(entry.details)
    assert entry.actor == "teacher" and details["photo"] == photo.name
    assert sorted(details["recorded"]) == sorted([kit.person.id, new.person.id])

    # confirming the same photo twice does not double the marks
    twice = confirm_group_photo(
        app, again, session.id, person_ids=again.person_ids, actor="teacher"
    )
    assert {m.status for m in twice} == {"already_present"}
