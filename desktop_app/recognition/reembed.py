"""Switching the embedder: every stored sample re-embedded from its stored chip, nobody
re-enrolled.

Templates record which embedder made them and a gallery only ever compares its own
embedder's templates, so the new embedder's templates can be written next to the old ones
while the app keeps recognising with the old gallery; only when every sample is done does
the caller switch ``recognition.embedder`` (``face-attendance models use NAME``). A stored
chip was aligned to the old embedder's template, so its five points are known: it is
re-aligned from those points to the new embedder's chip (the same chip when both agree).
Samples without a chip (a correction's probe embedding) cannot be redone and are reported.
An interrupted run leaves only unused rows of the new embedder; the next run replaces them.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import delete

from desktop_app.i18n import translate
from desktop_app.recognition.enrollment import decode_chip_png, encode_chip_png
from desktop_app.recognition.gallery import encode_embedding
from desktop_app.storage import schema as m
from desktop_app.storage.db import Database
from desktop_app.storage.records import TemplateRecord
from desktop_app.storage.repositories import Audit, Templates
from desktop_app.vision.align import align_face
from desktop_app.vision.pipeline import FacePipeline
from desktop_app.vision.types import ChipSpec

if TYPE_CHECKING:
    from desktop_app.security.crypto import Protector

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
BATCH = 32  # samples per embedding batch and per transaction


@dataclass
class ReembedReport:
    old_embedder: str
    new_embedder: str
    done: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (template id, why)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def rechip(chip_rgb: np.ndarray, old: ChipSpec, new: ChipSpec) -> np.ndarray:
    """A chip aligned to ``old`` re-cut for ``new``: the old template is where the face's
    five points are in it."""
    if (
        old.size == new.size
        and np.array_equal(old.template, new.template)
        and chip_rgb.shape[:2] == (new.size, new.size)
    ):
        return chip_rgb
    bgr = np.ascontiguousarray(chip_rgb[:, :, ::-1])
    return align_face(bgr, old.template, new)


def reembed(
    db: Database,
    old_id: str,
    old_chip: ChipSpec,
    pipeline: FacePipeline,
    *,
    protector: Protector | None = None,
    progress: Progress | None = None,
    actor: str = "operator",
) -> ReembedReport:
    """Write a template of ``pipeline.embedder`` for every stored template of ``old_id``."""
    from desktop_app.security.crypto import open_template

    new = pipeline.embedder
    report = ReembedReport(old_id, new.id)
    if new.id == old_id:
        return report

    def clear_partial(s: Any) -> int:
        # rows of the new embedder from an interrupted run (unused: the setting still names
        # the old one)
        result = s.execute(delete(m.FaceTemplate).where(m.FaceTemplate.embedder_id == new.id))
        return int(result.rowcount or 0)

    removed = db.run(clear_partial)
    if removed:
        log.info("removed %d template(s) of %s from an interrupted re-embedding", removed, new.id)
    stored: list[TemplateRecord] = db.run(
        lambda s: Templates(s).list(embedder_id=old_id, kind=None)
    )
    total = max(1, len(stored))
    for start in range(0, len(stored), BATCH):
        batch = [open_template(protector, t) for t in stored[start : start + BATCH]]
        usable = [t for t in batch if t.chip and t.chip_format == "png"]
        report.skipped += [(t.id, "no stored chip") for t in batch if t not in usable]
        if usable:
            chips = np.stack(
                [rechip(decode_chip_png(t.chip or b""), old_chip, new.chip) for t in usable]
            )
            embeddings = pipeline.embed(chips)
            payloads = [
                (t, encode_embedding(e), encode_chip_png(c))
                for t, e, c in zip(usable, embeddings, chips, strict=True)
            ]

            def write(
                s: Any, payloads: list[tuple[TemplateRecord, bytes, bytes]] = payloads
            ) -> None:
                repo = Templates(s)
                for t, emb, chip in payloads:
                    sealed = protector is not None
                    if protector is not None:
                        emb, chip_out = protector.seal_template(
                            t.person_id, new.id, t.kind, emb, chip
                        )
                    else:
                        chip_out = chip
                    repo.add(
                        t.person_id,
                        embedder_id=new.id,
                        embedding=emb,
                        dim=new.dim,
                        quality=t.quality,
                        chip=chip_out,
                        chip_format="png",
                        encrypted=sealed,
                        source=t.source,
                        kind=t.kind,
                        weak=t.weak,
                    )

            db.run(write)
            report.done += len(usable)
        if progress is not None:
            progress(
                min(1.0, (start + len(batch)) / total),
                translate("Models", "{count} re-embedded").format(count=report.done),
            )
    db.run(
        lambda s: Audit(s).write(
            actor,
            "models.reembed",
            details={
                "from": old_id,
                "to": new.id,
                "done": report.done,
                "skipped": len(report.skipped),
            },
        )
    )
    return report
