"""Matcher: per-person decisions from per-template hits (threshold, margin, negatives)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from desktop_app.recognition.index import FaceIndex
from desktop_app.recognition.matcher import Matcher, owner_from_maps
from desktop_app.recognition.types import MatchStatus

# template id -> person id; 30 and 31 are negatives of person 1 ("not Ana")
PERSON_OF = {10: 1, 11: 1, 12: 1, 20: 2, 21: 2, 30: 1, 31: 1, 40: 3}
NEGATIVES = {30, 31}
NAMES = {1: "Ana", 2: "Bo", 3: "Cy"}
OWNER = owner_from_maps(PERSON_OF, NEGATIVES)


def hits(*pairs: tuple[int, float]) -> tuple[np.ndarray, np.ndarray]:
    ids = np.array([p[0] for p in pairs], np.int64)
    dist = np.array([p[1] for p in pairs], np.float32)
    return dist, ids


def test_best_template_of_each_person_decides() -> None:
    m = Matcher(0.6, 0.05)
    d, i = hits((11, 0.30), (10, 0.33), (20, 0.50), (12, 0.55), (21, 0.7))
    match = m.match(d, i, OWNER, NAMES.get)
    assert match.status is MatchStatus.KNOWN
    assert (match.person_id, match.name, match.template_id) == (1, "Ana", 11)
    assert match.distance == pytest.approx(0.30)
    # second-best PERSON is Bo at 0.50, not Ana's own second template at 0.33
    assert match.margin == pytest.approx(0.20)


def test_margin_rule_flips_known_and_ambiguous_at_the_boundary() -> None:
    d, i = hits((10, 0.40), (20, 0.45))
    assert Matcher(0.6, 0.049).match(d, i, OWNER).status is MatchStatus.KNOWN
    amb = Matcher(0.6, 0.051).match(d, i, OWNER, NAMES.get)
    assert amb.status is MatchStatus.AMBIGUOUS
    assert amb.person_id == 1 and amb.name == "Ana"  # says who it looks like
    assert amb.margin == pytest.approx(0.05, abs=1e-6)


def test_threshold_boundary_and_unknown() -> None:
    d, i = hits(
        (20, 0.5),
    )  # 0.5 is exact in float32
    assert Matcher(0.5, 0.1).match(d, i, OWNER).status is MatchStatus.KNOWN  # <= threshold
    unknown = Matcher(0.4999, 0.1).match(d, i, OWNER, NAMES.get)
    assert unknown.status is MatchStatus.UNKNOWN
    assert unknown.person_id is None and unknown.name is None and not unknown.known
    assert unknown.distance == pytest.approx(0.5)  # kept for display
    # a single person has no rival: the margin is infinite and passes
    assert Matcher(0.6, 0.5).match(d, i, OWNER).margin == math.inf


def test_empty_and_unknown_ids_give_unknown() -> None:
    m = Matcher(0.6, 0.0)
    assert m.match(*hits(), OWNER).status is MatchStatus.UNKNOWN
    d, i = hits((-1, math.inf), (999, 0.1))  # 999 is nobody's template
    match = m.match(d, i, OWNER)
    assert match.status is MatchStatus.UNKNOWN and match.distance == math.inf


def test_negative_example_rejects_that_person_and_next_person_is_considered() -> None:
    m = Matcher(0.6, 0.05)
    # nearest hit is a "not Ana" example, then Ana's template, then Bo
    d, i = hits((30, 0.20), (10, 0.25), (20, 0.40), (40, 0.8))
    match = m.match(d, i, OWNER, NAMES.get)
    assert match.person_id == 2 and match.status is MatchStatus.KNOWN
    # Ana, dropped by the negative, is not counted as a rival of Bo
    assert match.margin == pytest.approx(0.40)
    ranking = m.rank(d, i, OWNER)
    assert [h.person_id for h in ranking.rejected] == [1]
    # the same hits without the rule pick Ana
    assert Matcher(0.6, 0.05, negatives_rule=False).match(d, i, OWNER).person_id == 1


def test_negative_farther_than_best_positive_does_not_reject() -> None:
    d, i = hits((10, 0.25), (30, 0.30), (20, 0.50))
    match = Matcher(0.6, 0.05).match(d, i, OWNER)
    assert match.person_id == 1 and match.status is MatchStatus.KNOWN


def test_excluded_people_are_ignored() -> None:
    owner = owner_from_maps(PERSON_OF, NEGATIVES, exclude_people={1})
    d, i = hits((10, 0.1), (20, 0.3))
    assert Matcher(0.6, 0.0).match(d, i, owner).person_id == 2


def test_verify_one_to_one() -> None:
    m = Matcher(0.6, 0.3)
    ok = m.verify(1, np.array([0.7, 0.5]), np.array([10, 11]), name="Ana")
    assert ok.status is MatchStatus.KNOWN and ok.template_id == 11
    assert ok.distance == pytest.approx(0.5) and ok.margin == math.inf
    no = m.verify(1, np.array([0.65]), np.array([10]), name="Ana")
    assert no.status is MatchStatus.UNKNOWN and no.person_id == 1
    rejected = m.verify(1, np.array([0.5]), np.array([10]), np.array([0.4]))
    assert rejected.status is MatchStatus.UNKNOWN


def test_with_a_real_index_end_to_end() -> None:
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((3, 32)).astype(np.float32)
    ids, vecs, person_of = [], [], {}
    for p in range(3):
        for j in range(3):
            tid = 100 * (p + 1) + j
            ids.append(tid)
            vecs.append(centres[p] + 0.05 * rng.standard_normal(32).astype(np.float32))
            person_of[tid] = p + 1
    index = FaceIndex(32, normalize=False)
    index.add(ids, np.stack(vecs))
    probe = centres[1] + 0.05 * rng.standard_normal(32).astype(np.float32)
    d, i = index.search(probe, 9)
    match = Matcher(0.6, 0.1).match(d[0], i[0], owner_from_maps(person_of))
    assert match.known and match.person_id == 2
    # stranger far from everyone
    d, i = index.search(centres.mean(0) + 5.0, 9)
    assert not Matcher(0.6, 0.1).match(d[0], i[0], owner_from_maps(person_of)).known


def test_invalid_policy_values() -> None:
    with pytest.raises(ValueError):
        Matcher(0.0, 0.1)
    with pytest.raises(ValueError):
        Matcher(0.6, -0.1)


def test_remembered_lookalikes_need_the_stricter_pair_margin() -> None:
    from desktop_app.recognition.matcher import apply_lookalikes, partners_of

    m = Matcher(0.6, 0.03)
    d, i = hits((10, 0.30), (20, 0.34), (40, 0.50))  # Ana, Bo 0.04 farther, Cy
    ranking = m.rank(d, i, OWNER)
    plain = m.decide(ranking, NAMES.get)
    assert plain.status is MatchStatus.KNOWN and not plain.lookalike
    # Ana and Bo enrolled knowingly as look-alikes: 0.04 < 0.05 is too close to tell apart
    pairs = partners_of([(2, 1)])
    strict = apply_lookalikes(plain, ranking, pairs, 0.05)
    assert strict.status is MatchStatus.AMBIGUOUS and strict.lookalike
    assert (strict.person_id, strict.rival_id) == (1, 2)
    # far enough apart: still KNOWN, but flagged so a kiosk asks for a second factor
    loose = apply_lookalikes(plain, ranking, pairs, 0.035)
    assert loose.status is MatchStatus.KNOWN and loose.lookalike and loose.rival_id is None
    # Ana's look-alike is Cy (0.20 farther): Bo's 0.04 gap is only the ordinary margin
    other = apply_lookalikes(plain, ranking, partners_of([(1, 3)]), 0.05)
    assert other.status is MatchStatus.KNOWN and other.lookalike
    # an unknown face stays unknown; a person without a pair is untouched
    far = m.decide(m.rank(*hits((10, 0.7)), OWNER))
    assert apply_lookalikes(far, m.rank(*hits((10, 0.7)), OWNER), pairs, 0.05) == far
    assert apply_lookalikes(plain, ranking, partners_of([(2, 3)]), 0.05) == plain


def test_crowding_penalty_refuses_a_probe_close_to_several_people() -> None:
    """A stranger in a large gallery sits about as close to several people; an enrolled
    person is clearly nearest to one. The penalty comes from the runner-up's distance."""
    m = Matcher(0.37, 0.03, crowd_weight=0.5, crowd_reach=0.5)
    crowded = m.match(*hits((10, 0.33), (20, 0.37)), OWNER, NAMES.get)  # 0.33 + 0.5 * 0.13
    assert crowded.status is MatchStatus.UNKNOWN and crowded.person_id is None
    assert crowded.distance == pytest.approx(0.33)  # the plain distance is still shown
    alone = m.match(*hits((10, 0.33), (20, 0.52)), OWNER, NAMES.get)  # runner-up beyond reach
    assert alone.status is MatchStatus.KNOWN and alone.name == "Ana"
    # without the penalty the crowded probe would have been taken for Ana
    plain = Matcher(0.37, 0.03).match(*hits((10, 0.33), (20, 0.37)), OWNER)
    assert plain.status is MatchStatus.KNOWN
    # one enrolled person: no runner-up, the score is the distance
    assert m.match(*hits((20, 0.36)), OWNER).status is MatchStatus.KNOWN
    # 1:1 verification has no rival either
    ok = m.verify(1, np.array([0.36]), np.array([10]))
    assert ok.status is MatchStatus.KNOWN


def test_crowd_score_is_the_plain_distance_without_weight() -> None:
    from desktop_app.recognition.matcher import crowd_score

    assert crowd_score(0.3, 0.31, 0.0, 0.5) == 0.3
    got = crowd_score(np.array([0.3, 0.3]), np.array([0.4, np.inf]), 0.5, 0.5)
    assert got == pytest.approx([0.35, 0.3])
    with pytest.raises(ValueError):
        Matcher(0.4, 0.0, crowd_weight=-1.0)
