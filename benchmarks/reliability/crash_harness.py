"""Crash-safety harness: run ``crash_worker.py``, SIGKILL it at random points, check the data.

Used by ``benchmarks/reliability/crash_safety.py`` (>= 200 kills) and
``tests/reliability/test_crash_safety.py`` (a few dozen). After every kill:

- ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA foreign_key_check`` is empty;
- every person/event the killed worker printed as COMMITTED is in the database, each person
  with exactly the template ids it reported;
- no half enrollment: no template without its person, no person without templates, and each
  person's templates are exactly the ones its ``person.enroll`` audit entry lists (person,
  templates and audit entry are one transaction); the audit hash chain is intact;
- the FAISS index reconciliation a restart does (``Gallery.open``: load the saved index if
  its stamp matches the database, else rebuild) ends with index ids == the database's template
  ids for the embedder and the same vectors (checked on a copy of the index folder, so the
  next worker start still sees what the killed one left);
- the next worker's start reports a gallery of that size (loaded or rebuilt).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

WORKER = Path(__file__).resolve().parent / "crash_worker.py"
REPO = Path(__file__).resolve().parents[2]


@dataclass
class Claims:
    """What killed workers reported as committed, accumulated over all runs."""

    persons: dict[int, set[int]] = field(default_factory=dict)
    events: dict[int, tuple[int, str]] = field(default_factory=dict)
    ready: list[tuple[str, int]] = field(default_factory=list)  # (loaded|rebuilt, size)
    errors: list[str] = field(default_factory=list)  # tracebacks in worker output

    def parse(self, text: str) -> tuple[str, int] | None:
        ready: tuple[str, int] | None = None
        complete = text[: text.rfind("\n") + 1] if "\n" in text else ""
        for line in complete.splitlines():
            parts = line.split()
            if line.startswith("COMMITTED person "):
                tids = {int(t) for t in parts[4].split(",") if t}
                self.persons[int(parts[2])] = tids
            elif line.startswith("COMMITTED event "):
                self.events[int(parts[2])] = (int(parts[4]), parts[6])
            elif line.startswith("READY gallery "):
                ready = (parts[2], int(parts[4]))
                self.ready.append(ready)
        if "Traceback" in text:
            self.errors.append(text[text.find("Traceback") :][-2000:])
        return ready


@dataclass
class Check:
    integrity: str
    fk_violations: int
    persons: int
    templates: int
    events: int
    missing_persons: list[int]
    wrong_templates: list[int]
    missing_events: list[int]
    orphan_templates: int
    persons_without_templates: list[int]
    audit_mismatch: list[int]
    audit_chain_broken_at: int | None
    duplicate_events: int
    index_loaded: bool
    index_ids_match: bool
    index_vectors_match: bool
    index_temp_files: int
    plaintext_templates: int = 0  # template rows stored unencrypted while encryption is on
    encrypted: bool = False

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.fk_violations == 0
            and not self.missing_persons
            and not self.wrong_templates
            and not self.missing_events
            and self.orphan_templates == 0
            and not self.persons_without_templates
            and not self.audit_mismatch
            and self.audit_chain_broken_at is None
            and self.duplicate_events == 0
            and self.index_ids_match
            and self.index_vectors_match
            and self.plaintext_templates == 0
        )


def verify(data_dir: Path, claims: Claims) -> Check:
    """Check the database and index a killed worker left behind (read-only for both)."""
    from benchmarks.reliability.crash_worker import worker_settings
    from desktop_app.context import AppContext
    from desktop_app.recognition.gallery import decode_embedding
    from desktop_app.security.crypto import protector_for, recorded_key_id, template_aad
    from desktop_app.storage.db import Database
    from desktop_app.storage.repositories import Audit

    db_path = data_dir / "attendance.sqlite3"
    if not db_path.exists():  # killed before the database file was created
        lost = [-1] if claims.persons or claims.events else []
        return Check("ok", 0, 0, 0, 0, [], [], lost, 0, [], [], None, 0, False, True, True, 0)
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        fk = len(con.execute("PRAGMA foreign_key_check").fetchall())
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "people" not in tables:  # killed before the first migration committed
            empty = not claims.persons and not claims.events
            return Check(
                integrity,
                fk,
                0,
                0,
                0,
                [],
                [],
                [] if empty else [-1],
                0,
                [],
                [],
                None,
                0,
                False,
                True,
                True,
                0,
            )
        tpl: dict[int, set[int]] = {}
        for tid, pid in con.execute("SELECT id, person_id FROM face_templates"):
            tpl.setdefault(pid, set()).add(tid)
        people = {r[0] for r in con.execute("SELECT id FROM people")}
        events = {
            r[0]: (r[1], r[2], r[3])
            for r in con.execute("SELECT id, person_id, at_utc, status FROM attendance_events")
        }
        orphans = con.execute(
            "SELECT count(*) FROM face_templates t LEFT JOIN people p ON p.id = t.person_id "
            "WHERE p.id IS NULL"
        ).fetchone()[0]
        dup = con.execute(
            "SELECT count(*) FROM (SELECT person_id, at_utc, count(*) c FROM attendance_events "
            "GROUP BY person_id, at_utc HAVING c > 1)"
        ).fetchone()[0]
        audit = {}
        for target, details in con.execute(
            "SELECT target, details FROM audit_log WHERE action = 'person.enroll'"
        ):
            audit[int(target.split(":")[1])] = set(json.loads(details)["templates"])
    finally:
        con.close()

    missing_p = sorted(p for p in claims.persons if p not in people)
    wrong_t = sorted(p for p, t in claims.persons.items() if p in people and tpl.get(p) != t)
    missing_e = sorted(
        e
        for e, (pid, _at) in claims.events.items()
        if e not in events or events[e][0] != pid or events[e][2] != "valid"
    )
    no_tpl = sorted(p for p in people if not tpl.get(p))
    audit_bad = sorted(p for p in people if audit.get(p) != tpl.get(p, set()))

    db = Database(f"sqlite:///{db_path}")
    try:
        with tempfile.TemporaryDirectory(prefix="crash-index-") as tmp:
            index_src = data_dir / "index"
            temp_files = 0
            vdata = Path(tmp) / "data"
            vdata.mkdir()
            if index_src.exists():
                shutil.copytree(index_src, vdata / "index")
                temp_files = sum(1 for p in index_src.rglob(".index-*"))
            # What a restart does, wired as the app wires it (AppContext: sealed index,
            # decrypting gallery), on a copy of the index folder so the next worker still
            # finds what the killed one left. No models are needed to open a gallery.
            settings = worker_settings(vdata, key_dir=data_dir.parent / "keys", database_url=db.url)
            ctx = AppContext(settings)
            ctx.__dict__["db"] = db
            # the model the worker enrolled with (the settings' default embedder)
            used = db.run(
                lambda s: (
                    s.connection()
                    .exec_driver_sql("SELECT embedder_id, dim FROM face_templates LIMIT 1")
                    .first()
                )
            )
            # (no template yet: an empty gallery opens with any dimension)
            emb_id, emb_dim = used if used else (settings.recognition.embedder, 1)
            ctx.__dict__["pipeline"] = SimpleNamespace(
                embedder=SimpleNamespace(id=str(emb_id), dim=int(emb_dim))
            )
            # read-only: never create a key (protector_for would for a database without one)
            protector = protector_for(settings, db) if recorded_key_id(db) else None
            ctx.__dict__["protector"] = protector
            # the audit chain is signed with the data key: verified once the key is loaded
            broken = db.run(lambda s: Audit(s).verify())
            gallery = ctx.gallery
            all_ids = sorted(t for ts in tpl.values() for t in ts)
            ids = gallery.index.ids().tolist()
            ids_match = ids == all_ids
            vectors_ok = True
            rows = db.run(
                lambda s: (
                    s.connection()
                    .exec_driver_sql(
                        "SELECT id, person_id, kind, embedder_id, embedding, dim, encrypted "
                        "FROM face_templates ORDER BY id"
                    )
                    .all()
                )
            )
            plaintext = sum(1 for r in rows if not r[6])
            if ids_match and ids:
                vecs = []
                for _tid, pid, kind, emb_id, blob, dim, encrypted in rows:
                    if encrypted:
                        assert protector is not None, "encrypted rows but no key recorded"
                        blob = protector.open(blob, template_aad(pid, emb_id, kind, "embedding"))
                    vecs.append(decode_embedding(blob, dim))
                want = np.stack(vecs)
                if gallery.normalize:
                    want /= np.linalg.norm(want, axis=1, keepdims=True)
                got = gallery.index.vectors(np.asarray(ids))
                vectors_ok = bool(np.allclose(got, want, atol=1e-5))
            loaded = gallery.loaded_from_disk
    finally:
        db.dispose()
    return Check(
        integrity=integrity,
        fk_violations=fk,
        persons=len(people),
        templates=sum(len(t) for t in tpl.values()),
        events=len(events),
        missing_persons=missing_p,
        wrong_templates=wrong_t,
        missing_events=missing_e,
        orphan_templates=orphans,
        persons_without_templates=no_tpl,
        audit_mismatch=audit_bad,
        audit_chain_broken_at=broken,
        duplicate_events=dup,
        index_loaded=loaded,
        index_ids_match=ids_match,
        index_vectors_match=vectors_ok,
        index_temp_files=temp_files,
        plaintext_templates=plaintext if protector is not None else 0,
        encrypted=protector is not None,
    )


class ForkServer:
    """``crash_worker.py --serve`` in the venv python: one fork per run, imports paid once."""

    def __init__(self, python: str = sys.executable) -> None:
        env = dict(os.environ, PYTHONPATH=str(REPO), OMP_NUM_THREADS="1")
        self.proc = subprocess.Popen(
            [python, str(WORKER), "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        assert self.proc.stdout is not None and self.proc.stdin is not None
        line = self.proc.stdout.readline()
        if not line.startswith("SERVING"):
            raise RuntimeError(f"crash worker server did not start: {line!r}")

    def run_and_kill(self, argv: list[str], out: Path, delay: float, after_ready: bool) -> bool:
        """Start a worker, SIGKILL it ``delay`` s after its start (or after it printed READY);
        False if it exited by itself."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"argv": argv, "out": str(out)}) + "\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline().split()[1])
        if after_ready:
            _wait_ready(out, lambda: _alive(pid))
        time.sleep(delay)
        killed = True
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            killed = False
        status_line = self.proc.stdout.readline().split()
        status = int(status_line[2])
        return killed and os.WIFSIGNALED(status)

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


