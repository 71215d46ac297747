"""The live camera view: paints the newest frame and each face's box, name, score and track state.

Painting is all it does: frames and results come from a :class:`~desktop_app.ui.workers.
FrameRunner` (``attach``) or are set directly (``set_frame`` / ``set_faces``). The kiosk reuses
it and adds its own drawings with :meth:`add_overlay`.

Colours: green = recognised and confirmed, amber = recognised, still confirming (N of M frames),
orange = ambiguous (two people too close), red = unknown.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.workers import Frame, FrameRunner, Processed, RateMeter

KNOWN = QColor(46, 160, 67)
CONFIRMING = QColor(214, 160, 0)
AMBIGUOUS = QColor(230, 120, 20)
UNKNOWN = QColor(220, 60, 60)

Overlay = Callable[[QPainter, QRectF, float], None]  # painter, image rect on widget, scale


@dataclass(frozen=True)
class FaceLabel:
    """What the view draws for one face (built from a ``RecognizedFace``)."""

    box: tuple[float, float, float, float]
    title: str  # "Ana Silva", "Unknown", "Ana Silva?"
    detail: str  # in words: "confirmed", "checking…", "not sure who", "not recognised"
    color: QColor


def as_box(values: Any) -> tuple[float, float, float, float]:
    x1, y1, x2, y2 = (float(v) for v in values)
    return (x1, y1, x2, y2)


def qdate(value: Any) -> dt.date:
    """A ``QDate`` as a ``datetime.date`` (typed, unlike ``QDate.toPython``)."""
    return dt.date(value.year(), value.month(), value.day())


def label_for(face: Any) -> FaceLabel:
    """A ``RecognizedFace`` (or anything with ``.face.box`` and ``.match``) as a label."""
    match = getattr(face, "match", None)
    status = str(getattr(match, "status", "unknown"))
    name = getattr(match, "name", None)
    confirmed = bool(getattr(face, "confirmed", False))
    if status == "known" and name:
        title = name if confirmed else f"{name}?"
        color = KNOWN if confirmed else CONFIRMING
        state = "confirmed" if confirmed else "confirming"
    elif status == "ambiguous":
        title = f"{name}??" if name else QCoreApplication.translate("LiveView", "Ambiguous")
        color, state = AMBIGUOUS, "ambiguous"
    else:
        title, color, state = QCoreApplication.translate("LiveView", "Unknown"), UNKNOWN, "unknown"
    words = {
        "confirmed": QT_TRANSLATE_NOOP("LiveView", "confirmed"),
        "confirming": QT_TRANSLATE_NOOP("LiveView", "checking…"),
        "ambiguous": QT_TRANSLATE_NOOP("LiveView", "not sure who"),
        "unknown": QT_TRANSLATE_NOOP("LiveView", "not recognised"),
    }
    detail = QCoreApplication.translate("LiveView", words[state])
    return FaceLabel(as_box(face.face.box), title, detail, color)


def result_faces(result: Any) -> Sequence[Any] | None:
    """The recognised faces in whatever a processor returned (``FrameResult`` or a wrapper)."""
    if result is None:
        return None
    faces = getattr(result, "faces", None)
    if faces is not None:
        return faces
    inner = getattr(result, "frame_result", None)
    return getattr(inner, "faces", None) if inner is not None else None


class LiveView(QWidget):
    """A widget that shows frames with face labels; counts the frames it paints (``fps``)."""

    clicked_face = Signal(object)  # the FaceLabel under a mouse click (see label_at)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._image: np.ndarray | None = None
        self._qimage: QImage | None = None
        self._labels: list[FaceLabel] = []
        self._labels_at = 0.0
        self._message = ""
        self._placeholder = "No camera"
        self._overlays: list[Overlay] = []
        self.label_ttl_s = 1.0  # hide labels older than this (the face may have left)
        self.paint_rate = RateMeter()
        self.frames_shown = 0  # frames handed to the view
        self.frames_painted = 0  # camera frames that reached the screen
        self._unpainted = False
        self.last_frame_index = 0
        self.mirror = False
        self._runner: FrameRunner | None = None

    # ---- inputs --------------------------------------------------------------------------
    def attach(self, runner: FrameRunner) -> None:
        """Show ``runner``'s frames, results and camera messages (bound methods, so the
        connections end with the view)."""
        self._runner = runner
        runner.frame_ready.connect(self._take)
        runner.processed.connect(self._on_processed)
        runner.source_state.connect(self._on_state)

    def _take(self) -> None:
        runner = self._runner
        frame = runner.take_frame() if runner is not None else None
        if frame is not None:
            self.set_frame(frame)

    def _on_processed(self, processed: Processed) -> None:
        faces = result_faces(processed.result)
        if faces is not None:
            self.set_faces(faces)

    def _on_state(self, state: str, message: str) -> None:
        self.set_message("" if state == "running" else message)

    def set_frame(self, frame: Frame | np.ndarray) -> None:
        if isinstance(frame, Frame):
            self.last_frame_index = frame.index
            image = frame.image_bgr
        else:
            image = frame
        if (
            image is None
            or image.dtype != np.uint8
            or image.ndim != 3
            or image.shape[2] != 3
            or image.size == 0
        ):
            return  # not a BGR picture (an empty frame from a resetting camera): keep the last
        image = np.ascontiguousarray(image)
        h, w = image.shape[:2]
        self._image = image
        # A copy the QImage owns (~0.2 ms for 640x480): a QImage borrowing numpy memory hands
        # the release of that buffer to Qt, which may happen outside the GIL.
        self._qimage = QImage(
            image.data, w, h, image.strides[0], QImage.Format.Format_BGR888
        ).copy()
        self.frames_shown += 1
        self._unpainted = True
        self.update()

    def set_faces(self, faces: Sequence[Any]) -> None:
        self._labels = [label_for(f) for f in faces]
        self._labels_at = time.monotonic()
        self.update()

    def set_labels(self, labels: Sequence[FaceLabel]) -> None:
        self._labels = list(labels)
        self._labels_at = time.monotonic()
        self.update()

    def labels(self) -> list[FaceLabel]:
        """The labels currently drawn (tests read what the user sees)."""
        if time.monotonic() - self._labels_at > self.label_ttl_s:
            return []
        return list(self._labels)

    def set_message(self, text: str) -> None:
        self._message = text
        self.update()

    def message(self) -> str:
        return self._message

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def clear(self) -> None:
        self._image = self._qimage = None
        self._labels = []
        self.update()

    def add_overlay(self, overlay: Overlay) -> None:
        self._overlays.append(overlay)

    def current_image(self) -> np.ndarray | None:
        return self._image

    @property
    def fps(self) -> float:
        return self.paint_rate.rate()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def label_at(self, point: QPointF) -> FaceLabel | None:
        """The shown face label whose box contains ``point`` (widget coordinates); the
        smallest box wins where boxes overlap, so a face in front of another can be hit."""
        if self._qimage is None:
            return None
        rect = self.image_rect()
        scale = rect.width() / self._qimage.width()
        hits = [
            (box.width() * box.height(), i, label)
            for i, label in enumerate(self.labels())
            if (box := self._map_box(rect, scale, label.box)).contains(point)
        ]
        return min(hits)[2] if hits else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        label = self.label_at(event.position())
        if label is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked_face.emit(label)
        super().mousePressEvent(event)

    # ---- painting ------------------------------------------------------------------------
    def image_rect(self) -> QRectF:
        if self._qimage is None:
            return QRectF(self.rect())
        iw, ih = max(1, self._qimage.width()), max(1, self._qimage.height())
        scale = min(self.width() / iw, self.height() / ih)
        w, h = iw * scale, ih * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.fillRect(self.rect(), QColor(24, 24, 28))
        rect = self.image_rect()
        scale = 1.0
        if self._qimage is not None:
            scale = rect.width() / self._qimage.width()
            if self.mirror:
                p.save()
                p.translate(rect.center())
                p.scale(-1, 1)
                p.translate(-rect.center())
                p.drawImage(rect, self._qimage)
                p.restore()
            else:
                p.drawImage(rect, self._qimage)
            if time.monotonic() - self._labels_at <= self.label_ttl_s:
                for label in self._labels:
                    self._draw_label(p, rect, scale, label)
            if self._unpainted:  # count each camera frame once, not label-only repaints
                self._unpainted = False
                self.paint_rate.tick()
                self.frames_painted += 1
        else:
            self._draw_center_text(p, self._placeholder, QColor(200, 200, 205))
        for overlay in self._overlays:
            overlay(p, rect, scale)
        if self._message:
            self._draw_banner(p, self._message)
        p.end()

    def _map_box(self, rect: QRectF, scale: float, box: tuple[float, ...]) -> QRectF:
        x1, y1, x2, y2 = box
        if self.mirror and self._qimage is not None:
            w = self._qimage.width()
            x1, x2 = w - x2, w - x1
        return QRectF(
            rect.left() + x1 * scale, rect.top() + y1 * scale, (x2 - x1) * scale, (y2 - y1) * scale
        )

    def _draw_label(self, p: QPainter, rect: QRectF, scale: float, label: FaceLabel) -> None:
        box = self._map_box(rect, scale, label.box)
        pen = QPen(label.color, 2.0)  # logical pixels: Qt scales them on high-DPI screens
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(box, 4, 4)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(9.0, self.font().pointSizeF() * 1.05))
        title_font.setBold(True)
        detail_font = QFont(self.font())
        detail_font.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.85))
        tm, dm = QFontMetricsF(title_font), QFontMetricsF(detail_font)
        pad = 4.0
        width = max(tm.horizontalAdvance(label.title), dm.horizontalAdvance(label.detail)) + 2 * pad
        height = tm.height() + dm.height() + 2 * pad
        x = box.left()
        y = box.top() - height - 2
        if y < rect.top():  # no room above: put the tag under the box
            y = min(box.bottom() + 2, rect.bottom() - height)
        x = max(rect.left(), min(x, rect.right() - width))
        tag = QRectF(x, y, width, height)
        fill = QColor(label.color)
        fill.setAlpha(220)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(tag, 4, 4)
        p.setPen(QColor(255, 255, 255))
        p.setFont(title_font)
        p.drawText(QPointF(x + pad, y + pad + tm.ascent()), label.title)
        p.setFont(detail_font)
        p.drawText(QPointF(x + pad, y + pad + tm.height() + dm.ascent()), label.detail)

    def _draw_center_text(self, p: QPainter, text: str, color: QColor) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.3)
        p.setFont(font)
        p.setPen(color)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _draw_banner(self, p: QPainter, text: str) -> None:
        font = QFont(self.font())
        p.setFont(font)
        margin = 12.0
        width = self.width() - 2 * margin
        fm = QFontMetricsF(font)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        bounds = fm.boundingRect(QRectF(0, 0, width - 24, 1000), int(flags), text)
        box = QRectF(
            margin, self.height() - bounds.height() - 24 - margin, width, bounds.height() + 24
        )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 190))
        p.drawRoundedRect(box, 6, 6)
        p.setPen(QColor(255, 235, 160))
        p.drawText(box.adjusted(12, 12, -12, -12), flags, text)
