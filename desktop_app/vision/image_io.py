"""Reading still images safely: any file a user may pick becomes a BGR ``uint8`` (H, W, 3).

What it handles, and how:

- Paths with any Unicode (Windows included): the bytes are read with ``np.fromfile`` and
  decoded with ``cv2.imdecode``; ``save_image`` encodes with ``cv2.imencode`` and writes with
  Python. ``cv2.imread``/``cv2.imwrite`` are banned project-wide (ruff TID251).
- Missing, empty, unreadable, non-image and truncated files raise ``ImageError`` naming the
  file and what to do. A JPEG whose entropy-coded data stops before its end marker counts as
  truncated (some OpenCV builds return a half-grey picture for it instead of failing).
- Huge images never exhaust memory. The header is read first (Pillow reads only the header
  on ``open``): above ``max_pixels`` (default 100 MP) the file is refused with a clear message
  and nothing is decoded. Below that, images larger than ``work_pixels`` (default 16 MP) are
  downscaled: JPEGs are decoded at 1/2, 1/4 or 1/8 scale by libjpeg itself (the full-size
  picture is never allocated), other formats are decoded and then resized with area
  interpolation. A 50 MP phone photo therefore loads as ~12.5 MP and costs ~40 MB.
  Faces in such photos are still hundreds of pixels wide, so nothing is lost for recognition.
- Transparency (PNG/WebP/TIFF with alpha, palette images with a transparent colour) is
  composited on mid-grey (128): cut-out portraits get a neutral background that neither
  darkens nor overexposes the quality gate's exposure check.
- 16-bit images are scaled to 8 bits; grayscale becomes 3-channel BGR; CMYK JPEGs are
  converted by libjpeg.
- EXIF orientation (phone photos) is applied here, from the tag Pillow reads in the header,
  so the result is upright whatever the OpenCV version's own default is.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, UnidentifiedImageError

from desktop_app.errors import ImageError
from desktop_app.i18n import translate

log = logging.getLogger(__name__)

DEFAULT_MAX_PIXELS = 100_000_000  # refuse above this (header dimensions)
DEFAULT_WORK_PIXELS = 16_000_000  # downscale above this
MAX_FILE_BYTES = 512 * 1024 * 1024  # a still image bigger than this is not a photo
ALPHA_BACKGROUND = 128  # grey behind transparent pixels

_ORIENTATION_TAG = 0x0112
_ALPHA_MODES = {"RGBA", "LA", "PA", "RGBa", "La", "I;16A"}


@dataclass(frozen=True)
class ImageInfo:
    """What the header says, before anything is decoded."""

    format: str | None  # "JPEG", "PNG", ... (Pillow's name); None when only OpenCV knows it
    width: int
    height: int
    mode: str | None
    orientation: int  # EXIF orientation 1..8 (1 = upright)
    has_alpha: bool

    @property
    def pixels(self) -> int:
        return self.width * self.height


def load_image(
    source: str | Path | bytes | bytearray | memoryview,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    work_pixels: int = DEFAULT_WORK_PIXELS,
    name: str | None = None,
) -> np.ndarray:
    """Decode an image file (path) or encoded bytes to an upright BGR ``uint8`` (H, W, 3).

    ``name`` is used in messages for bytes input. Raises ``ImageError`` with a message the
    user can act on.
    """
    if max_pixels <= 0 or work_pixels <= 0:
        raise ValueError("pixel limits must be positive")
    data, label = _read_bytes(source, name)
    info = read_info(data, label)
    if info.pixels > max_pixels:
        raise ImageError(
            translate(
                "Image",
                "{file} is {width}x{height} pixels ({megapixels} MP), more than the {limit} MP "
                "this app opens. Save a smaller copy (a few megapixels is plenty for a face) and "
                "try again.",
            ).format(
                file=label,
                width=info.width,
                height=info.height,
                megapixels=f"{info.pixels / 1e6:.0f}",
                limit=f"{max_pixels / 1e6:.0f}",
            )
        )
    image = _decode(data, info, label, work_pixels)
    image = _apply_orientation(image, info.orientation)
    h, w = image.shape[:2]
    if h * w > work_pixels:  # formats without reduced decoding, or rounding
        scale = (work_pixels / (h * w)) ** 0.5
        size = (max(1, int(w * scale)), max(1, int(h * scale)))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        log.info("%s downscaled from %dx%d to %dx%d", label, w, h, size[0], size[1])
    return np.ascontiguousarray(image)


def save_image(path: str | Path, image: np.ndarray) -> Path:
    """Encode ``image`` (BGR/gray) by the file's suffix (.png when none) and write the bytes
    with Python's file I/O, so any Unicode path works (``cv2.imwrite`` fails on Windows for
    non-ASCII paths). Raises ``ImageError`` for an unknown suffix or an unwritable path."""
    path = Path(path)
    ext = path.suffix.lower() or ".png"
    try:
        ok, buf = cv2.imencode(ext, image)
    except cv2.error as exc:
        raise ImageError(f"Cannot write {path}: use a .png or .jpg name ({exc}).") from exc
    if not ok:
        raise ImageError(f"Cannot write {path}: use a .png or .jpg name.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(buf.tobytes())
    except OSError as exc:
        raise ImageError(f"Cannot write the image {path}: {exc.strerror or exc}.") from exc
    return path


def read_info(data: bytes, label: str = "the image") -> ImageInfo:
    """Header facts (size, format, EXIF orientation, alpha) without decoding the pixels."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                width, height = im.size
                mode = im.mode
                fmt = im.format
                has_alpha = mode in _ALPHA_MODES or (mode == "P" and "transparency" in im.info)
                try:
                    orientation = int(im.getexif().get(_ORIENTATION_TAG, 1) or 1)
                except Exception:  # broken EXIF block: treat as upright
                    orientation = 1
    except Image.DecompressionBombError as exc:
        raise ImageError(
            f"{label} declares an enormous size ({exc}). It is refused so the app does not run "
            "out of memory. Save a smaller copy and try again."
        ) from exc
    except UnidentifiedImageError:
        # Pillow does not know every format OpenCV reads: read the size from the headers we
        # know (Radiance HDR, PFM); anything else is bounded by OpenCV's own pixel limit,
        # OPENCV_IO_MAX_IMAGE_PIXELS, set to DEFAULT_MAX_PIXELS below.
        return _opencv_only_info(data, label)
    except (OSError, ValueError, SyntaxError) as exc:
        raise _not_an_image(label, str(exc)) from exc
    if width <= 0 or height <= 0:
        raise _not_an_image(label, f"{width}x{height} pixels")
    if orientation not in range(1, 9):
        orientation = 1
    return ImageInfo(fmt, width, height, mode, orientation, has_alpha)