def _wait_ready(out: Path, alive: Any, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end and alive():
        if out.exists() and b"READY" in out.read_bytes():
            return
        time.sleep(0.02)


def run_fresh_and_kill(argv: list[str], out: Path, delay: float, after_ready: bool) -> bool:
    """The same with a fresh interpreter (what a real crash-and-restart costs)."""
    env = dict(os.environ, PYTHONPATH=str(REPO), OMP_NUM_THREADS="1")
    with open(out, "ab") as fh:
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), *argv], stdout=fh, stderr=fh, cwd=REPO, env=env
        )
        if after_ready:
            _wait_ready(out, lambda: proc.poll() is None)
        time.sleep(delay)
        if proc.poll() is not None:
            return False
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


@dataclass
class CrashReport:
    runs: int = 0
    kills: int = 0
    startup_kills: int = 0
    checks_ok: int = 0
    failures: list[str] = field(default_factory=list)
    index_loaded: int = 0
    index_rebuilt: int = 0
    encrypted_runs: int = 0
    ready_size_mismatch: int = 0
    max_index_temp_files: int = 0
    persons: int = 0
    templates: int = 0
    events: int = 0
    claimed_persons: int = 0
    claimed_events: int = 0
    worker_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["failures"] = self.failures[:10]
        d["worker_errors"] = self.worker_errors[:3]
        return d


