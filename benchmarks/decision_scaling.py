"""Does the decision keep strangers out as the gallery grows? FPIR per check-in at a fixed
rule for random galleries of K people, and the split-half check the defaults were chosen by.

    .venv/bin/python benchmarks/decision_scaling.py ../shared/data/faces_hard [--json OUT]

Same protocol and scoring code as ``face-attendance eval`` (``recognition/evaluate.py``):
images are detected, aligned and embedded once; then for each gallery size K, ``--draws``
random sets of K identities are enrolled (first photo) and every other image is a probe:
genuine probes of the drawn people, leave-one-out impostors of the drawn people, and all
photos of the people not drawn plus ``_strangers`` as strangers. Printed per K: mean FPIR and
DIR of the plain distance rule (``--plain T``, default 0.36, the rule before issue 13) and of
the shipped rule (``recognition/defaults.py``: distance + crowding penalty).

Split half: identities are split by a CRC32 of their name; the largest threshold with FPIR
<= 1e-2 on half A (under the shipped weight and reach) is applied to half B and to the whole.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.recognition import evaluate as ev  # noqa: E402
from desktop_app.recognition.defaults import DecisionRule, default_rule  # noqa: E402


def subset(
    extracted: list[ev.Extracted], ds: ev.Dataset, keep: set[str]
) -> tuple[list[ev.Extracted], ev.Dataset]:
    """Only ``keep`` enrolled; everyone else's photos become strangers."""
    ex = [e if e.identity in keep or e.identity is None else dataclasses.replace(e, identity=None)
          for e in extracted]  # fmt: skip
    sub = ev.Dataset(
        ds.root, {k: v for k, v in ds.identities.items() if k in keep}, ds.strangers, []
    )
    return ex, sub


def rates_for(
    extracted: list[ev.Extracted], ds: ev.Dataset, rule: DecisionRule, flip: bool = True
) -> tuple[float, float]:
    s = ev.crowded(
        ev.score(extracted, ds, normalize=True, flip=flip), rule.crowd_weight, rule.crowd_reach
    )
    return ev.rates(s, rule.threshold, rule.margin)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--sizes", default="10,20,50,100", help="gallery sizes (plus the whole set)")
    ap.add_argument("--draws", type=int, default=5)
    ap.add_argument("--plain", type=float, default=0.36, help="the plain distance threshold")
    ap.add_argument("--json", type=Path, dest="json_out")
    args = ap.parse_args(argv)

    from desktop_app.config import load_settings
    from desktop_app.context import AppContext

    ctx = AppContext(load_settings())
    ds = ev.scan_dataset(args.dataset)
    extracted = ev.extract_dataset(ds, ctx.pipeline)
    shipped = default_rule(ctx.pipeline.embedder.id, True)
    plain = DecisionRule(args.plain, shipped.margin)
    names = sorted(ds.identities)
    rng = np.random.default_rng(0)
    rows: list[dict[str, Any]] = []
    sizes = [int(k) for k in args.sizes.split(",") if int(k) < len(names)] + [len(names)]
    for k in sizes:
        draws = args.draws if k < len(names) else 1
        got: dict[str, list[tuple[float, float]]] = {"plain": [], "shipped": []}
        for _ in range(draws):
            keep = set(rng.choice(names, size=k, replace=False).tolist())
            ex, sub = subset(extracted, ds, keep)
            got["plain"].append(rates_for(ex, sub, plain))
            got["shipped"].append(rates_for(ex, sub, shipped))
        row = {"people": k, "draws": draws}
        for key, vals in got.items():
            row[f"{key}_fpir"] = round(float(np.mean([v[1] for v in vals])), 4)
            row[f"{key}_dir"] = round(float(np.mean([v[0] for v in vals])), 4)
        rows.append(row)
        print(
            f"K={k:4d} ({draws} draws): plain <= {plain.threshold}: FPIR {row['plain_fpir']:.4f} "
            f"DIR {row['plain_dir']:.3f} | shipped (crowd {shipped.crowd_weight}/"
            f"{shipped.crowd_reach}, <= {shipped.threshold}): FPIR {row['shipped_fpir']:.4f} "
            f"DIR {row['shipped_dir']:.3f}"
        )

    halves = {h: {n for n in names if zlib.crc32(n.encode()) % 2 == h} for h in (0, 1)}
    # strangers split the same way (by file name), as the defaults were chosen
    split: dict[str, Any] = {}
    parts = {}
    for h, keep in halves.items():
        ex, sub = subset(extracted, ds, keep)
        ex = [
            e
            for e in ex
            if e.identity is not None
            or (e.rel.startswith(ev.STRANGERS) and zlib.crc32(e.rel.encode()) % 2 == h)
        ]
        parts[h] = (ex, sub)
    ex_a, sub_a = parts[0]
    s_a = ev.crowded(
        ev.score(ex_a, sub_a, normalize=True, flip=True), shipped.crowd_weight, shipped.crowd_reach
    )
    t_a = ev.threshold_at_fpir(s_a, 1e-2, 0.0)
    chosen = dataclasses.replace(shipped, threshold=t_a)
    for name, (ex, sub) in (("A", parts[0]), ("B", parts[1]), ("all", (extracted, ds))):
        d, f = rates_for(ex, sub, chosen)
        split[name] = {"people": len(sub.identities), "dir": round(d, 4), "fpir": round(f, 4)}
    print(
        f"split half: threshold chosen on A (FPIR <= 1e-2): {t_a:.4f}; "
        + "; ".join(
            f"{k} ({v['people']} people) DIR {v['dir']:.3f} FPIR {v['fpir']:.4f}"
            for k, v in split.items()
        )
    )
    if args.json_out:
        args.json_out.write_text(
            json.dumps({"sizes": rows, "split_half": {"threshold_a": t_a, **split}}, indent=1)
        )
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
