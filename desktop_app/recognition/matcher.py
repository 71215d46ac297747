"""``Matcher``: per-template search hits -> one per-person decision (``Match``).

Rules, in order:

1. A person's distance is the distance of their best (nearest) positive template.
2. Negative examples ("not this person", templates of kind ``negative`` for person P, kept
   after an operator corrected a wrong recognition): with ``negatives_rule`` on, P is dropped
   from the candidates when the probe is closer to P's nearest negative than to P's best
   positive. A dropped person neither wins nor counts as the runner-up: the negative says
   the probe is someone other than P. The next person is considered instead.
3. The best remaining person's score is their distance plus a crowding penalty
   (``crowd_score``): ``best + crowd_weight * max(0, crowd_reach - second)``, where ``second``
   is the runner-up person's distance. A probe that sits close to several enrolled people is
   typical of a stranger in a large gallery (the gallery is the cohort); the penalty keeps the
   false-accept rate per check-in flat as people are added (``recognition/defaults.py``).
   With ``crowd_weight`` 0 the score is the plain distance.
4. The best remaining person is KNOWN when ``score <= threshold`` and the gap to the
   second-best remaining person (``second - best``, ``inf`` when there is none) is
   ``>= margin``; AMBIGUOUS when the threshold passes but the margin does not; UNKNOWN
   otherwise. An AMBIGUOUS match names the nearest person (the UI may say "X or someone
   else?"); an UNKNOWN match has ``person_id``/``name``/``template_id`` None but keeps the
   nearest distance and the gap for display. The nearest person regardless of the decision
   (closed-set rank-1) is ``rank(...).candidates[0]``.

5. Look-alike pairs (``apply_lookalikes``, after the decision): when the named person and
   another candidate are a remembered pair (enrolled knowingly as look-alikes), a KNOWN
   decision needs the partner at least ``pair_margin`` farther than the best (stricter than
   the margin), else it becomes AMBIGUOUS; the match says ``lookalike`` so a kiosk asks for
   a second factor. An AMBIGUOUS match names its ``rival_id``.

Hits come from ``FaceIndex.search`` sorted by distance, so the first positive hit of a person
is their best template, and a negative that is not among the hits is farther than every hit.
The decision is exact when the hits contain the best remaining person and the runner-up
(``Gallery`` widens the search until they do, see ``PersonRanking.complete``).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_app.recognition.types import Match, MatchStatus

# Maps a template id to (person_id, is_negative); None for an id the caller wants ignored
# (unknown, another embedder, an inactive person).
TemplateOwner = Callable[[int], "tuple[int, bool] | None"]
NameOf = Callable[[int], "str | None"]


@dataclass(frozen=True)
class PersonHit:
    person_id: int
    distance: float  # to the best positive template
    template_id: int
    negative_distance: float  # to the nearest negative among the hits; inf if none


@dataclass(frozen=True)
class PersonRanking:
    """Candidates ordered by distance, with the people dropped by the negatives rule."""

    candidates: tuple[PersonHit, ...]
    rejected: tuple[PersonHit, ...]
    exhausted: bool  # the hits covered the whole gallery

    def complete(self) -> bool:
        """True when the decision cannot change with more hits (best and runner-up known)."""
        return self.exhausted or len(self.candidates) >= 2


# person id -> the people remembered as their look-alikes
Partners = Mapping[int, "frozenset[int]"]


def partners_of(pairs: Iterable[tuple[int, int]]) -> dict[int, frozenset[int]]:
    """``{person: their look-alikes}`` from pairs ``(a, b)``."""
    out: dict[int, set[int]] = {}
    for a, b in pairs:
        out.setdefault(int(a), set()).add(int(b))
        out.setdefault(int(b), set()).add(int(a))
    return {k: frozenset(v) for k, v in out.items()}


def apply_lookalikes(
    match: Match, ranking: PersonRanking, partners: Partners, pair_margin: float
) -> Match:
    """Rule 4: the stricter decision between remembered look-alikes (see the module doc)."""
    if match.status is MatchStatus.UNKNOWN or not ranking.candidates:
        return match
    top = ranking.candidates[0]
    mine = partners.get(top.person_id, frozenset())
    rival = next((c for c in ranking.candidates[1:] if c.person_id in mine), None)
    status = match.status
    if (
        status is MatchStatus.KNOWN
        and rival is not None
        and rival.distance - top.distance < pair_margin
    ):
        status = MatchStatus.AMBIGUOUS
    rival_id: int | None = None
    if status is MatchStatus.AMBIGUOUS:
        if rival is not None and rival.distance - top.distance < pair_margin:
            rival_id = rival.person_id
        elif len(ranking.candidates) > 1:
            rival_id = ranking.candidates[1].person_id
    if status is match.status and not mine and rival_id is None:
        return match
    return dataclasses.replace(match, status=status, lookalike=bool(mine), rival_id=rival_id)


def owner_from_maps(
    person_of: Mapping[int, int],
    negative_ids: Container[int] = (),
    exclude_people: Container[int] = (),
) -> TemplateOwner:
    """A ``TemplateOwner`` from ``{template_id: person_id}`` and the set of negative ids."""

    def owner(template_id: int) -> tuple[int, bool] | None:
        pid = person_of.get(template_id)
        if pid is None or pid in exclude_people:
            return None
        return pid, template_id in negative_ids

    return owner


def crowd_score(best: Any, second: Any, weight: float, reach: float) -> Any:
    """The decision score: ``best + weight * max(0, reach - second)`` (scalars or arrays).

    ``second`` is the runner-up person's distance (``inf`` when there is none, then the score
    is the plain distance). The one formula for ``Matcher``, ``evaluate`` and the benchmarks.
    """
    if weight == 0:
        return best
    return best + weight * np.maximum(0.0, reach - np.asarray(second, np.float64))


class Matcher:
    def __init__(
        self,
        threshold: float,
        margin: float,
        *,
        negatives_rule: bool = True,
        crowd_weight: float = 0.0,
        crowd_reach: float = 0.0,
    ) -> None:
        if not (threshold > 0 and math.isfinite(threshold)):
            raise ValueError(f"threshold must be a positive distance, not {threshold!r}")
        if not (margin >= 0 and math.isfinite(margin)):
            raise ValueError(f"margin must be >= 0, not {margin!r}")
        if not (crowd_weight >= 0 and math.isfinite(crowd_weight)):
            raise ValueError(f"crowd_weight must be >= 0, not {crowd_weight!r}")
        if not (crowd_reach >= 0 and math.isfinite(crowd_reach)):
            raise ValueError(f"crowd_reach must be >= 0, not {crowd_reach!r}")
        self.threshold = float(threshold)
        self.margin = float(margin)
        self.negatives_rule = bool(negatives_rule)
        self.crowd_weight = float(crowd_weight)
        self.crowd_reach = float(crowd_reach)

    def score(self, best: float, second: float) -> float:
        """What ``decide`` compares with the threshold (see ``crowd_score``)."""
        return float(crowd_score(best, second, self.crowd_weight, self.crowd_reach))

    def rank(
        self,
        distances: np.ndarray,
        template_ids: np.ndarray,
        owner: TemplateOwner,
        *,
        exhausted: bool = True,
    ) -> PersonRanking:
        """Per-person ranking of one probe's hits (``(k,)`` ascending distances and ids)."""
        best: dict[int, tuple[float, int]] = {}
        negative: dict[int, float] = {}
        dists = np.asarray(distances).reshape(-1).tolist()
        tids = np.asarray(template_ids).reshape(-1).tolist()
        for dist, tid in zip(dists, tids, strict=True):
            if tid < 0 or not math.isfinite(dist):
                continue
            own = owner(int(tid))
            if own is None:
                continue
            pid, is_negative = own
            if is_negative:
                negative.setdefault(pid, float(dist))
            else:
                best.setdefault(pid, (float(dist), int(tid)))
        candidates: list[PersonHit] = []
        rejected: list[PersonHit] = []
        for pid, (dist, tid) in sorted(best.items(), key=lambda kv: (kv[1][0], kv[0])):
            hit = PersonHit(pid, dist, tid, negative.get(pid, math.inf))
            if self.negatives_rule and hit.negative_distance < hit.distance:
                rejected.append(hit)
            else:
                candidates.append(hit)
        return PersonRanking(tuple(candidates), tuple(rejected), exhausted)

    def decide(self, ranking: PersonRanking, name_of: NameOf | None = None) -> Match:
        """The decision for one probe from its ranking."""
        if not ranking.candidates:
            return Match.unknown(self.threshold)
        top = ranking.candidates[0]
        second = ranking.candidates[1].distance if len(ranking.candidates) > 1 else math.inf
        gap = second - top.distance
        if self.score(top.distance, second) <= self.threshold:
            status = MatchStatus.KNOWN if gap >= self.margin else MatchStatus.AMBIGUOUS
        else:
            status = MatchStatus.UNKNOWN
        if status is MatchStatus.UNKNOWN:
            return Match(status, None, None, top.distance, gap, None, self.threshold)
        name = name_of(top.person_id) if name_of is not None else None
        return Match(
            status, top.person_id, name, top.distance, gap, top.template_id, self.threshold
        )

    def match(
        self,
        distances: np.ndarray,
        template_ids: np.ndarray,
        owner: TemplateOwner,
        name_of: NameOf | None = None,
    ) -> Match:
        """``rank`` + ``decide`` for one probe whose hits cover what matters."""
        return self.decide(self.rank(distances, template_ids, owner), name_of)

    def verify(
        self,
        person_id: int,
        positive_distances: np.ndarray,
        positive_ids: np.ndarray,
        negative_distances: np.ndarray | None = None,
        name: str | None = None,
    ) -> Match:
        """1:1 decision: the probe against one person's templates (no margin: no rival).

        KNOWN when the best positive is within the threshold and (negatives rule) not
        farther than the nearest negative; the margin field is ``inf``. Unlike ``decide``,
        the person is named whatever the answer (the question was about them).
        """
        pos = np.asarray(positive_distances, dtype=np.float64).reshape(-1)
        if len(pos) == 0:
            inf = math.inf
            return Match(MatchStatus.UNKNOWN, person_id, name, inf, inf, None, self.threshold)
        j = int(np.argmin(pos))
        dist = float(pos[j])
        tid = int(np.asarray(positive_ids).reshape(-1)[j])
        neg = (
            float(np.min(negative_distances))
            if negative_distances is not None and len(negative_distances)
            else math.inf
        )
        ok = dist <= self.threshold and not (self.negatives_rule and neg < dist)
        status = MatchStatus.KNOWN if ok else MatchStatus.UNKNOWN
        return Match(status, person_id, name, dist, math.inf, tid, self.threshold)
