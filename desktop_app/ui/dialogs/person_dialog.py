"""Edit a person's name, external id, group, notes and active flag (audited)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.storage.records import PersonRecord
from desktop_app.storage.repositories import Audit, People
from desktop_app.ui import ops
from desktop_app.ui.common import operator_name


class PersonDialog(QDialog):
    def __init__(self, ctx: Any, person: PersonRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.setWindowTitle(translate("PersonDialog", "Edit {name}").format(name=person.name))
        self.resize(440, 320)
        self.name = QLineEdit(person.name)
        self.external_id = QLineEdit(person.external_id or "")
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.setCurrentText(person.group_name or "")
        # the groups there are, to move someone to another class without retyping its name
        ops.run_op(
            lambda: ctx.db.run(lambda s: People(s).groups()),
            success=self._offer_groups,
            parent=self,
        )
        # a new group is a move from today; ticked, the old one was a typo and the earlier
        # registers follow (Memberships.record(correction=True))
        self.group_fix = QCheckBox(
            translate(
                "PersonDialog",
                "Correct a mistake: in this group all along (earlier registers change too)",
            )
        )
        self.group_fix.setVisible(False)
        self.group.currentTextChanged.connect(self._group_changed)
        self.active = QCheckBox(
            translate("PersonDialog", "Active (recognised and counted in reports)")
        )
        self.active.setChecked(person.active)
        self.notes = QPlainTextEdit(person.notes or "")
        self.notes.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(translate("Form", "Name"), self.name)
        form.addRow(translate("Form", "External id"), self.external_id)
        form.addRow(translate("Form", "Group"), self.group)
        form.addRow("", self.group_fix)
        form.addRow("", self.active)
        form.addRow(translate("PersonDialog", "Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _offer_groups(self, groups: list[str]) -> None:
        current = self.group.currentText()  # theirs, or what the operator typed meanwhile
        self.group.addItems(["", *groups])  # "": no group
        self.group.setCurrentText(current)

    def _group_changed(self, text: str) -> None:
        moved = (text.strip() or None) != self.person.group_name
        self.group_fix.setVisible(moved and self.person.active)
        if not moved:
            self.group_fix.setChecked(False)

    def changes(self) -> dict[str, Any]:
        p = self.person
        new = {
            "name": self.name.text().strip(),
            "external_id": self.external_id.text().strip() or None,
            "group_name": self.group.currentText().strip() or None,
            "active": self.active.isChecked(),
            "notes": self.notes.toPlainText().strip() or None,
        }
        return {k: v for k, v in new.items() if getattr(p, k) != v}

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        if "name" in changes and not changes["name"]:
            self.name.setFocus()
            return
        pid = self.person.id

        fix = (
            "group_name" in changes and not self.group_fix.isHidden() and self.group_fix.isChecked()
        )

        def write(s: Any) -> PersonRecord:
            rec = People(s).update(pid, group_correction=fix, **changes)
            details = {k: v for k, v in changes.items() if k != "notes"}
            if fix:
                details["group_correction"] = True
            Audit(s).write(operator_name(), "person.update", f"person:{pid}", details)
            return rec

        ops.run_op(
            lambda: self.ctx.db.run(write),
            success=lambda _r: self.accept(),
            parent=self,
            changes="people",
            title=translate("PersonDialog", "Edit person"),
        )
