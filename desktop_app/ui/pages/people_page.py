"""People: a searchable table with thumbnails; enroll, add samples, edit, delete, import."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ImageError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.recognition.enrollment import decode_chip_png
from desktop_app.storage.records import PersonRecord
from desktop_app.storage.repositories import Events, People, Templates
from desktop_app.ui import ops
from desktop_app.ui.admin_gate import ensure_admin
from desktop_app.ui.common import ShowStatus, date_text, datetime_text, local, operator_name
from desktop_app.ui.resources import icon

log = logging.getLogger(__name__)

COLUMNS = [
    "",
    QT_TRANSLATE_NOOP("PeoplePage", "Name"),
    QT_TRANSLATE_NOOP("PeoplePage", "External id"),
    QT_TRANSLATE_NOOP("PeoplePage", "Group"),
    QT_TRANSLATE_NOOP("PeoplePage", "Samples"),
    QT_TRANSLATE_NOOP("PeoplePage", "Consent"),
    QT_TRANSLATE_NOOP("PeoplePage", "Status"),
]
THUMB = 44
# The page's texts, in the installed language (lupdate reads the literal context below).
translate = QCoreApplication.translate


@dataclass(frozen=True)
class PersonRow:
    person: PersonRecord
    chip_rgb: np.ndarray | None  # (S, S, 3) uint8, the first sample; None if unreadable


def decode_chip(chip: bytes | None, encrypted: bool) -> np.ndarray | None:
    """A stored chip as RGB; None when absent or encrypted (never shown undecrypted)."""
    if not chip or encrypted:
        return None
    try:
        return decode_chip_png(chip)
    except ImageError:  # damaged: the row shows no face
        return None


def load_people(ctx: Any, search: str | None = None) -> list[PersonRow]:
    """DB work for the table (runs in an op): people plus one chip each."""

    protector = None
    if "protector" in dir(type(ctx)):
        try:
            protector = ctx.protector  # decrypts chips stored encrypted at rest
        except Exception as exc:  # no key: the table still lists people, with initials
            log.warning("face chips cannot be decrypted: %s", exc)

    def query(s: Any) -> list[PersonRow]:
        people = People(s).list(search=search or None)
        first: dict[int, tuple[bytes | None, bool]] = {}
        for t in Templates(s).list(kind="positive"):
            if t.person_id not in first and t.chip:
                if t.encrypted and protector is not None:
                    try:
                        t = protector.open_template(t)
                    except Exception:  # no key / damaged: show initials, never crash
                        log.warning("cannot decrypt the chip of template %s", t.id)
                first[t.person_id] = (t.chip, t.encrypted)
        rows = []
        for p in people:
            chip, enc = first.get(p.id, (None, False))
            rows.append(PersonRow(p, decode_chip(chip, enc)))
        return rows

    return ctx.db.run(query)


def initials_pixmap(name: str, size: int) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    hue = (sum(map(ord, name)) * 37) % 360
    p.setBrush(QColor.fromHsv(hue, 90, 200))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(0, 0, size, size)
    f = QFont()
    f.setBold(True)
    f.setPixelSize(int(size * 0.38))
    p.setFont(f)
    p.setPen(QColor(255, 255, 255))
    letters = "".join(w[0] for w in name.split()[:2]).upper() or "?"
    p.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, letters)
    p.end()
    return pm


def chip_pixmap(chip_rgb: np.ndarray, size: int) -> QPixmap:
    chip = np.ascontiguousarray(chip_rgb)
    h, w = chip.shape[:2]
    img = QImage(chip.data, w, h, chip.strides[0], QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(img).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class PeopleModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PersonRow] = []
        self._pixmaps: dict[int, QPixmap] = {}

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._pixmaps = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("PeoplePage", COLUMNS[section]) if COLUMNS[section] else ""
        return None

    def _pixmap(self, row: PersonRow) -> QPixmap:
        pid = row.person.id
        if pid not in self._pixmaps:
            self._pixmaps[pid] = (
                chip_pixmap(row.chip_rgb, THUMB)
                if row.chip_rgb is not None
                else initials_pixmap(row.person.name, THUMB)
            )
        return self._pixmaps[pid]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        p, col = row.person, index.column()
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self._pixmap(row)
        if role == Qt.ItemDataRole.UserRole:
            return p
        if role == Qt.ItemDataRole.ToolTipRole and col == 5 and p.consent_at:
            return translate(
                "PeoplePage", "Consent given {when}, recorded by {who} (text {version})"
            ).format(
                when=datetime_text(local(p.consent_at)),
                who=p.consent_by or "?",
                version=p.consent_text_version or "?",
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 1:
                return p.name
            if col == 2:
                return p.external_id or ""
            if col == 3:
                return p.group_name or ""
            if col == 4:
                if role == Qt.ItemDataRole.EditRole:
                    return p.template_count
                return QLocale().toString(p.template_count)
            if col == 5:
                if not p.consent_at:
                    return "—"
                day = local(p.consent_at).date()
                # sorted by the ISO date, shown in the locale's form
                return day.isoformat() if role == Qt.ItemDataRole.EditRole else date_text(day)
            if col == 6:
                if p.active:
                    return translate("PeoplePage", "active")
                return translate("PeoplePage", "inactive")
        return None


# Opens the enroll dialog to add samples to a person: (person, from_camera).
AddSamples = Callable[[PersonRecord, bool], None]


class PeoplePage(QWidget):
    def __init__(
        self,
        ctx: Any,
        actions: dict[str, QAction],
        parent: QWidget | None = None,
        *,
        add_samples: AddSamples | None = None,
        show_status: ShowStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actions_ = actions
        self._add_samples = add_samples
        self._show_status = show_status
        self.model = PeopleModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("PeoplePage", "Search name, id or group  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.setMinimumWidth(260)

        self.add_samples = QAction(
            icon("add_samples"), translate("PeoplePage", "Add samples..."), self
        )
        self.add_samples.setData("add_samples")
        self.add_samples.setToolTip(
            translate("PeoplePage", "Add more photos or camera captures to the selected person")
        )
        self.add_samples.triggered.connect(lambda: self.add_samples_to_selected())
        self.edit = QAction(icon("edit"), translate("PeoplePage", "Edit..."), self)
        self.edit.setData("edit")
        self.edit.setShortcut("Return")
        self.edit.triggered.connect(self.edit_selected)
        self.delete = QAction(icon("delete"), translate("PeoplePage", "Delete..."), self)
        self.delete.setData("delete")
        self.delete.setToolTip(
            translate(
                "PeoplePage", "Erase the selected person: templates, face chips, index entries"
            )
        )
        self.delete.setShortcut("Delete")
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete.triggered.connect(self.delete_selected)
        self.addAction(self.delete)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search)
        bar.addStretch(1)
        for a in (
            actions["enroll_camera"],
            actions["enroll_photos"],
            self.add_samples,
            self.edit,
            self.delete,
            actions["import_roster"],
        ):
            b = QToolButton()
            b.setDefaultAction(a)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setMinimumHeight(32)
            if a is self.add_samples:
                menu = QMenu(b)
                menu.addAction(
                    icon("photo"),
                    translate("PeoplePage", "From photos..."),
                    self.add_samples_to_selected,
                )
                menu.addAction(
                    icon("camera"),
                    translate("PeoplePage", "From camera..."),
                    lambda: self.add_samples_to_selected(camera=True),
                )
                b.setMenu(menu)
                b.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            bar.addWidget(b)

        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.resizeSection(0, THUMB + 16)
        for col, width in ((2, 130), (3, 120), (4, 80), (5, 110), (6, 90)):
            hh.resizeSection(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_action_states())

        self.empty = QLabel(
            translate(
                "PeoplePage",
                "Nobody is enrolled yet. Use <b>Enroll from camera</b> (Ctrl+E) or "
                "<b>Enroll from photos</b> (Ctrl+N), or import a roster CSV.",
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.count_label)
        ops.get_hub().changed.connect(self._on_data_changed)
        self.update_action_states()

    # ---- data ----------------------------------------------------------------------------
    def _on_data_changed(self, what: str) -> None:
        if what in ("people", "templates"):
            self.refresh()

    def refresh(self) -> None:
        ops.run_op(lambda: load_people(self.ctx), success=self.set_rows, parent=self)

    def set_rows(self, rows: list[PersonRow]) -> None:
        selected = self.selected_person()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        n_active = sum(1 for r in rows if r.person.active)
        self.count_label.setText(
            translate("PeoplePage", "People: {count} · active: {active}").format(
                count=QLocale().toString(len(rows)), active=QLocale().toString(n_active)
            )
        )
        if selected is not None:
            self.select_person(selected.id)
        self.update_action_states()

    def names(self) -> list[str]:
        """Names in the table as shown (after search and sort)."""
        return [self.proxy.index(r, 1).data() for r in range(self.proxy.rowCount())]

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_person(self) -> PersonRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return rows[0].data(Qt.ItemDataRole.UserRole)

    def select_person(self, person_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            p = self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)
            if p.id == person_id:
                self.table.selectRow(r)
                return True
        return False

    def update_action_states(self) -> None:
        has = self.selected_person() is not None
        self.edit.setEnabled(has)
        self.add_samples.setEnabled(has)
        self.delete.setEnabled(has)

    # ---- actions -------------------------------------------------------------------------
    def add_samples_to_selected(self, camera: bool = False) -> None:
        person = self.selected_person()
        if person is None or self._add_samples is None:
            return
        self._add_samples(person, camera)

    def edit_selected(self) -> None:
        person = self.selected_person()
        if person is None or not ensure_admin(
            self.ctx, self, translate("PeoplePage", "Editing a person")
        ):
            return
        from desktop_app.ui.dialogs.person_dialog import PersonDialog

        PersonDialog(self.ctx, person, self).open()

    def delete_selected(self) -> None:
        person = self.selected_person()
        if person is None or not self.delete.isEnabled():
            return
        if not ensure_admin(self.ctx, self, translate("PeoplePage", "Erasing a person")):
            return

        def count_events(s: Any) -> int:
            return len(Events(s).query(person_id=person.id, statuses=None))

        ops.run_op(
            lambda: self.ctx.db.run(count_events),
            success=lambda n: self.confirm_delete(person, n),
            parent=self,
        )

    def confirm_delete(self, person: PersonRecord, n_events: int) -> QMessageBox:
        name = html.escape(person.name)  # a name is never markup
        text = translate(
            "PeoplePage",
            "Erase <b>{name}</b>?<br><br>This permanently deletes their face templates "
            "(stored: {count}), the face chips stored with them, the face embeddings kept "
            "with their attendance marks and their entries in the recognition index. It "
            "cannot be undone; the audit log keeps a receipt without their name.",
        ).format(name=name, count=QLocale().toString(person.template_count))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("PeoplePage", "Erase person"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        erase = box.addButton(
            translate("PeoplePage", "Erase"), QMessageBox.ButtonRole.DestructiveRole
        )
        check = None
        if n_events:
            marks = QLocale().toString(n_events)
            check = QCheckBox(
                translate(
                    "PeoplePage", "Keep their attendance marks ({count}) as anonymous statistics"
                ).format(count=marks)
            )
            box.setCheckBox(check)
            box.setInformativeText(
                translate(
                    "PeoplePage",
                    "Attendance marks of {name}: {count}. They are deleted with the person, "
                    "unless you keep them as anonymous rows (group and times, no name) so "
                    "totals in reports stay complete.",
                ).format(name=name, count=marks)
            )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished(_r: int) -> None:
            if box.clickedButton() is erase:
                self.remove(person, keep_statistics=bool(check and check.isChecked()))

        box.finished.connect(finished)
        box.open()
        self._confirm_box = box
        return box

    def remove(self, person: PersonRecord, *, keep_statistics: bool) -> None:
        def done(receipt: Any) -> None:
            copies = QLocale().toString(len(receipt.older_copies))
            if not receipt.older_copies:
                text = translate("PeoplePage", "{name} was erased (receipt {receipt}).")
            elif receipt.copies_age_out and receipt.copies_by_count:
                text = translate(
                    "PeoplePage",
                    "{name} was erased (receipt {receipt}). Older database copies in "
                    "backups/ still hold them: {dated} until {date}, {counted} until newer "
                    "copies replace them.",
                )
            elif receipt.copies_age_out:
                text = translate(
                    "PeoplePage",
                    "{name} was erased (receipt {receipt}). Older database copies in "
                    "backups/ ({copies}) still hold them until {date}.",
                )
            else:
                text = translate(
                    "PeoplePage",
                    "{name} was erased (receipt {receipt}). Older database copies in "
                    "backups/ ({copies}) still hold them until newer copies replace them.",
                )
            age_out = receipt.copies_age_out
            message = text.format(
                name=person.name,
                receipt=receipt.receipt_id,
                copies=copies,
                dated=QLocale().toString(len(receipt.older_copies) - receipt.copies_by_count),
                counted=QLocale().toString(receipt.copies_by_count),
                date=date_text(local(age_out).date()) if age_out else "",
            )
            if self._show_status:
                self._show_status(message, 15000)

        from desktop_app.security.retention import erase_person

        ctx, actor = self.ctx, operator_name()
        ops.run_op(
            lambda: erase_person(
                ctx.db,
                person.id,
                actor=actor,
                keep_statistics=keep_statistics,
                settings=ctx.settings,
                gallery=ctx.__dict__.get("gallery"),  # a loaded gallery forgets them now
            ),
            success=done,
            parent=self,
            changes="people",
            title=translate("PeoplePage", "Erase person"),
        )

    def import_roster(self, csv_path: Path | None = None) -> None:
        """The class-list import dialog (checks ``csv_path`` at once when given)."""
        from desktop_app.ui.dialogs.roster_dialog import RosterDialog

        if not ensure_admin(self.ctx, self, translate("PeoplePage", "Importing a class list")):
            return
        self.roster_dialog = RosterDialog(self.ctx, self, csv_path)
        self.roster_dialog.open()
        if csv_path is not None:
            self.roster_dialog.check()
