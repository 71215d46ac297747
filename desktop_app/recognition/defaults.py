"""Default decision thresholds per embedder, with how they were measured.

The threshold is a Euclidean distance between embeddings as the gallery compares them.
Owned by the evaluation: update the value only with a measurement from
``face-attendance eval`` recorded here.
"""

from __future__ import annotations

# dlib_resnet_v1: dlib's own published threshold on raw descriptors (placeholder until
# measured on ../shared/data/faces with `face-attendance eval`).
DEFAULT_THRESHOLDS: dict[str, float] = {"dlib_resnet_v1": 0.6}
DEFAULT_MARGINS: dict[str, float] = {"dlib_resnet_v1": 0.0}
MEASUREMENT_NOTES: dict[str, str] = {
    "dlib_resnet_v1": "dlib's published 0.6 (Euclidean, raw descriptors); not yet re-measured",
}


def default_threshold(embedder_id: str) -> float:
    return DEFAULT_THRESHOLDS.get(embedder_id, 0.6)


def default_margin(embedder_id: str) -> float:
    return DEFAULT_MARGINS.get(embedder_id, 0.0)
