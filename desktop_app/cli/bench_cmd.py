"""``face-attendance bench ACTION``: reproducible speed measurements (not tests).

Actions:
- ``pipeline``: detection, alignment, embedding and the whole pipeline at 1, 3 and 10 faces on
  640x480 frames, tracking mode, and the ``face_recognition`` peer
  (``benchmarks/bench_pipeline.py``, run from a source checkout; needs ``../shared/data``).
- ``search``: 1:K search latency, added by ``desktop_app.recognition.bench_search`` when that
  module exists.

Adding an action: give its module a ``register_search(sub)``-style hook that adds a subparser to
``sub`` (the ``bench`` action subparsers) and sets ``func=run(args, ctx) -> int`` on it, then
list it in ``_HOOKS`` below. Hooks are only imported if their module is installed, so ``bench``
works in builds without them.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop_app.cli import output_file
from desktop_app.errors import NotAvailable

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO.parent / "shared" / "data"
BENCH_PIPELINE = REPO / "benchmarks" / "bench_pipeline.py"

# (module, hook): each hook(sub) registers one ``bench`` action.
_HOOKS = [("desktop_app.recognition.bench_search", "register_search")]


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser("bench", help="speed benchmarks")
    bsub = p.add_subparsers(dest="bench_command", metavar="ACTION", required=True)
    pipe = bsub.add_parser(
        "pipeline",
        help="detect/align/embed ms at 1, 3, 10 faces, tracking mode and the dlib peer",
        description="Speed of detect -> align -> embed on 640x480 frames made from the shared "
        "video and photos, next to the face_recognition library's pipeline.",
    )
    add_pipeline_arguments(pipe)
    pipe.set_defaults(func=run_pipeline)
    for module_name, hook in _HOOKS:
        try:
            found = importlib.util.find_spec(module_name) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            getattr(importlib.import_module(module_name), hook)(bsub)
    return p


def add_pipeline_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help=f"shared data root holding faces/ and video/ (default {DEFAULT_DATA})",
    )
    p.add_argument("--frames", type=int, default=40, help="frames per face count (default 40)")
    p.add_argument("--json", type=output_file, metavar="OUT", help="also write the figures as JSON")
    p.add_argument("--no-peer", action="store_true", help="skip the face_recognition peer")
    p.add_argument("--seed", type=int, default=0, help="which photos make the composites")


def _load_benchmark() -> ModuleType:
    if not BENCH_PIPELINE.is_file():
        raise NotAvailable(
            f"`bench pipeline` runs from a source checkout ({BENCH_PIPELINE} not found)."
        )
    spec = importlib.util.spec_from_file_location("bench_pipeline", BENCH_PIPELINE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_pipeline", module)
    spec.loader.exec_module(module)
    return module


def run_pipeline(args: argparse.Namespace, ctx: Any) -> int:
    bench = _load_benchmark()
    return int(bench.run(args, ctx.settings, ctx.models))