def run_campaign(
    work: Path,
    models: Path,
    *,
    kills: int,
    seed: int = 0,
    max_delay: float = 1.5,
    startup_share: float = 0.2,
    fresh_every: int = 0,
    images: list[Path] | None = None,
    progress: Any = None,
) -> CrashReport:
    """``kills`` runs of the worker on one data dir, each SIGKILLed at a random time."""
    rng = random.Random(seed)
    data_dir = work / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    claims = Claims()
    report = CrashReport()
    started = time.perf_counter()
    server = ForkServer()
    last_count: int | None = None
    try:
        for run in range(kills):
            out = work / f"run-{run:04d}.txt"
            argv = ["--data-dir", str(data_dir), "--models", str(models), "--seed", str(run)]
            for img in images or []:
                argv += ["--image", str(img)]
            # Most kills land while the worker enrolls and marks; some during its start
            # (migration, index load or rebuild, model load).
            after_ready = rng.random() >= startup_share
            delay = rng.uniform(0.0, max_delay if after_ready else 2.0)
            if fresh_every and run % fresh_every == 0:
                killed = run_fresh_and_kill(argv, out, delay, after_ready)
            else:
                killed = server.run_and_kill(argv, out, delay, after_ready)
            report.startup_kills += int(not after_ready)
            report.runs += 1
            report.kills += int(killed)
            # (a kill right after the fork can come before the worker opened its output)
            text = out.read_text(errors="replace") if out.exists() else ""
            ready = claims.parse(text)
            if claims.errors:
                report.worker_errors += claims.errors
                claims.errors = []
            if ready is not None and last_count is not None and ready[1] != last_count:
                report.ready_size_mismatch += 1
                report.failures.append(
                    f"run {run}: start saw {ready[1]} templates, db {last_count}"
                )
            check = verify(data_dir, claims)
            last_count = check.templates
            report.index_loaded += int(check.index_loaded)
            report.index_rebuilt += int(not check.index_loaded)
            report.encrypted_runs += int(check.encrypted)
            report.max_index_temp_files = max(report.max_index_temp_files, check.index_temp_files)
            if check.ok:
                report.checks_ok += 1
            else:
                report.failures.append(f"run {run} (killed at {delay:.2f} s): {check}")
            if progress is not None:
                progress(run, killed, check)
    finally:
        server.close()
    report.persons, report.templates, report.events = check.persons, check.templates, check.events
    report.claimed_persons, report.claimed_events = len(claims.persons), len(claims.events)
    report.seconds = time.perf_counter() - started
    return report
