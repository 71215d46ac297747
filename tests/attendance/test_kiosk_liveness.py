"""The kiosk with liveness on, end to end with the real default stack (BlazeFace + Face Mesh),
the real recognizer, live loop and attendance service (needs ../shared; skipped without it).

Lin-Manuel Miranda is enrolled from his photo; the kiosk watches the Hamilton clip, one frame
per 1/fps of its clock. Asked to open his mouth, he passes as he sings and is checked in. His
photo held up to the camera and moved around is never checked in."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from skimage import data

from desktop_app.attendance.kiosk_state import (
    KioskController,
    KioskParams,
    KioskPhase,
    KioskStateMachine,
)
from desktop_app.attendance.live import LiveLoop
from desktop_app.context import AppContext
from desktop_app.storage.repositories import Events
from desktop_app.vision.image_io import load_image
from desktop_app.vision.liveness import Challenge
from tests.liveness_synth import rigid_photo_clip

pytestmark = [pytest.mark.shared, pytest.mark.slow]


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def kiosk(settings: Any, models_dir: Path, shared_data: Path) -> Any:
    (settings.data_dir / "models").symlink_to(models_dir)
    ctx = AppContext(settings, scene="kiosk")
    ctx.enrollment.enroll(
        "Lin-Manuel Miranda",
        [shared_data / "faces" / "lin_manuel_miranda" / "1.png"],
        consent=True,
        consent_by="test",
    )
    clock = Clock()
    loop = LiveLoop.for_context(ctx, source="camera")
    machine = KioskStateMachine(KioskParams(liveness=True), clock=clock)
    yield KioskController(loop.recognizer, loop.attendance, machine, loop=loop), clock, ctx
    ctx.close()


def run(kiosk: Any, frames: Iterable[np.ndarray], fps: float) -> list[Any]:
    ctl, clock, _ = kiosk
    views = []
    for frame in frames:
        clock.t += 1.0 / fps
        views.append(ctl.process(frame).view)
    return views


def clip(path: Path) -> tuple[list[np.ndarray], float]:
    cap = cv2.VideoCapture(str(path))
    fps = float(cap.get(cv2.CAP_PROP_FPS)) or 25.0
    frames = []
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        frames.append(frame)
    cap.release()
    return frames, fps


def test_a_singer_opens_his_mouth_and_is_checked_in(kiosk: Any, shared_data: Path) -> None:
    frames, fps = clip(shared_data / "video" / "short_hamilton_clip.mp4")
    views = run(kiosk, frames, fps)
    asked = [v for v in views if v.phase is KioskPhase.CHALLENGE]
    assert asked and asked[0].challenge is Challenge.OPEN_MOUTH
    assert asked[0].title == "Open your mouth wide"
    greeted = [i for i, v in enumerate(views) if v.phase is KioskPhase.GREETING]
    assert greeted, [v.phase for v in views]
    first_ask = next(i for i, v in enumerate(views) if v.phase is KioskPhase.CHALLENGE)
    assert (greeted[0] - first_ask) / fps < 7.0  # within the check's time limit
    _, _, ctx = kiosk
    assert [e.person_name for e in ctx.db.run(lambda s: Events(s).query())] == [
        "Lin-Manuel Miranda"
    ]


def test_his_photo_held_up_is_not_checked_in(kiosk: Any, shared_data: Path) -> None:
    img = load_image(shared_data / "faces" / "lin_manuel_miranda" / "1.png")
    background = cv2.resize(cv2.cvtColor(data.coffee(), cv2.COLOR_RGB2BGR), (640, 480))
    frames: list[np.ndarray] = []
    for seed, (axis, tilt) in enumerate((("vertical", 35.0), ("horizontal", -35.0))):
        frames += rigid_photo_clip(
            img, background, frames=60, tilt_axis=axis, tilt_deg=tilt, seed=seed, photo_scale=0.8
        )
    views = run(kiosk, frames, 10.0)
    phases = [v.phase for v in views]
    assert KioskPhase.CHALLENGE in phases, "the photo must be recognised to make the test count"
    assert KioskPhase.GREETING not in phases and KioskPhase.ALREADY not in phases
    _, _, ctx = kiosk
    assert ctx.db.run(lambda s: Events(s).count()) == 0
