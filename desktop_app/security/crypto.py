"""AES-GCM encryption at rest for templates, chips and probe embeddings.

A sealed blob is ``b"FAE" + version(1) + key_id(8) + nonce(12) + ciphertext+tag(16)``. The
header (magic, version, key id) is authenticated together with the caller's *associated data*
(AAD), which binds a blob to the meaning of its row:

- template embedding/chip: ``template|<field>|person=<id>|kind=<kind>|embedder=<id>``
- event probe embedding:   ``event.probe|person=<id>|embedder=<id>``

so a blob copied into another person's row, turned from a negative into a positive example,
moved between the embedding and chip columns, or tagged with another embedder fails to open
(``TamperedDataError``). Row ids are deliberately not in the AAD: a row can be sealed before
it is inserted, and re-encrypting needs nothing but the row itself. Moving a blob between two
templates of the same person, kind and embedder stays undetected, and is harmless: both are
that person's face.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop_app.config import Settings
from desktop_app.errors import AppError
from desktop_app.security.keys import (
    KEY_ID_SETTING,
    EncryptionKeyError,
    EncryptionKeyMismatch,
    EncryptionKeyMissing,
    KeyLocation,
    KeyStore,
    key_id_of,
    missing_key_message,
    new_data_key,
    use_audit_key,
)
from desktop_app.storage import schema as m
from desktop_app.storage.db import Database
from desktop_app.storage.records import EventRecord, TemplateRecord
from desktop_app.storage.repositories import Audit, SharedSettings, Templates

log = logging.getLogger(__name__)

MAGIC = b"FAE"
VERSION = 1
NONCE_BYTES = 12
_HEADER = len(MAGIC) + 1 + 8  # magic, version, key id
OVERHEAD = _HEADER + NONCE_BYTES + 16


class DecryptionError(AppError):
    """Encrypted data cannot be opened."""


class WrongKeyError(DecryptionError):
    """The data was sealed with another key than the one this machine holds."""


class TamperedDataError(DecryptionError):
    """The data fails authentication: changed, truncated, or moved to another record."""


def template_aad(person_id: int, embedder_id: str, kind: str, field: str) -> bytes:
    assert field in ("embedding", "chip"), field
    return f"template|{field}|person={person_id}|kind={kind}|embedder={embedder_id}".encode()


def event_aad(person_id: int, embedder_id: str | None) -> bytes:
    return f"event.probe|person={person_id}|embedder={embedder_id or ''}".encode()


def is_sealed(blob: bytes | None) -> bool:
    return blob is not None and len(blob) >= OVERHEAD and bytes(blob[:3]) == MAGIC


SEALED_SETTING = "encryption.sealed"  # set once every row was sealed: plaintext is foreign


class PlaintextRowError(TamperedDataError):
    """A biometric row stored unencrypted in a database whose rows are all sealed: it was
    put there by someone else (another face under a known name) and is not used."""


class Protector:
    """Seals and opens bytes with the data key (AES-256-GCM, random 96-bit nonce per blob).

    ``strict`` (set once the database's rows are all sealed): a plaintext row is refused
    (``PlaintextRowError``) instead of being passed through."""

    def __init__(self, key: bytes, key_id: str | None = None, *, strict: bool = False) -> None:
        self.strict = strict
        self.key_id = key_id or key_id_of(key)
        assert key_id_of(key) == self.key_id, "key id does not name this key"
        self._aead = AESGCM(key)
        self._header = MAGIC + bytes([VERSION]) + bytes.fromhex(self.key_id)

    def __repr__(self) -> str:  # never show the key
        return f"Protector(key_id={self.key_id!r})"

    # ---- primitives ----------------------------------------------------------------------
    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, bytes(plaintext), self._header + aad)
        return self._header + nonce + ct

    def open(self, blob: bytes, aad: bytes) -> bytes:
        blob = bytes(blob)
        if len(blob) < OVERHEAD or blob[:3] != MAGIC:
            raise TamperedDataError(
                "Stored biometric data is not in the encrypted format (damaged or replaced)."
            )
        if blob[3] != VERSION:
            raise DecryptionError(
                f"Encrypted data has format version {blob[3]}, which this version of "
                "face-attendance does not know: it was written by a newer version."
            )
        blob_key_id = blob[4:_HEADER].hex()
        if blob_key_id != self.key_id:
            raise WrongKeyError(
                f"This data was encrypted with key {blob_key_id}, but this machine uses key "
                f"{self.key_id}. Install the right key (face-attendance restore BACKUP); "
                "nothing was deleted."
            )
        nonce = blob[_HEADER : _HEADER + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, blob[_HEADER + NONCE_BYTES :], blob[:_HEADER] + aad)
        except InvalidTag as exc:
            raise TamperedDataError(
                "Encrypted biometric data failed its integrity check: it was changed, "
                "truncated, or moved to another record. It cannot be used; re-enroll the "
                "person or restore a backup."
            ) from exc

    # ---- templates -----------------------------------------------------------------------
    def seal_template(
        self,
        person_id: int,
        embedder_id: str,
        kind: str,
        embedding: bytes,
        chip: bytes | None,
    ) -> tuple[bytes, bytes | None]:
        """(sealed embedding, sealed chip or None) to pass to ``Templates.add(encrypted=True)``."""
        emb = self.seal(embedding, template_aad(person_id, embedder_id, kind, "embedding"))
        sealed_chip = (
            None
            if chip is None
            else self.seal(chip, template_aad(person_id, embedder_id, kind, "chip"))
        )
        return emb, sealed_chip

    def _plaintext(self, what: str) -> None:
        if self.strict:
            raise PlaintextRowError(
                f"{what} is stored unencrypted in a database whose face data is all "
                "encrypted: it was not written by this app and is not used "
                "(face-attendance audit verify lists such rows)."
            )

    def open_embedding(self, t: TemplateRecord) -> bytes:
        if not t.encrypted:
            self._plaintext(f"Face template {t.id}")
            return t.embedding
        return self.open(t.embedding, template_aad(t.person_id, t.embedder_id, t.kind, "embedding"))

    def open_chip(self, t: TemplateRecord) -> bytes | None:
        if t.chip is not None and not t.encrypted:
            self._plaintext(f"Face template {t.id}")
        if t.chip is None or not t.encrypted:
            return t.chip
        return self.open(t.chip, template_aad(t.person_id, t.embedder_id, t.kind, "chip"))

    def open_template(self, t: TemplateRecord) -> TemplateRecord:
        """A copy of ``t`` with plaintext embedding and chip (``encrypted=False``)."""
        if not t.encrypted:
            self._plaintext(f"Face template {t.id}")
            return t
        return dataclasses.replace(
            t, embedding=self.open_embedding(t), chip=self.open_chip(t), encrypted=False
        )

    # ---- event probes --------------------------------------------------------------------
    def seal_probe(self, person_id: int, embedder_id: str | None, embedding: bytes) -> bytes:
        """For ``Events.add(probe_embedding=..., probe_encrypted=True)``."""
        return self.seal(embedding, event_aad(person_id, embedder_id))

    def open_probe(self, ev: EventRecord) -> bytes | None:
        if ev.probe_embedding is not None and not ev.probe_encrypted:
            self._plaintext(f"The face embedding of mark {ev.id}")
        if ev.probe_embedding is None or not ev.probe_encrypted:
            return ev.probe_embedding
        return self.open(ev.probe_embedding, event_aad(ev.person_id, ev.probe_embedder_id))

    def reseal_probe(self, ev: EventRecord, person_id: int) -> bytes | None:
        """The probe of ``ev`` sealed for an event of ``person_id`` (reassigning a mark).

        A sealed probe is bound to its person: copying the blob to another person's event
        would make it unreadable, so corrections go through here."""
        raw = self.open_probe(ev)
        return None if raw is None else self.seal_probe(person_id, ev.probe_embedder_id, raw)

    def probe_to_negative(self, ev: EventRecord, person_id: int, embedder_id: str) -> bytes:
        """The probe of ``ev`` sealed as a negative template of ``person_id`` ("not this
        person"); the template's ``dim`` is ``len(plaintext) // 4``, see ``open_probe``."""
        raw = self.open_probe(ev)
        assert raw is not None, "event has no probe embedding"
        return self.seal_template(person_id, embedder_id, "negative", raw, None)[0]


def open_template(protector: Protector | None, t: TemplateRecord) -> TemplateRecord:
    """Plaintext template whether or not encryption is on; a clear error without the key."""
    if not t.encrypted:
        return t
    if protector is None:
        raise EncryptionKeyMissing(
            f"Face template {t.id} is encrypted but no encryption key was loaded "
            "(privacy.encrypt_at_rest is off?). Turn it back on; nothing was deleted."
        )
    return protector.open_template(t)


# ---- wiring -------------------------------------------------------------------------------
def encrypted_row_count(s: Session) -> int:
    t = s.scalar(select(func.count(m.FaceTemplate.id)).where(m.FaceTemplate.encrypted.is_(True)))
    e = s.scalar(
        select(func.count(m.AttendanceEvent.id)).where(
            m.AttendanceEvent.probe_encrypted.is_(True),
            m.AttendanceEvent.probe_embedding.is_not(None),
        )
    )
    return int(t or 0) + int(e or 0)


def recorded_key_id(db: Database) -> str | None:
    value = db.run(lambda s: SharedSettings(s).get(KEY_ID_SETTING))
    return str(value) if value else None


def protector_for(
    settings: Settings, db: Database, *, store: KeyStore | None = None
) -> Protector | None:
    """The database's ``Protector``, creating the data key on first use.

    - ``privacy.encrypt_at_rest`` off and no key recorded: ``None`` (store plaintext).
    - A key id recorded: its key from the keyring/key file, or ``EncryptionKeyMissing`` with
      an explanation. Never a fresh key: the database's data would become unreadable. (With
      ``encrypt_at_rest`` off a recorded key is still loaded, so existing data stays readable.)
    - Encryption on and no key yet: a new key is stored (keyring or 0600 file) *before* its
      id is recorded in the database, so the database never names a key that was not kept.
    """
    store = store or KeyStore.for_settings(settings)
    key_id = recorded_key_id(db)
    if key_id is None:
        if not settings.privacy.encrypt_at_rest:
            return None
        if db.run(encrypted_row_count):
            raise EncryptionKeyMissing(
                "This database holds encrypted face data but no record of its key id "
                f"(setting {KEY_ID_SETTING} was removed). Restore the database from a backup; "
                "nothing was deleted."
            )
        key = new_data_key()
        location = store.save(key)
        use_audit_key(db, key, store)  # the key_created entry is the first keyed one
        winner = db.run(lambda s: _claim_key_id(s, key_id_of(key), location))
        if winner == key_id_of(key):
            log.info("created data key %s in %s", winner, location)
            return Protector(key)
        db.audit_key = db.on_audit_commit = None
        key_id = winner  # another device created the key first: use theirs
    if not settings.privacy.encrypt_at_rest:
        log.warning(
            "privacy.encrypt_at_rest is off, but this database already uses data key %s: "
            "existing data stays encrypted and readable",
            key_id,
        )
    loaded = store.load(key_id)
    if loaded is None:
        raise EncryptionKeyMissing(missing_key_message(key_id, store))
    key = loaded
    if key_id_of(key) != key_id:
        raise EncryptionKeyMismatch(
            f"The key stored for key id {key_id} is a different key (replaced or damaged). "
            "Restore the key from your backup (face-attendance restore BACKUP); templates "
            "cannot be read until then; nothing was deleted."
        )
    use_audit_key(db, key, store)
    return Protector(key, key_id)


def _claim_key_id(s: Session, key_id: str, location: KeyLocation) -> str:
    shared = SharedSettings(s)
    current = shared.get(KEY_ID_SETTING)
    if current:
        return str(current)
    shared.set(KEY_ID_SETTING, key_id)
    Audit(s).write(
        "system", "encryption.key_created", target=key_id, details={"stored_in": location.kind}
    )
    return key_id


REFUSED_SETTING = "encryption.plaintext_refused"


def plaintext_template_ids(s: Session) -> tuple[int, ...]:
    """Template rows stored unencrypted (and probe-bearing events, negated ids)."""
    t = s.scalars(
        select(m.FaceTemplate.id)
        .where(m.FaceTemplate.encrypted.is_(False))
        .order_by(m.FaceTemplate.id)
    ).all()
    return tuple(int(i) for i in t)


def plaintext_probe_ids(s: Session) -> tuple[int, ...]:
    e = s.scalars(
        select(m.AttendanceEvent.id)
        .where(
            m.AttendanceEvent.probe_encrypted.is_(False),
            m.AttendanceEvent.probe_embedding.is_not(None),
        )
        .order_by(m.AttendanceEvent.id)
    ).all()
    return tuple(int(i) for i in e)


def foreign_plaintext(db: Database) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(template ids, event ids) stored unencrypted although the database's rows were all
    sealed: put there by someone else. ``((), ())`` when none, or before the first sealing."""

    def work(s: Session) -> tuple[tuple[int, ...], tuple[int, ...]]:
        if not SharedSettings(s).get(SEALED_SETTING):
            return (), ()
        return plaintext_template_ids(s), plaintext_probe_ids(s)

    return db.run(work)


@dataclass(frozen=True)
class MigrationReport:
    templates: int
    probes: int
    refused: tuple[int, ...] = ()  # plaintext template ids found after everything was sealed

    @property
    def total(self) -> int:
        return self.templates + self.probes


def encrypt_existing(
    db: Database, protector: Protector, *, actor: str = "system"
) -> MigrationReport:
    """Encrypt every plaintext template (embedding + chip) and probe embedding, in place, once:
    the first run (when encryption is turned on) records ``encryption.sealed``. After that a
    plaintext row cannot come from this app (every write seals), so it is never sealed (that
    would launder another face into a trusted row): it is refused by a strict ``Protector``
    and reported here (``refused``, audit entry ``encryption.plaintext_refused`` once per
    set of rows) and by ``audit verify``.

    One transaction: either everything is sealed or nothing changed. Idempotent (already
    encrypted rows are skipped). Does not bump the gallery version: the plaintext is the same.
    """

    def work(s: Session) -> MigrationReport:
        shared = SharedSettings(s)
        if shared.get(SEALED_SETTING):
            refused = plaintext_template_ids(s)
            if refused and shared.get(REFUSED_SETTING) != list(refused):
                shared.set(REFUSED_SETTING, list(refused))
                Audit(s).write(
                    actor,
                    "encryption.plaintext_refused",
                    details={"template_ids": list(refused)},
                )
            return MigrationReport(0, 0, refused)
        repo = Templates(s)
        n_t = 0
        plain = s.scalars(select(m.FaceTemplate).where(m.FaceTemplate.encrypted.is_(False))).all()
        for row in plain:
            if is_sealed(row.embedding):  # pragma: no cover - flag lost; never double-seal
                raise EncryptionKeyError(f"Template {row.id} looks encrypted but is not flagged.")
            emb, chip = protector.seal_template(
                row.person_id, row.embedder_id, row.kind, row.embedding, row.chip
            )
            repo.replace_payload(row.id, embedding=emb, chip=chip, encrypted=True)
            n_t += 1
        n_p = 0
        plain_probes = s.execute(
            select(
                m.AttendanceEvent.id,
                m.AttendanceEvent.person_id,
                m.AttendanceEvent.probe_embedder_id,
                m.AttendanceEvent.probe_embedding,
            ).where(
                m.AttendanceEvent.probe_encrypted.is_(False),
                m.AttendanceEvent.probe_embedding.is_not(None),
            )
        ).all()
        for ev_id, person_id, embedder_id, blob in plain_probes:
            s.execute(
                update(m.AttendanceEvent)
                .where(m.AttendanceEvent.id == ev_id)
                .values(
                    probe_embedding=protector.seal_probe(
                        person_id, embedder_id, bytes(blob or b"")
                    ),
                    probe_encrypted=True,
                )
            )
            n_p += 1
        if n_t or n_p:
            Audit(s).write(
                actor,
                "encryption.migrated",
                target=protector.key_id,
                details={"templates": n_t, "probe_embeddings": n_p},
            )
        shared.set(SEALED_SETTING, True)
        return MigrationReport(n_t, n_p)

    report = db.run(work)
    if report.total:
        log.info("encrypted %d templates and %d probe embeddings", report.templates, report.probes)
    return report
