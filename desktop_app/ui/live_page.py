"""The live page: camera view on the left, session and today's events on the right."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.attendance.second_factor import CONFIRMED_BY_CODE
from desktop_app.ui.live_view import KNOWN, LiveView

KIND_TEXT = {"check_in": "checked in", "check_out": "checked out", "present": "present"}


def local_time(when: dt.datetime) -> str:
    return when.astimezone().strftime("%H:%M:%S")


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

        session_box = QGroupBox("Session")
        sl = QVBoxLayout(session_box)
        self.session_label = QLabel("No session running: marks count for the day.")
        self.session_label.setWordWrap(True)
        sl.addWidget(self.session_label)
        row = QHBoxLayout()
        row.addWidget(action_button(actions["session_start"]))
        row.addWidget(action_button(actions["session_end"]))
        sl.addLayout(row)
        col.addWidget(session_box)

        recog_box = QGroupBox("Recognise")
        rl = QHBoxLayout(recog_box)
        rl.addWidget(action_button(actions["identify"]))
        rl.addWidget(action_button(actions["group_photo"]))
        col.addWidget(recog_box)

        events_box = QGroupBox("Today")
        el = QVBoxLayout(events_box)
        self.events = QListWidget()
        self.events.setObjectName("todayEvents")
        self.events.setAlternatingRowColors(True)
        self.events.setUniformItemSizes(True)
        el.addWidget(self.events)
        self.events_hint = QLabel("Recognised people appear here as they are marked.")
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
        """``EventRecord``s, newest first."""
        self.events.clear()
        for ev in events:
            self._append(ev, at_top=False)
        self.events_hint.setVisible(self.events.count() == 0)

    def add_event(self, event: Any, person_name: str | None = None) -> None:
        self._append(event, at_top=True, person_name=person_name)
        self.events_hint.setVisible(False)
        while self.events.count() > 500:
            self.events.takeItem(self.events.count() - 1)

    def _append(self, ev: Any, *, at_top: bool, person_name: str | None = None) -> None:
        name = person_name or getattr(ev, "person_name", None) or f"person {ev.person_id}"
        kind = KIND_TEXT.get(ev.kind, ev.kind)
        text = f"{local_time(ev.at_utc)}   {name} — {kind}"
        if getattr(ev, "source", "camera") not in ("camera", "video"):
            text += f" ({ev.source})"
        if getattr(ev, "confirmed_by", None):
            text += f" ({CONFIRMED_BY_CODE})"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, ev.id)
        item.setToolTip(f"Event {ev.id}; score {ev.score if ev.score is not None else '-'}")
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        if ev.kind == "check_out":
            item.setForeground(QBrush(QColor(150, 150, 160) if dark else QColor(110, 110, 120)))
        else:
            item.setForeground(QBrush(KNOWN.lighter(135) if dark else KNOWN.darker(125)))
        if at_top:
            self.events.insertItem(0, item)
        else:
            self.events.addItem(item)

    def event_texts(self) -> list[str]:
        return [self.events.item(i).text() for i in range(self.events.count())]

    def set_session_text(self, text: str) -> None:
        self.session_label.setText(text)
