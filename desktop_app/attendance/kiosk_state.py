"""The check-in kiosk's logic, without Qt: what the screen says, when, and who gets marked.

One person at a time stands in front of a kiosk, so the machine follows the *primary* face
(the largest) and walks through these phases::

    WAITING --face--> HOLD_STILL --confirmed--> [CHALLENGE if liveness] --> mark
        ^                 |  unknown for unknown_after_seconds             |
        |                 v                                                 v
        +---- after greeting_seconds ---- UNKNOWN / SPOOF / GREETING / ALREADY / NOT_RECORDED

A face whose card was shown (its track id) is not greeted again while it stays in view (the
screen says "Thank you - Next person, please"): the next person steps up, or the same person
steps away and back (a new track). Every timing uses
the injected monotonic ``clock``; nothing here sleeps, so tests drive it with a fake clock.

:class:`KioskController` runs one frame through the live loop (``attendance/live.py``:
recognise, confirm over the track) -> state machine -> the loop's marking (on the inference
thread) and returns a :class:`KioskView` for the screen to paint.
:class:`PinGate` asks ``security.pin`` whether an admin PIN is right (with its lock-out).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import numpy as np

from desktop_app import i18n
from desktop_app.attendance.live import LiveLoop
from desktop_app.errors import DatabaseLocked
from desktop_app.recognition.types import FrameResult, MatchStatus, RecognizedFace
from desktop_app.vision.liveness import (
    ActiveChallenge,
    Challenge,
    LivenessParams,
    StaticFaceCue,
    Verdict,
    random_challenge,
)

log = logging.getLogger(__name__)

Clock = Callable[[], float]


class KioskPhase(StrEnum):
    WAITING = "waiting"
    HOLD_STILL = "hold_still"
    CHALLENGE = "challenge"
    GREETING = "greeting"
    ALREADY = "already"
    UNKNOWN = "unknown"
    SPOOF = "spoof"
    NOT_RECORDED = "not_recorded"
    CODE = "code"  # the face alone is not enough: the person types their ID number or PIN


CARD_PHASES = frozenset(
    {
        KioskPhase.GREETING,
        KioskPhase.ALREADY,
        KioskPhase.UNKNOWN,
        KioskPhase.SPOOF,
        KioskPhase.NOT_RECORDED,
    }
)


@dataclass(frozen=True, eq=False)
class KioskView:
    """What the kiosk screen shows now."""

    phase: KioskPhase
    title: str
    subtitle: str = ""
    person_name: str | None = None
    chip_rgb: np.ndarray | None = None  # (S, S, 3) uint8 of the recognised face
    challenge: Challenge | None = None
    progress: float = 0.0  # liveness challenge progress 0..1 (CODE: attempts left)
    box: tuple[float, float, float, float] | None = None  # primary face in the frame
    card_id: int = 0  # grows by one for each new card (the UI plays a sound once per card)

    @property
    def text(self) -> str:
        return f"{self.title} - {self.subtitle}" if self.subtitle else self.title

    @property
    def is_card(self) -> bool:
        return self.phase in CARD_PHASES


def waiting_view() -> KioskView:
    """The idle screen, in the installed language (see desktop_app/i18n.py)."""
    return KioskView(
        KioskPhase.WAITING,
        i18n.translate("Kiosk", "Look at the camera"),
        i18n.translate("Kiosk", "Step up to check in"),
    )


def next_view() -> KioskView:
    """Whoever is in view has had their card (their track is acknowledged): invite the next
    person rather than ask the one just greeted to step up and check in."""
    return KioskView(
        KioskPhase.WAITING,
        i18n.translate("Kiosk", "Thank you"),
        i18n.translate("Kiosk", "Next person, please"),
    )


def crowd_view() -> KioskView:
    """More than one face in the oval: one person at a time."""
    return KioskView(
        KioskPhase.WAITING,
        i18n.translate("Kiosk", "One at a time, please"),
        i18n.translate("Kiosk", "Step up alone, your face inside the oval"),
    )


# The framing guide (an oval in the middle of the picture), as fractions of the frame
# height: the window draws it, and "Hold still" is shown only for a face inside it.
GUIDE_WIDTH, GUIDE_HEIGHT = 0.42, 0.58


def in_guide(box: Any, frame_size: tuple[int, int] | None) -> bool:
    """The centre of the face ``box`` (x1, y1, x2, y2) lies inside the oval; True when the
    frame size is not known (nothing to measure against)."""
    if frame_size is None:
        return True
    w, h = frame_size
    x1, y1, x2, y2 = (float(v) for v in box)
    dx = ((x1 + x2) / 2 - w / 2) / (GUIDE_WIDTH * h / 2)
    dy = ((y1 + y2) / 2 - h / 2) / (GUIDE_HEIGHT * h / 2)
    return dx * dx + dy * dy <= 1.0


@dataclass(frozen=True)
class KioskParams:
    greeting_seconds: float = 4.0
    unknown_after_seconds: float = 3.0
    liveness: bool = False
    face_lost_seconds: float = 1.0  # no face this long -> back to waiting
    liveness_attempts: int = 2  # challenges per track before the track must step away
    liveness_params: LivenessParams = field(default_factory=LivenessParams)
    nod_challenge: bool = False  # see vision/liveness.py: a nod is weak against a tilted photo
    # "Open your mouth wide" instead of a head turn on tracks whose faces carry openness (Face
    # Mesh): a wider margin over tilted photos and the face stays frontal (docs/kiosk.md)
    mouth_challenge: bool = True
    second_factor: str = "external_id"  # or "pin": what the CODE phase asks for
    code_attempts: int = 3
    code_seconds: float = 30.0

    @staticmethod
    def from_settings(settings: Any) -> KioskParams:
        k = settings.kiosk
        # the static cue must see two of the camera path's detect/track cycles
        cycle = int(settings.detector.detect_every)
        return KioskParams(
            liveness_params=LivenessParams(static_frames=max(12, 2 * cycle)),
            greeting_seconds=float(k.greeting_seconds),
            unknown_after_seconds=float(k.unknown_after_seconds),
            liveness=bool(k.liveness),
            second_factor=str(k.second_factor),
            code_attempts=int(k.code_attempts),
            code_seconds=float(k.code_seconds),
        )


def _done_text(kind: str, at: str) -> str:
    """ "Checked in 09:05" / "Checked out 17:30" (``at`` already formatted for the locale)."""
    if kind == "check_out":
        return i18n.fill(
            i18n.translate("Kiosk", "Checked out {time}"), "Checked out {time}", time=at
        )
    return i18n.fill(i18n.translate("Kiosk", "Checked in {time}"), "Checked in {time}", time=at)


def checking_text(factor: str) -> str:
    """What the pad says while a typed code is checked (``factor``: "pin" or an ID)."""
    if factor == "pin":
        return i18n.translate("Kiosk", "Checking your PIN...")
    return i18n.translate("Kiosk", "Checking your ID number...")


def not_checked_text(exc: BaseException) -> str:
    """Why a typed code was neither accepted nor refused (nothing was marked or counted)."""
    if isinstance(exc, DatabaseLocked):
        return i18n.translate(
            "Kiosk",
            "Not saved: another program is using the database. Please type it again in a moment.",
        )
    return i18n.translate(
        "Kiosk", "Not saved: something went wrong (see the log). Please type it again."
    )


def _already_text(kind: str, at: str) -> str:
    if kind == "check_out":
        source = "Already checked out at {time}"
        return i18n.fill(i18n.translate("Kiosk", "Already checked out at {time}"), source, time=at)
    source = "Already checked in at {time}"
    return i18n.fill(i18n.translate("Kiosk", "Already checked in at {time}"), source, time=at)


def _area(face: RecognizedFace) -> float:
    return float(face.face.area)


class KioskStateMachine:
    """Feed it every processed frame (:meth:`update`) and the attendance outcome of the face it
    asked to mark (:meth:`marked`); read :attr:`view`. Not thread-safe: one caller at a time
    (the controller holds a lock)."""

    def __init__(
        self,
        params: KioskParams | None = None,
        *,
        clock: Clock = time.monotonic,
        tz: dt.tzinfo | None = None,
        rng: np.random.Generator | None = None,
    ) -> None:
        self.params = params or KioskParams()
        self.clock = clock
        self.tz = tz
        self.rng = rng or np.random.default_rng()
        self.view: KioskView = waiting_view()
        self._card_until = 0.0
        self._card_seq = 0
        self._last_face_at = -1e9
        self._track: int | None = None  # primary track being handled
        self._track_since = 0.0
        self._acknowledged: dict[int | None, float] = {}  # track -> last seen
        self._challenge: ActiveChallenge | None = None
        self._attempts: dict[int | None, int] = {}
        self._static: StaticFaceCue | None = None
        self._passed: set[int | None] = set()  # tracks that passed liveness
        self._openness_seen = False  # the handled track's faces carry openness (a face mesh)
        self._memory: dict[int, tuple[Any, float]] = {}  # person -> (last MarkResult, at)
        self._awaiting: RecognizedFace | None = None
        # a face held for a second factor: (face, request, asked at, attempts left)
        self.code: tuple[RecognizedFace, Any, float, int] | None = None
        self.code_checking = False  # a typed code is being checked (or its mark written)

    # ---- helpers ---------------------------------------------------------------------------
    def _local(self, at_utc: dt.datetime) -> dt.datetime:
        return at_utc.astimezone(self.tz) if self.tz is not None else at_utc.astimezone()

    def _hhmm(self, at_utc: dt.datetime) -> str:
        return i18n.formats().time(self._local(at_utc))

    def _show_card(self, view: KioskView, now: float) -> KioskView:
        self._card_seq += 1
        self.view = replace(view, card_id=self._card_seq)
        self._card_until = now + self.params.greeting_seconds
        self._acknowledged[self._track] = now
        self._challenge = None
        return self.view

    def _set(self, view: KioskView) -> KioskView:
        self.view = replace(view, card_id=self._card_seq)
        return self.view

    def _reset_track(self, track: int | None, now: float) -> None:
        self._track = track
        self._track_since = now
        self._challenge = None
        self._openness_seen = False
        self._static = StaticFaceCue(
            self.params.liveness_params.static_frames,
            self.params.liveness_params.static_tolerance_px,
        )

    # ---- inputs ----------------------------------------------------------------------------
    def tick(self) -> KioskView:
        """Advance timers without a new frame (the UI calls it on a timer)."""
        now = self.clock()
        if self.code is not None:
            self._code_timeout(now)
        elif self.view.is_card and now >= self._card_until:
            someone_there = now - self._last_face_at <= self.params.face_lost_seconds
            self._set(next_view() if someone_there else waiting_view())
        elif (
            self.view.phase in (KioskPhase.HOLD_STILL, KioskPhase.CHALLENGE)
            and now - self._last_face_at > self.params.face_lost_seconds
        ):
            self._challenge = None
            self._track = None
            self._set(waiting_view())
        return self.view

    def update(self, result: FrameResult) -> RecognizedFace | None:
        """One processed frame. Returns the face the caller should mark now (then call
        :meth:`marked` with what the attendance service said), or None."""
        now = self.clock()
        faces = list(result.faces)
        for f in faces:
            if f.track_id in self._acknowledged:
                self._acknowledged[f.track_id] = now
        self._acknowledged = {
            t: seen for t, seen in self._acknowledged.items() if now - seen < 10.0
        }
        if faces:
            self._last_face_at = now
        if self.code is not None:  # waiting for the code: frames change nothing
            self._code_timeout(now)
            return None
        if self.view.is_card:
            if now < self._card_until:
                return None
            self._set(waiting_view())
        candidates = [f for f in faces if f.track_id not in self._acknowledged]
        if not candidates:
            if now - self._last_face_at > self.params.face_lost_seconds or faces:
                self._challenge = None
                self._track = None
                self._set(next_view() if faces else waiting_view())
            return None
        face = max(candidates, key=_area)
        centred = in_guide(face.face.box, result.frame_size)
        crowd = sum(1 for f in faces if in_guide(f.face.box, result.frame_size)) > 1
        if face.track_id != self._track or self._static is None:
            self._reset_track(face.track_id, now)
        self._openness_seen |= face.face.openness is not None
        match = face.match
        known = bool(match.known and match.person_id is not None)
        if (
            self.params.liveness
            and self._static is not None
            and face.track_id not in self._passed
            and self._static.observe(face.face.landmarks, face.face.box)
        ):
            self._liveness_failed(face, "The face does not move at all (a still image?).", now)
            return None
        challenging = self._challenge is not None and self._challenge.track_id == face.track_id
        if (
            self.params.liveness
            and face.track_id not in self._passed
            and (challenging or (face.confirmed and known))
        ):
            return self._run_challenge(face, now)
        if face.confirmed and known:
            self._awaiting = face
            return face
        if not centred or crowd:  # a passer-by, or several people: wait for one in the oval
            self._track_since = now  # the "not recognised" clock starts in the oval
            self._set(crowd_view() if len(faces) > 1 else waiting_view())
            return None
        if not known and now - self._track_since >= self.params.unknown_after_seconds:
            self._unknown(face, now)
            return None
        self._set(
            KioskView(
                KioskPhase.HOLD_STILL,
                i18n.translate("Kiosk", "Hold still..."),
                i18n.translate("Kiosk", "Recognising your face"),
                box=face.face.box,
            )
        )
        return None

    def _unknown(self, face: RecognizedFace, now: float) -> None:
        self._show_card(
            KioskView(
                KioskPhase.UNKNOWN,
                i18n.translate("Kiosk", "Not recognised"),
                i18n.translate("Kiosk", "Please see the front desk"),
                box=face.face.box,
            ),
            now,
        )
        return None

    def _liveness_failed(self, face: RecognizedFace, reason: str, now: float) -> None:
        track = face.track_id
        if len(self._attempts) > 1000:  # tracks long gone; keep the dict small for days
            self._attempts = {t: n for t, n in self._attempts.items() if t in self._acknowledged}
        self._attempts[track] = self._attempts.get(track, 0) + 1
        log.warning("kiosk: liveness check failed for track %s: %s", track, reason)
        self._show_card(
            KioskView(
                KioskPhase.SPOOF,
                i18n.translate("Kiosk", "Check not passed"),
                i18n.translate("Kiosk", "Please see the front desk"),
                box=face.face.box,
            ),
            now,
        )
        if self._attempts[track] < self.params.liveness_attempts:
            self._acknowledged.pop(track, None)  # may try again after the card
            self._track = None
        return None

    def _run_challenge(self, face: RecognizedFace, now: float) -> RecognizedFace | None:
        ch = self._challenge
        if ch is None or ch.track_id != face.track_id:
            mouth = self.params.mouth_challenge and self._openness_seen
            ch = ActiveChallenge(
                Challenge.OPEN_MOUTH
                if mouth
                else random_challenge(self.rng, nod=self.params.nod_challenge),
                track_id=face.track_id,
                person_id=face.match.person_id,
                started_at=now,
                params=self.params.liveness_params,
            )
            self._challenge = ch
        status = ch.observe(
            face.face.landmarks,
            face.face.box,
            track_id=face.track_id,
            person_id=face.match.person_id if face.match.known else None,
            at=now,
            openness=face.face.openness,
        )
        if status.verdict is Verdict.PASSED:
            self._passed.add(face.track_id)
            if len(self._passed) > 1000:
                self._passed = {face.track_id}
            self._challenge = None
            if face.confirmed and face.match.known:
                self._awaiting = face
                return face
            self._set(
                KioskView(
                    KioskPhase.HOLD_STILL,
                    i18n.translate("Kiosk", "Look at the camera"),
                    i18n.translate("Kiosk", "Recognising your face"),
                    box=face.face.box,
                )
            )
            return None
        if status.verdict is Verdict.FAILED:
            self._liveness_failed(face, status.reason, now)
            return None
        self._set(
            KioskView(
                KioskPhase.CHALLENGE,
                ch.instruction,
                ch.hint,
                challenge=ch.challenge,
                progress=status.progress,
                box=face.face.box,
            )
        )
        return None

    # ---- the second factor -------------------------------------------------------------
    def primary(self, result: FrameResult) -> RecognizedFace | None:
        """The face :meth:`update` would handle in this frame (no state change)."""
        if self.code is not None or (self.view.is_card and self.clock() < self._card_until):
            return None
        faces = [f for f in result.faces if f.track_id not in self._acknowledged]
        return max(faces, key=_area) if faces else None

    def ask_code(self, face: RecognizedFace, request: Any) -> KioskView:
        """Hold ``face`` until the person types their ID number / PIN (``request``:
        ``live.SecondFactorRequest``). Nothing is marked until :meth:`code_accepted`."""
        now = self.clock()
        self._awaiting = None
        if face.track_id != self._track:
            self._reset_track(face.track_id, now)
        self.code = (face, request, now, max(1, self.params.code_attempts))
        self.code_checking = False
        log.info("kiosk: second factor asked (%s) for track %s", request.reason, face.track_id)
        why = (
            i18n.translate("Kiosk", "Your photo on file is small: we need to be sure it is you")
            if request.reason == "weak_sample"
            else ""
        )
        return self._set(self._code_view(self.params.code_attempts, why))

    def _code_view(self, left: int, problem: str) -> KioskView:
        title = (
            i18n.translate("Kiosk", "Please type your PIN")
            if self.params.second_factor == "pin"
            else i18n.translate("Kiosk", "Please type your ID number")
        )
        sub = problem or i18n.translate("Kiosk", "We need to be sure it is you")
        box = self.code[0].face.box if self.code is not None else None
        return KioskView(KioskPhase.CODE, title, sub, progress=float(left), box=box)

    def begin_code_check(self) -> tuple[RecognizedFace, Any] | None:
        """A code was typed for the held face: its (face, request) to check it against, or
        None when no face is held or a code for it is being checked already (one answer at a
        time). Until :meth:`code_accepted`, :meth:`code_refused` or :meth:`code_not_checked`
        the hold neither times out nor can be cancelled: the answer may be writing the mark."""
        if self.code is None or self.code_checking:
            return None
        self.code_checking = True
        face, request, _at, left = self.code
        self._set(self._code_view(left, checking_text(self.params.second_factor)))
        return face, request

    def code_waiting(self) -> KioskView:
        """The code was right and its mark waits for the database another program holds."""
        if self.code is None:
            return self.view
        text = i18n.translate(
            "Kiosk",
            "Please wait: another program is using the database. "
            "Your check-in is saved as soon as it is free.",
        )
        return self._set(self._code_view(self.code[3], text))

    def code_not_checked(self, problem: str) -> KioskView:
        """The code could not be checked, or its mark not written: nothing was counted or
        marked, the person may type it again (with the hold's full time again)."""
        self.code_checking = False
        if self.code is None:
            return self.view
        face, request, _at, left = self.code
        self.code = (face, request, self.clock(), left)
        return self._set(self._code_view(left, problem))

    def code_accepted(
        self, face: RecognizedFace, marks: Sequence[Any], note: str = ""
    ) -> KioskView:
        """The code named the person of ``face`` (its match already says who): the card.
        ``note`` replaces "confirmed by code" (e.g. a request to keep looking)."""
        self.code = None
        self.code_checking = False
        view = self.marked(face, marks)
        if view.phase in (KioskPhase.GREETING, KioskPhase.ALREADY):
            extra = note or i18n.translate("Kiosk", "confirmed by code")
            sub = f"{view.subtitle} · {extra}" if view.subtitle else extra
            self.view = replace(view, subtitle=sub)
        return self.view

    def code_refused(self) -> KioskView:
        """A wrong code: ask again, or after the last attempt show a card."""
        self.code_checking = False
        if self.code is None:
            return self.view
        face, request, at, left = self.code
        left -= 1
        if left <= 0:
            return self._code_failed(i18n.translate("Kiosk", "That was not right"), face)
        self.code = (face, request, at, left)
        # One string per case instead of Qt's %n plurals: the core formats without Qt.
        pin = self.params.second_factor == "pin"
        if pin and left == 1:
            source = "That PIN is not right (1 try left)"
            text = i18n.translate("Kiosk", "That PIN is not right (1 try left)")
        elif pin:
            source = "That PIN is not right ({count} tries left)"
            text = i18n.translate("Kiosk", "That PIN is not right ({count} tries left)")
        elif left == 1:
            source = "That number is not right (1 try left)"
            text = i18n.translate("Kiosk", "That number is not right (1 try left)")
        else:
            source = "That number is not right ({count} tries left)"
            text = i18n.translate("Kiosk", "That number is not right ({count} tries left)")
        return self._set(self._code_view(left, i18n.fill(text, source, count=left)))

    def code_cancelled(self) -> KioskView:
        """Cancel on the pad; refused while a typed code is checked (its mark may be on its
        way to the database: the screen must say what the register holds)."""
        if self.code is None or self.code_checking:
            return self.view
        return self._code_failed(i18n.translate("Kiosk", "Not confirmed"), self.code[0])

    def _code_timeout(self, now: float) -> None:
        if (
            self.code is not None
            and not self.code_checking
            and now - self.code[2] > self.params.code_seconds
        ):
            self._code_failed(i18n.translate("Kiosk", "Not confirmed"), self.code[0])

    def _code_failed(self, title: str, face: RecognizedFace) -> KioskView:
        self.code = None
        self.code_checking = False
        log.warning("kiosk: second factor not given for track %s: not recorded", face.track_id)
        return self._show_card(
            KioskView(
                KioskPhase.NOT_RECORDED,
                title,
                i18n.translate("Kiosk", "Please see the front desk"),
                box=face.face.box,
            ),
            self.clock(),
        )

    def remembers(self, person_id: int) -> bool:
        """Whether this kiosk has shown a card for the person (it knows the mark's time)."""
        return person_id in self._memory

    def marked(self, face: RecognizedFace, marks: Sequence[Any]) -> KioskView:
        """What the attendance service said about ``face`` (its ``on_frame`` results)."""
        now = self.clock()
        self._awaiting = None
        pid = face.match.person_id
        name = face.match.name
        mark = next((m for m in marks if getattr(m, "person_id", None) == pid), None)
        if mark is None and marks:
            mark = marks[0]
        if mark is None:  # the service skipped it: handled moments ago
            remembered = self._memory.get(int(pid)) if pid is not None else None
            mark = remembered[0] if remembered is not None else None
            if mark is not None and mark.status == "recorded":
                mark = replace(mark, status="already_present")
        if mark is not None and pid is not None:
            self._memory[int(pid)] = (mark, now)
            if len(self._memory) > 2000:
                cutoff = now - 86_400
                self._memory = {k: v for k, v in self._memory.items() if v[1] > cutoff}
        chip = face.chip_rgb
        box = face.face.box
        if mark is None:
            view = KioskView(
                KioskPhase.ALREADY,
                i18n.translate("Kiosk", "Already checked in"),
                name or "",
                name,
                chip,
                box=box,
            )
        elif mark.status == "recorded" and mark.event is not None:
            local = self._local(mark.event.at_utc)
            if mark.event.kind == "check_out":
                title = i18n.goodbye(mark.person_name or name)
            else:
                title = i18n.greeting(local, mark.person_name or name)
            view = KioskView(
                KioskPhase.GREETING,
                title,
                _done_text(mark.event.kind, i18n.formats().time(local)),
                mark.person_name or name,
                chip,
                box=box,
            )
        elif mark.status in ("already_present", "cooldown", "recorded") and mark.event is not None:
            view = KioskView(
                KioskPhase.ALREADY,
                _already_text(mark.event.kind, self._hhmm(mark.event.at_utc)),
                mark.person_name or name or "",
                mark.person_name or name,
                chip,
                box=box,
            )
        else:
            view = KioskView(
                KioskPhase.NOT_RECORDED,
                mark.person_name or name or i18n.translate("Kiosk", "Not recorded"),
                mark.message,
                mark.person_name or name,
                chip,
                box=box,
            )
        return self._show_card(view, now)


# ---- the controller ----------------------------------------------------------------------
@dataclass(frozen=True)
class KioskFrame:
    """What the controller returns for one frame (posted to the GUI by the frame runner)."""

    frame_result: FrameResult
    view: KioskView
    marks: list[Any] = field(default_factory=list)


class KioskController:
    """The live loop -> state machine -> the loop's marking, one frame at a time (thread-safe).

    ``session_id`` pins the kiosk to one session; None lets the attendance rules pick the open
    session that applies to the person (or the day).
    """

    def __init__(
        self,
        recognizer: Any,
        attendance: Any,
        machine: KioskStateMachine,
        *,
        session_id: int | None = None,
        source: str = "camera",
        loop: LiveLoop | None = None,
        samples: Any = None,
        mark_wait: float | None = None,
    ) -> None:
        self.loop = loop or LiveLoop(recognizer, attendance, source=source, session_id=session_id)
        self.machine = machine
        self._lock = threading.Lock()
        self.frames = 0
        self.marks_total = 0
        # second_factor.CameraSamples: camera samples for people with only a small photo
        self.samples = samples
        # how long a mark confirmed by code waits on a locked database (None: as long as a
        # face's mark, storage.db's retries)
        self.mark_wait = mark_wait

    @property
    def session_id(self) -> int | None:
        return self.loop.session_id

    @session_id.setter
    def session_id(self, value: int | None) -> None:
        self.loop.session_id = value

    @property
    def view(self) -> KioskView:
        with self._lock:
            return self.machine.view

    def tick(self) -> KioskView:
        with self._lock:
            return self.machine.tick()

    def tick_if_free(self) -> KioskView | None:
        """``tick()``, or None while a frame is being handled: the frame worker holds the lock
        while it marks attendance, which on a database another program holds can take most of
        a minute, and the GUI thread's timer must never wait for that (the frame's result
        brings its own view)."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            return self.machine.tick()
        finally:
            self._lock.release()

    def process(self, frame_bgr: np.ndarray) -> KioskFrame:
        result = self.loop.recognise(frame_bgr)
        out = self.handle(result)
        if self.samples is not None and self.samples.active:
            with self._lock:
                self.samples.offer(frame_bgr, result)
        return out

    def handle(self, result: FrameResult) -> KioskFrame:
        """A recognised frame (``confirmed`` already set by the loop's track evidence)."""
        with self._lock:
            self.frames += 1
            marks: list[Any] = []
            primary = self.machine.primary(result)
            if primary is not None and primary.match.status is MatchStatus.AMBIGUOUS:
                # Two enrolled people too close to tell apart: after a few such frames the
                # person is asked for a code instead of "not recognised".
                request = self.loop.hold(primary)
                if request is not None:
                    self.machine.ask_code(primary, request)
                    return KioskFrame(result, self.machine.view, marks)
            face = self.machine.update(result)
            request = self.loop.hold(face) if face is not None else None
            if face is not None and request is not None:
                # Never marked silently: the person confirms with their ID number or PIN.
                self.machine.ask_code(face, request)
                face = None
            if face is not None:
                try:
                    marks = self.loop.mark([face], result)
                except Exception:
                    self.machine._awaiting = None
                    raise
                pid = face.match.person_id
                if not marks and pid is not None and not self.machine.remembers(int(pid)):
                    # The service handled this person moments ago (another window or a restart
                    # of this one): ask it what stands, so the card can say when.
                    marks = [self.loop.standing(face)]
                self.marks_total += sum(1 for m in marks if getattr(m, "recorded", False))
                self.machine.marked(face, marks)
            return KioskFrame(result, self.machine.view, marks)

    def submit_code(self, entered: str) -> KioskView:
        """The code typed for the held face: mark the candidate it belongs to (the event
        records the factor), or count a wrong code. It reads and writes the database outside
        the controller's lock, so call it off the GUI thread: on a database another program
        holds it waits as a face's mark does (``mark_wait``), and frames and timers go on."""
        from desktop_app.attendance.second_factor import REASON_WEAK

        with self._lock:
            held = self.machine.begin_code_check()
            if held is None:  # nothing held, or this hold's code is being checked already
                return self.machine.view
        face, request = held
        try:
            confirmed = self._check_and_mark(face, request, entered)
        except Exception as exc:
            log.warning("kiosk: second factor for track %s not checked: %s", face.track_id, exc)
            with self._lock:
                return self.machine.code_not_checked(not_checked_text(exc))
        with self._lock:
            if confirmed is None:
                log.info("kiosk: wrong second factor for track %s", face.track_id)
                return self.machine.code_refused()
            marked, marks = confirmed
            self.marks_total += sum(1 for m in marks if getattr(m, "recorded", False))
            note = ""
            pid = int(marked.match.person_id or 0)
            if request.reason == REASON_WEAK and self.samples is not None:
                # Asked for camera samples: the next frames of this track replace the photo.
                self.samples.start(pid, face.track_id)
                note = i18n.translate("Kiosk", "Keep looking at the camera: updating your photo")
            return self.machine.code_accepted(marked, marks, note=note)

    def _check_and_mark(
        self, face: RecognizedFace, request: Any, entered: str
    ) -> tuple[RecognizedFace, list[Any]] | None:
        """Which candidate ``entered`` names (None: nobody) and their mark; no lock held.
        A locked database is waited for one busy timeout, then the screen says so and the
        mark waits on (``mark_wait``); the code's check itself only reads."""
        from desktop_app.attendance.second_factor import Factor, check_code
        from desktop_app.storage.db import SQLITE_BUSY_TIMEOUT_MS, waiting_on_this_thread

        factor: Factor = "pin" if self.machine.params.second_factor == "pin" else "external_id"
        first = SQLITE_BUSY_TIMEOUT_MS / 1000
        with waiting_on_this_thread(first):
            check = check_code(self.loop.attendance.db, request.person_ids, entered, factor)
        person = check.person
        if person is None:
            return None
        confirmed = replace(
            face,
            confirmed=True,
            match=replace(
                face.match, status=MatchStatus.KNOWN, person_id=person.id, name=person.name
            ),
        )
        try:
            with waiting_on_this_thread(first):
                mark = self.loop.mark_confirmed(confirmed, person.id, check.factor)
        except DatabaseLocked:
            with self._lock:
                self.machine.code_waiting()
            with waiting_on_this_thread(self.mark_wait):
                mark = self.loop.mark_confirmed(confirmed, person.id, check.factor)
        return confirmed, [mark]

    def cancel_code(self) -> KioskView:
        with self._lock:
            return self.machine.code_cancelled()


# ---- the admin PIN -----------------------------------------------------------------------
@dataclass(frozen=True)
class PinOutcome:
    ok: bool
    message: str
    seconds_left: float = 0.0


class PinGate:
    """The admin PIN check for a kiosk, through ``security.pin`` (scrypt hash, lock-out that
    survives restarts, counted once per installation)."""

    def __init__(
        self,
        db: Any,
        device: str,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        policy: Any = None,
    ) -> None:
        self.db = db
        self.device = device
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.policy = policy

    def is_set(self) -> bool:
        from desktop_app.security import pin

        return pin.has_pin(self.db)

    def seconds_locked(self) -> float:
        from desktop_app.security import pin

        return pin.pin_state(self.db, device=self.device).seconds_left(self.clock())

    def submit(self, entered: str) -> PinOutcome:
        from desktop_app.security import pin

        try:
            ok = pin.check_pin(
                self.db, entered, device=self.device, clock=self.clock, policy=self.policy
            )
        except pin.PinLockedOut as exc:
            return PinOutcome(False, str(exc), exc.seconds_left)
        except pin.PinNotSet as exc:
            return PinOutcome(False, str(exc))
        if ok:
            return PinOutcome(True, "")
        left = self.seconds_locked()
        if left > 0:
            return PinOutcome(False, locked_message(left), left)
        return PinOutcome(False, i18n.translate("Kiosk", "Wrong PIN. Try again."))


def locked_message(seconds: float) -> str:
    from desktop_app.security import pin

    return pin.locked_message(seconds)
