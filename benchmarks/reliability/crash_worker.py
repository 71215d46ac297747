"""Crash-safety worker: enrolls people and marks attendance until it is killed.

Run by ``benchmarks/reliability/crash_safety.py`` (and ``tests/reliability``) with SIGKILL at
random points. It uses the real code paths end to end: ``open_database`` (migrations, WAL),
``build_gallery`` (FAISS index loaded or rebuilt from the database stamp),
``EnrollmentService.enroll`` with the real default models, and
``AttendanceService.mark``, wired by ``AppContext`` as the app does (encryption at rest on:
templates, chips, probes and the saved index are sealed with the data key). It prints
one line on stdout ONLY after a call that commits has returned:

    READY gallery <loaded|rebuilt> size <n>
    COMMITTED person <id> templates <id,id,...>
    COMMITTED event <id> person <pid> at <iso time>

so the parent knows exactly what was durable when the kill arrived.

Faces: ``--image`` files (real photos through ``load_image``) or, without any, scikit-image's
astronaut (public domain) with small shifts, so every sample is a real face the real detector
finds. ``allow_lookalike`` is on: the same face is enrolled many times on purpose.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path
from typing import Any

import cv2
import numpy as np


def _astronaut_frames(n: int) -> list[np.ndarray]:
    from skimage import data

    base = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    return [np.ascontiguousarray(np.roll(base, 6 * i, axis=1)) for i in range(n)]


def worker_settings(
    data_dir: Path,
    seed: int = 0,
    models: Path | None = None,
    key_dir: Path | None = None,
    database_url: str | None = None,
) -> Any:
    """Settings of a crash worker (also used by the verifier): data dir, key file beside it,
    entry mode without cooldown so every mark is a new event. ``models`` is linked into the
    data dir once (``AppContext`` finds its models there)."""
    from desktop_app.config import load_settings

    data_dir.mkdir(parents=True, exist_ok=True)
    link = data_dir / "models"
    if models is not None and not link.exists():
        link.symlink_to(models.resolve())
    cfg = data_dir.parent / f"{data_dir.name}-settings.toml"
    cfg.touch()
    return load_settings(
        config_file=cfg,
        environ={},
        data_dir=data_dir,
        attendance={"mode": "entry", "cooldown_seconds": 0, "device": f"crash-{seed}"},
        privacy={"key_store": "file", "key_dir": str(key_dir or data_dir.parent / "keys")},
        database_url=database_url,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data-dir", type=Path, required=True)
    ap.add_argument("--models", type=Path, required=True, help="a built models folder")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--image", type=Path, action="append", default=[])
    ap.add_argument("--enroll-share", type=float, default=0.3, help="share of enrollments")
    ap.add_argument("--max-ops", type=int, default=10_000)
    args = ap.parse_args(argv)
    worker_settings(args.data_dir, args.seed, args.models)  # link the models first

    from sqlalchemy import func, select

    from desktop_app.context import AppContext
    from desktop_app.storage.repositories import People
    from desktop_app.storage.schema import AttendanceEvent
    from desktop_app.vision.image_io import load_image

    settings = worker_settings(args.data_dir, args.seed)
    rng = random.Random(args.seed)
    # The app's own wiring: encryption at rest (key in a 0600 file beside the data dir),
    # the gallery with its sealed index, enrollment and attendance with the Protector.
    ctx = AppContext(settings)
    db = ctx.db
    gallery = ctx.gallery
    enrollment = ctx.enrollment
    attendance = ctx.attendance
    sources: list[np.ndarray] = (
        [load_image(p) for p in args.image] if args.image else _astronaut_frames(4)
    )
    state = "loaded" if gallery.loaded_from_disk else "rebuilt"
    print(f"READY gallery {state} size {gallery.size}", flush=True)

    # Marks use a synthetic clock one second apart, after every stored mark, so each call
    # is a new event (entry mode, no cooldown: the idempotency token is per second).
    last = db.run(lambda s: s.scalar(select(func.max(AttendanceEvent.at_utc))))
    at = (last or dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)) + dt.timedelta(seconds=1)
    people = db.run(lambda s: [p.id for p in People(s).list()])
    for op in range(args.max_ops):
        if not people or rng.random() < args.enroll_share:
            # several shifted astronauts, or one photo (the photos are different people)
            k = 1 if args.image else rng.randint(1, min(3, len(sources)))
            picked = rng.sample(sources, k)
            res = enrollment.enroll(
                f"crash {args.seed}-{op}",
                picked,
                consent=True,
                allow_lookalike=True,
                group=rng.choice(["A", "B", None]),
            )
            ids = ",".join(str(t.id) for t in res.templates)
            print(f"COMMITTED person {res.person.id} templates {ids}", flush=True)
            people.append(res.person.id)
        else:
            pid = rng.choice(people)
            res = attendance.mark(pid, at=at, source="camera", score=0.3)
            at += dt.timedelta(seconds=1)
            if res.event is None:
                print(f"NOTE mark {pid} -> {res.status}", flush=True)
                continue
            print(
                f"COMMITTED event {res.event.id} person {pid} at {res.event.at_utc.isoformat()} "
                f"status {res.status}",
                flush=True,
            )
    print("DONE", flush=True)
    return 0


def serve() -> int:
    """Fork server: import everything once, then fork one worker per request.

    Each stdin line is a JSON object ``{"argv": [...], "out": "/path/stdout.txt"}``; the
    server forks, the child runs :func:`main` with its stdout appended to ``out`` (each line
    reaches the file with its own ``write``, so nothing printed is lost by a SIGKILL), and
    the server prints ``PID <pid>`` then, once the child is gone, ``EXIT <pid> <status>``.
    Saves the 2-4 s of imports per kill on a busy machine; the child is a real process that
    opens the database, models and index itself.
    """
    import json
    import os

    import onnxruntime  # noqa: F401
    import skimage.data  # noqa: F401

    import desktop_app.attendance.service
    import desktop_app.context
    import desktop_app.modelzoo.registry
    import desktop_app.recognition.enrollment
    import desktop_app.recognition.gallery
    import desktop_app.security.crypto
    import desktop_app.storage.db
    import desktop_app.vision.pipeline  # noqa: F401

    print("SERVING", flush=True)
    for line in sys.stdin:
        req = json.loads(line)
        pid = os.fork()
        if pid == 0:  # child
            fd = os.open(req["out"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            os.close(fd)
            sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
            code = 1
            try:
                code = main(req["argv"])
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                os._exit(code)
        print(f"PID {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"EXIT {pid} {status}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(serve() if sys.argv[1:] == ["--serve"] else main())
