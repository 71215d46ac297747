"""The kiosk when one person steps out and the next steps into the same spot, end to end with
the real default stack (BlazeFace + Face Mesh + SFace), the real recognizer, live loop and
attendance service (needs ../shared; skipped without it).

Real photos of ../shared/data/faces are cropped to a head-and-shoulders portrait and held in
front of a background at the same place, moving a little from frame to frame: person A for a
while, the empty background for a few frames (fewer than the tracker's ``max_missed``, so the
boxes alone would link B to A's track), then person B. Each person is enrolled from another
photo of theirs than the one shown."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from desktop_app.attendance.kiosk_state import (
    KioskController,
    KioskParams,
    KioskPhase,
    KioskStateMachine,
    KioskView,
)
from desktop_app.attendance.live import LiveLoop
from desktop_app.context import AppContext
from desktop_app.storage.repositories import Events
from tests.liveness_synth import kiosk_background, portrait, standing

pytestmark = [pytest.mark.shared, pytest.mark.slow]

FPS = 10.0
A = ("Angelina Jolie", "angelina_jolie", "1.jpg", "2.jpg")  # name, folder, enrolled, shown
B = ("Barack Obama", "barack_obama", "1.jpg", "2.jpg")


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def empty(frames: int) -> list[np.ndarray]:
    rng = np.random.default_rng(5)
    bg = kiosk_background().astype(np.float32)
    return [
        np.clip(bg + rng.normal(0, 2.0, bg.shape), 0, 255).astype(np.uint8) for _ in range(frames)
    ]


@pytest.fixture
def kiosk(settings: Any, models_dir: Path, shared_data: Path) -> Any:
    (settings.data_dir / "models").symlink_to(models_dir)
    ctx = AppContext(settings, scene="kiosk")
    for name, folder, enrolled, _ in (A, B):
        ctx.enrollment.enroll(
            name, [shared_data / "faces" / folder / enrolled], consent=True, consent_by="test"
        )
    clock = Clock()
    loop = LiveLoop.for_context(ctx, source="camera")
    machine = KioskStateMachine(KioskParams(), clock=clock)
    yield KioskController(loop.recognizer, loop.attendance, machine, loop=loop), clock, ctx
    ctx.close()


def run(kiosk: Any, frames: Iterable[np.ndarray]) -> list[tuple[KioskView, list[Any]]]:
    """Each frame through the kiosk: what the screen shows and the faces with the names the
    live loop gives them."""
    ctl, clock, _ = kiosk
    out = []
    for frame in frames:
        clock.t += 1.0 / FPS
        k = ctl.process(frame)
        ctl.tick()
        out.append((ctl.view, list(k.frame_result.faces)))
    return out


def shown(person: tuple[str, str, str, str], kiosk: Any, shared_data: Path) -> np.ndarray:
    return portrait(kiosk[2].pipeline, shared_data / "faces" / person[1] / person[3])


def names_on(steps: list[tuple[KioskView, list[Any]]], before: int = 0) -> set[str | None]:
    """Every name the kiosk put on screen (cards after card ``before``) or the live loop
    confirmed a face as."""
    names = {v.person_name for v, _ in steps if v.card_id > before}
    names |= {f.match.name for _, faces in steps for f in faces if f.confirmed}
    return names - {None}


def events(ctx: Any) -> list[str]:
    return [e.person_name for e in ctx.db.run(lambda s: Events(s).query())]


@pytest.mark.parametrize("gap", [0, 3])
def test_the_next_person_in_the_same_spot_is_greeted_as_themselves(
    kiosk: Any, shared_data: Path, gap: int
) -> None:
    """A is greeted and steps out; B steps into the same spot within the tracker's reach
    (``gap`` empty frames, fewer than ``max_missed``). B is greeted by their own name, and
    nothing names B as A."""
    a, b = shown(A, kiosk, shared_data), shown(B, kiosk, shared_data)
    first = run(kiosk, standing(a, 30, seed=1))
    card = first[-1][0]
    assert card.phase is KioskPhase.GREETING and card.person_name == A[0]
    run(kiosk, empty(gap))
    second = run(kiosk, standing(b, 80, seed=1))
    assert A[0] not in names_on(second, before=card.card_id)  # A's card may stay its 4 s
    cards = [v for v, _ in second if v.is_card and v.card_id > card.card_id]
    assert cards and cards[0].phase is KioskPhase.GREETING
    assert {v.person_name for v in cards} == {B[0]}
    assert events(kiosk[2]) == [A[0], B[0]]


def test_a_stranger_in_the_same_spot_is_told_to_see_the_front_desk(
    kiosk: Any, shared_data: Path
) -> None:
    """A is greeted and steps out; someone nobody enrolled steps into the spot. They are never
    named A, and after ``unknown_after_seconds`` the kiosk says "Not recognised"."""
    a = shown(A, kiosk, shared_data)
    stranger = portrait(kiosk[2].pipeline, shared_data / "faces" / "_strangers" / "jeff_bezos.jpg")
    first = run(kiosk, standing(a, 30, seed=1))
    card = first[-1][0]
    second = run(kiosk, empty(2) + standing(stranger, 100, seed=1))
    assert A[0] not in names_on(second, before=card.card_id)
    assert KioskPhase.UNKNOWN in [v.phase for v, _ in second if v.card_id > card.card_id]
    assert events(kiosk[2]) == [A[0]]


def test_someone_who_only_passed_by_is_not_checked_in_on_the_next_face(
    kiosk: Any, shared_data: Path
) -> None:
    """A is seen for two frames (too few to be confirmed) and walks on; B steps into the
    spot. The kiosk greets B as B and never checks A in on B's face."""
    a, b = shown(A, kiosk, shared_data), shown(B, kiosk, shared_data)
    steps = run(kiosk, standing(a, 2, seed=1) + empty(2) + standing(b, 60, seed=1))
    assert A[0] not in names_on(steps[4:])
    assert events(kiosk[2]) == [B[0]]


