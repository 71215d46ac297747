"""Face alignment: 5 landmarks -> the chip an embedder wants (its ``ChipSpec``).

A weighted least-squares similarity transform maps the face's ``FIVE_POINTS`` onto the
embedder's template (``ChipSpec.template``, in chip pixels), then the chip is sampled
bilinearly, with a 2x image pyramid first when the face is much larger than the chip (as
dlib's ``get_face_chip`` does). The templates themselves live with their embedder (the dlib
ResNet's, and how it was measured, in ``vision/embedder.py``).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from desktop_app.vision.types import ChipSpec


def similarity_transform(
    src: np.ndarray, dst: np.ndarray, weights: np.ndarray | None = None
) -> np.ndarray:
    """Weighted least-squares similarity (rotation, scale, shift) mapping ``src`` to ``dst``.

    Closed form (Umeyama 1991, with per-point weights; unweighted it is the fit dlib's
    ``find_similarity_transform`` makes), returned as a 2x3 matrix for ``cv2.warpAffine``. It is
    the model ``cv2.estimateAffinePartial2D`` fits, but without RANSAC and with weights: with 5
    points every point counts, and the result is deterministic.
    """
    src = np.asarray(src, np.float64).reshape(-1, 2)
    dst = np.asarray(dst, np.float64).reshape(-1, 2)
    assert src.shape == dst.shape and len(src) >= 2, (src.shape, dst.shape)
    w = np.ones(len(src)) if weights is None else np.asarray(weights, np.float64).reshape(-1)
    assert w.shape == (len(src),) and (w >= 0).all() and w.sum() > 0, w
    w = w / w.sum()
    mu_s, mu_d = w @ src, w @ dst
    s, d = src - mu_s, dst - mu_d
    var_s = float(w @ (s**2).sum(1))
    cov = (d * w[:, None]).T @ s
    u, sig, vt = np.linalg.svd(cov)
    sign = np.eye(2)
    if np.linalg.det(u) * np.linalg.det(vt) < 0:
        sign[1, 1] = -1.0
    rot = u @ sign @ vt
    scale = float(np.trace(np.diag(sig) @ sign) / var_s) if var_s > 0 else 1.0
    t = mu_d - scale * rot @ mu_s
    return np.hstack([scale * rot, t[:, None]])


def chip_transform(landmarks5: np.ndarray, chip: ChipSpec, source: str | None = None) -> np.ndarray:
    """The 2x3 image -> chip matrix for a face's landmarks ``(5, 2)`` (``FIVE_POINTS``) from
    the landmark model ``source`` (its own template when the chip has one)."""
    template, weights = chip.template_for(source)
    return similarity_transform(np.asarray(landmarks5, np.float64), template, weights)


def align_face(
    image_bgr: np.ndarray, landmarks5: np.ndarray, chip: ChipSpec, source: str | None = None
) -> np.ndarray:
    """An RGB ``uint8`` chip ``(chip.size, chip.size, 3)`` aligned to ``chip.template``.

    ``image_bgr``: OpenCV BGR ``uint8`` ``(H, W, 3)``; ``landmarks5``: the face's
    ``FIVE_POINTS`` ``(5, 2)`` in image pixels, from the landmark model ``source``. Bilinear
    sampling; pixels outside the image are black (as in dlib). For faces much larger than the
    chip the region is first halved with a Gaussian pyramid (like dlib's ``pyramid_down<2>``)
    until the bilinear step shrinks by at most 2x, so the chip does not alias.
    """
    assert image_bgr.ndim == 3 and image_bgr.shape[2] == 3, image_bgr.shape
    chip_size = chip.size
    m = chip_transform(landmarks5, chip, source)
    scale = math.hypot(m[0, 0], m[1, 0])  # chip pixels per image pixel
    levels = 0
    while scale * (2**levels) < 0.5:
        levels += 1
    # Work on the part of the image the chip sees (plus a border for the filters).
    inv = cv2.invertAffineTransform(m)
    corners = np.array([[0, 0, 1], [chip_size, 0, 1], [0, chip_size, 1], [chip_size, chip_size, 1]])
    foot = corners @ inv.T
    border = 2 + 2 * (2**levels)
    h, w = image_bgr.shape[:2]
    x0 = max(0, math.floor(foot[:, 0].min()) - border)
    y0 = max(0, math.floor(foot[:, 1].min()) - border)
    x1 = min(w, math.ceil(foot[:, 0].max()) + border + 1)
    y1 = min(h, math.ceil(foot[:, 1].max()) + border + 1)
    if x1 <= x0 or y1 <= y0:  # the face is entirely outside the image
        return np.zeros((chip_size, chip_size, 3), np.uint8)
    region = image_bgr[y0:y1, x0:x1]
    m = m.copy()
    m[:, 2] += m[:, :2] @ np.array([x0, y0], np.float64)  # region coords -> chip
    for _ in range(levels):
        if min(region.shape[:2]) < 2:
            break
        region = cv2.pyrDown(region)
        m[:, :2] *= 2.0  # a pixel of the halved region is 2 pixels of the previous one
    chip_bgr = cv2.warpAffine(
        region,
        m,
        (chip_size, chip_size),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(0, 0, 0),
    )
    return cv2.cvtColor(chip_bgr, cv2.COLOR_BGR2RGB)
