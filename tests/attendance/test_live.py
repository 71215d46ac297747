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


# ---- fusing a track's embeddings (FusedEvidence) -------------------------------------------
def _unit(i: int) -> np.ndarray:
    v = np.zeros(128, np.float32)
    v[i] = 1.0
    return v


def _near_ana(noise_axis: int) -> np.ndarray:
    """0.30 from Ana's template (axis 0), off along another axis each frame."""
    c = 1 - 0.3**2 / 2
    return (c * _unit(0) + np.sqrt(1 - c * c) * _unit(noise_axis)).astype(np.float32)


class Gallery2:
    """Ana (person 1, axis 0) and Bo (person 2, axis 1) decided by the real Matcher."""

    def __init__(self) -> None:
        from desktop_app.recognition.matcher import Matcher, owner_from_maps

        self.matcher = Matcher(0.37, 0.03, crowd_weight=0.5, crowd_reach=0.5)
        self.owner = owner_from_maps({10: 1, 20: 2})
        self.templates = np.stack([_unit(0), _unit(1)])

    def decide(self, embeddings: np.ndarray) -> list[Match]:
        out = []
        for e in np.atleast_2d(embeddings):
            e = e / np.linalg.norm(e)
            d = np.linalg.norm(self.templates - e, axis=1)
            order = np.argsort(d)
            out.append(self.matcher.match(d[order], np.array([10, 20])[order], self.owner))
        return out


def _track(frames: list[np.ndarray], gallery: Gallery2, track: int = 7) -> list[FrameResult]:
    results = []
    for i, emb in enumerate(frames):
        face = RecognizedFace(
            Face((85.0, 95.0, 175.0, 190.0), 0.99, LANDMARKS),
            gallery.decide(emb)[0],
            track_id=track,
            embedding=emb,
        )
        results.append(FrameResult([face], frame_index=i))
    return results


def test_fused_evidence_decides_on_the_tracks_mean_not_on_lucky_frames() -> None:
    """A stranger close to Ana in 3 of 5 frames (and nobody in the others) gathers 3 of 5
    votes; the mean of the track is far from her, so fusing confirms nobody. A real Ana, close
    in every frame, is confirmed once the track has 3 frames."""
    from desktop_app.attendance.live import FusedEvidence

    g = Gallery2()
    stranger = [_near_ana(2), _unit(3), _near_ana(4), _unit(5), _near_ana(6)]
    vote, fused = FrameVote(3, 5), FusedEvidence(3, 15)
    voted = [vote.update(r, g.decide) for r in _track(stranger, g)]
    assert voted[-1].faces[0].confirmed  # three lucky frames are enough for the vote
    decided = [fused.update(r, g.decide) for r in _track(stranger, g)]
    assert not any(r.faces[0].confirmed for r in decided)
    assert decided[-1].faces[0].match.status is MatchStatus.UNKNOWN

    fused.reset()
    ana = [_near_ana(2), _near_ana(3), _near_ana(4)]
    decided = [fused.update(r, g.decide) for r in _track(ana, g, track=8)]
    assert [r.faces[0].confirmed for r in decided] == [False, False, True]
    assert decided[-1].faces[0].match.person_id == 1
    assert decided[-1].faces[0].match.distance < 0.3  # the mean is closer than any frame


def test_fused_evidence_forgets_ended_tracks() -> None:
    from dataclasses import replace

    from desktop_app.attendance.live import FusedEvidence

    g = Gallery2()
    fused = FusedEvidence(2, 15)
    first, second = _track([_near_ana(2), _near_ana(3)], g)
    fused.update(first, g.decide)
    fused.update(replace(second, faces=[], ended_tracks=(7,)), g.decide)  # track 7 ended
    again = fused.update(second, g.decide)  # a new track 7 starts over: one frame only
    assert not again.faces[0].confirmed
