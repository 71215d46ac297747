"""Kiosk soak test: loop a real video through the real recognizer, the kiosk state machine and
the attendance service for ``--minutes`` and watch memory, events and the database lock.

    .venv/bin/python benchmarks/soak_kiosk.py --minutes 120 [--qt] [--models DIR] [--json]

- Headless core path (default): FrameSource (the video, looping) -> KioskController.process
  (the live loop: Recognizer.process_frame + the track vote -> KioskStateMachine ->
  AttendanceService.on_frame), as the kiosk's
  inference thread runs it. ``--qt`` runs the real KioskWindow offscreen instead (capture and
  inference threads, painting), for the same duration.
- RSS is sampled every ``--sample-seconds``; growth is reported from the first sample after
  warm-up (``--warmup-seconds``) to the end, with a least-squares slope (MB/hour).
- Events: the device is in check_in_out mode with a short cooldown (``--cooldown``), so people
  in the clip are marked again and again. Every mark the service reported as recorded must be
  exactly one valid row in the database (same ids, none missing, none extra); every mark
  request for a person whose last event is older than the cooldown must have been recorded
  (no dropped events); no two events of a person may lie closer than the cooldown.
- At every sample a second connection takes SQLite's write lock with a zero timeout
  (``BEGIN IMMEDIATE``): the kiosk must never leave the database locked.

Needs ../shared/data (the video and the photos to enroll). Reports numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.attendance.kiosk_state import (  # noqa: E402
    KioskController,
    KioskParams,
    KioskStateMachine,
)
from desktop_app.attendance.live import LiveLoop  # noqa: E402
from desktop_app.config import load_settings  # noqa: E402
from desktop_app.context import AppContext  # noqa: E402
from desktop_app.storage.repositories import Events  # noqa: E402
from desktop_app.vision.frames import FrameSource  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
ENROLL = {
    "Lin-Manuel Miranda": ["lin_manuel_miranda/1.png"],
    "Alex Lacamoire": ["alex_lacamoire/1.jpg", "alex_lacamoire/2.jpg", "alex_lacamoire/3.jpg"],
    "Barack Obama": ["barack_obama/1.jpg", "barack_obama/2.jpg", "barack_obama/3.jpg"],
}


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def lock_free(db_path: Path) -> bool:
    """True when another connection can take the write lock at once."""
    con = sqlite3.connect(str(db_path), timeout=0.0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()


class Recorder:
    """Wraps AttendanceService.on_frame to log every mark request and its outcome."""

    def __init__(self, service: Any, cooldown: float) -> None:
        self.service = service
        self.cooldown = cooldown
        self.requests = 0
        self.recorded_ids: list[int] = []
        self.statuses: dict[str, int] = {}
        self.dropped: list[str] = []
        self.last_event: dict[int, dt.datetime] = {}
        self.tz = service.tz
        self._lock = threading.Lock()

    def on_frame(self, result: Any, **kw: Any) -> list[Any]:
        now = self.service.now()
        marks = self.service.on_frame(result, **kw)
        with self._lock:
            for face in result.faces:
                pid = face.match.person_id
                if pid is None:
                    continue
                self.requests += 1
                last = self.last_event.get(pid)
                due = last is None or (now - last).total_seconds() > self.cooldown + 1.0
                mine = [m for m in marks if m.person_id == pid]
                for m in mine:
                    self.statuses[m.status] = self.statuses.get(m.status, 0) + 1
                    if m.status == "recorded" and m.event is not None:
                        self.recorded_ids.append(m.event.id)
                        self.last_event[pid] = m.event.at_utc
                if not mine:
                    self.statuses["quiet (handled moments ago)"] = (
                        self.statuses.get("quiet (handled moments ago)", 0) + 1
                    )
                if due and not any(m.status == "recorded" for m in mine):
                    self.dropped.append(
                        f"person {pid} at {now:%H:%M:%S}: {[m.status for m in mine]}"
                    )
        return marks

    def __getattr__(self, name: str) -> Any:
        return getattr(self.service, name)


def setup(args: argparse.Namespace, root: Path) -> AppContext:
    cfg = root / "settings.toml"
    cfg.write_text(
        "[attendance]\n"
        'mode = "check_in_out"\n'
        f"cooldown_seconds = {int(args.cooldown)}\n"
        'device = "soak-kiosk"\n'
        "[kiosk]\nsound = false\n"
        f"greeting_seconds = {args.greeting}\n",
        "utf-8",
    )
    data = root / "data"
    data.mkdir()
    if args.models:
        (data / "models").symlink_to(Path(args.models).resolve())
    settings = load_settings(config_file=cfg, environ={}, data_dir=data)
    ctx = AppContext(settings, scene="kiosk")  # the kiosk's camera: short range
    for name, files in ENROLL.items():
        ctx.enrollment.enroll(
            name, [SHARED / "faces" / f for f in files], consent=True, consent_by="soak"
        )
    return ctx


def kiosk_controller(ctx: AppContext, recorder: Recorder) -> KioskController:
    """The controller the kiosk window builds (its live loop with the shipped track evidence,
    hand-over split and second factor), marking through ``recorder``."""
    loop = LiveLoop.for_context(ctx, source="camera")
    loop.attendance = recorder
    machine = KioskStateMachine(KioskParams.from_settings(ctx.settings), tz=ctx.attendance.tz)
    return KioskController(loop.recognizer, recorder, machine, loop=loop)


def run_headless(
    ctx: AppContext, recorder: Recorder, args: argparse.Namespace, sample: Any
) -> dict[str, Any]:
    controller = kiosk_controller(ctx, recorder)
    source = FrameSource(args.video, loop=True, realtime=False)
    period = 1.0 / args.max_fps if args.max_fps > 0 else 0.0
    end = time.monotonic() + args.minutes * 60
    frames = 0
    phases: dict[str, int] = {}
    next_sample = time.monotonic()
    while time.monotonic() < end:
        t0 = time.monotonic()
        image = source.read()
        if image is None:
            continue
        out = controller.process(image)
        controller.tick()
        frames += 1
        phases[out.view.phase.value] = phases.get(out.view.phase.value, 0) + 1
        if time.monotonic() >= next_sample:
            sample(frames)
            next_sample += args.sample_seconds
        wait = period - (time.monotonic() - t0)
        if wait > 0:
            time.sleep(wait)
    source.close()
    sample(frames)
    return {"frames": frames, "phase_frames": phases, "frames_read": source.frames_read}


def run_qt(
    ctx: AppContext, recorder: Recorder, args: argparse.Namespace, sample: Any
) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from desktop_app.ui.app import create_application
    from desktop_app.ui.kiosk.window import KioskWindow

    app = create_application()
    controller = kiosk_controller(ctx, recorder)
    window = KioskWindow(ctx, source=str(args.video), controller=controller, require_pin=False)
    window.resize(1280, 720)
    window.show()
    window.start()
    timer = QTimer()
    timer.setInterval(int(args.sample_seconds * 1000))
    timer.timeout.connect(lambda: sample(controller.frames))
    timer.start()
    sample(0)

    def finish() -> None:
        window.unlocked = True
        window.close()
        app.quit()

    QTimer.singleShot(int(args.minutes * 60 * 1000), finish)
    app.exec()
    window.shutdown()
    sample(controller.frames)
    return {"frames": controller.frames, "painted": window.live.frames_shown}


def slope_mb_per_hour(points: list[tuple[float, float]]) -> float:
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(t for t, _ in points) / n
    my = sum(r for _, r in points) / n
    var = sum((t - mx) ** 2 for t, _ in points)
    if var == 0:
        return 0.0
    return sum((t - mx) * (r - my) for t, r in points) / var * 3600.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=120.0)
    ap.add_argument("--sample-seconds", type=float, default=30.0)
    ap.add_argument("--warmup-seconds", type=float, default=60.0)
    ap.add_argument("--video", type=Path, default=SHARED / "video" / "short_hamilton_clip.mp4")
    ap.add_argument("--models", type=Path, help="a built models folder to reuse")
    ap.add_argument("--cooldown", type=float, default=30.0, help="seconds (check_in_out mode)")
    ap.add_argument("--greeting", type=float, default=2.0, help="seconds a card stays")
    ap.add_argument("--max-fps", type=float, default=12.0, help="0 = as fast as possible")
    ap.add_argument("--qt", action="store_true", help="run the real kiosk window offscreen")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.video.is_file():
        print(f"video not found: {args.video} (needs ../shared/data)", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp:
        ctx = setup(args, Path(tmp))
        _ = ctx.recognizer  # load the models before measuring
        recorder = Recorder(ctx.attendance, args.cooldown)
        db_path = ctx.settings.paths.database
        start = time.monotonic()
        samples: list[dict[str, float]] = []
        locked = 0

        def sample(frames: int) -> None:
            nonlocal locked
            free = lock_free(db_path)
            locked += 0 if free else 1
            s = {
                "t": round(time.monotonic() - start, 1),
                "rss_mb": round(rss_mb(), 2),
                "frames": frames,
                "lock_free": free,
            }
            samples.append(s)
            if not args.json:
                print(
                    f"t={s['t']:7.1f}s  rss={s['rss_mb']:8.2f} MB  frames={frames}"
                    f"  db lock free={free}",
                    flush=True,
                )

        info = (run_qt if args.qt else run_headless)(ctx, recorder, args, sample)
        events = ctx.db.run(lambda s: Events(s).query())
        valid = [e for e in events if e.status == "valid"]
        ids_db = sorted(e.id for e in valid)
        too_close = []
        by_person: dict[int, list[dt.datetime]] = {}
        for e in valid:
            by_person.setdefault(e.person_id, []).append(e.at_utc)
        for pid, times in by_person.items():
            times.sort()
            for a, b in itertools.pairwise(times):
                if (b - a).total_seconds() < args.cooldown - 0.5:
                    too_close.append((pid, a.isoformat(), b.isoformat()))
        ctx.close()

    warm = [s for s in samples if s["t"] >= args.warmup_seconds] or samples
    growth = warm[-1]["rss_mb"] - warm[0]["rss_mb"]
    slope = slope_mb_per_hour([(s["t"], s["rss_mb"]) for s in warm])
    report = {
        "mode": "qt" if args.qt else "headless",
        "minutes": args.minutes,
        "frames": info.get("frames"),
        "fps": round(info.get("frames", 0) / max(1.0, samples[-1]["t"]), 2),
        "rss_start_mb": warm[0]["rss_mb"],
        "rss_end_mb": warm[-1]["rss_mb"],
        "rss_max_mb": max(s["rss_mb"] for s in samples),
        "rss_growth_mb": round(growth, 2),
        "rss_slope_mb_per_hour": round(slope, 2),
        "rss_projected_2h_mb": round(slope * 2, 2),
        "mark_requests": recorder.requests,
        "mark_statuses": recorder.statuses,
        "events_recorded": len(recorder.recorded_ids),
        "events_in_db": len(ids_db),
        "events_match": sorted(recorder.recorded_ids) == ids_db,
        "dropped": recorder.dropped[:10],
        "dropped_count": len(recorder.dropped),
        "events_closer_than_cooldown": too_close[:10],
        "db_lock_busy_samples": locked,
        "samples": samples,
        **{k: v for k, v in info.items() if k != "frames"},
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(json.dumps({k: v for k, v in report.items() if k != "samples"}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
