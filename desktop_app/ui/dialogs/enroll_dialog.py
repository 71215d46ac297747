"""Enroll a person (or add samples) from photo files (drag and drop too) or camera captures.

Camera mode borrows the main window's frame runner: while the dialog is open, the inference
worker runs the enrollment quality check on the newest frame instead of recognition, and the
feedback ("move closer", "too dark", "look at the camera") is shown live. Closing the dialog
gives the runner its previous processor back.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError, ImageError, MultipleFacesError
from desktop_app.i18n import translate
from desktop_app.recognition.enrollment import LookAlikeError, WeakPhotoError
from desktop_app.storage.repositories import People, Templates
from desktop_app.ui import ops
from desktop_app.ui.common import ShowStatus, number_text, operator_name
from desktop_app.ui.live_view import CONFIRMING, KNOWN, UNKNOWN, FaceLabel, LiveView, as_box
from desktop_app.ui.resources import icon
from desktop_app.ui.workers import FrameRunner, Processed
from desktop_app.vision.image_io import load_image

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"}
RECOMMENDED_CAPTURES = 3


def thumb_icon(image_bgr: np.ndarray, size: int = 96) -> QIcon:
    h, w = image_bgr.shape[:2]
    scale = size / max(h, w)
    small = cv2.resize(
        image_bgr, (max(1, int(w * scale)), max(1, int(h * scale))), interpolation=cv2.INTER_AREA
    )
    small = np.ascontiguousarray(small)
    img = QImage(
        small.data, small.shape[1], small.shape[0], small.strides[0], QImage.Format.Format_BGR888
    ).copy()
    return QIcon(QPixmap.fromImage(img))


class PhotoList(QListWidget):
    """Thumbnails of the chosen photos; accepts image files dropped from a file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(96, 96))
        self.setGridSize(QSize(118, 128))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setMinimumHeight(150)
        self.on_files: Any = None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files: list[Path] = []
        for p in paths:
            if p.is_dir():
                files += sorted(q for q in p.iterdir() if q.suffix.lower() in IMAGE_SUFFIXES)
            elif p.suffix.lower() in IMAGE_SUFFIXES:
                files.append(p)
        if files and self.on_files is not None:
            self.on_files(files)
        event.acceptProposedAction()


