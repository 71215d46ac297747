"""Bad-input fuzzing benchmark: many hypothesis cases per target, with counts.

    .venv/bin/python benchmarks/reliability/fuzz.py [--cases 2000] [--json out.json]
        [--models DIR] [--only image,roster,settings,url,cli]

Each target (see ``fuzz_targets.py``) runs ``--cases`` generated inputs through the real
code; the summary counts the outcomes (``ok`` / typed error class / CLI exit code) and
names the first input that crashed the app, if any (hypothesis stops there and shrinks it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from benchmarks.reliability import fuzz_targets as ft  # noqa: E402


def _run(name: str, strategy: Any, check: Any, cases: int) -> dict[str, Any]:
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(sample=strategy)
    def target(sample: Any) -> None:
        outcomes[check(sample)] += 1

    started = time.perf_counter()
    failure = None
    try:
        target()
    except Exception as exc:  # a crash found: hypothesis re-raises the shrunk example's error
        failure = f"{type(exc).__name__}: {str(exc)[:400]}"
    return {
        "target": name,
        "cases": sum(outcomes.values()) + (1 if failure else 0),
        "outcomes": dict(outcomes.most_common()),
        "crash": failure,
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cases", type=int, default=2000)
    ap.add_argument("--models", type=Path, help="built models (roster photos); default: temp")
    ap.add_argument("--only", default="image,roster,roster_giant,settings,url,cli")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    only = set(args.only.split(","))
    results = []
    with tempfile.TemporaryDirectory(prefix="fuzz-bench-") as tmp:
        root = Path(tmp)
        scratch = root / "scratch"
        scratch.mkdir()
        if "image" in only:
            results.append(
                _run(
                    "image loading",
                    ft.image_inputs(),
                    lambda s: ft.check_image(s, scratch),
                    args.cases,
                )
            )
        if "settings" in only:
            results.append(
                _run(
                    "settings TOML",
                    ft.settings_files(),
                    lambda s: ft.check_settings(s, scratch),
                    args.cases,
                )
            )
        if "url" in only:
            results.append(
                _run(
                    "database URL",
                    ft.database_urls(),
                    lambda s: ft.check_database_url(s, _fresh(root)),
                    args.cases,
                )
            )
        if "cli" in only:
            results.append(
                _run("CLI argv", ft.cli_argvs(), lambda s: ft.check_cli(s, scratch), args.cases)
            )
        if {"roster", "roster_giant"} & only:
            from sqlalchemy import func, select

            from desktop_app.config import load_settings
            from desktop_app.context import AppContext
            from desktop_app.storage import schema as m

            (root / "data").mkdir()
            if args.models:
                (root / "data" / "models").symlink_to(args.models.resolve())
            (root / "empty.toml").touch()
            ctx = AppContext(load_settings(root / "empty.toml", environ={}, data_dir=root / "data"))

            def counts() -> tuple[int, int]:
                return ctx.db.run(
                    lambda s: (
                        s.scalar(select(func.count(m.Person.id))),
                        s.scalar(select(func.count(m.FaceTemplate.id))),
                    )
                )

            try:
                if "roster" in only:
                    results.append(
                        _run(
                            "roster CSV",
                            ft.roster_csvs(giant=False),
                            lambda s: ft.check_roster(s, ctx, scratch, counts),
                            args.cases,
                        )
                    )
                if "roster_giant" in only:
                    results.append(
                        _run(
                            "roster CSV incl. giant fields",
                            ft.roster_csvs(giant=True),
                            lambda s: ft.check_roster(s, ctx, scratch, counts),
                            max(50, args.cases // 10),
                        )
                    )
            finally:
                ctx.close()
    for r in results:
        print(json.dumps(r), flush=True)
    total = sum(r["cases"] for r in results)
    print(
        json.dumps({"total_cases": total, "crashes": [r["target"] for r in results if r["crash"]]})
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 1 if any(r["crash"] for r in results) else 0


_n = [0]


def _fresh(root: Path) -> Path:
    _n[0] += 1
    d = root / f"url{_n[0]}"
    d.mkdir()
    return d


if __name__ == "__main__":
    sys.exit(main())
