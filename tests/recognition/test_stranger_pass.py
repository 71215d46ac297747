"""The stranger pass (issue 13 item 2): nobody in ../shared/data/video is enrolled, so with
faces_hard's 200 people enrolled, no track of either clip may be checked in as one of them.

Runs the benchmark's own code (``benchmarks/stranger_pass.py``: the app's enrollment, then
``LiveLoop.for_context`` with the shipped settings, frame by frame). A stranger confirmed as
someone who has a remembered look-alike is held for an ID number or PIN, never marked
silently; the test also bounds those, so a regression that confirms strangers shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.mark.shared
@pytest.mark.slow
def test_no_stranger_in_the_videos_is_checked_in(
    app_ctx: Any, shared_data: Path, faces_hard: Path
) -> None:
    from benchmarks.stranger_pass import stranger_pass

    rep = stranger_pass(app_ctx, shared_data)
    assert rep["enrolled"] >= 195  # the gate refuses almost nobody of faces_hard
    by_clip = {c["clip"]: c for c in rep["clips"]}
    assert set(by_clip) == {"facenet_pytorch_video.mp4", "short_hamilton_clip.mp4"}
    for clip in by_clip.values():
        assert clip["tracks_seen"] >= 5, clip  # the faces were seen and decided on
        assert clip["confirmed_silently"] == 0, clip["confirmed_tracks"]
    assert rep["false_checkins"] == 0
    assert rep["false_confirmations"] <= 1, rep["clips"]  # held for a code, see the module doc
