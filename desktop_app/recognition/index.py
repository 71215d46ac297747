"""``FaceIndex``: nearest-template search over FAISS, ids are template ids.

Distances are Euclidean (the square root of FAISS's squared L2), on raw embeddings or, with
``normalize=True``, on L2-normalised ones (then the order equals inner-product order and
``d = sqrt(2 - 2 cos)``).

Exact search up to ``hnsw_above`` live vectors, approximate above (``approximate``):

- exact: ``IndexIDMap2(IndexFlatL2)``. ``remove`` deletes in place (no rebuild).
- ``"ivf"`` (default): ``IndexIVFFlat`` with ~4 sqrt(n) lists (4096 at 1e6) trained with
  k-means on a sample, ``nprobe`` lists searched (64), a hash-table direct map so ``remove``
  deletes in place and vectors can be read back by id. Once the index holds 4x the vectors
  its centroids were trained on it is retrained; below ``hnsw_above / 2`` it becomes exact.
- ``"hnsw"``: ``IndexIDMap2(IndexHNSWFlat)`` (M=32, efConstruction=40, efSearch=128). HNSW
  cannot delete, so removed ids become tombstones, filtered out at search time with an
  ``IDSelector``; once tombstones exceed ``rebuild_ratio`` of the stored vectors the index is
  rebuilt from the live vectors (exact again if few enough are left). Re-adding a tombstoned
  id forces that rebuild first (rare: only when the database reuses a deleted id).

Why IVF by default (``face-attendance bench search``, 1e6 random 128-D unit vectors, batch 1,
probes ~0.35 from an enrolled vector, 2 shared cores under load from other jobs): IVF nprobe
64 gave recall@1 1.000 at a median of 0.99 ms and built in 230 s (nprobe 32: 0.993, 0.36 ms);
HNSW M=32/efC=40 gave recall@1 0.897 at 1.8 ms (efSearch 128) and 0.98 at 15.7 ms (256), and
took 1134 s to build. Random vectors are HNSW's worst case (no low intrinsic dimension), but
IVF also removes without tombstones. At 1e5 both reach 1.000 (IVF nprobe 32: 0.18 ms).

Persistence: ``save(folder, stamp)`` writes ``index.faiss`` and then ``index.json`` (metadata,
sha256 of the FAISS file, the caller's stamp), each to a temporary file then ``os.replace``;
``load(folder)`` returns ``None`` for anything missing, mismatched or corrupt, and the caller
rebuilds from the database (the truth).
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from desktop_app.fileio import atomic_path, remove_retrying, sha256_file

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
INDEX_FILE = "index.faiss"
# A temp file of ``save`` older than this was left by a process killed mid-save (another
# device sharing the folder may be writing a fresh one right now: those are left alone).
STALE_TEMP_SECONDS = 3600.0
META_FILE = "index.json"
# Batches up to this size search single-threaded: OpenMP start-up costs more than it saves
# (measured: 1e4 x 128 exact search, batch 1: 0.07 ms on 1 thread vs 0.28 ms on 2).
_SMALL_BATCH = 8
_HASHTABLE = faiss.DirectMap.Hashtable  # type: ignore[attr-defined]


@contextlib.contextmanager
def _omp_threads(n: int) -> Iterator[None]:
    """Run FAISS with ``n`` OpenMP threads in this thread (OpenMP's setting is per thread)."""
    old = faiss.omp_get_max_threads()
    if n == old:
        yield
        return
    faiss.omp_set_num_threads(n)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(old)


class FaceIndex:
    """Nearest-neighbour index of face templates (ids: int64 template ids)."""

    def __init__(
        self,
        dim: int,
        *,
        normalize: bool,
        hnsw_above: int = 50_000,
        hnsw_m: int = 32,
        ef_search: int = 128,
        ef_construction: int = 40,
        rebuild_ratio: float = 0.10,
        approximate: str = "ivf",
        nprobe: int = 64,
    ) -> None:
        assert dim > 0, "dim must be positive"
        assert hnsw_above >= 1 and hnsw_m >= 4 and ef_search >= 1 and nprobe >= 1
        if approximate not in ("hnsw", "ivf"):
            raise ValueError(f"approximate must be 'hnsw' or 'ivf', not {approximate!r}")
        self.dim = int(dim)
        self.normalize = bool(normalize)
        self.hnsw_above = int(hnsw_above)
        self.hnsw_m = int(hnsw_m)
        self.ef_search = int(ef_search)
        self.ef_construction = int(ef_construction)
        self.rebuild_ratio = float(rebuild_ratio)
        self.approximate = approximate
        self.nprobe = int(nprobe)
        self._trained_on = 0  # vectors the IVF centroids were trained with
        self._index: Any = self._new_flat()
        self._kind = "flat"
        self._tombstones: set[int] = set()
        self._params: Any = None  # cached HNSW search parameters (selector over tombstones)
        self._selector_refs: tuple[Any, ...] = ()

    # ---- construction helpers ---------------------------------------------------------------
    def _new_flat(self) -> Any:
        return faiss.IndexIDMap2(faiss.IndexFlatL2(self.dim))

    def _new_hnsw(self) -> Any:
        hnsw = faiss.IndexHNSWFlat(self.dim, self.hnsw_m)
        hnsw.hnsw.efConstruction = self.ef_construction
        hnsw.hnsw.efSearch = self.ef_search
        return faiss.IndexIDMap2(hnsw)

    def _new_ivf(self, x: np.ndarray) -> Any:
        """IVF-Flat with ~4 sqrt(n) lists, trained on a sample of ``x``; a hash-table direct
        map gives removal in place and reconstruction by id."""
        n = len(x)
        nlist = int(min(16384, max(64, 2 ** round(math.log2(4 * math.sqrt(max(n, 1)))))))
        nlist = max(1, min(nlist, n // 39))  # faiss wants >= 39 training points per list
        quantizer = faiss.IndexFlatL2(self.dim)
        ivf = faiss.IndexIVFFlat(quantizer, self.dim, nlist)
        ivf.cp.niter = 10
        sample = min(n, 40 * nlist)
        rng = np.random.default_rng(0)
        pick = np.sort(rng.choice(n, size=sample, replace=False)) if sample < n else slice(None)
        ivf.train(np.ascontiguousarray(x[pick]))
        ivf.set_direct_map_type(_HASHTABLE)
        ivf.nprobe = self.nprobe
        self._trained_on = n
        return ivf

    def _prepare(self, vectors: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32))
        if x.ndim == 1:
            x = x[None, :]
        if x.ndim != 2 or x.shape[1] != self.dim:
            raise ValueError(f"expected vectors of shape (N, {self.dim}), got {x.shape}")
        if not np.isfinite(x).all():
            raise ValueError("embeddings contain NaN or infinity")
        if self.normalize and len(x):
            x = x.copy()
            norms = np.linalg.norm(x, axis=1)
            if (norms < 1e-12).any():
                raise ValueError("cannot L2-normalise a zero embedding")
            x /= norms[:, None]
        return x

    # ---- introspection ----------------------------------------------------------------------
    @property
    def kind(self) -> str:
        """``"flat"`` (exact), ``"hnsw"`` or ``"ivf"`` (approximate)."""
        return self._kind

    @property
    def tombstones(self) -> int:
        return len(self._tombstones)

    def __len__(self) -> int:
        return int(self._index.ntotal) - len(self._tombstones)

    def _stored_ids(self) -> np.ndarray:
        if self._kind == "ivf":
            lists = self._index.invlists
            parts = [
                faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
                for i in range(self._index.nlist)
                if lists.list_size(i)
            ]
            return np.concatenate(parts).astype(np.int64) if parts else np.empty(0, np.int64)
        return faiss.vector_to_array(self._index.id_map).astype(np.int64, copy=False)

    def ids(self) -> np.ndarray:
        """Live template ids, sorted (int64)."""
        stored = self._stored_ids()
        if self._tombstones:
            dead = np.fromiter(self._tombstones, dtype=np.int64, count=len(self._tombstones))
            stored = stored[~np.isin(stored, dead)]
        return np.sort(stored)

    def __contains__(self, template_id: object) -> bool:
        if not isinstance(template_id, int | np.integer):
            return False
        tid = int(template_id)
        if tid in self._tombstones:
            return False
        return bool((self._stored_ids() == tid).any())

    def vectors(self, ids: np.ndarray | list[int]) -> np.ndarray:
        """Stored vectors (normalised if ``normalize``) for live ids, (N, D) float32.

        Raises ``KeyError`` for an id that is not in the index.
        """
        wanted = np.asarray(ids, dtype=np.int64).reshape(-1)
        out = np.empty((len(wanted), self.dim), dtype=np.float32)
        for i, tid in enumerate(wanted):
            if int(tid) in self._tombstones:
                raise KeyError(int(tid))
            try:
                out[i] = self._index.reconstruct(int(tid))
            except RuntimeError as exc:
                raise KeyError(int(tid)) from exc
        return out

    # ---- mutation ---------------------------------------------------------------------------
    def add(self, ids: np.ndarray | list[int], vectors: np.ndarray) -> None:
        """Add vectors under template ids. Ids must be new (``ValueError`` otherwise)."""
        id_arr = np.ascontiguousarray(np.asarray(ids, dtype=np.int64).reshape(-1))
        x = self._prepare(vectors)
        if len(id_arr) != len(x):
            raise ValueError(f"{len(id_arr)} ids for {len(x)} vectors")
        if len(id_arr) == 0:
            return
        if len(np.unique(id_arr)) != len(id_arr):
            raise ValueError("duplicate ids in one add()")
        if (id_arr < 0).any():
            raise ValueError("template ids must be non-negative")
        if self._tombstones and any(int(t) in self._tombstones for t in id_arr):
            self._rebuild()  # purge the old vectors before the id comes back
        clash = np.isin(id_arr, self._stored_ids())
        if clash.any():
            raise ValueError(f"ids already in the index: {id_arr[clash][:10].tolist()}")
        if self._kind == "flat" and len(self) + len(id_arr) > self.hnsw_above:
            self._convert(extra_ids=id_arr, extra=x)
            return
        if self._kind == "ivf" and len(self) + len(id_arr) > 4 * self._trained_on:
            self._convert(extra_ids=id_arr, extra=x)  # outgrew its centroids: retrain
            return
        self._index.add_with_ids(x, id_arr)

    def remove(self, ids: np.ndarray | list[int]) -> int:
        """Remove template ids (unknown ids are ignored); returns how many were removed."""
        id_arr = np.unique(np.asarray(ids, dtype=np.int64).reshape(-1))
        if len(id_arr) == 0 or self._index.ntotal == 0:
            return 0
        present = id_arr[np.isin(id_arr, self._stored_ids())]
        present = np.array([t for t in present if int(t) not in self._tombstones], np.int64)
        if len(present) == 0:
            return 0
        if self._kind in ("flat", "ivf"):
            removed = int(self._index.remove_ids(present))
            assert removed == len(present), "the index removed a different number of ids"
            if self._kind == "ivf" and len(self) <= self.hnsw_above // 2:
                self._rebuild()  # small again: back to exact search
            return removed
        self._tombstones.update(int(t) for t in present)
        self._params = None
        if len(self._tombstones) > self.rebuild_ratio * self._index.ntotal:
            self._rebuild()
        return len(present)

    def _live_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """All live ids and their stored vectors, in storage order."""
        n = int(self._index.ntotal)
        if n == 0:
            return np.empty(0, np.int64), np.empty((0, self.dim), np.float32)
        ids = self._stored_ids().copy()
        if self._kind == "ivf":
            return ids, np.ascontiguousarray(self._index.reconstruct_batch(ids), np.float32)
        x = faiss.downcast_index(self._index.index).reconstruct_n(0, n)
        if self._tombstones:
            dead = np.fromiter(self._tombstones, dtype=np.int64, count=len(self._tombstones))
            keep = ~np.isin(ids, dead)
            ids, x = ids[keep], x[keep]
        return ids, np.ascontiguousarray(x, dtype=np.float32)

    def _convert(self, extra_ids: np.ndarray, extra: np.ndarray) -> None:
        ids, x = self._live_arrays()
        self._build(np.concatenate([ids, extra_ids]), np.concatenate([x, extra]))

    def _rebuild(self) -> None:
        ids, x = self._live_arrays()
        self._build(ids, x)

    def _build(self, ids: np.ndarray, x: np.ndarray) -> None:
        """Fresh index over already prepared vectors; exact or HNSW by size."""
        kind = self.approximate if len(ids) > self.hnsw_above else "flat"
        if kind == "ivf":
            index = self._new_ivf(x)
        else:
            index = self._new_hnsw() if kind == "hnsw" else self._new_flat()
        if len(ids):
            index.add_with_ids(np.ascontiguousarray(x), np.ascontiguousarray(ids))
        log.info("face index rebuilt: %d vectors, %s", len(ids), kind)
        self._index, self._kind = index, kind
        self._tombstones = set()
        self._params = None

    def rebuild(self) -> None:
        """Compact now (drop tombstones) and pick exact/HNSW for the current size."""
        self._rebuild()

    def compact(self) -> bool:
        """Rebuild only when removed vectors are still stored (HNSW tombstones)."""
        if not self._tombstones:
            return False
        self._rebuild()
        return True

    # ---- search -----------------------------------------------------------------------------
    def _search_params(self, k: int) -> Any:
        if self._kind == "ivf":
            if self._params is None or self._params.nprobe != self.nprobe:
                ivf_params: Any = faiss.SearchParametersIVF()
                ivf_params.nprobe = self.nprobe
                self._params = ivf_params
            return self._params
        if self._kind != "hnsw":
            return None
        ef = max(self.ef_search, k)
        if self._params is None or self._params.efSearch != ef:
            params: Any = faiss.SearchParametersHNSW()  # type: ignore[attr-defined]
            params.efSearch = ef
            if self._tombstones:
                dead = np.fromiter(self._tombstones, dtype=np.int64, count=len(self._tombstones))
                batch = faiss.IDSelectorBatch(dead)
                not_dead = faiss.IDSelectorNot(batch)
                params.sel = not_dead
                self._selector_refs = (batch, not_dead)  # keep the C++ objects alive
            self._params = params
        return self._params

    def search(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` nearest templates of each query.

        Returns ``(distances (N, k) float32 Euclidean ascending, ids (N, k) int64)``; slots
        without a result hold ``inf`` and ``-1``.
        """
        assert k >= 1, "k must be >= 1"
        x = self._prepare(vectors)
        n = len(x)
        dist = np.full((n, k), np.inf, dtype=np.float32)
        ids = np.full((n, k), -1, dtype=np.int64)
        if n == 0 or len(self) == 0:
            return dist, ids
        kk = min(k, int(self._index.ntotal))
        params = self._search_params(kk)
        threads = 1 if n <= _SMALL_BATCH else faiss.omp_get_max_threads()
        with _omp_threads(threads):
            if params is None:
                d2, found = self._index.search(x, kk)
            else:
                d2, found = self._index.search(x, kk, params=params)
        valid = found >= 0
        dist[:, :kk] = np.where(valid, np.sqrt(np.maximum(d2, 0.0)), np.inf)
        ids[:, :kk] = np.where(valid, found, -1)
        return dist, ids

    # ---- persistence ------------------------------------------------------------------------
    def _meta(self, stamp: dict[str, Any], digest: str) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "dim": self.dim,
            "normalize": self.normalize,
            "kind": self._kind,
            "hnsw_above": self.hnsw_above,
            "hnsw_m": self.hnsw_m,
            "ef_search": self.ef_search,
            "ef_construction": self.ef_construction,
            "rebuild_ratio": self.rebuild_ratio,
            "approximate": self.approximate,
            "nprobe": self.nprobe,
            "trained_on": self._trained_on,
            "ntotal": int(self._index.ntotal),
            "tombstones": sorted(self._tombstones),
            "sha256": digest,
            "faiss_version": faiss.__version__,
            "stamp": stamp,
        }

    def save(
        self,
        folder: Path | str,
        stamp: dict[str, Any],
        *,
        seal: Callable[[bytes], bytes] | None = None,
    ) -> None:
        """Write the index and its metadata atomically (each file: temp + ``os.replace``).

        With ``seal`` (encryption at rest) the FAISS bytes are sealed before they touch the
        disk, and the metadata says so; ``load`` then needs the matching ``unseal``.

        The metadata is replaced last and names the FAISS file's sha256, so a crash between
        the two leaves a mismatch that ``load`` reports as ``None`` (the caller rebuilds).
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        json.dumps(stamp)  # fail early (TypeError) on a stamp that is not JSON
        remove_stale_temp_files(folder)
        # The metadata is the outer write, so it is replaced after the FAISS file.
        with (
            atomic_path(folder / META_FILE, prefix=".index-") as tmp_meta,
            atomic_path(folder / INDEX_FILE, prefix=".index-") as tmp_index,
        ):
            # bytes through Python's file I/O: faiss.write_index cannot open a non-ASCII
            # path on Windows (faiss issue 3073)
            blob = faiss.serialize_index(self._index).tobytes()
            tmp_index.write_bytes(seal(blob) if seal is not None else blob)
            meta = self._meta(stamp, sha256_file(tmp_index))
            meta["sealed"] = seal is not None
            tmp_meta.write_text(json.dumps(meta), encoding="utf-8")

    @classmethod
    def load(
        cls,
        folder: Path | str,
        *,
        unseal: Callable[[bytes], bytes] | None = None,
        **overrides: Any,
    ) -> tuple[FaceIndex, dict[str, Any]] | None:
        """``(index, stamp)`` saved by ``save``, or ``None`` when missing, damaged or from
        another format. Never raises for a bad file: the caller rebuilds from the database.
        A sealed file needs ``unseal``; with ``unseal`` given, a plaintext file is refused
        too (encryption was turned on: rebuild and save it sealed).

        ``overrides`` (``hnsw_above``, ``ef_search``, ``rebuild_ratio``) replace the saved
        search policy.
        """
        folder = Path(folder)
        meta_path, index_path = folder / META_FILE, folder / INDEX_FILE
        if not meta_path.exists() or not index_path.exists():
            return None
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if not isinstance(meta, dict) or meta.get("format") != FORMAT_VERSION:
                log.warning("face index %s: unknown format, ignoring it", folder)
                return None
            if sha256_file(index_path) != meta["sha256"]:
                log.warning("face index %s: file does not match its checksum", folder)
                return None
            sealed = bool(meta.get("sealed", False))
            if sealed != (unseal is not None):
                log.info(
                    "face index %s: sealed=%s does not match the key: rebuilding", folder, sealed
                )
                return None
            raw = index_path.read_bytes()  # not faiss.read_index: non-ASCII paths on Windows
            if unseal is not None:
                try:
                    raw = unseal(raw)
                except Exception as exc:  # wrong key or tampered: rebuild from the database
                    log.warning("face index %s cannot be opened (%s): rebuilding", folder, exc)
                    return None
            faiss_index: Any = faiss.deserialize_index(np.frombuffer(raw, dtype=np.uint8))
            opts: dict[str, Any] = {**meta, **overrides}
            obj = cls(
                int(opts["dim"]),
                normalize=bool(opts["normalize"]),
                hnsw_above=int(opts["hnsw_above"]),
                hnsw_m=int(opts["hnsw_m"]),
                ef_search=int(opts["ef_search"]),
                ef_construction=int(opts["ef_construction"]),
                rebuild_ratio=float(opts["rebuild_ratio"]),
                approximate=str(opts["approximate"]),
                nprobe=int(opts["nprobe"]),
            )
            kind = meta["kind"]
            inner: Any
            if kind == "ivf":
                inner = faiss_index if isinstance(faiss_index, faiss.IndexIVFFlat) else None
                if inner is not None and inner.direct_map.type != _HASHTABLE:
                    inner.set_direct_map_type(_HASHTABLE)
            elif isinstance(faiss_index, faiss.IndexIDMap2):
                inner = faiss.downcast_index(faiss_index.index)
            else:
                inner = None
            expected: Any = {
                "flat": faiss.IndexFlatL2,
                "hnsw": faiss.IndexHNSWFlat,
                "ivf": faiss.IndexIVFFlat,
            }.get(kind)
            if (
                inner is None
                or expected is None
                or not isinstance(inner, expected)
                or faiss_index.d != obj.dim
                or faiss_index.ntotal != int(meta["ntotal"])
            ):
                log.warning("face index %s: contents do not match its metadata", folder)
                return None
            if kind == "hnsw":
                inner.hnsw.efSearch = obj.ef_search
            obj._index = faiss_index
            obj._kind = kind
            obj._trained_on = int(meta["trained_on"])
            obj._tombstones = {int(t) for t in meta["tombstones"]}
            stamp = meta["stamp"]
            if not isinstance(stamp, dict):
                return None
            return obj, stamp
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RuntimeError) as exc:
            log.warning("face index %s unreadable (%s): it will be rebuilt", folder, exc)
            return None

    def __repr__(self) -> str:
        return (
            f"FaceIndex(dim={self.dim}, normalize={self.normalize}, kind={self._kind}, "
            f"size={len(self)}, tombstones={len(self._tombstones)})"
        )


def delete_saved_indexes(root: Path) -> int:
    """Delete every saved index under ``root`` (one folder per embedder): after an erasure
    the files would still hold the erased vectors. The index is derived data: whoever opens
    the gallery next rebuilds it from the database. Returns how many files went. A file
    open elsewhere (Windows: another process saving it, a scanner) is waited for a moment
    (``fileio.remove_retrying``); one that stays does not keep the others: the first such
    error is raised after them."""
    removed = 0
    if not root.is_dir():
        return 0
    refused: list[OSError] = []
    for folder in [root, *(p for p in root.iterdir() if p.is_dir())]:
        for path in [folder / INDEX_FILE, folder / META_FILE, *folder.glob(".index-*")]:
            try:
                removed += remove_retrying(path)
            except OSError as exc:
                refused.append(exc)
    if refused:
        raise refused[0]
    return removed


def remove_stale_temp_files(folder: Path, *, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Delete ``.index-*`` files a killed ``save`` left behind; returns how many went."""
    import time

    removed = 0
    cutoff = time.time() - older_than
    for path in folder.glob(".index-*"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:  # gone already, or not ours to delete: harmless
            continue
    if removed:
        log.info("removed %d temp file(s) of an interrupted index save in %s", removed, folder)
    return removed
