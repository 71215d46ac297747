"""The ORM schema. Alembic migrations in ``alembic/versions`` must match it exactly
(``face-attendance db check`` and a test fail on any drift).

Times are stored as naive UTC and come back as aware UTC (``UTCDateTime``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC out; stored as naive UTC on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    group_name: Mapped[str | None] = mapped_column(String(100), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    consent_by: Mapped[str | None] = mapped_column(String(100))
    consent_text_version: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    deactivated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str | None] = mapped_column(Text)
    # The person's own kiosk PIN (second factor), as ``security.pin`` hashes it; never the PIN.
    kiosk_pin_hash: Mapped[str | None] = mapped_column(String(300))

    templates: Mapped[list[FaceTemplate]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class FaceTemplate(Base):
    """One enrollment sample: embedding + the aligned chip it came from.

    ``kind`` is ``positive`` for enrollment samples and ``negative`` for "not this person"
    examples kept after an operator corrected a wrong recognition.
    """

    __tablename__ = "face_templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="positive")
    embedder_id: Mapped[str] = mapped_column(String(100), index=True)
    embedding: Mapped[bytes] = mapped_column(LargeBinary)
    dim: Mapped[int] = mapped_column(Integer)
    quality: Mapped[float | None] = mapped_column(Float)
    chip: Mapped[bytes | None] = mapped_column(LargeBinary)
    chip_format: Mapped[str | None] = mapped_column(String(20))
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str | None] = mapped_column(String(300))
    # A sample enrolled despite failing the blur check (a small or upscaled ID photo), on the
    # operator's word: used for matching, replaced by the first camera samples of the person.
    weak: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    person: Mapped[Person] = relationship(back_populates="templates")


class Membership(Base):
    """A person in a group over time, so a past session's roll call and report list the
    group as it was then. One row per stretch ``[since, until)`` during which the person was
    active in ``group_name`` (None: active without a group, in sessions for everybody only).
    ``since`` None: from before the history was kept (rows the 0003 migration made from
    each person's group then); ``until`` None: still. A deactivated person has no open row.
    Written only by ``repositories.Memberships.record`` (``People.add``/``update``)."""

    __tablename__ = "memberships"
    __table_args__ = (Index("ix_memberships_group_until", "group_name", "until"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    group_name: Mapped[str | None] = mapped_column(String(100))
    since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class LookalikePair(Base):
    """Two different people whose faces matched each other at enrollment, enrolled anyway
    on an operator's word. The decision between the two is stricter, and a kiosk asks either
    of them for a second factor. ``person_a_id < person_b_id``; gone with either person."""

    __tablename__ = "lookalike_pairs"
    __table_args__ = (UniqueConstraint("person_a_id", "person_b_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_a_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    person_b_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    distance: Mapped[float | None] = mapped_column(Float)
    allowed_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AttendanceSession(Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    group_name: Mapped[str | None] = mapped_column(String(100), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    late_after: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AttendanceEvent(Base):
    """A mark. Corrections never edit or delete: they set ``status`` and add a new row.

    ``status``: ``valid`` counts; ``corrected`` was replaced (see ``replaced_by_id``);
    ``deleted`` was withdrawn by an operator. Person rows with events are never deleted
    implicitly (``RESTRICT``): erasing a person is an explicit operation.
    """

    __tablename__ = "attendance_events"
    __table_args__ = (
        Index("ix_attendance_events_person_at", "person_id", "at_utc"),
        Index("ix_attendance_events_status_at", "status", "at_utc"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # check_in | check_out | present
    at_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    score: Mapped[float | None] = mapped_column(Float)
    device: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(20))  # camera | photo | manual | video
    status: Mapped[str] = mapped_column(String(20), default="valid")
    corrected_by: Mapped[str | None] = mapped_column(String(100))
    correction_reason: Mapped[str | None] = mapped_column(Text)
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("attendance_events.id", ondelete="SET NULL")
    )
    client_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    # The embedding that produced a camera/photo mark, kept so an operator's "not this
    # person" correction can store it as a negative example. Biometric: encrypted at rest
    # like templates and dropped by the retention policy.
    probe_embedding: Mapped[bytes | None] = mapped_column(LargeBinary)
    probe_embedder_id: Mapped[str | None] = mapped_column(String(100))
    probe_encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    # A second factor confirmed a face match before the mark ("external_id" or "pin"; None:
    # the face alone). The operator view shows these as "confirmed by code".
    confirmed_by: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only, hash-chained: ``hash`` = sha256(prev_hash + canonical entry)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(100), index=True)
    target: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[str | None] = mapped_column(Text)  # JSON
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class SettingRow(Base):
    """Settings shared by every device on this database (admin PIN hash, policies)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Counter(Base):
    """Monotonic counters bumped in the same transaction as the data they stamp.

    ``gallery``: bumped by every template insert/delete; the FAISS index files carry the value
    they were built at, so a stale index is detected and rebuilt from the database.
    """

    __tablename__ = "counters"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    value: Mapped[int] = mapped_column(Integer, default=0)
