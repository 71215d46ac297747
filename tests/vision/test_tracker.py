"""IoU tracker and N-of-M track voting."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.vision.boxes import iou_matrix
from desktop_app.vision.tracker import IoUTracker, TrackVoter


def shift(box: tuple[float, ...], dx: float, dy: float = 0.0) -> tuple[float, ...]:
    x1, y1, x2, y2 = box
    return (x1 + dx, y1 + dy, x2 + dx, y2 + dy)


A = (100.0, 100.0, 200.0, 200.0)
B = (400.0, 120.0, 480.0, 200.0)


def test_iou_matrix_values() -> None:
    iou = iou_matrix(np.array([A, B]), np.array([A, shift(A, 50), (0, 0, 0, 0)]))
    assert iou[0, 0] == pytest.approx(1.0)
    assert iou[0, 1] == pytest.approx(5000 / 15000)
    assert iou[0, 2] == 0.0 and iou[1, 0] == 0.0


def test_ids_follow_moving_faces_in_input_order() -> None:
    tr = IoUTracker(iou_threshold=0.3)
    first = tr.update([A, B])
    assert len(set(first)) == 2
    a_id, b_id = first
    # both move a little; input order swapped
    assert tr.update([shift(B, 10), shift(A, 15)]) == [b_id, a_id]
    assert tr.update([shift(A, 30, 5)]) == [a_id]  # B missing for a frame
    assert tr.update([shift(B, 12), shift(A, 40, 5)]) == [b_id, a_id]


def test_a_jump_beyond_the_iou_threshold_starts_a_new_track() -> None:
    tr = IoUTracker(iou_threshold=0.3)
    (a_id,) = tr.update([A])
    (other,) = tr.update([shift(A, 80)])  # IoU 20/180 ~ 0.11
    assert other != a_id


def test_tracks_end_after_max_missed_frames_and_ids_are_not_reused() -> None:
    tr = IoUTracker(max_missed=2)
    (a_id,) = tr.update([A])
    tr.update([])
    tr.update([])
    assert tr.ended == [] and a_id in tr.active_ids
    tr.update([])
    assert tr.ended == [a_id] and a_id not in tr.active_ids
    (new_id,) = tr.update([A])
    assert new_id != a_id


def test_a_split_track_ends_and_its_face_goes_on_under_a_new_id() -> None:
    """Someone else stepped into the track's place: the old id ends and never comes back;
    the face keeps being followed under the new one."""
    tr = IoUTracker()
    (a,) = tr.update([A])
    new = tr.split(a)
    assert new != a and a in tr.ended and tr.active_ids == [new]
    assert tr.update([shift(A, 5)]) == [new]
    assert tr.update([A]) == [new]


def test_a_face_back_after_missed_frames_is_named_as_resumed() -> None:
    tr = IoUTracker()
    (a,) = tr.update([A])
    assert tr.update([A]) == [a] and tr.resumed == []
    tr.update([])
    tr.update([])
    assert tr.update([A]) == [a] and tr.resumed == [a]
    tr.update([A])
    assert tr.resumed == []


def test_two_faces_close_together_do_not_swap() -> None:
    tr = IoUTracker(iou_threshold=0.1)
    left, right = (100.0, 100.0, 200.0, 200.0), (160.0, 100.0, 260.0, 200.0)
    l_id, r_id = tr.update([left, right])
    # both move right by 20: the right box now overlaps left's old box a lot as well
    assert tr.update([shift(right, 20), shift(left, 20)]) == [r_id, l_id]


def test_one_bad_frame_never_confirms() -> None:
    voter = TrackVoter(confirm_frames=3, confirm_window=5)
    assert voter.vote(1, 9) == (False, None)  # a single frame says 9: not enough
    assert voter.vote(1, 7) == (False, None)
    assert voter.vote(1, None) == (False, None)
    assert voter.vote(1, 7) == (False, None)
    assert voter.vote(1, 7) == (True, 7)  # 3 of the last 5
    # once confirmed, one bad frame does not flip the decision to someone else
    assert voter.vote(1, 9) == (True, 7)  # window 7, None, 7, 7, 9
    # with N=1 of 1 a single frame would confirm: the default never does
    assert TrackVoter(1, 1).vote(3, 9) == (True, 9)
    assert TrackVoter().vote(3, 9) == (False, None)


def test_votes_outside_the_window_are_forgotten() -> None:
    voter = TrackVoter(confirm_frames=3, confirm_window=4)
    for pid in (5, 5, None, None):
        voter.vote(2, pid)
    assert voter.vote(2, 5) == (False, None)  # window: None, None, 5 (the first 5s slid out)
    assert voter.vote(2, 5)[0] is False
    assert voter.vote(2, 5) == (True, 5)


def test_tracks_vote_independently_and_forget() -> None:
    voter = TrackVoter(confirm_frames=2, confirm_window=3)
    voter.vote(1, 4)
    voter.vote(2, 4)
    assert voter.vote(1, 4) == (True, 4)
    voter.forget([1])
    assert voter.vote(1, 4) == (False, None)  # a forgotten track starts over
    assert len(voter) == 2


def test_voter_rejects_impossible_settings() -> None:
    with pytest.raises(ValueError):
        TrackVoter(confirm_frames=5, confirm_window=3)
    with pytest.raises(ValueError):
        IoUTracker(iou_threshold=0.0)
