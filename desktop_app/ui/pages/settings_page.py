"""Settings: camera, detection, recognition threshold (by target false-match rate, with the
calibration plot), attendance rules, storage, admin PIN. Saved to the settings TOML file."""

from __future__ import annotations

import html
import logging
import zoneinfo
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
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMargins, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.attendance import rules
from desktop_app.config import DEFAULT_EMBEDDER, save_settings
from desktop_app.errors import AppError, ConfigError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.modelzoo import registry
from desktop_app.recognition.calibrate import CONFIRM_REFUSED_SHARE, MIN_SCORES
from desktop_app.recognition.defaults import default_threshold
from desktop_app.recognition.gallery import decision_rule
from desktop_app.security import pin as admin_pin
from desktop_app.ui import admin_gate, cameras, ops
from desktop_app.ui.admin_gate import ensure_admin
from desktop_app.ui.common import chart_theme, number_text, operator_name, percent_text

log = logging.getLogger(__name__)

# The page's texts, in the installed language (lupdate reads the literal context "Settings");
# table entries are marked where defined and translated where shown (``_t``).
translate = QCoreApplication.translate


def _t(text: str) -> str:
    return translate("Settings", text)


FMR_CHOICES = [1e-2, 1e-3, 1e-4, 1e-5]
# The target rates in words (same values, same order): what a user gains and pays.
STRICTNESS_WORDS = {
    1e-2: QT_TRANSLATE_NOOP(
        "Settings", "More lenient: more people recognised first time, more mix-ups"
    ),
    1e-3: QT_TRANSLATE_NOOP("Settings", "Standard"),
    1e-4: QT_TRANSLATE_NOOP("Settings", "Stricter: fewer mix-ups, more people asked to try again"),
    1e-5: QT_TRANSLATE_NOOP(
        "Settings", "Strictest: fewest mix-ups, many people asked to try again"
    ),
}
# how a calibration found its threshold (recognition.calibrate.Calibration.method)
METHOD_WORDS = {
    "empirical": QT_TRANSLATE_NOOP("Settings", "measured"),
    "extrapolated": QT_TRANSLATE_NOOP("Settings", "extrapolated"),
}
# Where the recognition options are explained (a source checkout or a build with docs/).
RECOGNITION_DOCS = Path(__file__).resolve().parents[3] / "docs" / "recognition.md"
MODES = [
    ("present", QT_TRANSLATE_NOOP("Settings", "Present (one mark per person)")),
    ("check_in_out", QT_TRANSLATE_NOOP("Settings", "Check-in / check-out")),
    ("entry", QT_TRANSLATE_NOOP("Settings", "Entry only")),
    ("exit", QT_TRANSLATE_NOOP("Settings", "Exit only")),
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
            translate(
                "Settings",
                "Webcam index (0, 1 ...), a video file, an rtsp:// or http:// URL, "
                "or a folder of images",
            )
        )
        browse_video = QPushButton(translate("Settings", "Video..."))
        browse_video.clicked.connect(self._browse_video)
        browse_folder = QPushButton(translate("Settings", "Folder..."))
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
            translate(
                "Settings",
                "How webcams are opened. Automatic uses DirectShow on Windows (Media Foundation "
                "can take seconds to open a camera); pick another if a camera does not open.",
            )
        )
        cam = QGroupBox(translate("Settings", "Camera"))
        f = QFormLayout(cam)
        f.addRow(translate("Settings", "Source"), src_row)
        f.addRow(translate("Settings", "Requested size"), size_row)
        f.addRow(translate("Settings", "Camera backend"), self.backend)

        # detection
        self.min_face = QSpinBox()
        self.min_face.setRange(12, 2000)
        self.min_face.setSuffix(" px")
        self.min_face.setToolTip(
            translate(
                "Settings", "Smaller faces are ignored. Larger = faster; 40-80 for a desk camera."
            )
        )
        self.detect_every = QSpinBox()
        self.detect_every.setRange(1, 60)
        self.detect_every.setSuffix(" " + translate("Settings", "frames"))
        self.detect_every.setToolTip(
            translate(
                "Settings",
                "How often the whole picture is searched for new faces; in between, faces "
                "already found are followed (higher = less work for the computer)",
            )
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
            translate(
                "Settings",
                "The method that finds faces in the picture (a restart applies a change)",
            )
        )
        self.detector_model.currentIndexChanged.connect(lambda _i: self._show_licence())
        self.detector_licence = _licence_label("detectorLicence")
        det = QGroupBox(translate("Settings", "Detection"))
        f = QFormLayout(det)
        f.addRow(translate("Settings", "Face detector"), self.detector_model)
        f.addRow(self.detector_licence)
        f.addRow(translate("Settings", "Smallest face"), self.min_face)
        f.addRow(translate("Settings", "Full detection every"), self.detect_every)

        # recognition
        self.by_fmr = QRadioButton(translate("Settings", "Strictness"))
        self.by_fmr.setToolTip(
            translate(
                "Settings",
                "Choose in words how sure the app must be before it marks someone; it measures "
                "the matching setting on your enrolled faces (Measure on my people)",
            )
        )
        self.by_threshold = QRadioButton(translate("Settings", "Fixed value"))
        self.by_threshold.setToolTip(
            translate(
                "Settings",
                "A fixed matching limit (smaller is stricter). Out of the box this is the value "
                "measured for the face model; change it only if you know why",
            )
        )
        self.fmr = QComboBox()
        self.fmr.setObjectName("strictness")
        for v in FMR_CHOICES:
            self.fmr.addItem(_t(STRICTNESS_WORDS[v]), v)
            self.fmr.setItemData(
                self.fmr.count() - 1,
                translate(
                    "Settings", "About 1 wrong person marked in {count} check-ins by strangers"
                ).format(count=number_text(round(1 / v))),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.fmr.setToolTip(
            translate(
                "Settings",
                "Stricter: fewer mix-ups, more people asked to try again. More lenient: the "
                "other way round. Standard suits most schools and offices",
            )
        )
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.2, 1.2)
        self.threshold.setSingleStep(0.01)
        self.threshold.setDecimals(3)
        self.threshold.setToolTip(
            translate(
                "Settings",
                "How different two faces may look and still count as the same person "
                "(smaller = stricter)",
            )
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
        confirm_row.addWidget(QLabel(translate("Settings", "agreeing frames of the last")))
        confirm_row.addWidget(self.confirm_m)
        confirm_row.addStretch(1)
        for box in (self.confirm_n, self.confirm_m):
            box.setToolTip(
                translate(
                    "Settings",
                    "A person is marked only when this many of the last frames agree on who "
                    "it is (more = fewer mistakes, a moment longer in front of the camera)",
                )
            )
        # The embedder: switching re-embeds the stored samples in the background while the
        # current one keeps recognising; the setting changes when all are done.
        self.embedder_model = QComboBox()
        self.embedder_model.setMaximumWidth(280)
        self.embedder_model.currentIndexChanged.connect(lambda _i: self._show_embedder())
        self.embedder_licence = _licence_label("embedderLicence")
        self.switch_embedder_button = QPushButton(translate("Settings", "Switch and re-embed"))
        self.switch_embedder_button.setToolTip(
            translate(
                "Settings",
                "Re-embed every enrolled sample with the chosen model (nobody re-enrolls); "
                "recognition keeps using the current model until it is done",
            )
        )
        self.switch_embedder_button.clicked.connect(self.switch_embedder)
        emb_row = QHBoxLayout()
        emb_row.addWidget(self.embedder_model, 1)
        emb_row.addWidget(self.switch_embedder_button)
        self.embedder_model.setToolTip(
            translate(
                "Settings",
                "The method that turns a face into something comparable; changing it re-reads "
                "every enrolled photo",
            )
        )
        self.help_link = QLabel(
            f'<a href="{QUrl.fromLocalFile(str(RECOGNITION_DOCS)).toString()}">'
            + html.escape(translate("Settings", "What does this mean?"))
            + "</a>"
        )
        self.help_link.setObjectName("recognitionHelp")
        self.help_link.setOpenExternalLinks(True)
        self.help_link.setToolTip(
            translate("Settings", "Opens the guide to these options (docs/recognition.md)")
        )
        self.help_link.setVisible(RECOGNITION_DOCS.is_file())
        rec = QGroupBox(translate("Settings", "Recognition"))
        f = QFormLayout(rec)
        f.addRow(translate("Settings", "Face embedder"), emb_row)
        f.addRow(self.embedder_licence)
        # a gallery enrolled before the default model changed keeps its model until switched
        self.better_embedder = QLabel()
        self.better_embedder.setObjectName("betterEmbedder")
        self.better_embedder.setWordWrap(True)
        f.addRow(self.better_embedder)
        f.addRow(self.by_fmr, self.fmr)
        f.addRow(self.by_threshold, self.threshold)
        f.addRow(translate("Settings", "Confirm after"), confirm_row)
        self.calibration_note = QLabel()
        self.calibration_note.setWordWrap(True)
        f.addRow(self.calibration_note)
        f.addRow(self.help_link)

        self.chart = QChart()
        self.chart.setTitle(
            translate("Settings", "Mix-ups and people asked to retry, by strictness")
        )
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        # its width follows the column, never its title's length (German would widen the page)
        self.chart_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.load_calibration = QPushButton(translate("Settings", "Measure on my people"))
        self.load_calibration.clicked.connect(self.refresh_calibration)
        measure = translate(
            "Settings",
            "Measure on the enrolled faces what the chosen strictness costs: expected "
            "mix-ups a day and how many people would be asked to try again",
        )
        self.load_calibration.setToolTip(measure)
        # until something is measured the chart would be an empty white box: a note on it
        # says what the button below puts there (on top of the view, outside any layout, so
        # the page keeps its proportions)
        self.chart_hint = QLabel(f"{measure} ({self.load_calibration.text()}).", self.chart_view)
        self.chart_hint.setObjectName("chartHint")
        self.chart_hint.setWordWrap(True)
        self.chart_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_view.installEventFilter(self)
        cal = QGroupBox(translate("Settings", "What the strictness costs"))
        cl = QVBoxLayout(cal)
        cl.addWidget(self.chart_view, 1)
        cl.addWidget(self.load_calibration, 0, Qt.AlignmentFlag.AlignRight)

        # attendance
        self.mode = QComboBox()
        for value, text in MODES:
            self.mode.addItem(_t(text), value)
        self.cooldown = QSpinBox()
        self.cooldown.setRange(0, 86_400)
        self.cooldown.setSuffix(" s")
        self.cooldown.setToolTip(
            translate("Settings", "A person is not marked again within this time")
        )
        self.grace = QSpinBox()
        self.grace.setRange(0, 240)
        self.grace.setSuffix(" " + translate("Settings", "min before the start"))
        self.grace.setToolTip(
            translate(
                "Settings",
                "Someone recognised this long before a session started (before Start was "
                "pressed) counts as present in it",
            )
        )
        self.mode.setToolTip(
            translate(
                "Settings",
                "Present: one mark per person and session. Check-in/out: alternating, for "
                "hours worked. Entry/Exit: a camera at a door that only checks in or out.",
            )
        )

        self.outside = QComboBox()
        self.outside.addItem(translate("Settings", "Mark anyway (check-in)"), "check_in")
        self.outside.addItem(translate("Settings", "Ignore"), "ignore")
        self.device = QLineEdit()
        self.zone = zone_box()
        # The GUI's and kiosk's language (ui.language): the system's, or one with a catalogue.
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        self.language.addItem(QCoreApplication.translate("Settings", "System language"), "")
        for code, own_name in i18n.LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setToolTip(QCoreApplication.translate("Settings", "Takes effect on restart"))
        self.outside.setToolTip(
            translate(
                "Settings",
                "What a recognition does when no session of the person's group is running",
            )
        )
        self.device.setToolTip(
            translate("Settings", "This computer's name in the reports (which camera marked)")
        )
        att = QGroupBox(translate("Settings", "Attendance"))
        f = QFormLayout(att)
        f.addRow(translate("Settings", "Mode"), self.mode)
        f.addRow(translate("Settings", "Cooldown"), self.cooldown)
        f.addRow(translate("Settings", "Counts for a session from"), self.grace)
        f.addRow(translate("Settings", "Outside a session"), self.outside)
        f.addRow(translate("Settings", "Device name"), self.device)
        f.addRow(translate("Settings", "Time zone"), self.zone)
        f.addRow(QCoreApplication.translate("Settings", "Language"), self.language)

        # storage + admin
        self.data_dir = QLineEdit()
        browse_data = QPushButton(translate("Settings", "Browse..."))
        browse_data.clicked.connect(self._browse_data)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(browse_data)
        self.db_url = QLineEdit()
        self.db_url.setPlaceholderText(
            translate("Settings", "empty = SQLite in the data folder; postgresql+psycopg://...")
        )
        self.pin_button = QPushButton(translate("Settings", "Set admin PIN..."))
        self.pin_button.clicked.connect(self.set_pin)
        self.pin_button.setToolTip(
            translate("Settings", "Needed to leave kiosk mode and for admin actions there")
        )
        store = QGroupBox(translate("Settings", "Storage and access"))
        f = QFormLayout(store)
        f.addRow(translate("Settings", "Data folder"), data_row)
        f.addRow(translate("Settings", "Database URL"), self.db_url)
        f.addRow(translate("Settings", "Admin PIN"), self.pin_button)
        self.store_form = f  # the window adds the backup buttons (add_backup_buttons)
        restart = QLabel(
            translate(
                "Settings",
                "Camera, threshold and attendance rules apply at once; data folder, database "
                "and detection changes after a restart.",
            )
        )
        restart.setWordWrap(True)
        restart.setEnabled(False)
        f.addRow(restart)

        self.save_button = QPushButton(translate("Settings", "Save"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(32)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(translate("Settings", "Revert"))
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
            self.zone,
            self.language,
            self.threshold,
        ):
            w.setMaximumWidth(280)
        # long strictness words (German) must not widen the page: the list shows them whole
        self.fmr.setMinimumContentsLength(24)
        self.fmr.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.fmr.setMinimumWidth(self.fmr.sizeHint().width())  # else the longest item's
        self.fmr.setMaximumWidth(340)  # a layout asks for its minimumSizeHint, the longest
        self.load()

    def add_backup_buttons(self, backup: QAction, restore: QAction) -> None:
        """ "Back up..." and "Restore..." beside the data settings: the window's actions (the
        File menu's), so both places ask for the admin PIN and open the same dialogs."""
        row = QHBoxLayout()
        self.backup_buttons: list[QPushButton] = []
        for action in (backup, restore):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(lambda _c=False, a=action: a.trigger())
            row.addWidget(button)
            self.backup_buttons.append(button)
        row.addStretch(1)
        self.store_form.insertRow(
            self.store_form.rowCount() - 1, translate("Settings", "Backups"), row
        )

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
        self.zone.setCurrentIndex(self.zone.findData(a.timezone or ""))
        if self.zone.currentIndex() < 0:  # a name this computer's zone list lacks: shown as is
            self.zone.setEditText(a.timezone or "")
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
        self.better_embedder.setText(
            ""
            if current == DEFAULT_EMBEDDER
            else translate(
                "Settings",
                "A more accurate face model is available: {model}, the default for new "
                "installs. Choose it and Switch and re-embed: everyone is re-embedded from "
                "their stored photos, nobody enrolls again.",
            ).format(model=DEFAULT_EMBEDDER)
        )

    def _licence_html(self, name: str | None) -> str:
        if name is None:
            return ""
        card = self.ctx.models.model(name).card
        where = translate("Settings", '(<a href="{url}">where the rightsholder says so</a>)')
        where = where.format(url=html.escape(card.licence_url))
        if card.commercial_use:
            return translate("Settings", "Weights licence: {licence} {where}").format(
                licence=html.escape(card.licence), where=where
            )
        # the licence text itself says "not for commercial use": shown as a warning
        return f'<span style="color:#c62828"><b>{html.escape(card.licence)}</b></span> {where}'

    def switch_embedder(self) -> None:
        """Re-embed every stored sample with the chosen embedder in the background (progress
        in the status line), then save it as the embedder for the next start."""
        name = self.embedder_model.currentData()
        if name is None or name == self.ctx.settings.recognition.embedder:
            return
        if not ensure_admin(self.ctx, self, _t(SWITCHING)):
            return
        target = str(name)
        self.switch_embedder_button.setEnabled(False)
        self.embedder_model.setEnabled(False)
        self.status.setText(
            translate("Settings", "Re-embedding the enrolled samples with {model}...").format(
                model=target
            )
        )

        def shown(fraction: float, message: str) -> None:
            self.status.setText(
                translate("Settings", "Re-embedding with {model}: {percent} ({step})").format(
                    model=target, percent=percent_text(fraction), step=message
                )
            )

        def done(report: Any) -> None:
            new = self.ctx.settings.model_copy(
                update={
                    # a threshold typed or calibrated for the old model is on its scale
                    "recognition": self.ctx.settings.recognition.model_copy(
                        update={
                            "embedder": target,
                            "threshold": None,
                            "target_false_match_rate": None,
                        }
                    )
                }
            )
            self.embedder_model.setEnabled(True)
            try:
                path = save_settings(new, self.config_file)
            except OSError as exc:
                ops.report_error(self, ConfigError(cannot_write(exc)))
                return
            # the running app keeps its embedder; a later Save must not write the old one back
            self.pending_embedder = target
            self._show_embedder()
            sentences = [
                translate("Settings", "Samples re-embedded with {model}: {count}.").format(
                    model=target, count=number_text(report.done)
                )
            ]
            if report.skipped:
                sentences.append(
                    translate("Settings", "Skipped (no face chip stored): {count}.").format(
                        count=number_text(len(report.skipped))
                    )
                )
            sentences.append(
                translate(
                    "Settings", "Saved to {path}. Restart the app to recognise with it."
                ).format(path=path)
            )
            self.status.setText(" ".join(sentences))

        def failed(exc: BaseException) -> None:
            self.embedder_model.setEnabled(True)
            self._show_embedder()
            self.status.setText("")
            ops.report_error(self, exc, _t(SWITCHING))

        ops.BackgroundOp(
            lambda progress: self.ctx.reembed_for(target, progress),
            success=done,
            failure=failed,
            parent=self,
            on_progress=shown,
            changes="templates",
            title=_t(SWITCHING),
        ).run()

    def _sync_threshold_mode(self) -> None:
        by_fmr = self.by_fmr.isChecked()
        self.fmr.setEnabled(by_fmr)
        self.threshold.setEnabled(not by_fmr)
        s = self.ctx.settings
        in_use = decision_rule(s, s.recognition.embedder).threshold
        target = s.recognition.target_false_match_rate
        if target is not None and s.recognition.threshold is not None:
            why = translate("Settings", "calibrated for 1 in {count} false matches").format(
                count=number_text(round(1 / target))
            )
        elif s.recognition.threshold is not None:
            why = translate("Settings", "set by hand")
        else:
            why = translate("Settings", "the model's default")
        note = translate(
            "Settings",
            "In use: {value} ({why}); the standard value is {standard} (smaller = stricter).",
        ).format(
            value=number_text(in_use, 3),
            why=why,
            standard=number_text(default_threshold(s.recognition.embedder), 3),
        )
        if by_fmr:
            note += " " + translate(
                "Settings",
                "Measure on my people shows what the chosen strictness costs, then Save "
                "applies it.",
            )
        self.calibration_note.setText(note)
        self._mark_threshold()

    def _threshold_to_save(self) -> float | None:
        """None (the model's own rule) after a model switch, or when the fixed value shown is
        the model's default untouched; else the calibrated or typed threshold."""
        if self.pending_embedder is not None:
            return None  # the page's values are on the old model's scale
        if self.by_fmr.isChecked():
            return self._calibrated_threshold()
        value = round(self.threshold.value(), 3)
        s = self.ctx.settings
        untouched = value == round(decision_rule(s, s.recognition.embedder).threshold, 3)
        return None if untouched and s.recognition.threshold is None else value

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
            translate(
                "Settings",
                "Press Measure on my people for this strictness first: it measures the "
                "setting on the enrolled faces and shows what it costs; Save then applies it.",
            )
        )

    def confirm_costly(self, calibration: Any) -> bool:
        """Ask before applying a threshold expected to refuse many enrolled people."""
        share = getattr(calibration, "refused_share", None)
        if share is None or share <= CONFIRM_REFUSED_SHARE:
            return True
        answer = QMessageBox.question(
            self,
            translate("Settings", "Strict threshold"),
            translate(
                "Settings",
                "At this threshold about {share} of check-ins by enrolled people would be "
                "refused (more than {limit}). Apply it anyway?",
            ).format(share=percent_text(share), limit=percent_text(CONFIRM_REFUSED_SHARE)),
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
                    if self.by_fmr.isChecked() and self.pending_embedder is None
                    else None,
                    # a target rate saves the threshold it calibrated to, so the same one is
                    # in use after a restart (the calibration is not re-run at start-up)
                    "threshold": self._threshold_to_save(),
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
                    "timezone": chosen_zone(self.zone),
                }
            )
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
            )
            raise ConfigError(
                translate("Settings", "Some settings are not valid: {problems}").format(
                    problems=problems
                )
            ) from exc
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
        if not ensure_admin(self.ctx, self, translate("Settings", "Saving settings")):
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
                self.status.setText(
                    translate("Settings", "Not saved: the threshold was not applied.")
                )
                return
            path = save_settings(new, self.config_file)
        except (ConfigError, OSError) as exc:
            ops.report_error(
                self,
                exc if isinstance(exc, ConfigError) else ConfigError(cannot_write(exc)),
                translate("Settings", "Settings"),
            )
            return
        camera_changed = new.camera != self.ctx.settings.camera
        language_changed = new.ui.language != self.ctx.settings.ui.language
        self.ctx.settings = new
        saved = translate("Settings", "Saved to {path}").format(path=path)
        if language_changed:  # the window's texts are built in the language it started with
            saved = translate(
                "Settings", "{saved}. The new language is used when the app is started again."
            ).format(saved=saved)
        self.status.setText(saved)
        self._sync_threshold_mode()
        self.saved.emit(camera_changed)

    # ---- browse --------------------------------------------------------------------------
    def _browse_video(self) -> None:
        videos = translate("Settings", "Videos ({patterns})").format(
            patterns="*.mp4 *.avi *.mkv *.mov *.webm"
        )
        every_file = translate("Settings", "All files (*)")
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("Settings", "Video file"),
            "",
            f"{videos};;{every_file}",
        )
        if name:
            self.source.setCurrentText(name)

    def _browse_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, translate("Settings", "Image folder"))
        if name:
            self.source.setCurrentText(name)

    def _browse_data(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, translate("Settings", "Data folder"), self.data_dir.text()
        )
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
            progress=translate(
                "Settings", "Measuring the threshold curve on the enrolled faces..."
            ),
            title=translate("Settings", "Calibration"),
        )

    def show_calibration(self, calibration: Any) -> None:
        """Plot a ``recognition.calibrate.Calibration`` and read off its threshold."""
        self.calibration = calibration
        thr = getattr(calibration, "threshold", None)
        sentences = []
        if thr is not None:
            self.threshold.setValue(float(thr))
            method = calibration.method
            sentences.append(
                translate(
                    "Settings",
                    "For the target rate with {people} people: threshold {threshold} ({method}).",
                ).format(
                    people=number_text(calibration.gallery_size),
                    threshold=number_text(thr, 3),
                    method=_t(METHOD_WORDS[method]) if method in METHOD_WORDS else method,
                )
            )
            per_day = getattr(calibration, "expected_false_accepts_per_day", None)
            if per_day is not None:
                sentences.append(
                    translate(
                        "Settings", "Expected false accepts: {count} a day at {checkins} check-ins."
                    ).format(
                        count=_significant(per_day),
                        checkins=number_text(calibration.checkins_per_day),
                    )
                )
            share = getattr(calibration, "refused_share", None)
            if share is not None:
                source = (
                    translate("Settings", "measured on your people with several samples")
                    if calibration.refused_source == "gallery"
                    else translate(
                        "Settings",
                        "estimated from a reference set: enrol more samples per person "
                        "to measure it here",
                    )
                )
                sentences.append(
                    translate(
                        "Settings",
                        "Enrolled people refused: about {share} of check-ins ({source}).",
                    ).format(share=percent_text(share), source=source)
                )
                if share > CONFIRM_REFUSED_SHARE:
                    sentences.append(translate("Settings", "Saving will ask for a confirmation."))
        sentences.append(calibration_method_note(calibration))
        self.calibration_note.setText(" ".join(x for x in sentences if x))
        curve = getattr(calibration, "curve", None)
        if curve is not None:
            self.show_curve(curve.thresholds, curve.search_fmr, curve.false_reject_rate)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.chart_view and event.type() == QEvent.Type.Resize:
            margin = 24
            self.chart_hint.setGeometry(self.chart_view.rect().adjusted(margin, 0, -margin, 0))
        return super().eventFilter(watched, event)

    def show_curve(self, thresholds: Any, fmr: Any, fnmr: Any = None) -> None:
        self.curve = (thresholds, fmr, fnmr)
        self.chart_hint.hide()
        self.chart.setTheme(chart_theme())
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        ax = QValueAxis()
        ax.setTitleText(translate("Settings", "threshold (distance + crowding penalty)"))
        ax.setRange(float(min(thresholds)), float(max(thresholds)))
        ay = QLogValueAxis()
        ay.setTitleText(translate("Settings", "rate"))
        ay.setBase(10)
        ay.setLabelFormat("%g")
        ay.setRange(1e-6, 1.0)
        self.chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        for values, color, name in (
            (fmr, QColor(220, 60, 60), translate("Settings", "false match per check-in")),
            (fnmr, QColor(46, 107, 216), translate("Settings", "false reject")),
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
        marker.setName(translate("Settings", "current threshold"))
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
        title = translate("Settings", "Admin PIN")
        try:  # off the GUI thread: a locked database never freezes the window
            has_pin = ops.wait_for(
                self.ctx.admin.pin_set,
                parent=self,
                progress=translate("AdminGate", "Checking the admin PIN..."),
            )
        except AppError as exc:
            ops.report_error(self, exc, title)
            return
        if has_pin:
            current, ok = admin_gate.ask_pin(
                self, title, translate("Settings", "Current admin PIN:")
            )
            if not ok:
                return
        pin, ok = admin_gate.ask_pin(self, title, translate("Settings", "New admin PIN:"))
        if not ok:
            return
        again, ok = admin_gate.ask_pin(self, title, translate("Settings", "The same PIN again:"))
        if ok:
            self.store_pin(pin, again, current=current)

    def store_pin(self, pin: str, again: str, *, current: str | None = None) -> None:
        if pin != again:
            ops.report_error(
                self,
                ConfigError(translate("Settings", "The two PINs differ; nothing was changed.")),
                translate("Settings", "Admin PIN"),
            )
            return
        db, actor = self.ctx.db, operator_name()
        ops.run_op(
            lambda: admin_pin.set_pin(db, pin, current=current, actor=actor),
            parent=self,
            title=translate("Settings", "Admin PIN"),
            operator_waits=True,
            success=lambda _r: self.status.setText(translate("Settings", "The admin PIN was set.")),
        )


SWITCHING = QT_TRANSLATE_NOOP("Settings", "Switching the face model")


# The zone list: the IANA "Region/City" names (not the old aliases such as "US/Eastern",
# which can still be typed) and UTC.
_REGIONS = {
    "Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian",
    "Pacific",
}  # fmt: skip


def zone_box() -> QComboBox:
    """attendance.timezone: this computer's zone (saved as no name), or an IANA zone picked or
    typed ("berlin" finds Europe/Berlin)."""
    box = QComboBox()
    box.setObjectName("attendanceTimezone")
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # the page's layout must not ask for its longest name's width; the list shows names whole
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(24)
    own = rules.resolve_zone(None)
    box.addItem(
        translate("Settings", "This computer's zone ({zone})").format(
            zone=getattr(own, "key", None) or str(own)
        ),
        "",
    )
    names = sorted(n for n in zoneinfo.available_timezones() if n.split("/")[0] in _REGIONS)
    for name in ["UTC", *names]:
        box.addItem(name, name)
    completer = box.completer()
    if completer is not None:  # a list of the names containing what was typed
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    box.setToolTip(
        translate(
            "Settings",
            "The school's time zone: every time in the app, the reports and the command line "
            "is in it. Keep this computer's zone unless the computer is set to another one.",
        )
    )
    return box


def chosen_zone(box: QComboBox) -> str | None:
    """The zone name to save (None: this computer's); an unknown name raises ConfigError."""
    text = box.currentText().strip()
    if not text or text == box.itemText(0):
        return None
    listed = box.findData(text, flags=Qt.MatchFlag.MatchFixedString)  # "europe/berlin" too
    if listed > 0:
        return str(box.itemData(listed))
    # a city's name ("berlin", "new york"), or what only one listed zone contains ("berl"):
    # what the list shows when it shows one zone
    typed = text.casefold().replace(" ", "_")
    names = [str(box.itemData(i)) for i in range(1, box.count())]
    for found in (
        [n for n in names if n.rsplit("/", 1)[-1].casefold() == typed],
        [n for n in names if typed in n.casefold()],
    ):
        if len(found) == 1:
            return found[0]
    try:
        rules.resolve_zone(text)
    except ConfigError:
        raise ConfigError(
            translate(
                "Settings", "Unknown time zone {name}. Choose one from the list, e.g. {example}."
            ).format(name=text, example="Europe/Berlin")
        ) from None
    return text


def cannot_write(exc: BaseException) -> str:
    return translate("Settings", "Cannot write the settings file: {error}").format(error=exc)


def _significant(value: float) -> str:
    """A small rate with three significant digits ("0.0123", "1.5e-05" as Python writes it),
    in the locale's decimal sign."""
    text = f"{value:.3g}"
    return text.replace(".", QLocale().decimalPoint()) if i18n.format_locale() else text


def calibration_method_note(calibration: Any) -> str:
    """How the calibration got its threshold, in words (recognition.calibrate's ``note``
    says the same for the command line, in English)."""
    method = getattr(calibration, "method", "")
    scores = number_text(getattr(calibration, "impostor_scores", 0))
    if method == "insufficient":
        return translate(
            "Settings",
            "Too little data: {people} people and {scores} impostor scores (need at least 2 "
            "people and {needed} scores). Enrol more people, then calibrate again; until "
            "then the model's default threshold is used.",
        ).format(
            people=number_text(getattr(calibration, "people", 0)),
            scores=scores,
            needed=number_text(MIN_SCORES),
        )
    if method == "empirical":
        below = int(calibration.per_comparison_fmr * calibration.impostor_scores)
        return translate(
            "Settings", "Measured: {below} of {scores} impostor scores lie below the threshold."
        ).format(below=number_text(below), scores=scores)
    if method == "extrapolated":
        return translate(
            "Settings",
            "Extrapolated from the lowest of {scores} impostor scores (conservative). Enrol "
            "more people for a measured value.",
        ).format(scores=scores)
    return str(getattr(calibration, "note", "") or "")


def _licence_label(object_name: str) -> QLabel:
    """The line under a model choice that shows its weights' licence (with a link)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    return label
