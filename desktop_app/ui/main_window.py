"""The main window: navigation, the frame runner, services coming online, the status bar.

It owns one :class:`FrameRunner` (capture + inference threads) and wires the core services
through the ``AppContext``. Pages observe the core (through ops and ``ops.hub.changed``);
none of them reaches back into the window except through the actions it hands them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import html
import logging
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop_app.attendance import rules
from desktop_app.attendance.live import LiveFrame, LiveLoop, Marked, SecondFactorRequired
from desktop_app.attendance.second_factor import request_text
from desktop_app.config import Settings
from desktop_app.errors import AppError
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.storage.db import describe
from desktop_app.storage.repositories import Events, People
from desktop_app.ui import ops
from desktop_app.ui.admin_gate import ADMIN_PAGES, ensure_admin
from desktop_app.ui.common import (
    display_zone,
    local,
    local_today,
    operator_name,
    set_display_zone,
    time_text,
    ui_direction_line,
)
from desktop_app.ui.live_page import LivePage
from desktop_app.ui.maintenance import RetentionScheduler
from desktop_app.ui.resources import icon
from desktop_app.ui.workers import FrameRunner, Processed
from desktop_app.vision.frames import FrameSource

log = logging.getLogger(__name__)

# (key, English title, icon); the title is shown through page_title() in the user's language.
PAGES = [
    ("live", QT_TRANSLATE_NOOP("MainWindow", "Live"), "live"),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People"), "people"),
    ("attendance", QT_TRANSLATE_NOOP("MainWindow", "Attendance"), "attendance"),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), "reports"),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings"),
]


def _t(text: str) -> str:
    """A string already marked for lupdate in the "MainWindow" context, translated."""
    return QCoreApplication.translate("MainWindow", text)


def page_title(key: str) -> str:
    return next(_t(title) for k, title, _icon in PAGES if k == key)


def start_of_today_utc(tz: dt.tzinfo, now: dt.datetime | None = None) -> dt.datetime:
    """UTC start of today in ``tz``, the attendance zone that marks and reports count days in
    (not today's fixed system offset, which misplaces midnight on a DST change day)."""
    day = rules.local_date(now or dt.datetime.now(dt.UTC), tz)
    return rules.day_bounds(day, tz)[0]


class MainWindow(QMainWindow):
    # A restore replaced this window with one on the restored data (``face-attendance gui``
    # follows it: screenshots, shutdown).
    replaced = Signal(object)

    def __init__(
        self,
        ctx: Any,
        *,
        source: str | None = None,
        config_file: Path | None = None,
        interactive: bool = True,
        recognition: bool = True,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        # every time shown or edited: in attendance.timezone, as the reports and the CLI
        set_display_zone(ctx.settings.attendance.timezone)
        self.config_file = config_file
        # a restore rewrites config_file only when it belongs to this data folder (the CLI's
        # rule: not for --data-dir X without --config)
        self.restore_settings = True
        self.interactive = interactive
        self.auto_recognition = recognition
        self.source = source if source is not None else ctx.settings.camera.source
        self._language = ctx.settings.ui.language  # the translator installed for it
        self.recognition_ready = False
        self.model_text = "not loaded"
        self.people_count: int | None = None
        self.current_session: Any = None  # the newest running session (dialogs' default)
        self.running_sessions: list[Any] = []  # every session running now, oldest first
        self._live_loop: LiveLoop | None = None  # built on the inference thread, first frame
        # After a restore this window is retired (closed, its ops' callbacks skipped) and
        # ``successor`` is the window on the restored data.
        self.retired = False
        self.successor: MainWindow | None = None
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Face Attendance"))
        self.setMinimumSize(1000, 640)

        self.runner = FrameRunner(self._make_source, parent=self)
        self.runner.processed.connect(self._on_processed)
        self.runner.source_state.connect(self._on_source_state)
        self.runner.process_failed.connect(self._on_process_failed)

        self.actions_: dict[str, QAction] = {}
        self._build_actions()
        self._build_ui()
        self._build_menus()
        self._build_status_bar()
        self.update_action_states()

        ops.get_hub().changed.connect(self._on_changed)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(500)
        self._status_timer.timeout.connect(self.update_status)
        self._status_timer.start()
        # Other devices may share the database, and sessions end on their own: look again now
        # and then (cheap queries, in background ops).
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(30_000)
        self._poll_timer.timeout.connect(self._poll)
        # The admin unlock ends after privacy.admin_unlock_minutes without admin activity:
        # an admin page left open then goes back to Live.
        self._admin_timer = QTimer(self)
        self._admin_timer.setInterval(5_000)
        self._admin_timer.timeout.connect(self._check_admin_unlock)
        self._admin_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # ---- construction --------------------------------------------------------------------
    def _action(
        self,
        key: str,
        text: str,
        icon_name: str | None,
        shortcut: str | None,
        slot: Any,
        tip: str = "",
    ) -> QAction:
        a = QAction(text, self)
        if icon_name:
            a.setIcon(icon(icon_name))
            a.setData(icon_name)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if tip:
            a.setToolTip(tip)
            a.setStatusTip(tip)
        a.triggered.connect(lambda _checked=False: slot())
        self.actions_[key] = a
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        A = self._action
        A(
            "identify",
            QCoreApplication.translate("MainWindow", "Identify now"),
            "identify",
            "F5",
            self.identify_now,
            QCoreApplication.translate(
                "MainWindow", "Recognise whoever is in front of the camera now (F5)"
            ),
        )
        A(
            "group_photo",
            QCoreApplication.translate("MainWindow", "Open photo..."),
            "photo",
            "Ctrl+O",
            self.open_group_photo,
            QCoreApplication.translate(
                "MainWindow",
                "Recognise the people in a group photo and confirm who was there (Ctrl+O)",
            ),
        )
        A(
            "enroll_camera",
            QCoreApplication.translate("MainWindow", "Enroll from camera..."),
            "camera",
            "Ctrl+E",
            self.enroll_from_camera,
            QCoreApplication.translate(
                "MainWindow", "Enroll a person from several camera captures (Ctrl+E)"
            ),
        )
        A(
            "enroll_photos",
            QCoreApplication.translate("MainWindow", "Enroll from photos..."),
            "enroll",
            "Ctrl+N",
            self.enroll_from_photos,
            QCoreApplication.translate(
                "MainWindow", "Enroll a person from one or more photo files (Ctrl+N)"
            ),
        )
        A(
            "session_start",
            QCoreApplication.translate("MainWindow", "Start..."),
            "start",
            "Ctrl+Shift+S",
            self.start_session,
            QCoreApplication.translate(
                "MainWindow", "Start an attendance session (a class, a shift) (Ctrl+Shift+S)"
            ),
        )
        A(
            "session_end",
            QCoreApplication.translate("MainWindow", "End"),
            "stop",
            "Ctrl+Shift+E",
            self.end_session,
            QCoreApplication.translate("MainWindow", "End the running session (Ctrl+Shift+E)"),
        )
        A(
            "import_roster",
            QCoreApplication.translate("MainWindow", "Import a class list..."),
            "import",
            "Ctrl+Shift+I",
            self.import_roster,
            QCoreApplication.translate(
                "MainWindow", "Add many people from a CSV file (name, external id, group, photo)"
            ),
        )
        A(
            "backup",
            QCoreApplication.translate("MainWindow", "Back up..."),
            None,
            None,
            self.back_up,
            QCoreApplication.translate(
                "MainWindow",
                "Save everyone enrolled, all sessions, attendance records and settings to one "
                "encrypted file",
            ),
        )
        A(
            "restore",
            QCoreApplication.translate("MainWindow", "Restore..."),
            None,
            None,
            self.restore,
            QCoreApplication.translate(
                "MainWindow", "Replace the data on this computer with a backup file"
            ),
        )
        A(
            "refresh",
            QCoreApplication.translate("MainWindow", "Refresh"),
            "refresh",
            "Ctrl+R",
            self.refresh_all,
            QCoreApplication.translate("MainWindow", "Reload from the database"),
        )
        A(
            "find",
            QCoreApplication.translate("MainWindow", "Find person"),
            "search",
            "Ctrl+F",
            self.find_person,
            QCoreApplication.translate("MainWindow", "Search people (Ctrl+F)"),
        )
        A(
            "fullscreen",
            QCoreApplication.translate("MainWindow", "Full screen"),
            None,
            "F11",
            self.toggle_fullscreen,
        )
        A("quit", QCoreApplication.translate("MainWindow", "Quit"), None, "Ctrl+Q", self.close)
        A(
            "shortcuts",
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
            None,
            "F1",
            self.show_shortcuts,
        )
        A("about", QCoreApplication.translate("MainWindow", "About"), None, None, self.show_about)
        A(
            "diagnostics",
            QCoreApplication.translate("MainWindow", "Diagnostics..."),
            None,
            None,
            self.show_diagnostics,
        )
        for i, (key, title, _icon) in enumerate(PAGES, start=1):
            A(f"page_{key}", _t(title), None, f"Ctrl+{i}", lambda k=key: self.show_page(k))

    def _build_ui(self) -> None:
        from desktop_app.ui.pages.attendance_page import AttendancePage
        from desktop_app.ui.pages.people_page import PeoplePage
        from desktop_app.ui.pages.reports_page import ReportsPage
        from desktop_app.ui.pages.settings_page import SettingsPage

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(168)
        self.nav.setSpacing(2)
        for key, title, icon_name in PAGES:
            item = QListWidgetItem(icon(icon_name), _t(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(150, 40))
            self.nav.addItem(item)

        self.live_page = LivePage(self.actions_)
        self.live_page.view.attach(self.runner)
        self.people_page = PeoplePage(
            self.ctx,
            self.actions_,
            self,
            add_samples=self._add_samples,
            show_status=self.show_status,
        )
        self.attendance_page = AttendancePage(
            self.ctx, self.actions_, self, current_session=lambda: self.current_session
        )
        self.live_page.correction.connect(
            lambda kind, ev: self.attendance_page.correct(kind, event=ev)
        )
        self.reports_page = ReportsPage(self.ctx, self)
        self.settings_page = SettingsPage(self.ctx, self.config_file, self)
        self.settings_page.add_backup_buttons(self.actions_["backup"], self.actions_["restore"])
        self.settings_page.saved.connect(self._on_settings_saved)

        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {
            "live": self.live_page,
            "people": self.people_page,
            "attendance": self.attendance_page,
            "reports": self.reports_page,
            "settings": self.settings_page,
        }
        for key, _title, _icon in PAGES:
            self.stack.addWidget(self.pages[key])
        self.nav.currentRowChanged.connect(self._on_nav)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        a = self.actions_
        mb = self.menuBar()
        m = mb.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        m.addAction(a["group_photo"])
        m.addAction(a["import_roster"])
        m.addSeparator()
        m.addAction(a["backup"])
        m.addAction(a["restore"])
        m.addSeparator()
        m.addAction(a["quit"])
        m = mb.addMenu(QCoreApplication.translate("MainWindow", "&People"))
        m.addAction(a["enroll_camera"])
        m.addAction(a["enroll_photos"])
        m.addAction(a["find"])
        m = mb.addMenu(QCoreApplication.translate("MainWindow", "&Attendance"))
        m.addAction(a["identify"])
        m.addAction(a["session_start"])
        m.addAction(a["session_end"])
        m.addAction(self.attendance_page.roll_call)
        m = mb.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        for key, _t, _i in PAGES:
            m.addAction(a[f"page_{key}"])
        m.addSeparator()
        m.addAction(a["refresh"])
        m.addAction(a["fullscreen"])
        m = mb.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        m.addAction(a["shortcuts"])
        m.addAction(a["diagnostics"])
        m.addAction(a["about"])

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.status_labels: dict[str, QLabel] = {}
        # plain words only; frame rates, timings, model ids and the database address are in
        # Help > Diagnostics. The camera's label is a normal widget: a message (showMessage:
        # "X is enrolled", an erasure receipt) takes its place for a while; as a permanent,
        # stretching widget it left the message no room at all.
        for key in ("camera", "recognition", "people"):
            lab = QLabel()
            lab.setObjectName(f"status_{key}")
            lab.setContentsMargins(6, 0, 6, 0)
            self.status_labels[key] = lab
            if key == "camera":
                sb.addWidget(lab, 1)
            else:
                sb.addPermanentWidget(lab)
        self.status_labels["recognition"].setToolTip(
            QCoreApplication.translate("MainWindow", "Details: Help > Diagnostics")
        )

    def refresh_icons(self) -> None:
        for a in self.actions_.values():
            name = a.data()
            if name:
                a.setIcon(icon(name))
        for i, (_key, _title, icon_name) in enumerate(PAGES):
            self.nav.item(i).setIcon(icon(icon_name))

    # ---- lifecycle -----------------------------------------------------------------------
    def start(self) -> None:
        """Start the camera at once and bring recognition online in the background."""
        self.runner.start()
        self._poll_timer.start()
        self.refresh_all()
        if self.auto_recognition:
            self.prepare_recognition()

    def _make_source(self) -> FrameSource:
        cam = self.ctx.settings.camera
        return FrameSource(self.source, width=cam.width, height=cam.height, backend=cam.backend)

    def restart_camera(self, source: str | None = None) -> None:
        if source is not None:
            self.source = source
        # Do not wait for a camera stuck in its driver: the old threads have their own stop
        # flag and close their device when the call returns; the new source retries meanwhile.
        self.runner.stop(timeout=0.2)
        self.live_page.view.clear()
        if self._live_loop is not None:
            self._live_loop.reset()  # tracks of the old camera mean nothing now
        self.runner.start()

    def shutdown(self) -> None:
        self._admin_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._status_timer.stop()
        self._poll_timer.stop()
        self.runner.stop(timeout=2.0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def save_screenshot(self, path: Path) -> bool:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = self.grab().save(str(path))
        if not ok:
            log.error("could not save the screenshot to %s", path)
        return bool(ok)

    # ---- recognition coming online ------------------------------------------------------
    def prepare_recognition(self) -> None:
        zoo = self.ctx.models

        def check() -> bool:
            return all(zoo.status(name).ok for name in zoo.names())

        ops.run_op(
            check,
            success=self._build_models,
            parent=self,
            title=translate("MainWindow", "Face models"),
        )
        self.model_text = "checking..."

    def _build_models(self, all_built: bool) -> None:
        ctx = self.ctx
        self.model_text = "loading..." if all_built else "building..."

        def build(progress: Any) -> str:
            names = ctx.models.names()
            for i, name in enumerate(names):

                def step(f: float, msg: str, i: int = i, name: str = name) -> None:
                    progress(
                        (i + f) / (len(names) + 1),
                        translate("MainWindow", "{model}: {step}").format(model=name, step=msg),
                    )

                ctx.models.ensure(name, step)
            progress(len(names) / (len(names) + 1), translate("MainWindow", "loading the models"))
            _ = ctx.recognizer  # builds pipeline and gallery (cached on the context)
            _ = ctx.attendance
            progress(1.0, translate("MainWindow", "ready"))
            return " + ".join(names)

        ops.run_op(
            build,
            success=self._recognition_ready,
            failure=self._recognition_failed,
            parent=self,
            progress=None
            if all_built
            else translate("MainWindow", "Building the face models (first run only)..."),
            title=translate("MainWindow", "Face models"),
        )
        if not all_built:
            self.first_run = True

    def _recognition_failed(self, exc: BaseException) -> None:
        self.model_text = "failed"
        self.status_labels["recognition"].setToolTip(ops.error_text(exc))
        self.update_status()
        ops.report_error(self, exc, translate("MainWindow", "Face models"))

    def _recognition_ready(self, model_text: str) -> None:
        self.model_text = model_text
        self.recognition_ready = True
        # Everything loaded so far (models, Qt wrappers, modules) lives as long as the app:
        # keep it out of the cyclic collector so a full collection cannot stall the GUI.
        gc.freeze()
        self.runner.set_process(self.live_process)
        self.update_action_states()
        if self.interactive and not getattr(self, "welcome_offered", False):
            self.welcome_offered = True  # once a run, and only while nobody is enrolled
            self._offer_first_enrollment()

    def _offer_first_enrollment(self) -> None:
        """Nobody enrolled yet: offer the ways in (the camera only when there is one)."""

        def count(s: Any) -> int:
            return People(s).count(active=None)

        def offer(n: int) -> None:
            if n:
                return
            has_camera = self.runner.state == "running"
            if has_camera:
                text = translate(
                    "MainWindow",
                    "Nobody is enrolled yet. How do you want to add people?\n\n"
                    "• Camera: the person looks into the camera for a few seconds.\n"
                    "• Photos: one clear photo per person (a passport-style photo is best).\n"
                    "• Class list: a CSV file with names, groups and photo file names.",
                )
            else:
                text = translate(
                    "MainWindow",
                    "Nobody is enrolled yet. How do you want to add people?\n\n"
                    "No camera is working right now, so you can start from photos.\n"
                    "• Photos: one clear photo per person (a passport-style photo is best).\n"
                    "• Class list: a CSV file with names, groups and photo file names.",
                )
            box = QMessageBox(
                QMessageBox.Icon.Question, translate("MainWindow", "Welcome"), text, parent=self
            )
            accept = QMessageBox.ButtonRole.AcceptRole
            choices: dict[Any, Any] = {}
            if has_camera:
                cam = box.addButton(translate("MainWindow", "Use the camera..."), accept)
                choices[cam] = self.enroll_from_camera
            photos = box.addButton(translate("MainWindow", "From photos..."), accept)
            choices[photos] = self.enroll_from_photos
            roster = box.addButton(translate("MainWindow", "Import a class list..."), accept)
            choices[roster] = self.import_roster
            box.addButton(translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
            box.finished.connect(lambda _r: choices.get(box.clickedButton(), lambda: None)())
            box.open()
            self.welcome_box = box
            self.welcome_choices = {b.text(): fn for b, fn in choices.items()}

        ops.run_op(lambda: self.ctx.db.run(count), success=offer, parent=self)

    def live_process(self, frame_bgr: np.ndarray) -> LiveFrame:
        """Runs on the inference thread: one frame through the live loop (recognise, confirm,
        mark). Not pinned to a session: the attendance rules mark each person into the
        running session of their group (or one for everybody), so parallel classes each
        get their own people."""
        loop = self._live_loop
        if loop is None:  # first frame, or the services were rebuilt with new settings
            loop = self._live_loop = LiveLoop.for_context(self.ctx, source="camera")
        return loop.process(frame_bgr)

    def _on_processed(self, processed: Processed) -> None:
        result = processed.result
        if not isinstance(result, LiveFrame):
            return
        for event in result.events:
            if isinstance(event, SecondFactorRequired):
                # Never marked silently: the operator hears who it could be.
                text = request_text(event.request, self.ctx.gallery.name_of)
                self.statusBar().showMessage(text, 8000)
                continue
            if not isinstance(event, Marked):
                continue
            mark = event.mark
            if mark.event is not None:
                self.live_page.add_event(mark.event, mark.person_name)
                self.attendance_page.note_new_event()
            if mark.message:
                self.statusBar().showMessage(mark.message, 5000)

    def _on_process_failed(self, exc: object) -> None:
        text = ops.error_text(exc) if isinstance(exc, BaseException) else str(exc)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Recognition error: {error}").format(
                error=text
            ),
            8000,
        )

    def _on_source_state(self, state: str, message: str) -> None:
        self.update_status()

    # ---- status --------------------------------------------------------------------------
    def update_status(self) -> None:
        lab = self.status_labels
        desc = self.runner.description or str(self.source)
        camera = {
            "connecting": QT_TRANSLATE_NOOP("MainWindow", "Camera: {camera} (connecting)"),
            "lost": QT_TRANSLATE_NOOP("MainWindow", "Camera: {camera} (reconnecting)"),
            "ended": QT_TRANSLATE_NOOP("MainWindow", "Camera: {camera} (ended)"),
            "stopped": QT_TRANSLATE_NOOP("MainWindow", "Camera: {camera} (stopped)"),
        }.get(self.runner.state, QT_TRANSLATE_NOOP("MainWindow", "Camera: {camera}"))
        lab["camera"].setText(_t(camera).format(camera=desc))
        starting = QT_TRANSLATE_NOOP("MainWindow", "Recognition: starting")
        words = {
            "building...": QT_TRANSLATE_NOOP("MainWindow", "Recognition: preparing (first run)"),
            "failed": QT_TRANSLATE_NOOP(
                "MainWindow", "Recognition: not working (see Help > Diagnostics)"
            ),
            "not available yet": QT_TRANSLATE_NOOP("MainWindow", "Recognition: not available"),
        }
        recognition = (
            QT_TRANSLATE_NOOP("MainWindow", "Recognition: ready")
            if self.recognition_ready
            else words.get(self.model_text, starting)
        )
        if not self.auto_recognition and not self.recognition_ready:
            recognition = QT_TRANSLATE_NOOP("MainWindow", "Recognition: off")
        lab["recognition"].setText(_t(recognition))
        lab["people"].setText(
            _t(QT_TRANSLATE_NOOP("MainWindow", "People: —"))
            if self.people_count is None
            else _t(QT_TRANSLATE_NOOP("MainWindow", "People: {count}")).format(
                count=QLocale().toString(self.people_count)
            )
        )

    def diagnostics(self) -> list[tuple[str, str]]:
        """The technical facts for Help > Diagnostics."""
        from desktop_app import __version__

        s = self.ctx.settings
        shown = self.live_page.view.isVisible()
        fps = self.live_page.view.fps if shown else self.runner.capture_rate.rate()
        rate = self.runner.process_rate.rate()
        loc = QLocale()
        fps_text = (
            translate("MainWindow", "{fps} (painted)")
            if shown
            else translate("MainWindow", "{fps} (captured)")
        ).format(fps=loc.toString(float(fps), "f", 1))
        timing = translate("MainWindow", "{ms} ms a frame, {rate} frames/s").format(
            ms=loc.toString(float(self.runner.last_process_ms), "f", 0),
            rate=loc.toString(float(rate), "f", 1),
        )
        models = translate("MainWindow", "{models} (detector {detector}, embedder {embedder})")
        model_state = {  # self.model_text's states (kept English: update_status keys on them)
            "not loaded": translate("MainWindow", "not loaded"),
            "checking...": translate("MainWindow", "checking..."),
            "loading...": translate("MainWindow", "loading..."),
            "building...": translate("MainWindow", "building..."),
            "failed": translate("MainWindow", "failed"),
        }
        camera_state = {  # FrameRunner's states, in the operator's words
            "running": translate("MainWindow", "working"),
            "connecting": translate("MainWindow", "connecting"),
            "lost": translate("MainWindow", "not available"),
            "ended": translate("MainWindow", "the video has ended"),
            "stopped": translate("MainWindow", "stopped"),
        }
        from desktop_app.ui.pages.settings_page import MODES

        modes = {value: translate("Settings", text) for value, text in MODES}
        return [
            (translate("MainWindow", "Version"), __version__),
            (
                translate("MainWindow", "Camera"),
                translate("MainWindow", "{camera} ({state})").format(
                    camera=self.runner.description or self.source,
                    state=camera_state.get(self.runner.state, self.runner.state),
                ),
            ),
            (translate("MainWindow", "Camera source"), str(self.source)),
            (translate("MainWindow", "Frames per second"), fps_text),
            (
                translate("MainWindow", "Recognition time"),
                timing if self.recognition_ready else "—",
            ),
            (
                translate("MainWindow", "Models"),
                models.format(
                    models=model_state.get(self.model_text, self.model_text),
                    detector=s.recognition.detector,
                    embedder=s.recognition.embedder,
                ),
            ),
            (translate("MainWindow", "Database"), describe(s.resolved_database_url)),
            (translate("MainWindow", "Database address"), s.resolved_database_url),
            (translate("MainWindow", "Data folder"), str(s.data_dir)),
            (translate("MainWindow", "Device name"), s.attendance.device),
            (
                translate("MainWindow", "Attendance mode"),
                modes.get(s.attendance.mode, s.attendance.mode),
            ),
        ]

    def show_diagnostics(self) -> None:
        from desktop_app.ui.dialogs.diagnostics_dialog import DiagnosticsDialog

        self.diagnostics_dialog = DiagnosticsDialog(self.diagnostics(), self)
        self.diagnostics_dialog.open()

    def update_action_states(self) -> None:
        self.actions_["session_end"].setEnabled(self.current_session is not None)
        self.people_page.update_action_states()
        self.attendance_page.update_action_states()

    # ---- data refresh --------------------------------------------------------------------
    def refresh_all(self) -> None:
        self._load_today()
        self._load_counts()
        self._load_session()
        for page in (self.people_page, self.attendance_page):
            page.refresh()
        self.reports_page.refresh_if_shown()  # a long period's report: loaded when opened

    def _poll(self) -> None:
        if ops.pending() < 3:  # never pile up polls behind a slow database
            self._load_today()
            self._load_counts()
            self._load_session()

    def _on_changed(self, what: str) -> None:
        self._load_counts()
        if what in ("events", "sessions", "people"):
            self._load_today()
        if what == "sessions":
            self._load_session()

    def _load_today(self) -> None:
        def today() -> Any:
            since = start_of_today_utc(display_zone())
            return self.ctx.db.run(
                lambda s: Events(s).query(start=since, newest_first=True, limit=300)
            )

        ops.run_op(
            today,
            success=self.live_page.set_events,
            parent=self,
        )

    def _load_counts(self) -> None:
        def done(n: int) -> None:
            self.people_count = n
            self.update_status()

        ops.run_op(
            lambda: self.ctx.db.run(lambda s: People(s).count(active=True)),
            success=done,
            parent=self,
        )

    def _load_session(self) -> None:
        def load() -> list[Any]:
            return list(self.ctx.attendance.current_sessions())

        def done(sessions: list[Any]) -> None:
            self.running_sessions = sessions
            self.current_session = sessions[-1] if sessions else None
            if self.current_session is None:
                self.live_page.set_session_text(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "MainWindow", "No session running: marks count for the day."
                        )
                    )
                )
            else:  # every running session, one line each (parallel classes)
                self.live_page.set_session_text("<br>".join(session_line(s) for s in sessions))
            self.update_action_states()

        ops.run_op(load, success=done, parent=self)

    # ---- admin gate ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys and clicks while an admin page is shown keep the admin unlock alive."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and (
            self.nav.currentRow() >= 0 and self.current_page() in ADMIN_PAGES
        ):
            self.ctx.admin.touch()
        return False

    def _check_admin_unlock(self) -> None:
        if self.current_page() in ADMIN_PAGES and self.ctx.admin.lapsed():
            self.show_page("live")
            self.statusBar().showMessage(
                _t(QT_TRANSLATE_NOOP("MainWindow", "Admin pages locked again (idle).")), 5000
            )

    def admin_ok(self, what: str) -> bool:
        """Ask for the admin PIN unless unlocked (or none is set); see ui/admin_gate.py."""
        return ensure_admin(self.ctx, self, what)

    # ---- navigation ----------------------------------------------------------------------
    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row][0]
        if key in ADMIN_PAGES and not self.admin_ok(
            translate("MainWindow", "The {page} page").format(page=_t(PAGES[row][1]))
        ):
            previous = self.stack.currentWidget()
            keys = [k for k, _t, _i in PAGES]
            back = next((k for k, w in self.pages.items() if w is previous), "live")
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(keys.index(back))
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentWidget(self.pages[key])
        page = self.pages[key]
        if hasattr(page, "on_shown"):
            page.on_shown()

    def show_page(self, key: str) -> None:
        keys = [k for k, _t, _i in PAGES]
        self.nav.setCurrentRow(keys.index(key))

    def current_page(self) -> str:
        return PAGES[self.nav.currentRow()][0]

    def find_person(self) -> None:
        self.show_page("people")
        self.people_page.focus_search()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def show_shortcuts(self) -> None:
        rows = []
        for a in self.actions_.values():
            if not a.shortcut().isEmpty():
                rows.append(
                    f"<tr><td><b>{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}"
                    f"</b></td><td>&nbsp;&nbsp;{a.text().replace('&', '')}</td></tr>"
                )
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            translate("MainWindow", "Keyboard shortcuts"),
            "<table>" + "".join(rows) + "</table>",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "About Face Attendance"),
            about_html(self.ctx.settings),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # never blocks (tests, screenshots)
        self.about_box = box

    # ---- actions -------------------------------------------------------------------------
    def latest_frame(self) -> np.ndarray | None:
        frame = self.runner.latest_frame()
        return None if frame is None else frame.image_bgr

    def identify_now(self) -> None:
        frame = self.latest_frame()
        if frame is None:
            ops.report_error(
                self,
                AppError(
                    translate("MainWindow", "There is no camera picture yet: check the camera.")
                ),
                translate("IdentifyDialog", "Identify"),
            )
            return
        from desktop_app.ui.dialogs.identify_dialog import IdentifyDialog

        def identify() -> list[Any]:
            return list(self.ctx.recognizer.identify_image(frame, camera=True))

        def done(faces: list[Any]) -> None:
            # like the live view: each person into their group's running session
            dlg = IdentifyDialog(self.ctx, frame, faces, self)
            dlg.open()

        ops.run_op(
            identify, success=done, parent=self, title=translate("IdentifyDialog", "Identify")
        )

    def open_group_photo(self, path: Path | None = None) -> None:
        from desktop_app.ui.dialogs.group_photo_dialog import GroupPhotoDialog

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                translate("MainWindow", "Open group photo"),
                "",
                translate("EnrollDialog", "Images (*.jpg *.jpeg *.png *.bmp *.webp)"),
            )
            if not name:
                return
            path = Path(name)
        dlg = GroupPhotoDialog(self.ctx, path, self, session=self.current_session)
        dlg.open()
        dlg.analyse()

    def enroll_from_camera(self, person: Any = None) -> None:
        from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

        if not self.admin_ok(translate("MainWindow", "Enrolling a person")):
            return
        dlg = EnrollDialog(
            self.ctx,
            self,
            mode="camera",
            runner=self.runner,
            person=person,
            show_status=self.show_status,
        )
        dlg.open()

    def enroll_from_photos(self, person: Any = None, files: list[Path] | None = None) -> Any:
        from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

        if not self.admin_ok(translate("MainWindow", "Enrolling a person")):
            return None
        dlg = EnrollDialog(
            self.ctx, self, mode="photos", person=person, show_status=self.show_status
        )
        if files:
            dlg.add_files(files)
        dlg.open()
        return dlg

    def _add_samples(self, person: Any, camera: bool) -> None:
        if camera:
            self.enroll_from_camera(person=person)
        else:
            self.enroll_from_photos(person=person)

    def show_status(self, message: str, ms: int) -> None:
        self.statusBar().showMessage(message, ms)

    def start_session(self) -> None:
        from desktop_app.ui.dialogs.session_dialog import SessionDialog

        dlg = SessionDialog(self.ctx, self)
        dlg.accepted.connect(lambda: self._session_dialog_done(dlg))
        self.session_dialog = dlg
        dlg.open()

    def _session_dialog_done(self, dlg: Any) -> None:
        """Start found the class running and the operator continued it, or ended it."""
        if dlg.continued and dlg.result_session is not None:
            s = dlg.result_session
            self.show_page("live")
            self.statusBar().showMessage(
                translate("MainWindow", "{name} continues (running since {time}).").format(
                    name=s.name, time=time_text(local(s.starts_at))
                ),
                8000,
            )
        elif dlg.ended_session is not None:
            self._session_ended(dlg.ended_session)

    def end_session(self, session: Any = None) -> None:
        """End ``session``; by default the running one (several: ask which)."""
        running = self.running_sessions
        if session is None and len(running) > 1:
            self._ask_which_to_end(running)
            return
        session = session or self.current_session
        if session is None:
            return
        ops.run_op(
            lambda: self.ctx.attendance.end_session(session.id),
            success=self._session_ended,
            parent=self,
            changes="sessions",
            title=translate("MainWindow", "End session"),
        )

    def _ask_which_to_end(self, running: list[Any]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "End session"),
            translate("MainWindow", "Several sessions are running. Which one do you want to end?"),
            parent=self,
        )
        choices: dict[Any, Any] = {}
        for s in reversed(running):  # newest first
            b = box.addButton(session_line(s, rich=False), QMessageBox.ButtonRole.AcceptRole)
            choices[b] = s
        box.addButton(QMessageBox.StandardButton.Cancel)

        def chosen(_result: int) -> None:
            s = choices.get(box.clickedButton())
            if s is not None:
                self.end_session(s)

        box.finished.connect(chosen)
        self.end_box = box
        box.open()

    def _session_ended(self, session: Any) -> None:
        """Say who was absent and late, with one click to mark someone present."""
        from desktop_app.ui.dialogs.roll_call_dialog import RollCallDialog

        self.statusBar().showMessage(
            _t(QT_TRANSLATE_NOOP("MainWindow", "Session {name} ended.")).format(name=session.name),
            5000,
        )
        self.roll_call = RollCallDialog(self.ctx, session, self)
        if self.interactive or self.isVisible():
            self.roll_call.open()

    def import_roster(self) -> None:
        self.people_page.import_roster()  # the dialog explains the file and asks for it

    # ---- backup and restore ------------------------------------------------------------
    def back_up(self) -> None:
        from desktop_app.ui.dialogs.backup_dialog import BackupDialog, database_server

        if not self.admin_ok(translate("MainWindow", "Backing up")):
            return
        # on a database server: the key for the face data only, said in words in the dialog
        server = database_server(self.ctx.settings)
        self.backup_dialog = BackupDialog(self.ctx, self.config_file, self, server=server)
        self.backup_dialog.open()

    def restore(self) -> None:
        from desktop_app.ui.dialogs.backup_dialog import RestoreDialog

        if not self.admin_ok(translate("MainWindow", "Restoring a backup")):
            return
        self.restore_dialog = RestoreDialog(self.ctx, self.config_file, self.restore_checked, self)
        self.restore_dialog.restore_settings = self.restore_settings
        self.restore_dialog.open()

    def restore_checked(self, unpacked: Any, plan: Any, *, undo: bool = False) -> None:
        """Replace the data with a checked archive (RestoreDialog): stop the camera and
        recognition, close every service on the old data, restore (the core copies the
        current data into ``backups/`` first), then re-open on the restored data in a new
        window; after a failure, on the data as it is."""
        from desktop_app.security.backup import apply_restore, settings_after_restore

        ctx, settings, actor = self.ctx, self.ctx.settings, operator_name()
        self.shutdown()  # no frame, timer or poll touches the database meanwhile
        runner = self.runner
        app = QApplication.instance()
        retention = app.findChild(RetentionScheduler) if app is not None else None

        def run(progress: Any) -> Any:
            try:
                progress(0.05, "")
                held = _quiet_for_restore(runner, retention)
                try:
                    ctx.reopen(settings)  # the gallery saves its index before the restore
                    result = apply_restore(settings, unpacked, plan, confirmed=True, actor=actor)
                finally:
                    if held:
                        retention.release()  # type: ignore[union-attr]
                progress(0.9, "")
                return result, settings_after_restore(settings, plan)
            finally:
                unpacked.cleanup()

        def done(out: tuple[Any, Settings]) -> None:
            result, new_settings = out
            successor = self.reopen(new_settings)
            manifest = unpacked.manifest  # its counts as read from the data now in use:
            if plan.incoming is not None:  # an older archive's manifest lacks the active ones
                manifest = dataclasses.replace(manifest, database=plan.incoming)
            successor.show_restored(manifest, result, undone=undo)

        def failed(exc: BaseException) -> None:
            from desktop_app.security.backup import RestoreIncomplete

            if not isinstance(exc, RestoreIncomplete):  # nothing was changed
                successor = self.reopen(settings)
                ops.report_error(successor, exc, translate("BackupDialog", "Restore a backup"))
                return
            try:  # the settings file as it is now (the restored one, or still the old one)
                now = settings_after_restore(settings, plan)
            except Exception:
                log.exception("settings after a half-finished restore")
                now = settings
            self.reopen(now).show_incomplete(exc)

        ops.run_op(
            run,
            success=done,
            failure=failed,
            parent=self,
            progress=translate("BackupDialog", "Restoring the backup..."),
            title=translate("BackupDialog", "Restore a backup"),
        )

    def reopen(self, settings: Settings) -> MainWindow:
        """A new window on ``settings`` and the data as it is now, every service built again
        (camera, models, gallery and FAISS index, admin unlock, pages); this one retires."""
        self.ctx.reopen(settings)
        app = QApplication.instance()
        if app is not None and settings.ui.language != self._language:
            from desktop_app.ui.i18n import install_translator

            install_translator(app, settings.ui.language)
        successor = type(self)(
            self.ctx,
            source=self.source,
            config_file=self.config_file,
            interactive=self.interactive,
            recognition=self.auto_recognition,
        )
        successor.restore_settings = self.restore_settings
        successor.setGeometry(self.geometry())
        if self.isFullScreen():
            successor.showFullScreen()
        else:
            successor.show()
        successor.start()
        self.successor = successor
        self.retire()
        self.replaced.emit(successor)
        return successor

    def retire(self) -> None:
        """Closed for good: no timers, camera or polls; ops it started drop their results."""
        self.retired = True
        for dialog in self.findChildren(QDialog):
            dialog.close()
        hub = ops.get_hub()
        with contextlib.suppress(RuntimeError, TypeError):
            hub.changed.disconnect(self._on_changed)
        for page in (self.people_page, self.attendance_page, self.reports_page):
            with contextlib.suppress(RuntimeError, TypeError, AttributeError):
                hub.changed.disconnect(page._on_data_changed)  # no reloads for a dead window
        self.close()
        self.deleteLater()  # after the signal that hands over to the successor is handled

    def show_restored(self, manifest: Any, result: Any, *, undone: bool = False) -> None:
        """Say what is in use now and where the data from before the restore is, with
        "Undo the restore" (which restores that copy the same way)."""
        from desktop_app.ui.dialogs.backup_dialog import holds_text, made_when, path_text

        if undone:
            lines = [
                translate("MainWindow", "The data from before the restore is back.")
                + "\n"
                + holds_text(manifest.database.counts)
            ]
        elif manifest.database is None:  # a key-only archive
            lines = [
                translate(
                    "MainWindow", "The encryption key from the backup of {when} is installed."
                ).format(when=made_when(manifest.created_at))
            ]
        else:
            lines = [
                translate("MainWindow", "The backup of {when} is in use.").format(
                    when=made_when(manifest.created_at)
                )
                + "\n"
                + holds_text(manifest.database.counts)
            ]
        if result.pre_restore_copy is not None:
            lines.append(
                translate(
                    "MainWindow", "The data from before the restore was copied to {file}."
                ).format(file=path_text(result.pre_restore_copy))
            )
        if result.settings_copy is not None:
            lines.append(
                translate("MainWindow", "The settings from before were copied to {file}.").format(
                    file=path_text(result.settings_copy)
                )
            )
        self._show_restore_outcome(
            QMessageBox.Icon.Information,
            translate("MainWindow", "Backup restored"),
            "\n\n".join(lines),
            result.pre_restore_copy,
            result.settings_copy,
        )

    def show_incomplete(self, exc: Any) -> None:
        """A restore that failed after the backup's database was put in place: what is in
        use now and where the data from before is, with "Undo the restore"."""
        log.warning("restore incomplete: %s", exc)
        self._show_restore_outcome(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "The restore did not finish"),
            str(exc),
            exc.pre_restore_copy,
            exc.settings_copy,
        )

    def _show_restore_outcome(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        copy: Path | None,
        settings_copy: Path | None,
    ) -> None:
        """The message after a restore (done or not): selectable paths, "Undo the restore"
        when a copy of the data from before exists."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._offer_undo(box, copy, settings_copy)
        box.open()
        self.restored_box = box

    def _offer_undo(self, box: QMessageBox, copy: Path | None, settings_copy: Path | None) -> None:
        if copy is None:
            return
        undo = box.addButton(
            translate("MainWindow", "Undo the restore"), QMessageBox.ButtonRole.ActionRole
        )
        undo.clicked.connect(lambda: self.undo_restore(copy, settings_copy))
        self.undo_button = undo

    def undo_restore(self, copy: Path, settings_copy: Path | None) -> None:
        """Put back the data from before a restore (the copy the restore kept), checked and
        replaced like a backup: the data being replaced is copied first in its turn."""
        from desktop_app.security.backup import plan_restore, unpack_copy
        from desktop_app.ui.dialogs.backup_dialog import ask_to_replace, in_use_refusal

        refused = in_use_refusal(self.ctx)  # a kiosk on this data: said before the PIN
        if refused is not None:
            ops.report_error(self, refused, translate("BackupDialog", "Restore a backup"))
            return
        if not self.admin_ok(translate("MainWindow", "Restoring a backup")):
            return
        ctx, config, own = self.ctx, self.config_file, self.restore_settings

        def check() -> Any:
            settings = ctx.settings
            unpacked = unpack_copy(
                copy,
                settings.paths.backups,
                settings_copy=settings_copy,
                device=settings.attendance.device,
            )
            try:
                return unpacked, plan_restore(
                    settings, unpacked, config_file=config, restore_settings=own
                )
            except BaseException:
                unpacked.cleanup()
                raise

        def confirm(checked: tuple[Any, Any]) -> None:
            unpacked, plan = checked
            self.restore_confirm_box = ask_to_replace(
                self,
                plan,
                ctx.settings.paths.backups,
                lambda: self.restore_checked(unpacked, plan, undo=True),
                undo=True,
                cancelled=unpacked.cleanup,
            )

        ops.run_op(
            check,
            success=confirm,
            parent=self,
            title=translate("BackupDialog", "Restore a backup"),
        )

    def _on_settings_saved(self, camera_changed: bool) -> None:
        """Apply what can change while running; the page says the rest needs a restart."""
        ctx, s = self.ctx, self.ctx.settings
        built = ctx.__dict__
        shown_zone, shown_today = display_zone(), local_today()
        threshold = s.recognition.threshold
        calibration = self.settings_page.calibration
        if threshold is None and s.recognition.target_false_match_rate is not None:
            threshold = getattr(calibration, "threshold", None)
        if "gallery" in built and threshold is not None:
            ctx.gallery.set_policy(threshold=float(threshold), margin=s.recognition.margin)
        # Cheap services read their settings when built: rebuild them with the new ones
        # (the inference thread picks the new instance up on its next frame).
        for name in ("recognizer", "attendance"):
            built.pop(name, None)
        self._live_loop = None
        if set_display_zone(s.attendance.timezone) != shown_zone:
            self.attendance_page.follow_today(shown_today)
            self.reports_page.follow_today()
            self.refresh_all()  # every time on every page, now in the new zone
        if camera_changed:
            self.restart_camera(s.camera.source)


def session_line(s: Any, *, rich: bool = True) -> str:
    """A running session as the Live page names it: "Maths 7B since 08:00 · group 7B"."""
    text = (
        translate("MainWindow", "<b>{name}</b> since {time} · group {group}")
        if s.group_name
        else translate("MainWindow", "<b>{name}</b> since {time}")
    )
    esc = html.escape if rich else (lambda x: x)
    line = text.format(
        name=esc(s.name), time=time_text(local(s.starts_at)), group=esc(s.group_name or "")
    )
    return ui_direction_line(line if rich else line.replace("<b>", "").replace("</b>", ""))


def about_html(settings: Settings) -> str:
    """The About text: what the app is and the models in use with their weight licences."""
    from desktop_app import __version__
    from desktop_app.modelzoo import registry

    rows = []
    for name in registry.in_use(settings):
        card = registry.get_card(name)
        flag = "" if card.commercial_use else '<b style="color:#c62828">'
        end = "" if card.commercial_use else "</b>"
        licence = (
            f"{flag}{html.escape(card.licence)}{end} "
            f'(<a href="{card.licence_url}">{html.escape(card.licence_url)}</a>)'
        )
        rows.append(
            "<li>"
            + translate(
                "About", "{role} <b>{model}</b>: {description}<br>weights licence: {licence}"
            ).format(
                role=html.escape(card.role),
                model=html.escape(name),
                description=html.escape(card.description),
                licence=licence,
            )
            + "</li>"
        )
    return translate(
        "About",
        "<b>Face Attendance</b> {version}<br>Face recognition attendance, run with onnxruntime "
        "on this computer. No image leaves this machine.<br><br>Models in use (Settings, "
        "Detection; <code>face-attendance models list</code>):<ul>{models}</ul>",
    ).format(version=__version__, models="".join(rows))


QUIET_WAIT_S = 30.0  # how long a restore waits for a frame, other work or retention to end


def _quiet_for_restore(runner: Any, retention: Any) -> bool:
    """Before the database is swapped (on the restore's op thread): the camera and recognition
    threads have left their last frame (a late frame would mark an old person id in the
    restored data), no other op is running against the database, and retention is held.
    Gives up with nothing changed. True: retention is held (the caller releases it)."""
    from desktop_app.security.backup import BackupError

    def refuse(text: str) -> BackupError:
        return BackupError(text.format(seconds=int(QUIET_WAIT_S)))

    if not runner.wait_stopped(QUIET_WAIT_S):
        raise refuse(
            translate(
                "MainWindow",
                "The camera and recognition did not stop within {seconds} s, so nothing was "
                "changed. Try Restore again in a moment.",
            )
        )
    deadline = time.monotonic() + QUIET_WAIT_S
    while ops.pending() > 1:  # this restore is one of them
        if time.monotonic() > deadline:
            raise refuse(
                translate(
                    "MainWindow",
                    "Other work on the data did not finish within {seconds} s, so nothing was "
                    "changed. Try Restore again in a moment.",
                )
            )
        time.sleep(0.05)
    if retention is None:
        return False
    if not retention.hold(QUIET_WAIT_S):
        raise refuse(
            translate(
                "MainWindow",
                "The hourly retention clean-up did not finish within {seconds} s, so nothing "
                "was changed. Try Restore again in a moment.",
            )
        )
    return True
