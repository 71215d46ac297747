"""Bad input for still images: every case a user can hand the app, with generated files."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageOps
from skimage import data as skdata

from desktop_app.errors import ImageError
from desktop_app.vision.image_io import load_image, read_info


@pytest.fixture(scope="module")
def astronaut_rgb() -> np.ndarray:
    return skdata.astronaut()  # (512, 512, 3) RGB, public domain


def _jpeg(rgb: np.ndarray, **kw) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=92, **kw)
    return buf.getvalue()


def test_plain_jpeg_file_is_bgr(tmp_path: Path, astronaut_rgb: np.ndarray) -> None:
    p = tmp_path / "a.jpg"
    p.write_bytes(_jpeg(astronaut_rgb))
    img = load_image(p)
    assert img.shape == (512, 512, 3) and img.dtype == np.uint8
    # BGR order: channel 2 is red
    assert np.abs(img[..., ::-1].astype(int) - astronaut_rgb).mean() < 4


def test_unicode_path(tmp_path: Path, astronaut_rgb: np.ndarray) -> None:
    folder = tmp_path / "Zoë Ñandú 学生 👩‍🎓"
    folder.mkdir()
    p = folder / "Łukasz Ω 写真.png"
    p.write_bytes(cv2.imencode(".png", astronaut_rgb[..., ::-1])[1].tobytes())
    img = load_image(p)
    assert np.array_equal(img, astronaut_rgb[..., ::-1])


def test_zero_byte_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.jpg"
    p.touch()
    with pytest.raises(ImageError, match=r"empty \(0 bytes\)") as exc:
        load_image(p)
    assert "empty.jpg" in str(exc.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="does not exist"):
        load_image(tmp_path / "nope.jpg")
    with pytest.raises(ImageError, match="folder"):
        load_image(tmp_path)


def test_random_bytes_and_text_file(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    p = tmp_path / "photo.jpg"
    p.write_bytes(rng.integers(0, 256, 5000, dtype=np.uint8).tobytes())
    with pytest.raises(ImageError, match="not a readable image") as exc:
        load_image(p)
    assert "photo.jpg" in str(exc.value)
    t = tmp_path / "notes.png"
    t.write_text("name,id\nAna,1\n")
    with pytest.raises(ImageError, match="not a readable image"):
        load_image(t)


def test_truncated_jpeg_and_png(tmp_path: Path, astronaut_rgb: np.ndarray) -> None:
    jpg = _jpeg(astronaut_rgb)
    p = tmp_path / "cut.jpg"
    p.write_bytes(jpg[: len(jpg) // 2])
    with pytest.raises(ImageError, match="truncated") as exc:
        load_image(p)
    assert "cut.jpg" in str(exc.value)
    png = cv2.imencode(".png", astronaut_rgb)[1].tobytes()
    q = tmp_path / "cut.png"
    q.write_bytes(png[: len(png) // 2])
    with pytest.raises(ImageError, match="damaged or truncated"):
        load_image(q)


def test_jpeg_with_trailing_data_is_fine(astronaut_rgb: np.ndarray) -> None:
    """Phones append data after the JPEG end marker (motion photos): still a good image."""
    img = load_image(_jpeg(astronaut_rgb) + b"\x00" * 1000 + b"ftypmp42")
    assert img.shape == (512, 512, 3)


def test_png_with_alpha_composited_on_grey(astronaut_rgb: np.ndarray) -> None:
    rgba = np.dstack([astronaut_rgb, np.zeros((512, 512), np.uint8)])
    rgba[100:400, 100:400, 3] = 255
    buf = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(buf, format="PNG")
    img = load_image(buf.getvalue())
    assert img.shape == (512, 512, 3)
    assert (img[10, 10] == 128).all()  # transparent -> grey, not the hidden pixels
    assert np.array_equal(img[200, 200], astronaut_rgb[200, 200, ::-1])


def test_grayscale_and_16bit(astronaut_rgb: np.ndarray) -> None:
    gray = cv2.cvtColor(astronaut_rgb, cv2.COLOR_RGB2GRAY)
    img = load_image(cv2.imencode(".png", gray)[1].tobytes())
    assert img.shape == (512, 512, 3)
    assert np.array_equal(img[..., 0], gray)
    g16 = gray.astype(np.uint16) * 257
    img16 = load_image(cv2.imencode(".png", g16)[1].tobytes())
    assert img16.dtype == np.uint8 and img16.shape == (512, 512, 3)
    assert np.abs(img16[..., 1].astype(int) - gray).max() <= 1
    rgba16 = np.dstack([astronaut_rgb[..., ::-1], np.full((512, 512), 255, np.uint8)])
    rgba16 = rgba16.astype(np.uint16) * 257
    img16a = load_image(cv2.imencode(".png", rgba16)[1].tobytes())
    assert np.abs(img16a.astype(int) - astronaut_rgb[..., ::-1]).max() <= 1


def test_cmyk_jpeg(astronaut_rgb: np.ndarray) -> None:
    buf = io.BytesIO()
    Image.fromarray(astronaut_rgb).convert("CMYK").save(buf, format="JPEG", quality=95)
    assert read_info(buf.getvalue()).mode == "CMYK"
    img = load_image(buf.getvalue())
    assert img.shape == (512, 512, 3)
    assert np.abs(img[..., ::-1].astype(int) - astronaut_rgb).mean() < 8  # colours kept


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_is_applied(astronaut_rgb: np.ndarray, orientation: int) -> None:
    """A phone photo stored sideways comes out upright, for every EXIF orientation."""
    stored = astronaut_rgb[:, :384]  # not square, so rotations show in the shape
    exif = Image.Exif()
    exif[0x0112] = orientation
    raw = _jpeg(stored, exif=exif.tobytes())
    expected = np.asarray(ImageOps.exif_transpose(Image.open(io.BytesIO(raw))))
    img = load_image(raw)
    assert img.shape[:2] == expected.shape[:2]
    assert np.abs(img[..., ::-1].astype(int) - expected.astype(int)).mean() < 1.0


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 100)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_huge_dimensions_in_header_refused_without_decoding(tmp_path: Path) -> None:
    p = tmp_path / "bomb.png"
    p.write_bytes(_png_header_only(40_000, 40_000))  # 1.6 gigapixels declared, 200 bytes
    with pytest.raises(ImageError, match="smaller copy") as exc:
        load_image(p)
    assert "bomb.png" in str(exc.value)
    with pytest.raises(ImageError, match="smaller copy"):
        load_image(_png_header_only(12_000, 9_000))  # 108 MP > 100 MP default limit


def test_pixel_limit_is_configurable(astronaut_rgb: np.ndarray) -> None:
    raw = _jpeg(astronaut_rgb)
    with pytest.raises(ImageError, match="MP"):
        load_image(raw, max_pixels=200_000)
    small = load_image(raw, work_pixels=20_000)  # 1/4 scale decode: 128x128 = 16384 px
    assert small.shape == (128, 128, 3)


def test_50_megapixel_photo_is_downscaled() -> None:
    big = np.full((6000, 8400, 3), 90, np.uint8)  # 50.4 MP, as from a phone's main camera
    big[2000:4000, 3000:5000] = (30, 200, 240)
    raw = cv2.imencode(".jpg", big)[1].tobytes()
    del big
    img = load_image(raw)
    h, w = img.shape[:2]
    assert h * w <= 16_000_000 and abs(w / h - 1.4) < 0.01
    assert np.abs(img[h // 2, w // 2].astype(int) - (30, 200, 240)).max() < 12


# --- one pixel cap for every decoder (issue 14, finding 9) -----------------------------------
def _radiance(width: int, height: int) -> bytes:
    """A Radiance .hdr header (a format Pillow does not read) declaring width x height."""
    return f"#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y {height} +X {width}\n".encode() + bytes(64)


def test_a_huge_radiance_hdr_is_refused_from_its_header(tmp_path: Path) -> None:
    path = tmp_path / "huge.hdr"
    path.write_bytes(_radiance(11_000, 11_000))  # 121 MP: 4.3 GB peak when decoded
    with pytest.raises(ImageError, match="121 MP"):
        load_image(path)


def test_a_small_radiance_hdr_still_loads(tmp_path: Path) -> None:
    import cv2

    img = np.random.default_rng(0).random((40, 60, 3), dtype=np.float32)
    ok, buf = cv2.imencode(".hdr", img)
    assert ok
    path = tmp_path / "small.hdr"
    path.write_bytes(buf.tobytes())
    assert load_image(path).shape == (40, 60, 3)


def test_opencv_has_the_same_cap_for_formats_nobody_parses() -> None:
    import os

    import desktop_app
    from desktop_app.vision.image_io import DEFAULT_MAX_PIXELS

    assert desktop_app.__name__
    assert int(os.environ["OPENCV_IO_MAX_IMAGE_PIXELS"]) == DEFAULT_MAX_PIXELS
