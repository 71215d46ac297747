"""Detect -> align -> embed, for still images and for video.

``FacePipeline.process(image)`` runs a full detection; ``process_video_frame(frame)`` runs a
full detection every ``settings.detector.detect_every`` frames and, in between, re-finds the
known faces by feeding last frame's boxes to O-Net alone (``MTCNNDetector.track``), which is
several times cheaper (when tracking loses a face, that frame gets a full detection). Faces
keep a ``track_id`` from frame to frame (matched by box overlap). All faces of a frame are
aligned, then embedded in one batch. Stills are flip-averaged (``recognition.flip_average``);
video frames take a single pass unless ``recognition.live_flip_average`` (see config.py).

``build_pipeline(settings, zoo)`` builds (once) and verifies the models named in the settings
and returns the pipeline; the composition root (``AppContext.pipeline``) calls it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from desktop_app.config import Settings
from desktop_app.errors import ModelError
from desktop_app.modelzoo.registry import ModelZoo, Progress
from desktop_app.vision.align import align_face
from desktop_app.vision.types import Face, FaceObservation

log = logging.getLogger(__name__)

_MATCH_IOU = 0.3  # a face in this frame continues a track when its box overlaps this much


def embed_chips(embedder: Any, chips_nhwc_rgb: np.ndarray, flip_average: bool) -> np.ndarray:
    """(N, D) embeddings of chips, averaged with their mirror images when ``flip_average``."""
    if flip_average and hasattr(embedder, "embed_flip_average"):
        return np.asarray(embedder.embed_flip_average(chips_nhwc_rgb), np.float32)
    if flip_average:
        chips = np.asarray(chips_nhwc_rgb)
        n = len(chips)
        out = np.asarray(embedder.embed(np.concatenate([chips, chips[:, :, ::-1]])), np.float32)
        return (out[:n] + out[n:]) * 0.5
    return np.asarray(embedder.embed(chips_nhwc_rgb), np.float32)


class FacePipeline:
    """One detector and one embedder; synchronous, one frame at a time (not thread-safe)."""

    def __init__(self, detector: Any, embedder: Any, settings: Settings) -> None:
        self.detector = detector
        self.embedder = embedder
        self.settings = settings
        self.last_timings: dict[str, float] = {}
        self._next_track_id = 1  # unique for the pipeline's lifetime, across reset()
        self.reset()

    # ---- still images --------------------------------------------------------------------
    def process(self, image_bgr: np.ndarray, *, flip: bool | None = None) -> list[FaceObservation]:
        """Every face in a still image, with chip and embedding (no tracking state).

        ``flip``: flip-average the embeddings (None: ``recognition.flip_average``)."""
        t0 = time.perf_counter()
        faces = self.detector.detect(image_bgr)
        detect_ms = (time.perf_counter() - t0) * 1000
        return self._observe(image_bgr, faces, {"detect": detect_ms}, None, t0, flip)

    def embed_faces(self, image_bgr: np.ndarray, faces: Sequence[Face]) -> list[FaceObservation]:
        """Align and embed faces found elsewhere (e.g. a face the user picked)."""
        return self._observe(
            image_bgr, list(faces), {"detect": 0.0}, None, time.perf_counter(), None
        )

    # ---- video ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget the tracked faces: the next video frame gets a full detection."""
        self._frame_index = 0
        self._tracks: list[tuple[int, Face]] = []

    def process_video_frame(self, image_bgr: np.ndarray) -> list[FaceObservation]:
        """Full detection every ``detect_every`` frames, else O-Net tracking of last frame's
        faces. Also a full detection when nothing is tracked, and at once when tracking loses
        a face (it moved too far, or left): the frame then costs a detection, recall does not
        drop."""
        every = self.settings.detector.detect_every
        t0 = time.perf_counter()
        full = not self._tracks or self._frame_index % every == 0
        if full:
            faces = self.detector.detect(image_bgr)
        else:
            previous = [face for _, face in self._tracks]
            faces = self.detector.track(image_bgr, previous)
            if len(faces) < len(previous):
                faces, full = self.detector.detect(image_bgr), True
        detect_ms = (time.perf_counter() - t0) * 1000
        self._frame_index += 1
        ids = self._assign_tracks(faces)
        timings = {"detect" if full else "track": detect_ms}
        return self._observe(image_bgr, faces, timings, ids, t0, self.live_flip)

    @property
    def live_flip(self) -> bool:
        """Whether video frames are flip-averaged (``recognition.live_flip_average``)."""
        rec = self.settings.recognition
        return bool(rec.flip_average and rec.live_flip_average)

    # ---- internals -----------------------------------------------------------------------
    def _observe(
        self,
        image_bgr: np.ndarray,
        faces: list[Face],
        timings: dict[str, float],
        track_ids: list[int] | None,
        t0: float,
        flip: bool | None,
    ) -> list[FaceObservation]:
        size = self.embedder.chip_size
        t1 = time.perf_counter()
        chips = [align_face(image_bgr, f.landmarks, size) for f in faces]
        t2 = time.perf_counter()
        embeddings = self._embed(
            chips, self.settings.recognition.flip_average if flip is None else flip
        )
        t3 = time.perf_counter()
        timings = {
            **timings,
            "align": (t2 - t1) * 1000,
            "embed": (t3 - t2) * 1000,
            "total": (t3 - t0) * 1000,
        }
        self.last_timings = timings
        return [
            FaceObservation(
                face=face,
                chip_rgb=chip,
                embedding=embeddings[i],
                track_id=None if track_ids is None else track_ids[i],
                timings_ms=dict(timings),
            )
            for i, (face, chip) in enumerate(zip(faces, chips, strict=True))
        ]

    def _embed(self, chips: list[np.ndarray], flip: bool) -> np.ndarray:
        if not chips:
            return np.zeros((0, self.embedder.dim), np.float32)
        return embed_chips(self.embedder, np.stack(chips), flip)

    def _assign_tracks(self, faces: list[Face]) -> list[int]:
        """Greedy box-overlap matching to last frame's faces; new faces get new ids."""
        ids: list[int] = []
        free = list(self._tracks)
        for face in faces:
            best, best_iou = None, _MATCH_IOU
            for k, (_, prev) in enumerate(free):
                iou = _iou(face.box, prev.box)
                if iou > best_iou:
                    best, best_iou = k, iou
            if best is None:
                ids.append(self._next_track_id)
                self._next_track_id += 1
            else:
                ids.append(free.pop(best)[0])
        self._tracks = list(zip(ids, faces, strict=True))
        return ids


def _iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    iw = min(a[2], b[2]) - max(a[0], b[0])
    ih = min(a[3], b[3]) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    inter = iw * ih
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def build_pipeline(
    settings: Settings, zoo: ModelZoo, progress: Progress | None = None
) -> FacePipeline:
    """Build/verify the configured detector and embedder models and wire the pipeline."""
    from desktop_app.vision.detector import MTCNNDetector
    from desktop_app.vision.embedder import DlibResNetEmbedder

    det_name = settings.recognition.detector
    emb_name = settings.recognition.embedder
    if det_name != "mtcnn":
        raise ModelError(f"Unknown detector {det_name!r} in the settings; available: mtcnn.")
    if emb_name != "dlib_resnet_v1":
        raise ModelError(
            f"Unknown embedder {emb_name!r} in the settings; available: dlib_resnet_v1."
        )
    detector = MTCNNDetector.from_folder(zoo.ensure(det_name, progress), settings.detector)
    embedder = DlibResNetEmbedder.from_folder(
        zoo.ensure(emb_name, progress), threads=settings.recognition.embedder_threads
    )
    log.info("pipeline ready: %s + %s", det_name, emb_name)
    return FacePipeline(detector, embedder, settings)
