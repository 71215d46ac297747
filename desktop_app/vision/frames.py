"""Frame sources: a webcam by index, a video file, an RTSP/HTTP URL, an image folder or
one photo (shown as a camera that keeps showing it).

Qt-free and synchronous: ``source.read()`` returns the next BGR frame ``(H, W, 3) uint8``, or
``None`` when a finite source (a video file that does not loop, an image folder read once) has
ended. A source that cannot deliver raises :class:`CameraLost` (a ``CameraUnavailable``) whose
``retry_in`` says when the next reconnection attempt will be made; calling ``read()`` again after
that reopens the device. The delay grows (0.5 s, 1 s, 2 s ... up to ``max_backoff``) while the
device stays away, so an unplugged camera neither spins the CPU nor gives up.

A video file can pace itself to its frame rate (``realtime=True``) for live-like playback and
loop at the end (``loop=True``); both on by default for the GUI, off for batch use.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NoReturn, Protocol, runtime_checkable

import cv2
import numpy as np

from desktop_app.errors import CameraUnavailable, ImageError
from desktop_app.i18n import translate
from desktop_app.vision.image_io import load_image

log = logging.getLogger(__name__)

SourceKind = Literal["camera", "file", "url", "folder"]
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"})
URL_PREFIXES = ("rtsp://", "rtsps://", "rtmp://", "http://", "https://", "udp://", "tcp://")


class CameraLost(CameraUnavailable):
    """The source is away; the next reconnection attempt is in ``retry_in`` seconds."""

    def __init__(self, message: str, retry_in: float) -> None:
        super().__init__(message)
        self.retry_in = retry_in


@runtime_checkable
class FrameReader(Protocol):
    """What the capture worker needs from a source (FrameSource, or anything alike)."""

    description: str

    def read(self) -> np.ndarray | None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class SourceSpec:
    kind: SourceKind
    target: str  # camera index as text, file path, URL or folder path
    description: str  # for the status bar and messages ("camera 0", "video clip.mp4")


def parse_source(source: str | int | Path) -> SourceSpec:
    """Tell a webcam index, URL, image folder and video file apart."""
    text = str(source).strip()
    if not text:
        raise CameraUnavailable(
            translate("Camera", "No camera source is set. Choose one in Settings > Camera.")
        )
    # the description is shown in the status bar: in the app's language (English in the CLI)
    if text.isdigit():
        return SourceSpec("camera", text, translate("Camera", "camera {index}").format(index=text))
    if text.lower().startswith(URL_PREFIXES):
        return SourceSpec("url", text, _hide_password(text))
    path = Path(text).expanduser()
    if path.is_dir() or (not path.suffix and not path.exists()):
        folder = translate("Camera", "image folder {folder}").format(folder=path.name or path)
        return SourceSpec("folder", str(path), folder)
    if path.suffix.lower() in IMAGE_SUFFIXES:  # one photo: a camera that always shows it
        photo = translate("Camera", "photo {file}").format(file=path.name)
        return SourceSpec("folder", str(path), photo)
    return SourceSpec("file", str(path), translate("Camera", "video {file}").format(file=path.name))


def _hide_password(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.split("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in creds else url
    return url


CameraBackend = Literal["auto", "msmf", "dshow", "avfoundation", "v4l2"]
_BACKEND_APIS = {
    "msmf": "CAP_MSMF",
    "dshow": "CAP_DSHOW",
    "avfoundation": "CAP_AVFOUNDATION",
    "v4l2": "CAP_V4L2",
}


def camera_apis(backend: str, platform: str | None = None) -> list[int]:
    """OpenCV capture APIs to try, in order, for a webcam with this ``backend`` setting.

    ``auto`` is OpenCV's own choice, except on Windows: DirectShow first (Media Foundation,
    OpenCV's default there, can take seconds to open or resize a camera: opencv issues 17687,
    26495), then Media Foundation for cameras DirectShow does not list.
    """
    import sys

    platform = platform or sys.platform
    if backend == "auto":
        if platform == "win32":
            return [cv2.CAP_DSHOW, cv2.CAP_MSMF]
        return [cv2.CAP_ANY]
    if backend not in _BACKEND_APIS:
        raise ValueError(f"unknown camera backend {backend!r}")
    return [int(getattr(cv2, _BACKEND_APIS[backend]))]


class FrameSource:
    """One source of frames, reopened with backoff when it goes away."""

    def __init__(
        self,
        source: str | int | Path,
        *,
        width: int | None = None,
        height: int | None = None,
        backend: str = "auto",
        loop: bool = True,
        realtime: bool = True,
        max_backoff: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.spec = parse_source(source)
        self.description = self.spec.description
        self.width, self.height = width, height
        self.backend = backend
        self.loop, self.realtime = loop, realtime
        self.max_backoff = max_backoff
        self._clock, self._sleep = clock, sleep
        self._cap: cv2.VideoCapture | None = None
        self._files: list[Path] = []
        self._file_pos = 0
        self._failures = 0
        self._next_try = 0.0
        self._last_error = ""
        self._next_due: float | None = None  # realtime pacing of files
        self.fps: float = 0.0
        self.frames_read = 0
        self.ended = False

    # ---- properties ----------------------------------------------------------------------
    @property
    def kind(self) -> SourceKind:
        return self.spec.kind

    @property
    def is_open(self) -> bool:
        return self._cap is not None or bool(self._files)

    @property
    def reconnects(self) -> int:
        return self._failures

    # ---- opening -------------------------------------------------------------------------
    def open(self) -> None:
        """Open now; raise ``CameraUnavailable`` with an actionable message if impossible."""
        self.close()
        kind, target = self.spec.kind, self.spec.target
        if kind == "folder" and Path(target).is_file():  # a single photo
            self._files, self._file_pos = [Path(target)], 0
            self.fps = 2.0
            return
        if kind == "folder":
            folder = Path(target)
            if not folder.is_dir():
                raise CameraUnavailable(
                    translate(
                        "Camera",
                        "The image folder {folder} does not exist. Create it or choose another "
                        "source in Settings > Camera.",
                    ).format(folder=folder)
                )
            files = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
            if not files:
                raise CameraUnavailable(
                    translate(
                        "Camera",
                        "The image folder {folder} holds no images (.jpg, .png, ...). Add some "
                        "or choose another source.",
                    ).format(folder=folder)
                )
            self._files, self._file_pos = files, 0
            self.fps = 2.0
            return
        if kind == "file" and not Path(target).is_file():
            raise CameraUnavailable(
                translate(
                    "Camera",
                    "The video file {file} does not exist. Check the path, or choose another "
                    "camera or video in Settings > Camera.",
                ).format(file=target)
            )
        if kind == "camera":
            for api in camera_apis(self.backend):
                cap = cv2.VideoCapture(int(target), api)
                if cap.isOpened():
                    break
                cap.release()
        else:
            cap = cv2.VideoCapture(target)
        if kind == "camera" and cap.isOpened():
            if self.width:
                cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            if self.height:
                cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        if not cap.isOpened():
            cap.release()
            raise CameraUnavailable(self._open_message())
        fps = float(cap.get(cv2.CAP_PROP_FPS) or 0.0)
        self.fps = fps if 1.0 <= fps <= 240.0 else 25.0
        self._cap = cap
        self._next_due = None

    def _open_message(self) -> str:
        kind, target = self.spec.kind, self.spec.target
        if kind == "camera":
            if self.backend == "auto":
                text = translate(
                    "Camera",
                    "Camera {camera} is not available: it is unplugged, used by another "
                    "program, or this user may not access it (macOS: System Settings > Privacy "
                    "& Security > Camera). Plug it in or choose another camera or camera "
                    "backend in Settings.",
                )
            else:
                text = translate(
                    "Camera",
                    "Camera {camera} is not available through {backend}: it is unplugged, used "
                    "by another program, or this user may not access it (macOS: System "
                    "Settings > Privacy & Security > Camera). Plug it in or choose another "
                    "camera or camera backend in Settings.",
                )
            return text.format(camera=target, backend=self.backend)
        if kind == "url":
            return translate(
                "Camera",
                "Cannot connect to the stream {source}. Check the address, the network and the "
                "credentials.",
            ).format(source=self.description)
        return translate(
            "Camera",
            "Cannot decode the video file {file}: it is damaged or in an unsupported format.",
        ).format(file=target)

    # ---- reading -------------------------------------------------------------------------
    def read(self) -> np.ndarray | None:
        """The next frame, or None at the end of a finite source; ``CameraLost`` if away."""
        if self.ended:
            return None
        if not self.is_open:
            now = self._clock()
            if now < self._next_try:
                raise CameraLost(self._last_error, self._next_try - now)
            try:
                self.open()
            except CameraUnavailable as exc:
                self._lost(str(exc))
            if self._failures:
                log.info("%s: reconnected after %d attempt(s)", self.description, self._failures)
            self._failures = 0
        if self._files:
            return self._read_file_image()
        return self._read_capture()

    def _lost(self, message: str) -> NoReturn:
        self.close()
        self._failures += 1
        delay = min(self.max_backoff, 0.5 * 2 ** (self._failures - 1))
        self._next_try = self._clock() + delay
        self._last_error = message
        log.warning("%s (attempt %d; retrying in %.1f s)", message, self._failures, delay)
        raise CameraLost(message, delay)

    def _read_capture(self) -> np.ndarray | None:
        assert self._cap is not None
        if self.spec.kind == "file" and self.realtime:
            self._pace()
        ok, frame = self._cap.read()
        if ok and frame is not None and frame.size == 0:
            ok = False  # some drivers hand out 0x0 frames while a device resets
        if not ok or frame is None:
            if self.spec.kind == "file":
                if not self.loop:
                    self.ended = True
                    self.close()
                    return None
                self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
                ok, frame = self._cap.read()
                if not ok or frame is None:
                    self._lost(self._open_message())
            else:
                self._lost(
                    translate(
                        "Camera",
                        "{source} stopped delivering frames (unplugged or disconnected).",
                    ).format(source=self.description.capitalize())
                )
        self.frames_read += 1
        return _as_bgr(frame)

    def _pace(self) -> None:
        period = 1.0 / self.fps
        now = self._clock()
        if self._next_due is None or now - self._next_due > 0.5:  # start, or fell far behind
            self._next_due = now
        wait = self._next_due - now
        if wait > 0:
            self._sleep(wait)
        self._next_due += period

    def _read_file_image(self) -> np.ndarray | None:
        """The next readable image; an unreadable one is skipped. When a whole pass finds
        none readable (the folder was removed or emptied while running), the source is lost:
        ``CameraLost`` says why and ``read`` reopens the folder after the backoff."""
        if self.realtime:
            self._pace()
        for _ in range(len(self._files)):
            if self._file_pos >= len(self._files):
                if not self.loop:
                    self.ended = True
                    return None
                self._file_pos = 0
            path = self._files[self._file_pos]
            self._file_pos += 1
            try:
                frame = load_image(path)  # bytes decoded: any Unicode path on any OS
            except ImageError as exc:
                log.warning("skipping unreadable image %s: %s", path, exc)
                continue
            self.frames_read += 1
            return frame
        try:
            self.open()  # says what became of the folder, if it is gone or empty
        except CameraUnavailable as exc:
            self._lost(str(exc))
        self._lost(
            translate("Camera", "None of the images in {folder} can be read.").format(
                folder=self.spec.target
            )
        )

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
        self._cap = None
        self._files = []

    def __enter__(self) -> FrameSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _as_bgr(frame: np.ndarray) -> np.ndarray:
    if frame.dtype == np.uint16:  # some industrial/depth cameras
        frame = (frame >> 8).astype(np.uint8)
    elif frame.dtype != np.uint8:
        frame = np.clip(frame, 0, 255).astype(np.uint8)
    if frame.ndim == 2:
        return cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    if frame.shape[2] == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
    return frame


def open_source(source: str | int | Path, **options: object) -> FrameSource:
    """A ``FrameSource`` for ``source`` (not yet opened: the first ``read()`` opens it)."""
    return FrameSource(source, **options)  # type: ignore[arg-type]
