"""Corrections with a reason: add a manual mark, withdraw a mark, move it to another person.

Every correction goes through the attendance service, which keeps the original row (status
``corrected``/``deleted``) and writes the reason to the audit log. A manual mark goes into a
session (default: the one running, else the last one today) at a time inside it, so the
register counts it; marks in the future are refused by the service.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.storage.records import EventRecord, SessionRecord
from desktop_app.storage.repositories import People
from desktop_app.ui import ops
from desktop_app.ui.common import (
    ClockChange,
    datetime_edit,
    datetime_text,
    local,
    operator_name,
    placeholder_field,
    settle_clock_change,
)
from desktop_app.ui.dialogs.session_dialog import session_choices

TITLES = {
    "manual": QT_TRANSLATE_NOOP("CorrectionDialog", "Add a manual mark"),
    "delete": QT_TRANSLATE_NOOP("CorrectionDialog", "Withdraw a mark"),
    "reassign": QT_TRANSLATE_NOOP("CorrectionDialog", "Wrong person"),
}
KIND_TEXT = {
    "present": QT_TRANSLATE_NOOP("CorrectionDialog", "present"),
    "check_in": QT_TRANSLATE_NOOP("CorrectionDialog", "check-in"),
    "check_out": QT_TRANSLATE_NOOP("CorrectionDialog", "check-out"),
}
NO_SESSION = QT_TRANSLATE_NOOP("CorrectionDialog", "No session (counts for the day)")


def _t(text: str) -> str:
    """A string marked above for lupdate, translated."""
    return translate("CorrectionDialog", text)


class CorrectionDialog(QDialog):
    def __init__(
        self,
        ctx: Any,
        kind: str,
        event: EventRecord | None,
        parent: QWidget | None = None,
        session: Any = None,
        person_id: int | None = None,
    ) -> None:
        """``session``: the session to preselect for a manual mark (default: the service's
        choice); ``person_id``: the person to preselect (default: nobody)."""
        super().__init__(parent)
        assert kind in TITLES
        self.ctx, self.kind, self.mark_event, self.session = ctx, kind, event, session
        self.preset_person = person_id
        self.setWindowTitle(_t(TITLES[kind]))
        self.resize(500, 260)
        form = QFormLayout()
        if event is not None:
            kind_text = _t(KIND_TEXT.get(event.kind, event.kind))
            mark = QLabel(
                translate("CorrectionDialog", "{name} — {kind} at {when}").format(
                    name=event.person_name,
                    kind=kind_text,
                    when=datetime_text(local(event.at_utc)),
                )
            )
            mark.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
            form.addRow(translate("CorrectionDialog", "Mark"), mark)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.person.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(translate("CorrectionDialog", "Type or choose a name"))
        self.kind_box = QComboBox()
        for k, text in KIND_TEXT.items():
            self.kind_box.addItem(_t(text), k)
        if ctx.settings.attendance.mode != "present":  # check-in/out devices
            self.kind_box.setCurrentIndex(self.kind_box.findData("check_in"))
        self.session_box = QComboBox()
        self.session_box.setToolTip(
            translate("CorrectionDialog", "The session the mark counts for in the register")
        )
        self.session_box.currentIndexChanged.connect(self._session_changed)
        self.when = datetime_edit(dt.datetime.now(dt.UTC))
        self.not_this = QCheckBox(
            translate("CorrectionDialog", "Remember that this face is not the recognised person")
        )
        self.not_this.setToolTip(
            translate(
                "CorrectionDialog",
                "Only when the camera really mixed the two people up: the app will then be "
                "stricter before recognising this face as them again. Leave it off for a "
                "simple slip.",
            )
        )
        self.not_this.setChecked(False)
        if kind in ("manual", "reassign"):
            form.addRow(
                translate("CorrectionDialog", "Person")
                if kind == "manual"
                else translate("CorrectionDialog", "Actually"),
                self.person,
            )
        if kind == "manual":
            form.addRow(translate("CorrectionDialog", "Session"), self.session_box)
            form.addRow(translate("CorrectionDialog", "Time"), self.when)
            form.addRow(translate("CorrectionDialog", "Kind"), self.kind_box)
        if kind == "reassign":
            form.addRow("", self.not_this)
        self.reason = placeholder_field(
            translate("CorrectionDialog", "Required: why (kept in the audit log)")
        )
        form.addRow(translate("Form", "Reason"), self.reason)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # what OK asked for ("Please give a reason") goes once the operator gives it
        self.reason.textChanged.connect(lambda _t: self.status.clear())
        self.person.currentIndexChanged.connect(lambda _i: self.status.clear())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.sessions: list[SessionRecord] = []
        if kind in ("manual", "reassign"):
            ops.run_op(
                lambda: ctx.db.run(lambda s: People(s).list(active=True)),
                success=self._fill_people,
                parent=self,
            )
        if kind == "manual":
            svc = ctx.attendance

            def load() -> tuple[list[SessionRecord], SessionRecord | None]:
                return svc.sessions_on(), svc.default_session()

            ops.run_op(load, success=self._fill_sessions, parent=self)

    def _fill_people(self, people: list[Any]) -> None:
        for p in people:
            if self.mark_event is not None and p.id == self.mark_event.person_id:
                continue
            label = p.name + (f" ({p.external_id})" if p.external_id else "")
            self.person.addItem(label, p.id)
        # nobody is preselected: a mark for the wrong person is the mistake to avoid here
        self.person.setCurrentIndex(self.person.findData(self.preset_person))

    def _fill_sessions(self, loaded: tuple[list[SessionRecord], SessionRecord | None]) -> None:
        today, default = loaded
        chosen = self.session if self.session is not None else default
        self.sessions = list(today)
        if chosen is not None and all(s.id != chosen.id for s in self.sessions):
            self.sessions.append(chosen)
        self.session_box.blockSignals(True)
        self.session_box.clear()
        self.session_box.addItem(_t(NO_SESSION), None)
        for text, sid in session_choices(self.sessions):
            self.session_box.addItem(text, sid)
        self.session_box.blockSignals(False)
        self.session_box.setCurrentIndex(
            max(0, self.session_box.findData(chosen.id if chosen is not None else None))
        )
        self._session_changed()

    def chosen_session(self) -> SessionRecord | None:
        sid = self.session_box.currentData()
        return next((s for s in self.sessions if s.id == sid), None)

    def _session_changed(self) -> None:
        """The time follows the session: now while it runs, else its start (the person
        was there from the start; a start time is never late)."""
        s = self.chosen_session()
        now = dt.datetime.now(dt.UTC)
        at = now if s is None or s.contains(now) else s.starts_at
        self.when.set_instant(at)

    def apply(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.status.setText(
                translate("CorrectionDialog", "Please give a reason: corrections are audited.")
            )
            self.reason.setFocus()
            return
        svc = self.ctx.attendance
        actor = operator_name()
        if self.kind == "delete":
            assert self.mark_event is not None
            eid = self.mark_event.id
            fn = lambda: svc.delete_event(eid, actor=actor, reason=reason)  # noqa: E731
        else:
            pid = self.person.currentData()
            if pid is None or self.person.currentIndex() < 0:
                self.status.setText(translate("CorrectionDialog", "Choose the person."))
                self.person.setFocus()
                return
            if self.kind == "reassign":
                assert self.mark_event is not None
                eid, keep = self.mark_event.id, self.not_this.isChecked()
                fn = lambda: svc.reassign_event(  # noqa: E731
                    eid, pid, actor=actor, reason=reason, not_this_person=keep
                )
            else:
                try:
                    at = self.when.instant()
                except ClockChange as exc:
                    settle_clock_change(exc, self.when, self.status, self.apply)
                    return
                kind, sid = self.kind_box.currentData(), self.session_box.currentData()
                fn = lambda: svc.add_manual(  # noqa: E731
                    pid, at, kind, actor=actor, reason=reason, session_id=sid
                )
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
