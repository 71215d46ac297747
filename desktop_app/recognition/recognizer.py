"""``Recognizer``: frames and still images -> who is where.

- Live video (``process_frame``): the pipeline's video path (full detection every few frames,
  landmark tracking in between), an IoU tracker that gives each face a track id, and the
  gallery's decision for each face in this frame alone (``confirmed`` False). Confirming a
  track over frames (voting or fusing) is the live loop's job: ``attendance/live.py``.
- Stills (``identify_image``): every face, exact detection; ``confirmed`` = the match is KNOWN.

Embeddings of stills (and of every enrollment template) are the mean of the chip's and its
mirror image's when ``recognition.flip_average`` is on (measured to help, see
``recognition/defaults.py``); video frames take one pass unless
``recognition.live_flip_average`` (half the time; the live loop's vote covers the difference).
"""

from __future__ import annotations

import logging
import time
from typing import Any

import numpy as np

from desktop_app.config import Settings
from desktop_app.recognition.types import FrameResult, Match, RecognizedFace
from desktop_app.vision.align import align_face
from desktop_app.vision.image_io import to_bgr_uint8
from desktop_app.vision.pipeline import embed_chips
from desktop_app.vision.tracker import IoUTracker
from desktop_app.vision.types import Face, FaceObservation

log = logging.getLogger(__name__)


class Recognizer:
    def __init__(self, settings: Settings, pipeline: Any, gallery: Any) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.gallery = gallery
        rec = settings.recognition
        self.flip_average = bool(rec.flip_average)
        self.tracker = IoUTracker()
        self._frame_index = 0
        det = pipeline.detector
        self._still_detector = det.with_options(fast=False) if hasattr(det, "with_options") else det

    # ---- helpers -------------------------------------------------------------------------
    def _embeddings(self, observations: list[FaceObservation]) -> np.ndarray:
        if not observations:
            return np.zeros((0, int(self.pipeline.embedder.dim)), np.float32)
        return np.stack([np.asarray(o.embedding, np.float32) for o in observations])

    def decide(self, embeddings: np.ndarray) -> list[Match]:
        """The gallery's decision for each of ``(N, D)`` embeddings."""
        if len(embeddings) == 0:
            return []
        return list(self.gallery.identify(embeddings))

    # ---- live video ----------------------------------------------------------------------
    def process_frame(self, frame_bgr: np.ndarray) -> FrameResult:
        t0 = time.perf_counter()
        frame = to_bgr_uint8(frame_bgr, "the camera frame")
        observations = list(self.pipeline.process_video_frame(frame))
        t1 = time.perf_counter()
        embeddings = self._embeddings(observations)
        t2 = time.perf_counter()
        track_ids = self.tracker.update([o.face.box for o in observations])
        ended = tuple(self.tracker.ended)
        matches = self.decide(embeddings)
        faces = [
            RecognizedFace(
                face=obs.face, match=match, track_id=tid, embedding=emb, chip_rgb=obs.chip_rgb
            )
            for obs, tid, match, emb in zip(
                observations, track_ids, matches, embeddings, strict=True
            )
        ]
        t3 = time.perf_counter()
        timings = _pipeline_timings(self.pipeline, (t1 - t0) * 1000)
        timings["embed"] = timings.get("embed", 0.0) + (t2 - t1) * 1000
        timings["match"] = (t3 - t2) * 1000
        timings["total"] = (t3 - t0) * 1000
        index = self._frame_index
        self._frame_index += 1
        return FrameResult(faces=faces, frame_index=index, timings_ms=timings, ended_tracks=ended)

    def reset(self) -> None:
        """Forget tracks (a new video, camera switched); the live loop forgets its evidence."""
        self.tracker.reset()
        self._frame_index = 0
        if hasattr(self.pipeline, "reset"):
            self.pipeline.reset()

    # ---- stills --------------------------------------------------------------------------
    def identify_image(self, image_bgr: np.ndarray) -> list[RecognizedFace]:
        """Every face of a still image, largest first; ``confirmed`` when KNOWN."""
        image = to_bgr_uint8(image_bgr, "the image")
        faces: list[Face] = sorted(
            self._still_detector.detect(image), key=lambda f: f.area, reverse=True
        )
        if not faces:
            return []
        size = int(self.pipeline.embedder.chip_size)
        chips = np.stack([align_face(image, f.landmarks, size) for f in faces])
        embeddings = embed_chips(self.pipeline.embedder, chips, self.flip_average)
        matches = self.decide(embeddings)
        return [
            RecognizedFace(face=f, match=mt, confirmed=mt.known, embedding=e, chip_rgb=c)
            for f, mt, e, c in zip(faces, matches, embeddings, chips, strict=True)
        ]

    def identify_embedding(self, embedding: np.ndarray) -> Match:
        return self.decide(np.asarray(embedding, np.float32).reshape(1, -1))[0]


def _pipeline_timings(pipeline: Any, elapsed_ms: float) -> dict[str, float]:
    """detect/embed split of the pipeline call, from what it reports (else all 'detect')."""
    reported = dict(getattr(pipeline, "last_timings", None) or {})
    detect = sum(float(reported.get(k, 0.0)) for k in ("detect", "track", "align"))
    embed = float(reported.get("embed", 0.0))
    if detect + embed <= 0.0:
        return {"detect": elapsed_ms, "embed": 0.0}
    return {"detect": detect, "embed": embed}
