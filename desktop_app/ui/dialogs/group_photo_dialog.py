"""A group photo: recognise everyone, let the operator tick who to mark, then confirm."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import cv2
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
from desktop_app.ui import ops, services
from desktop_app.ui.dialogs.identify_dialog import describe_face
from desktop_app.ui.live_view import LiveView, result_faces


class GroupPhotoDialog(QDialog):
    def __init__(
        self, ctx: Any, path: Path, parent: QWidget | None = None, session: Any = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.session = ctx, path, session
        self.analysis: Any = None
        self.setWindowTitle(f"Group photo — {path.name}")
        self.resize(860, 680)
        self.view = LiveView()
        self.view.label_ttl_s = float("inf")
        self.view.set_placeholder("Recognising...")
        self.list = QListWidget()
        self.list.setMaximumHeight(170)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
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
        image = cv2.imread(str(self.path), cv2.IMREAD_COLOR)
        if image is None:
            ops.report_error(
                self, ImageError(f"{self.path} is not an image this app can read."), "Group photo"
            )
            self.reject()
            return
        self.view.set_frame(image)
        analyse = services.find_attr("group_photo", "analyse_group_photo")
        ctx, path = self.ctx, self.path
        if analyse is not None:
            fn = lambda: analyse(ctx, path)  # noqa: E731
        else:  # recognition alone: show who is there, marking needs the attendance module
            fn = lambda: ctx.recognizer.identify_image(image)  # noqa: E731
        ops.run_op(
            fn,
            success=self.show_analysis,
            parent=self,
            progress="Recognising faces...",
            title="Group photo",
        )

    def show_analysis(self, analysis: Any) -> None:
        self.analysis = analysis
        faces = result_faces(analysis)
        if faces is None:
            faces = list(analysis) if isinstance(analysis, list | tuple) else []
        self.view.set_faces(faces)
        self.list.clear()
        for i, f in enumerate(faces):
            item = QListWidgetItem(describe_face(f))
            known = str(f.match.status) == "known"
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if known else Qt.CheckState.Unchecked)
            if not known:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        n_known = sum(1 for f in faces if str(f.match.status) == "known")
        self.summary.setText(
            f"{len(faces)} faces, {n_known} recognised. Untick anyone who should not be marked."
        )
        can_confirm = services.find_attr("group_photo", "confirm_group_photo") is not None
        self.confirm_button.setEnabled(can_confirm and n_known > 0)
        if not can_confirm:
            self.confirm_button.setToolTip(services.missing_reason("group_photo") or "")

    def ticked(self) -> list[int]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def confirm(self) -> None:
        fn = services.find_attr("group_photo", "confirm_group_photo")
        if fn is None or self.analysis is None:
            return
        indices = self.ticked()
        params = inspect.signature(fn).parameters
        values = {
            "session_id": getattr(self.session, "id", None),
            "indices": indices,
            "selected": indices,
            "accept": indices,
        }
        kwargs = {k: v for k, v in values.items() if k in params}
        ctx, analysis = self.ctx, self.analysis
        ops.run_op(
            lambda: fn(ctx, analysis, **kwargs),
            success=lambda _r: self.accept(),
            parent=self,
            changes="events",
            title="Group photo",
        )
