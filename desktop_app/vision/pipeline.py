"""Detect -> align -> embed: the one path for still images and for video.

Stills (``process_still``, ``detect_still``): the detector's still variant
(``Detector.for_stills``, e.g. MTCNN's exact cascade), embeddings flip-averaged when
``recognition.flip_average``. Enrollment, evaluation and recognition of photos go through it.

Video (``process_video_frame``): a full detection every ``settings.detector.detect_every``
frames and, in between, ``Detector.track`` re-finds last frame's faces (cheaper); a detector
that cannot track (BlazeFace) leaves it to its landmarker (``Landmarker.track``: Face Mesh in
the ROI of last frame's face, as MediaPipe does); when tracking loses a face, that frame gets
a full detection too. The pipeline's ``IoUTracker`` is the only tracker: every face carries
its ``track_id``, ``ended_tracks`` names the tracks that ended at the last frame and
``resumed_tracks`` those whose face came back after frames without it. Video frames take a
single embedding pass unless ``recognition.live_flip_average``.

``process`` (one frame, full detection with the live detector, no tracking) is what the
speed benchmark times. All faces of a frame are aligned to the embedder's ``ChipSpec``, then
handed to the embedder in one call (the dlib ResNet runs them as one batch, SFace side by side
one chip per thread). A separate ``Landmarker`` (if the detector stack has one) refines the
landmarks before alignment. ``modelzoo.registry.build_pipeline`` wires it from the settings.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

import cv2
import numpy as np

from desktop_app.config import Settings
from desktop_app.errors import ModelError
from desktop_app.vision.align import align_face
from desktop_app.vision.quality import QualityReport, QualityThresholds, assess_face
from desktop_app.vision.tracker import IoUTracker
from desktop_app.vision.types import (
    FIVE_POINTS,
    Detector,
    Embedder,
    Face,
    FaceObservation,
    Landmarker,
)

log = logging.getLogger(__name__)

# 1 - the correlation of two frames' 32x24 grey thumbnails above which a video has cut to
# another shot. The correlation ignores a change of brightness or contrast (lights, a
# camera's auto exposure); chosen between the shared clips' cuts and their other frame
# pairs and camera-like exposure steps (benchmarks/scene_cut.py, docs/speed.md).
SCENE_CUT = 0.5
# A thumbnail with less spread (grey levels, standard deviation) is blank: black, a fade,
# a covered lens. Two blank frames are no cut; a blank one next to a picture is.
BLANK_STD = 2.0


def thumbnail(image_bgr: np.ndarray) -> np.ndarray:
    """The 32x24 grey thumbnail (float32) scene cuts are judged on."""
    small = cv2.resize(image_bgr, (32, 24), interpolation=cv2.INTER_AREA)
    return cv2.cvtColor(small, cv2.COLOR_BGR2GRAY).astype(np.float32)


def shot_change(last: np.ndarray, thumb: np.ndarray) -> float:
    """1 - the correlation of two thumbnails (0 same picture, up to 2): what another shot
    changes and a brighter or darker exposure of the same one does not."""
    a, b = last - last.mean(), thumb - thumb.mean()
    sa, sb = float(np.sqrt((a * a).mean())), float(np.sqrt((b * b).mean()))
    if sa < BLANK_STD and sb < BLANK_STD:
        return 0.0
    return 1.0 - float((a * b).mean()) / (max(sa, BLANK_STD) * max(sb, BLANK_STD))


def embed_chips(embedder: Embedder, chips_nhwc_rgb: np.ndarray, flip_average: bool) -> np.ndarray:
    """(N, D) embeddings of chips, averaged with their mirror images when ``flip_average``
    (one call with 2N chips)."""
    chips = np.asarray(chips_nhwc_rgb)
    if len(chips) == 0:
        return np.zeros((0, embedder.dim), np.float32)
    if flip_average:
        n = len(chips)
        out = np.asarray(embedder.embed(np.concatenate([chips, chips[:, :, ::-1]])), np.float32)
        return ((out[:n] + out[n:]) * 0.5).astype(np.float32)
    return np.asarray(embedder.embed(chips), np.float32)


class FacePipeline:
    """One detector (+ optional landmarker) and one embedder; synchronous, one frame at a
    time (not thread-safe)."""

    def __init__(
        self,
        detector: Detector,
        embedder: Embedder,
        settings: Settings,
        *,
        landmarker: Landmarker | None = None,
    ) -> None:
        for model in (detector, landmarker):
            if model is not None and tuple(model.landmark_order) != FIVE_POINTS:
                raise ModelError(
                    f"{model.name} gives landmarks in the order {model.landmark_order}; the "
                    f"pipeline aligns with {FIVE_POINTS}. Map them in the model's file."
                )
        self.detector = detector
        self.still_detector = detector.for_stills()
        self.landmarker = landmarker
        self.still_landmarker = landmarker.for_stills() if landmarker is not None else None
        self.embedder = embedder
        # The model whose five points we align with (the chip may have a template for it).
        self.landmark_source = (landmarker or detector).name
        self.settings = settings
        self.tracker = IoUTracker()
        self.last_timings: dict[str, float] = {}
        self.ended_tracks: list[int] = []
        self.resumed_tracks: list[int] = []
        self.reset()

    # ---- steps (each usable alone) -------------------------------------------------------
    def detect_still(self, image_bgr: np.ndarray) -> list[Face]:
        """Every face of a still photo (the detector's and landmarker's still variants)."""
        faces = self.still_detector.detect(image_bgr)
        if self.still_landmarker is None or not faces:
            return faces
        return self.still_landmarker.refine(image_bgr, faces)

    def detect_frame(self, image_bgr: np.ndarray) -> list[Face]:
        """Every face of one camera frame (live detector, no tracking state)."""
        return self._refine(image_bgr, self.detector.detect(image_bgr))

    def align(self, image_bgr: np.ndarray, face: Face) -> np.ndarray:
        """The face's chip for this embedder, RGB ``uint8`` ``(S, S, 3)``."""
        return align_face(image_bgr, face.landmarks, self.embedder.chip, self.landmark_source)

    def embed(self, chips_nhwc_rgb: np.ndarray, *, flip: bool | None = None) -> np.ndarray:
        """(N, D) float32 embeddings of chips (``flip`` None: ``recognition.flip_average``)."""
        return embed_chips(
            self.embedder,
            chips_nhwc_rgb,
            self.settings.recognition.flip_average if flip is None else flip,
        )

    def assess(
        self, image_bgr: np.ndarray, face: Face, thresholds: QualityThresholds
    ) -> QualityReport:
        """The enrolment quality gate on a face of ``image_bgr``: measured on the gate's own
        crop of the image (``quality.CROP``), not on this embedder's chip, so a photo gets
        the same verdict whichever embedder is active."""
        return assess_face(image_bgr, face, thresholds, source=self.landmark_source)

    # ---- still images --------------------------------------------------------------------
    def process_still(self, image_bgr: np.ndarray) -> list[FaceObservation]:
        """Every face of a still photo with chip and embedding (flip-averaged per settings)."""
        t0 = time.perf_counter()
        faces = self.detect_still(image_bgr)
        detect_ms = (time.perf_counter() - t0) * 1000
        return self._observe(image_bgr, faces, {"detect": detect_ms}, None, t0, None)

    def process(self, image_bgr: np.ndarray, *, flip: bool | None = None) -> list[FaceObservation]:
        """Every face in one frame, full detection with the live detector, no tracking state.

        ``flip``: flip-average the embeddings (None: ``recognition.flip_average``)."""
        t0 = time.perf_counter()
        faces = self.detect_frame(image_bgr)
        detect_ms = (time.perf_counter() - t0) * 1000
        return self._observe(image_bgr, faces, {"detect": detect_ms}, None, t0, flip)

    def embed_faces(self, image_bgr: np.ndarray, faces: Sequence[Face]) -> list[FaceObservation]:
        """Align and embed faces found elsewhere (e.g. a face the user picked)."""
        return self._observe(
            image_bgr, list(faces), {"detect": 0.0}, None, time.perf_counter(), None
        )

    # ---- video ---------------------------------------------------------------------------
    def reset(self) -> list[int]:
        """Forget the tracked faces (new video, camera switched): the next video frame gets a
        full detection and new track ids. Returns the ids of the tracks that ended."""
        self._frame_index = 0
        self._previous: list[Face] = []
        self._thumb: np.ndarray | None = None
        self.ended_tracks = self.tracker.reset()
        self.resumed_tracks = []
        return list(self.ended_tracks)

    def scene_cut(self, image_bgr: np.ndarray) -> bool:
        """Whether this frame starts a new shot (a video file or a switcher cuts; a camera
        does not, whatever its exposure does): ``shot_change`` from the last frame's
        thumbnail above ``SCENE_CUT``. Tracks must not carry a person across a cut (Face
        Mesh, and the boxes' overlap, would follow one face into another)."""
        thumb = thumbnail(image_bgr)
        last, self._thumb = self._thumb, thumb
        return last is not None and shot_change(last, thumb) > SCENE_CUT

    def process_video_frame(self, image_bgr: np.ndarray) -> list[FaceObservation]:
        """Full detection every ``detect_every`` frames, else tracking of last frame's faces.
        Also a full detection when nothing is tracked, and at once when tracking loses a face
        (it moved too far, or left): the frame then costs a detection, recall does not drop."""
        every = self.settings.detector.detect_every
        t0 = time.perf_counter()
        cut: list[int] = []
        if self.scene_cut(image_bgr):  # every track ends here; new ones start at this frame
            thumb = self._thumb
            cut = self.reset()
            self._thumb = thumb
        full = not self._previous or self._frame_index % every == 0
        faces: list[Face] | None = None
        if not full:
            faces = self.detector.track(image_bgr, self._previous)
            landmarked = False
            if faces is None and self.landmarker is not None:
                faces, landmarked = self.landmarker.track(image_bgr, self._previous), True
            if faces is None or len(faces) < len(self._previous):
                faces, full = None, True
            elif not landmarked:
                faces = self._refine(image_bgr, faces)
        if faces is None:
            faces = self.detect_frame(image_bgr)
        detect_ms = (time.perf_counter() - t0) * 1000
        self._frame_index += 1
        self._previous = faces
        ids = self.tracker.update([f.box for f in faces])
        self.ended_tracks = cut + list(self.tracker.ended)
        self.resumed_tracks = list(self.tracker.resumed)
        timings = {"detect" if full else "track": detect_ms}
        return self._observe(image_bgr, faces, timings, ids, t0, self.live_flip)

    @property
    def live_flip(self) -> bool:
        """Whether video frames are flip-averaged (``recognition.live_flip_average``)."""
        rec = self.settings.recognition
        return bool(rec.flip_average and rec.live_flip_average)

    # ---- internals -----------------------------------------------------------------------
    def _refine(self, image_bgr: np.ndarray, faces: list[Face]) -> list[Face]:
        if self.landmarker is None or not faces:
            return faces
        return self.landmarker.refine(image_bgr, faces)

    def _observe(
        self,
        image_bgr: np.ndarray,
        faces: list[Face],
        timings: dict[str, float],
        track_ids: list[int] | None,
        t0: float,
        flip: bool | None,
    ) -> list[FaceObservation]:
        t1 = time.perf_counter()
        chips = [self.align(image_bgr, f) for f in faces]
        t2 = time.perf_counter()
        size = self.embedder.chip_size
        batch = np.stack(chips) if chips else np.zeros((0, size, size, 3), np.uint8)
        embeddings = self.embed(batch, flip=flip)
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
