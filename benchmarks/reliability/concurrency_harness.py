"""Several ``mark_worker.py`` devices on one database; compare what they report with the rows.

Used by ``benchmarks/reliability/concurrency.py`` and ``tests/reliability/test_concurrency.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WORKER = Path(__file__).resolve().parent / "mark_worker.py"
REPO = Path(__file__).resolve().parents[2]
DESCRIPTOR = REPO / "tests" / "fixtures" / "astronaut_dlib.npz"


@dataclass
class ConcurrencyReport:
    backend: str
    devices: int
    rate_per_device: float
    seconds: float
    marks_sent: int = 0
    achieved_rate: list[float] = field(default_factory=list)
    events_in_db: int = 0
    expected_events: int = 0
    lost: int = 0
    duplicated: int = 0
    resend_mismatch: int = 0
    shared_conflicts: int = 0  # shared (person, time) with != 1 event or differing ids
    errors_reaching_user: int = 0
    locked_errors_reaching_user: int = 0
    error_samples: list[str] = field(default_factory=list)
    mark_ms_p99: list[float] = field(default_factory=list)
    client_cpu_ms_per_mark: list[float] = field(default_factory=list)
    visibility_s: list[float] = field(default_factory=list)
    enrolled: int = 0
    not_seen: int = 0
    # seen later than the first gallery refresh that began after the enrolment committed
    seen_late: int = 0
    worker_failures: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["error_samples"] = sorted(set(self.error_samples))[:5]
        vis = self.visibility_s
        d["visibility_s"] = (
            {
                "n": len(vis),
                "median": round(statistics.median(vis), 3),
                "max": round(max(vis), 3),
            }
            if vis
            else {"n": 0}
        )
        return d


def prepare(
    url: str, devices: int, own_per_device: int, shared: int
) -> tuple[list[list[int]], list[int]]:
    """Migrate the database and create each device's people and the shared ones."""
    from desktop_app.storage.db import Database
    from desktop_app.storage.repositories import People

    db = Database(url)
    try:
        db.upgrade(backup=False)

        def tx(s: Any) -> tuple[list[list[int]], list[int]]:
            people = People(s)
            own = [
                [people.add(f"dev{d} person {i}").id for i in range(own_per_device)]
                for d in range(devices)
            ]
            common = [people.add(f"shared {i}").id for i in range(shared)]
            return own, common

        return db.run(tx)
    finally:
        db.dispose()


