"""Enrollment: photos or camera frames -> checked samples -> one person with face templates.

``EnrollmentService.enroll`` runs, in order:

1. Consent (``privacy.require_consent``): refused with ``PermissionDenied`` before any face
   is looked at, unless the caller says the person agreed (or the person already has it).
2. Each source: load (``image_io.load_image``: clear errors for bad files), detect, pick the
   face (no face -> ``NoFaceError``; several -> ``MultipleFacesError`` unless ``face_choice``
   picks one, 0 = the largest), align, and the quality gate (``QualityError`` with hints).
   Faces much smaller than the largest one (background people, under
   ``BACKGROUND_FACE_RATIO`` of its width) do not count as "several faces".
   With one source its error is raised as is; with several, refused sources are listed in the
   result and the others go on (if none is left, the first error is raised).
   A photo FILE refused only as too blurred because it is small or upscaled (``weak_photo``:
   school and HR ID photos) raises ``WeakPhotoError``; with ``allow_weak`` it is stored as a
   weak sample (``face_templates.weak``) and the result lists it, so the caller can warn.
3. Samples of one enrollment must show one person: a sample farther than the threshold from
   the others' medoid is refused ("does not look like the other photos").
4. The gallery is searched first: a sample within the threshold of someone ELSE raises
   ``LookAlikeError`` naming every such person and the distance (duplicate or look-alike,
   never merged silently), unless ``allow_lookalike``: then each pair is remembered
   (``lookalike_pairs``) for a stricter decision and a second factor at the kiosk.
5. One transaction: the person row (or the existing person), every template row (embedding
   float32 bytes, embedder id, quality score, aligned chip as PNG, source) and an audit entry
   commit together or not at all. Camera samples added to a person replace their weak samples
   in that same transaction. Only then the gallery indexes the new templates; if that
   step fails the gallery's stamp no longer matches the database and it catches up on the
   next ``refresh``/start (the database is the truth).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np

from desktop_app.config import Settings
from desktop_app.errors import (
    AppError,
    DuplicateError,
    ImageError,
    MultipleFacesError,
    NoFaceError,
    PermissionDenied,
    QualityError,
)
from desktop_app.i18n import translate
from desktop_app.recognition.gallery import Gallery, encode_embedding
from desktop_app.storage.db import Database
from desktop_app.storage.records import PersonRecord, TemplateRecord
from desktop_app.storage.repositories import Audit, Lookalikes, People, Templates
from desktop_app.vision.image_io import load_image, to_bgr_uint8
from desktop_app.vision.pipeline import FacePipeline
from desktop_app.vision.quality import HINT_BLUR, QualityReport, QualityThresholds, hints_text
from desktop_app.vision.types import Embedder, Face

if TYPE_CHECKING:
    from desktop_app.security.crypto import Protector

log = logging.getLogger(__name__)

LARGEST_FACE = 0  # face_choice: faces are numbered by size, largest first
BACKGROUND_FACE_RATIO = 0.35  # faces narrower than this share of the largest are ignored
MAX_SOURCE_LEN = 300  # face_templates.source column


class LookAlikeError(DuplicateError):
    """The face already matches someone else in the gallery (same person twice, or a twin)."""

    def __init__(self, message: str, matches: list[tuple[int, str | None, float]]) -> None:
        super().__init__(message)
        self.matches = list(matches)  # (person_id, name, distance), nearest first

    @property
    def person_id(self) -> int:
        return self.matches[0][0]

    @property
    def name(self) -> str | None:
        return self.matches[0][1]

    @property
    def distance(self) -> float:
        return self.matches[0][2]


class InconsistentSamplesError(AppError):
    """The photos of one enrollment do not show the same person."""


class WeakPhotoError(QualityError):
    """A photo refused only as too blurred (a small or upscaled ID photo): it can still be
    enrolled as a weak sample when the operator asks (``allow_weak``), with a warning."""

    weak_ok = True


def lookalike_message(
    matches: Sequence[tuple[int, str | None, float]], threshold: float, flag: str
) -> str:
    """One sentence naming every enrolled person the face matches (nearest first)."""
    who = ", ".join(
        f"{name or 'someone'} (person id {pid}, distance {dist:.3f})" for pid, name, dist in matches
    )
    first = matches[0][0]
    return (
        f"This face already matches {who} (threshold {threshold:.3f}): the same person "
        "enrolled twice, or a look-alike. Add the photos to that person instead "
        f"(person id {first}), or, if they really are different people, enroll again "
        f"allowing look-alikes ({flag}): the pair is remembered, the decision between them is "
        "stricter and a kiosk asks them for their ID number."
    )


@dataclass(frozen=True)
class Refusal:
    """A source that gave no sample, and why (the message says what to do)."""

    source: str
    error: str  # exception class name: NoFaceError, QualityError, ...
    message: str
    reasons: list[str] = field(default_factory=list)  # quality hints, when any


@dataclass(frozen=True)
class EnrollmentResult:
    person: PersonRecord
    templates: list[TemplateRecord]  # as stored (embedding/chip as in the database)
    refused: list[Refusal]
    created: bool  # a new person (False: samples added to an existing one)
    lookalikes: list[tuple[int, str | None, float]] = field(default_factory=list)  # allowed
    weak: list[str] = field(default_factory=list)  # sources enrolled as weak samples
    replaced_weak: int = 0  # weak samples of the person the new camera samples replaced


@dataclass(frozen=True)
class _Sample:
    source: str
    face: Face
    chip_rgb: np.ndarray  # (S, S, 3) uint8
    quality: QualityReport
    weak: bool = False  # enrolled despite the blur check (allow_weak)
    camera: bool = False  # a camera frame (not a photo file)


Source = Path | str | np.ndarray


# Weak samples (small ID photos). A still photo whose face fails ONLY the blur check can be
# enrolled as a weak sample on the operator's word when the face is small in the photo or the
# whole photo is ID-photo sized (its face was captured at low resolution and upscaled). Below
# WEAK_MIN_SHARPNESS (about a Gaussian blur of 3% of the face width, while most faces of 24-40 px
# enlarged back score above it: docs/recognition.md, "The quality gate") a photo is too far
# gone and stays refused.
SMALL_PHOTO_PX = 640  # longer side of a photo file at or under which it counts as small
WEAK_MIN_SHARPNESS = 10.0


def weak_photo(
    image: np.ndarray, face: Face, report: QualityReport, thresholds: QualityThresholds
) -> bool:
    """True when ``report`` refused the face only as too blurred, because it is small or the
    photo is small (upscaled): such a photo may become a weak sample (``allow_weak``)."""
    if report.ok or report.reasons != [HINT_BLUR]:
        return False
    if report.sharpness < WEAK_MIN_SHARPNESS:
        return False
    small_face = min(face.width, face.height) < thresholds.good_face_px
    small_photo = max(image.shape[:2]) <= SMALL_PHOTO_PX
    return small_face or small_photo


def faces_by_size(faces: Sequence[Face]) -> list[Face]:
    """Largest first (the order ``face_choice`` counts in)."""
    return sorted(faces, key=lambda f: f.area, reverse=True)


def main_faces(faces: Sequence[Face], ratio: float = BACKGROUND_FACE_RATIO) -> list[Face]:
    """Faces large enough to be the subject (largest first): background faces dropped."""
    ordered = faces_by_size(faces)
    if not ordered:
        return []
    big = max(ordered[0].width, 1.0)
    return [f for f in ordered if f.width >= ratio * big]


def encode_chip_png(chip_rgb: np.ndarray) -> bytes:
    ok, buf = cv2.imencode(".png", np.ascontiguousarray(chip_rgb[:, :, ::-1]))
    if not ok:  # pragma: no cover - encoding a uint8 array does not fail
        raise RuntimeError("PNG encoding of a chip failed")
    return buf.tobytes()


def decode_chip_png(data: bytes) -> np.ndarray:
    """Stored chip bytes -> RGB ``uint8`` (S, S, 3)."""
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if img is None:
        raise ImageError("A stored face chip cannot be decoded (damaged).")
    return np.ascontiguousarray(img[:, :, ::-1])


class EnrollmentService:
    def __init__(
        self,
        settings: Settings,
        db: Database,
        pipeline: FacePipeline,
        gallery: Gallery,
        *,
        quality: QualityThresholds | None = None,
        protector: Protector | None = None,
        actor: str = "operator",
    ) -> None:
        self.settings = settings
        self.db = db
        self.pipeline = pipeline
        self.gallery = gallery
        self.quality = quality or QualityThresholds()
        # ``security.crypto.Protector``: when given, embeddings and chips are sealed at rest.
        self.protector = protector
        self.actor = actor

    # ---- properties ----------------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        return self.pipeline.embedder

    @property
    def threshold(self) -> float:
        return float(self.gallery.threshold)

    # ---- live feedback -------------------------------------------------------------------
    def check_sample(self, image_bgr: np.ndarray) -> tuple[list[Face], QualityReport]:
        """Faces in a camera frame (largest first) and the quality verdict on the subject.

        Cheap enough for live feedback: detection, alignment and the gate, no embedding.
        """
        image = to_bgr_uint8(image_bgr, "the camera frame")
        faces = faces_by_size(self.pipeline.detect_frame(image))
        subjects = main_faces(faces)
        if not subjects:
            return faces, QualityReport(
                ok=False, score=0.0, reasons=["no face: look at the camera"]
            )
        if len(subjects) > 1:
            return faces, QualityReport(
                ok=False, score=0.0, reasons=["only one person in view, please"]
            )
        return faces, self.pipeline.assess(image, subjects[0], self.quality)

    # ---- enrollment ----------------------------------------------------------------------
    def enroll(
        self,
        name: str,
        sources: Sequence[Source],
        *,
        external_id: str | None = None,
        group: str | None = None,
        consent: bool = False,
        consent_by: str | None = None,
        allow_lookalike: bool = False,
        person_id: int | None = None,
        face_choice: int | None = None,
        allow_weak: bool = False,
    ) -> EnrollmentResult:
        if not sources:
            raise ImageError(
                translate(
                    "Enrollment", "No photo given: enroll needs at least one photo or camera frame."
                )
            )
        existing: PersonRecord | None = None
        if person_id is not None:
            existing = self.db.run(lambda s: People(s).get(person_id))
        elif not (name or "").strip():
            raise ValueError("a new person needs a name")
        self._check_consent(existing, consent, name)

        samples, refused, first_error = self._collect(sources, face_choice, allow_weak)
        if not samples:
            assert first_error is not None
            raise first_error
        samples, embeddings, more_refused = self._embed_consistent(samples)
        refused += more_refused

        self.gallery.refresh()
        conflicts = self._lookalikes(embeddings, exclude=person_id)
        if conflicts and not allow_lookalike:
            raise LookAlikeError(
                lookalike_message(conflicts, self.threshold, "--allow-lookalike"), conflicts
            )

        now = dt.datetime.now(dt.UTC)
        emb_id = self.embedder.id
        dim = int(embeddings.shape[1])
        payloads = [
            (encode_embedding(e), encode_chip_png(smp.chip_rgb), smp)
            for e, smp in zip(embeddings, samples, strict=True)
        ]

        replace_weak = existing is not None and any(smp.camera and not smp.weak for smp in samples)

        def work(
            s: Any,
        ) -> tuple[PersonRecord, list[TemplateRecord], list[TemplateRecord], list[int]]:
            people = People(s)
            if existing is None:
                person = people.add(
                    name,
                    external_id=external_id,
                    group_name=group,
                    consent_at=now if consent else None,
                    consent_by=(consent_by or self.actor) if consent else None,
                    consent_text_version=(
                        self.settings.privacy.consent_text_version if consent else None
                    ),
                )
            else:
                person = people.get(existing.id)
                if consent and person.consent_at is None:
                    person = people.update(
                        person.id,
                        consent_at=now,
                        consent_by=consent_by or self.actor,
                        consent_text_version=self.settings.privacy.consent_text_version,
                    )
            repo = Templates(s)
            dropped: list[int] = []
            if replace_weak:  # camera samples replace the small-photo samples
                for old in repo.list(person_id=person.id):
                    if old.weak:
                        repo.delete(old.id)
                        dropped.append(old.id)
            pairs = Lookalikes(s)
            for pid, _who, dist in conflicts:
                pairs.add(person.id, pid, distance=dist, allowed_by=self.actor)
            stored: list[TemplateRecord] = []
            plain: list[TemplateRecord] = []
            for emb_bytes, chip_bytes, smp in payloads:
                chip_out: bytes | None
                emb_out, chip_out, sealed = emb_bytes, chip_bytes, False
                if self.protector is not None:
                    emb_out, chip_out = self.protector.seal_template(
                        person.id, emb_id, "positive", emb_bytes, chip_bytes
                    )
                    sealed = True
                rec = repo.add(
                    person.id,
                    embedder_id=emb_id,
                    embedding=emb_out,
                    dim=dim,
                    quality=round(smp.quality.score, 4),
                    chip=chip_out,
                    chip_format="png",
                    encrypted=sealed,
                    source=smp.source[:MAX_SOURCE_LEN],
                    weak=smp.weak,
                )
                stored.append(rec)
                plain.append(
                    dataclasses.replace(rec, embedding=emb_bytes, chip=chip_bytes, encrypted=False)
                )
            Audit(s).write(
                self.actor,
                "person.enroll" if existing is None else "person.add_samples",
                target=f"person:{person.id}",
                details={
                    "templates": [r.id for r in stored],
                    "embedder": emb_id,
                    "refused": len(refused),
                    "lookalikes_allowed": [[p, d] for p, _n, d in conflicts],
                    "weak": [r.id for r in stored if r.weak],
                    "weak_replaced": dropped,
                    "consent_text_version": person.consent_text_version,
                },
            )
            return people.get(person.id), stored, plain, dropped

        person, stored, plain, dropped = self.db.run(work)
        if dropped:
            try:
                self.gallery.remove_templates(dropped)
            except Exception:
                log.exception("removing replaced weak samples from the index failed")
        self._index(plain)
        log.info(
            "enrolled %s (id %d): %d template(s), %d source(s) refused",
            person.name,
            person.id,
            len(stored),
            len(refused),
        )
        return EnrollmentResult(
            person=person,
            templates=stored,
            refused=refused,
            created=existing is None,
            lookalikes=conflicts,
            weak=[smp.source for smp in samples if smp.weak],
            replaced_weak=len(dropped),
        )

    def _check_consent(self, existing: PersonRecord | None, consent: bool, name: str) -> None:
        if not self.settings.privacy.require_consent or consent:
            return
        if existing is not None and existing.consent_at is not None:
            return
        who = (
            existing.name
            if existing is not None
            else (name or translate("Enrollment", "this person")).strip()
        )
        raise PermissionDenied(
            translate(
                "Enrollment",
                "Enrolling {name} needs their consent to store their face (consent text "
                "{version}). Ask them, then confirm it (--consent on the command line, the "
                "consent box in the app). Nothing was stored.",
            ).format(name=who, version=self.settings.privacy.consent_text_version)
        )

    def _collect(
        self, sources: Sequence[Source], face_choice: int | None, allow_weak: bool = False
    ) -> tuple[list[_Sample], list[Refusal], AppError | None]:
        samples: list[_Sample] = []
        refused: list[Refusal] = []
        first_error: AppError | None = None
        for i, src in enumerate(sources):
            label = _label(src, i, len(sources))
            try:
                samples.append(self._sample(src, label, face_choice, allow_weak))
            except (ImageError, NoFaceError, MultipleFacesError, QualityError) as exc:
                if len(sources) == 1:
                    raise
                first_error = first_error or exc
                refused.append(
                    Refusal(label, type(exc).__name__, str(exc), list(getattr(exc, "reasons", [])))
                )
                log.info("enrollment source %s refused: %s", label, exc)
        return samples, refused, first_error

    def _sample(
        self, src: Source, label: str, face_choice: int | None, allow_weak: bool = False
    ) -> _Sample:
        det = self.settings.detector
        if isinstance(src, np.ndarray):
            image = to_bgr_uint8(src, label)
        else:
            image = load_image(
                Path(src), max_pixels=det.max_image_pixels, work_pixels=det.work_image_pixels
            )
        faces = faces_by_size(self.pipeline.detect_still(image))
        if not faces:
            raise NoFaceError(
                translate(
                    "Enrollment",
                    "No face found in {source}. Use a photo where the face is clearly visible, "
                    "well lit and at least {pixels} pixels wide.",
                ).format(source=label, pixels=int(self.quality.min_face_px))
            )
        if face_choice is not None:
            if not 0 <= face_choice < len(faces):
                raise MultipleFacesError(
                    translate(
                        "Enrollment",
                        "{source} has {count} face(s); face number {number} does not exist "
                        "(0 = the largest, up to {last}).",
                    ).format(
                        source=label, count=len(faces), number=face_choice, last=len(faces) - 1
                    ),
                    count=len(faces),
                )
            face = faces[face_choice]
        else:
            subjects = main_faces(faces)
            if len(subjects) > 1:
                raise MultipleFacesError(
                    translate(
                        "Enrollment",
                        "{source} shows {count} faces; enrollment needs exactly one. Crop the "
                        "photo to one person, or choose which face to use (0 = the largest).",
                    ).format(source=label, count=len(subjects)),
                    count=len(subjects),
                )
            face = subjects[0]
        chip = self.pipeline.align(image, face)
        report = self.pipeline.assess(image, face, self.quality)
        camera = isinstance(src, np.ndarray)
        if not report.ok:
            if not camera and weak_photo(image, face, report, self.quality):
                if allow_weak:
                    log.warning("%s enrolled as a weak sample (%s)", label, report.message)
                    return _Sample(label, face, chip, report, weak=True)
                raise WeakPhotoError(
                    translate(
                        "Enrollment",
                        "The face in {source} is too blurred to enroll ({problems}): a small or "
                        "upscaled photo. Enroll it as a weak sample (--allow-weak, or 'Enroll as "
                        "weak sample' in the app): the person is then asked for camera samples "
                        "the next time the kiosk or the enroll dialog sees them.",
                    ).format(source=label, problems=hints_text(report.reasons)),
                    reasons=report.reasons,
                )
            raise QualityError(
                translate(
                    "Enrollment",
                    "The face in {source} is not good enough to enroll: {problems}. Take "
                    "another photo.",
                ).format(source=label, problems=hints_text(report.reasons)),
                reasons=report.reasons,
            )
        return _Sample(label, face, chip, report, camera=camera)

    def _distances(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        if self.gallery.normalize:
            a = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
            b = b / np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-12)
        return np.linalg.norm(a[:, None, :] - b[None, :, :], axis=2)

    def _embed_consistent(
        self, samples: list[_Sample]
    ) -> tuple[list[_Sample], np.ndarray, list[Refusal]]:
        chips = np.stack([smp.chip_rgb for smp in samples])
        emb = self.pipeline.embed(chips)
        if len(samples) < 3:
            if len(samples) == 2 and self._distances(emb[:1], emb[1:])[0, 0] > self.threshold:
                raise InconsistentSamplesError(
                    translate(
                        "Enrollment",
                        "{first} and {second} do not look like the same person. Enroll each "
                        "person separately, or add a third photo.",
                    ).format(first=samples[0].source, second=samples[1].source)
                )
            return samples, emb, []
        d = self._distances(emb, emb)
        medoid = int(np.argmin(d.sum(axis=1)))
        keep = d[medoid] <= self.threshold
        refused = [
            Refusal(
                smp.source,
                "InconsistentSamplesError",
                translate(
                    "Enrollment",
                    "{source} does not look like the other photos of this person; left out.",
                ).format(source=smp.source),
            )
            for smp, k in zip(samples, keep, strict=True)
            if not k
        ]
        kept = [smp for smp, k in zip(samples, keep, strict=True) if k]
        return kept, emb[keep], refused

    def _lookalikes(
        self, embeddings: np.ndarray, exclude: int | None
    ) -> list[tuple[int, str | None, float]]:
        best: dict[int, tuple[int, str | None, float]] = {}
        if self.gallery.size == 0:
            return []
        for e in embeddings:
            for pid, who, dist in self.gallery.search_people(e, k=3):
                if pid == exclude or dist > self.threshold:
                    continue
                if pid not in best or dist < best[pid][2]:
                    best[pid] = (pid, who, float(dist))
        return sorted(best.values(), key=lambda t: t[2])

    # ---- checks without storing (roster import) ---------------------------------------------
    def embed_photo(self, path: Path, *, allow_weak: bool = False) -> tuple[np.ndarray, bool]:
        """The embedding enrollment would store for one photo, and whether it would be a weak
        sample. Raises what ``enroll`` would (``NoFaceError``, ``QualityError``,
        ``WeakPhotoError``...); stores nothing."""
        smp = self._sample(Path(path), str(path), None, allow_weak)
        emb = self.pipeline.embed(smp.chip_rgb[None])
        return emb[0], smp.weak

    def gallery_lookalikes(
        self, embedding: np.ndarray, exclude: int | None = None
    ) -> list[tuple[int, str | None, float]]:
        """Enrolled people within the threshold of ``embedding`` (nearest first)."""
        self.gallery.refresh()
        return self._lookalikes(np.asarray(embedding, np.float32).reshape(1, -1), exclude)

    def pairwise_distances(self, embeddings: np.ndarray) -> np.ndarray:
        """``(N, N)`` distances between embeddings as the gallery compares them."""
        e = np.asarray(embeddings, np.float32)
        return self._distances(e, e)

    def _index(self, plain: list[TemplateRecord]) -> None:
        try:
            self.gallery.add_templates(plain)
        except Exception:  # the committed rows are the truth; the index catches up later
            log.exception("indexing new templates failed; the gallery will rebuild from the DB")

    # ---- removal and corrections ---------------------------------------------------------
    def erase_person(self, person_id: int, *, keep_statistics: bool = False) -> Any:
        """Erase a person (``security.retention.erase_person``: one transaction; saved index
        files deleted), then drop their vectors from this gallery and save it at once.
        Returns the ``ErasureReceipt``."""
        from desktop_app.security.retention import erase_person

        return erase_person(
            self.db,
            person_id,
            actor=self.actor,
            keep_statistics=keep_statistics,
            settings=self.settings,
            gallery=self.gallery,
        )

    def add_negative(
        self, person_id: int, embedding: np.ndarray, source: str = "correction"
    ) -> TemplateRecord:
        """Keep ``embedding`` as a "not this person" example for ``person_id``."""
        vec = np.asarray(embedding, np.float32).reshape(-1)
        emb_id = self.embedder.id
        if vec.shape[0] != self.embedder.dim:
            raise ValueError(f"expected a {self.embedder.dim}-D embedding, got {vec.shape}")
        raw = encode_embedding(vec)

        def work(s: Any) -> tuple[TemplateRecord, TemplateRecord]:
            data, sealed = raw, False
            if self.protector is not None:
                data, _ = self.protector.seal_template(person_id, emb_id, "negative", raw, None)
                sealed = True
            rec = Templates(s).add(
                person_id,
                embedder_id=emb_id,
                embedding=data,
                dim=int(vec.shape[0]),
                encrypted=sealed,
                source=source[:MAX_SOURCE_LEN],
                kind="negative",
            )
            Audit(s).write(
                self.actor,
                "template.add_negative",
                target=f"person:{person_id}",
                details={"template": rec.id, "source": source},
            )
            plain = dataclasses.replace(rec, embedding=raw, encrypted=False)
            return rec, plain

        rec, plain = self.db.run(work)
        self._index([plain])
        return rec


def _label(src: Source, i: int, n: int) -> str:
    if isinstance(src, np.ndarray):
        if n > 1:
            return translate("Enrollment", "camera frame {number}").format(number=i + 1)
        return translate("Enrollment", "the camera frame")
    return str(src)
