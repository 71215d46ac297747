"""Crash-safety benchmark: >= 200 SIGKILLs of a worker that enrolls and marks attendance.

    .venv/bin/python benchmarks/reliability/crash_safety.py --kills 200 [--json out.json]
        [--models DIR] [--real-faces ../shared/data/faces] [--fresh-every 10]

Each run starts a worker (forked from a server that paid the imports once; every
``--fresh-every``-th run is a fresh interpreter), kills it with SIGKILL at a random moment
(about 20 % during its start: migration, index load/rebuild, models; the rest while it
enrolls people and marks attendance), then checks the database and the index (see
``crash_harness.py``). Prints a summary and writes it as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.reliability.crash_harness import run_campaign  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--models", type=Path, help="built models folder (default: build in a temp dir)"
    )
    ap.add_argument("--real-faces", type=Path, help="faces/ folder: enroll real photos instead")
    ap.add_argument("--fresh-every", type=int, default=10)
    ap.add_argument("--max-delay", type=float, default=1.5)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--work", type=Path, help="keep the data here (default: a temp dir)")
    args = ap.parse_args()

    from desktop_app.modelzoo.registry import ModelZoo

    tmp = tempfile.TemporaryDirectory(prefix="crash-bench-")
    work = args.work or Path(tmp.name)
    models = args.models or work / "models"
    zoo = ModelZoo(models)
    for name in zoo.names():
        zoo.ensure(name)
    images: list[Path] = []
    if args.real_faces:
        # one clear single-face photo of a few identities
        for who in ("barack_obama", "angelina_jolie", "matt_damon", "katy_perry"):
            found = sorted((args.real_faces / who).glob("1.*"))
            images += found[:1]

    def progress(run: int, killed: bool, check: object) -> None:
        if run % 10 == 0 or not getattr(check, "ok", True):
            print(
                f"run {run}: killed={killed} ok={check.ok} persons={check.persons} "  # type: ignore[attr-defined]
                f"templates={check.templates} events={check.events} "  # type: ignore[attr-defined]
                f"index={'loaded' if check.index_loaded else 'rebuilt'}",  # type: ignore[attr-defined]
                file=sys.stderr,
                flush=True,
            )

    report = run_campaign(
        work / "campaign",
        models,
        kills=args.kills,
        seed=args.seed,
        max_delay=args.max_delay,
        fresh_every=args.fresh_every,
        images=images,
        progress=progress,
    )
    summary = report.as_dict()
    summary["faces"] = (
        [str(p.relative_to(args.real_faces)) for p in images] if images else ["skimage astronaut"]
    )
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))
    return 0 if not report.failures and not report.worker_errors else 1


if __name__ == "__main__":
    sys.exit(main())
