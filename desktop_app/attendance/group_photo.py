"""Group-photo attendance: one class photo -> everybody recognised -> marked present.

Two steps, so an operator always confirms before anything is recorded:

1. ``analyse_group_photo(ctx, path)`` finds and recognises every face. Known people are
   listed once each (a person matched twice keeps the closer face; the other is reported
   as a duplicate); unknown or ambiguous faces come with their aligned chip so the operator
   can see them and enroll them on the spot (``enroll_unknown``).
2. ``confirm_group_photo(ctx, result, session_id, person_ids=..., actor=...)`` marks the
   confirmed people present in the session (source "photo", mode "present": a photo proves
   presence, so these marks never count as late) and writes one audit entry.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.attendance.service import MarkResult
from desktop_app.errors import AppError, NotFoundError
from desktop_app.recognition.types import MatchStatus
from desktop_app.storage.repositories import Audit, Sessions

log = logging.getLogger(__name__)

CROP_MARGIN = 0.6  # of the face size, around the face, when enrolling from the photo


@dataclass(frozen=True, eq=False)
class GroupPhotoFace:
    index: int  # in the photo, largest face first
    box: tuple[float, float, float, float]
    status: str  # known | unknown | ambiguous | duplicate
    person_id: int | None
    name: str | None
    distance: float
    chip_rgb: np.ndarray | None  # (S, S, 3) uint8
    embedding: np.ndarray | None  # (D,) float32


@dataclass(frozen=True, eq=False)
class GroupPhotoResult:
    image_path: Path
    width: int
    height: int
    faces: list[GroupPhotoFace]

    @property
    def known(self) -> list[GroupPhotoFace]:
        return [f for f in self.faces if f.status == "known"]

    @property
    def unknown(self) -> list[GroupPhotoFace]:
        return [f for f in self.faces if f.status in ("unknown", "ambiguous")]

    @property
    def person_ids(self) -> list[int]:
        return [f.person_id for f in self.known if f.person_id is not None]

    def face_for(self, person_id: int) -> GroupPhotoFace | None:
        return next((f for f in self.known if f.person_id == person_id), None)


def _load(image_path: Path) -> np.ndarray:
    from desktop_app.vision.image_io import load_image

    return load_image(Path(image_path))


def analyse_group_photo(ctx: Any, image_path: Path | str) -> GroupPhotoResult:
    """Detect and recognise every face of the photo (nothing is recorded)."""
    path = Path(image_path)
    image = _load(path)
    recognised = ctx.recognizer.identify_image(image)
    faces: list[GroupPhotoFace] = []
    best: dict[int, int] = {}  # person id -> index in faces of the closest match
    for i, rf in enumerate(recognised):
        m = rf.match
        status = (
            "known"
            if m.status is MatchStatus.KNOWN and m.person_id is not None
            else ("ambiguous" if m.status is MatchStatus.AMBIGUOUS else "unknown")
        )
        face = GroupPhotoFace(
            index=i,
            box=tuple(float(v) for v in rf.face.box),  # type: ignore[arg-type]
            status=status,
            person_id=m.person_id if status == "known" else None,
            name=m.name if status == "known" else None,
            distance=float(m.distance),
            chip_rgb=rf.chip_rgb,
            embedding=None if rf.embedding is None else np.asarray(rf.embedding, np.float32),
        )
        if status == "known":
            pid = int(m.person_id or 0)
            prev = best.get(pid)
            if prev is not None:
                if faces[prev].distance <= face.distance:
                    face = _as_duplicate(face)
                else:
                    faces[prev] = _as_duplicate(faces[prev])
                    best[pid] = len(faces)
            else:
                best[pid] = len(faces)
        faces.append(face)
    h, w = image.shape[:2]
    log.info(
        "group photo %s: %d faces, %d known",
        path.name,
        len(faces),
        sum(1 for f in faces if f.status == "known"),
    )
    return GroupPhotoResult(path, int(w), int(h), faces)


def _as_duplicate(face: GroupPhotoFace) -> GroupPhotoFace:
    return GroupPhotoFace(
        face.index,
        face.box,
        "duplicate",
        face.person_id,
        face.name,
        face.distance,
        face.chip_rgb,
        face.embedding,
    )


def confirm_group_photo(
    ctx: Any,
    result: GroupPhotoResult,
    session_id: int,
    *,
    person_ids: list[int],
    actor: str,
) -> list[MarkResult]:
    """Mark ``person_ids`` (normally ``result.person_ids``, as confirmed by the operator)
    present in the session. People the operator added by hand get marks without a score."""
    if not (actor or "").strip():
        raise AppError("Say who confirms the group photo (operator name).")
    ctx.db.run(lambda s: Sessions(s).get(session_id))  # NotFoundError names it
    service = ctx.attendance
    out: list[MarkResult] = []
    for pid in dict.fromkeys(int(p) for p in person_ids):
        face = result.face_for(pid)
        probe = (
            face.embedding.astype(np.float32).tobytes()
            if face and face.embedding is not None
            else None
        )
        try:
            res = service.mark(
                pid,
                score=face.distance if face else None,
                source="photo",
                session_id=session_id,
                probe_embedding=probe,
                mode="present",
            )
        except NotFoundError:
            log.warning("group photo: person %s no longer exists", pid)
            continue
        out.append(res)
    recorded = [r.person_id for r in out if r.status == "recorded"]
    ctx.db.run(
        lambda s: Audit(s).write(
            actor.strip(),
            "attendance.group_photo",
            target=f"session:{session_id}",
            details={
                "photo": result.image_path.name,
                "faces": len(result.faces),
                "confirmed": list(dict.fromkeys(person_ids)),
                "recorded": recorded,
                "unknown_faces": len(result.unknown),
            },
        )
    )
    return out


def enroll_unknown(
    ctx: Any,
    result: GroupPhotoResult,
    face_index: int,
    name: str,
    *,
    consent: bool,
    group: str | None = None,
    external_id: str | None = None,
) -> Any:
    """Enroll an unknown face of the photo as a new person (``EnrollmentResult``).

    The face is cut out of the photo with a margin so the detector sees the whole head.
    """
    face = next((f for f in result.faces if f.index == face_index), None)
    if face is None:
        raise NotFoundError(f"The photo has no face number {face_index}.")
    if face.status == "known":
        raise AppError(f"Face {face_index} is already recognised as {face.name}.")
    image = _load(result.image_path)
    x1, y1, x2, y2 = face.box
    mw, mh = (x2 - x1) * CROP_MARGIN, (y2 - y1) * CROP_MARGIN
    h, w = image.shape[:2]
    crop = image[
        max(0, int(y1 - mh)) : min(h, int(y2 + mh)), max(0, int(x1 - mw)) : min(w, int(x2 + mw))
    ].copy()
    return ctx.enrollment.enroll(
        name, [crop], external_id=external_id, group=group, consent=consent, face_choice=0
    )
