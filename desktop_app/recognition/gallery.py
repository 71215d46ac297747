"""``Gallery``: a ``FaceIndex`` kept in step with the database (the database is the truth).

- Start-up: the index saved in ``settings.paths.index`` is loaded when its stamp equals the
  database's (the ``gallery`` counter bumped by every template insert/delete, the number,
  sum and max of this embedder's template ids, the embedder id, dimension, normalisation,
  approximate index kind and database location); otherwise it is rebuilt from the database
  and saved. Saving follows every change up to ``autosave_limit`` templates; above that it
  waits for ``save()``/``close()`` (a stale file is only a slower start: it gets rebuilt).
- Only templates of ``embedder.id`` are indexed: templates of another model are never
  compared.
- ``refresh()``: a cheap stamp query; when the database changed (another device enrolled,
  someone was removed or deactivated) the index is reconciled by id: missing ids are added,
  extra ids removed, and ids whose row changed (SQLite may reuse a deleted id) replaced.
- Deactivated people stay in the index (so deactivation needs no rebuild) and are skipped at
  match time; the set of deactivated ids is part of the refresh check.
- Negative templates ("not this person") are indexed too and used by the matcher's
  negatives rule.

Thread-safe: every public method holds one re-entrant lock.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.config import Settings
from desktop_app.errors import AppError, NotFoundError
from desktop_app.recognition import defaults
from desktop_app.recognition.defaults import (
    DecisionRule,
    default_margin,
    default_threshold,
    lookalike_pair_margin,
)
from desktop_app.recognition.index import FaceIndex
from desktop_app.recognition.matcher import (
    Matcher,
    Partners,
    PersonRanking,
    apply_lookalikes,
    partners_of,
)
from desktop_app.recognition.types import Match
from desktop_app.storage import schema as m
from desktop_app.storage.db import Database, describe
from desktop_app.storage.records import TemplateRecord
from desktop_app.storage.repositories import Counters, Lookalikes

log = logging.getLogger(__name__)

STAMP_FORMAT = 1
# A live gallery (build_gallery) checks the database this often from identify/verify, so a
# second device sees new enrollments within seconds whoever drives it (one aggregate query).
AUTO_REFRESH_SECONDS = 2.0
# decrypt(blob, person_id, kind, embedder_id) -> plaintext: the row's identity is the
# associated data a sealed blob is bound to (security.crypto.template_aad).
Decrypt = Callable[[bytes, int, str, str], bytes]
# (seal, open) for the saved index file when encryption at rest is on: the index holds
# embeddings, so it is sealed like the templates it is derived from.
IndexSealer = tuple[Callable[[bytes], bytes], Callable[[bytes], bytes]]
# (person_id, is_negative, created_at) of each indexed template id
_Meta = tuple[int, bool, Any]
_STAMP_RETRIES = 5
_FETCH_CHUNK = 500


def decode_embedding(
    data: bytes,
    dim: int,
    *,
    encrypted: bool = False,
    decrypt: Callable[[bytes], bytes] | None = None,
) -> np.ndarray:
    """``TemplateRecord.embedding`` bytes -> (dim,) float32 (little-endian float32 stored).

    Raises ``ValueError`` when the bytes cannot be a ``dim``-vector or are encrypted without
    a ``decrypt`` hook.
    """
    if encrypted:
        if decrypt is None:
            raise ValueError("template is encrypted and no decryption key is available")
        data = decrypt(data)
    if len(data) != 4 * dim:
        raise ValueError(f"embedding has {len(data)} bytes, expected {4 * dim}")
    vec = np.frombuffer(data, dtype="<f4").astype(np.float32)
    if not np.isfinite(vec).all():
        raise ValueError("embedding contains NaN or infinity")
    return vec


def encode_embedding(vector: np.ndarray) -> bytes:
    """(D,) float -> bytes as stored in ``face_templates.embedding`` (float32 little-endian)."""
    return np.ascontiguousarray(np.asarray(vector, dtype="<f4").reshape(-1)).tobytes()


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text) or "default"


class Gallery:
    """Enrolled templates of one embedder, searchable per person."""

    def __init__(
        self,
        db: Database,
        *,
        embedder_id: str,
        dim: int,
        index_dir: Path | None,
        threshold: float,
        margin: float,
        normalize: bool = False,
        hnsw_above: int = 50_000,
        approximate: str = "ivf",
        negatives_rule: bool = True,
        crowd_weight: float = 0.0,
        crowd_reach: float = 0.0,
        decrypt: Decrypt | None = None,
        require_sealed: bool = False,
        index_sealer: IndexSealer | None = None,
        autosave_limit: int = 200_000,
        names_ttl_seconds: float = 30.0,
        auto_refresh_seconds: float | None = None,
    ) -> None:
        self.db = db
        self._embedder_id = embedder_id
        self.dim = int(dim)
        self.index_dir = Path(index_dir) if index_dir is not None else None
        self.normalize = bool(normalize)
        self.hnsw_above = int(hnsw_above)
        self.approximate = approximate
        self.decrypt = decrypt
        self.require_sealed = require_sealed
        self.index_sealer = index_sealer
        self.autosave_limit = int(autosave_limit)
        self.names_ttl_seconds = float(names_ttl_seconds)
        # identify/verify/search_people call refresh() themselves at most this often
        self.auto_refresh_seconds = auto_refresh_seconds
        self._checked_at = time.monotonic()
        self._matcher = Matcher(
            threshold,
            margin,
            negatives_rule=negatives_rule,
            crowd_weight=crowd_weight,
            crowd_reach=crowd_reach,
        )
        self._lock = threading.RLock()
        self._index = self._new_index()
        self._meta: dict[int, _Meta] = {}
        self._positives: dict[int, list[int]] = {}  # person -> positive template ids
        self._negatives: dict[int, list[int]] = {}  # person -> negative template ids
        self._inactive: frozenset[int] = frozenset()
        # remembered look-alikes (loaded on demand; dropped whenever the database changed)
        self._partners: Partners | None = None
        self._weak: frozenset[int] | None = None  # people with weak (small-photo) samples
        self.pair_margin = lookalike_pair_margin(self.normalize, embedder_id)
        self._state: dict[str, Any] | None = None  # database state the index reflects
        self._names: dict[int, str] | None = None  # every person's name, loaded on demand
        self._names_at = time.monotonic()
        self._skipped = 0
        self._dirty = False
        self.loaded_from_disk = False  # True when start-up used the saved index
        self.rebuilds = 0  # full rebuilds from the database (start-up or forced)

    # ---- properties ----------------------------------------------------------------------
    @property
    def embedder_id(self) -> str:
        return self._embedder_id

    @property
    def threshold(self) -> float:
        return self._matcher.threshold

    @property
    def margin(self) -> float:
        return self._matcher.margin

    @property
    def matcher(self) -> Matcher:
        return self._matcher

    def set_policy(self, *, threshold: float | None = None, margin: float | None = None) -> None:
        """Change the decision threshold and/or margin (e.g. after calibration)."""
        with self._lock:
            self._matcher = Matcher(
                self.threshold if threshold is None else threshold,
                self.margin if margin is None else margin,
                negatives_rule=self._matcher.negatives_rule,
                crowd_weight=self._matcher.crowd_weight,
                crowd_reach=self._matcher.crowd_reach,
            )

    @property
    def size(self) -> int:
        """Templates in the index (positive and negative)."""
        with self._lock:
            return len(self._index)

    @property
    def people_count(self) -> int:
        """Active people with at least one positive template of this embedder."""
        with self._lock:
            return sum(1 for p, ids in self._positives.items() if ids and p not in self._inactive)

    @property
    def skipped(self) -> int:
        """Templates that could not be indexed (encrypted without a key, wrong size)."""
        return self._skipped

    @property
    def index(self) -> FaceIndex:
        return self._index

    # ---- database state ------------------------------------------------------------------
    def _cheap_state(self, s: Session) -> dict[str, Any]:
        """One aggregate query: what the index must reflect (compared on every refresh)."""
        t = m.FaceTemplate
        count, id_sum, id_max = s.execute(
            select(func.count(t.id), func.coalesce(func.sum(t.id), 0), func.max(t.id)).where(
                t.embedder_id == self._embedder_id
            )
        ).one()
        return {
            "gallery": Counters(s).get(Counters.GALLERY),
            "count": int(count or 0),
            "id_sum": int(id_sum or 0),
            "id_max": int(id_max) if id_max is not None else None,
        }

    def _inactive_people(self, s: Session) -> frozenset[int]:
        return frozenset(int(i) for i in s.scalars(select(m.Person.id).where(~m.Person.active)))

    def _stamp(self, state: dict[str, Any]) -> dict[str, Any]:
        return {
            "format": STAMP_FORMAT,
            "embedder": self._embedder_id,
            "dim": self.dim,
            "normalize": self.normalize,
            "approximate": self.approximate,
            "db": describe(self.db.url),
            **state,
        }

    def _read_rows(self) -> tuple[dict[str, Any], dict[int, _Meta], frozenset[int]]:
        """Consistent (state, {id: meta}, inactive people): the counter is read before and
        after the rows and the read is retried if it moved meanwhile."""

        def read(s: Session) -> tuple[dict[str, Any], dict[int, _Meta], frozenset[int], int]:
            before = Counters(s).get(Counters.GALLERY)
            t = m.FaceTemplate
            rows = s.execute(
                select(t.id, t.person_id, t.kind, t.created_at)
                .where(t.embedder_id == self._embedder_id)
                .order_by(t.id)
            ).all()
            meta = {int(r[0]): (int(r[1]), r[2] == "negative", r[3]) for r in rows}
            inactive = self._inactive_people(s)
            after = Counters(s).get(Counters.GALLERY)
            ids = list(meta)
            state = {
                "gallery": after,
                "count": len(ids),
                "id_sum": int(sum(ids)),
                "id_max": max(ids) if ids else None,
            }
            return state, meta, inactive, before

        for _ in range(_STAMP_RETRIES):
            state, meta, inactive, before = self.db.run(read)
            if before == state["gallery"]:
                return state, meta, inactive
            time.sleep(0.02)
        return state, meta, inactive  # still moving: good enough, the next refresh catches up

    def _fetch_vectors(self, ids: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Decoded embeddings of template ids; undecodable ones are skipped and counted."""
        out_ids: list[int] = []
        out_vecs: list[np.ndarray] = []
        t = m.FaceTemplate
        cols = (t.id, t.embedding, t.dim, t.encrypted, t.person_id, t.kind)
        for start in range(0, len(ids), _FETCH_CHUNK):
            chunk = list(ids[start : start + _FETCH_CHUNK])

            def fetch(s: Session, chunk: list[int] = chunk) -> list[Any]:
                return list(s.execute(select(*cols).where(t.id.in_(chunk))).all())

            rows = self.db.run(fetch)
            for tid, data, dim, encrypted, pid, kind in rows:
                vec = self._decode(int(tid), data, int(dim), bool(encrypted), int(pid), kind)
                if vec is not None:
                    out_ids.append(int(tid))
                    out_vecs.append(vec)
        if not out_ids:
            return np.empty(0, np.int64), np.empty((0, self.dim), np.float32)
        return np.asarray(out_ids, np.int64), np.stack(out_vecs)

    def _decode(
        self,
        tid: int,
        data: bytes,
        dim: int,
        encrypted: bool,
        person_id: int,
        kind: str,
        *,
        from_db: bool = True,
    ) -> np.ndarray | None:
        """``from_db=False``: a record this process just committed, handed over opened."""
        if dim != self.dim:
            log.warning("template %d has dim %d, embedder gives %d: skipped", tid, dim, self.dim)
            self._skipped += 1
            return None
        if self.require_sealed and from_db and not encrypted:
            log.error(
                "template %d is stored unencrypted in an encrypted database (not written by "
                "this app): refused; see face-attendance audit verify",
                tid,
            )
            self._skipped += 1
            return None
        try:
            hook = self.decrypt
            unseal = (
                None
                if hook is None
                else (lambda blob: hook(blob, person_id, kind, self._embedder_id))
            )
            return decode_embedding(data, dim, encrypted=encrypted, decrypt=unseal)
        except Exception as exc:  # the decrypt hook may raise its own types
            log.error("template %d cannot be used (%s): skipped", tid, exc)
            self._skipped += 1
            return None

    def _new_index(self) -> FaceIndex:
        return FaceIndex(
            self.dim,
            normalize=self.normalize,
            hnsw_above=self.hnsw_above,
            approximate=self.approximate,
        )

    # ---- bookkeeping ---------------------------------------------------------------------
    def _set_meta(self, meta: dict[int, _Meta]) -> None:
        self._meta = meta
        self._reindex_people()

    def _reindex_people(self) -> None:
        pos: dict[int, list[int]] = {}
        neg: dict[int, list[int]] = {}
        for tid, (pid, negative, _) in self._meta.items():
            (neg if negative else pos).setdefault(pid, []).append(tid)
        self._positives, self._negatives = pos, neg

    def _owner(self, template_id: int) -> tuple[int, bool] | None:
        meta = self._meta.get(template_id)
        if meta is None or meta[0] in self._inactive:
            return None
        return meta[0], meta[1]

    def _folder(self) -> Path | None:
        if self.index_dir is None:
            return None
        suffix = "-l2" if self.normalize else ""
        return self.index_dir / _safe_name(f"{self._embedder_id}{suffix}")

    def _save(self, *, force: bool = False) -> None:
        folder = self._folder()
        if folder is None or self._state is None:
            return
        if self._skipped:
            log.warning("face index not saved: %d templates could not be indexed", self._skipped)
            return
        if not force and len(self._index) > self.autosave_limit:
            self._dirty = True  # large: saved by save()/close() instead of on every change
            return
        try:
            seal = self.index_sealer[0] if self.index_sealer else None
            self._index.save(folder, self._stamp(self._state), seal=seal)
            self._dirty = False
        except OSError as exc:
            log.warning("could not save the face index to %s (%s); it will be rebuilt", folder, exc)

    def save(self) -> None:
        """Persist the index now (large galleries defer saving to here or ``close``)."""
        with self._lock:
            self._save(force=True)

    def close(self) -> None:
        with self._lock:
            if self._dirty:
                self._save(force=True)

    # ---- start-up ------------------------------------------------------------------------
    def open(self) -> Gallery:
        """Load the saved index if its stamp matches the database, else rebuild and save."""
        with self._lock:
            state, meta, inactive = self._read_rows()
            self._checked_at = time.monotonic()
            folder = self._folder()
            unseal = self.index_sealer[1] if self.index_sealer else None
            loaded = (
                FaceIndex.load(folder, unseal=unseal, hnsw_above=self.hnsw_above)
                if folder
                else None
            )
            # (the stamp names the approximate index kind: changing it rebuilds)
            if loaded is not None:
                index, stamp = loaded
                if (
                    stamp == self._stamp(state)
                    and index.dim == self.dim
                    and index.normalize == self.normalize
                    and np.array_equal(index.ids(), np.fromiter(meta, np.int64, len(meta)))
                ):
                    self._index = index
                    self._set_meta(meta)
                    self._inactive = inactive
                    self._state = state
                    self._skipped = 0
                    self.loaded_from_disk = True
                    log.info("face index loaded from %s (%d templates)", folder, len(index))
                    return self
                log.info("face index at %s is stale: rebuilding from the database", folder)
            self._rebuild(state, meta, inactive)
            return self

    def rebuild(self) -> None:
        """Rebuild the index from the database now."""
        with self._lock:
            self._rebuild(*self._read_rows())

    def _rebuild(
        self, state: dict[str, Any], meta: dict[int, _Meta], inactive: frozenset[int]
    ) -> None:
        started = time.perf_counter()
        self._skipped = 0
        ids, vecs = self._fetch_vectors(list(meta))
        index = self._new_index()
        index.add(ids, vecs)
        kept = set(ids.tolist())
        self._index = index
        self._set_meta({tid: v for tid, v in meta.items() if tid in kept})
        self._inactive = inactive
        self._state = state
        self._names = None
        self._partners = None
        self._weak = None
        self.rebuilds += 1
        self.loaded_from_disk = False
        log.info(
            "face index built from the database: %d templates in %.2f s",
            len(index),
            time.perf_counter() - started,
        )
        self._save()

    # ---- keeping in step -----------------------------------------------------------------
    def refresh(self) -> bool:
        """Catch up with the database if it changed; True when something changed.

        Costs one aggregate query when nothing changed. Also forgets cached names every
        ``names_ttl_seconds`` (renames do not bump the gallery counter).
        """
        with self._lock:
            if time.monotonic() - self._names_at > self.names_ttl_seconds:
                self._names = None
                self._names_at = time.monotonic()

            def cheap(s: Session) -> tuple[dict[str, Any], frozenset[int]]:
                return self._cheap_state(s), self._inactive_people(s)

            state, inactive = self.db.run(cheap)
            self._checked_at = time.monotonic()
            if state == self._state and inactive == self._inactive:
                return False
            if state == self._state:
                self._inactive = inactive  # only (de)activations
                self._names = None
                return True
            self._reconcile(*self._read_rows())
            return True

    def _reconcile(
        self, state: dict[str, Any], meta: dict[int, _Meta], inactive: frozenset[int]
    ) -> None:
        old = self._meta
        changed = {tid for tid, v in meta.items() if tid in old and old[tid] != v}
        to_remove = (set(old) - set(meta)) | changed
        to_add = sorted((set(meta) - set(old)) | changed)
        if self._skipped:  # retry what could not be decoded before (e.g. key now available)
            self._skipped = 0
            to_add = sorted(set(to_add) | (set(meta) - set(self._index.ids().tolist())))
        if to_remove:
            self._index.remove(np.fromiter(to_remove, np.int64, len(to_remove)))
        ids, vecs = self._fetch_vectors(to_add)
        if len(ids):
            present = np.isin(ids, self._index.ids())
            if present.any():
                self._index.remove(ids[present])
            self._index.add(ids, vecs)
        kept = set(self._index.ids().tolist())
        self._set_meta({tid: v for tid, v in meta.items() if tid in kept})
        self._inactive = inactive
        self._state = state
        self._names = None
        self._partners = None
        self._weak = None
        log.info(
            "face index refreshed: +%d -%d templates (now %d)",
            len(ids),
            len(to_remove),
            len(self._index),
        )
        self._save()

    def add_templates(self, records: Iterable[TemplateRecord]) -> int:
        """Index newly committed templates at once, then catch up with the database.

        Templates of another embedder are ignored. Returns how many were added.
        """
        with self._lock:
            ids: list[int] = []
            vecs: list[np.ndarray] = []
            new_meta: dict[int, _Meta] = {}
            for r in records:
                if r.embedder_id != self._embedder_id or r.id in self._meta:
                    continue
                vec = self._decode(
                    r.id, r.embedding, r.dim, r.encrypted, r.person_id, r.kind, from_db=False
                )
                if vec is None:
                    continue
                ids.append(r.id)
                vecs.append(vec)
                new_meta[r.id] = (r.person_id, r.kind == "negative", r.created_at)
            if ids:
                self._index.add(np.asarray(ids, np.int64), np.stack(vecs))
                self._meta.update(new_meta)
                self._reindex_people()
            self.refresh()
            return len(ids)

    def remove_templates(self, ids: Iterable[int], *, purge: bool = False) -> int:
        """Drop template ids from the index at once (after the database delete committed).
        ``purge`` (erasure): an approximate index that only marks removals is compacted now,
        so the vectors leave memory and the next saved file."""
        with self._lock:
            arr = np.asarray(list(ids), dtype=np.int64)
            removed = self._index.remove(arr)
            if purge:
                self._index.compact()
            for tid in arr.tolist():
                self._meta.pop(int(tid), None)
            self._reindex_people()
            self.refresh()
            return removed

    def _maybe_refresh(self) -> None:
        """The periodic refresh of a live gallery; a database hiccup keeps the last index."""
        every = self.auto_refresh_seconds
        if every is None or time.monotonic() - self._checked_at < every:
            return
        try:
            self.refresh()
        except AppError as exc:
            self._checked_at = time.monotonic()  # retry after another period, not per face
            log.warning("gallery refresh failed (%s); using the index as it is", exc)

    # ---- names ---------------------------------------------------------------------------
    def name_of(self, person_id: int) -> str | None:
        """The person's name from a cache of all names (one query per invalidation: each
        database session costs a connection, ~1-20 ms, too much per face and frame)."""
        with self._lock:
            if self._names is None:
                rows = self.db.run(lambda s: s.execute(select(m.Person.id, m.Person.name)).all())
                self._names = {int(pid): str(name) for pid, name in rows}
            name = self._names.get(person_id)
            if name is None:  # enrolled after the cache was filled and before a refresh
                name = self.db.run(
                    lambda s: s.scalar(select(m.Person.name).where(m.Person.id == person_id))
                )
                if name is not None:
                    self._names[person_id] = name
            return name

    # ---- queries -------------------------------------------------------------------------
    def _prepare_queries(self, embeddings: np.ndarray) -> np.ndarray:
        x = np.asarray(embeddings, dtype=np.float32)
        if x.ndim == 1:
            x = x[None, :]
        if x.ndim != 2 or x.shape[1] != self.dim:
            raise ValueError(f"expected embeddings of shape (N, {self.dim}), got {x.shape}")
        return x

    def _initial_k(self) -> int:
        most = max((len(v) for v in self._positives.values()), default=1)
        most_neg = max((len(v) for v in self._negatives.values()), default=0)
        return max(8, 2 * most + most_neg + 2)

    def rank_people(
        self,
        embeddings: np.ndarray,
        *,
        enough: Callable[[PersonRanking], bool] | None = None,
        matcher: Matcher | None = None,
    ) -> list[PersonRanking]:
        """Per-person rankings of each probe, widening the search until each is complete
        (best and runner-up known) or covers the whole gallery.

        ``ranking.candidates[0]`` is the nearest person whatever the threshold (closed-set
        rank-1); ``matcher`` replaces the gallery's (e.g. without the negatives rule).
        """
        matcher = matcher or self._matcher
        with self._lock:
            x = self._prepare_queries(embeddings)
            total = len(self._index)
            done: dict[int, PersonRanking] = {}
            pending = list(range(len(x)))
            k = min(self._initial_k(), max(total, 1))
            check = enough or PersonRanking.complete
            while pending:
                dist, ids = self._index.search(x[pending], k)
                exhausted = k >= total
                still: list[int] = []
                for row, qi in enumerate(pending):
                    ranking = matcher.rank(dist[row], ids[row], self._owner, exhausted=exhausted)
                    if exhausted or check(ranking):
                        done[qi] = ranking
                    else:
                        still.append(qi)
                pending = still
                k = min(total, k * 4)
            return [done[i] for i in range(len(x))]

    def lookalike_partners(self) -> Partners:
        """``{person: their remembered look-alikes}`` (cached until the database changes)."""
        with self._lock:
            if self._partners is None:
                self._partners = partners_of(self.db.run(lambda s: Lookalikes(s).pairs()))
            return self._partners

    def weak_people(self) -> frozenset[int]:
        """People with weak samples (enrolled from a small photo; cached like the pairs)."""
        with self._lock:
            if self._weak is None:
                t = m.FaceTemplate
                q = select(t.person_id).where(t.weak.is_(True)).distinct()
                self._weak = frozenset(int(p) for p in self.db.run(lambda s: s.scalars(q).all()))
            return self._weak

    def identify(self, embeddings: np.ndarray) -> list[Match]:
        """One ``Match`` per embedding (rows of an (N, D) array)."""
        with self._lock:
            self._maybe_refresh()
            rankings = self.rank_people(embeddings)
            partners = self.lookalike_partners()
            return [
                apply_lookalikes(
                    self._matcher.decide(r, self.name_of), r, partners, self.pair_margin
                )
                for r in rankings
            ]

    def verify(self, person_id: int, embedding: np.ndarray) -> Match:
        """1:1: is ``embedding`` this person? Distance to their best template vs threshold.

        Raises ``NotFoundError`` when the person has no template of this embedder.
        """
        with self._lock:
            self._maybe_refresh()
            probe = self._prepare_queries(embedding)[0]
            if self.normalize:
                probe = probe / max(float(np.linalg.norm(probe)), 1e-12)
            pos_ids = self._positives.get(person_id, [])
            name = self.name_of(person_id)
            if not pos_ids:
                who = name or f"person {person_id}"
                raise NotFoundError(
                    f"{who} has no face templates for the current model ({self._embedder_id}); "
                    "enroll them (again) before verifying."
                )
            pos = np.linalg.norm(self._index.vectors(pos_ids) - probe, axis=1)
            neg_ids = self._negatives.get(person_id, [])
            neg = np.linalg.norm(self._index.vectors(neg_ids) - probe, axis=1) if neg_ids else None
            return self._matcher.verify(person_id, pos, np.asarray(pos_ids), neg, name)

    def search_people(
        self, embedding: np.ndarray, k: int = 5
    ) -> list[tuple[int, str | None, float]]:
        """The ``k`` nearest active people ``(person_id, name, distance)``, nearest first,
        by their best positive template (negatives ignored): for duplicate checks."""
        with self._lock:
            self._maybe_refresh()
            raw = Matcher(self.threshold, self.margin, negatives_rule=False)
            ranking = self.rank_people(
                embedding, enough=lambda r: len(r.candidates) >= k, matcher=raw
            )[0]
            return [
                (h.person_id, self.name_of(h.person_id), h.distance) for h in ranking.candidates[:k]
            ]

    def templates(self, *, negative: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """``(template ids, person ids)`` of active people's positive (or negative)
        templates in the index; vectors via ``index.vectors(ids)``."""
        with self._lock:
            pairs = [
                (tid, meta[0])
                for tid, meta in sorted(self._meta.items())
                if meta[1] == negative and meta[0] not in self._inactive
            ]
            ids = np.asarray([p[0] for p in pairs], np.int64)
            return ids, np.asarray([p[1] for p in pairs], np.int64)

    def template_person(self, template_id: int) -> int | None:
        meta = self._meta.get(template_id)
        return meta[0] if meta else None

    def __repr__(self) -> str:
        return (
            f"Gallery(embedder={self._embedder_id!r}, templates={self.size}, "
            f"people={self.people_count}, threshold={self.threshold:.3f}, "
            f"margin={self.margin:.3f}, normalize={self.normalize})"
        )


def default_rule(embedder_id: str, normalize: bool) -> tuple[float, float]:
    """The measured (threshold, margin) of ``recognition.defaults`` for this scale."""
    return default_threshold(embedder_id, normalize), default_margin(embedder_id, normalize)


def stated_rule(embedder: Any) -> DecisionRule | None:
    """The decision rule a user embedder's card states (``stated_threshold``/``_margin`` on
    the embedder object), if any."""
    threshold = getattr(embedder, "stated_threshold", None)
    if threshold is None:
        return None
    margin = getattr(embedder, "stated_margin", None)
    return DecisionRule(float(threshold), float(margin or 0.0), source="card")


def decision_rule(
    settings: Settings, embedder_id: str, stated: DecisionRule | None = None
) -> DecisionRule:
    """The rule in use: the embedder's measured default (or its card's ``stated`` rule, else a
    placeholder), with what the settings override (``recognition.threshold``, an explicitly
    set ``margin``, ``crowd_weight``). A threshold from the settings makes it no placeholder."""
    rec = settings.recognition
    rule = defaults.default_rule(embedder_id, rec.normalize, stated)
    # The margin field has a non-None default: only an explicitly set value overrides the
    # model's measured default.
    return DecisionRule(
        threshold=rec.threshold if rec.threshold is not None else rule.threshold,
        margin=rec.margin if "margin" in rec.model_fields_set else rule.margin,
        crowd_weight=rec.crowd_weight if rec.crowd_weight is not None else rule.crowd_weight,
        crowd_reach=rule.crowd_reach,
        source="settings" if rec.threshold is not None else rule.source,
    )


def build_gallery(
    settings: Settings,
    db: Database,
    embedder: Any,
    *,
    decrypt: Decrypt | None = None,
    require_sealed: bool = False,
    index_sealer: IndexSealer | None = None,
) -> Gallery:
    """The gallery for ``embedder`` (``.id``, ``.dim``), loaded or rebuilt, ready to search.

    With encryption at rest, ``decrypt`` opens sealed template rows, ``require_sealed``
    refuses plaintext ones (the database's rows are all sealed: a plaintext row is foreign)
    and ``index_sealer`` seals the saved index file (see ``context.AppContext.gallery``)."""
    rec = settings.recognition
    rule = decision_rule(settings, embedder.id, stated_rule(embedder))
    if not rule.measured:
        log.warning("%s", defaults.placeholder_note(embedder.id, rule))
    gallery = Gallery(
        db,
        embedder_id=embedder.id,
        dim=int(embedder.dim),
        index_dir=settings.paths.index,
        threshold=rule.threshold,
        margin=rule.margin,
        crowd_weight=rule.crowd_weight,
        crowd_reach=rule.crowd_reach,
        normalize=rec.normalize,
        hnsw_above=rec.hnsw_above,
        approximate=rec.approximate_index,
        decrypt=decrypt,
        require_sealed=require_sealed,
        index_sealer=index_sealer,
        auto_refresh_seconds=AUTO_REFRESH_SECONDS,
    )
    return gallery.open()
