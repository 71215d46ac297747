"""``Recognizer``: frames and still images -> who is where.

- Live video (``process_frame``): the pipeline's video path (full detection every few frames,
  landmark tracking in between, the pipeline's tracker giving each face a track id), and the
  gallery's decision for each face in this frame alone (``confirmed`` False). Confirming a
  track over frames (voting or fusing) is the live loop's job: ``attendance/live.py``.
- Stills (``identify_image``): every face, exact detection; ``confirmed`` = the match is KNOWN.
  A frame of the camera (``camera=True``, "Identify now") is searched as the live view
  searches it, so the faces boxed on the live view are the faces identified.

Embeddings of stills (and of every enrollment template) are the mean of the chip's and its
mirror image's when ``recognition.flip_average`` is on (measured to help, see
``recognition/defaults.py``); video frames take one pass unless
``recognition.live_flip_average`` (half the time; the live loop's vote covers the difference).
"""

from __future__ import annotations

import logging
import time

import numpy as np

from desktop_app.config import Settings
from desktop_app.recognition.gallery import Gallery
from desktop_app.recognition.types import FrameResult, Match, RecognizedFace
from desktop_app.vision.image_io import to_bgr_uint8
from desktop_app.vision.pipeline import FacePipeline
from desktop_app.vision.types import FaceObservation

log = logging.getLogger(__name__)


class Recognizer:
    def __init__(self, settings: Settings, pipeline: FacePipeline, gallery: Gallery) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.gallery = gallery
        self._frame_index = 0

    # ---- helpers -------------------------------------------------------------------------
    def _embeddings(self, observations: list[FaceObservation]) -> np.ndarray:
        if not observations:
            return np.zeros((0, self.pipeline.embedder.dim), np.float32)
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
        ended = tuple(self.pipeline.ended_tracks)
        matches = self.decide(embeddings)
        faces = [
            RecognizedFace(
                face=obs.face,
                match=match,
                track_id=obs.track_id,
                embedding=emb,
                chip_rgb=obs.chip_rgb,
            )
            for obs, match, emb in zip(observations, matches, embeddings, strict=True)
        ]
        t3 = time.perf_counter()
        timings = _pipeline_timings(self.pipeline, (t1 - t0) * 1000)
        timings["embed"] = timings.get("embed", 0.0) + (t2 - t1) * 1000
        timings["match"] = (t3 - t2) * 1000
        timings["total"] = (t3 - t0) * 1000
        index = self._frame_index
        self._frame_index += 1
        h, w = frame.shape[:2]
        return FrameResult(
            faces=faces,
            frame_index=index,
            timings_ms=timings,
            ended_tracks=ended,
            resumed_tracks=tuple(self.pipeline.resumed_tracks),
            frame_size=(int(w), int(h)),
        )

    def reset(self) -> None:
        """Forget tracks (a new video, camera switched); the live loop forgets its evidence."""
        self._frame_index = 0
        self.pipeline.reset()

    # ---- stills --------------------------------------------------------------------------
    def identify_image(
        self, image_bgr: np.ndarray, *, camera: bool = False
    ) -> list[RecognizedFace]:
        """Every face of a still image, largest first; ``confirmed`` when KNOWN.

        ``camera``: the image is a frame of this context's camera: its faces are found with
        the camera's detector and landmarker (in a room these keep the turned and laughing
        faces Face Mesh doubts, which the still path drops: "Identify now" on an audience
        found Barack Obama alone while the live view boxed the women beside him), and
        embedded as stills are."""
        image = to_bgr_uint8(image_bgr, "the image")
        found = self.pipeline.process(image) if camera else self.pipeline.process_still(image)
        observations = sorted(found, key=lambda o: o.face.area, reverse=True)
        embeddings = self._embeddings(observations)
        matches = self.decide(embeddings)
        return [
            RecognizedFace(
                face=o.face, match=mt, confirmed=mt.known, embedding=e, chip_rgb=o.chip_rgb
            )
            for o, mt, e in zip(observations, matches, embeddings, strict=True)
        ]


def _pipeline_timings(pipeline: FacePipeline, elapsed_ms: float) -> dict[str, float]:
    """detect/embed split of the pipeline call, from what it reports (else all 'detect')."""
    reported = pipeline.last_timings
    detect = sum(float(reported.get(k, 0.0)) for k in ("detect", "track", "align"))
    embed = float(reported.get("embed", 0.0))
    if detect + embed <= 0.0:
        return {"detect": elapsed_ms, "embed": 0.0}
    return {"detect": detect, "embed": embed}
