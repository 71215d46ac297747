"""The composition root: one object that owns settings and lazily builds the services.

The CLI and the GUI both create an ``AppContext``; nothing else wires services together.
Each service is built on first use, so ``face-attendance db current`` never loads a model.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from desktop_app.config import Scene, Settings
from desktop_app.modelzoo.cards import Progress
from desktop_app.paths import DataPaths
from desktop_app.storage.db import Database, open_database

if TYPE_CHECKING:  # the services are imported when first built (``db current`` loads no model)
    from desktop_app.attendance.service import AttendanceService
    from desktop_app.modelzoo.registry import ModelZoo
    from desktop_app.recognition.enrollment import EnrollmentService
    from desktop_app.recognition.gallery import Gallery
    from desktop_app.recognition.recognizer import Recognizer
    from desktop_app.recognition.reembed import ReembedReport
    from desktop_app.security.admin import AdminSession
    from desktop_app.security.crypto import Protector
    from desktop_app.vision.pipeline import FacePipeline

log = logging.getLogger(__name__)


def keep_enrolled_embedder(settings: Settings) -> Settings:
    """``settings`` with the face model the existing gallery was enrolled with, when the
    embedder was never chosen (not in the settings file or environment) and the database
    holds more templates of another model: the default model changed (dlib_resnet_v1 ->
    sface), and a gallery must not go silent after an update. Switching stays one command
    (``models use sface``, or Settings > Switch and re-embed), which re-embeds everyone."""
    rec = settings.recognition
    if "embedder" in rec.model_fields_set:
        return settings
    if settings.database_url is None and not settings.paths.database.is_file():
        return settings  # a new install: nothing enrolled yet
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from desktop_app.errors import AppError
    from desktop_app.storage import schema as m

    try:
        db = open_database(settings, migrate=False)
    except AppError:
        return settings  # the caller opens it again and reports the problem
    try:
        t = m.FaceTemplate
        rows = db.run(
            lambda s: s.execute(select(t.embedder_id, func.count()).group_by(t.embedder_id)).all()
        )
    except (SQLAlchemyError, AppError):  # not migrated yet, locked: nothing to keep
        return settings
    finally:
        db.dispose()
    counts = {str(e): int(n) for e, n in rows}
    if not counts:
        return settings
    enrolled = max(counts, key=lambda e: counts[e])
    # fewer of the default's than of another (none, or an interrupted re-embed): keep the other
    if counts.get(rec.embedder, 0) >= counts[enrolled]:
        return settings
    log.warning(
        "The people here were enrolled with the face model %s; it stays in use (the default is "
        "now %s: switch with 'face-attendance models use %s', which re-embeds everyone).",
        enrolled,
        rec.embedder,
        rec.embedder,
    )
    return settings.model_copy(
        update={"recognition": rec.model_copy(update={"embedder": enrolled})}
    )


class AppContext:
    def __init__(
        self, settings: Settings, *, progress: Progress | None = None, scene: Scene = "room"
    ) -> None:
        self.settings = keep_enrolled_embedder(settings)
        self.progress = progress
        self.scene = scene  # where the camera looks: picks BlazeFace's range when "auto"

    @property
    def paths(self) -> DataPaths:
        return self.settings.paths

    @cached_property
    def db(self) -> Database:
        return open_database(self.settings)

    @cached_property
    def admin(self) -> AdminSession:
        """``security.admin.AdminSession``: the admin unlock of this process (PIN once per
        ``privacy.admin_unlock_minutes`` of admin activity)."""
        import datetime as dt

        from desktop_app.security.admin import AdminSession

        return AdminSession(
            self.db,
            device=self.settings.attendance.device,
            idle=dt.timedelta(minutes=self.settings.privacy.admin_unlock_minutes),
        )

    @cached_property
    def models(self) -> ModelZoo:
        from desktop_app.modelzoo.registry import ModelZoo

        return ModelZoo(self.settings.paths.models)

    @cached_property
    def pipeline(self) -> FacePipeline:
        """``vision.pipeline.FacePipeline``: detect -> align -> embed (models built if needed)."""
        from desktop_app.modelzoo.registry import build_pipeline

        return build_pipeline(self.settings, self.models, progress=self.progress, scene=self.scene)

    @cached_property
    def protector(self) -> Protector | None:
        """``security.crypto.Protector`` (encryption at rest) or None when it is off.

        On first use it loads the data key (OS keyring or 0600 key file), creating it for a
        new database, and seals any plaintext biometric rows left from before. A missing key
        is an ``EncryptionKeyMissing`` error that explains what to do; nothing is replaced.
        """
        from desktop_app.security.crypto import SEALED_SETTING, encrypt_existing, protector_for
        from desktop_app.storage.repositories import SharedSettings

        protector = protector_for(self.settings, self.db)
        if protector is not None and self.settings.privacy.encrypt_at_rest:
            report = encrypt_existing(self.db, protector)
            if report.total:
                log.info("sealed %d plaintext biometric rows", report.total)
            if report.refused:
                log.error(
                    "%d face templates are stored unencrypted in this encrypted database "
                    "(not written by this app): refused; see face-attendance audit verify",
                    len(report.refused),
                )
        if protector is not None:  # once every row was sealed, plaintext is foreign
            protector.strict = bool(self.db.run(lambda s: SharedSettings(s).get(SEALED_SETTING)))
        return protector

    @cached_property
    def gallery(self) -> Gallery:
        """``recognition.gallery.Gallery``: the FAISS index kept in step with the database."""
        from desktop_app.recognition.gallery import build_gallery
        from desktop_app.security.crypto import template_aad

        protector = self.protector
        embedder = self.pipeline.embedder
        if protector is None:
            return build_gallery(self.settings, self.db, embedder)
        index_aad = f"face-index|embedder={embedder.id}".encode()
        return build_gallery(
            self.settings,
            self.db,
            embedder,
            require_sealed=protector.strict,
            decrypt=lambda blob, pid, kind, emb: protector.open(
                blob, template_aad(pid, emb, kind, "embedding")
            ),
            index_sealer=(
                lambda raw: protector.seal(raw, index_aad),
                lambda blob: protector.open(blob, index_aad),
            ),
        )

    @cached_property
    def enrollment(self) -> EnrollmentService:
        """``recognition.enrollment.EnrollmentService``."""
        from desktop_app.recognition.enrollment import EnrollmentService

        return EnrollmentService(
            self.settings, self.db, self.pipeline, self.gallery, protector=self.protector
        )

    @cached_property
    def recognizer(self) -> Recognizer:
        """``recognition.recognizer.Recognizer``: frames -> matches (with tracking/voting)."""
        from desktop_app.recognition.recognizer import Recognizer

        return Recognizer(self.settings, self.pipeline, self.gallery)

    @cached_property
    def attendance(self) -> AttendanceService:
        """``attendance.service.AttendanceService``: confirmed matches -> events."""
        from desktop_app.attendance.service import AttendanceService

        return AttendanceService(self.settings, self.db, protector=self.protector)

    def reembed_for(self, embedder: str, progress: Progress | None = None) -> ReembedReport:
        """Re-embed every stored sample with ``embedder`` (built if needed) from its stored
        chip, next to the current embedder's templates, which stay in use; the caller then
        switches ``recognition.embedder`` (the change applies at the next start)."""
        from desktop_app.modelzoo.registry import build_pipeline
        from desktop_app.recognition.reembed import reembed

        rec = self.settings.recognition.model_copy(update={"embedder": embedder})
        wanted = self.settings.model_copy(update={"recognition": rec})
        new_pipeline = build_pipeline(wanted, self.models, progress=progress)
        current = self.pipeline.embedder
        return reembed(
            self.db,
            current.id,
            current.chip,
            new_pipeline,
            protector=self.protector,
            progress=progress,
        )

    def close(self) -> None:
        if "gallery" in self.__dict__:
            self.gallery.close()  # large galleries defer saving the index to here
        if "db" in self.__dict__:
            self.db.dispose()

    def reopen(self, settings: Settings) -> None:
        """Close and forget every service built so far; each is built again from
        ``settings`` on first use. For a restore, which replaces the database under the
        running app: the gallery (FAISS index), data key, admin unlock and models of the old
        data must not survive it. The gallery saves its index here, before the restore
        deletes the index files."""
        self.close()
        for name, value in vars(AppContext).items():
            if isinstance(value, cached_property):
                self.__dict__.pop(name, None)
        self.settings = keep_enrolled_embedder(settings)