def to_bgr_uint8(image: np.ndarray, label: str = "the image") -> np.ndarray:
    """Normalise a decoded or caller-given array: gray/BGRA/16-bit/float -> BGR ``uint8``."""
    if not isinstance(image, np.ndarray) or image.size == 0:
        raise ImageError(f"{label} is empty (no pixels).")
    img = image
    if img.dtype == np.uint16:
        img = (img >> 8).astype(np.uint8)
    elif img.dtype in (np.float32, np.float64):
        peak = float(np.nanmax(img)) if img.size else 1.0
        img = np.clip(img * (255.0 if peak <= 1.0 else 1.0), 0, 255).astype(np.uint8)
    elif img.dtype != np.uint8:
        raise ImageError(f"{label} has an unsupported pixel type ({img.dtype}).")
    if img.ndim == 2:
        return cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    if img.ndim != 3:
        raise ImageError(f"{label} has an unsupported shape {image.shape}.")
    channels = img.shape[2]
    if channels == 1:
        return cv2.cvtColor(img[:, :, 0], cv2.COLOR_GRAY2BGR)
    if channels == 2:  # gray + alpha
        gray = _composite(img[:, :, :1].repeat(3, axis=2), img[:, :, 1])
        return gray
    if channels == 3:
        return img
    if channels == 4:
        return _composite(img[:, :, :3], img[:, :, 3])
    raise ImageError(f"{label} has {channels} colour channels; expected 1, 3 or 4.")


# ---- internals ---------------------------------------------------------------------------
def _read_bytes(source: str | Path | bytes | bytearray | memoryview, name: str | None):
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        label = name or "the image"
        if not data:
            raise ImageError(f"{label} is empty (0 bytes). Choose another file.")
        return data, label
    path = Path(source)
    label = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ImageError(
            translate("Image", "The image {file} does not exist. Check the path.").format(
                file=label
            )
        ) from exc
    except OSError as exc:
        raise _cannot_read(label, exc) from exc
    if path.is_dir():
        raise ImageError(
            translate("Image", "{file} is a folder, not an image file.").format(file=label)
        )
    if size == 0:
        raise ImageError(
            translate("Image", "The image {file} is empty (0 bytes). Choose another file.").format(
                file=label
            )
        )
    if size > MAX_FILE_BYTES:
        raise ImageError(
            translate(
                "Image",
                "The file {file} is {megabytes} MB, too large for a still image. Save a smaller "
                "copy and try again.",
            ).format(file=label, megabytes=f"{size / 2**20:.0f}")
        )
    try:
        data = np.fromfile(path, dtype=np.uint8).tobytes()  # any Unicode path, any OS
    except PermissionError as exc:
        raise ImageError(
            translate(
                "Image", "No permission to read the image {file}. Give this user read access."
            ).format(file=label)
        ) from exc
    except OSError as exc:
        raise _cannot_read(label, exc) from exc
    return data, label


def _cannot_read(label: str, exc: OSError) -> ImageError:
    return ImageError(
        translate("Image", "Cannot read the image {file}: {error}.").format(
            file=label, error=exc.strerror or exc
        )
    )


def _not_an_image(label: str, detail: str = "") -> ImageError:
    if detail:
        text = translate(
            "Image",
            "{file} is not a readable image ({detail}). Use a JPEG or PNG photo; if it is one, "
            "it may be damaged: export it again from the camera or phone.",
        )
    else:
        text = translate(
            "Image",
            "{file} is not a readable image. Use a JPEG or PNG photo; if it is one, it may be "
            "damaged: export it again from the camera or phone.",
        )
    return ImageError(text.format(file=label, detail=detail))


