"""The second factor: when a face alone is not enough to mark someone, a code decides.

A face is held back (never marked silently) when the decision is too close to call:

- the track stays AMBIGUOUS (two enrolled people within the margin) for ``confirm_frames``
  frames: the code chooses between the best and the runner-up;
- a confirmed match names someone with a remembered look-alike (``Match.lookalike``): the
  code chooses between the person and their look-alikes;
- a confirmed match names someone whose only reliable picture is a weak sample (a small ID
  photo): the code confirms them before the kiosk takes camera samples that replace it
  (:class:`CameraSamples`).

:class:`CodeWhenUnsure` is the live loop's ``SecondFactorPolicy`` (``attendance/live.py``);
:func:`check_code` says which candidate a code belongs to. The code is, per device setting
``kiosk.second_factor``, the person's ID number (``external_id``; on a digit pad the digits of
an ID like ``S-1024`` are enough) or their own kiosk PIN (``people.kiosk_pin_hash``, hashed
like the admin PIN by ``security.pin``). A mark confirmed this way records ``confirmed_by``
and the operator view shows it as "confirmed by code".
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from desktop_app.attendance.live import SecondFactorRequest
from desktop_app.recognition.types import MatchStatus, RecognizedFace
from desktop_app.storage.records import PersonRecord
from desktop_app.storage.repositories import Audit, People

log = logging.getLogger(__name__)

Factor = Literal["external_id", "pin"]
REASON_AMBIGUOUS = "ambiguous"
REASON_LOOKALIKE = "lookalike"
REASON_WEAK = "weak_sample"
_MAX_TRACKS = 256  # per-track ambiguity counts kept (oldest dropped)


class CodeWhenUnsure:
    """Hold a face for a code when its track stays ambiguous or it names a look-alike.

    ``partners`` gives a person's remembered look-alikes (``Gallery.lookalike_partners``).
    Counting is per track and per face object, so asking twice about the same frame's face
    (the kiosk and the loop both may) counts one frame.
    """

    def __init__(self, partners: Any = None, *, confirm_frames: int = 3, weak: Any = None) -> None:
        self.partners = partners if partners is not None else (lambda: {})
        self.weak = weak if weak is not None else (lambda: frozenset())
        self.confirm_frames = max(1, int(confirm_frames))
        # track -> (ambiguous frames, the last face counted: kept, so its identity is unique)
        self._ambiguous: OrderedDict[int, tuple[int, RecognizedFace | None]] = OrderedDict()

    @classmethod
    def for_context(cls, ctx: Any) -> CodeWhenUnsure:
        frames = int(ctx.settings.recognition.confirm_frames)
        return cls(
            lambda: ctx.gallery.lookalike_partners(),
            confirm_frames=frames,
            weak=lambda: ctx.gallery.weak_people(),
        )

    def required(self, face: RecognizedFace) -> SecondFactorRequest | None:
        match = face.match
        if match.person_id is None:
            return None
        pid = int(match.person_id)
        if match.status is MatchStatus.AMBIGUOUS:
            if face.track_id is None:
                n = self.confirm_frames  # a still: one look is all there is
            else:
                n, last = self._ambiguous.get(face.track_id, (0, None))
                if last is not face:
                    n += 1
                self._ambiguous[face.track_id] = (n, face)
                self._ambiguous.move_to_end(face.track_id)
                while len(self._ambiguous) > _MAX_TRACKS:
                    self._ambiguous.popitem(last=False)
            if n < self.confirm_frames:
                return None
            rivals = (match.rival_id,) if match.rival_id is not None else ()
            return SecondFactorRequest(REASON_AMBIGUOUS, (pid, *rivals))
        if match.known and face.confirmed and match.lookalike:
            partners = sorted(self.partners().get(pid, ()))
            return SecondFactorRequest(REASON_LOOKALIKE, (pid, *partners))
        if match.known and face.confirmed and pid in self.weak():
            return SecondFactorRequest(REASON_WEAK, (pid,))
        return None


CONFIRMED_BY_CODE = "confirmed by code"


def source_label(source: str, confirmed_by: str | None) -> str:
    """How the operator view names a mark's source: ``camera, confirmed by code``."""
    return f"{source}, {CONFIRMED_BY_CODE}" if confirmed_by else source


def request_text(request: SecondFactorRequest, name_of: Any) -> str:
    """One line for the operator: who the held face could be and why a code is needed."""
    names = [name_of(pid) or f"person {pid}" for pid in request.person_ids]
    who = " or ".join(names) if len(names) > 1 else (names[0] if names else "someone")
    why = {
        REASON_LOOKALIKE: "a look-alike is enrolled",
        REASON_WEAK: "enrolled from a small photo only",
    }.get(request.reason, "too close to call")
    return f"{who}: not marked ({why}); ask for their ID number and mark by hand, or use a kiosk"


