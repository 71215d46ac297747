"""The one live loop: a frame's faces and their tracks -> a decision per track -> attendance.

The main window, the kiosk and ``face-attendance recognize`` all run frames through
:class:`LiveLoop`, in this order:

1. **recognise**: ``Recognizer.process_frame`` gives the frame's faces, each with the
   pipeline's track id, its embedding and the gallery's decision for this frame alone
   (``confirmed`` False);
2. **track evidence** (:class:`TrackEvidence`): turns the frames of a track into the decision
   to act on and sets ``confirmed``. The default, :class:`FrameVote`, confirms a person when N
   of a track's last M frames name them and this frame does too, so one bad frame never marks.
   The shipped one, :class:`FusedEvidence`, decides once on the quality-weighted mean of the
   track's embeddings (``recognition.track_evidence``: "fused" or "vote");
3. **second factor** (:class:`SecondFactorPolicy`): may hold a face back because the decision
   is too close to call (an ambiguous match, a person with a look-alike). A held face is never
   marked silently: the loop reports :class:`SecondFactorRequired` once per track and the
   caller asks for an ID number or PIN. The default never holds a face;
4. **mark**: ``AttendanceService.on_frame`` applies the session, cooldown and check-in/out.

What comes out are plain typed values (:class:`LiveFrame` and its events); the UI observes
them. A loop serves one frame source; one caller (the inference thread) at a time.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import numpy as np

from desktop_app.recognition.types import FrameResult, Match, RecognizedFace
from desktop_app.vision.tracker import TrackVoter

log = logging.getLogger(__name__)

# (N, D) float32 embeddings -> one gallery decision each (``Recognizer.decide``).
Decide = Callable[[np.ndarray], Sequence[Match]]


# ---- extension points ----------------------------------------------------------------------
class TrackEvidence(Protocol):
    """Turns a track's frames into the decision the loop acts on.

    ``update`` gets each frame's per-frame decisions (faces with track ids, embeddings and a
    ``Match`` for this frame alone) and returns the same faces with ``match`` and ``confirmed``
    as they should be acted on. ``decide`` asks the gallery about embeddings (e.g. a track's
    fused embedding). ``result.ended_tracks`` lists tracks that will not come back.
    """

    def update(self, result: FrameResult, decide: Decide) -> FrameResult: ...

    def reset(self) -> None: ...


@dataclass(frozen=True)
class SecondFactorRequest:
    """Why a face needs an ID number or PIN before it may be marked, and who it could be."""

    reason: str
    person_ids: tuple[int, ...]  # the candidates the code chooses between


class SecondFactorPolicy(Protocol):
    """Whether a face (after the track evidence) must be confirmed by a code first."""

    def required(self, face: RecognizedFace) -> SecondFactorRequest | None: ...


class FrameVote:
    """N of the last M frames of a track name the same person, and this frame does too."""

    def __init__(self, confirm_frames: int = 3, confirm_window: int = 5) -> None:
        self.voter = TrackVoter(confirm_frames, max(confirm_window, confirm_frames))

    @classmethod
    def from_settings(cls, settings: Any) -> FrameVote:
        rec = settings.recognition
        return cls(int(rec.confirm_frames), int(rec.confirm_window))

    def update(self, result: FrameResult, decide: Decide) -> FrameResult:
        self.voter.forget(result.ended_tracks)
        faces: list[RecognizedFace] = []
        for face in result.faces:
            match = face.match
            if face.track_id is None:  # no track, no evidence over frames
                faces.append(replace(face, confirmed=False))
                continue
            confirmed, person = self.voter.vote(
                face.track_id, match.person_id if match.known else None
            )
            ok = bool(confirmed and match.known and person == match.person_id)
            faces.append(replace(face, confirmed=ok))
        return replace(result, faces=faces)

    def reset(self) -> None:
        self.voter = TrackVoter(self.voter.confirm_frames, self.voter.confirm_window)


class FusedEvidence:
    """Decide on a track's fused embedding instead of voting frame by frame.

    Each face's embedding is L2-normalised and weighted by its quality score
    (``vision.quality``: size, sharpness, pose, exposure); the track's last ``window`` frames
    are averaged and the gallery decides once on the mean. A track is confirmed when that
    decision is KNOWN and the track has at least ``confirm_frames`` frames. A stranger who
    passes the threshold in a few lucky frames no longer gathers N of M votes: the mean of
    all frames decides (benchmarks/stranger_pass.py, docs/recognition.md).

    **Someone else on the track.** The tracker links boxes by overlap, so a person who steps
    into the spot another just left (a kiosk's next person) arrives on the leaver's track.
    With ``split_distance`` (the gallery's 1:1 threshold), a face the landmarker is sure of
    whose embedding lies farther than that from the track's fused mean is not the track's
    person: ``retrack`` (``IoUTracker.split``) ends the track and the face starts a new one
    with fresh evidence, so it is neither named nor marked as the leaver and every screen
    treats it as a new face (docs/kiosk.md, "The next person"). ``split_always``: every frame
    is checked (the kiosk); else only a track's first frame back after frames without its
    face (``FrameResult.resumed_tracks``: a room, where one person's own frames can reach
    that far while they are followed).
    """

    MIN_WEIGHT = 0.05  # a frame that fails every quality check still counts a little

    def __init__(
        self,
        confirm_frames: int = 3,
        window: int = 15,
        chip: Any = None,
        *,
        split_distance: float | None = None,
        split_always: bool = True,
        retrack: Callable[[int], int] | None = None,
    ) -> None:
        if confirm_frames < 1 or window < confirm_frames:
            raise ValueError("need 1 <= confirm_frames <= window")
        self.confirm_frames = int(confirm_frames)
        self.window = int(window)
        self.chip = chip  # the embedder's ChipSpec (quality is read off it); None: weight 1
        self.split_distance = split_distance
        self.split_always = split_always
        self.retrack = retrack
        self._tracks: dict[int, deque[tuple[np.ndarray, float]]] = {}

    @classmethod
    def from_settings(
        cls,
        settings: Any,
        chip: Any = None,
        *,
        split_distance: float | None = None,
        split_always: bool = True,
        retrack: Callable[[int], int] | None = None,
    ) -> FusedEvidence:
        rec = settings.recognition
        frames = int(rec.confirm_frames)
        return cls(
            frames,
            max(int(rec.fuse_window), frames),
            chip,
            split_distance=split_distance,
            split_always=split_always,
            retrack=retrack,
        )

    def weight(self, face: RecognizedFace) -> float:
        if face.chip_rgb is None or self.chip is None:
            return 1.0
        from desktop_app.vision.quality import assess_quality

        score = assess_quality(face.face, face.chip_rgb, self.chip).score
        return max(float(score), self.MIN_WEIGHT)

    def update(self, result: FrameResult, decide: Decide) -> FrameResult:
        for tid in result.ended_tracks:
            self._tracks.pop(tid, None)
        fused: list[np.ndarray] = []
        which: list[int] = []  # index into result.faces of each fused row
        faces = [replace(f, confirmed=False) for f in result.faces]
        ended = list(result.ended_tracks)
        for i, face in enumerate(faces):
            if face.track_id is None or face.embedding is None:
                continue
            emb = np.asarray(face.embedding, np.float64).reshape(-1)
            emb = emb / max(float(np.linalg.norm(emb)), 1e-12)
            old = self._tracks.get(face.track_id)
            check = self.split_always or face.track_id in result.resumed_tracks
            if old and check and self.retrack is not None and self.someone_else(old, emb, face):
                new_id = self.retrack(face.track_id)
                del self._tracks[face.track_id]
                ended.append(face.track_id)
                faces[i] = face = replace(face, track_id=new_id)
            track = self._tracks.setdefault(int(face.track_id or 0), deque(maxlen=self.window))
            track.append((emb, self.weight(face)))
            fused.append(_mean(track).astype(np.float32))
            which.append(i)
        matches = list(decide(np.stack(fused))) if fused else []
        for i, match in zip(which, matches, strict=True):
            face = faces[i]
            frames = len(self._tracks[int(face.track_id or 0)])
            faces[i] = replace(
                face, match=match, confirmed=match.known and frames >= self.confirm_frames
            )
        return replace(result, faces=faces, ended_tracks=tuple(ended))

    def someone_else(
        self, track: deque[tuple[np.ndarray, float]], emb: np.ndarray, face: RecognizedFace
    ) -> bool:
        """Whether ``face`` (unit embedding ``emb``) is not the person of ``track``: farther
        than ``split_distance`` from the track's fused mean. Faces the landmarker doubts
        (kept on room frames) never split a track: one person's turned or blurred frames
        reach that far, a sure face of the same person did not (docs/kiosk.md)."""
        if self.split_distance is None or face.face.unsure:
            return False
        mean = _mean(track)
        mean = mean / max(float(np.linalg.norm(mean)), 1e-12)
        return float(np.linalg.norm(emb - mean)) > self.split_distance

    def reset(self) -> None:
        self._tracks.clear()


def _mean(track: Iterable[tuple[np.ndarray, float]]) -> np.ndarray:
    """The quality-weighted mean of a track's unit embeddings."""
    rows = list(track)
    w = np.array([t[1] for t in rows])
    return np.asarray((np.stack([t[0] for t in rows]) * w[:, None]).sum(0) / w.sum())


def evidence_for(
    settings: Any,
    chip: Any = None,
    *,
    split_distance: float | None = None,
    split_always: bool = True,
    retrack: Callable[[int], int] | None = None,
) -> TrackEvidence:
    """The shipped track evidence for ``settings`` (``recognition.track_evidence``);
    ``chip``: the embedder's ``ChipSpec``, for the quality weights of fusion;
    ``split_distance``/``retrack``: see :class:`FusedEvidence` (voting does not split)."""
    if getattr(settings.recognition, "track_evidence", "fused") == "vote":
        return FrameVote.from_settings(settings)
    return FusedEvidence.from_settings(
        settings, chip, split_distance=split_distance, split_always=split_always, retrack=retrack
    )


def split_distance(ctx: Any) -> float | None:
    """How far a face may lie from its track's fused mean before it counts as someone else
    (``FusedEvidence.split_distance``): the gallery's 1:1 threshold on L2-normalised
    embeddings (None on the raw scale: the rule is off). The kiosk checks every frame; a
    room only a track's first frame back after a gap, since on room frames one person's
    turned and blurred faces reach that far too (docs/kiosk.md, "The next person")."""
    if not ctx.gallery.normalize:
        return None
    return float(ctx.gallery.threshold)


class NeverAsk:
    """The default second-factor policy: a confirmed, known face is marked as it is."""

    def required(self, face: RecognizedFace) -> SecondFactorRequest | None:
        return None


# ---- what the loop reports -----------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class TrackConfirmed:
    """A track was confirmed as a person for the first time (once per track and person)."""

    face: RecognizedFace
    frame_index: int

    @property
    def person_id(self) -> int:
        return int(self.face.match.person_id or 0)


@dataclass(frozen=True, eq=False)
class Marked:
    """The attendance service's answer for a face the loop asked it to mark."""

    mark: Any  # attendance.service.MarkResult


@dataclass(frozen=True, eq=False)
class SecondFactorRequired:
    """A face is held back until someone enters a code (once per track)."""

    face: RecognizedFace
    request: SecondFactorRequest


LiveEvent = TrackConfirmed | Marked | SecondFactorRequired


@dataclass(frozen=True, eq=False)
class LiveFrame:
    """One frame through the loop: the faces as decided, the marks, and the events."""

    frame_result: FrameResult
    marks: list[Any] = field(default_factory=list)  # attendance.service.MarkResult
    events: list[LiveEvent] = field(default_factory=list)

    @property
    def faces(self) -> list[RecognizedFace]:
        return self.frame_result.faces


# ---- the loop ------------------------------------------------------------------------------
class LiveLoop:
    """recognise -> track evidence -> second factor -> mark, one frame at a time.

    ``attendance`` None recognises without marking (``recognize`` without ``--mark``).
    ``session_id`` (settable) pins marks to a session; None lets the attendance rules choose.
    """

    def __init__(
        self,
        recognizer: Any,
        attendance: Any = None,
        *,
        source: str = "camera",
        session_id: int | None = None,
        evidence: TrackEvidence | None = None,
        second_factor: SecondFactorPolicy | None = None,
    ) -> None:
        self.recognizer = recognizer
        self.attendance = attendance
        self.source = source
        self.session_id = session_id
        if evidence is None:
            settings = getattr(recognizer, "settings", None)
            evidence = FrameVote.from_settings(settings) if settings is not None else FrameVote()
        self.evidence: TrackEvidence = evidence
        self.second_factor: SecondFactorPolicy = second_factor or NeverAsk()
        self._confirmed: set[tuple[int, int]] = set()  # (track, person) already reported
        self._asked: set[int] = set()  # tracks already asked for a second factor

    @classmethod
    def for_context(
        cls, ctx: Any, *, source: str = "camera", mark: bool = True, session_id: int | None = None
    ) -> LiveLoop:
        """The loop with the shipped strategies for ``ctx``'s settings."""
        from desktop_app.attendance.second_factor import CodeWhenUnsure

        return cls(
            ctx.recognizer,
            ctx.attendance if mark else None,
            source=source,
            session_id=session_id,
            evidence=evidence_for(
                ctx.settings,
                getattr(ctx.pipeline.embedder, "chip", None),
                split_distance=split_distance(ctx),
                split_always=getattr(ctx, "scene", "room") == "kiosk",
                retrack=ctx.pipeline.tracker.split,
            ),
            second_factor=CodeWhenUnsure.for_context(ctx),
        )

    # ---- the steps ---------------------------------------------------------------------
    def process(self, frame_bgr: np.ndarray) -> LiveFrame:
        """One camera/video frame through every step."""
        return self.act(self.recognise(frame_bgr))

    def recognise(self, frame_bgr: np.ndarray) -> FrameResult:
        """Steps 1-2: the frame's faces with the decision to act on (``confirmed`` set)."""
        raw = self.recognizer.process_frame(frame_bgr)
        return self.evidence.update(raw, self.recognizer.decide)

    def act(self, result: FrameResult) -> LiveFrame:
        """Steps 3-4 for a recognised frame: report confirmations, hold faces that need a
        second factor, mark the rest."""
        events: list[LiveEvent] = []
        for face in result.faces:
            if face.confirmed and face.match.person_id is not None:
                key = (int(face.track_id or 0), int(face.match.person_id))
                if key not in self._confirmed:
                    self._confirmed.add(key)
                    events.append(TrackConfirmed(face, result.frame_index))
        ended = set(result.ended_tracks)
        if ended:
            self._confirmed = {k for k in self._confirmed if k[0] not in ended}
            self._asked -= ended
        markable: list[RecognizedFace] = []
        for face in result.faces:
            request = self.hold(face)
            if request is not None:
                if face.track_id is None or face.track_id not in self._asked:
                    if face.track_id is not None:
                        self._asked.add(face.track_id)
                    events.append(SecondFactorRequired(face, request))
            elif _markable(face):
                markable.append(face)
        marks = self._on_frame(replace(result, faces=markable))
        events.extend(Marked(m) for m in marks)
        return LiveFrame(result, marks, events)

    def hold(self, face: RecognizedFace) -> SecondFactorRequest | None:
        """Why ``face`` must wait for a code (step 3), or None."""
        return self.second_factor.required(face)

    def mark(self, faces: Iterable[RecognizedFace], frame: FrameResult | None = None) -> list[Any]:
        """Step 4 alone, for faces already decided (a still photo, the kiosk's chosen face):
        every confirmed, known face that no second factor holds back."""
        ok = [f for f in faces if _markable(f) and self.hold(f) is None]
        base = frame if frame is not None else FrameResult([])
        return self._on_frame(replace(base, faces=ok))

    def mark_confirmed(self, face: RecognizedFace, person_id: int, factor: str) -> Any:
        """Mark a held face once a second factor (``factor``: "external_id" or "pin") named
        ``person_id`` (the candidate the code belongs to). The event records the factor."""
        if self.attendance is None:
            raise RuntimeError("this live loop does not mark attendance")
        probe = (
            np.asarray(face.embedding, np.float32).tobytes() if face.embedding is not None else None
        )
        return self.attendance.mark(
            int(person_id),
            score=float(face.match.distance),
            source=self.source,
            session_id=self.session_id,
            probe_embedding=probe,
            confirmed_by=factor,
        )

    def standing(self, face: RecognizedFace) -> Any:
        """What stands for a confirmed face the service skipped as handled moments ago (by
        another window, or before a restart): asks the service directly, so a screen can
        say when the person was marked."""
        return self.attendance.mark(
            int(face.match.person_id or 0),
            score=float(face.match.distance),
            source=self.source,
            session_id=self.session_id,
        )

    def reset(self) -> None:
        """Forget tracks and evidence (a new video, the camera switched)."""
        if self.recognizer is not None:
            self.recognizer.reset()
        self.evidence.reset()
        self._confirmed.clear()
        self._asked.clear()

    def _on_frame(self, result: FrameResult) -> list[Any]:
        if self.attendance is None or not result.faces:
            return []
        return list(
            self.attendance.on_frame(result, source=self.source, session_id=self.session_id) or []
        )


def _markable(face: RecognizedFace) -> bool:
    return bool(face.confirmed and face.match.known and face.match.person_id is not None)
