"""Face alignment: 5 MTCNN landmarks -> a 150x150 RGB chip in dlib's chip frame.

dlib cuts its descriptor chips with ``get_face_chip(size=150, padding=0.25)`` from its own
5-point landmarks (eye corners, base of the nose): a least-squares similarity transform to fixed
template points, bilinear sampling, and a 2x image pyramid first when the face is large. Our
landmarks are MTCNN's (eye centres, nose tip, mouth corners), so ``TEMPLATE`` says where *those*
points sit in dlib's chip frame, and ``align_face`` fits a similarity transform from them.

TEMPLATE (chip pixels, x right, y down; MTCNN order):

    left eye    (46.541, 44.894)    weight 0.377   spread (std x, y) 1.5, 1.6 px
    right eye   (99.897, 44.934)    weight 0.429                      1.3, 1.6
    nose tip    (73.058, 76.348)    weight 0.092                      3.5, 2.7
    mouth left  (48.559, 100.872)   weight 0.050                      3.3, 5.1
    mouth right (98.227, 100.781)   weight 0.052                      3.3, 4.9

How it was derived (``tools/derive_align_template.py``, re-runnable): on the 93 single-face
photos of ``../shared/data/faces`` where dlib's HOG detector finds one face, dlib-bin 20.0.1
(shape_predictor_5_face_landmarks.dat from face_recognition_models,
``get_face_chip_details(size=150, padding=0.25)``) gives the exact image -> chip map dlib samples
with (rebuilt from the chip rect and angle; re-cutting dlib's chip with it differs by 0.5 grey
levels where dlib uses no pyramid); our MTCNN (exact mode, min face 20) on the same image gives 5
points, which are mapped into dlib's chip with dlib's own map. TEMPLATE is their mean; each
point's weight in the fit is 1 / its spread (mouth corners move with expression, eyes do not).

Residuals (same script): our map moves chip pixels by a median RMS of 2.3 px (p90 4.1, max 11.7)
against dlib's (unweighted fit: 3.2, p90 6.8). Through the ONNX ResNet, our chip vs dlib's chip:
cosine median 0.9973, p10 0.9943, min 0.9753 (steve_wozniak/3.jpg, a tilted head); Euclidean
distance median 0.112, max 0.294 (dlib's same-person threshold is 0.6). Held out (template from
half the faces, measured on the other half): median 0.9973, min 0.9749. MTCNN in fast mode
(min face 40) gives the same median (0.9972).

Sampling: our resampling alone, fed dlib's own map, reproduces dlib's descriptor at cosine
median 0.9998 (min 0.9989) thanks to the pyramid; plain bilinear without it drops to min 0.9936.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

CHIP_SIZE = 150

# Where MTCNN's 5 points land in dlib's 150x150 chip (padding 0.25), in chip pixels (x, y):
# left eye, right eye, nose tip, left mouth corner, right mouth corner (image left/right).
TEMPLATE = np.array(
    [
        [46.541, 44.894],
        [99.897, 44.934],
        [73.058, 76.348],
        [48.559, 100.872],
        [98.227, 100.781],
    ],
    dtype=np.float32,
)
# Weight of each point in the fit: 1 / its spread around TEMPLATE (eyes sit still, mouth corners
# move with expression), normalised to sum 1.
WEIGHTS = np.array([0.3774, 0.4292, 0.0915, 0.0503, 0.0516], dtype=np.float64)


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


def chip_transform(landmarks5: np.ndarray, chip_size: int = CHIP_SIZE) -> np.ndarray:
    """The 2x3 image -> chip matrix for a face's MTCNN landmarks ``(5, 2)``."""
    template = TEMPLATE * (chip_size / CHIP_SIZE)
    return similarity_transform(np.asarray(landmarks5, np.float64), template, WEIGHTS)


def align_face(
    image_bgr: np.ndarray, landmarks5: np.ndarray, chip_size: int = CHIP_SIZE
) -> np.ndarray:
    """An RGB ``uint8`` chip ``(chip_size, chip_size, 3)`` aligned like dlib's ``get_face_chip``.

    ``image_bgr``: OpenCV BGR ``uint8`` ``(H, W, 3)``; ``landmarks5``: MTCNN's 5 points
    ``(5, 2)`` in image pixels. Bilinear sampling; pixels outside the image are black (as in
    dlib). For faces much larger than the chip the region is first halved with a Gaussian
    pyramid (like dlib's ``pyramid_down<2>``) until the bilinear step shrinks by at most 2x,
    so the chip does not alias.
    """
    assert image_bgr.ndim == 3 and image_bgr.shape[2] == 3, image_bgr.shape
    m = chip_transform(landmarks5, chip_size)
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
    return np.ascontiguousarray(chip_bgr[:, :, ::-1])


def align_faces(
    image_bgr: np.ndarray, landmarks: list[np.ndarray], chip_size: int = CHIP_SIZE
) -> np.ndarray:
    """Chips ``(N, chip_size, chip_size, 3)`` RGB ``uint8`` for several faces of one image."""
    if not landmarks:
        return np.zeros((0, chip_size, chip_size, 3), np.uint8)
    return np.stack([align_face(image_bgr, lm, chip_size) for lm in landmarks])
