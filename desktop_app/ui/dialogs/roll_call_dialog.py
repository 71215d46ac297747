"""Who was absent and who was late in a session, with one click to mark someone present
(with a reason, audited) when the camera missed them. It opens when a session ends, and
again from the Attendance page (*Roll call...*) for any session, running or ended.

The list is ``AttendanceService.roll_call``: the same rule as the register, so what this
dialog says is what the reports will say.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.attendance import rules
from desktop_app.attendance.service import ERASED_NO_MARK, RollCallEntry
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.storage.records import SessionRecord
from desktop_app.ui import ops
from desktop_app.ui.admin_gate import ensure_admin
from desktop_app.ui.common import local, number_text, operator_name, time_text
from desktop_app.ui.dialogs.session_dialog import session_choice, session_choices

REASONS = [
    QT_TRANSLATE_NOOP("RollCallDialog", "The camera missed them"),
    QT_TRANSLATE_NOOP("RollCallDialog", "Arrived with a note"),
    QT_TRANSLATE_NOOP("RollCallDialog", "Marked on the paper list"),
    QT_TRANSLATE_NOOP("RollCallDialog", "Was on a school trip"),
]


class RollCallDialog(QDialog):
    def __init__(
        self,
        ctx: Any,
        session: SessionRecord,
        parent: QWidget | None = None,
        *,
        say_where_again: bool = True,
    ) -> None:
        """``say_where_again``: a line says where to open the list again (at a session's
        end; not when it was opened from there)."""
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.resize(560, 480)
        # another session of today (or the one given) without closing the dialog
        self.session_box = QComboBox()
        self.session_box.addItem(session_choice(session), session.id)
        self.session_box.currentIndexChanged.connect(self._session_changed)
        self.sessions: list[SessionRecord] = [session]
        session_row = QHBoxLayout()
        session_row.addWidget(QLabel(translate("CorrectionDialog", "Session")))
        session_row.addWidget(self.session_box, 1)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([translate("RollCallDialog", r) for r in REASONS])
        self.reason.setToolTip(
            translate("RollCallDialog", "Kept in the audit log with every mark added here")
        )
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(translate("RollCallDialog", "Reason for marks added here:")))
        reason_row.addWidget(self.reason, 1)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [translate("Form", "Name"), translate("RollCallDialog", "Status"), ""]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # one click marks someone present, one click takes it back (withdrawn, audited)
        self.undo_button = QPushButton(translate("RollCallDialog", "Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.last_mark: tuple[Any, str] | None = None  # (event, name) added last here
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)
        self.hint = QLabel(
            translate(
                "RollCallDialog",
                "This list can be opened again later: Attendance page, Roll call...",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.hint.setVisible(say_where_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(session_row)
        layout.addWidget(self.headline)
        layout.addLayout(reason_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.entries: list[RollCallEntry] = []
        self.buttons: dict[int, QPushButton] = {}
        self._set_title()
        self.refresh()
        self._load_sessions()
        ops.get_hub().changed.connect(self._on_data_changed)

    def _set_title(self) -> None:
        self.setWindowTitle(
            translate("RollCallDialog", "{session}: who was there").format(
                session=self.session.name
            )
        )

    def _load_sessions(self) -> None:
        """Today's sessions in the chooser, and the one shown if it is of another day."""
        svc = self.ctx.attendance

        def fill(today: list[SessionRecord]) -> None:
            shown = self.session
            self.sessions = today if any(x.id == shown.id for x in today) else [*today, shown]
            self.session_box.blockSignals(True)
            self.session_box.clear()
            for text, sid in session_choices(self.sessions):
                self.session_box.addItem(text, sid)
            self.session_box.setCurrentIndex(max(0, self.session_box.findData(shown.id)))
            self.session_box.blockSignals(False)

        ops.run_op(lambda: svc.sessions_on(), success=fill, parent=self)

    def _session_changed(self) -> None:
        sid = self.session_box.currentData()
        chosen = next((x for x in self.sessions if x.id == sid), None)
        if chosen is not None and chosen.id != self.session.id:
            self.session = chosen
            self.status.clear()
            self._forget_last_mark()
            self._set_title()
            self.refresh()

    def _on_data_changed(self, what: str) -> None:
        """Marks corrected elsewhere (or the session edited): the list follows."""
        if what in ("events", "people", "sessions"):
            self.refresh()

    def refresh(self) -> None:
        sid = self.session.id

        def show(entries: list[RollCallEntry]) -> None:
            if sid == self.session.id:  # not a list of the session shown before
                self._show(entries)

        ops.run_op(lambda: self.ctx.attendance.roll_call(sid), success=show, parent=self)

    def _show(self, entries: list[RollCallEntry]) -> None:
        self.entries = entries
        absent = [e for e in entries if e.status == rules.ABSENT]
        late = [e for e in entries if e.status == rules.LATE]
        present = len(entries) - len(absent)
        if not entries:
            nobody = (
                translate(
                    "RollCallDialog",
                    "<b>Nobody was expected in this session</b> (no active person in group "
                    "{group}).",
                )
                if self.session.group_name
                else translate(
                    "RollCallDialog",
                    "<b>Nobody was expected in this session</b> (no active person).",
                )
            )
            self.headline.setText(nobody.format(group=self.session.group_name))
        else:
            self.headline.setText(
                translate(
                    "RollCallDialog",
                    "<b>{present} of {expected} present</b> ({late} late), <b>{absent} "
                    "absent</b>. Was someone there whom the camera missed? Mark them present: "
                    "the mark is added at the start of the session, with the reason below.",
                ).format(
                    present=number_text(present),
                    expected=number_text(len(entries)),
                    late=number_text(len(late)),
                    absent=number_text(len(absent)),
                )
            )
        shown = absent + late  # the people who need a look; the present ones are fine
        self.table.setRowCount(0)  # drops the old rows' buttons
        self.table.setRowCount(len(shown))
        self.buttons = {}
        for row, e in enumerate(shown):
            self.table.setItem(row, 0, QTableWidgetItem(e.name))
            if e.status == rules.ABSENT and e.erased:  # counted, but nobody to mark
                status = QTableWidgetItem(translate("RollCallDialog", "absent"))
                status.setToolTip(translate("Attendance", ERASED_NO_MARK))
            elif e.status == rules.ABSENT:
                status = QTableWidgetItem(translate("RollCallDialog", "absent"))
                status.setForeground(Qt.GlobalColor.darkRed)
                button = QPushButton(translate("RollCallDialog", "Mark present"))
                button.setToolTip(
                    translate(
                        "RollCallDialog", "Add a 'present' mark for {name} in {session}"
                    ).format(name=e.name, session=self.session.name)
                )
                button.clicked.connect(lambda _c=False, e=e: self.mark_present(e))
                self.table.setCellWidget(row, 2, button)
                self.buttons[e.person_id] = button
            else:
                first = self._arrival_text(e.first_in) if e.first_in else ""
                status = QTableWidgetItem(
                    translate("RollCallDialog", "late, arrived {time}").format(time=first)
                )
            self.table.setItem(row, 1, status)

    def _arrival_text(self, at_utc: Any) -> str:
        """ "09:25"; a time after midnight in an evening session says its day, "00:30 (Tue 03
        Mar)": the mark counts on the session's day (``rules.session_day``), not its own."""
        when = local(at_utc)
        text = time_text(when)
        if when.date() != local(self.session.starts_at).date():
            text = f"{text} ({i18n.formats().weekday_date(when.date())})"
        return text

    def mark_present(self, entry: RollCallEntry) -> None:
        reason = self.reason.currentText().strip()
        if not reason:
            self.status.setText(
                translate(
                    "RollCallDialog", "Please give a reason: marks added by hand are audited."
                )
            )
            return
        # a mark by hand is a correction: the admin PIN, as on the Attendance page
        if not ensure_admin(self.ctx, self, translate("AttendancePage", "Correcting attendance")):
            return
        svc, s = self.ctx.attendance, self.session
        sid = s.id
        button = self.buttons.get(entry.person_id)
        if button is not None:
            button.setEnabled(False)

        def add() -> Any:
            return svc.add_manual(
                entry.person_id,
                s.starts_at,
                "present",
                actor=operator_name(),
                reason=reason,
                session_id=s.id,
            )

        def done(ev: Any) -> None:
            self.status.setText(
                translate("RollCallDialog", "{name} marked present ({reason}).").format(
                    name=entry.name, reason=reason
                )
            )
            if sid == self.session.id:
                self.last_mark = (ev, entry.name)
                self.undo_button.setToolTip(
                    translate(
                        "RollCallDialog",
                        "Withdraw the mark just added for {name} (kept as withdrawn, audited)",
                    ).format(name=entry.name)
                )
                self.undo_button.show()
            self.refresh()

        ops.run_op(
            add,
            success=done,
            failure=lambda exc: self.status.setText(ops.error_text(exc)),
            parent=self,
            changes="events",
            title=translate("RollCallDialog", "Mark present"),
        )

    def undo(self) -> None:
        """Withdraw the mark added last here (a click on the wrong row): it stays in the log
        as withdrawn, with a reason, like every withdrawal."""
        if self.last_mark is None:
            return
        if not ensure_admin(self.ctx, self, translate("AttendancePage", "Correcting attendance")):
            return
        (ev, name), svc = self.last_mark, self.ctx.attendance
        reason = translate("RollCallDialog", "Marked present by mistake in the roll call")
        self._forget_last_mark()

        def done(_ev: Any) -> None:
            self.status.setText(
                translate("RollCallDialog", "{name}: the mark was withdrawn.").format(name=name)
            )
            self.refresh()

        ops.run_op(
            lambda: svc.delete_event(ev.id, actor=operator_name(), reason=reason),
            success=done,
            failure=lambda exc: self.status.setText(ops.error_text(exc)),
            parent=self,
            changes="events",
            title=translate("RollCallDialog", "Undo"),
        )

    def _forget_last_mark(self) -> None:
        self.last_mark = None
        self.undo_button.hide()

    def absent_names(self) -> list[str]:
        """The names listed as absent (tests)."""
        return [e.name for e in self.entries if e.status == rules.ABSENT]
