"""A group photo: recognise everyone, let the operator tick who to mark, then confirm.

Uses ``attendance.group_photo`` (analyse, then confirm into the running session). The photo
is shown with the same labels as the live view.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ImageError
from desktop_app.ui import ops
from desktop_app.ui.common import operator_name
from desktop_app.ui.live_view import AMBIGUOUS, KNOWN, UNKNOWN, FaceLabel, LiveView, as_box
from desktop_app.vision.image_io import load_image

STATUS_COLORS = {"known": KNOWN, "ambiguous": AMBIGUOUS, "duplicate": AMBIGUOUS}


def photo_label(face: Any) -> FaceLabel:
    """A ``group_photo.GroupPhotoFace`` as a label on the photo."""
    known = face.status == "known"
    title = face.name if known and face.name else face.status.capitalize()
    if face.status == "duplicate" and face.name:
        title = f"{face.name} (twice?)"
    detail = {
        "known": "recognised",
        "ambiguous": "not sure who",
        "duplicate": "found twice",
    }.get(face.status, "not recognised")
    return FaceLabel(as_box(face.box), title, detail, STATUS_COLORS.get(face.status, UNKNOWN))


def describe(face: Any) -> str:
    d = f"  (distance {face.distance:.2f})" if math.isfinite(face.distance) else ""
    if face.status == "known":
        return f"{face.name}{d}"
    if face.status == "duplicate":
        return f"{face.name}: already found in this photo{d}"
    if face.status == "ambiguous":
        return f"Not sure: {face.name or '?'}{d}"
    return f"Unknown face {face.index + 1}{d}"


class GroupPhotoDialog(QDialog):
    def __init__(
        self, ctx: Any, path: Path, parent: QWidget | None = None, session: Any = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.session = ctx, path, session
        self.analysis: Any = None
        self.setWindowTitle(f"Group photo — {path.name}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 680)
        self.view = LiveView()
        self.view.label_ttl_s = math.inf
        self.view.set_placeholder("Recognising...")
        self.list = QListWidget()
        self.list.setMaximumHeight(170)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.confirm_button = self.buttons.addButton(
            "Mark ticked people present", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def analyse(self) -> None:
        try:
            image = load_image(self.path)  # bytes decoded: any Unicode path on any OS
        except ImageError as exc:
            ops.report_error(self, exc, "Group photo")
            self.reject()
            return
        self.view.set_frame(image)
        ctx, path = self.ctx, self.path

        def run() -> Any:
            from desktop_app.attendance.group_photo import analyse_group_photo

            return analyse_group_photo(ctx, path)

        ops.run_op(
            run,
            success=self.show_analysis,
            parent=self,
            progress="Recognising faces...",
            title="Group photo",
        )

    def show_analysis(self, analysis: Any) -> None:
        self.analysis = analysis
        faces = list(analysis.faces)
        self.view.set_labels([photo_label(f) for f in faces])
        self.list.clear()
        for f in faces:
            item = QListWidgetItem(describe(f))
            known = f.status == "known" and f.person_id is not None
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if known else Qt.CheckState.Unchecked)
            if not known:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.UserRole, f.person_id)
            self.list.addItem(item)
        n_known = len(analysis.known)
        text = f"{len(faces)} faces, {n_known} recognised."
        if self.session is None:
            text += " Start a session to mark them from this photo."
            self.confirm_button.setToolTip(
                "Marks from a group photo go into a session: start one first."
            )
        else:
            text += f" Untick anyone who should not be marked in {self.session.name}."
        self.summary.setText(text)
        self.confirm_button.setEnabled(self.session is not None and n_known > 0)

    def ticked(self) -> list[int]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            pid = item.data(Qt.ItemDataRole.UserRole)
            if pid is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(pid))
        return out

    def confirm(self) -> None:
        if self.analysis is None or self.session is None:
            return
        ctx, analysis, sid, ids = self.ctx, self.analysis, self.session.id, self.ticked()

        def run() -> Any:
            from desktop_app.attendance.group_photo import confirm_group_photo

            return confirm_group_photo(ctx, analysis, sid, person_ids=ids, actor=operator_name())

        ops.run_op(
            run,
            success=lambda _r: self.accept(),
            parent=self,
            changes="events",
            title="Group photo",
        )
