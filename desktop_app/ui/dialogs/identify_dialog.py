"""Who is in front of the camera now: the picture with labels, the list of matches, and a
button to mark the recognised people (through the attendance rules: cooldown, session)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.ui import ops
from desktop_app.ui.common import current_threshold, match_words, number_text
from desktop_app.ui.live_view import LiveView


def describe_face(face: Any, threshold: float) -> str:
    """A face in the list: the name and how sure, in the Attendance page's words ("very
    sure", "just within the limit"), never a raw distance."""
    m = face.match
    if str(m.status) == "known":
        how = match_words(m.distance if math.isfinite(m.distance) else None, threshold)
        if how:
            return translate("IdentifyDialog", "{name}  ({how})").format(
                name=m.name or "?", how=how
            )
        return str(m.name or "?")
    if str(m.status) == "ambiguous":
        return translate("IdentifyDialog", "Not sure: {name}").format(name=m.name or "?")
    return translate("IdentifyDialog", "Unknown")


class IdentifyDialog(QDialog):
    def __init__(
        self,
        ctx: Any,
        image_bgr: np.ndarray,
        faces: list[Any],
        parent: QWidget | None = None,
        session: Any = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.faces, self.session = ctx, faces, session
        self.marks: list[Any] = []
        self.setWindowTitle(translate("IdentifyDialog", "Identify"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 580)
        self.view = LiveView()
        self.view.label_ttl_s = math.inf
        self.view.set_frame(image_bgr)
        self.view.set_faces(faces)
        self.list = QListWidget()
        self.list.setMaximumHeight(120)
        threshold = current_threshold(ctx)
        for f in faces:
            self.list.addItem(describe_face(f, threshold))
        self.known = [f for f in faces if f.match.known and f.match.person_id is not None]
        if not faces:
            summary = translate("IdentifyDialog", "No face found in the picture.")
        elif len(faces) == 1:
            summary = translate("IdentifyDialog", "1 face found, {known} recognised.")
        else:
            summary = translate("IdentifyDialog", "{count} faces found, {known} recognised.")
        self.summary = QLabel(
            summary.format(count=number_text(len(faces)), known=number_text(len(self.known)))
        )
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.mark_button = self.buttons.addButton(
            translate("IdentifyDialog", "Mark recognised"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mark_button.clicked.connect(self.mark)
        self.mark_button.setToolTip(
            translate("IdentifyDialog", "Record attendance for the recognised people")
        )
        self.mark_button.setEnabled(bool(self.known))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def mark(self) -> None:
        svc = self.ctx.attendance
        sid = getattr(self.session, "id", None)
        embedder = self.ctx.settings.recognition.embedder
        todo = [
            (
                int(f.match.person_id),
                float(f.match.distance),
                None if f.embedding is None else np.asarray(f.embedding, np.float32).tobytes(),
            )
            for f in self.known
        ]

        def run() -> list[Any]:
            return [
                svc.mark(
                    pid,
                    score=d,
                    source="camera",
                    session_id=sid,
                    probe_embedding=probe,
                    probe_embedder_id=embedder if probe else None,
                )
                for pid, d, probe in todo
            ]

        def done(marks: list[Any]) -> None:
            self.marks = marks
            self.mark_button.setEnabled(False)
            self.summary.setText("\n".join(m.message for m in marks))

        ops.run_op(
            run,
            success=done,
            parent=self,
            changes="events",
            title=translate("IdentifyDialog", "Identify"),
        )