def _opencv_only_info(data: bytes, label: str) -> ImageInfo:
    """The size from the header of a format OpenCV reads and Pillow does not, so the same
    pixel cap applies before anything is decoded; ``format=None`` (size 0) if unknown."""
    head = bytes(data[:4096])
    if head.startswith((b"#?RADIANCE", b"#?RGBE")):
        # lines up to an empty one, then the resolution line, e.g. "-Y 11000 +X 11000"
        _, sep, rest = head.partition(b"\n\n")
        parts = rest.split(b"\n", 1)[0].split() if sep else []
        if len(parts) == 4 and all(p.isdigit() for p in parts[1::2]):
            dims = {parts[0][1:2]: int(parts[1]), parts[2][1:2]: int(parts[3])}
            if set(dims) == {b"X", b"Y"}:
                return ImageInfo("HDR", dims[b"X"], dims[b"Y"], None, 1, False)
        raise _not_an_image(label, "a Radiance HDR file without a readable size")
    if head[:3] in (b"PF\n", b"Pf\n"):
        fields = head[3:].split(None, 2)
        if len(fields) >= 2 and fields[0].isdigit() and fields[1].isdigit():
            return ImageInfo("PFM", int(fields[0]), int(fields[1]), None, 1, False)
        raise _not_an_image(label, "a PFM file without a readable size")
    return ImageInfo(None, 0, 0, None, 1, False)


def _reduction(info: ImageInfo, work_pixels: int) -> int:
    """Smallest JPEG DCT scale (1, 2, 4, 8) that brings the image to ``work_pixels``."""
    if info.format != "JPEG" or info.pixels <= work_pixels:
        return 1
    for factor in (2, 4, 8):
        if info.pixels / (factor * factor) <= work_pixels:
            return factor
    return 8


_REDUCED_FLAGS = {
    1: cv2.IMREAD_COLOR,
    2: cv2.IMREAD_REDUCED_COLOR_2,
    4: cv2.IMREAD_REDUCED_COLOR_4,
    8: cv2.IMREAD_REDUCED_COLOR_8,
}


def _decode(data: bytes, info: ImageInfo, label: str, work_pixels: int) -> np.ndarray:
    buf = np.frombuffer(data, dtype=np.uint8)
    if info.format == "JPEG" and _jpeg_truncated(data):
        raise ImageError(
            f"{label} is a truncated JPEG (the file ends before the picture does): it was "
            "probably not copied completely. Copy or export it again."
        )
    if info.has_alpha or info.format is None:
        flags = cv2.IMREAD_UNCHANGED
    else:
        flags = _REDUCED_FLAGS[_reduction(info, work_pixels)]
    flags |= cv2.IMREAD_IGNORE_ORIENTATION  # orientation is applied by us, from the header
    try:
        image = cv2.imdecode(buf, flags)
    except cv2.error as exc:
        if "validateInputImageSize" in str(exc):  # OPENCV_IO_MAX_IMAGE_PIXELS, see __init__
            raise ImageError(
                f"{label} declares more pixels than this app opens. Save a smaller copy (a "
                "few megapixels is plenty for a face) and try again."
            ) from exc
        raise _not_an_image(label, "the decoder refused it") from exc
    if image is None or image.size == 0:
        if info.format is None:
            raise _not_an_image(label)
        raise ImageError(
            f"{label} looks like a {info.format} image but cannot be decoded: it is damaged or "
            "truncated. Export or copy it again."
        )
    return to_bgr_uint8(image, label)


def _composite(bgr: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    a = alpha.astype(np.float32)[:, :, None] / 255.0
    out = bgr.astype(np.float32) * a + ALPHA_BACKGROUND * (1.0 - a)
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)


def _apply_orientation(image: np.ndarray, orientation: int) -> np.ndarray:
    """EXIF orientation -> upright (tag values as in the EXIF 2.3 spec)."""
    if orientation == 2:
        return cv2.flip(image, 1)
    if orientation == 3:
        return cv2.rotate(image, cv2.ROTATE_180)
    if orientation == 4:
        return cv2.flip(image, 0)
    if orientation == 5:
        return cv2.transpose(image)
    if orientation == 6:
        return cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE)
    if orientation == 7:
        return cv2.rotate(cv2.transpose(image), cv2.ROTATE_180)
    if orientation == 8:
        return cv2.rotate(image, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return image


def _jpeg_truncated(data: bytes) -> bool:
    """True when no end-of-image marker follows the first scan (walks the marker segments)."""
    n = len(data)
    if n < 4 or data[:2] != b"\xff\xd8":
        return False  # not a plain JPEG stream; let the decoder judge
    pos = 2
    while pos + 4 <= n:
        if data[pos] != 0xFF:
            return False  # unexpected layout; let the decoder judge
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker == 0xD9:
            return True  # end marker before any scan
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker == 0xDA:  # start of scan: the picture data follows
            return data.find(b"\xff\xd9", pos + 2 + length) < 0
        pos += 2 + length
    return True
