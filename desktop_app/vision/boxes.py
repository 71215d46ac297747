"""Box overlap, the one IoU in the app (tracker matching, detector NMS, tests).

Boxes are ``(x1, y1, x2, y2)`` in pixels; areas are ``(x2 - x1) * (y2 - y1)`` (no +1, as
mtcnn computes them), a box with negative width or height has area 0.
"""

from __future__ import annotations

from typing import Literal

import numpy as np


def iou_matrix(
    a: np.ndarray, b: np.ndarray, method: Literal["union", "min"] = "union"
) -> np.ndarray:
    """Overlap of every box in ``a`` (N, 4+) with every box in ``b`` (M, 4+) -> (N, M).

    ``union``: intersection over union (IoU); ``min``: intersection over the smaller box
    (MTCNN's last NMS). Columns past the fourth (scores) are ignored; 0 where undefined."""
    a = np.asarray(a, dtype=np.float64).reshape(len(a), -1)[:, :4]
    b = np.asarray(b, dtype=np.float64).reshape(len(b), -1)[:, :4]
    x1 = np.maximum(a[:, None, 0], b[None, :, 0])
    y1 = np.maximum(a[:, None, 1], b[None, :, 1])
    x2 = np.minimum(a[:, None, 2], b[None, :, 2])
    y2 = np.minimum(a[:, None, 3], b[None, :, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    area_a = np.clip(a[:, 2] - a[:, 0], 0, None) * np.clip(a[:, 3] - a[:, 1], 0, None)
    area_b = np.clip(b[:, 2] - b[:, 0], 0, None) * np.clip(b[:, 3] - b[:, 1], 0, None)
    if method == "union":
        denom = area_a[:, None] + area_b[None, :] - inter
    else:
        denom = np.minimum(area_a[:, None], area_b[None, :])
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denom > 0, inter / denom, 0.0)
