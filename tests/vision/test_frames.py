"""FrameSource: files, folders, URLs and cameras; end, loop, pacing, reconnect with backoff."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.errors import CameraUnavailable
from desktop_app.vision.frames import CameraLost, FrameSource, parse_source
from desktop_app.vision.image_io import save_image


def write_video(path: Path, n: int = 6, fps: float = 20.0) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (64, 48))
    for i in range(n):
        writer.write(np.full((48, 64, 3), 20 * i, np.uint8))
    writer.release()
    return path


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.slept.append(s)
        self.t += s


def test_parse_source_kinds(tmp_path: Path) -> None:
    assert parse_source("0").kind == "camera"
    assert parse_source(1).description == "camera 1"
    url = parse_source("rtsp://admin:secret@10.0.0.5/stream")
    assert url.kind == "url" and "secret" not in url.description
    assert parse_source(tmp_path).kind == "folder"
    assert parse_source(tmp_path / "clip.mp4").kind == "file"
    with pytest.raises(CameraUnavailable):
        parse_source("  ")


def test_a_single_photo_is_a_camera_that_keeps_showing_it(tmp_path: Path) -> None:
    """``--source photo.jpg`` (or a photo chosen as the camera) shows the photo, frame after
    frame; it used to be opened as a video and fail every half second with "Cannot decode
    the video file ...: it is damaged", restarting its own retry count each time."""
    photo = save_image(tmp_path / "class.jpg", np.full((48, 64, 3), 90, np.uint8))
    spec = parse_source(photo)
    assert spec.description == "photo class.jpg"
    source = FrameSource(photo, realtime=False)
    frames = [source.read() for _ in range(5)]
    assert all(f is not None and f.shape == (48, 64, 3) for f in frames)
    assert source.reconnects == 0 and not source.ended
    once = FrameSource(photo, loop=False, realtime=False)
    assert once.read() is not None and once.read() is None and once.ended


def test_video_file_ends_or_loops(tmp_path: Path) -> None:
    video = write_video(tmp_path / "v.avi", n=6)
    once = FrameSource(video, loop=False, realtime=False)
    frames = []
    while (f := once.read()) is not None:
        frames.append(f)
    assert len(frames) == 6 and once.ended
    assert frames[0].shape == (48, 64, 3)
    looping = FrameSource(video, loop=True, realtime=False)
    assert sum(looping.read() is not None for _ in range(15)) == 15
    looping.close()


def test_video_file_paces_itself_to_its_frame_rate(tmp_path: Path) -> None:
    clock = FakeClock()
    src = FrameSource(
        write_video(tmp_path / "v.avi", fps=20.0), realtime=True, clock=clock, sleep=clock.sleep
    )
    t0 = clock.t
    for _ in range(5):
        assert src.read() is not None
    assert src.fps == pytest.approx(20.0)
    assert clock.t - t0 == pytest.approx(4 / 20.0)  # 5 frames span 4 periods


def test_image_folder_reads_sorted_images_and_skips_other_files(tmp_path: Path) -> None:
    for i in (2, 0, 1):
        save_image(tmp_path / f"{i}.png", np.full((10, 10, 3), i * 50, np.uint8))
    (tmp_path / "notes.txt").write_text("not an image")
    src = FrameSource(tmp_path, loop=False, realtime=False)
    values = []
    while (f := src.read()) is not None:
        values.append(int(f[0, 0, 0]))
    assert values == [0, 50, 100]


def test_missing_camera_raises_with_growing_backoff_then_recovers(tmp_path: Path) -> None:
    clock = FakeClock()
    folder = tmp_path / "later"
    src = FrameSource(folder, clock=clock, sleep=clock.sleep, realtime=False)
    delays = []
    for _ in range(4):
        with pytest.raises(CameraLost) as info:
            src.read()
        assert "does not exist" in str(info.value)
        delays.append(info.value.retry_in)
        with pytest.raises(CameraLost):  # inside the backoff window: no new attempt
            src.read()
        clock.t += info.value.retry_in
    assert delays == [0.5, 1.0, 2.0, 4.0]
    folder.mkdir()
    save_image(folder / "a.png", np.zeros((8, 8, 3), np.uint8))
    assert src.read() is not None
    assert src.reconnects == 0


