"""Concurrency worker: one "device" marking attendance at a fixed rate on a shared database.

Run several at once on one SQLite file or PostgreSQL database
(``benchmarks/reliability/concurrency.py``, ``tests/reliability/test_concurrency.py``).
Everything goes through ``AttendanceService.mark`` (rules in one transaction, idempotency
token per mark, ``Database.run`` retrying "database is locked" with backoff).

Each tick marks either one of this device's own people (a new event every time: entry mode,
no cooldown, one synthetic second per person and mark) or, every ``--shared-every``-th tick,
a person that every device marks at the same synthetic time (two kiosks at one door: exactly
one event may result). An error that reaches the caller is counted (``ERR``) and the mark is
retried with the same arguments, as a UI would; ``--resend`` re-sends a share of successful
marks (a client that timed out and retries) and must get the same event back.

Optional roles: ``--enroll-every S`` inserts a person with a real dlib descriptor every S
seconds (``ENROLLED <pid> <time>``) and touches ``--enrolled-file`` when it is done;
``--watch S`` identifies a face every S seconds in a thread, as a recognizer does, prints
``REFRESH <time>`` when its gallery starts a refresh from the database and
``SEEN <pid> <time>`` when a new person appears. After its own marks it watches on until
``--until-file`` exists and then until one refresh has started after that (at most
``--watch-max`` s), so an enrolment that a loaded machine delayed is still looked for.

Output lines (one ``write`` each, to stdout):
``OK <own|shared|resend> <pid> <at_epoch> <event_id> <status>``, ``ERR <class> <message>``,
``STATS <json>`` at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import threading
import time
from pathlib import Path

import numpy as np

BASE = dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--data-dir", type=Path, required=True)
    ap.add_argument("--device", type=int, required=True)
    ap.add_argument("--own", required=True, help="comma-separated person ids of this device")
    ap.add_argument("--shared", default="", help="person ids every device marks")
    ap.add_argument("--shared-every", type=int, default=10)
    ap.add_argument("--rate", type=float, default=50.0)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--resend", type=float, default=0.02)
    ap.add_argument("--go-file", type=Path, help="print READY, start when this file exists")
    ap.add_argument("--enroll-every", type=float, default=0.0)
    ap.add_argument("--watch", type=float, default=0.0)
    ap.add_argument("--enrolled-file", type=Path, help="touched when the enrolments are done")
    ap.add_argument("--until-file", type=Path, help="watch on until this file exists")
    ap.add_argument("--watch-max", type=float, default=30.0)
    ap.add_argument("--descriptor", type=Path, help="npz with a real 'descriptor'")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    from desktop_app.attendance.service import AttendanceService
    from desktop_app.config import load_settings
    from desktop_app.errors import AppError
    from desktop_app.storage.db import open_database

    cfg = args.data_dir / "settings.toml"
    args.data_dir.mkdir(parents=True, exist_ok=True)
    cfg.touch()
    settings = load_settings(
        config_file=cfg,
        environ={},
        data_dir=args.data_dir,
        database_url=args.url,
        attendance={"mode": "entry", "cooldown_seconds": 0, "device": f"dev{args.device}"},
    )
    db = open_database(settings)
    service = AttendanceService(settings, db)
    rng = random.Random(args.seed)
    own = [int(x) for x in args.own.split(",") if x]
    shared = [int(x) for x in args.shared.split(",") if x]
    out = sys.stdout
    lock = threading.Lock()

    def emit(line: str) -> None:
        with lock:
            out.write(line + "\n")
            out.flush()

    stop = threading.Event()
    threads: list[threading.Thread] = []
    if args.watch:
        # the gallery is opened (and who is in it noted) before READY, not in the thread: a
        # loaded machine could otherwise open it after the first enrolment and never report it
        watch = _watcher(db, settings, args.watch, stop, emit, args.descriptor)
        threads.append(
            threading.Thread(
                target=watch, kwargs={"until_file": args.until_file, "most": args.watch_max}
            )
        )
    if args.enroll_every:
        threads.append(
            threading.Thread(
                target=_enroll,
                args=(db, args.descriptor, args.enroll_every, stop, emit),
                kwargs={"done_file": args.enrolled_file},
            )
        )

    errors = 0
    locked = 0
    retries = 0
    own_tick = 0
    shared_tick = 0
    n = int(args.rate * args.seconds)
    if args.go_file:
        emit("READY")
        while not args.go_file.exists():
            time.sleep(0.01)
    for t in threads:
        t.start()
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    latencies: list[float] = []
    for i in range(n):
        due = t0 + i / args.rate
        wait = due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        if shared and i % args.shared_every == args.shared_every - 1:
            pid = shared[shared_tick % len(shared)]
            at = BASE + dt.timedelta(seconds=shared_tick // len(shared))
            shared_tick += 1
            what = "shared"
        else:
            pid = own[own_tick % len(own)]
            at = BASE + dt.timedelta(days=1, seconds=own_tick // len(own))
            own_tick += 1
            what = "own"
        sends = 2 if rng.random() < args.resend else 1
        for send in range(sends):
            for attempt in range(10):
                started = time.perf_counter()
                try:
                    res = service.mark(pid, at=at, source="camera", score=0.3)
                except AppError as exc:  # what a user would see
                    errors += 1
                    locked += int("locked" in str(exc).lower())
                    emit(f"ERR {type(exc).__name__} {str(exc)[:300]!r}")
                    retries += 1
                    time.sleep(0.05 * (attempt + 1))
                    continue
                latencies.append(time.perf_counter() - started)
                ev = res.event
                tag = what if send == 0 else "resend"
                emit(f"OK {tag} {pid} {int(at.timestamp())} {ev.id if ev else -1} {res.status}")
                break
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    stop.set()  # the watcher decides itself how long to go on (see _watch)
    for t in threads:
        t.join()
    lat = np.asarray(latencies) * 1000 if latencies else np.zeros(1)
    emit(
        "STATS "
        + json.dumps(
            {
                "device": args.device,
                "marks": n,
                "seconds": round(elapsed, 2),
                "rate": round(n / elapsed, 1),
                "errors_reaching_user": errors,
                "locked_errors_reaching_user": locked,
                "user_retries": retries,
                "mark_ms_p50": round(float(np.percentile(lat, 50)), 2),
                "mark_ms_p99": round(float(np.percentile(lat, 99)), 2),
                "mark_ms_max": round(float(lat.max()), 2),
                "client_cpu_ms_per_mark": round(cpu / max(n, 1) * 1000, 2),
            }
        )
    )
    db.dispose()
    return 0


def _enroll(db, descriptor: Path | None, every: float, stop, emit, done_file=None) -> None:
    """Device A: a new person with one template (a real descriptor, slightly jittered) in
    one transaction, as ``EnrollmentService`` writes it (person + template + audit)."""
    try:
        _enroll_people(db, descriptor, every, stop, emit)
    finally:
        if done_file is not None:
            done_file.touch()


def _enroll_people(db, descriptor: Path | None, every: float, stop, emit) -> None:
    from desktop_app.modelzoo import dlib_resnet
    from desktop_app.recognition.gallery import encode_embedding
    from desktop_app.storage.repositories import Audit, People, Templates

    base = np.load(descriptor)["descriptor"].astype(np.float32).reshape(-1)
    rng = np.random.default_rng(0)
    k = 0
    while not stop.wait(every):
        k += 1
        vec = base + rng.normal(0, 0.01, base.shape).astype(np.float32)

        def tx(s, k=k, vec=vec):
            p = People(s).add(f"visitor {k}")
            t = Templates(s).add(
                p.id,
                embedder_id=dlib_resnet.NAME,
                embedding=encode_embedding(vec),
                dim=int(vec.shape[0]),
                source="concurrency",
            )
            Audit(s).write("bench", "person.enroll", f"person:{p.id}", {"templates": [t.id]})
            return p.id

        pid = db.run(tx)
        emit(f"ENROLLED {pid} {time.time():.4f}")


def _watcher(db, settings, every: float, stop, emit, descriptor: Path | None):
    """Device B: identifies a face every ``every`` s, as a recognizer does per frame; the
    gallery refreshes itself from the database stamp (``build_gallery``'s auto refresh,
    or an explicit ``refresh()`` where the gallery has none). Reports each refresh it starts
    and people the first time they appear in its index. Runs until ``stop``, then until
    ``until_file`` exists, then until a refresh has started after that (``most`` s at the
    most: a gallery that never refreshes is reported as not seeing the new people).
    Opens the gallery now and returns the loop to run in a thread."""
    from desktop_app.modelzoo import dlib_resnet
    from desktop_app.recognition import gallery as gmod

    auto = getattr(gmod, "AUTO_REFRESH_SECONDS", None)
    kwargs = {"auto_refresh_seconds": auto} if auto is not None else {}
    gallery = gmod.Gallery(
        db,
        embedder_id=dlib_resnet.NAME,
        dim=128,
        index_dir=None,
        threshold=0.5,
        margin=0.0,
        normalize=settings.recognition.normalize,
        **kwargs,
    ).open()
    probe = (
        np.load(descriptor)["descriptor"].astype(np.float32).reshape(1, -1)
        if descriptor is not None
        else np.zeros((1, 128), np.float32)
    )
    seen = set(gallery.templates()[1].tolist())

    def watch(until_file: Path | None = None, most: float = 30.0) -> None:
        refresh = gallery.refresh
        last_refresh = 0.0

        def reported_refresh() -> bool:
            nonlocal last_refresh
            last_refresh = time.time()
            emit(f"REFRESH {last_refresh:.4f}")
            return refresh()

        gallery.refresh = reported_refresh  # the auto refresh calls it too
        calls = 0
        file_at: float | None = None

        def done() -> bool:
            nonlocal file_at
            if not stop.is_set():
                return False
            if until_file is None:
                return True
            now = time.time()
            if file_at is None:
                if not until_file.exists():
                    return False  # the enrolling device is slower; the harness bounds the wait
                file_at = now
            return last_refresh > file_at or now > file_at + most

        while not done():
            time.sleep(every)
            if auto is None:
                gallery.refresh()
            gallery.identify(probe)
            calls += 1
            now = time.time()
            for pid in set(gallery.templates()[1].tolist()) - seen:
                seen.add(pid)
                emit(f"SEEN {pid} {now:.4f}")
        emit(f"WATCHED identify_calls {calls} auto_refresh_s {auto}")

    return watch


if __name__ == "__main__":
    sys.exit(main())
