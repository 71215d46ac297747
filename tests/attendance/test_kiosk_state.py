"""The kiosk state machine with a fake clock, the real attendance service and database, and the
real PIN lock-out (desktop_app/security/pin.py)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from desktop_app.attendance.kiosk_state import (
    KioskController,
    KioskParams,
    KioskPhase,
    KioskStateMachine,
    KioskView,
    PinGate,
)
from desktop_app.attendance.service import AttendanceService
from desktop_app.recognition.types import FrameResult, Match, MatchStatus, RecognizedFace
from desktop_app.security import pin
from desktop_app.storage.repositories import Events, People
from desktop_app.vision.liveness import Challenge, LivenessParams
from desktop_app.vision.types import Face

UTC = dt.UTC
T0 = dt.datetime(2026, 3, 2, 8, 57, tzinfo=UTC)
LANDMARKS = np.array([[110, 120], [150, 120], [130, 145], [114, 165], [146, 165]], np.float32)


class FakeClock:
    """One clock for both: monotonic seconds for the kiosk, aware datetimes for the services."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def utc(self) -> dt.datetime:
        return T0 + dt.timedelta(seconds=self.t - 1000.0)

    def advance(self, seconds: float) -> None:
        self.t += seconds


def face(
    track: int | None,
    person: int | None = None,
    name: str | None = None,
    *,
    confirmed: bool = False,
    landmarks: np.ndarray | None = None,
    jitter: float = 0.0,
    rng: np.random.Generator | None = None,
    openness: tuple[float, float, float] | None = None,
) -> RecognizedFace:
    lm = (LANDMARKS if landmarks is None else landmarks).astype(np.float32).copy()
    if jitter:
        lm += (rng or np.random.default_rng()).normal(0, jitter, lm.shape).astype(np.float32)
    x1, y1 = lm.min(axis=0) - 25
    x2, y2 = lm.max(axis=0) + 25
    if person is not None:
        match = Match(MatchStatus.KNOWN, person, name, 0.4, 0.3, 1, 0.6)
    else:
        match = Match.unknown(0.6)
    return RecognizedFace(
        Face((float(x1), float(y1), float(x2), float(y2)), 0.99, lm, openness),
        match,
        track_id=track,
        confirmed=confirmed,
        embedding=np.zeros(128, np.float32),
        chip_rgb=np.zeros((150, 150, 3), np.uint8),
    )


def frame(*faces: RecognizedFace) -> FrameResult:
    return FrameResult(list(faces))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ana(db) -> int:  # type: ignore[no-untyped-def]
    return db.run(lambda s: People(s).add("Ana Silva").id)


def make(settings, db, clock, **params):  # type: ignore[no-untyped-def]
    service = AttendanceService(settings, db, clock=clock.utc)
    machine = KioskStateMachine(
        KioskParams(greeting_seconds=4.0, unknown_after_seconds=3.0, **params),
        clock=clock,
        tz=UTC,
        rng=np.random.default_rng(1),
    )
    return KioskController(None, service, machine), service


def test_waiting_hold_still_greeting_then_back_to_waiting(settings, db, clock, ana):
    ctl, _ = make(settings, db, clock)
    assert ctl.handle(frame()).view.phase is KioskPhase.WAITING
    v = ctl.handle(frame(face(1, ana, "Ana Silva"))).view  # recognised, not yet confirmed
    assert v.phase is KioskPhase.HOLD_STILL
    clock.advance(0.2)
    out = ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True)))
    assert out.view.phase is KioskPhase.GREETING
    assert out.view.text == "Good morning, Ana - Checked in 08:57"
    assert out.view.chip_rgb is not None
    assert [m.status for m in out.marks] == ["recorded"]
    assert db.run(lambda s: Events(s).count()) == 1
    # the card stays for greeting_seconds, even while Ana stands there
    clock.advance(3.9)
    assert ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True))).view.phase is (
        KioskPhase.GREETING
    )
    clock.advance(0.2)
    # after the card: Ana (same track) is not greeted again, nor asked to step up and check in
    v = ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True))).view
    assert v.phase is KioskPhase.WAITING
    assert v.text == "Thank you - Next person, please"
    assert db.run(lambda s: Events(s).count()) == 1
    # Ana leaves: the kiosk asks the next one to step up
    v = ctl.handle(frame()).view
    assert v.text == "Thank you - Next person, please"  # a dropped frame is not a departure
    clock.advance(1.1)
    assert ctl.handle(frame()).view.text == "Look at the camera - Step up to check in"


