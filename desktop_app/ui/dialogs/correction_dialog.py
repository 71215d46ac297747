"""Corrections with a reason: add a manual mark, withdraw a mark, move it to another person.

Every correction goes through the attendance service, which keeps the original row (status
``corrected``/``deleted``) and writes the reason to the audit log.
"""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.storage.records import EventRecord
from desktop_app.storage.repositories import People
from desktop_app.ui import ops
from desktop_app.ui.common import operator_name

TITLES = {"manual": "Add a manual mark", "delete": "Withdraw a mark", "reassign": "Wrong person"}


def call_with(fn: Any, positional: list[Any], values: dict[str, Any]) -> Any:
    """Call ``fn`` with ``positional`` then whichever of ``values`` its signature names."""
    params = list(inspect.signature(fn).parameters)
    kwargs = {k: v for k, v in values.items() if k in params[len(positional) :]}
    return fn(*positional, **kwargs)


class CorrectionDialog(QDialog):
    def __init__(
        self,
        ctx: Any,
        kind: str,
        event: EventRecord | None,
        parent: QWidget | None = None,
        session: Any = None,
    ) -> None:
        super().__init__(parent)
        assert kind in TITLES
        self.ctx, self.kind, self.mark_event, self.session = ctx, kind, event, session
        self.setWindowTitle(TITLES[kind])
        self.resize(460, 240)
        form = QFormLayout()
        if event is not None:
            when = event.at_utc.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            mark = QLabel(f"{event.person_name} — {event.kind} at {when}")
            mark.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
            form.addRow("Mark", mark)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind_box = QComboBox()
        for k in ("present", "check_in", "check_out"):
            self.kind_box.addItem(k.replace("_", "-"), k)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.not_this = QCheckBox("Remember that this face is not the recognised person")
        self.not_this.setChecked(True)
        if kind in ("manual", "reassign"):
            form.addRow("Person" if kind == "manual" else "Actually", self.person)
        if kind == "manual":
            form.addRow("Kind", self.kind_box)
            form.addRow("Time", self.when)
        if kind == "reassign":
            form.addRow("", self.not_this)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Required: why (kept in the audit log)")
        form.addRow("Reason", self.reason)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if kind in ("manual", "reassign"):
            ops.run_op(
                lambda: ctx.db.run(lambda s: People(s).list(active=True)),
                success=self._fill_people,
                parent=self,
            )

    def _fill_people(self, people: list[Any]) -> None:
        for p in people:
            if self.mark_event is not None and p.id == self.mark_event.person_id:
                continue
            label = p.name + (f" ({p.external_id})" if p.external_id else "")
            self.person.addItem(label, p.id)
        self.person.setCurrentIndex(-1 if self.kind == "reassign" else 0)

    def apply(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.status.setText("Please give a reason: corrections are audited.")
            self.reason.setFocus()
            return
        svc = self.ctx.attendance
        actor = operator_name()
        values: dict[str, Any] = {"actor": actor, "reason": reason}
        if self.kind == "delete":
            assert self.mark_event is not None
            eid = self.mark_event.id
            fn = lambda: call_with(svc.delete_event, [eid], values)  # noqa: E731
        else:
            pid = self.person.currentData()
            if pid is None:
                self.status.setText("Choose the person.")
                return
            if self.kind == "reassign":
                assert self.mark_event is not None
                eid = self.mark_event.id
                values["not_this_person"] = self.not_this.isChecked()
                fn = lambda: call_with(svc.reassign_event, [eid, pid], values)  # noqa: E731
            else:
                at = dt.datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), dt.UTC)
                values.update(
                    {
                        "kind": self.kind_box.currentData(),
                        "at": at,
                        "at_utc": at,
                        "when": at,
                        "session_id": getattr(self.session, "id", None),
                        "person_id": pid,
                    }
                )
                fn = lambda: call_with(svc.add_manual, [], values)  # noqa: E731
        ops.run_op(
            fn,
            success=lambda _r: self.accept(),
            failure=self._failed,
            parent=self,
            changes="events",
            title=self.windowTitle(),
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(ops.error_text(exc))
        if not isinstance(exc, AppError):
            ops.report_error(self, exc, self.windowTitle())
