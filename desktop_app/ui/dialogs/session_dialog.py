"""Start an attendance session (name, group, when it started, length, late after), or edit
one afterwards: a wrong start, the wrong group. Reports follow at once (nothing is stored per
person); an edit is written to the audit log with its reason.

A group has one session at a time (the service refuses a second): when Start finds the
group's session running, the dialog says which and since when, and offers to continue it or
to end it and start the new one."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.attendance import rules
from desktop_app.attendance.service import SessionConflict
from desktop_app.errors import AppError
from desktop_app.i18n import translate
from desktop_app.storage.records import SessionRecord
from desktop_app.storage.repositories import Events, People
from desktop_app.ui import ops
from desktop_app.ui.common import (
    ClockChange,
    datetime_edit,
    datetime_text,
    local,
    number_text,
    operator_name,
    placeholder_field,
    settle_clock_change,
    time_text,
    ui_direction_line,
)


def default_session_name(at: dt.datetime) -> str:
    return translate("SessionDialog", "Session {when}").format(when=datetime_text(local(at)))


def session_choice(s: SessionRecord) -> str:
    """A session in a list: "Maths (7B) · 09:00-10:00" in the locale's times."""
    end = time_text(local(s.ends_at)) if s.ends_at else translate("SessionDialog", "open")
    if s.group_name:
        text = translate("SessionDialog", "{name} ({group}) · {start}-{end}")
    else:
        text = translate("SessionDialog", "{name} · {start}-{end}")
    return text.format(
        name=s.name, group=s.group_name, start=time_text(local(s.starts_at)), end=end
    )


def flag_overlap(label: str, others: Sequence[SessionRecord]) -> str:
    """A session's label in a list, "⚠ Maths 7B ... · overlaps Maths 7B 08:05 (same group)"
    when it runs at the same time as others of its group (an old database;
    rules.overlapping): its class's marks are split between them. The sign comes first so
    a narrow box still shows it."""
    if not others:
        return label
    names = ", ".join(f"{x.name} {time_text(local(x.starts_at))}" for x in others)
    note = translate("SessionDialog", "overlaps {sessions} (same group)").format(sessions=names)
    return f"\u26a0 {label} · {note}"


def session_choices(sessions: Sequence[SessionRecord]) -> list[tuple[str, int]]:
    """(label, id) for a session chooser: :func:`session_choice`, flagged by
    :func:`flag_overlap` where two sessions of one group run at the same time."""
    overlaps = rules.overlapping(sessions)
    return [(flag_overlap(session_choice(x), overlaps.get(x.id, [])), x.id) for x in sessions]


