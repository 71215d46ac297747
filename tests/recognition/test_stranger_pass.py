"""The stranger pass (issue 13 item 2): nobody in ../shared/data/video is enrolled, so with
faces_hard's 200 people enrolled, no track of either clip may be checked in as one of them.

Runs the benchmark's own code (``benchmarks/stranger_pass.py``: the app's enrollment, then
``LiveLoop.for_context`` frame by frame) with the shipped settings, and again with MTCNN as
the detector. Both put the 1080p street crowd's strangers in front of the decision: the
shipped BlazeFace scans a room camera's frames in tiles (``blazeface_range`` "auto"). A stranger
confirmed as someone who has a remembered look-alike is held for an ID number or PIN, never
marked silently; the test also bounds those, so a regression that confirms strangers shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("detector", [None, "mtcnn"], ids=["shipped", "mtcnn"])
def test_no_stranger_in_the_videos_is_checked_in(
    model_settings: Any, shared_data: Path, faces_hard: Path, detector: str | None
) -> None:
    from benchmarks.stranger_pass import stranger_pass
    from desktop_app.context import AppContext

    settings = model_settings
    if detector is not None:
        rec = settings.recognition.model_copy(update={"detector": detector, "landmarker": None})
        settings = settings.model_copy(update={"recognition": rec})
    ctx = AppContext(settings)
    try:
        rep = stranger_pass(ctx, shared_data)
    finally:
        ctx.close()
    assert rep["enrolled"] >= 190  # the gate refuses almost nobody of faces_hard
    by_clip = {c["clip"]: c for c in rep["clips"]}
    assert set(by_clip) == {"facenet_pytorch_video.mp4", "short_hamilton_clip.mp4"}
    assert by_clip["short_hamilton_clip.mp4"]["tracks_seen"] >= 3  # faces seen and decided on
    assert by_clip["facenet_pytorch_video.mp4"]["tracks_seen"] >= 5
    for clip in by_clip.values():
        assert clip["confirmed_silently"] == 0, clip["confirmed_tracks"]
    assert rep["false_checkins"] == 0
    assert rep["false_confirmations"] <= 1, rep["clips"]  # held for a code, see the module doc
