"""Values passed between recognition, attendance and the UI."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from desktop_app.vision.types import Face


class MatchStatus(StrEnum):
    KNOWN = "known"
    UNKNOWN = "unknown"
    AMBIGUOUS = "ambiguous"  # two people too close to tell apart (margin rule)


@dataclass(frozen=True)
class Match:
    status: MatchStatus
    person_id: int | None
    name: str | None
    distance: float  # to the best person's best template; inf for an empty gallery
    margin: float  # second-best person's distance minus best's; inf when only one person
    template_id: int | None
    threshold: float
    # The named person has a remembered look-alike (``lookalike_pairs``): a kiosk asks them
    # for a second factor. ``rival_id``: the other person of an AMBIGUOUS match (runner-up or
    # the look-alike the stricter pair rule could not tell apart), else None.
    lookalike: bool = False
    rival_id: int | None = None

    @property
    def known(self) -> bool:
        return self.status is MatchStatus.KNOWN

    @staticmethod
    def unknown(threshold: float) -> Match:
        return Match(MatchStatus.UNKNOWN, None, None, math.inf, math.inf, None, threshold)


@dataclass(frozen=True, eq=False)
class RecognizedFace:
    face: Face
    match: Match
    track_id: int | None = None
    # Set by the live loop's track evidence (attendance/live.py) for video, or at once for a
    # still image whose match is KNOWN. Only confirmed faces may mark attendance.
    confirmed: bool = False
    embedding: np.ndarray | None = None  # (D,) float32
    chip_rgb: np.ndarray | None = None  # (S, S, 3) uint8


@dataclass(frozen=True)
class FrameResult:
    faces: list[RecognizedFace]
    frame_index: int = 0
    timings_ms: dict[str, float] = field(default_factory=dict)
    ended_tracks: tuple[int, ...] = ()  # tracks that ended with this frame (never come back)
    resumed_tracks: tuple[int, ...] = ()  # tracks whose face is back after frames without it
    frame_size: tuple[int, int] | None = None  # (width, height) of the frame, when known