class SessionDialog(QDialog):
    def __init__(
        self, ctx: Any, parent: QWidget | None = None, session: SessionRecord | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        editing = session is not None
        self.setWindowTitle(
            translate("SessionDialog", "Edit session")
            if editing
            else translate("SessionDialog", "Start session")
        )
        self.resize(460, 280)
        now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
        start = session.starts_at if session is not None else now
        # "Started at" as proposed (this minute): the session starts when Start is pressed
        self.proposed_start: dt.datetime | None = None if session is not None else now
        self.name = QLineEdit(session.name if session is not None else default_session_name(now))
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItem("")
        self.group.setToolTip(
            translate("SessionDialog", "The class or team it is for; empty = everybody")
        )
        if session is not None and session.group_name:
            self.group.setCurrentText(session.group_name)
        self.started = datetime_edit(start)
        self.started.setToolTip(
            translate(
                "SessionDialog",
                "When it really started: people recognised up to {minutes} minutes before "
                "count for it",
            ).format(minutes=number_text(ctx.settings.attendance.grace_minutes))
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(translate("SessionDialog", " min"))
        self.minutes.setSpecialValueText(translate("SessionDialog", "open until ended"))
        self.late = QSpinBox()
        self.late.setRange(0, 240)
        self.late.setSuffix(translate("SessionDialog", " min after start"))
        self.late.setSpecialValueText(translate("SessionDialog", "never late"))
        if session is not None:
            self.minutes.setValue(_minutes(session.starts_at, session.ends_at))
            self.late.setValue(_minutes(session.starts_at, session.late_after))
        else:
            self.minutes.setValue(60)
            self.late.setValue(10)
        self.reason = placeholder_field(
            translate("SessionDialog", "Why it changes (kept in the audit log)")
        )
        form = QFormLayout()
        form.addRow(translate("Form", "Name"), self.name)
        form.addRow(translate("Form", "Group"), self.group)
        form.addRow(translate("SessionDialog", "Started at"), self.started)
        form.addRow(translate("SessionDialog", "Length"), self.minutes)
        form.addRow(translate("SessionDialog", "Late"), self.late)
        if editing:
            form.addRow(translate("Form", "Reason"), self.reason)
        # an edit's new times may leave marks made into the session outside: said before Save
        self.outside_note = QLabel()
        self.outside_note.setWordWrap(True)
        self.outside_note.hide()
        self.made_in: list[Any] = []  # the session's own marks, once loaded (editing)
        if editing:
            form.addRow(self.outside_note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(
            translate("SessionDialog", "Save") if editing else translate("SessionDialog", "Start")
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        # shown when the group's session is already running (SessionConflict)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.continue_button = self.buttons.addButton(
            translate("SessionDialog", "Continue it"), role
        )
        self.continue_button.setToolTip(
            translate("SessionDialog", "Keep the running session; nothing new is started")
        )
        self.continue_button.clicked.connect(self.continue_running)
        self.end_button = self.buttons.addButton(
            translate("SessionDialog", "End it and start"), role
        )
        self.end_button.setToolTip(
            translate(
                "SessionDialog", "End the running session when this one starts, then start it"
            )
        )
        self.end_button.clicked.connect(lambda _checked=False: self.start(end_running=True))
        self.continue_button.hide()
        self.end_button.hide()
        self.conflict: SessionConflict | None = None
        # what came of it, for the window: the session started or continued, the one ended
        self.result_session: SessionRecord | None = None
        self.continued = False
        self.ended_session: SessionRecord | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        def fill(groups: list[str]) -> None:
            # what is in the box when the list arrives (the operator may have typed already)
            current_group = self.group.currentText()
            self.group.addItems([g for g in groups if g != current_group])
            self.group.setCurrentText(current_group)

        ops.run_op(lambda: ctx.db.run(lambda s: People(s).groups()), success=fill, parent=self)
        if session is not None:
            self.started.dateTimeChanged.connect(self._say_marks_outside)
            self.minutes.valueChanged.connect(self._say_marks_outside)
            ops.run_op(
                lambda: ctx.db.run(lambda s: Events(s).query(session_id=session.id)),
                success=self._loaded_made_in,
                parent=self,
            )

    def _loaded_made_in(self, marks: list[Any]) -> None:
        self.made_in = marks
        self._say_marks_outside()

    def _say_marks_outside(self) -> None:
        """How many of the session's own marks the times in the dialog leave outside."""
        if self.session is None or not self.made_in:
            return
        try:
            v = self.values()
        except ClockChange:  # a time the clock change skips or repeats: said on Save
            return
        edited = dataclasses.replace(self.session, starts_at=v["starts_at"], ends_at=v["ends_at"])
        svc = self.ctx.attendance
        n = len(rules.left_outside(self.made_in, edited, svc.grace))
        moved = len(
            rules.carried(self.made_in, self.session.starts_at, edited.starts_at, svc.tz, svc.now())
        )
        lines = []
        if n:
            lines.append(
                translate(
                    "SessionDialog",
                    "Marks made in this session that these times leave outside: {count}. They "
                    "will count like marks made without a session, for the session they fall "
                    "in, if any.",
                ).format(count=number_text(n))
            )
        if moved:
            lines.append(
                translate(
                    "SessionDialog",
                    "Marks added into this session by hand or by a group photo that move with "
                    "it: {count}.",
                ).format(count=number_text(moved))
            )
        self.outside_note.setText("\n".join(lines))
        self.outside_note.setVisible(bool(lines))
        if lines:  # more lines: grow rather than squeeze them
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def values(self) -> dict[str, Any]:
        start = self.started.instant()
        now = self.ctx.attendance.now()
        if start == self.proposed_start and now - start < dt.timedelta(minutes=1):
            # left at "now" and still this minute: the moment Start is pressed, so "End it
            # and start" ends the running session exactly then (a mark made this minute stays
            # counted in it); a dialog left open longer saves the time it shows
            start = now
        minutes, late = self.minutes.value(), self.late.value()
        # fields left as they were keep the session's exact times (Start stores the moment it
        # was pressed, 09:30:00.6; the fields show whole seconds and minutes): a rename
        # changes no time and moves no mark
        s = self.session
        kept = s if s is not None and start == s.starts_at.replace(microsecond=0) else None
        if kept is not None:
            start = kept.starts_at
        ends = start + dt.timedelta(minutes=minutes) if minutes else None
        late_after = start + dt.timedelta(minutes=late) if late else None
        if kept is not None:
            if minutes == _minutes(kept.starts_at, kept.ends_at):
                ends = kept.ends_at
            if late == _minutes(kept.starts_at, kept.late_after):
                late_after = kept.late_after
        return {
            "name": self.name.text().strip() or default_session_name(start),
            "group": self.group.currentText().strip() or None,
            "starts_at": start,
            "ends_at": ends,
            "late_after": late_after,
        }

    def start(self, end_running: bool = False) -> None:
        """Start the session (or save the edit); ``end_running``: end the group's running
        session when this one starts."""
        try:
            v = self.values()
        except ClockChange as exc:
            settle_clock_change(exc, self.started, self.status, lambda: self.start(end_running))
            return
        svc = self.ctx.attendance
        if self.session is None:
            ending = self.conflict.other if end_running and self.conflict is not None else None
            fn = lambda: svc.start_session(  # noqa: E731
                v["name"],
                group=v["group"],
                starts_at=v["starts_at"],
                ends_at=v["ends_at"],
                late_after=v["late_after"],
                end_running=end_running,
            )
        else:
            sid, reason = self.session.id, self.reason.text().strip()
            fn = lambda: svc.edit_session(  # noqa: E731
                sid, actor=operator_name(), reason=reason, **v
            )
            ending = None

        def done(rec: SessionRecord) -> None:
            self.result_session, self.ended_session = rec, ending
            self.accept()

        # said at once and pressed once: a busy database can take a while to answer
        self._busy(True)
        self.status.setText(
            translate("SessionDialog", "Starting the session...")
            if self.session is None
            else translate("SessionDialog", "Saving the session...")
        )
        ops.run_op(
            fn,
            success=done,
            failure=self._failed,
            parent=self,
            changes="sessions",
            title=self.windowTitle(),
        )

    def _busy(self, busy: bool) -> None:
        for b in self.buttons.buttons():
            if self.buttons.buttonRole(b) != QDialogButtonBox.ButtonRole.RejectRole:
                b.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setText(ui_direction_line(ops.error_text(exc)))
        starting = self.session is None  # an edit changes the times instead
        conflict = exc if isinstance(exc, SessionConflict) and starting else None
        self.conflict = conflict
        running = conflict is not None and conflict.other.contains(dt.datetime.now(dt.UTC))
        self.continue_button.setVisible(running)
        self.continue_button.setDefault(running)  # Enter keeps the class, not Start again
        self.end_button.setVisible(conflict is not None and conflict.can_end)
        if not isinstance(exc, AppError):
            ops.report_error(self, exc, self.windowTitle())

    def continue_running(self) -> None:
        """Keep the group's running session (Start was pressed for a class already on)."""
        if self.conflict is None:
            return
        self.result_session, self.continued = self.conflict.other, True
        self.accept()


def _minutes(start: dt.datetime, end: dt.datetime | None) -> int:
    return 0 if end is None else max(0, round((end - start).total_seconds() / 60))