def test_card_expires_on_tick_without_frames(settings, db, clock, ana):
    ctl, _ = make(settings, db, clock)
    ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True)))
    clock.advance(3.0)
    assert ctl.tick().phase is KioskPhase.GREETING
    clock.advance(1.5)
    view = ctl.tick()  # no frame for 4.5 s: nobody is there any more
    assert view.phase is KioskPhase.WAITING and view.title == "Look at the camera"


def test_card_expiring_while_the_greeted_face_is_still_seen_invites_the_next_person(
    settings, db, clock, ana
):
    ctl, _ = make(settings, db, clock)
    ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True)))
    for _ in range(7):  # Ana stays in view through her card
        clock.advance(0.5)
        ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True)))
    clock.advance(0.6)  # the card ends between two frames, half a second after her last one
    assert ctl.tick().text == "Thank you - Next person, please"


def test_unknown_face_after_n_seconds(settings, db, clock):
    ctl, _ = make(settings, db, clock)
    for _ in range(6):  # 2.5 s of an unknown face: still trying
        assert ctl.handle(frame(face(7))).view.phase is KioskPhase.HOLD_STILL
        clock.advance(0.5)
    clock.advance(0.5)
    v = ctl.handle(frame(face(7))).view
    assert v.phase is KioskPhase.UNKNOWN
    assert v.text == "Not recognised - Please see the front desk"
    assert db.run(lambda s: Events(s).count()) == 0


def test_unknown_timer_restarts_for_a_new_person(settings, db, clock):
    ctl, _ = make(settings, db, clock)
    ctl.handle(frame(face(7)))
    clock.advance(2.5)
    ctl.handle(frame(face(7)))
    clock.advance(0.4)  # a different track (the next person) starts its own 3 s
    assert ctl.handle(frame(face(8))).view.phase is KioskPhase.HOLD_STILL
    clock.advance(2.0)
    assert ctl.handle(frame(face(8))).view.phase is KioskPhase.HOLD_STILL


def test_already_checked_in_when_coming_back(settings, db, clock, ana):
    ctl, _ = make(settings, db, clock)
    ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True)))
    clock.advance(5)
    ctl.handle(frame())  # Ana leaves
    clock.advance(20)  # and comes back as a new track a little later
    v = ctl.handle(frame(face(2, ana, "Ana Silva", confirmed=True))).view
    assert v.phase is KioskPhase.ALREADY
    assert v.title == "Already checked in at 08:57"
    clock.advance(120)  # later still: the service itself answers "already present"
    ctl.handle(frame())
    clock.advance(5)
    out = ctl.handle(frame(face(3, ana, "Ana Silva", confirmed=True)))
    assert out.view.title == "Already checked in at 08:57"
    assert [m.status for m in out.marks] == ["already_present"]
    assert db.run(lambda s: Events(s).count()) == 1


def test_cooldown_message_in_check_in_out_mode(settings, db, clock, ana):
    settings = settings.model_copy(
        update={"attendance": settings.attendance.model_copy(update={"mode": "check_in_out"})}
    )
    ctl, _ = make(settings, db, clock)
    ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True)))
    clock.advance(90)
    ctl.handle(frame())
    clock.advance(1)
    v = ctl.handle(frame(face(2, ana, "Ana Silva", confirmed=True))).view
    assert v.phase is KioskPhase.ALREADY and v.title == "Already checked in at 08:57"
    clock.advance(400)  # past the 300 s cooldown: the next mark is a check-out
    ctl.handle(frame())
    clock.advance(1)
    v = ctl.handle(frame(face(3, ana, "Ana Silva", confirmed=True))).view
    assert v.phase is KioskPhase.GREETING and v.title == "Goodbye, Ana"
    assert v.subtitle.startswith("Checked out 09:")


def test_largest_face_is_served(settings, db, clock, ana):
    ben = db.run(lambda s: People(s).add("Ben Okafor").id)
    ctl, _ = make(settings, db, clock)
    small = face(5, ben, "Ben Okafor", confirmed=True, landmarks=LANDMARKS * 0.5)
    big = face(6, ana, "Ana Silva", confirmed=True)
    v = ctl.handle(frame(small, big)).view
    assert v.person_name == "Ana Silva"
    assert db.run(lambda s: [e.person_id for e in Events(s).query()]) == [ana]