@dataclass(frozen=True)
class CodeCheck:
    """The answer to a code: who it confirmed (None: wrong code) and how."""

    person: PersonRecord | None
    factor: Factor

    @property
    def ok(self) -> bool:
        return self.person is not None


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def id_matches(entered: str, external_id: str | None) -> bool:
    """Whether a typed ID number is this external id (case, spaces and dashes ignored; on a
    digit pad the digits alone: ``1024`` for ``S-1024``)."""
    if not external_id:
        return False
    code = _norm(entered)
    if not code:
        return False
    ext = _norm(external_id)
    digits = "".join(ch for ch in ext if ch.isdigit())
    return code == ext or (code.isdigit() and code == digits)


def check_code(
    db: Any, candidates: Sequence[int], entered: str, factor: Factor = "external_id"
) -> CodeCheck:
    """Which of ``candidates`` (person ids) the code belongs to; ``person`` None if none."""
    from desktop_app.security import pin

    def load(s: Any) -> list[tuple[PersonRecord, str | None]]:
        people = People(s)
        out = []
        for pid in dict.fromkeys(int(c) for c in candidates):
            try:
                rec = people.get(pid)
            except Exception:  # removed meanwhile
                continue
            out.append((rec, people.kiosk_pin_hash(pid)))
        return out

    for person, pin_hash in db.run(load):
        if not person.active:
            continue
        if factor == "external_id" and id_matches(entered, person.external_id):
            return CodeCheck(person, factor)
        if factor == "pin" and pin_hash:
            try:
                if pin.verify_hash(entered, json.loads(pin_hash)):
                    return CodeCheck(person, factor)
            except (ValueError, KeyError) as exc:  # a damaged hash: that person cannot pass
                log.warning("kiosk PIN of person %s cannot be checked: %s", person.id, exc)
    return CodeCheck(None, factor)


def set_person_pin(db: Any, person_id: int, new_pin: str | None, *, actor: str) -> None:
    """Set (or with None, clear) a person's own kiosk PIN; stored hashed, audited."""
    from desktop_app.security import pin

    stored = None
    if new_pin is not None:
        code = pin.validate_pin(new_pin, label="A kiosk PIN")
        stored = json.dumps(pin.hash_pin(code))

    def tx(s: Any) -> None:
        People(s).update(person_id, kiosk_pin_hash=stored)
        Audit(s).write(
            actor,
            "person.kiosk_pin" if stored else "person.kiosk_pin_cleared",
            target=f"person:{person_id}",
        )

    db.run(tx)


class CameraSamples:
    """Camera samples for a person whose only samples are weak (a small ID photo).

    Once the kiosk has confirmed such a person by face AND code, it keeps every ``every``-th
    frame in which their track still shows them, and after ``count`` frames enrolls them as
    samples of that person; the enrollment replaces the weak samples in one transaction. A
    refused frame (blurred, turned) just means another try next time they come.
    """

    def __init__(self, enrollment: Any, *, count: int = 3, every: int = 3) -> None:
        self.enrollment = enrollment
        self.count = max(1, int(count))
        self.every = max(1, int(every))
        self.person_id: int | None = None
        self.track_id: int | None = None
        self._frames: list[Any] = []
        self._seen = 0
        self.last_result: Any = None

    @property
    def active(self) -> bool:
        return self.person_id is not None

    def start(self, person_id: int, track_id: int | None) -> None:
        self.person_id, self.track_id = int(person_id), track_id
        self._frames, self._seen = [], 0

    def stop(self) -> None:
        self.person_id, self.track_id = None, None
        self._frames = []

    def offer(self, frame_bgr: Any, result: Any) -> bool:
        """One frame (and what was recognised in it); True when the samples were taken."""
        if self.person_id is None:
            return False
        face = next((f for f in result.faces if f.track_id == self.track_id), None)
        if face is None:
            if result.ended_tracks and self.track_id in result.ended_tracks:
                self.stop()  # they left before enough frames
            return False
        if face.match.person_id not in (None, self.person_id):
            return False  # the face says someone else now: never store it as this person
        self._seen += 1
        if self._seen % self.every:
            return False
        self._frames.append(frame_bgr.copy())
        if len(self._frames) < self.count:
            return False
        pid, frames = self.person_id, self._frames
        self.stop()
        try:
            self.last_result = self.enrollment.enroll("", frames, person_id=pid)
        except Exception as exc:  # blurred/turned frames: the weak sample stays, next time
            log.info("kiosk: camera samples for person %s not taken: %s", pid, exc)
            return False
        log.info(
            "kiosk: %d camera sample(s) of person %s replaced %d weak sample(s)",
            len(self.last_result.templates),
            pid,
            self.last_result.replaced_weak,
        )
        return True
