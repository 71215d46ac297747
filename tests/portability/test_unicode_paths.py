"""Non-ASCII paths (a Windows user "Zoë", Cyrillic or CJK folders): images, frames and the
FAISS index are read and written through Python's file I/O.

``narrow_path_apis`` makes cv2.imread/imwrite and faiss.read_index/write_index fail for such
paths, as they do on Windows; on a real Windows runner the CI workflow runs this file as is.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop_app.recognition.index import FaceIndex
from desktop_app.vision.frames import FrameSource
from desktop_app.vision.image_io import load_image, save_image

pytestmark = pytest.mark.usefixtures("narrow_path_apis")


@pytest.fixture
def folder(non_ascii_dir: Path) -> Path:
    d = non_ascii_dir / "Фото"
    d.mkdir()
    return d


def test_the_imitation_fails_like_windows(folder: Path) -> None:
    """The fixture really breaks the narrow APIs (else the tests below prove nothing)."""
    import cv2
    import faiss

    assert cv2.imwrite(str(folder / "x.png"), np.zeros((4, 4, 3), np.uint8)) is False  # noqa: TID251
    with pytest.raises(RuntimeError):
        faiss.write_index(faiss.IndexFlatL2(4), str(folder / "x.faiss"))  # noqa: TID251


def test_images_round_trip_through_a_non_ascii_path(folder: Path) -> None:
    image = np.zeros((40, 60, 3), np.uint8)
    image[10:30, 20:40] = (0, 128, 255)
    for name in ("Марія.png", "Zoë.jpg"):
        path = save_image(folder / name, image)
        back = load_image(path)
        assert back.shape == image.shape
        diff = np.abs(back.astype(int) - image)
        assert diff[15:25, 25:35].max() <= 8 and diff.mean() < 4  # JPEG is lossy at edges


def test_an_image_folder_camera_reads_frames_from_a_non_ascii_path(folder: Path) -> None:
    for i in range(3):
        save_image(folder / f"кадр {i}.png", np.full((10, 10, 3), i * 40, np.uint8))
    src = FrameSource(folder, loop=False, realtime=False)
    values = []
    while (frame := src.read()) is not None:
        values.append(int(frame[0, 0, 0]))
    assert values == [0, 40, 80]


def test_the_face_index_saves_and_loads_under_a_non_ascii_path(folder: Path) -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(20, 128)).astype(np.float32)
    index = FaceIndex(128, normalize=True)
    index.add(np.arange(20), x)
    index.save(folder / "index", {"gallery": 1})
    loaded = FaceIndex.load(folder / "index")
    assert loaded is not None, "the index was not readable: it would be rebuilt at every start"
    other, stamp = loaded
    assert stamp == {"gallery": 1}
    np.testing.assert_array_equal(other.search(x[:3], 1)[1], index.search(x[:3], 1)[1])
