"""The live page: camera view on the left, session and today's marks on the right.

The "Today" list has one line per mark, newest first: someone seen again (already
present, cooling down) adds no line. Right-click a line to correct it (``correction``
signal: the window opens the same dialogs as the Attendance page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.common import local, time_text
from desktop_app.ui.live_view import KNOWN, LiveView
from desktop_app.ui.pages.attendance_page import source_text

KIND_TEXT = {
    "check_in": QT_TRANSLATE_NOOP("LivePage", "checked in"),
    "check_out": QT_TRANSLATE_NOOP("LivePage", "checked out"),
    "present": QT_TRANSLATE_NOOP("LivePage", "present"),
}


def local_time(when: dt.datetime) -> str:
    """The mark's local time as the GUI's locale writes it, with seconds."""
    return time_text(local(when), seconds=True)


def action_button(action: QAction, text_beside: bool = True) -> QToolButton:
    b = QToolButton()
    b.setDefaultAction(action)
    b.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if text_beside
        else Qt.ToolButtonStyle.ToolButtonIconOnly
    )
    b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    b.setMinimumHeight(32)
    return b


class LivePage(QWidget):
    correction = Signal(str, object)  # ("reassign" | "delete", EventRecord)

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = LiveView()
        self.view.setObjectName("liveView")

        side = QFrame()
        side.setObjectName("sidePanel")
        side.setFixedWidth(330)
        col = QVBoxLayout(side)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)

        session_box = QGroupBox(QCoreApplication.translate("LivePage", "Session"))
        sl = QVBoxLayout(session_box)
        self.session_label = QLabel(
            QCoreApplication.translate("LivePage", "No session running: marks count for the day.")
        )
        self.session_label.setWordWrap(True)
        sl.addWidget(self.session_label)
        row = QHBoxLayout()
        row.addWidget(action_button(actions["session_start"]))
        row.addWidget(action_button(actions["session_end"]))
        sl.addLayout(row)
        col.addWidget(session_box)

        recog_box = QGroupBox(QCoreApplication.translate("LivePage", "Recognise"))
        rl = QHBoxLayout(recog_box)
        rl.addWidget(action_button(actions["identify"]))
        rl.addWidget(action_button(actions["group_photo"]))
        col.addWidget(recog_box)

        events_box = QGroupBox(QCoreApplication.translate("LivePage", "Today"))
        el = QVBoxLayout(events_box)
        self.events = QListWidget()
        self.events.setObjectName("todayEvents")
        self.events.setAlternatingRowColors(True)
        self.events.setUniformItemSizes(True)
        self.events.setToolTip(
            QCoreApplication.translate("LivePage", "Right-click a mark to correct it")
        )
        self.events.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.events.customContextMenuRequested.connect(self._context_menu)
        el.addWidget(self.events)
        self.events_hint = QLabel(
            QCoreApplication.translate(
                "LivePage", "Recognised people appear here as they are marked."
            )
        )
        self.events_hint.setWordWrap(True)
        self.events_hint.setEnabled(False)
        el.addWidget(self.events_hint)
        col.addWidget(events_box, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(self.view, 1)
        layout.addWidget(side)

    # ---- events panel --------------------------------------------------------------------
    def set_events(self, events: list[Any]) -> None:
        """``EventRecord``s (today's valid marks)."""
        self.events.clear()
        for ev in sorted(events, key=lambda e: (e.at_utc, e.id), reverse=True):
            self._append(ev, at_top=False)
        self.events_hint.setVisible(self.events.count() == 0)

    def add_event(self, event: Any, person_name: str | None = None) -> None:
        """A mark from the live loop; one already listed (the person was seen again) is
        not repeated, and a late-arriving older mark goes to its place in time."""
        if any(self.event_at(i).id == event.id for i in range(self.events.count())):
            return
        row = 0
        key = (event.at_utc, event.id)
        while row < self.events.count() and (
            (self.event_at(row).at_utc, self.event_at(row).id) > key
        ):
            row += 1
        self._append(event, at_top=False, person_name=person_name, row=row)
        self.events_hint.setVisible(False)
        while self.events.count() > 500:
            self.events.takeItem(self.events.count() - 1)

    def event_at(self, row: int) -> Any:
        item = self.events.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def context_menu(self, row: int) -> QMenu | None:
        """The corrections for the mark on ``row`` (what right-click shows)."""
        ev = self.event_at(row)
        if ev is None:
            return None
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("LivePage", "Wrong person...")).triggered.connect(
            lambda: self.correction.emit("reassign", ev)
        )
        menu.addAction(QCoreApplication.translate("LivePage", "Withdraw...")).triggered.connect(
            lambda: self.correction.emit("delete", ev)
        )
        return menu

    def _context_menu(self, pos: Any) -> None:
        item = self.events.itemAt(pos)
        if item is None:
            return
        self.menu = self.context_menu(self.events.row(item))
        if self.menu is not None:
            self.menu.popup(self.events.viewport().mapToGlobal(pos))

    def _append(
        self,
        ev: Any,
        *,
        at_top: bool,
        person_name: str | None = None,
        row: int | None = None,
    ) -> None:
        name = (
            person_name
            or getattr(ev, "person_name", None)
            or QCoreApplication.translate("LivePage", "person {id}").format(id=ev.person_id)
        )
        kind = KIND_TEXT.get(ev.kind)
        kind = QCoreApplication.translate("LivePage", kind) if kind else ev.kind
        text = f"{local_time(ev.at_utc)}   {name} — {kind}"
        source = getattr(ev, "source", "camera")
        if source not in ("camera", "video"):
            text += f" ({source_text(source, None)})"
        if getattr(ev, "confirmed_by", None):
            text += " ({})".format(QCoreApplication.translate("LivePage", "confirmed by code"))
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, ev)
        item.setToolTip(QCoreApplication.translate("LivePage", "Right-click to correct this mark"))
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        if ev.kind == "check_out":
            item.setForeground(QBrush(QColor(150, 150, 160) if dark else QColor(110, 110, 120)))
        else:
            item.setForeground(QBrush(KNOWN.lighter(135) if dark else KNOWN.darker(125)))
        if row is not None:
            self.events.insertItem(row, item)
        elif at_top:
            self.events.insertItem(0, item)
        else:
            self.events.addItem(item)

    def event_texts(self) -> list[str]:
        return [self.events.item(i).text() for i in range(self.events.count())]

    def set_session_text(self, text: str) -> None:
        self.session_label.setText(text)
