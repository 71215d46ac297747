"""``face-attendance eval DATASET_DIR --json OUT.json [--plot OUT.png] [--by COLUMN]``: one-shot
open-set accuracy (protocol in ``desktop_app/recognition/evaluate.py``). Uses the app's models
and a throw-away in-memory gallery; the user's database is never opened. ``--by`` adds
``by_group``: the same figures per value of a column of the dataset's MANIFEST.csv."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli import output_file


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "eval", help="evaluate recognition accuracy on a dataset folder"
    )
    p.add_argument(
        "dataset",
        type=Path,
        metavar="DATASET_DIR",
        help="a folder per identity (first sorted file enrolls) and _strangers/",
    )
    p.add_argument(
        "--json",
        type=output_file,
        metavar="OUT.json",
        dest="json_out",
        help="write the full report here",
    )
    p.add_argument("--plot", type=output_file, metavar="OUT.png", help="DIR/FPIR curve (PNG)")
    p.add_argument(
        "--margins",
        default=None,
        help="comma-separated margins to report per variant (default 0..0.1)",
    )
    p.add_argument(
        "--embedder",
        metavar="NAME",
        help="evaluate this embedder instead of the configured one (see models list; your "
        "own with models add)",
    )
    p.add_argument(
        "--by",
        metavar="COLUMN",
        help="also report per value of this MANIFEST.csv column (by_group in the JSON)",
    )
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.recognition import evaluate as ev

    margins = (
        tuple(float(m) for m in args.margins.split(",")) if args.margins else ev.DEFAULT_MARGINS
    )

    def progress(fraction: float, message: str) -> None:
        print(f"\r[{fraction * 100:5.1f}%] {message[:60]:60s}", end="", file=sys.stderr, flush=True)

    settings = ctx.settings
    if args.embedder:
        settings = settings.model_copy(
            update={
                "recognition": settings.recognition.model_copy(update={"embedder": args.embedder})
            }
        )
    from desktop_app.modelzoo.registry import build_pipeline

    pipeline = (
        build_pipeline(settings, ctx.models, progress=ctx.progress)
        if args.embedder
        else ctx.pipeline
    )
    result = ev.evaluate(
        args.dataset, pipeline, settings, margins=margins, progress=progress, by=args.by
    )
    print(file=sys.stderr)
    rep = result.report
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(rep, indent=1, default=_json_default))
    if args.plot:
        ev.plot(result, args.plot)
    d = rep["default"]
    print(
        f"{rep['identities']} identities, {rep['genuine_probes']} genuine probes, "
        f"{rep['impostor_probes']} impostor probes ({rep['impostor_breakdown']['strangers']} "
        f"strangers + {rep['impostor_breakdown']['leave_one_out']} leave-one-out); "
        f"enroll failures {rep['enroll_failures']}, probe failures {rep['probe_failures']}"
    )
    print(
        f"{rep['variant']}: rank1 {rep['rank1']:.4f}  DIR@FPIR1e-2 {rep['dir_at_fpir_1e-2']:.4f}  "
        f"DIR@FPIR1e-3 {rep['dir_at_fpir_1e-3']:.4f}  thresholds {rep['thresholds']}"
    )
    print(
        f"default threshold {d['threshold']} margin {d['margin']}: DIR {d['dir']:.4f} "
        f"FPIR {d['fpir']:.4f}"
    )
    if d.get("rule_source") == "placeholder":
        print(
            f"  ({rep['embedder']} has no measured decision rule: that threshold is a "
            "placeholder; read yours off the thresholds above or run calibrate)"
        )
    seen = set()
    for v in rep["variants"]:
        if v["margin"] != 0.0 or v["name"] in seen:
            continue
        seen.add(v["name"])
        print(
            f"  {v['name']:9s} rank1 {v['rank1']:.4f}  DIR@FPIR1e-2 {v['dir_at_fpir_1e-2']:.4f}  "
            f"DIR@FPIR1e-3 {v['dir_at_fpir_1e-3']:.4f}  (threshold {v['thresholds']['fpir_1e-2']})"
        )
    if "by_group" in rep:
        _print_groups(rep["by_column"], rep["by_group"])
    if args.json_out:
        print(f"report: {args.json_out}")
    if args.plot:
        print(f"plot: {args.plot}")
    return 0


def _print_groups(column: str, groups: dict[str, dict[str, Any]]) -> None:
    def rate(x: float | None) -> str:
        return "   -  " if x is None else f"{x:.4f}"

    print(f"by {column} (at the defaults; false accepts INTO the group):")
    width = max([len(column), *(len(g) for g in groups)])
    print(f"  {column:{width}s}  people  genuine  impostor  rank1   DIR     FPIR    FA into")
    for g, b in groups.items():
        print(
            f"  {g:{width}s}  {b['identities']:6d}  {b['genuine_probes']:7d}  "
            f"{b['impostor_probes']:8d}  {rate(b['rank1'])}  {rate(b['dir'])}  "
            f"{rate(b['fpir'])}  {b['false_accepts_into']:7d}"
        )


def _json_default(value: Any) -> Any:
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)
