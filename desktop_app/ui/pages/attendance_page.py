"""Attendance: the filterable event log, corrections with reasons, session start/stop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.attendance.second_factor import source_label
from desktop_app.storage.records import EventRecord, SessionRecord
from desktop_app.storage.repositories import Events, People, Sessions
from desktop_app.ui import ops
from desktop_app.ui.admin_gate import ensure_admin
from desktop_app.ui.live_view import qdate
from desktop_app.ui.resources import icon

COLUMNS = ["Time", "Person", "Kind", "Session", "Source", "Score", "Status", "Device", "Note"]
KIND_TEXT = {"check_in": "check-in", "check_out": "check-out", "present": "present"}


@dataclass(frozen=True)
class LogFilter:
    start: dt.date
    end: dt.date  # inclusive
    group: str | None = None
    session_id: int | None = None
    person: str = ""
    include_corrected: bool = False

    def utc_range(self) -> tuple[dt.datetime, dt.datetime]:
        tz = dt.datetime.now().astimezone().tzinfo
        start = dt.datetime.combine(self.start, dt.time(), tz).astimezone(dt.UTC)
        end = dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
        return start, end


@dataclass(frozen=True)
class LogData:
    events: list[EventRecord]
    sessions: list[SessionRecord]
    groups: list[str]


def load_log(ctx: Any, f: LogFilter) -> LogData:
    start, end = f.utc_range()

    def query(s: Any) -> LogData:
        events = Events(s).query(
            start=start,
            end=end,
            group_name=f.group,
            session_id=f.session_id,
            statuses=None if f.include_corrected else ("valid",),
            newest_first=True,
            limit=5000,
        )
        if f.person:
            needle = f.person.lower()
            events = [e for e in events if needle in (e.person_name or "").lower()]
        return LogData(
            events, Sessions(s).list(start=start - dt.timedelta(days=30)), People(s).groups()
        )

    return ctx.db.run(query)


class EventModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.events: list[EventRecord] = []
        self.session_names: dict[int, str] = {}

    def set_events(self, events: list[EventRecord], sessions: dict[int, str]) -> None:
        self.beginResetModel()
        self.events, self.session_names = events, sessions
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        e = self.events[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return e
        if role == Qt.ItemDataRole.ForegroundRole and e.status != "valid":
            return QBrush(QColor(140, 140, 140))
        if role == Qt.ItemDataRole.ToolTipRole and e.correction_reason:
            return f"{e.status} by {e.corrected_by or '?'}: {e.correction_reason}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return e.at_utc.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if col == 1:
            return e.person_name or f"#{e.person_id}"
        if col == 2:
            return KIND_TEXT.get(e.kind, e.kind)
        if col == 3:
            return self.session_names.get(e.session_id, "") if e.session_id else ""
        if col == 4:
            return source_label(e.source, e.confirmed_by)
        if col == 5:
            return "" if e.score is None else f"{e.score:.2f}"
        if col == 6:
            return e.status
        if col == 7:
            return e.device or ""
        if col == 8:
            return e.correction_reason or ""
        return None


class AttendancePage(QWidget):
    def __init__(
        self,
        ctx: Any,
        actions: dict[str, QAction],
        parent: QWidget | None = None,
        *,
        current_session: Callable[[], SessionRecord | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actions_ = actions
        self.current_session = current_session  # the running session (manual marks go there)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today)
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.group = QComboBox()
        self.group.addItem("All groups", None)
        self.session = QComboBox()
        self.session.addItem("All sessions", None)
        self.session.setMinimumWidth(160)
        self.person = QLineEdit()
        self.person.setPlaceholderText("Person")
        self.person.setClearButtonEnabled(True)
        self.person.setMaximumWidth(180)
        self.show_corrected = QCheckBox("Show corrected")

        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(250)
        self._reload.timeout.connect(self.refresh)
        for sig in (
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.group.currentIndexChanged,
            self.session.currentIndexChanged,
            self.person.textChanged,
            self.show_corrected.toggled,
        ):
            sig.connect(lambda *_: self._reload.start())

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(QLabel("From"))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("to"))
        filters.addWidget(self.date_to)
        filters.addSpacing(8)
        filters.addWidget(self.group)
        filters.addWidget(self.session)
        filters.addWidget(self.person)
        filters.addWidget(self.show_corrected)
        filters.addStretch(1)

        self.add_manual = QAction(icon("attendance"), "Add manual...", self)
        self.add_manual.setData("attendance")
        self.add_manual.setToolTip(
            "Mark someone by hand (with a reason, recorded in the audit log)"
        )
        self.add_manual.triggered.connect(lambda: self.correct("manual"))
        self.reassign = QAction(icon("correct"), "Wrong person...", self)
        self.reassign.setData("correct")
        self.reassign.setToolTip("The selected mark is someone else: move it (with a reason)")
        self.reassign.triggered.connect(lambda: self.correct("reassign"))
        self.remove = QAction(icon("delete"), "Withdraw...", self)
        self.remove.setData("delete")
        self.remove.setToolTip("Withdraw the selected mark (kept as 'deleted', with a reason)")
        self.remove.triggered.connect(lambda: self.correct("delete"))

        actions_row = QHBoxLayout()
        actions_row.setSpacing(6)
        for a in (
            self.add_manual,
            self.reassign,
            self.remove,
            None,
            actions["session_start"],
            actions["session_end"],
        ):
            if a is None:
                actions_row.addSpacing(16)
                continue
            b = QToolButton()
            b.setDefaultAction(a)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setMinimumHeight(32)
            actions_row.addWidget(b)
        actions_row.addStretch(1)
        self.summary = QLabel()
        actions_row.addWidget(self.summary)

        self.model = EventModel()
        self.table = QTableView()
        self.table.setObjectName("eventTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        for col, width in enumerate((150, 180, 90, 140, 70, 60, 80, 110)):
            hh.resizeSection(col, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_action_states())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addLayout(actions_row)
        layout.addWidget(self.table, 1)
        ops.get_hub().changed.connect(self._on_data_changed)
        self.update_action_states()

    # ---- data ----------------------------------------------------------------------------
    def current_filter(self) -> LogFilter:
        start = qdate(self.date_from.date())
        end = qdate(self.date_to.date())
        if end < start:
            start, end = end, start
        return LogFilter(
            start,
            end,
            self.group.currentData(),
            self.session.currentData(),
            self.person.text().strip(),
            self.show_corrected.isChecked(),
        )

    def _on_data_changed(self, what: str) -> None:
        if what in ("events", "sessions", "people"):
            self._reload.start()

    def refresh(self) -> None:
        f = self.current_filter()
        ops.run_op(lambda: load_log(self.ctx, f), success=self._show, parent=self)

    def note_new_event(self) -> None:
        """A live mark arrived: reload soon (coalesced)."""
        self._reload.start()

    def _show(self, data: LogData) -> None:
        names = {s.id: s.name for s in data.sessions}
        self.model.set_events(data.events, names)
        self._fill_combo(self.group, "All groups", [(g, g) for g in data.groups])
        self._fill_combo(
            self.session,
            "All sessions",
            [
                (f"{s.name} ({s.starts_at.astimezone():%m-%d %H:%M})", s.id)
                for s in reversed(data.sessions)
            ],
        )
        people = {e.person_id for e in data.events if e.status == "valid"}
        self.summary.setText(f"{len(data.events)} events · {len(people)} people")
        self.update_action_states()

    @staticmethod
    def _fill_combo(combo: QComboBox, all_text: str, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for text, value in items:
            combo.addItem(text, value)
        i = combo.findData(current)
        combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)

    def rows(self) -> list[list[str]]:
        """The table as the user sees it (tests)."""
        return [
            [self.model.index(r, c).data() or "" for c in range(len(COLUMNS))]
            for r in range(self.model.rowCount())
        ]

    def selected_event(self) -> EventRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def update_action_states(self) -> None:
        ev = self.selected_event()
        for a in (self.reassign, self.remove):
            a.setEnabled(ev is not None and ev.status == "valid")

    def correct(self, kind: str) -> None:
        from desktop_app.ui.dialogs.correction_dialog import CorrectionDialog

        event = self.selected_event() if kind != "manual" else None
        if kind != "manual" and event is None:
            return
        if not ensure_admin(self.ctx, self, "Correcting attendance"):
            return
        CorrectionDialog(self.ctx, kind, event, self, session=self.current_session()).open()