def test_one_person_standing_keeps_one_track(kiosk: Any, shared_data: Path) -> None:
    """A alone in front of the kiosk for 8 s is one track: greeted once, never again."""
    steps = run(kiosk, standing(shown(A, kiosk, shared_data), 80, seed=2))
    tracks = {f.track_id for _, faces in steps for f in faces}
    assert len(tracks) == 1
    assert sum(v.phase is KioskPhase.GREETING for v, _ in steps[:-1]) >= 1
    assert events(kiosk[2]) == [A[0]]
    cards = {v.card_id for v, _ in steps if v.is_card}
    assert len(cards) == 1


def test_a_stranger_stepping_in_while_the_kiosk_updates_a_photo_is_never_stored_as_them(
    settings: Any, models_dir: Path, faces_hard: Path, tmp_path: Path
) -> None:
    """A person known only from a small ID photo types their code; the kiosk starts taking
    camera samples of their track to replace the photo. They step out at once and a stranger
    steps into the spot: the stranger's face never becomes the person's samples. (The dlib
    ResNet, as in test_second_factor: with SFace's small chip the softened photo is not
    weak.)"""
    from desktop_app.attendance.second_factor import CameraSamples
    from desktop_app.storage.repositories import Templates
    from desktop_app.vision.image_io import load_image, save_image
    from tests.recognition.conftest import LOOKALIKE_EMBEDDER, link_models, with_embedder

    ctx = AppContext(
        with_embedder(link_models(settings, models_dir), LOOKALIKE_EMBEDDER), scene="kiosk"
    )
    try:
        folder = faces_hard / "Renee_Zellweger"
        small = tmp_path / "renee_id.png"  # her photo softened: a small ID photo
        save_image(
            small, cv2.GaussianBlur(load_image(folder / "0_Renee_Zellweger_0001.jpg"), (0, 0), 3)
        )
        renee = ctx.enrollment.enroll(
            "Renee Zellweger", [small], external_id="R-17", consent=True, allow_weak=True
        ).person
        clock = Clock()
        loop = LiveLoop.for_context(ctx, source="camera")
        samples = CameraSamples(ctx.enrollment)
        machine = KioskStateMachine(KioskParams(), clock=clock)
        ctl = KioskController(loop.recognizer, loop.attendance, machine, loop=loop, samples=samples)
        kiosk = (ctl, clock, ctx)
        her = standing(portrait(ctx.pipeline, folder / "1_Renee_Zellweger_0005.jpg"), 20, seed=1)
        assert ctx.gallery.weak_people() == {renee.id}
        for i, frame in enumerate(her):  # noqa: B007
            if run(kiosk, [frame])[-1][0].phase is KioskPhase.CODE:
                break
        assert machine.view.phase is KioskPhase.CODE
        assert "updating your photo" in ctl.submit_code("17").subtitle and samples.active
        bezos = faces_hard.parent / "faces" / "_strangers" / "jeff_bezos.jpg"
        stranger = portrait(ctx.pipeline, bezos)
        run(kiosk, her[i + 1 : i + 2] + empty(2) + standing(stranger, 30, seed=1))
        left = ctx.db.run(lambda s: Templates(s).list(person_id=renee.id))
        assert [t.weak for t in left] == [True]  # still only her ID photo
        assert samples.last_result is None
    finally:
        ctx.close()


def test_the_main_window_names_the_next_person_at_the_desk_camera_by_their_own_name(
    settings: Any, models_dir: Path, shared_data: Path
) -> None:
    """The main window's live view (a room, the desk camera): A is confirmed and leaves, B
    sits down in the same spot 3 frames later. B is never confirmed as A and is checked in
    as B."""
    (settings.data_dir / "models").symlink_to(models_dir)
    ctx = AppContext(settings)  # the room scene
    try:
        for name, folder, enrolled, _ in (A, B):
            ctx.enrollment.enroll(
                name, [shared_data / "faces" / folder / enrolled], consent=True, consent_by="t"
            )
        loop = LiveLoop.for_context(ctx, source="camera")
        a = portrait(ctx.pipeline, shared_data / "faces" / A[1] / A[3])
        b = portrait(ctx.pipeline, shared_data / "faces" / B[1] / B[3])
        first = [loop.process(f) for f in standing(a, 20, seed=1)]
        assert any(f.confirmed and f.match.name == A[0] for lf in first for f in lf.faces)
        second = [loop.process(f) for f in empty(3) + standing(b, 30, seed=1)]
        confirmed = {f.match.name for lf in second for f in lf.faces if f.confirmed}
        assert confirmed == {B[0]}
        assert events(ctx) == [A[0], B[0]]
    finally:
        ctx.close()
