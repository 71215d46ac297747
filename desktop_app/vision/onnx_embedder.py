"""A user's own ONNX embedder, described by a card (``face-attendance models add``).

The card gives what the network cannot say about itself: the chip size and where the five
points sit in it (``ChipSpec.template``), the colour order, ``(pixel - mean) / std``, the
input layout and the metric. ``OnnxEmbedder`` applies them: RGB ``uint8`` chips in, the
network's descriptors ``(N, D)`` float32 out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import numpy as np

from desktop_app.errors import ModelError
from desktop_app.vision.runtime import ModelSessions, Runner, load_session
from desktop_app.vision.types import ChipSpec, Metric

Layout = Literal["NCHW", "NHWC"]


class OnnxEmbedder:
    """``Embedder`` for an ONNX network with one image input and one ``(N, D)`` output."""

    def __init__(
        self,
        onnx_path: Path,
        *,
        name: str,
        chip: ChipSpec,
        metric: Metric,
        layout: Layout,
        threads: int = 1,
        stated_threshold: float | None = None,
        stated_margin: float | None = None,
    ) -> None:
        # the decision threshold/margin its card states (L2-normalised, flip-averaged scale)
        self.stated_threshold = stated_threshold
        self.stated_margin = stated_margin
        path = Path(onnx_path)
        self._session = load_session(
            path,
            threads,
            what="The embedder model",
            missing_fix="Rebuild it with: face-attendance models build",
        )
        inputs, outputs = self._session.get_inputs(), self._session.get_outputs()
        if len(inputs) != 1 or len(outputs) < 1:
            raise ModelError(
                f"{path.name} has {len(inputs)} inputs and {len(outputs)} outputs; an embedder "
                "needs one image input and a descriptor output."
            )
        self._input = inputs[0].name
        # one chip alone on ``threads`` threads, several side by side (subclasses' choice)
        self.sessions = ModelSessions(path, threads, alone=self._session)
        self.id = name
        self.chip = chip
        self.chip_size = chip.size
        self.metric: Metric = metric
        self.layout: Layout = layout
        self.path = path
        self.dim = 0  # measured on a blank chip just below
        self.dim = int(self.embed(np.zeros((1, chip.size, chip.size, 3), np.uint8)).shape[1])

    def _prepare(self, chips_nhwc_rgb: np.ndarray) -> np.ndarray:
        """``(pixel - mean) / std`` in float32, in the network's colour order and layout:
        one converting copy straight into that layout, then the arithmetic in place (and
        none for a network that reads plain 0..255 pixels, as SFace does)."""
        x = np.asarray(chips_nhwc_rgb)
        if self.chip.colour_order == "BGR":
            x = x[..., ::-1]
        mean = np.asarray(self.chip.mean, np.float32)
        std = np.asarray(self.chip.std, np.float32)
        if self.layout == "NCHW":
            x = x.transpose(0, 3, 1, 2)
            mean, std = mean.reshape(-1, 1, 1), std.reshape(-1, 1, 1)
        out = np.array(x, np.float32, order="C")
        if mean.any():
            out -= mean
        if (std != 1).any():
            out /= std
        return out

    def checked(self, chips_nhwc_rgb: np.ndarray) -> np.ndarray:
        """The chips as an array, or a ValueError saying the shape this embedder reads."""
        chips = np.asarray(chips_nhwc_rgb)
        s = self.chip.size
        if chips.ndim != 4 or chips.shape[1:] != (s, s, 3):
            raise ValueError(f"chips must be (N, {s}, {s}, 3), got {chips.shape}")
        return chips

    def run(self, chips: np.ndarray, session: Runner | None = None) -> np.ndarray:
        """Descriptors ``(N, D)`` of checked chips in one run of ``session`` (by default this
        embedder's session for a batch alone)."""
        session = self.sessions.alone if session is None else session
        out = np.asarray(session.run(None, {self._input: self._prepare(chips)})[0], np.float32)
        return out.reshape(len(chips), -1)

    def embed(self, chips_nhwc_rgb: np.ndarray) -> np.ndarray:
        """Descriptors ``(N, D)`` float32 of RGB ``uint8`` chips ``(N, S, S, 3)``."""
        chips = self.checked(chips_nhwc_rgb)
        if len(chips) == 0:
            return np.zeros((0, self.dim), np.float32)
        return self.run(chips)


def face_area_for(template: np.ndarray, size: int) -> tuple[int, int, int, int]:
    """The chip region from the eyes to the chin and cheek to cheek for a chip whose five
    points sit at ``template``: the dlib chip's face area mapped by the similarity transform
    between the two templates (the quality gate measures there)."""
    from desktop_app.vision.align import similarity_transform
    from desktop_app.vision.embedder import CHIP as DLIB_CHIP

    m = similarity_transform(DLIB_CHIP.template, np.asarray(template, np.float64))
    x0, y0, x1, y1 = DLIB_CHIP.face_area
    corners = np.array([[x0, y0], [x1, y0], [x0, y1], [x1, y1]], np.float64) @ m[:, :2].T
    corners += m[:, 2]
    lo = np.clip(np.floor(corners.min(0)), 0, size - 1).astype(int)
    hi = np.clip(np.ceil(corners.max(0)), 1, size).astype(int)
    return int(lo[0]), int(lo[1]), int(max(hi[0], lo[0] + 1)), int(max(hi[1], lo[1] + 1))
