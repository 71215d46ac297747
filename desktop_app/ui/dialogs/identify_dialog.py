"""Who is in front of the camera now: the picture with labels and the list of matches."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.live_view import LiveView


def describe_face(face: Any) -> str:
    m = face.match
    d = "" if not math.isfinite(m.distance) else f"  (distance {m.distance:.2f})"
    if str(m.status) == "known":
        return f"{m.name}{d}"
    if str(m.status) == "ambiguous":
        return f"Not sure: {m.name or '?'}{d}"
    return "Unknown" + d


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
        self.ctx, self.faces = ctx, faces
        self.setWindowTitle("Identify")
        self.resize(640, 560)
        self.view = LiveView()
        self.view.label_ttl_s = float("inf")
        self.view.set_frame(image_bgr)
        self.view.set_faces(faces)
        self.list = QListWidget()
        self.list.setMaximumHeight(120)
        for f in faces:
            self.list.addItem(describe_face(f))
        summary = QLabel(
            "No face found in the picture."
            if not faces
            else f"{len(faces)} face{'s' if len(faces) != 1 else ''} found."
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(summary)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
