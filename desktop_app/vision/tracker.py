"""Face tracks across video frames (IoU on boxes) and per-track voting.

``IoUTracker`` gives each face a track id: boxes of a new frame are matched to the live
tracks greedily by intersection-over-union, highest first (at least ``iou_threshold``); an
unmatched box starts a new track; a track unmatched for more than ``max_missed`` frames ends
(its id is in ``ended`` after that update and is never reused); a track matched again after
frames without its face is in ``resumed``. ``split`` ends a live track whose face turned out
to be someone else and lets the face go on under a new id.

``TrackVoter`` confirms a person for a track only when at least ``confirm_frames`` (N) of
the last ``confirm_window`` (M) votes of that track name the same person: one bad frame can
neither confirm someone nor, once N of M agree, undo the confirmation.

Pure numpy; boxes are ``(x1, y1, x2, y2)`` in pixels.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.vision.boxes import iou_matrix


@dataclass
class _Track:
    box: np.ndarray  # (4,) float64
    missed: int = 0
    hits: int = 1


class IoUTracker:
    def __init__(self, iou_threshold: float = 0.3, max_missed: int = 5) -> None:
        if not 0.0 < iou_threshold <= 1.0:
            raise ValueError("iou_threshold must be in (0, 1]")
        if max_missed < 0:
            raise ValueError("max_missed must be >= 0")
        self.iou_threshold = float(iou_threshold)
        self.max_missed = int(max_missed)
        self._tracks: dict[int, _Track] = {}
        self._next_id = 1
        self.ended: list[int] = []  # tracks that ended in the last update
        self.resumed: list[int] = []  # tracks matched in the last update after missed frames

    @property
    def active_ids(self) -> list[int]:
        return sorted(self._tracks)

    def update(self, boxes: Sequence[Sequence[float]]) -> list[int]:
        """Track ids for this frame's boxes, in input order."""
        det = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
        track_ids = list(self._tracks)
        assigned: list[int | None] = [None] * len(det)
        matched_tracks: set[int] = set()
        if len(det) and track_ids:
            prev = np.stack([self._tracks[t].box for t in track_ids])
            iou = iou_matrix(det, prev)
            pairs = np.argwhere(iou >= self.iou_threshold)
            # greedy: highest IoU first; ties broken by detection then track order
            order = np.lexsort((pairs[:, 1], pairs[:, 0], -iou[pairs[:, 0], pairs[:, 1]]))
            for di, ti in pairs[order]:
                tid = track_ids[ti]
                if assigned[di] is not None or tid in matched_tracks:
                    continue
                assigned[di] = tid
                matched_tracks.add(tid)
        self.resumed = []
        for di, tid in enumerate(assigned):
            if tid is None:
                tid = self._next_id
                self._next_id += 1
                self._tracks[tid] = _Track(det[di].copy())
                assigned[di] = tid
            else:
                track = self._tracks[tid]
                track.box = det[di].copy()
                if track.missed:
                    self.resumed.append(int(tid))
                track.missed = 0
                track.hits += 1
        self.ended = []
        for tid in track_ids:
            if tid in matched_tracks:
                continue
            track = self._tracks[tid]
            track.missed += 1
            if track.missed > self.max_missed:
                del self._tracks[tid]
                self.ended.append(tid)
        return [int(t) for t in assigned]  # type: ignore[arg-type]

    def split(self, track_id: int) -> int:
        """The face on live track ``track_id`` is not the track's person (someone stepped into
        another's place): that track ends (added to ``ended``) and the face goes on, with the
        same box, under a new id, which is returned."""
        track = self._tracks.pop(track_id)
        new = self._next_id
        self._next_id += 1
        self._tracks[new] = _Track(track.box.copy())
        self.ended.append(track_id)
        return new

    def reset(self) -> list[int]:
        """End every track (new video, camera restarted); returns their ids."""
        ended = sorted(self._tracks)
        self._tracks.clear()
        self.ended = ended
        self.resumed = []
        return ended


class TrackVoter:
    def __init__(self, confirm_frames: int = 3, confirm_window: int = 5) -> None:
        if confirm_frames < 1 or confirm_window < confirm_frames:
            raise ValueError("need 1 <= confirm_frames <= confirm_window")
        self.confirm_frames = int(confirm_frames)
        self.confirm_window = int(confirm_window)
        self._votes: dict[int, deque[int | None]] = {}

    def vote(self, track_id: int, person_id: int | None) -> tuple[bool, int | None]:
        """Record this frame's answer for the track (None = unknown/ambiguous).

        Returns ``(True, person)`` when ``person`` has at least N of the last M votes,
        else ``(False, None)``.
        """
        votes = self._votes.setdefault(track_id, deque(maxlen=self.confirm_window))
        votes.append(person_id)
        return self.status(track_id)

    def status(self, track_id: int) -> tuple[bool, int | None]:
        votes = self._votes.get(track_id)
        if not votes:
            return False, None
        counts = Counter(v for v in votes if v is not None)
        if not counts:
            return False, None
        person, n = counts.most_common(1)[0]
        if n >= self.confirm_frames:
            return True, person
        return False, None

    def forget(self, track_ids: Iterable[int]) -> None:
        for tid in track_ids:
            self._votes.pop(tid, None)

    def __len__(self) -> int:
        return len(self._votes)