class EnrollDialog(QDialog):
    def __init__(
        self,
        ctx: Any,
        parent: QWidget | None = None,
        *,
        mode: str = "photos",
        runner: FrameRunner | None = None,
        person: Any = None,
        show_status: ShowStatus | None = None,
    ) -> None:
        super().__init__(parent)
        assert mode in ("photos", "camera")
        self.ctx, self.mode, self.runner, self.person = ctx, mode, runner, person
        self.show_status = show_status  # where "X is enrolled" goes (the window's status bar)
        self.files: list[Path] = []
        self.unreadable: list[Path] = []  # listed as "not used", named until removed
        self.captures: list[np.ndarray] = []
        self.last_report: Any = None
        self.last_faces: list[Any] = []
        self.enroll_result: Any = None
        self._saved_process: Any = None
        if person is not None:
            title = translate("EnrollDialog", "Add samples for {name}").format(name=person.name)
        elif mode == "camera":
            title = translate("EnrollDialog", "Enroll from camera")
        else:
            title = translate("EnrollDialog", "Enroll from photos")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760 if mode == "camera" else 620, 640 if mode == "camera" else 520)

        # who
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("Form", "Full name"))
        self.external_id = QLineEdit()
        self.external_id.setPlaceholderText(translate("Form", "optional: student / staff number"))
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItem("")
        self.consent = QCheckBox(
            translate(
                "EnrollDialog",
                "This person agreed to have their face stored for attendance "
                "(consent text {version})",
            ).format(version=ctx.settings.privacy.consent_text_version)
        )
        self.consent_by = QLineEdit(operator_name())
        form = QFormLayout()
        form.addRow(translate("Form", "Name"), self.name)
        form.addRow(translate("Form", "External id"), self.external_id)
        form.addRow(translate("Form", "Group"), self.group)
        form.addRow("", self.consent)
        form.addRow(translate("EnrollDialog", "Consent recorded by"), self.consent_by)
        if person is not None:
            self.name.setText(person.name)
            self.external_id.setText(person.external_id or "")
            self.group.setCurrentText(person.group_name or "")
            for w in (self.name, self.external_id, self.group):
                w.setEnabled(False)
            if person.consent_at is not None:
                self.consent.setChecked(True)
                self.consent.setEnabled(False)
                self.consent_by.setText(person.consent_by or "")
                self.consent_by.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        # A person enrolled from a small ID photo is asked for camera samples here.
        self.weak_banner = QLabel("")
        self.weak_banner.setObjectName("weakBanner")
        self.weak_banner.setWordWrap(True)
        self.weak_banner.setStyleSheet(
            "QLabel#weakBanner { background: #fff3cd; color: #5c4400; padding: 8px;"
            " border-radius: 4px; }"
        )
        self.weak_banner.hide()
        layout.addWidget(self.weak_banner)
        layout.addLayout(form)

        if mode == "photos":
            self.photos = PhotoList()
            self.photos.setObjectName("enrollPhotos")
            self.photos.on_files = self.add_files
            hint = QLabel(
                translate(
                    "EnrollDialog",
                    "Drop photos here or use <b>Add photos</b>. One face per photo; "
                    "several photos of the same person make recognition more reliable.",
                )
            )
            hint.setWordWrap(True)
            add = QPushButton(icon("photo"), translate("EnrollDialog", "Add photos..."))
            add.clicked.connect(self._browse)
            remove = QPushButton(translate("EnrollDialog", "Remove"))
            remove.clicked.connect(self._remove_selected)
            row = QHBoxLayout()
            row.addWidget(hint, 1)
            row.addWidget(add)
            row.addWidget(remove)
            layout.addLayout(row)
            layout.addWidget(self.photos, 1)
        else:
            self.view = LiveView()
            self.view.setMinimumSize(480, 300)
            self.feedback = QLabel(translate("EnrollDialog", "Waiting for the camera..."))
            self.feedback.setObjectName("qualityFeedback")
            f = self.feedback.font()
            f.setPointSizeF(f.pointSizeF() * 1.3)
            f.setBold(True)
            self.feedback.setFont(f)
            self.capture_button = QPushButton(
                icon("camera"), translate("EnrollDialog", "Capture  (Space)")
            )
            self.capture_button.setMinimumHeight(34)
            self.capture_button.clicked.connect(self.capture)
            QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.capture)
            self.strip = QListWidget()
            self.strip.setViewMode(QListWidget.ViewMode.IconMode)
            self.strip.setIconSize(QSize(72, 72))
            self.strip.setFixedHeight(96)
            self.strip.setFlow(QListWidget.Flow.LeftToRight)
            row = QHBoxLayout()
            row.addWidget(self.feedback, 1)
            row.addWidget(self.capture_button)
            layout.addWidget(self.view, 1)
            layout.addLayout(row)
            layout.addWidget(
                QLabel(
                    translate(
                        "EnrollDialog",
                        "Capture {count} or more views: straight, slightly left, slightly right.",
                    ).format(count=number_text(RECOMMENDED_CAPTURES))
                )
            )
            layout.addWidget(self.strip)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enroll_button = self.buttons.addButton(
            translate("EnrollDialog", "Add samples")
            if person is not None
            else translate("EnrollDialog", "Enroll"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.enroll_button.setObjectName("enrollButton")
        self.enroll_button.setDefault(True)
        self.enroll_button.clicked.connect(self.enroll)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        for sig in (self.name.textChanged, self.consent.toggled):
            sig.connect(lambda *_: self.update_state())
        self._load_groups()
        if person is not None:
            self._check_weak(person)
        if mode == "camera":
            self._borrow_runner()
        self.update_state()

    # ---- state ---------------------------------------------------------------------------
    def _check_weak(self, person: Any) -> None:
        """Show the banner when the person has weak (small-photo) samples."""

        def weak() -> int:
            rows = self.ctx.db.run(lambda s: Templates(s).list(person_id=person.id))
            return sum(1 for t in rows if t.weak)

        def done(n: int) -> None:
            if not n:
                return
            if self.mode == "camera":
                text = translate(
                    "EnrollDialog",
                    "{name} was enrolled from a small or upscaled photo (a weak sample); "
                    "recognition is less reliable until there are camera samples. Capture "
                    "camera samples now: they replace the small photo.",
                )
            else:
                text = translate(
                    "EnrollDialog",
                    "{name} was enrolled from a small or upscaled photo (a weak sample); "
                    "recognition is less reliable until there are camera samples. Use Enroll "
                    "from camera to take camera samples: they replace it.",
                )
            self.weak_banner.setText(text.format(name=person.name))
            self.weak_banner.show()

        ops.run_op(weak, success=done, parent=self)

    def _load_groups(self) -> None:
        def done(groups: list[str]) -> None:
            current = self.group.currentText()
            self.group.clear()
            self.group.addItems(["", *groups])
            self.group.setCurrentText(current)

        ops.run_op(lambda: self.ctx.db.run(lambda s: People(s).groups()), success=done, parent=self)

    def samples(self) -> list[Path | np.ndarray]:
        return list(self.files) if self.mode == "photos" else list(self.captures)

    def problems(self) -> list[str]:
        out = []
        if not self.name.text().strip():
            out.append(translate("EnrollDialog", "Enter the person's name."))
        if self.ctx.settings.privacy.require_consent and not self.consent.isChecked():
            out.append(
                translate("EnrollDialog", "Consent is required before a face can be stored.")
            )
        if not self.samples():
            if self.mode == "camera":
                out.append(translate("EnrollDialog", "Capture at least one picture."))
            elif self.unreadable:  # why the photos chosen give nothing, not "add one"
                out.append(self.unreadable_text())
            else:
                out.append(translate("EnrollDialog", "Add at least one photo."))
        return out

    def unreadable_text(self) -> str:
        return translate(
            "EnrollDialog",
            "{files}: cannot be read, the file is damaged or not a picture. Choose another photo.",
        ).format(files=", ".join(f.name for f in self.unreadable))

    def update_state(self) -> None:
        problems = self.problems()
        self.enroll_button.setEnabled(not problems)
        self.enroll_button.setToolTip("\n".join(problems))
        if problems and not self.status.property("sticky"):
            self.status.setText(problems[0])
        elif not problems:
            n = len(self.samples())
            ready = (
                translate("EnrollDialog", "Ready: 1 sample.")
                if n == 1
                else translate("EnrollDialog", "Ready: {count} samples.").format(
                    count=number_text(n)
                )
            )
            self.status.setText(ready)

    # ---- photos --------------------------------------------------------------------------
    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("EnrollDialog", "Photos of the person"),
            "",
            translate("EnrollDialog", "Images (*.jpg *.jpeg *.png *.bmp *.webp)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, files: list[Path]) -> None:
        listed = {
            self.photos.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.photos.count())
        }
        unreadable = False
        for f in files:
            if f in self.files or str(f) in listed:
                continue
            try:
                image = load_image(f)  # bytes decoded: any Unicode path on any OS
            except ImageError:
                # named as such and kept in the list (not used), so the operator sees which
                # file it was; the full path once, in the tooltip
                bad = QListWidgetItem(
                    self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                    translate("EnrollDialog", "{file}: damaged or not a picture (not used)").format(
                        file=f.name
                    ),
                )
                bad.setData(Qt.ItemDataRole.UserRole, str(f))
                bad.setToolTip(str(f))
                bad.setForeground(Qt.GlobalColor.darkRed)
                self.photos.addItem(bad)
                listed.add(str(f))
                self.unreadable.append(f)
                unreadable = True
                continue
            self.files.append(f)
            item = QListWidgetItem(thumb_icon(image), f.name)
            item.setData(Qt.ItemDataRole.UserRole, str(f))
            item.setToolTip(str(f))
            self.photos.addItem(item)
        self.update_state()
        if unreadable:
            self.status.setText(self.unreadable_text())

    def _remove_selected(self) -> None:
        for item in self.photos.selectedItems():
            path = Path(item.data(Qt.ItemDataRole.UserRole))
            if path in self.files:
                self.files.remove(path)
            if path in self.unreadable:
                self.unreadable.remove(path)
            self.photos.takeItem(self.photos.row(item))
        self.update_state()

    # ---- camera --------------------------------------------------------------------------
    def _borrow_runner(self) -> None:
        if self.runner is None:
            self.feedback.setText(translate("EnrollDialog", "No camera."))
            self.capture_button.setEnabled(False)
            return
        self.runner.frame_ready.connect(self._on_frame)
        self.runner.source_state.connect(self._on_source_state)
        frame = self.runner.latest_frame()
        if frame is not None:
            self.view.set_frame(frame)
        self.runner.processed.connect(self._on_checked)
        self._saved_process = self.runner._process
        self.runner.set_process(self._check)

    def _check(self, frame_bgr: np.ndarray) -> tuple[Any, Any]:
        faces, report = self.ctx.enrollment.check_sample(frame_bgr)
        return list(faces), report

    def _on_frame(self) -> None:
        frame = self.runner.latest_frame() if self.runner else None
        if frame is not None:
            self.view.set_frame(frame)

    def _on_source_state(self, state: str, message: str) -> None:
        self.view.set_message("" if state == "running" else message)

    def _on_checked(self, processed: Processed) -> None:
        result = processed.result
        if not (isinstance(result, tuple) and len(result) == 2):
            return  # a recognition result that was in flight when the dialog opened
        faces, report = result
        self.last_faces, self.last_report = faces, report
        self._last_checked_frame = processed.frame.image_bgr
        ok = bool(getattr(report, "ok", False))
        reasons = list(getattr(report, "reasons", []) or [])
        if ok:
            text = translate("EnrollDialog", "Good: hold still and capture")
        elif reasons:
            text = translate("Quality", reasons[0])
        else:
            text = translate("EnrollDialog", "Looking for a face...")
        if len(faces) > 1:
            text = translate("EnrollDialog", "Only one person in the picture, please")
        elif not faces:
            text = translate("EnrollDialog", "No face found: look at the camera")
        self.feedback.setText(text)
        self.feedback.setStyleSheet(f"color: {(KNOWN if ok else CONFIRMING).name()};")
        labels = [
            FaceLabel(
                as_box(f.box),
                translate("EnrollDialog", "OK") if ok else translate("EnrollDialog", "Adjust"),
                quality_words(float(getattr(report, "score", 0.0)), ok),
                KNOWN if ok else (UNKNOWN if len(faces) > 1 else CONFIRMING),
            )
            for f in faces
        ]
        self.view.set_labels(labels)

    def capture(self) -> None:
        if self.mode != "camera":
            return
        frame = getattr(self, "_last_checked_frame", None)
        if frame is None or self.last_report is None or not getattr(self.last_report, "ok", False):
            reason = (
                self.feedback.text()
                if self.last_report is not None
                else translate("EnrollDialog", "No checked picture yet.")
            )
            self.status.setText(
                translate("EnrollDialog", "Not captured: {reason}").format(reason=reason)
            )
            return
        self.captures.append(frame.copy())
        self.strip.addItem(QListWidgetItem(thumb_icon(frame, 72), f"{len(self.captures)}"))
        self.update_state()

    def _give_back_runner(self) -> None:
        if self.runner is None:
            return
        for sig, slot in (
            (self.runner.frame_ready, self._on_frame),
            (self.runner.source_state, self._on_source_state),
            (self.runner.processed, self._on_checked),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                sig.disconnect(slot)
        if self.runner._process == self._check:
            self.runner.set_process(self._saved_process)
        self.runner = None

    def done(self, r: int) -> None:
        self._give_back_runner()
        super().done(r)

    # ---- enroll --------------------------------------------------------------------------
    def enroll(
        self,
        allow_lookalike: bool = False,
        allow_weak: bool = False,
        face_choice: int | None = None,
    ) -> None:
        if self.problems():
            return
        # what the operator already accepted in this dialog stays accepted on a retry
        accepted = getattr(self, "_accepted", {})
        allow_lookalike = allow_lookalike or accepted.get("lookalike", False)
        allow_weak = allow_weak or accepted.get("weak", False)
        self._accepted = {"lookalike": allow_lookalike, "weak": allow_weak}
        name = self.name.text().strip()
        kwargs = dict(
            external_id=self.external_id.text().strip() or None,
            group=self.group.currentText().strip() or None,
            consent=self.consent.isChecked(),
            consent_by=self.consent_by.text().strip() or None,
            allow_lookalike=allow_lookalike,
            allow_weak=allow_weak,
            person_id=getattr(self.person, "id", None),
        )
        if face_choice is not None:
            kwargs["face_choice"] = face_choice
        sources = self.samples()
        self.enroll_button.setEnabled(False)
        self.status.setText(translate("EnrollDialog", "Enrolling..."))
        ops.run_op(
            lambda: self.ctx.enrollment.enroll(name, sources, **kwargs),
            success=self._enrolled,
            failure=self._failed,
            parent=self,
            progress=translate("EnrollDialog", "Enrolling...") if len(sources) > 3 else None,
            changes="people",
            title=translate("EnrollDialog", "Enroll"),
        )

    def pick_face(self, path: Path) -> None:
        """Several faces in the photo: show them numbered and let the operator pick one."""
        ctx = self.ctx

        def detect() -> tuple[Any, list[Any]]:
            from desktop_app.recognition.enrollment import faces_by_size

            image = load_image(path)
            return image, faces_by_size(ctx.enrollment.pipeline.detect_still(image))

        def show(found: tuple[Any, list[Any]]) -> None:
            image, faces = found
            self.face_picker = FacePickDialog(image, faces, self)
            self.face_picker.picked.connect(lambda i: self.enroll(face_choice=i))
            self.face_picker.open()

        ops.run_op(detect, success=show, parent=self, title=translate("EnrollDialog", "Enroll"))

    def add_to_existing(self, person_id: int) -> None:
        """Enroll the photos as more samples of the enrolled person they look like."""

        def found(person: Any) -> None:
            self.person = person
            self.name.setText(person.name)
            self.name.setEnabled(False)
            self.enroll(allow_lookalike=True)  # it is that person: the match is expected

        ops.run_op(
            lambda: self.ctx.db.run(lambda s: People(s).get(person_id)),
            success=found,
            parent=self,
        )

    def _enrolled(self, result: Any) -> None:
        self.enroll_result = result
        n = len(getattr(result, "templates", []) or [])
        name = self.name.text().strip()
        if self.person is not None:
            text = (
                translate("EnrollDialog", "{name} has new samples: 1 sample stored.")
                if n == 1
                else translate("EnrollDialog", "{name} has new samples: {count} samples stored.")
            )
        else:
            text = (
                translate("EnrollDialog", "{name} is enrolled: 1 sample stored.")
                if n == 1
                else translate("EnrollDialog", "{name} is enrolled: {count} samples stored.")
            )
        text = text.format(name=name, count=number_text(n))
        # each refusal names its photo already: by file name, the full path is in the list
        warnings = [
            r.message.replace(r.source, Path(r.source).name)
            for r in (getattr(result, "refused", []) or [])
        ]
        if getattr(result, "weak", None):
            warnings.append(
                translate(
                    "EnrollDialog",
                    "Enrolled from a small photo (weak sample): recognition of {name} is less "
                    "reliable until camera samples are taken (the kiosk and this dialog ask for "
                    "them).",
                ).format(name=name)
            )
        if getattr(result, "replaced_weak", 0):
            text = translate(
                "EnrollDialog", "{done} The small photo was replaced by the camera samples."
            ).format(done=text)
        if self.show_status is not None:
            self.show_status(text, 6000)
        if warnings:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                translate("EnrollDialog", "Enrolled"),
                translate("EnrollDialog", "{done}\n\nNot used:\n{problems}").format(
                    done=text, problems="\n".join(warnings)
                ),
                QMessageBox.StandardButton.Ok,
                self.parentWidget(),
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.update_state()
        if isinstance(exc, WeakPhotoError):
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("EnrollDialog", "Small photo"),
                translate(
                    "EnrollDialog",
                    "This photo is too blurred to enroll normally: it is small or was enlarged "
                    "(an ID photo from a school or HR database?).\n\nYou can enroll it as a "
                    "weak sample: recognition is less reliable until camera samples are taken, "
                    "and the person is asked for them the next time the kiosk or this dialog "
                    "sees them.",
                ),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            weak = box.addButton(
                translate("EnrollDialog", "Enroll as weak sample"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            weak.setObjectName("enrollWeak")
            box.finished.connect(
                lambda _r: self.enroll(allow_weak=True) if box.clickedButton() is weak else None
            )
            box.open()
            self._weak_box = box
            return
        if isinstance(exc, MultipleFacesError) and self.mode == "photos" and len(self.files) == 1:
            self.pick_face(self.files[0])
            return
        if isinstance(exc, LookAlikeError):
            # in the dialog's words: who it looks like and two buttons (no ids, distances or
            # command-line options, which the core's message carries for the CLI)
            names = [n or translate("EnrollDialog", "someone") for _pid, n, _d in exc.matches]
            first = names[0]
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("EnrollDialog", "Looks like someone enrolled"),
                translate(
                    "EnrollDialog",
                    "This face looks like {names}, who is already enrolled.\n\n"
                    "The same person twice? Add these photos to {name}.\nTwo different "
                    "people who look alike (twins, relatives)? Enroll as a different person: "
                    "the app remembers the pair, is stricter between them, and a kiosk asks "
                    "them for their ID number.",
                ).format(names=", ".join(names), name=first),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            add = box.addButton(
                translate("EnrollDialog", "Add to {name}").format(name=first),
                QMessageBox.ButtonRole.AcceptRole,
            )
            anyway = box.addButton(
                translate("EnrollDialog", "Enroll as a different person"),
                QMessageBox.ButtonRole.AcceptRole,
            )

            def chosen(_r: int) -> None:
                if box.clickedButton() is anyway:
                    self.enroll(allow_lookalike=True)
                elif box.clickedButton() is add:
                    self.add_to_existing(exc.person_id)

            box.finished.connect(chosen)
            box.open()
            self._lookalike_box = box
            return
        self.status.setProperty("sticky", True)
        text = ops.error_text(exc)
        for f in self.files:  # a photo by its file name, as in the list (full path: tooltip)
            text = text.replace(str(f), f.name)
        self.status.setText(text)
        if not isinstance(exc, AppError):
            ops.report_error(self, exc, translate("EnrollDialog", "Enroll"))


class FacePickDialog(QDialog):
    """A photo with several faces: each numbered on the picture; a click on a face (or its
    button) picks it."""

    picked = Signal(int)  # index in faces_by_size order (0 = the largest)

    def __init__(self, image: np.ndarray, faces: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EnrollDialog", "Which face?"))
        self.resize(720, 560)
        self.view = view = LiveView()
        view.label_ttl_s = float("inf")
        view.set_frame(image)
        labels = [FaceLabel(as_box(f.box), str(i + 1), "", KNOWN) for i, f in enumerate(faces)]
        view.set_labels(labels)
        view.setCursor(Qt.CursorShape.PointingHandCursor)
        view.clicked_face.connect(lambda label: self._pick(labels.index(label)))
        text = QLabel(
            translate(
                "EnrollDialog",
                "This photo shows {count} faces. Click the face of the person you are "
                "enrolling (or use its button below).",
            ).format(count=number_text(len(faces)))
        )
        text.setWordWrap(True)
        row = QHBoxLayout()
        self.face_buttons: list[QPushButton] = []
        for i in range(len(faces)):
            b = QPushButton(
                translate("EnrollDialog", "Face {number}").format(number=number_text(i + 1))
            )
            b.clicked.connect(lambda _c=False, i=i: self._pick(i))
            row.addWidget(b)
            self.face_buttons.append(b)
        row.addStretch(1)
        cancel = QPushButton(translate("Form", "Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(view, 1)
        layout.addLayout(row)

    def _pick(self, index: int) -> None:
        self.accept()
        self.picked.emit(index)


def quality_words(score: float, ok: bool) -> str:
    """How good the camera picture is for enrolling, in words, as the Identify dialog says how
    sure a match is (``ui.common.match_words``): the quality gate's score, where 0.5 is just
    good enough and 1 comfortably good (``vision.quality``)."""
    if not ok:
        return translate("EnrollDialog", "not good enough yet")
    if score >= 0.9:
        return translate("EnrollDialog", "very good picture")
    if score >= 0.7:
        return translate("EnrollDialog", "good picture")
    return translate("EnrollDialog", "just good enough")