def turn(lm: np.ndarray, amount: float) -> np.ndarray:
    """Landmarks of a head turned to the person's left by ``amount`` (nose moves right)."""
    out = lm.astype(np.float32).copy()
    out[2, 0] += amount
    return out


def test_liveness_challenge_before_check_in(settings, db, clock, ana):
    ctl, _ = make(settings, db, clock, liveness=True)
    rng = np.random.default_rng(0)
    v = ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True, jitter=0.5, rng=rng))).view
    assert v.phase is KioskPhase.CHALLENGE
    assert v.challenge in (Challenge.TURN_LEFT, Challenge.TURN_RIGHT)
    sign = 1 if v.challenge is Challenge.TURN_LEFT else -1
    for _ in range(3):
        clock.advance(0.1)
        ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True, jitter=0.5, rng=rng)))
    assert db.run(lambda s: Events(s).count()) == 0  # nothing marked during the challenge
    phases = []
    for step in (2, 5, 8, 10, 10):
        clock.advance(0.1)
        lm = turn(LANDMARKS, sign * step)
        out = ctl.handle(
            frame(
                face(1, None, None, landmarks=lm, jitter=0.3, rng=rng)
                if step == 10
                else face(1, ana, "Ana Silva", confirmed=True, landmarks=lm, jitter=0.3, rng=rng)
            )
        )
        phases.append(out.view.phase)
    # turning away may lose the match for a moment; the next confirmed frame marks her
    clock.advance(0.1)
    out = ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True, jitter=0.3, rng=rng)))
    assert out.view.phase is KioskPhase.GREETING, phases
    assert db.run(lambda s: Events(s).count()) == 1


def _challenge_kinds(ctl, clock, ana, openness, tracks=range(1, 25)):  # type: ignore[no-untyped-def]
    """The challenge the kiosk asks each new track (one confirmed face per track)."""
    rng = np.random.default_rng(0)
    kinds = {}
    for track in tracks:
        view = ctl.handle(
            frame(
                face(
                    track, ana, "Ana Silva", confirmed=True, jitter=0.5, rng=rng, openness=openness
                )
            )
        ).view
        kinds[track] = view.challenge
        clock.advance(2.0)  # the face leaves; the next track is someone stepping up
        ctl.handle(frame())
    return kinds


def test_liveness_asks_to_open_the_mouth_where_the_stack_measures_it(settings, db, clock, ana):
    """Face Mesh's openness on the faces: the kiosk asks "Open your mouth wide" (every time),
    and opening the mouth checks the person in."""
    ctl, _ = make(settings, db, clock, liveness=True)
    closed, wide = (0.3, 0.3, 0.02), (0.3, 0.3, 0.6)
    kinds = _challenge_kinds(ctl, clock, ana, closed, tracks=range(1, 8))
    assert set(kinds.values()) == {Challenge.OPEN_MOUTH}
    track = max(kinds) + 1
    rng = np.random.default_rng(1)

    def ana_face(openness):  # type: ignore[no-untyped-def]
        return face(track, ana, "Ana Silva", confirmed=True, jitter=0.5, rng=rng, openness=openness)

    v = ctl.handle(frame(ana_face(closed))).view
    assert v.phase is KioskPhase.CHALLENGE
    assert (v.title, v.subtitle) == ("Open your mouth wide", "and keep looking at the camera")
    for _ in range(3):
        clock.advance(0.1)
        ctl.handle(frame(ana_face(closed)))
    assert db.run(lambda s: Events(s).count()) == 0  # nothing marked during the challenge
    for _ in range(3):
        clock.advance(0.1)
        out = ctl.handle(frame(ana_face(wide)))
        if out.view.phase is not KioskPhase.CHALLENGE:
            break
    assert out.view.phase is KioskPhase.GREETING
    assert db.run(lambda s: Events(s).count()) == 1


def test_liveness_without_openness_asks_only_head_turns(settings, db, clock, ana):
    """MTCNN gives no openness: the kiosk falls back to the head turns."""
    ctl, _ = make(settings, db, clock, liveness=True)
    kinds = set(_challenge_kinds(ctl, clock, ana, None).values())
    assert kinds == {Challenge.TURN_LEFT, Challenge.TURN_RIGHT}


