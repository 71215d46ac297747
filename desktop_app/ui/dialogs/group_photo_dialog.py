"""A group photo: recognise everyone, let the operator tick who to mark, then confirm.

Uses ``attendance.group_photo`` (analyse, then confirm into a session). The session is
chosen (or started) at the top while the photo is analysed, so the operator never learns
only at the end that there was nowhere to mark. The photo is shown with the same labels
as the live view, and the result says how many faces were found, so missed ones get looked
for.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ImageError
from desktop_app.i18n import translate
from desktop_app.storage.records import SessionRecord
from desktop_app.ui import ops
from desktop_app.ui.common import number_text, operator_name
from desktop_app.ui.dialogs.session_dialog import session_choices
from desktop_app.ui.live_view import AMBIGUOUS, KNOWN, UNKNOWN, FaceLabel, LiveView, as_box
from desktop_app.vision.image_io import load_image

STATUS_COLORS = {"known": KNOWN, "ambiguous": AMBIGUOUS, "duplicate": AMBIGUOUS}


def photo_label(face: Any) -> FaceLabel:
    """A ``group_photo.GroupPhotoFace`` as a label on the photo."""
    known = face.status == "known"
    titles = {
        "ambiguous": translate("GroupPhotoDialog", "Ambiguous"),
        "duplicate": translate("GroupPhotoDialog", "Duplicate"),
    }
    title = (
        face.name
        if known and face.name
        else titles.get(face.status, translate("GroupPhotoDialog", "Unknown"))
    )
    if face.status == "duplicate" and face.name:
        title = translate("GroupPhotoDialog", "{name} (twice?)").format(name=face.name)
    detail = {
        "known": translate("GroupPhotoDialog", "recognised"),
        "ambiguous": translate("GroupPhotoDialog", "not sure who"),
        "duplicate": translate("GroupPhotoDialog", "found twice"),
    }.get(face.status, translate("GroupPhotoDialog", "not recognised"))
    return FaceLabel(as_box(face.box), title, detail, STATUS_COLORS.get(face.status, UNKNOWN))


def describe(face: Any) -> str:
    if face.status == "known":
        return str(face.name)
    if face.status == "duplicate":
        return translate("GroupPhotoDialog", "{name}: already found in this photo").format(
            name=face.name
        )
    if face.status == "ambiguous":
        return translate(
            "GroupPhotoDialog", "Not sure who (face {number}): mark by hand if you know"
        ).format(number=number_text(face.index + 1))
    return translate(
        "GroupPhotoDialog", "Not recognised (face {number}): not enrolled, or the photo is unclear"
    ).format(number=number_text(face.index + 1))


def summary_text(analysis: Any, session: Any) -> str:
    """How many faces were found, and an invitation to look for the ones that were not."""
    faces = list(analysis.faces)
    n_known = len(analysis.known)
    others = len(faces) - n_known
    if not faces:
        return translate(
            "GroupPhotoDialog",
            "No face was found in this photo. Faces need to be large enough and turned "
            "towards the camera: try a closer or sharper photo, or mark people by hand.",
        )
    if len(faces) == 1:
        found = (
            translate(
                "GroupPhotoDialog",
                "<b>Found 1 face</b>: {known} recognised, {others} not recognised.",
            )
            if others
            else translate("GroupPhotoDialog", "<b>Found 1 face</b>: {known} recognised.")
        )
    else:
        found = (
            translate(
                "GroupPhotoDialog",
                "<b>Found {count} faces</b>: {known} recognised, {others} not recognised.",
            )
            if others
            else translate("GroupPhotoDialog", "<b>Found {count} faces</b>: {known} recognised.")
        )
    sentences = [
        found.format(
            count=number_text(len(faces)), known=number_text(n_known), others=number_text(others)
        ),
        translate(
            "GroupPhotoDialog",
            "<b>Count the people in the photo</b>: anyone without a box was not found (face "
            "too small, turned away or hidden); mark them by hand on the Attendance page.",
        ),
    ]
    if session is None:
        sentences.append(
            translate("GroupPhotoDialog", "Choose or start a session above to mark them.")
        )
    elif n_known:
        sentences.append(
            translate(
                "GroupPhotoDialog", "Untick anyone who should not be marked in {session}."
            ).format(session=session.name)
        )
    return " ".join(sentences)


class GroupPhotoDialog(QDialog):
    def __init__(
        self, ctx: Any, path: Path, parent: QWidget | None = None, session: Any = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.session = ctx, path, session
        self.analysis: Any = None
        self.setWindowTitle(
            translate("GroupPhotoDialog", "Group photo — {file}").format(file=path.name)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 680)
        self.view = LiveView()
        self.view.label_ttl_s = math.inf
        self.view.set_placeholder(translate("GroupPhotoDialog", "Recognising..."))
        self.list = QListWidget()
        self.list.setMaximumHeight(170)
        self.list.currentRowChanged.connect(lambda _r: self._update_enroll_button())
        self.list.itemDoubleClicked.connect(lambda _i: self.enroll_selected())
        self.enroll_button = QPushButton(translate("GroupPhotoDialog", "Enroll this face..."))
        self.enroll_button.setToolTip(
            translate("GroupPhotoDialog", "Select a face that was not recognised to enroll it")
        )
        self.enroll_button.setEnabled(False)
        self.enroll_button.clicked.connect(self.enroll_selected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.session_box = QComboBox()
        self.session_box.setMinimumWidth(280)
        self.session_box.setToolTip(
            translate("GroupPhotoDialog", "The session the ticked people are marked present in")
        )
        self.session_box.currentIndexChanged.connect(self._session_changed)
        self.start_button = QPushButton(translate("GroupPhotoDialog", "Start a session..."))
        self.start_button.clicked.connect(self.start_session)
        session_row = QHBoxLayout()
        session_row.addWidget(QLabel(translate("GroupPhotoDialog", "Mark into")))
        session_row.addWidget(self.session_box, 1)
        session_row.addWidget(self.start_button)
        self.sessions: list[SessionRecord] = []
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.confirm_button = self.buttons.addButton(
            translate("GroupPhotoDialog", "Mark ticked people present"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.buttons.addButton(self.enroll_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(session_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.load_sessions(self.session.id if self.session is not None else None)

    # ---- the session ---------------------------------------------------------------------
    def load_sessions(
        self, select: int | None = None, include: SessionRecord | None = None
    ) -> None:
        """Today's sessions (and ``include``); ``select`` one, else the running or last one
        today."""
        svc = self.ctx.attendance

        def load() -> tuple[list[SessionRecord], SessionRecord | None]:
            return svc.sessions_on(), svc.default_session()

        def show(loaded: tuple[list[SessionRecord], SessionRecord | None]) -> None:
            today, default = loaded
            chosen = select if select is not None else getattr(default, "id", None)
            for extra in (self.session, include):
                if extra is not None and all(x.id != extra.id for x in today):
                    today = [*today, extra]
            self.sessions = today
            self.session_box.blockSignals(True)
            self.session_box.clear()
            if not today:
                self.session_box.addItem(
                    translate("GroupPhotoDialog", "No session today: start one"), None
                )
            for text, sid in session_choices(today):
                self.session_box.addItem(text, sid)
            self.session_box.setCurrentIndex(max(0, self.session_box.findData(chosen)))
            self.session_box.blockSignals(False)
            self._session_changed()

        ops.run_op(load, success=show, parent=self)

    def _session_changed(self) -> None:
        sid = self.session_box.currentData()
        self.session = next((x for x in self.sessions if x.id == sid), None)
        if self.analysis is not None:
            self.show_analysis(self.analysis)

    def start_session(self) -> None:
        from desktop_app.ui.dialogs.session_dialog import SessionDialog

        self.session_dialog = SessionDialog(self.ctx, self)
        self.session_dialog.accepted.connect(self._session_started)
        self.session_dialog.open()

    def _session_started(self) -> None:
        """Mark into the session just started, or the running one the operator continued."""
        chosen = self.session_dialog.result_session  # listed even if it began before today
        self.load_sessions(chosen.id if chosen is not None else None, include=chosen)

    # ---- the photo -----------------------------------------------------------------------
    def analyse(self) -> None:
        try:
            image = load_image(self.path)  # bytes decoded: any Unicode path on any OS
        except ImageError as exc:
            # on the window that opened it: this dialog closes (and its children with it)
            ops.report_error(self.parentWidget(), exc, translate("GroupPhotoDialog", "Group photo"))
            self.reject()
            return
        self.view.set_frame(image)
        ctx, path = self.ctx, self.path

        def run() -> Any:
            from desktop_app.attendance.group_photo import analyse_group_photo

            return analyse_group_photo(ctx, path)

        ops.run_op(
            run,
            success=self.show_analysis,
            parent=self,
            progress=translate("GroupPhotoDialog", "Recognising faces..."),
            title=translate("GroupPhotoDialog", "Group photo"),
        )

    def show_analysis(self, analysis: Any) -> None:
        self.analysis = analysis
        faces = list(analysis.faces)
        self.view.set_labels([photo_label(f) for f in faces])
        self.list.clear()
        for f in faces:
            item = QListWidgetItem(describe(f))
            known = f.status == "known" and f.person_id is not None
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if known else Qt.CheckState.Unchecked)
            if not known:  # not markable; an unknown face can be enrolled from here
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(Qt.ItemDataRole.CheckStateRole, None)
            item.setData(Qt.ItemDataRole.UserRole, f.person_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f.index)
            item.setData(Qt.ItemDataRole.UserRole + 2, f.status)
            self.list.addItem(item)
        self.summary.setText(summary_text(analysis, self.session))
        n_known = len(analysis.known)
        if self.session is None:
            self.confirm_button.setToolTip(
                translate(
                    "GroupPhotoDialog",
                    "Marks from a group photo go into a session: choose or start one above.",
                )
            )
        elif not n_known:
            self.confirm_button.setToolTip(
                translate("GroupPhotoDialog", "Nobody in the photo was recognised.")
            )
        else:
            self.confirm_button.setToolTip(
                translate("GroupPhotoDialog", "Mark the ticked people present in {session}").format(
                    session=self.session.name
                )
            )
        self.confirm_button.setEnabled(self.session is not None and n_known > 0)

    def _update_enroll_button(self) -> None:
        item = self.list.currentItem()
        status = item.data(Qt.ItemDataRole.UserRole + 2) if item is not None else None
        self.enroll_button.setEnabled(status in ("unknown", "ambiguous"))

    def enroll_selected(self, name: str | None = None, consent: bool | None = None) -> None:
        """Enroll the selected unknown face as a new person (asks for the name and consent;
        tests pass them), then analyse the photo again so they can be marked."""
        item = self.list.currentItem()
        if self.analysis is None or item is None or not self.enroll_button.isEnabled():
            return
        index = int(item.data(Qt.ItemDataRole.UserRole + 1))
        if name is None:
            form = EnrollFaceDialog(self.ctx.settings.privacy.require_consent, self)
            form.accepted.connect(
                lambda: self._enroll_face(
                    index, form.name.text(), form.consent.isChecked(), form.group.text()
                )
            )
            form.open()
            self.enroll_form = form
            return
        self._enroll_face(index, name, bool(consent), "")

    def _enroll_face(self, index: int, name: str, consent: bool, group: str) -> None:
        ctx, analysis = self.ctx, self.analysis

        def run() -> Any:
            from desktop_app.attendance.group_photo import enroll_unknown

            return enroll_unknown(
                ctx, analysis, index, name.strip(), consent=consent, group=group.strip() or None
            )

        def done(_result: Any) -> None:
            self.enrolled_names = [*getattr(self, "enrolled_names", []), name.strip()]
            self.analyse()  # recognised now: they can be ticked and marked

        ops.run_op(
            run,
            success=done,
            failure=lambda exc: self.summary.setText(ops.error_text(exc)),
            parent=self,
            changes="people",
            title=translate("GroupPhotoDialog", "Enroll from the photo"),
        )

    def ticked(self) -> list[int]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            pid = item.data(Qt.ItemDataRole.UserRole)
            if pid is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(pid))
        return out

    def confirm(self) -> None:
        if self.analysis is None or self.session is None:
            return
        ctx, analysis, sid, ids = self.ctx, self.analysis, self.session.id, self.ticked()

        def run() -> Any:
            from desktop_app.attendance.group_photo import confirm_group_photo

            return confirm_group_photo(ctx, analysis, sid, person_ids=ids, actor=operator_name())

        ops.run_op(
            run,
            success=lambda _r: self.accept(),
            parent=self,
            changes="events",
            title=translate("GroupPhotoDialog", "Group photo"),
        )


class EnrollFaceDialog(QDialog):
    """Name, group and consent for a face enrolled from a group photo."""

    def __init__(self, require_consent: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GroupPhotoDialog", "Enroll this face"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Form", "Full name"))
        self.group = QLineEdit()
        self.group.setPlaceholderText(translate("GroupPhotoDialog", "Class or team (optional)"))
        self.consent = QCheckBox(
            translate("GroupPhotoDialog", "This person agreed to have their face stored")
        )
        self.consent.setVisible(require_consent)
        self.consent.setChecked(not require_consent)
        form = QFormLayout()
        form.addRow(translate("Form", "Name"), self.name)
        form.addRow(translate("Form", "Group"), self.group)
        form.addRow("", self.consent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("EnrollDialog", "Enroll"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for sig in (self.name.textChanged, self.consent.toggled):
            sig.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()) and self.consent.isChecked())
