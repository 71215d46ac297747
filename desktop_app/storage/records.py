"""Plain, frozen records the repositories return (never ORM rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class PersonRecord:
    """A person. ``erased``: erased with their statistics kept (``retention.erase_person``)."""

    id: int
    name: str
    external_id: str | None
    group_name: str | None
    active: bool
    consent_at: dt.datetime | None
    consent_by: str | None
    consent_text_version: str | None
    created_at: dt.datetime
    deactivated_at: dt.datetime | None
    notes: str | None
    template_count: int = 0

    @property
    def erased(self) -> bool:
        """Erased with their statistics kept: the row holds only its group and marks. The
        erasure keeps no flag (a flag would be a trace), so this reads what it leaves."""
        return not self.active and self.name == ERASED_NAME and self.external_id is None


# marks whose session is the operator's statement ("was there"), not the time's: added by
# hand into a session (the roll call stamps them at its start) or by a group photo
STATED = frozenset({"manual", "photo"})
ERASED_NAME = "Erased person"  # what an erasure that keeps statistics leaves as the name


@dataclass(frozen=True)
class MembershipRecord:
    """A person active in ``group_name`` (None: no group) from ``since`` (None: from before
    the history was kept) until ``until`` (None: still)."""

    person_id: int
    group_name: str | None
    since: dt.datetime | None
    until: dt.datetime | None


@dataclass(frozen=True)
class TemplateRecord:
    """``embedding`` is raw bytes of float32[dim]; ``chip`` the encoded aligned chip."""

    id: int
    person_id: int
    kind: str
    embedder_id: str
    embedding: bytes
    dim: int
    quality: float | None
    chip: bytes | None
    chip_format: str | None
    encrypted: bool
    source: str | None
    created_at: dt.datetime
    weak: bool = False  # enrolled despite the blur check (small photo); camera samples replace it


@dataclass(frozen=True)
class LookalikeRecord:
    """A remembered look-alike pair (``person_a_id < person_b_id``)."""

    id: int
    person_a_id: int
    person_b_id: int
    distance: float | None
    allowed_by: str | None
    created_at: dt.datetime
    person_a_name: str | None = None
    person_b_name: str | None = None


@dataclass(frozen=True)
class SessionRecord:
    id: int
    name: str
    group_name: str | None
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    late_after: dt.datetime | None
    created_at: dt.datetime

    def contains(self, when: dt.datetime) -> bool:
        return self.starts_at <= when and (self.ends_at is None or when < self.ends_at)


@dataclass(frozen=True)
class EventRecord:
    id: int
    person_id: int
    session_id: int | None
    kind: str
    at_utc: dt.datetime
    score: float | None
    device: str | None
    source: str
    status: str
    corrected_by: str | None
    correction_reason: str | None
    replaced_by_id: int | None
    created_at: dt.datetime
    person_name: str | None = None
    probe_embedding: bytes | None = None
    probe_embedder_id: str | None = None
    probe_encrypted: bool = False
    confirmed_by: str | None = None  # "external_id" | "pin": a second factor confirmed the face


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at_utc: dt.datetime
    actor: str
    action: str
    target: str | None
    details: str | None
    prev_hash: str | None
    hash: str | None