def run(
    url: str,
    work: Path,
    *,
    devices: int,
    rate: float,
    seconds: float,
    own_per_device: int = 20,
    shared: int = 5,
    enroll_every: float = 1.0,
    watch_every: float = 0.1,
    resend: float = 0.02,
    backend: str = "sqlite",
    timeout: float = 600.0,
) -> ConcurrencyReport:
    own, common = prepare(url, devices, own_per_device, shared)
    go = work / "go"
    go.unlink(missing_ok=True)
    enrolled_file = work / "enrolled"
    enrolled_file.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(REPO), OMP_NUM_THREADS="1")
    procs: list[tuple[subprocess.Popen[bytes], Path]] = []
    for d in range(devices):
        out = work / f"device{d}.txt"
        argv = [
            sys.executable,
            str(WORKER),
            "--url",
            url,
            "--data-dir",
            str(work / f"dev{d}"),
            "--device",
            str(d),
            "--own",
            ",".join(map(str, own[d])),
            "--shared",
            ",".join(map(str, common)),
            "--rate",
            str(rate),
            "--seconds",
            str(seconds),
            "--resend",
            str(resend),
            "--seed",
            str(d),
            "--go-file",
            str(go),
        ]
        if d == 0 and enroll_every:
            argv += ["--enroll-every", str(enroll_every), "--descriptor", str(DESCRIPTOR)]
            argv += ["--enrolled-file", str(enrolled_file)]
        if d == 1 and watch_every:
            argv += ["--watch", str(watch_every), "--descriptor", str(DESCRIPTOR)]
            if enroll_every:
                argv += ["--until-file", str(enrolled_file)]
        fh = open(out, "wb")  # noqa: SIM115
        procs.append((subprocess.Popen(argv, stdout=fh, stderr=subprocess.STDOUT, env=env), out))
        fh.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = sum(1 for _, out in procs if b"READY" in out.read_bytes())
        if ready == devices or any(p.poll() is not None for p, _ in procs):
            break
        time.sleep(0.05)
    go.touch()
    for p, _ in procs:
        try:
            p.wait(max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
    return analyze(url, procs, devices, rate, seconds, backend)


def _late(enrolled_at: float, seen_at: float, refreshes: list[float]) -> bool:
    """Seen after the refresh that followed the first one begun after the commit (the
    watcher reports a new person right after the identify that refreshed), so a slow
    machine's delays do not count, a gallery that missed a committed enrolment does."""
    after = sorted(r for r in refreshes if r >= enrolled_at)
    return len(after) >= 2 and seen_at > after[1]


def analyze(
    url: str,
    procs: list[tuple[subprocess.Popen[bytes], Path]],
    devices: int,
    rate: float,
    seconds: float,
    backend: str,
) -> ConcurrencyReport:
    from sqlalchemy import text

    from desktop_app.storage.db import Database

    rep = ConcurrencyReport(backend, devices, rate, seconds)
    own_ok: dict[tuple[int, int], int] = {}  # (pid, at) -> event id
    shared_ids: dict[tuple[int, int], set[int]] = {}
    enrolled: dict[int, float] = {}
    seen: dict[int, float] = {}
    refreshes: list[float] = []
    for p, out in procs:
        text_ = out.read_text(errors="replace")
        if p.returncode != 0 or "Traceback" in text_:
            rep.worker_failures.append(text_[-1500:])
        for line in text_.splitlines():
            parts = line.split(" ")
            if parts[0] == "OK":
                tag, pid, at, eid = parts[1], int(parts[2]), int(parts[3]), int(parts[4])
                if tag == "own":
                    if (pid, at) in own_ok:
                        rep.duplicated += 1  # the same own mark twice: a harness error
                    own_ok[(pid, at)] = eid
                elif tag == "shared":
                    shared_ids.setdefault((pid, at), set()).add(eid)
                else:  # resend: the same event as the first send
                    first = own_ok.get((pid, at))
                    ids = shared_ids.get((pid, at))
                    if (first is not None and first != eid) or (ids and eid not in ids):
                        rep.resend_mismatch += 1
            elif parts[0] == "ERR":
                rep.error_samples.append(" ".join(parts[1:])[:200])
            elif parts[0] == "STATS":
                st = json.loads(line[6:])
                rep.marks_sent += st["marks"]
                rep.achieved_rate.append(st["rate"])
                rep.errors_reaching_user += st["errors_reaching_user"]
                rep.locked_errors_reaching_user += st["locked_errors_reaching_user"]
                rep.mark_ms_p99.append(st["mark_ms_p99"])
                rep.client_cpu_ms_per_mark.append(st.get("client_cpu_ms_per_mark", -1))
            elif parts[0] == "ENROLLED":
                enrolled[int(parts[1])] = float(parts[2])
            elif parts[0] == "SEEN":
                seen[int(parts[1])] = float(parts[2])
            elif parts[0] == "REFRESH":
                refreshes.append(float(parts[1]))

    db = Database(url)
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT id, person_id, at_utc, status FROM attendance_events")
            ).all()
    finally:
        db.dispose()
    by_key: dict[tuple[int, int], list[int]] = {}
    for eid, pid, at, _status in rows:
        if isinstance(at, str):
            at = dt.datetime.fromisoformat(at)
        key = (int(pid), int(at.replace(tzinfo=dt.UTC).timestamp()))
        by_key.setdefault(key, []).append(int(eid))
    rep.events_in_db = len(rows)
    rep.duplicated += sum(len(v) - 1 for v in by_key.values() if len(v) > 1)
    rep.lost += sum(1 for k, eid in own_ok.items() if by_key.get(k) != [eid])
    for k, ids in shared_ids.items():
        if len(ids) != 1 or by_key.get(k) != sorted(ids):
            rep.shared_conflicts += 1
    rep.expected_events = len(own_ok) + len(shared_ids)
    rep.lost += max(0, rep.expected_events - rep.events_in_db)
    # marks that never succeeded (gave up) are lost too
    own_sent = rep.marks_sent - sum(len(v) for v in shared_ids.values())
    rep.enrolled = len(enrolled)
    rep.visibility_s = [seen[p] - t for p, t in enrolled.items() if p in seen]
    rep.not_seen = sum(1 for p in enrolled if p not in seen)
    rep.seen_late = sum(
        1 for p, t in enrolled.items() if p in seen and _late(t, seen[p], refreshes)
    )
    del own_sent
    return rep
