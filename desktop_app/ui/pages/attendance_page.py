"""Attendance: the filterable event log, corrections with reasons (buttons, a context menu,
double-click), sessions started, edited and ended."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
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
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.attendance import rules
from desktop_app.attendance.service import marks_on_days
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.storage.records import ERASED_NAME, EventRecord, SessionRecord
from desktop_app.storage.repositories import Events, Memberships, Sessions
from desktop_app.ui import ops
from desktop_app.ui.admin_gate import ensure_admin
from desktop_app.ui.common import (
    current_threshold,
    date_edit_format,
    datetime_text,
    local,
    local_today,
    match_words,
    zone_unlike_computer,
)
from desktop_app.ui.live_view import qdate
from desktop_app.ui.resources import icon

# The page's texts, in the installed language (lupdate reads the literal context below);
# table entries are marked where defined and translated where shown.
translate = QCoreApplication.translate
COLUMNS = [
    QT_TRANSLATE_NOOP("AttendancePage", "Time"),
    QT_TRANSLATE_NOOP("AttendancePage", "Person"),
    QT_TRANSLATE_NOOP("AttendancePage", "Kind"),
    QT_TRANSLATE_NOOP("AttendancePage", "Session"),
    QT_TRANSLATE_NOOP("AttendancePage", "Source"),
    QT_TRANSLATE_NOOP("AttendancePage", "Match"),
    QT_TRANSLATE_NOOP("AttendancePage", "Status"),
    QT_TRANSLATE_NOOP("AttendancePage", "Device"),
    QT_TRANSLATE_NOOP("AttendancePage", "Note"),
]
KIND_TEXT = {
    "check_in": QT_TRANSLATE_NOOP("AttendancePage", "check-in"),
    "check_out": QT_TRANSLATE_NOOP("AttendancePage", "check-out"),
    "present": QT_TRANSLATE_NOOP("AttendancePage", "present"),
}
STATUS_TEXT = {
    "valid": "",
    "corrected": QT_TRANSLATE_NOOP("AttendancePage", "moved to another person"),
    "deleted": QT_TRANSLATE_NOOP("AttendancePage", "withdrawn"),
}
# a mark's source as the operator reads it (reports.SOURCE_LABELS in the files)
SOURCE_TEXT = {
    "camera": QT_TRANSLATE_NOOP("AttendancePage", "Camera"),
    "photo": QT_TRANSLATE_NOOP("AttendancePage", "Group photo"),
    "manual": QT_TRANSLATE_NOOP("AttendancePage", "Manual"),
    "video": QT_TRANSLATE_NOOP("AttendancePage", "Video"),
}
NOT_COUNTED_TEXT = QT_TRANSLATE_NOOP(
    "AttendancePage", "not counted: outside the sessions of the person's group"
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "AttendancePage",
    "<h3>No marks for these days</h3>"
    "<p>Marks appear here when people are recognised on the <b>Live</b> page or in a group "
    "photo (<b>File › Open photo</b>). Start a session there for a class or a shift.</p>"
    "<p>Someone was missed? <b>Add manual...</b> marks them by hand, with a reason.</p>",
)


def _t(text: str) -> str:
    """A string marked above (context "AttendancePage"), translated; "" stays ""."""
    return translate("AttendancePage", text) if text else ""


def source_text(source: str, confirmed_by: str | None) -> str:
    """ "Camera", "Camera, confirmed by code" in the installed language."""
    shown = _t(SOURCE_TEXT[source]) if source in SOURCE_TEXT else source
    if not confirmed_by:
        return shown
    return translate("AttendancePage", "{source}, confirmed by code").format(source=shown)


@dataclass(frozen=True)
class LogFilter:
    start: dt.date
    end: dt.date  # inclusive
    group: str | None = None
    session_id: int | None = None
    person: str = ""
    include_corrected: bool = False

    def utc_range(self, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """UTC bounds of the local days (DST-aware: today's offset is not every day's)."""
        return rules.range_bounds(self.start, self.end, tz)


@dataclass(frozen=True)
class LogData:
    events: list[EventRecord]
    sessions: list[SessionRecord]
    groups: list[str]
    # free marks (rules.own_session: made untagged, or left outside their session by an
    # edit of its times): event id -> the session it counts for
    counted_in: dict[int, int]
    freed: dict[int, str]  # event id -> the session a mark was made in that no longer holds it
    # arrivals that count for no session, on days with sessions (the reports' "not counted")
    not_counted: set[int] = field(default_factory=set)
    more: bool = False  # more marks than LIMIT: some are not shown (the page says so)
    elsewhere: int = 0  # marks made on these days that are listed on their session's day


LIMIT = 5000  # rows the page shows; the reports and `attendance list` have every mark


def load_log(ctx: Any, f: LogFilter) -> LogData:
    tz = rules.resolve_zone(ctx.settings.attendance.timezone)
    start = f.utc_range(tz)[0]
    grace = dt.timedelta(minutes=ctx.settings.attendance.grace_minutes)
    statuses = None if f.include_corrected else ("valid",)

    def query(s: Any) -> LogData:
        session = Sessions(s).get(f.session_id) if f.session_id is not None else None
        days_sessions: list[SessionRecord] = []  # starting on the days (no session chosen)
        if session is None:  # a mark is on its session's day, as in the reports
            events, more, elsewhere, days_sessions = marks_on_days(
                s,
                tz,
                f.start,
                f.end,
                grace,
                group_name=f.group,
                statuses=statuses,
                newest_first=True,
                limit=LIMIT,
            )
        else:  # the marks that count for it, as in its register
            lo, hi = rules.reach([session], session.starts_at, session.starts_at, grace)
            events = Events(s).query(
                start=lo,
                end=hi,
                group_name=f.group,
                statuses=statuses,
                newest_first=True,
                limit=LIMIT,
                or_tagged=session.id,
            )
            more, elsewhere = len(events) >= LIMIT, 0
        tagged = Sessions(s).by_ids(e.session_id for e in events)
        if session is not None:
            of_session = Memberships(s).members([session])[session.id]
            events = rules.marks_for(session, events, of_session, tagged, grace)
        if f.person:
            needle = f.person.lower()
            events = [e for e in events if needle in (e.person_name or "").lower()]
        sessions = Sessions(s).list(start=start - dt.timedelta(days=30))
        free = [e for e in events if rules.own_session(e, tagged, grace) is None]
        freed = {e.id: tagged[e.session_id].name for e in free if e.session_id in tagged}
        counted: dict[int, int] = {}
        if free and sessions:  # a mark made before Start was pressed counts for it
            members = Memberships(s).members(sessions)
            found = rules.counted_for(free, sessions, members, tagged, grace)
            counted = {e.id: sid for e, sid in zip(free, found, strict=True) if sid is not None}
        not_counted: set[int] = set()
        if session is None and any(  # a session of the days: the report counts then
            f.group is None or rules.session_applies(x, f.group) for x in days_sessions
        ):
            held = Memberships(s).members(tagged.values())
            not_counted = rules.uncounted(events, tagged, held, counted, grace)
        groups = Memberships(s).groups()
        return LogData(events, sessions, groups, counted, freed, not_counted, more, elsewhere)

    return ctx.db.run(query)


class EventModel(QAbstractTableModel):
    def __init__(self, threshold: float = 0.6) -> None:
        super().__init__()
        self.events: list[EventRecord] = []
        self.session_names: dict[int, str] = {}
        self.counted_in: dict[int, int] = {}
        self.freed: dict[int, str] = {}
        self.not_counted: set[int] = set()
        self.threshold = threshold

    def set_events(
        self,
        events: list[EventRecord],
        sessions: dict[int, str],
        counted_in: dict[int, int] | None = None,
        freed: dict[int, str] | None = None,
        not_counted: set[int] | None = None,
    ) -> None:
        self.beginResetModel()
        self.events, self.session_names = events, sessions
        self.counted_in = counted_in or {}
        self.freed = freed or {}
        self.not_counted = not_counted or set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(COLUMNS[section])
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
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (3, 8) and e.id in self.freed:
                made_in = self.freed[e.id]
                if e.id in self.counted_in:
                    return translate(
                        "AttendancePage",
                        "Made in '{session}', whose times were changed afterwards: it lies "
                        "outside them now, so it counts for this session, which it falls in",
                    ).format(session=made_in)
                return translate(
                    "AttendancePage",
                    "Made in '{session}', whose times were changed afterwards: it lies outside "
                    "them now and counts for no session",
                ).format(session=made_in)
            if col == 3 and e.id in self.counted_in:
                return translate(
                    "AttendancePage",
                    "Made before the session was started (or without one): it counts for "
                    "this session because it falls in it or just before its start",
                )
            if col == 5 and e.score is not None:
                locale = QLocale()
                return translate(
                    "AttendancePage",
                    "How closely the face matched the enrolled photos: distance "
                    "{distance}, the app accepts up to {limit}",
                ).format(
                    distance=locale.toString(e.score, "f", 2),
                    limit=locale.toString(self.threshold, "f", 2),
                )
            if col == 8 and e.id in self.not_counted:  # the whole note, cut in a narrow column
                return self.data(index, Qt.ItemDataRole.DisplayRole)
            if e.correction_reason:
                values = {"by": e.corrected_by or "?", "reason": e.correction_reason}
                if e.status == "deleted":
                    text = translate("AttendancePage", "withdrawn by {by}: {reason}")
                elif e.status == "corrected":
                    text = translate("AttendancePage", "moved to another person by {by}: {reason}")
                else:
                    text = translate("AttendancePage", "corrected by {by}: {reason}")
                return text.format(**values)
            if e.status == "valid":
                return translate(
                    "AttendancePage", "Double-click: wrong person... · right-click: more"
                )
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return datetime_text(local(e.at_utc), seconds=True)
        if col == 1:
            return e.person_name or f"#{e.person_id}"
        if col == 2:
            return _t(KIND_TEXT[e.kind]) if e.kind in KIND_TEXT else e.kind
        if col == 3:  # the session it counts for
            sid = self.counted_in.get(e.id)
            if sid is None and e.id not in self.freed:
                sid = e.session_id
            return self.session_names.get(sid, "") if sid else ""
        if col == 4:
            return source_text(e.source, e.confirmed_by)
        if col == 5:
            return match_words(e.score, self.threshold)
        if col == 6:
            return _t(STATUS_TEXT[e.status]) if e.status in STATUS_TEXT else e.status
        if col == 7:
            return e.device or ""
        if col == 8:
            notes = [e.correction_reason or ""]
            if e.id in self.freed:  # said where it shows without a hover, as in the reports
                notes.insert(
                    0,
                    translate(
                        "AttendancePage", "made in '{session}', outside its times now"
                    ).format(session=self.freed[e.id]),
                )
            if e.id in self.not_counted:  # as the reports' event log says it
                notes.insert(0, _t(NOT_COUNTED_TEXT))
            return "; ".join(x for x in notes if x)
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
        day = local_today()  # the display zone's day, which the times below are in
        today = QDate(day.year, day.month, day.day)
        self.date_from = QDateEdit(today)
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat(date_edit_format())
        self.group = QComboBox()
        self.group.addItem(translate("AttendancePage", "All groups"), None)
        self.session = QComboBox()
        self.session.addItem(translate("AttendancePage", "All sessions"), None)
        self.session.setMinimumWidth(160)
        self.person = QLineEdit()
        self.person.setPlaceholderText(translate("AttendancePage", "Person"))
        self.person.setClearButtonEnabled(True)
        self.person.setMaximumWidth(180)
        self.show_corrected = QCheckBox(translate("AttendancePage", "Show corrected"))

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
        filters.addWidget(QLabel(translate("AttendancePage", "From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(translate("AttendancePage", "to")))
        filters.addWidget(self.date_to)
        filters.addSpacing(8)
        filters.addWidget(self.group)
        filters.addWidget(self.session)
        filters.addWidget(self.person)
        filters.addWidget(self.show_corrected)
        filters.addStretch(1)

        self.add_manual = QAction(
            icon("attendance"), translate("AttendancePage", "Add manual..."), self
        )
        self.add_manual.setData("attendance")
        self.add_manual.setToolTip(
            translate(
                "AttendancePage", "Mark someone by hand (with a reason, recorded in the audit log)"
            )
        )
        self.add_manual.triggered.connect(lambda: self.correct("manual"))
        self.reassign = QAction(
            icon("correct"), translate("AttendancePage", "Wrong person..."), self
        )
        self.reassign.setData("correct")
        self.reassign.triggered.connect(lambda: self.correct("reassign"))
        self.remove = QAction(icon("delete"), translate("AttendancePage", "Withdraw..."), self)
        self.remove.setData("delete")
        self.remove.triggered.connect(lambda: self.correct("delete"))
        self.edit_session = QAction(
            icon("start"), translate("AttendancePage", "Edit session..."), self
        )
        self.edit_session.setData("start")
        self.edit_session.triggered.connect(self.edit_chosen_session)
        self.roll_call = QAction(icon("people"), translate("AttendancePage", "Roll call..."), self)
        self.roll_call.setData("people")
        self.roll_call.triggered.connect(self.open_roll_call)

        actions_row = QHBoxLayout()
        actions_row.setSpacing(6)
        for a in (
            self.add_manual,
            self.reassign,
            self.remove,
            None,
            actions["session_start"],
            actions["session_end"],
            self.edit_session,
            self.roll_call,
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

        self.model = EventModel(current_threshold(ctx))
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
        for col, width in enumerate((150, 170, 80, 140, 90, 140, 150, 90)):
            hh.resizeSection(col, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_action_states())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._double_clicked)
        self.empty = QLabel(_t(EMPTY_TEXT))
        self.empty.setObjectName("emptyAttendance")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.session.currentIndexChanged.connect(lambda *_: self.update_action_states())
        self.sessions: dict[int, SessionRecord] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(filters)
        layout.addLayout(actions_row)
        # the page shows at most LIMIT rows: said above the table, never silent
        self.capped = QLabel()
        self.capped.setObjectName("cappedNote")
        self.capped.setWordWrap(True)
        self.capped.hide()
        layout.addWidget(self.capped)
        layout.addWidget(self.body, 1)
        ops.get_hub().changed.connect(self._on_data_changed)
        self.update_action_states()

    # ---- data ----------------------------------------------------------------------------
    def follow_today(self, before: dt.date) -> None:
        """The display zone changed: days shown as today (``before``) become its today."""
        if qdate(self.date_from.date()) == qdate(self.date_to.date()) == before:
            day = local_today()
            for edit in (self.date_from, self.date_to):
                edit.setDate(QDate(day.year, day.month, day.day))

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
        self.sessions = {s.id: s for s in data.sessions}
        self.model.set_events(data.events, names, data.counted_in, data.freed, data.not_counted)
        self.body.setCurrentWidget(self.table if data.events else self.empty)
        self._fill_combo(
            self.group, translate("AttendancePage", "All groups"), [(g, g) for g in data.groups]
        )
        from desktop_app.ui.dialogs.session_dialog import flag_overlap

        overlaps = rules.overlapping(data.sessions)  # old twins of one class: flagged
        self._fill_combo(
            self.session,
            translate("AttendancePage", "All sessions"),
            [
                (
                    flag_overlap(
                        f"{s.name} ({datetime_text(local(s.starts_at))})",
                        overlaps.get(s.id, []),
                    ),
                    s.id,
                )
                for s in reversed(data.sessions)
            ],
        )
        people = {e.person_id for e in data.events if e.status == "valid"}
        summary = translate("AttendancePage", "Events: {events} · people: {people}").format(
            events=QLocale().toString(len(data.events)), people=QLocale().toString(len(people))
        )
        notes = []
        if data.more:
            notes.append(
                translate(
                    "AttendancePage",
                    "Only {count} marks are shown here: narrow the dates or the group",
                ).format(count=QLocale().toString(LIMIT))
            )
        if data.elsewhere:  # an evening session's marks after midnight: not lost
            notes.append(
                translate(
                    "AttendancePage",
                    "Marks made on these days that count for a session of another day (after "
                    "midnight in an evening session, say): {count}. They are listed on that "
                    "session's day.",
                ).format(count=QLocale().toString(data.elsewhere))
            )
        self.capped.setText("\n".join(notes))
        self.capped.setVisible(bool(notes))
        zone = zone_unlike_computer()
        if zone is not None:  # the computer's clock shows other times than the table
            # its own line: the row has no room left for it in longer languages
            summary += "\n" + translate("AttendancePage", "times in {zone}").format(zone=zone)
        self.summary.setText(summary)
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
        """Enable what applies; a disabled button's tooltip says why."""
        ev = self.selected_event()
        why = ""
        if ev is None:
            why = translate(
                "AttendancePage", "Select a mark in the table first (or right-click a mark)."
            )
        elif ev.status != "valid":
            why = translate(
                "AttendancePage",
                "This mark was already corrected; correct the mark that replaced it.",
            )
        tips = {
            self.reassign: translate(
                "AttendancePage",
                "The selected mark is someone else: move it to the right person",
            ),
            self.remove: translate(
                "AttendancePage",
                "Withdraw the selected mark (kept as 'withdrawn', with a reason)",
            ),
        }
        for a, tip in tips.items():
            a.setEnabled(not why)
            joined = translate("AttendancePage", "{action}. {reason}")  # two sentences
            a.setToolTip(tip if not why else joined.format(action=tip, reason=why))
        sid = self.session.currentData()
        self.edit_session.setEnabled(sid is not None)
        self.edit_session.setToolTip(
            translate(
                "AttendancePage",
                "Change the chosen session's start, end, group or late time; reports follow",
            )
            if sid is not None
            else translate(
                "AttendancePage",
                "Choose a session in the filter above to change its times or group.",
            )
        )

        self.roll_call.setEnabled(bool(self.sessions))
        self.roll_call.setToolTip(
            translate(
                "AttendancePage",
                "Who was absent or late in the chosen session (else the running or last one "
                "today), with Mark present for anyone the camera missed",
            )
            if self.sessions
            else translate(
                "AttendancePage", "No session in these days: start one, or choose other days."
            )
        )

    def _context_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        self.menu = self.context_menu()
        self.menu.popup(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The corrections for the selected mark (what right-click shows)."""
        menu = QMenu(self)
        ev = self.selected_event()
        menu.addAction(self.reassign)
        menu.addAction(self.remove)
        menu.addSeparator()
        if ev is not None and ev.person_name != ERASED_NAME:  # no new mark for the erased
            name = ev.person_name or f"#{ev.person_id}"
            again = menu.addAction(
                translate("AttendancePage", "Add another mark for {name}...").format(name=name)
            )
            again.triggered.connect(lambda: self.correct("manual", person_id=ev.person_id))
        menu.addAction(self.add_manual)
        return menu

    def _double_clicked(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        ev = self.selected_event()
        if ev is not None and ev.status == "valid":
            self.correct("reassign")

    def edit_chosen_session(self) -> None:
        from desktop_app.ui.dialogs.session_dialog import SessionDialog

        session = self.sessions.get(self.session.currentData())
        if session is None or not ensure_admin(
            self.ctx, self, translate("AttendancePage", "Editing a session")
        ):
            return
        self.session_dialog = SessionDialog(self.ctx, self, session=session)
        self.session_dialog.open()

    def open_roll_call(self) -> None:
        """The roll call of the session chosen in the filter, else the one running, else the
        last one started (today, or in the days shown)."""
        if not ensure_admin(self.ctx, self, translate("AttendancePage", "Correcting attendance")):
            return
        chosen = self.sessions.get(self.session.currentData())
        if chosen is not None:
            self._show_roll_call(chosen)
            return
        now = dt.datetime.now(dt.UTC)
        started = sorted(
            (x for x in self.sessions.values() if x.starts_at <= now), key=lambda x: x.starts_at
        )
        ops.run_op(
            lambda: self.ctx.attendance.default_session(),
            success=lambda s: self._show_roll_call(s or (started[-1] if started else None)),
            parent=self,
        )

    def _show_roll_call(self, session: SessionRecord | None) -> None:
        from desktop_app.ui.dialogs.roll_call_dialog import RollCallDialog

        if session is None:
            return
        self.roll_call_dialog = RollCallDialog(self.ctx, session, self, say_where_again=False)
        self.roll_call_dialog.open()

    def correct(
        self, kind: str, person_id: int | None = None, event: EventRecord | None = None
    ) -> None:
        """Open the correction dialog: for ``event`` (the Live page's Today list), else the
        selected mark; a manual mark for ``person_id`` if given."""
        from desktop_app.ui.dialogs.correction_dialog import CorrectionDialog

        if kind == "manual":
            event = None
        elif event is None:
            event = self.selected_event()
        if kind != "manual" and event is None:
            return
        if not ensure_admin(self.ctx, self, translate("AttendancePage", "Correcting attendance")):
            return
        # the session chosen in the filter, else the running one, else the service's default
        session = self.sessions.get(self.session.currentData()) or self.current_session()
        self.dialog = CorrectionDialog(
            self.ctx, kind, event, self, session=session, person_id=person_id
        )
        self.dialog.open()
