"""The genuine-score quantiles ``calibrate`` falls back on (``REFERENCE_GENUINE``), for the
configured embedder and detector stack.

    .venv/bin/python benchmarks/reference_genuine.py ../shared/data/faces_hard
    FACE_ATTENDANCE_RECOGNITION__EMBEDDER=sface .venv/bin/python benchmarks/reference_genuine.py ...

Same protocol and code as ``face-attendance eval`` (``recognition/evaluate.py``): each person
enrolled from their first photo (the quality gate applied), every other photo of an enrolled
person scored against their own template. Printed: the quantiles at
``calibrate.REFERENCE_PROBABILITIES`` of the plain distance (L2 + flip-average) and of the
embedder's shipped crowd score, the runner-up being the nearest OTHER enrolled person (what a
genuine check-in scores in a gallery of everyone else). Summary numbers only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.recognition import evaluate as ev  # noqa: E402
from desktop_app.recognition.calibrate import REFERENCE_PROBABILITIES  # noqa: E402
from desktop_app.recognition.defaults import default_rule  # noqa: E402
from desktop_app.recognition.matcher import crowd_score  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", type=Path)
    args = ap.parse_args(argv)

    from desktop_app.config import load_settings
    from desktop_app.context import AppContext

    ctx = AppContext(load_settings())
    embedder = ctx.pipeline.embedder.id
    rule = default_rule(embedder, True)
    ds = ev.scan_dataset(args.dataset)
    extracted = ev.extract_dataset(ds, ctx.pipeline)
    gallery, _ = ev.enrolled_embeddings(extracted, ds, flip=True)
    names = list(gallery)
    g = np.stack([gallery[n] for n in names])
    g /= np.linalg.norm(g, axis=1, keepdims=True)
    enroll = {str(files[0].relative_to(ds.root)) for files in ds.identities.values()}
    own_d: list[float] = []
    nearest_other: list[float] = []
    for e in extracted:
        if e.rel in enroll or e.identity not in gallery or not e.ok:
            continue
        v = e.embedding(True)
        d = np.linalg.norm(g - v / np.linalg.norm(v), axis=1)
        own = names.index(e.identity)
        own_d.append(float(d[own]))
        nearest_other.append(float(np.delete(d, own).min()))
    dist = np.asarray(own_d)
    score = crowd_score(dist, np.asarray(nearest_other), rule.crowd_weight, rule.crowd_reach)
    print(f"{embedder}: {len(names)} people enrolled, {len(dist)} genuine probes; rule {rule}")
    for name, values in (("distance", dist), ("crowd_score", score)):
        q = np.quantile(values, REFERENCE_PROBABILITIES)
        print(f'"{name}": (' + ", ".join(f"{x:.3f}".rstrip("0") for x in q) + "),")
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