def test_a_missing_video_file_points_to_the_camera_settings_not_a_command_line_flag(
    tmp_path: Path,
) -> None:
    """The live view shows this text to a GUI user: it says where to choose another source."""
    with pytest.raises(CameraUnavailable) as info:
        FrameSource(tmp_path / "hall.mp4", realtime=False).open()
    text = str(info.value)
    assert "hall.mp4 does not exist" in text
    assert "Settings > Camera" in text
    assert "--source" not in text


def test_an_image_folder_removed_while_running_is_a_lost_camera_until_it_is_back(
    tmp_path: Path,
) -> None:
    """The folder camera must not keep showing its last picture as if all were well (it
    recursed over the vanished files instead): the live view gets the reason and the source
    comes back with the folder. An unreadable picture among good ones is only skipped."""
    import shutil

    clock = FakeClock()
    folder = tmp_path / "door"
    folder.mkdir()
    for name, value in (("a.png", 10), ("b.png", 20), ("c.png", 30)):
        save_image(folder / name, np.full((8, 8, 3), value, np.uint8))
    (folder / "b.png").write_bytes(b"not a picture")
    src = FrameSource(folder, clock=clock, sleep=clock.sleep, realtime=False)
    assert [int(src.read()[0, 0, 0]) for _ in range(3)] == [10, 30, 10]  # b skipped

    shutil.rmtree(folder)
    with pytest.raises(CameraLost) as info:
        src.read()
    assert "door does not exist" in str(info.value)
    clock.t += info.value.retry_in
    with pytest.raises(CameraLost):  # still gone at the next try
        src.read()

    folder.mkdir()
    save_image(folder / "d.png", np.full((8, 8, 3), 40, np.uint8))
    clock.t += 60
    assert int(src.read()[0, 0, 0]) == 40


def test_unavailable_webcam_index_gives_an_actionable_message() -> None:
    src = FrameSource("57", realtime=False)
    with pytest.raises(CameraUnavailable) as info:
        src.read()
    assert "Camera 57 is not available" in str(info.value)


def test_damaged_video_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"not a video at all")
    with pytest.raises(CameraUnavailable) as info:
        FrameSource(bad, realtime=False).read()
    assert "broken.mp4" in str(info.value)


def test_sixteen_bit_frames_become_eight_bit() -> None:
    from desktop_app.vision.frames import _as_bgr

    frame = np.full((4, 4, 3), 0x8000, np.uint16)
    out = _as_bgr(frame)
    assert out.dtype == np.uint8 and int(out[0, 0, 0]) == 0x80


def test_camera_backend_setting_picks_the_capture_api_per_os() -> None:
    import cv2

    from desktop_app.vision.frames import camera_apis

    # Windows: DirectShow first (Media Foundation can take seconds to open), then MSMF
    assert camera_apis("auto", "win32") == [cv2.CAP_DSHOW, cv2.CAP_MSMF]
    assert camera_apis("auto", "linux") == [cv2.CAP_ANY]
    assert camera_apis("auto", "darwin") == [cv2.CAP_ANY]
    assert camera_apis("msmf", "win32") == [cv2.CAP_MSMF]
    assert camera_apis("avfoundation", "darwin") == [cv2.CAP_AVFOUNDATION]
    assert camera_apis("v4l2", "linux") == [cv2.CAP_V4L2]
    with pytest.raises(ValueError):
        camera_apis("quicktime")


def test_a_webcam_that_does_not_open_names_the_chosen_backend() -> None:
    src = FrameSource("57", realtime=False, backend="v4l2")
    with pytest.raises(CameraUnavailable) as info:
        src.read()
    assert "Camera 57 is not available through v4l2" in str(info.value)
