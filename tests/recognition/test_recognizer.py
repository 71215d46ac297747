"""Live recognition with the real models: tracking, N-of-M confirmation (through the live loop,
attendance/live.py), stills, timings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from desktop_app.attendance.live import LiveLoop
from desktop_app.recognition.types import MatchStatus


def _frames(image: np.ndarray, n: int, step: int = 3) -> list[np.ndarray]:
    """The image drifting right a few pixels per frame, as a face does in front of a camera."""
    h, w = image.shape[:2]
    canvas_w = w + step * n
    out = []
    for i in range(n):
        frame = np.full((h, canvas_w, 3), 100, np.uint8)
        frame[:, i * step : i * step + w] = image
        out.append(frame)
    return out


def test_person_is_confirmed_only_after_n_agreeing_frames(
    app_ctx: Any, astronaut_bgr: np.ndarray
) -> None:
    person = app_ctx.enrollment.enroll("Eileen Collins", [astronaut_bgr], consent=True).person
    loop = LiveLoop(app_ctx.recognizer)
    n = app_ctx.settings.recognition.confirm_frames
    assert n >= 2
    results = [loop.recognise(f) for f in _frames(astronaut_bgr, n + 2)]
    main = [max(r.faces, key=lambda f: f.face.area) for r in results]
    assert all(f.match.known and f.match.person_id == person.id for f in main)
    assert len({f.track_id for f in main}) == 1  # one track across the frames
    assert [f.confirmed for f in main] == [False] * (n - 1) + [True] * 3
    r = results[-1]
    assert {"detect", "embed", "match", "total"} <= set(r.timings_ms)
    assert r.timings_ms["total"] >= r.timings_ms["match"] >= 0
    assert [x.frame_index for x in results] == list(range(n + 2))
    # reset: a new video starts unconfirmed again
    loop.reset()
    first = loop.recognise(astronaut_bgr)
    assert not any(f.confirmed for f in first.faces) and first.frame_index == 0


def test_one_bad_frame_never_confirms(app_ctx: Any, astronaut_bgr: np.ndarray) -> None:
    """With nobody enrolled every frame is unknown; never confirmed, whatever the count."""
    loop = LiveLoop(app_ctx.recognizer)
    results = [loop.recognise(f) for f in _frames(astronaut_bgr, 5)]
    faces = [f for r in results for f in r.faces]
    assert faces and all(f.match.status is MatchStatus.UNKNOWN for f in faces)
    assert not any(f.confirmed for f in faces)


def test_empty_frame_and_still_without_face(app_ctx: Any) -> None:
    blank = np.full((240, 320, 3), 128, np.uint8)
    r = app_ctx.recognizer.process_frame(blank)
    assert r.faces == [] and r.timings_ms["total"] >= 0
    assert app_ctx.recognizer.identify_image(blank) == []


def test_still_image_faces_largest_first_and_confirmed_when_known(
    app_ctx: Any, astronaut_bgr: np.ndarray
) -> None:
    app_ctx.enrollment.enroll("Eileen Collins", [astronaut_bgr], consent=True)
    small = cv2.resize(astronaut_bgr, None, fx=0.6, fy=0.6)
    canvas = np.full((520, 840, 3), 100, np.uint8)
    canvas[:512, :512] = astronaut_bgr
    canvas[200 : 200 + small.shape[0], 520 : 520 + small.shape[1]] = small
    faces = app_ctx.recognizer.identify_image(canvas)
    humans = [f for f in faces if f.match.known]
    assert len(humans) == 2
    assert humans[0].face.area > humans[1].face.area
    assert all(f.confirmed and f.match.name == "Eileen Collins" for f in humans)
    assert all(f.embedding is not None and f.embedding.shape == (128,) for f in faces)


@pytest.mark.shared
def test_video_clip_confirms_the_enrolled_performer(app_ctx: Any, shared_data: Path) -> None:
    """short_hamilton_clip.mp4: Lin-Manuel Miranda is confirmed; nobody else is named."""
    faces = shared_data / "faces"
    lin = app_ctx.enrollment.enroll(
        "Lin-Manuel Miranda", [faces / "lin_manuel_miranda" / "1.png"], consent=True
    ).person
    cap = cv2.VideoCapture(str(shared_data / "video" / "short_hamilton_clip.mp4"))
    loop = LiveLoop(app_ctx.recognizer)
    confirmed: set[int] = set()
    named: set[int] = set()
    try:
        for _ in range(120):  # the first ~4 s
            ok, frame = cap.read()
            if not ok:
                break
            for f in loop.recognise(frame).faces:
                if f.match.person_id is not None:
                    named.add(int(f.match.person_id))
                if f.confirmed:
                    confirmed.add(int(f.match.person_id))
    finally:
        cap.release()
    assert confirmed == {lin.id}
    assert named == {lin.id}
