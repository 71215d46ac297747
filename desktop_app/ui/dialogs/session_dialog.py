"""Start an attendance session: name, group, length, late-after minutes."""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.repositories import People
from desktop_app.ui import ops


class SessionDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Start session")
        self.resize(420, 220)
        now = dt.datetime.now()
        self.name = QLineEdit(f"Session {now:%Y-%m-%d %H:%M}")
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItem("")
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setValue(60)
        self.minutes.setSuffix(" min")
        self.minutes.setSpecialValueText("open-ended")
        self.late = QSpinBox()
        self.late.setRange(0, 240)
        self.late.setValue(10)
        self.late.setSuffix(" min after start")
        self.late.setSpecialValueText("never late")
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Group", self.group)
        form.addRow("Length", self.minutes)
        form.addRow("Late", self.late)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start")
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        ops.run_op(
            lambda: ctx.db.run(lambda s: People(s).groups()),
            success=lambda gs: self.group.addItems(gs),
            parent=self,
        )

    def values(self) -> dict[str, Any]:
        start = dt.datetime.now(dt.UTC)
        minutes, late = self.minutes.value(), self.late.value()
        return {
            "name": self.name.text().strip() or f"Session {start.astimezone():%Y-%m-%d %H:%M}",
            "group": self.group.currentText().strip() or None,
            "starts_at": start,
            "ends_at": start + dt.timedelta(minutes=minutes) if minutes else None,
            "late_after": start + dt.timedelta(minutes=late) if late else None,
        }

    def start(self) -> None:
        fn = self.ctx.attendance.start_session
        v = self.values()
        params = inspect.signature(fn).parameters
        aliases = {
            "group_name": v["group"],
            "late_after_minutes": self.late.value() or None,
            "minutes": self.minutes.value() or None,
            "start": v["starts_at"],
            "end": v["ends_at"],
        }
        kwargs = {k: val for k, val in {**v, **aliases}.items() if k in params and k != "name"}
        ops.run_op(
            lambda: fn(v["name"], **kwargs),
            success=lambda _r: self.accept(),
            parent=self,
            changes="sessions",
            title="Start session",
        )
