"""The live loop (attendance/live.py) from a track's frames to attendance events in the database.

The frames are per-frame decisions built by hand (what ``Recognizer.process_frame`` returns);
the vote, the second-factor hold and the marking are the real code on a real database.
Recognition with the real models through the loop: tests/recognition/test_recognizer.py.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from desktop_app.attendance.live import (
    FrameVote,
    LiveLoop,
    Marked,
    SecondFactorRequest,
    SecondFactorRequired,
    TrackConfirmed,
)
from desktop_app.recognition.types import FrameResult, Match, MatchStatus, RecognizedFace
from desktop_app.storage.repositories import Events
from desktop_app.vision.types import Face

LANDMARKS = np.array([[110, 120], [150, 120], [130, 145], [114, 165], [146, 165]], np.float32)


def seen(track: int, person: int | None, name: str | None = None) -> RecognizedFace:
    """One face of one frame as the recognizer decides it (not yet confirmed)."""
    if person is not None:
        match = Match(MatchStatus.KNOWN, person, name, 0.3, 0.2, 1, 0.36)
    else:
        match = Match.unknown(0.36)
    return RecognizedFace(
        Face((85.0, 95.0, 175.0, 190.0), 0.99, LANDMARKS),
        match,
        track_id=track,
        embedding=np.zeros(128, np.float32),
    )


class Frames:
    """Hands the loop prepared per-frame decisions in place of a camera + recognizer."""

    def __init__(self) -> None:
        self.queue: list[FrameResult] = []
        self.resets = 0

    def process_frame(self, frame_bgr: np.ndarray) -> FrameResult:
        return self.queue.pop(0)

    def decide(self, embeddings: np.ndarray) -> list[Match]:
        return [Match.unknown(0.36) for _ in embeddings]

    def reset(self) -> None:
        self.resets += 1


BLANK = np.zeros((4, 4, 3), np.uint8)


def run(loop: LiveLoop, frames: Frames, *results: FrameResult) -> list[Any]:
    frames.queue.extend(results)
    return [loop.process(BLANK) for _ in results]


@pytest.fixture
def loop_and_frames(berlin: Any, make_service: Any) -> tuple[LiveLoop, Frames]:
    frames = Frames()
    loop = LiveLoop(frames, make_service(berlin), evidence=FrameVote(3, 5))
    return loop, frames


def test_three_agreeing_frames_mark_once(loop_and_frames, people, db) -> None:  # type: ignore[no-untyped-def]
    loop, frames = loop_and_frames
    ana = people["ana"].id
    out = run(loop, frames, *(FrameResult([seen(1, ana, "Ana Lima")], i) for i in range(5)))
    assert [f.faces[0].confirmed for f in out] == [False, False, True, True, True]
    assert [type(e) for e in out[2].events] == [TrackConfirmed, Marked]
    assert out[2].events[0].person_id == ana
    assert [m.status for m in out[2].marks] == ["recorded"]
    assert all(f.events == [] for f in out[3:])  # confirmed once, cooldown keeps it quiet
    assert db.run(lambda s: Events(s).count()) == 1


def test_one_bad_frame_neither_confirms_nor_marks(loop_and_frames, people, db) -> None:  # type: ignore[no-untyped-def]
    loop, frames = loop_and_frames
    ana, ben = people["ana"].id, people["ben"].id
    # two frames Ana, one Ben, one unknown, one Ana: Ana has 3 of the last 5 only in frame 5,
    # and the frame that names Ben is never confirmed as anyone
    out = run(
        loop,
        frames,
        FrameResult([seen(1, ana)], 0),
        FrameResult([seen(1, ana)], 1),
        FrameResult([seen(1, ben)], 2),
        FrameResult([seen(1, None)], 3),
        FrameResult([seen(1, ana)], 4),
    )
    assert [f.faces[0].confirmed for f in out] == [False, False, False, False, True]
    assert db.run(lambda s: [e.person_id for e in Events(s).query()]) == [ana]


def test_an_ended_track_starts_over(loop_and_frames, people, db) -> None:  # type: ignore[no-untyped-def]
    loop, frames = loop_and_frames
    ana = people["ana"].id
    run(loop, frames, FrameResult([seen(4, ana)], 0), FrameResult([seen(4, ana)], 1))
    out = run(
        loop,
        frames,
        FrameResult([], 2, ended_tracks=(4,)),
        FrameResult([seen(4, ana)], 3),  # the id came back: its old votes must not count
    )
    assert not out[1].faces[0].confirmed
    assert db.run(lambda s: Events(s).count()) == 0


class AskForCode:
    """A policy that holds every face of one person (as a look-alike rule would)."""

    def __init__(self, person_id: int) -> None:
        self.person_id = person_id

    def required(self, face: RecognizedFace) -> SecondFactorRequest | None:
        if face.match.person_id == self.person_id:
            return SecondFactorRequest("has a look-alike", (self.person_id,))
        return None


def test_a_face_held_for_a_second_factor_is_never_marked(
    berlin: Any, make_service: Any, people: Any, db: Any
) -> None:
    frames = Frames()
    ana, ben = people["ana"].id, people["ben"].id
    loop = LiveLoop(
        frames, make_service(berlin), evidence=FrameVote(1, 1), second_factor=AskForCode(ana)
    )
    out = run(
        loop,
        frames,
        FrameResult([seen(1, ana), seen(2, ben)], 0),
        FrameResult([seen(1, ana), seen(2, ben)], 1),
    )
    asks = [e for f in out for e in f.events if isinstance(e, SecondFactorRequired)]
    assert [(e.face.track_id, e.request.reason) for e in asks] == [(1, "has a look-alike")]
    assert db.run(lambda s: [e.person_id for e in Events(s).query()]) == [ben]
    assert loop.mark([out[1].faces[0]]) == []  # marking a held face directly refuses too


def test_without_attendance_the_loop_only_recognises(people: Any) -> None:
    frames = Frames()
    loop = LiveLoop(frames, None, evidence=FrameVote(1, 1))
    out = run(loop, frames, FrameResult([seen(1, people["ana"].id)], 0))
    assert out[0].faces[0].confirmed and out[0].marks == []
    assert [type(e) for e in out[0].events] == [TrackConfirmed]
    loop.reset()
    assert frames.resets == 1
