"""Settings: camera, detection, recognition threshold (by target false-match rate, with the
calibration plot), attendance rules, storage, admin PIN. Saved to the settings TOML file."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCharts import (
    QChart,
    QChartView,
    QLineSeries,
    QLogValueAxis,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.config import save_settings
from desktop_app.errors import ConfigError
from desktop_app.modelzoo import registry
from desktop_app.recognition.calibrate import CONFIRM_REFUSED_SHARE
from desktop_app.recognition.defaults import default_threshold
from desktop_app.recognition.gallery import decision_rule
from desktop_app.security import pin as admin_pin
from desktop_app.ui import admin_gate, cameras, ops
from desktop_app.ui.admin_gate import ensure_admin
from desktop_app.ui.common import chart_theme, operator_name

log = logging.getLogger(__name__)

FMR_CHOICES = [1e-2, 1e-3, 1e-4, 1e-5]
# The target rates in words (same values, same order): what a user gains and pays.
STRICTNESS_WORDS = {
    1e-2: "More lenient: more people recognised first time, more mix-ups",
    1e-3: "Standard",
    1e-4: "Stricter: fewer mix-ups, more people asked to try again",
    1e-5: "Strictest: fewest mix-ups, many people asked to try again",
}
# Where the recognition options are explained (a source checkout or a build with docs/).
RECOGNITION_DOCS = Path(__file__).resolve().parents[3] / "docs" / "recognition.md"
MODES = [
    ("present", "Present (one mark per person)"),
    ("check_in_out", "Check-in / check-out"),
    ("entry", "Entry only"),
    ("exit", "Exit only"),
]


class SettingsPage(QWidget):
    saved = Signal(bool)  # camera_changed

    def __init__(self, ctx: Any, config_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.config_file = config_file
        self.curve: Any = None
        self.calibration: Any = None
        # an embedder switched to (samples re-embedded) that applies at the next start
        self.pending_embedder: str | None = None

        # camera
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.setMinimumWidth(260)
        self.source.addItems(cameras.source_items(cameras.camera_names()))
        self.source.setToolTip(
            "Webcam index (0, 1 ...), a video file, an rtsp:// or http:// URL, "
            "or a folder of images"
        )
        browse_video = QPushButton("Video...")
        browse_video.clicked.connect(self._browse_video)
        browse_folder = QPushButton("Folder...")
        browse_folder.clicked.connect(self._browse_folder)
        src_row = QHBoxLayout()
        src_row.addWidget(self.source, 1)
        src_row.addWidget(browse_video)
        src_row.addWidget(browse_folder)
        self.cam_w = QSpinBox()
        self.cam_w.setRange(160, 3840)
        self.cam_h = QSpinBox()
        self.cam_h.setRange(120, 2160)
        size_row = QHBoxLayout()
        size_row.addWidget(self.cam_w)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.cam_h)
        size_row.addStretch(1)
        self.backend = QComboBox()
        self.backend.setToolTip(
            "How webcams are opened. Automatic uses DirectShow on Windows (Media Foundation "
            "can take seconds to open a camera); pick another if a camera does not open."
        )
        cam = QGroupBox("Camera")
        f = QFormLayout(cam)
        f.addRow("Source", src_row)
        f.addRow("Requested size", size_row)
        f.addRow("Camera backend", self.backend)

        # detection
        self.min_face = QSpinBox()
        self.min_face.setRange(12, 2000)
        self.min_face.setSuffix(" px")
        self.min_face.setToolTip(
            "Smaller faces are ignored. Larger = faster; 40-80 for a desk camera."
        )
        self.detect_every = QSpinBox()
        self.detect_every.setRange(1, 60)
        self.detect_every.setSuffix(" frames")
        self.detect_every.setToolTip(
            "How often the whole picture is searched for new faces; in between, faces "
            "already found are followed (higher = less work for the computer)"
        )
        # The face detector: every registered one, its weight licence next to the choice.
        self.detector_model = QComboBox()
        for name in registry.names("detector"):
            card = registry.get_card(name)
            self.detector_model.addItem(name, name)
            self.detector_model.setItemData(
                self.detector_model.count() - 1, card.description, Qt.ItemDataRole.ToolTipRole
            )
        self.detector_model.setMaximumWidth(280)
        self.detector_model.setToolTip(
            "The method that finds faces in the picture (a restart applies a change)"
        )
        self.detector_model.currentIndexChanged.connect(lambda _i: self._show_licence())
        self.detector_licence = _licence_label("detectorLicence")
        det = QGroupBox("Detection")
        f = QFormLayout(det)
        f.addRow("Face detector", self.detector_model)
        f.addRow(self.detector_licence)
        f.addRow("Smallest face", self.min_face)
        f.addRow("Full detection every", self.detect_every)

        # recognition
        self.by_fmr = QRadioButton("Strictness")
        self.by_fmr.setToolTip(
            "Choose in words how sure the app must be before it marks someone; it measures "
            "the matching setting on your enrolled faces (Measure on my people)"
        )
        self.by_threshold = QRadioButton("Fixed value")
        self.by_threshold.setToolTip(
            "A fixed matching limit (smaller is stricter). Out of the box this is the value "
            "measured for the face model; change it only if you know why"
        )
        self.fmr = QComboBox()
        self.fmr.setObjectName("strictness")
        for v in FMR_CHOICES:
            self.fmr.addItem(STRICTNESS_WORDS[v], v)
            self.fmr.setItemData(
                self.fmr.count() - 1,
                f"About 1 wrong person marked in {round(1 / v):,} check-ins by strangers",
                Qt.ItemDataRole.ToolTipRole,
            )
        self.fmr.setToolTip(
            "Stricter: fewer mix-ups, more people asked to try again. More lenient: the "
            "other way round. Standard suits most schools and offices"
        )
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.2, 1.2)
        self.threshold.setSingleStep(0.01)
        self.threshold.setDecimals(3)
        self.threshold.setToolTip(
            "How different two faces may look and still count as the same person "
            "(smaller = stricter)"
        )
        self.by_fmr.toggled.connect(self._sync_threshold_mode)
        self.fmr.currentIndexChanged.connect(lambda _i: self._mark_threshold())
        self.threshold.valueChanged.connect(lambda _v: self._mark_threshold())
        self.confirm_n = QSpinBox()
        self.confirm_n.setRange(1, 30)
        self.confirm_m = QSpinBox()
        self.confirm_m.setRange(1, 60)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_n)
        confirm_row.addWidget(QLabel("agreeing frames of the last"))
        confirm_row.addWidget(self.confirm_m)
        confirm_row.addStretch(1)
        for box in (self.confirm_n, self.confirm_m):
            box.setToolTip(
                "A person is marked only when this many of the last frames agree on who "
                "it is (more = fewer mistakes, a moment longer in front of the camera)"
            )
        # The embedder: switching re-embeds the stored samples in the background while the
        # current one keeps recognising; the setting changes when all are done.
        self.embedder_model = QComboBox()
        self.embedder_model.setMaximumWidth(280)
        self.embedder_model.currentIndexChanged.connect(lambda _i: self._show_embedder())
        self.embedder_licence = _licence_label("embedderLicence")
        self.switch_embedder_button = QPushButton("Switch and re-embed")
        self.switch_embedder_button.setToolTip(
            "Re-embed every enrolled sample with the chosen model (nobody re-enrolls); "
            "recognition keeps using the current model until it is done"
        )
        self.switch_embedder_button.clicked.connect(self.switch_embedder)
        emb_row = QHBoxLayout()
        emb_row.addWidget(self.embedder_model, 1)
        emb_row.addWidget(self.switch_embedder_button)
        self.embedder_model.setToolTip(
            "The method that turns a face into something comparable; changing it re-reads "
            "every enrolled photo"
        )
        self.help_link = QLabel(
            f'<a href="{QUrl.fromLocalFile(str(RECOGNITION_DOCS)).toString()}">'
            "What does this mean?</a>"
        )
        self.help_link.setObjectName("recognitionHelp")
        self.help_link.setOpenExternalLinks(True)
        self.help_link.setToolTip("Opens the guide to these options (docs/recognition.md)")
        self.help_link.setVisible(RECOGNITION_DOCS.is_file())
        rec = QGroupBox("Recognition")
        f = QFormLayout(rec)
        f.addRow("Face embedder", emb_row)
        f.addRow(self.embedder_licence)
        f.addRow(self.by_fmr, self.fmr)
        f.addRow(self.by_threshold, self.threshold)
        f.addRow("Confirm after", confirm_row)
        self.calibration_note = QLabel()
        self.calibration_note.setWordWrap(True)
        f.addRow(self.calibration_note)
        f.addRow(self.help_link)

        self.chart = QChart()
        self.chart.setTitle("Mix-ups and people asked to retry, by strictness")
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.load_calibration = QPushButton("Measure on my people")
        self.load_calibration.clicked.connect(self.refresh_calibration)
        self.load_calibration.setToolTip(
            "Measure on the enrolled faces what the chosen strictness costs: expected mix-ups "
            "a day and how many people would be asked to try again"
        )
        cal = QGroupBox("What the strictness costs")
        cl = QVBoxLayout(cal)
        cl.addWidget(self.chart_view, 1)
        cl.addWidget(self.load_calibration, 0, Qt.AlignmentFlag.AlignRight)

        # attendance
        self.mode = QComboBox()
        for value, text in MODES:
            self.mode.addItem(text, value)
        self.cooldown = QSpinBox()
        self.cooldown.setRange(0, 86_400)
        self.cooldown.setSuffix(" s")
        self.cooldown.setToolTip("A person is not marked again within this time")
        self.grace = QSpinBox()
        self.grace.setRange(0, 240)
        self.grace.setSuffix(" min before the start")
        self.grace.setToolTip(
            "Someone recognised this long before a session started (before Start was "
            "pressed) counts as present in it"
        )
        self.mode.setToolTip(
            "Present: one mark per person and session. Check-in/out: alternating, for "
            "hours worked. Entry/Exit: a camera at a door that only checks in or out."
        )

        self.outside = QComboBox()
        self.outside.addItem("Mark anyway (check-in)", "check_in")
        self.outside.addItem("Ignore", "ignore")
        self.device = QLineEdit()
        # The GUI's and kiosk's language (ui.language): the system's, or one with a catalogue.
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        self.language.addItem(QCoreApplication.translate("Settings", "System language"), "")
        for code, own_name in i18n.LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setToolTip(QCoreApplication.translate("Settings", "Takes effect on restart"))
        self.outside.setToolTip(
            "What a recognition does when no session of the person's group is running"
        )
        self.device.setToolTip("This computer's name in the reports (which camera marked)")
        att = QGroupBox("Attendance")
        f = QFormLayout(att)
        f.addRow("Mode", self.mode)
        f.addRow("Cooldown", self.cooldown)
        f.addRow("Counts for a session from", self.grace)
        f.addRow("Outside a session", self.outside)
        f.addRow("Device name", self.device)
        f.addRow(QCoreApplication.translate("Settings", "Language"), self.language)

        # storage + admin
        self.data_dir = QLineEdit()
        browse_data = QPushButton("Browse...")
        browse_data.clicked.connect(self._browse_data)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(browse_data)
        self.db_url = QLineEdit()
        self.db_url.setPlaceholderText(
            "empty = SQLite in the data folder; postgresql+psycopg://..."
        )
        self.pin_button = QPushButton("Set admin PIN...")
        self.pin_button.clicked.connect(self.set_pin)
        self.pin_button.setToolTip("Needed to leave kiosk mode and for admin actions there")
        store = QGroupBox("Storage and access")
        f = QFormLayout(store)
        f.addRow("Data folder", data_row)
        f.addRow("Database URL", self.db_url)
        f.addRow("Admin PIN", self.pin_button)
        restart = QLabel(
            "Camera, threshold and attendance rules apply at once; data folder, database and "
            "detection changes after a restart."
        )
        restart.setWordWrap(True)
        restart.setEnabled(False)
        f.addRow(restart)

        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("saveSettings")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(32)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton("Revert")
        self.revert_button.setMinimumHeight(32)
        self.revert_button.clicked.connect(self.load)
        self.status = QLabel()

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        grid.addWidget(cam, 0, 0)
        grid.addWidget(det, 1, 0)
        grid.addWidget(att, 2, 0)
        grid.addWidget(store, 3, 0)
        grid.addWidget(rec, 0, 1, 2, 1)
        grid.addWidget(cal, 2, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(16, 16, 16, 8)
        inner_layout.addLayout(grid)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 4, 16, 12)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        for w in (
            self.min_face,
            self.detect_every,
            self.mode,
            self.cooldown,
            self.grace,
            self.outside,
            self.device,
            self.language,
            self.threshold,
        ):
            w.setMaximumWidth(280)
        self.fmr.setMinimumContentsLength(24)
        self.load()

    # ---- load / save ---------------------------------------------------------------------
    def load(self) -> None:
        s = self.ctx.settings
        items = [self.source.itemText(i) for i in range(self.source.count())]
        self.source.setCurrentText(cameras.item_for_source(items, s.camera.source))
        self.backend.clear()
        choices = cameras.backend_choices()
        if s.camera.backend not in {value for value, _ in choices}:
            choices.append((s.camera.backend, s.camera.backend))  # set for another OS
        for value, label in choices:
            self.backend.addItem(label, value)
        self.backend.setCurrentIndex(self.backend.findData(s.camera.backend))
        self.cam_w.setValue(s.camera.width)
        self.cam_h.setValue(s.camera.height)
        self.min_face.setValue(s.detector.min_face)
        self.detect_every.setValue(s.detector.detect_every)
        r = s.recognition
        self.detector_model.setCurrentIndex(max(0, self.detector_model.findData(r.detector)))
        self._show_licence()
        self.embedder_model.blockSignals(True)
        self.embedder_model.clear()
        for name in self.ctx.models.embedders():
            self.embedder_model.addItem(name, name)
        self.embedder_model.setCurrentIndex(max(0, self.embedder_model.findData(r.embedder)))
        self.embedder_model.blockSignals(False)
        self._show_embedder()
        # the threshold in use (what the gallery is built with), whatever chose it
        self.threshold.setValue(decision_rule(s, r.embedder).threshold)
        if r.target_false_match_rate is not None:
            self.by_fmr.setChecked(True)
            i = self.fmr.findData(r.target_false_match_rate)
            self.fmr.setCurrentIndex(i if i >= 0 else 1)
        else:
            self.by_threshold.setChecked(True)
            self.fmr.setCurrentIndex(1)
        self.confirm_n.setValue(r.confirm_frames)
        self.confirm_m.setValue(r.confirm_window)
        a = s.attendance
        self.mode.setCurrentIndex(max(0, self.mode.findData(a.mode)))
        self.cooldown.setValue(a.cooldown_seconds)
        self.grace.setValue(a.grace_minutes)
        self.outside.setCurrentIndex(max(0, self.outside.findData(a.outside_session)))
        self.device.setText(a.device)
        index = self.language.findData(s.ui.language)
        self.language.setCurrentIndex(max(0, index))
        self.data_dir.setText(str(s.data_dir))
        self.db_url.setText(s.database_url or "")
        self._sync_threshold_mode()
        self.status.setText("")

    def _show_licence(self) -> None:
        """The chosen detector's weight licence; a non-commercial one says so in red."""
        name = self.detector_model.currentData()
        self.detector_licence.setText(self._licence_html(None if name is None else str(name)))

    def _show_embedder(self) -> None:
        name = self.embedder_model.currentData()
        current = self.pending_embedder or self.ctx.settings.recognition.embedder
        self.embedder_licence.setText(self._licence_html(None if name is None else str(name)))
        self.switch_embedder_button.setEnabled(name is not None and name != current)

    def _licence_html(self, name: str | None) -> str:
        if name is None:
            return ""
        card = self.ctx.models.model(name).card
        where = f'(<a href="{card.licence_url}">where the rightsholder says so</a>)'
        if card.commercial_use:
            return f"Weights licence: {html.escape(card.licence)} {where}"
        # the licence text itself says "not for commercial use": shown as a warning
        return f'<span style="color:#c62828"><b>{html.escape(card.licence)}</b></span> {where}'

    def switch_embedder(self) -> None:
        """Re-embed every stored sample with the chosen embedder in the background (progress
        in the status line), then save it as the embedder for the next start."""
        name = self.embedder_model.currentData()
        if name is None or name == self.ctx.settings.recognition.embedder:
            return
        if not ensure_admin(self.ctx, self, "Switching the face model"):
            return
        target = str(name)
        self.switch_embedder_button.setEnabled(False)
        self.embedder_model.setEnabled(False)
        self.status.setText(f"Re-embedding the enrolled samples with {target}...")

        def shown(fraction: float, message: str) -> None:
            self.status.setText(f"Re-embedding with {target}: {fraction:.0%} ({message})")

        def done(report: Any) -> None:
            new = self.ctx.settings.model_copy(
                update={
                    "recognition": self.ctx.settings.recognition.model_copy(
                        update={"embedder": target}
                    )
                }
            )
            self.embedder_model.setEnabled(True)
            try:
                path = save_settings(new, self.config_file)
            except OSError as exc:
                ops.report_error(self, ConfigError(f"Cannot write the settings file: {exc}"))
                return
            # the running app keeps its embedder; a later Save must not write the old one back
            self.pending_embedder = target
            self.status.setText(
                f"{report.done} sample(s) re-embedded with {target}"
                + (f", {len(report.skipped)} without a chip skipped" if report.skipped else "")
                + f"; saved to {path}. Restart the app to recognise with it."
            )

        def failed(exc: BaseException) -> None:
            self.embedder_model.setEnabled(True)
            self._show_embedder()
            self.status.setText("")
            ops.report_error(self, exc, "Switching the face model")

        ops.BackgroundOp(
            lambda progress: self.ctx.reembed_for(target, progress),
            success=done,
            failure=failed,
            parent=self,
            on_progress=shown,
            changes="templates",
            title="Switching the face model",
        ).run()

    def _sync_threshold_mode(self) -> None:
        by_fmr = self.by_fmr.isChecked()
        self.fmr.setEnabled(by_fmr)
        self.threshold.setEnabled(not by_fmr)
        s = self.ctx.settings
        in_use = decision_rule(s, s.recognition.embedder).threshold
        target = s.recognition.target_false_match_rate
        why = (
            f"calibrated for 1 in {round(1 / target):,} false matches"
            if target is not None and s.recognition.threshold is not None
            else "set by hand"
            if s.recognition.threshold is not None
            else "the model's default"
        )
        self.calibration_note.setText(
            f"In use: {in_use:.3f} ({why}); the standard value is "
            f"{default_threshold(s.recognition.embedder):.3f} (smaller = stricter)."
            + (
                " Measure on my people shows what the chosen strictness costs, "
                "then Save applies it."
                if by_fmr
                else ""
            )
        )
        self._mark_threshold()

    def _calibrated_threshold(self) -> float:
        """The threshold for the chosen target rate: the loaded calibration's, or the one in
        use when it was calibrated for the same target (raises ConfigError otherwise)."""
        target = self.fmr.currentData()
        cal = self.calibration
        if cal is not None and cal.target_fmr == target and cal.threshold is not None:
            return round(float(cal.threshold), 4)
        rec = self.ctx.settings.recognition
        if rec.target_false_match_rate == target and rec.threshold is not None:
            return float(rec.threshold)
        raise ConfigError(
            "Press Measure on my people for this strictness first: it measures the setting "
            "on the enrolled faces and shows what it costs; Save then applies it."
        )

    def confirm_costly(self, calibration: Any) -> bool:
        """Ask before applying a threshold expected to refuse many enrolled people."""
        share = getattr(calibration, "refused_share", None)
        if share is None or share <= CONFIRM_REFUSED_SHARE:
            return True
        answer = QMessageBox.question(
            self,
            "Strict threshold",
            f"At this threshold about {share:.0%} of check-ins by enrolled people would be "
            f"refused (more than {CONFIRM_REFUSED_SHARE:.0%}). Apply it anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def build_settings(self) -> Any:
        """A validated copy of the settings with the page's values (raises ConfigError)."""
        s = self.ctx.settings
        try:
            camera = s.camera.model_validate(
                {
                    **s.camera.model_dump(),
                    "source": cameras.source_from_text(self.source.currentText()),
                    "backend": self.backend.currentData() or "auto",
                    "width": self.cam_w.value(),
                    "height": self.cam_h.value(),
                }
            )
            detector = s.detector.model_validate(
                {
                    **s.detector.model_dump(),
                    "min_face": self.min_face.value(),
                    "detect_every": self.detect_every.value(),
                }
            )
            detector_name = str(self.detector_model.currentData() or s.recognition.detector)
            recognition = s.recognition.model_validate(
                {
                    **s.recognition.model_dump(),
                    "detector": detector_name,
                    "embedder": self.pending_embedder or s.recognition.embedder,
                    # the new detector's own landmarker (if any) unless one was set by hand
                    "landmarker": s.recognition.landmarker
                    if detector_name == s.recognition.detector
                    else None,
                    "target_false_match_rate": self.fmr.currentData()
                    if self.by_fmr.isChecked()
                    else None,
                    # a target rate saves the threshold it calibrated to, so the same one is
                    # in use after a restart (the calibration is not re-run at start-up)
                    "threshold": self._calibrated_threshold()
                    if self.by_fmr.isChecked()
                    else round(self.threshold.value(), 3),
                    "confirm_frames": self.confirm_n.value(),
                    "confirm_window": max(self.confirm_m.value(), self.confirm_n.value()),
                }
            )
            attendance = s.attendance.model_validate(
                {
                    **s.attendance.model_dump(),
                    "mode": self.mode.currentData(),
                    "cooldown_seconds": self.cooldown.value(),
                    "grace_minutes": self.grace.value(),
                    "outside_session": self.outside.currentData(),
                    "device": self.device.text().strip() or s.attendance.device,
                }
            )
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
            )
            raise ConfigError(f"Some settings are not valid: {problems}") from exc
        data_dir = Path(self.data_dir.text().strip() or str(s.data_dir)).expanduser()
        return s.model_copy(
            update={
                "camera": camera,
                "detector": detector,
                "recognition": recognition,
                "attendance": attendance,
                "data_dir": data_dir,
                "database_url": self.db_url.text().strip() or None,
                "ui": s.ui.model_copy(update={"language": self.language.currentData() or ""}),
            }
        )

    def save(self) -> None:
        if not ensure_admin(self.ctx, self, "Saving settings"):
            return
        try:
            new = self.build_settings()
            cal = self.calibration
            if (
                self.by_fmr.isChecked()
                and cal is not None
                and new.recognition.threshold != self.ctx.settings.recognition.threshold
                and not self.confirm_costly(cal)
            ):
                self.status.setText("Not saved: the threshold was not applied.")
                return
            path = save_settings(new, self.config_file)
        except (ConfigError, OSError) as exc:
            ops.report_error(
                self,
                exc
                if isinstance(exc, ConfigError)
                else ConfigError(f"Cannot write the settings file: {exc}"),
                "Settings",
            )
            return
        camera_changed = new.camera != self.ctx.settings.camera
        self.ctx.settings = new
        self.status.setText(f"Saved to {path}")
        self._sync_threshold_mode()
        self.saved.emit(camera_changed)

    # ---- browse --------------------------------------------------------------------------
    def _browse_video(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Video file", "", "Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All (*)"
        )
        if name:
            self.source.setCurrentText(name)

    def _browse_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Image folder")
        if name:
            self.source.setCurrentText(name)

    def _browse_data(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Data folder", self.data_dir.text())
        if name:
            self.data_dir.setText(name)

    # ---- calibration plot ---------------------------------------------------------------
    def refresh_calibration(self) -> None:
        ctx = self.ctx
        target = self.fmr.currentData()

        def run() -> Any:
            from desktop_app.recognition.calibrate import calibrate_gallery

            return calibrate_gallery(ctx.gallery, target_fmr=target)

        ops.run_op(
            run,
            success=self.show_calibration,
            parent=self,
            progress="Measuring the threshold curve on the enrolled faces...",
            title="Calibration",
        )

    def show_calibration(self, calibration: Any) -> None:
        """Plot a ``recognition.calibrate.Calibration`` and read off its threshold."""
        self.calibration = calibration
        note = str(getattr(calibration, "note", "") or "")
        thr = getattr(calibration, "threshold", None)
        if thr is not None:
            self.threshold.setValue(float(thr))
            cost = ""
            per_day = getattr(calibration, "expected_false_accepts_per_day", None)
            if per_day is not None:
                cost += (
                    f" Expected false accepts: {per_day:.3g} a day at "
                    f"{calibration.checkins_per_day} check-ins."
                )
            share = getattr(calibration, "refused_share", None)
            if share is not None:
                source = (
                    "measured on your people with several samples"
                    if calibration.refused_source == "gallery"
                    else "estimated from a reference set: enrol more samples per person "
                    "to measure it here"
                )
                cost += f" Enrolled people refused: about {share:.0%} of check-ins ({source})."
                if share > CONFIRM_REFUSED_SHARE:
                    cost += " Saving will ask for a confirmation."
            note = (
                f"For the target rate with {calibration.gallery_size} people: threshold "
                f"{thr:.3f} ({calibration.method}).{cost} " + note
            )
        self.calibration_note.setText(note)
        curve = getattr(calibration, "curve", None)
        if curve is not None:
            self.show_curve(curve.thresholds, curve.search_fmr, curve.false_reject_rate)

    def show_curve(self, thresholds: Any, fmr: Any, fnmr: Any = None) -> None:
        self.curve = (thresholds, fmr, fnmr)
        self.chart.setTheme(chart_theme())
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        ax = QValueAxis()
        ax.setTitleText("threshold (distance + crowding penalty)")
        ax.setRange(float(min(thresholds)), float(max(thresholds)))
        ay = QLogValueAxis()
        ay.setTitleText("rate")
        ay.setBase(10)
        ay.setLabelFormat("%g")
        ay.setRange(1e-6, 1.0)
        self.chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        for values, color, name in (
            (fmr, QColor(220, 60, 60), "false match per check-in"),
            (fnmr, QColor(46, 107, 216), "false reject"),
        ):
            if values is None:
                continue
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(color, 2))
            for t, v in zip(thresholds, values, strict=False):
                series.append(float(t), max(float(v), 1e-6))
            self.chart.addSeries(series)
            series.attachAxis(ax)
            series.attachAxis(ay)
        self.chart.legend().setVisible(True)
        self._mark_threshold()

    def _mark_threshold(self) -> None:
        if self.curve is None:
            return
        for s in self.chart.series():
            if isinstance(s, QScatterSeries):
                self.chart.removeSeries(s)
        marker = QScatterSeries()
        marker.setName("current threshold")
        marker.setMarkerSize(11)
        marker.setColor(QColor(40, 40, 40))
        marker.append(self.threshold.value(), 1e-6)
        self.chart.addSeries(marker)
        for axis in self.chart.axes():
            marker.attachAxis(axis)

    # ---- PIN -----------------------------------------------------------------------------
    def set_pin(self) -> None:
        """Ask for the current PIN (when one is set), the new one twice, then store it (slow
        salted hash, in the database). The core checks the current PIN: an unlocked screen
        is not enough to take the PIN over."""
        current: str | None = None
        if self.ctx.admin.pin_set():
            current, ok = admin_gate.ask_pin(self, "Admin PIN", "Current admin PIN:")
            if not ok:
                return
        pin, ok = admin_gate.ask_pin(self, "Admin PIN", "New admin PIN:")
        if not ok:
            return
        again, ok = admin_gate.ask_pin(self, "Admin PIN", "The same PIN again:")
        if ok:
            self.store_pin(pin, again, current=current)

    def store_pin(self, pin: str, again: str, *, current: str | None = None) -> None:
        if pin != again:
            ops.report_error(
                self, ConfigError("The two PINs differ; nothing was changed."), "Admin PIN"
            )
            return
        db, actor = self.ctx.db, operator_name()
        ops.run_op(
            lambda: admin_pin.set_pin(db, pin, current=current, actor=actor),
            parent=self,
            title="Admin PIN",
            success=lambda _r: self.status.setText("The admin PIN was set."),
        )


def _licence_label(object_name: str) -> QLabel:
    """The line under a model choice that shows its weights' licence (with a link)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    return label