def test_liveness_rejects_a_frozen_face(settings, db, clock, ana):
    ctl, _ = make(
        settings, db, clock, liveness=True, liveness_params=LivenessParams(static_frames=8)
    )
    views = []
    for _ in range(10):
        clock.advance(0.1)
        views.append(ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True))).view.phase)
    assert KioskPhase.SPOOF in views
    assert db.run(lambda s: Events(s).count()) == 0


def test_liveness_timeout_and_retry_limit(settings, db, clock, ana):
    ctl, _ = make(settings, db, clock, liveness=True)
    rng = np.random.default_rng(3)
    seen = []
    for _ in range(300):  # a photo-like face: moves a little but never turns
        clock.advance(0.1)
        seen.append(
            ctl.handle(
                frame(face(1, ana, "Ana Silva", confirmed=True, jitter=0.5, rng=rng))
            ).view.phase
        )
    assert seen.count(KioskPhase.SPOOF) > 0
    assert KioskPhase.GREETING not in seen
    assert seen[-1] is KioskPhase.WAITING  # two attempts used: this track must step away
    assert db.run(lambda s: Events(s).count()) == 0


def test_pin_gate_lockout_with_fake_clock(db, clock):
    pin.set_pin(db, "4711")
    gate = PinGate(db, "kiosk-1", clock=clock.utc)
    assert gate.is_set()
    assert gate.submit("4711").ok
    outcomes = [gate.submit("0000") for _ in range(4)]
    assert [o.ok for o in outcomes] == [False] * 4
    assert outcomes[0].message == "Wrong PIN. Try again."
    assert outcomes[2].seconds_left == pytest.approx(30)
    assert "Try again in" in outcomes[3].message
    # locked: even the right PIN is refused until the delay has passed
    assert not gate.submit("4711").ok
    clock.advance(31)
    assert gate.submit("4711").ok
    # the lock-out is per installation: another device name is locked too
    for _ in range(3):
        gate.submit("0000")
    other = PinGate(db, "kiosk-2", clock=clock.utc).submit("4711")
    assert not other.ok and other.seconds_left > 0


def test_pin_gate_without_pin(db, clock):
    gate = PinGate(db, "kiosk-1", clock=clock.utc)
    assert not gate.is_set()
    out = gate.submit("1234")
    assert not out.ok and "No admin PIN" in out.message


def test_restarted_kiosk_still_tells_the_time_of_the_check_in(settings, db, clock, ana):
    ctl, service = make(settings, db, clock)
    ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True)))
    clock.advance(10)
    # a new window on the same service (its on_frame cache says "handled moments ago")
    machine = KioskStateMachine(KioskParams(), clock=clock, tz=UTC)
    again = KioskController(None, service, machine)
    out = again.handle(frame(face(9, ana, "Ana Silva", confirmed=True)))
    assert out.view.title == "Already checked in at 08:57"
    assert db.run(lambda s: Events(s).count()) == 1


def test_kiosk_pinned_to_a_session_marks_into_it(settings, db, clock, ana):
    ctl, service = make(settings, db, clock)
    session = service.start_session("Maths 7B")
    ctl.session_id = session.id
    clock.advance(1)
    out = ctl.handle(frame(face(1, ana, "Ana Silva", confirmed=True)))
    assert out.view.phase is KioskPhase.GREETING
    assert db.run(lambda s: [e.session_id for e in Events(s).query()]) == [session.id]


def test_hold_still_only_for_one_face_inside_the_oval(settings, db, clock):
    """The test faces sit around (130, 142): inside the oval of a 260x285 frame, far left
    of it in a 640x480 frame."""
    ctl, _ = make(settings, db, clock)
    centred, aside = (260, 285), (640, 480)

    def view(*faces: RecognizedFace, size: tuple[int, int]) -> KioskView:
        return ctl.handle(FrameResult(list(faces), frame_size=size)).view

    assert view(size=centred).phase is KioskPhase.WAITING  # nobody there
    assert view(face(7), size=aside).title == "Look at the camera"  # a passer-by at the side
    assert view(face(7), size=centred).phase is KioskPhase.HOLD_STILL
    other = face(8, landmarks=LANDMARKS + 4)
    crowd = view(face(7), other, size=centred)
    assert (crowd.phase, crowd.title) == (KioskPhase.WAITING, "One at a time, please")
    # a passer-by never gets "Not recognised": the clock starts inside the oval
    for _ in range(10):
        clock.advance(0.5)
        assert view(face(9), size=aside).phase is KioskPhase.WAITING
    assert view(face(9), size=centred).phase is KioskPhase.HOLD_STILL
