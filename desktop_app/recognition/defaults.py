"""Default decision rule per embedder (normalisation, threshold, margin), with how it was measured.

The threshold is a Euclidean distance between embeddings as the gallery compares them: on
L2-normalised embeddings (``normalize=True``, ``d = sqrt(2 - 2 cos)``) or on raw ones. The two
scales differ (dlib's raw descriptors have norms ~1.3-1.6), so each has its own value.
Owned by the evaluation: change a value only with a measurement from ``face-attendance eval``
recorded here.

dlib_resnet_v1, measured 2026-11-23 with
``face-attendance eval ../shared/data/faces --json eval.json --plot eval.png``
(MTCNN exact mode, our 5-point alignment, one-shot open-set protocol of issue 4: 19 identities,
70 genuine probes, 77 impostor probes = 7 strangers + 70 leave-one-out; plus, for a finer
look, all 4,560 pairs of the 96 images: 205 same-person, 4,355 different):

=============  ======  ==============  =============  ===========  =================
variant        rank1   DIR@FPIR 1e-2   threshold at   pairs EER    pairs TAR@FAR 1e-3
                       (0 of 77 FA)    that FPIR
=============  ======  ==============  =============  ===========  =================
raw            1.000   0.986           0.556          0.0037       0.990
raw + flip     1.000   0.986           0.541          0.0009       0.995
L2             1.000   1.000           0.386          0.0006       0.995
L2 + flip      1.000   1.000           0.379          0.0002       1.000
=============  ======  ==============  =============  ===========  =================

- L2-normalised beats raw on every measure (one more genuine probe identified with no false
  accept, EER 0.0002 vs 0.0009); the mean of the chip's and its mirror image's embedding
  ("flip") helps both. Chosen: L2 + flip (``recognition.normalize`` and ``flip_average`` on).
- Threshold 0.36 (L2): DIR 0.986, FPIR 0/77 on the protocol; on all pairs 2/4,355 different-
  person pairs fall under it (FAR 4.6e-4) and 99.5% of same-person pairs pass. 0.37 still had no
  false accept but sits 0.009 under the nearest impostor (0.379); 0.36 keeps a margin for
  galleries larger than 19 people (expected false accepts grow with the gallery size: the
  calibration command sets a threshold for a target rate and gallery size). dlib's published
  0.6 (raw) accepted 5 of the 77 impostor probes (FPIR 0.065) here.
- Raw scale (``normalize`` off): 0.52 (DIR 0.971, FPIR 0/77, pairs FAR 2.3e-4).
- Margin (second-best person minus best): no effect on this data from 0 to 0.08 (the impostors
  nearest to the threshold are close to ONE person: gaps 0.06-0.17), 0.10 cost one genuine probe
  (L2). Kept small (0.03 L2 / 0.04 raw): free here, and it turns a confusion between two
  enrolled look-alikes into "ambiguous" instead of a wrong name.
"""

from __future__ import annotations

# (threshold, margin) per embedder and scale
_RULES: dict[str, dict[bool, tuple[float, float]]] = {
    "dlib_resnet_v1": {True: (0.36, 0.03), False: (0.52, 0.04)},
}
DEFAULT_NORMALIZE: dict[str, bool] = {"dlib_resnet_v1": True}
DEFAULT_FLIP_AVERAGE: dict[str, bool] = {"dlib_resnet_v1": True}

# Kept for callers that read the tables directly (values at each embedder's default scale).
DEFAULT_THRESHOLDS: dict[str, float] = {
    k: v[DEFAULT_NORMALIZE.get(k, False)][0] for k, v in _RULES.items()
}
DEFAULT_MARGINS: dict[str, float] = {
    k: v[DEFAULT_NORMALIZE.get(k, False)][1] for k, v in _RULES.items()
}
MEASUREMENT_NOTES: dict[str, str] = {
    "dlib_resnet_v1": (
        "face-attendance eval ../shared/data/faces (one-shot open-set, 19 identities, 70 genuine, "
        "77 impostor probes): L2+flip rank1 1.000, DIR@FPIR1e-2 1.000; default 0.36 (L2) gives "
        "DIR 0.986 at FPIR 0; raw scale 0.52 gives DIR 0.971 at FPIR 0"
    ),
}


def default_normalize(embedder_id: str) -> bool:
    return DEFAULT_NORMALIZE.get(embedder_id, False)


def default_threshold(embedder_id: str, normalize: bool | None = None) -> float:
    """The measured threshold for ``embedder_id`` on the given scale (None: its default)."""
    norm = default_normalize(embedder_id) if normalize is None else bool(normalize)
    rule = _RULES.get(embedder_id)
    if rule is None:
        return 0.4 if norm else 0.6
    return rule[norm][0]


def default_margin(embedder_id: str, normalize: bool | None = None) -> float:
    norm = default_normalize(embedder_id) if normalize is None else bool(normalize)
    rule = _RULES.get(embedder_id)
    return 0.0 if rule is None else rule[norm][1]


# Look-alike pairs (matcher rule 4): between two people enrolled knowingly as look-alikes, a
# KNOWN decision needs the partner this much farther than the best (L2 scale; the raw scale
# has no measurement and uses the same value scaled by 0.52/0.36).
# Measured 2026-12-06 on ../shared/data/faces_hard: its 200 enrollment photos imported with
# ``people import --allow-lookalike --allow-weak`` (198 people, 15 pairs remembered), then the
# genuine probes of pair members and the 300 strangers identified at 0.36 / 0.03:
# - 51 genuine probes landed on a pair member: 1 named the WRONG one of its pair (Surakait
#   Sathirathai as Jeong Se-hyun, partner gap 0.031 >= the 0.03 margin). At 0.05 it becomes
#   AMBIGUOUS; so do 7 of the 50 correct ones (gaps 0.013-0.049; at 0.06, 14 of 50).
# - 7 stranger probes were KNOWN as a pair member; at 0.05, 5 (2 turn AMBIGUOUS).
# A kiosk asks people with a look-alike for a second factor anyway; this rule keeps the other
# paths (main window, recognize) from naming the wrong one of a pair.
LOOKALIKE_PAIR_MARGIN = 0.05


def lookalike_pair_margin(normalize: bool) -> float:
    return LOOKALIKE_PAIR_MARGIN if normalize else round(LOOKALIKE_PAIR_MARGIN * 0.52 / 0.36, 3)
