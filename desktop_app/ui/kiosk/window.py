"""The kiosk window: full screen, no menus; the camera with a framing guide, a clock, the
session name, and big cards (greeting, already checked in, not recognised).

Thin on purpose: the frame runner (``ui/workers.py``) calls ``KioskController.process`` on its
inference thread; this window paints the ``KioskView`` it gets back. Leaving needs the admin
PIN (Ctrl+Shift+Q, or hold Esc for 2 seconds).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.attendance.kiosk_state import (
    GUIDE_HEIGHT,
    GUIDE_WIDTH,
    KioskController,
    KioskFrame,
    KioskParams,
    KioskPhase,
    KioskStateMachine,
    KioskView,
    PinGate,
    PinOutcome,
    checking_text,
    waiting_view,
)
from desktop_app.attendance.live import LiveLoop
from desktop_app.attendance.second_factor import CameraSamples
from desktop_app.ui import ops
from desktop_app.ui.common import local, set_display_zone
from desktop_app.ui.kiosk.pin_pad import PinPadDialog
from desktop_app.ui.kiosk.sound import KioskSounds
from desktop_app.ui.kiosk.theme import KioskTheme, theme_for
from desktop_app.ui.live_view import LiveView
from desktop_app.ui.workers import FrameRunner, Processed
from desktop_app.vision.frames import FrameSource
from desktop_app.vision.liveness import TURNS, Challenge

log = logging.getLogger(__name__)

ESC_HOLD_SECONDS = 2.0


def source_message(state: str) -> str:
    """What the band says while the camera is not running (in the installed language)."""
    if state == "connecting":
        return QCoreApplication.translate("Kiosk", "Starting the camera...")
    if state == "ended":
        return QCoreApplication.translate("Kiosk", "The video has ended.")
    return ""


def day_format(locale: QLocale) -> str:
    """The locale's long date without the year ("dddd, d MMMM"; "M月d日dddd"): the order of
    day, month and weekday is the language's."""
    fmt = locale.dateFormat(QLocale.FormatType.LongFormat)
    fmt = re.sub(r"(?:\s*'[^']*')?[\s,،.]*y+[年년]?", "", fmt)  # also "'de' yyyy"
    return fmt.strip(" ,،") or "dddd d MMMM"


def _font(px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(8, int(px)))
    f.setBold(bold)
    return f


class CardWidget(QWidget):
    """A full-size card: coloured background, the face chip, a huge title and a subtitle."""

    def __init__(self, theme: KioskTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.view: KioskView = waiting_view()
        self._chip: QImage | None = None
        self._chip_buf: np.ndarray | None = None

    def set_view(self, view: KioskView) -> None:
        self.view = view
        self._chip = None
        if view.chip_rgb is not None and view.phase is not KioskPhase.UNKNOWN:
            buf = np.ascontiguousarray(view.chip_rgb)
            self._chip_buf = buf
            h, w = buf.shape[:2]
            self._chip = QImage(buf.data, w, h, buf.strides[0], QImage.Format.Format_RGB888)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        bg, fg = self.theme.card_colors(self.view.phase)
        p.fillRect(self.rect(), bg)
        w, h = self.width(), self.height()
        margin = 0.06 * min(w, h)
        text_left, text_right = margin, w - margin
        rtl = self.isRightToLeft()  # Arabic, Hebrew: the photo on the right, text to its left
        if self._chip is not None:
            side = min(0.62 * h, 0.36 * w)
            chip_x = w - margin - side if rtl else margin
            chip_rect = QRectF(chip_x, (h - side) / 2, side, side)
            path = QPainterPath()
            path.addRoundedRect(chip_rect, side * 0.08, side * 0.08)
            p.save()
            p.setClipPath(path)
            p.drawImage(chip_rect, self._chip)
            p.restore()
            p.setPen(QPen(fg, max(3.0, side * 0.015)))
            p.drawPath(path)
            if rtl:
                text_right = chip_rect.left() - margin
            else:
                text_left = chip_rect.right() + margin
        text_rect = QRectF(text_left, margin, text_right - text_left, h - 2 * margin)
        title_px = min(h * 0.13, w * 0.065)
        sub_px = title_px * 0.62
        p.setPen(fg)
        flags = int(
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        )
        if self._chip is None:
            flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        top = QRectF(text_rect.left(), text_rect.top(), text_rect.width(), text_rect.height() * 0.6)
        bottom = QRectF(text_rect.left(), top.bottom(), text_rect.width(), text_rect.height() * 0.4)
        p.setFont(_font(title_px, bold=True))
        valign_bottom = (flags & ~int(Qt.AlignmentFlag.AlignVCenter)) | int(
            Qt.AlignmentFlag.AlignBottom
        )
        p.drawText(top, valign_bottom, self.view.title)
        p.setFont(_font(sub_px))
        valign_top = (flags & ~int(Qt.AlignmentFlag.AlignVCenter)) | int(Qt.AlignmentFlag.AlignTop)
        p.drawText(bottom.adjusted(0, title_px * 0.25, 0, 0), valign_top, self.view.subtitle)
        p.end()


class KioskWindow(QWidget):
    """The kiosk. ``controller`` may be given (tests); else it is built once the models are
    ready, from ``ctx.recognizer`` and ``ctx.attendance``."""

    view_changed = Signal(object)  # KioskView

    def __init__(
        self,
        ctx: Any,
        *,
        source: str | None = None,
        session: str | None = None,
        gate: PinGate | None = None,
        controller: KioskController | None = None,
        require_pin: bool = True,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = ctx.settings
        set_display_zone(self.settings.attendance.timezone)  # the clock: the school's time
        self.source = source if source is not None else self.settings.camera.source
        self.session_key = session
        self.session_name = ""
        self.require_pin = require_pin
        self.theme = theme_for(self.settings.kiosk.high_contrast)
        self.gate = gate or PinGate(ctx.db, self.settings.attendance.device)
        self.controller = controller
        self.sounds = KioskSounds(self.settings.kiosk.sound, self)
        self.unlocked = False
        self.session_ending = False  # the OS is shutting down or logging off (no PIN then)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self.on_session_ending)
        self.locked_down = False  # see lock_down()
        self.pin_dialog: PinPadDialog | None = None
        self.code_dialog: PinPadDialog | None = None  # the second-factor pad
        self.current: KioskView = waiting_view()
        self._last_card = 0
        self._esc_down_at: float | None = None
        self._source_state = ("connecting", source_message("connecting"))
        self._session_id: int | None = None
        self.error_text = ""

        self.setObjectName("kioskWindow")
        self.setWindowTitle(QCoreApplication.translate("Kiosk", "Check-in"))
        self._build_ui()
        self.apply_theme()

        self.runner = FrameRunner(self._make_source, parent=self)
        self.runner.frame_ready.connect(self._take_frame)
        self.runner.processed.connect(self._on_processed)
        self.runner.source_state.connect(self._on_source_state)
        self.runner.process_failed.connect(self._on_process_failed)

        self.exit_shortcut = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
        self.exit_shortcut.activated.connect(self.request_exit)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        self._session_timer = QTimer(self)
        self._session_timer.setInterval(30_000)
        self._session_timer.timeout.connect(self.refresh_session)

    # ---- layout --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.header = QWidget()
        self.header.setObjectName("kioskHeader")
        self.session_label = QLabel("")
        self.session_label.setObjectName("kioskSession")
        # Shortened with "…" rather than pushing the date and clock off a narrow screen.
        self.session_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.date_label = QLabel("")
        self.date_label.setObjectName("kioskDate")
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock_label = QLabel("")
        self.clock_label.setObjectName("kioskClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hl = QHBoxLayout(self.header)
        hl.setContentsMargins(32, 12, 32, 12)
        hl.setSpacing(24)
        hl.addWidget(self.session_label, 1)
        hl.addWidget(self.date_label)
        hl.addWidget(self.clock_label)

        self.live = LiveView()
        self.live.setObjectName("kioskLiveView")
        self.live.set_placeholder(source_message("connecting"))
        self.live.mirror = True  # people expect a mirror; the landmarks stay unmirrored
        self.live.add_overlay(self._paint_guide)
        self.band = QLabel(self.current.title)
        self.band.setObjectName("kioskBand")
        self.band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.band.setWordWrap(True)
        self.band_sub = QLabel(self.current.subtitle)
        self.band_sub.setObjectName("kioskBandSub")
        self.band_sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for lab in (self.band, self.band_sub, self.session_label):
            lab.setTextFormat(Qt.TextFormat.PlainText)  # names and session names: never markup
        for lab in (self.band, self.band_sub):
            lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # a long line (the database busy while a code is checked) wraps instead of widening
        # the window past its screen
        self.band_sub.setWordWrap(True)
        camera_page = QWidget()
        cl = QVBoxLayout(camera_page)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.live, 1)
        cl.addWidget(self.band)
        cl.addWidget(self.band_sub)

        self.card = CardWidget(self.theme)
        self.card.setObjectName("kioskCard")
        self.stack = QStackedWidget()
        self.stack.addWidget(camera_page)
        self.stack.addWidget(self.card)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self._update_clock()

    def apply_theme(self) -> None:
        t = self.theme
        self.setStyleSheet(
            f"QWidget#kioskWindow {{ background: {t.background.name()}; }}"
            f"QWidget#kioskHeader {{ background: {t.header_bg.name()}; }}"
            f"QLabel#kioskSession, QLabel#kioskClock {{ color: {t.text.name()}; }}"
            f"QLabel#kioskDate {{ color: {t.muted.name()}; }}"
            f"QLabel#kioskBand {{ color: {t.text.name()}; background: {t.band_bg.name()}; }}"
            f"QLabel#kioskBandSub {{ color: {t.muted.name()}; background: {t.band_bg.name()}; }}"
        )
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        h = max(480, self.height())
        self.session_label.setFont(_font(h * 0.045, bold=True))
        self.clock_label.setFont(_font(h * 0.055, bold=True))
        self.date_label.setFont(_font(h * 0.04))
        self.band.setFont(_font(h * 0.085, bold=True))
        self.band_sub.setFont(_font(h * 0.045))
        self.band.setContentsMargins(16, int(h * 0.015), 16, 0)
        self.band_sub.setContentsMargins(16, 0, 16, int(h * 0.02))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._scale_fonts()
        self._update_clock()

    # ---- the framing guide ---------------------------------------------------------------
    def _paint_guide(self, p: QPainter, rect: QRectF, scale: float) -> None:
        view = self.current
        active = view.phase in (KioskPhase.HOLD_STILL, KioskPhase.CHALLENGE)
        color = QColor(self.theme.guide_active if active else self.theme.guide_idle)
        gw, gh = rect.height() * GUIDE_WIDTH, rect.height() * GUIDE_HEIGHT
        guide = QRectF(rect.center().x() - gw / 2, rect.center().y() - gh / 2, gw, gh)
        pen = QPen(color, max(4.0, rect.height() * 0.008))
        if not active:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(guide)
        if view.phase is not KioskPhase.CHALLENGE:
            return
        p.setBrush(color)
        p.setPen(Qt.PenStyle.NoPen)
        if view.challenge in TURNS:
            # On the mirrored view, the person's left is the screen's left.
            direction = -1 if view.challenge is Challenge.TURN_LEFT else 1
            cx = guide.center().x() + direction * (gw / 2 + rect.height() * 0.08)
            cy = guide.center().y()
            s = rect.height() * 0.07
            tip = QPointF(cx + direction * s, cy)
            p.drawPolygon(
                [
                    tip,
                    QPointF(cx - direction * s * 0.3, cy - s),
                    QPointF(cx - direction * s * 0.3, cy + s),
                ]
            )
        if view.challenge is not None:
            # progress bar under the guide (every challenge)
            bar = QRectF(guide.left(), guide.bottom() + 12, gw, max(8.0, rect.height() * 0.02))
            p.setBrush(QColor(255, 255, 255, 60))
            p.drawRoundedRect(bar, 4, 4)
            p.setBrush(color)
            p.drawRoundedRect(
                QRectF(bar.left(), bar.top(), bar.width() * view.progress, bar.height()), 4, 4
            )

    # ---- lifecycle -----------------------------------------------------------------------
    def _make_source(self) -> FrameSource:
        cam = self.settings.camera
        return FrameSource(self.source, width=cam.width, height=cam.height, backend=cam.backend)

    def start(self, recognition: bool = True) -> None:
        """Start the camera; with ``recognition`` also bring the models and services up."""
        self.runner.start()
        self.refresh_session()
        self._session_timer.start()
        if self.controller is not None:
            self.runner.set_process(self.controller.process)
        elif recognition:
            self.prepare_recognition()

    def prepare_recognition(self) -> None:
        ctx = self.ctx

        def build() -> KioskController:
            for name in ctx.models.names():
                ctx.models.ensure(name)
            loop = LiveLoop.for_context(ctx, source="camera", session_id=self._session_id)
            machine = KioskStateMachine(
                KioskParams.from_settings(ctx.settings), tz=getattr(loop.attendance, "tz", None)
            )
            samples = CameraSamples(ctx.enrollment)  # for people with only a small photo
            return KioskController(
                loop.recognizer, loop.attendance, machine, loop=loop, samples=samples
            )

        ops.run_op(
            build,
            success=self._recognition_ready,
            failure=self._recognition_failed,
            parent=self,
            title=QCoreApplication.translate("Kiosk", "Face models"),
        )

    def _recognition_ready(self, controller: KioskController) -> None:
        self.controller = controller
        self.error_text = ""
        controller.session_id = self._session_id
        self.runner.set_process(controller.process)
        log.info("kiosk: recognition ready")

    def _recognition_failed(self, exc: BaseException) -> None:
        self.error_text = ops.error_text(exc)
        log.error("kiosk: recognition could not start: %s (retrying in 30 s)", self.error_text)
        QTimer.singleShot(30_000, self._retry_recognition)
        self._show(
            KioskView(
                KioskPhase.NOT_RECORDED,
                QCoreApplication.translate("Kiosk", "Out of service"),
                QCoreApplication.translate("Kiosk", "Please see the front desk"),
                card_id=-1,
            )
        )

    def _retry_recognition(self) -> None:
        if self.controller is None and self.isVisible():
            self.prepare_recognition()

    def refresh_session(self) -> None:
        key = self.session_key

        def load() -> tuple[int | None, str]:
            from desktop_app.storage.repositories import Sessions

            if key:
                rec = self.ctx.db.run(lambda s: Sessions(s).find(key))
                return rec.id, rec.name
            # not pinned: each person goes to their group's session, so name them all
            sessions = self.ctx.attendance.current_sessions()
            return None, " · ".join(x.name for x in sessions)

        def done(found: tuple[int | None, str]) -> None:
            self._session_id, name = found
            if self.controller is not None and key:
                self.controller.session_id = self._session_id
            self.session_name = name
            self._update_clock()

        def failed(exc: BaseException) -> None:
            log.warning("kiosk: cannot read the session: %s", exc)

        ops.run_op(load, success=done, failure=failed, parent=self)

    def shutdown(self) -> None:
        self._timer.stop()
        self._session_timer.stop()
        self.runner.stop(timeout=2.0)

    def save_screenshot(self, path: Path) -> bool:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = bool(self.grab().save(str(path)))
        if not ok:
            log.error("could not save the screenshot to %s", path)
        return ok

    # ---- frames and views ----------------------------------------------------------------
    def _take_frame(self) -> None:
        frame = self.runner.take_frame()
        if frame is not None:
            self.live.set_frame(frame)

    def _on_processed(self, processed: Processed) -> None:
        result = processed.result
        if isinstance(result, KioskFrame):
            self._show(result.view)

    def _on_source_state(self, state: str, message: str) -> None:
        self._source_state = (state, message or source_message(state))
        if state != "running":
            log.info("kiosk camera %s: %s", state, message)
        self._refresh_band()

    def _on_process_failed(self, exc: object) -> None:
        text = ops.error_text(exc) if isinstance(exc, BaseException) else str(exc)
        log.warning("kiosk: frame processing failed: %s", text)

    # ---- lock-down -----------------------------------------------------------------------
    def lock_down(self) -> None:
        """Full screen, on top, with the keyboard grabbed; until the admin PIN is entered,
        minimising or hiding the window is undone at once (and checked four times a second,
        for window managers that do not tell). Alt+Tab and the Super key reach the kiosk
        instead of the desktop where X11 grabs work; see docs/kiosk.md for what does not
        (Wayland desktops, Ctrl+Alt+F1 VT switching): the locked-down session does."""
        self.locked_down = True
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._restore()

    def _restore(self) -> None:
        if not self.locked_down or self.unlocked or self.session_ending:
            return
        if not self.isFullScreen() or self.isMinimized() or not self.isVisible():
            self.setWindowState(Qt.WindowState.WindowFullScreen)
            self.showFullScreen()
            self.raise_()
            self.activateWindow()
        self._grab_keyboard()

    def _grab_keyboard(self) -> None:
        """The kiosk (or its open pad) gets every key while locked down."""
        if not self.locked_down or self.unlocked or self.session_ending:
            return
        pad = self.pin_dialog or self.code_dialog
        target = pad if pad is not None and pad.isVisible() else self
        if QWidget.keyboardGrabber() is not target:
            target.grabKeyboard()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.locked_down:
            QTimer.singleShot(0, self._restore)

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        if self.locked_down and not self.unlocked:
            QTimer.singleShot(0, self._restore)

    def _on_timer(self) -> None:
        self._restore()
        self._update_clock()
        if self.controller is not None:
            view = self.controller.tick_if_free()  # never waits for a frame being marked
            if view is not None:
                self._show(view)
        if self._esc_down_at is not None and time.monotonic() - self._esc_down_at >= (
            ESC_HOLD_SECONDS
        ):
            self._esc_down_at = None
            self.request_exit()

    def _update_clock(self) -> None:
        """Clock, date and session name side by side, never overlapping: the date gets
        shorter ("Sun 6 Dec") or goes on a narrow screen, the session name is cut with "…"."""
        now = local(dt.datetime.now(dt.UTC))
        # QLocale's default follows the chosen language (ui/i18n.py): 12/24-hour clock, day
        # and month names; the session name stays as typed.
        locale = QLocale()
        self.clock_label.setText(
            locale.toString(QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat)
        )
        session = self.session_name or QCoreApplication.translate("Kiosk", "Attendance")
        today = QDate(now.year, now.month, now.day)
        width = self.header.width() - 64  # the layout's side margins
        clock_w = self.clock_label.fontMetrics().horizontalAdvance(self.clock_label.text()) + 8
        date_fm = self.date_label.fontMetrics()
        room_for_name = date_fm.horizontalAdvance("M" * 8)
        date = ""
        long_form = day_format(locale)
        short_form = long_form.replace("dddd", "ddd").replace("MMMM", "MMM")
        for text in (locale.toString(today, long_form), locale.toString(today, short_form)):
            if width - clock_w - date_fm.horizontalAdvance(text) - 48 >= room_for_name:
                date = text
                break
        self.date_label.setText(date)
        self.date_label.setVisible(bool(date))
        date_w = date_fm.horizontalAdvance(date) + 24 if date else 0
        name_w = max(0, width - clock_w - date_w - 24)
        fm = self.session_label.fontMetrics()
        self.session_label.setText(fm.elidedText(session, Qt.TextElideMode.ElideRight, name_w))
        self.session_label.setToolTip(session)

    def _show(self, view: KioskView) -> None:
        changed = (view.phase, view.title, view.subtitle, view.card_id) != (
            self.current.phase,
            self.current.title,
            self.current.subtitle,
            self.current.card_id,
        )
        self.current = view
        if view.is_card:
            shown = self.card.view
            if (shown.phase, shown.title, shown.subtitle, shown.card_id) != (
                view.phase,
                view.title,
                view.subtitle,
                view.card_id,
            ):
                self.card.set_view(view)
            if view.card_id != self._last_card:
                self._last_card = view.card_id
                self.sounds.play("ok" if view.phase is KioskPhase.GREETING else "attention")
            self.stack.setCurrentWidget(self.card)
        else:
            self.stack.setCurrentIndex(0)
        self._refresh_band()
        self.live.update()
        if view.phase is KioskPhase.CODE:
            self._open_code_pad()
            pad = self.code_dialog
            if pad is not None and pad.checking and changed:
                pad.say(view.subtitle)  # e.g. the mark waits for the database
        elif self.code_dialog is not None:
            dlg, self.code_dialog = self.code_dialog, None
            dlg.done(PinPadDialog.DialogCode.Accepted)  # answered, failed or timed out
        if changed:
            self.view_changed.emit(view)

    # ---- the second factor ---------------------------------------------------------------
    def _open_code_pad(self) -> None:
        """The pad for the person's ID number / PIN while the kiosk holds their face."""
        if self.code_dialog is not None or self.controller is None:
            return
        pin = self.settings.kiosk.second_factor == "pin"
        dlg = PinPadDialog(
            _CodeGate(self.controller),
            parent=self,
            font_px=max(22, int(self.height() * 0.035)),
            prompt=(
                QCoreApplication.translate("Kiosk", "Please type your PIN to confirm it is you")
                if pin
                else QCoreApplication.translate(
                    "Kiosk", "Please type your ID number to confirm it is you"
                )
            ),
            title=(
                QCoreApplication.translate("Kiosk", "Your PIN")
                if pin
                else QCoreApplication.translate("Kiosk", "Your ID number")
            ),
            secret=pin,
            checking=checking_text(self.settings.kiosk.second_factor),
            cancel_while_checking=False,
        )
        self.code_dialog = dlg
        dlg.answered.connect(lambda _outcome: self._follow_controller())

        def finished(code: int) -> None:
            if self.code_dialog is dlg:  # closed by the person (Cancel, Esc)
                self.code_dialog = None
                if self.controller is not None:
                    self._show(self.controller.cancel_code())

        dlg.finished.connect(finished)
        dlg.open()
        self._grab_keyboard()

    def _refresh_band(self) -> None:
        state, message = self._source_state
        if state in ("lost", "ended") or (
            state == "connecting" and self.live.current_image() is None
        ):
            self.band.setText(
                QCoreApplication.translate("Kiosk", "Camera unavailable")
                if state == "lost"
                else message
            )
            self.band_sub.setText(
                QCoreApplication.translate(
                    "Kiosk", "Reconnecting automatically - please see the front desk"
                )
                if state == "lost"
                else ""
            )
            return
        self.band.setText(self.current.title if not self.current.is_card else "")
        self.band_sub.setText(self.current.subtitle if not self.current.is_card else "")

    def _follow_controller(self) -> None:
        """The screen the controller shows now (the pad's answer is in)."""
        if self.controller is not None:
            view = self.controller.tick_if_free()
            if view is not None:
                self._show(view)

    # ---- leaving -------------------------------------------------------------------------
    def request_exit(self) -> bool:
        """Open the PIN pad; close the kiosk when the right PIN is entered."""
        if self.unlocked:
            self.close()
            return True
        if not self.require_pin:
            self.unlocked = True
            self.close()
            return True
        if self.pin_dialog is not None:
            return False
        dlg = PinPadDialog(
            self.gate,
            parent=self,
            font_px=max(22, int(self.height() * 0.035)),
            prompt=QCoreApplication.translate("Kiosk", "Enter the admin PIN to leave kiosk mode"),
        )
        self.pin_dialog = dlg

        def finished(code: int) -> None:
            self.pin_dialog = None
            if code == PinPadDialog.DialogCode.Accepted:
                self.unlocked = True
                self.releaseKeyboard()
                self.close()

        dlg.finished.connect(finished)
        dlg.open()
        self._grab_keyboard()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat():
            self._esc_down_at = time.monotonic()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat():
            self._esc_down_at = None
            return
        super().keyReleaseEvent(event)

    def on_session_ending(self, _manager: object = None) -> None:
        """Windows shutdown/log-off (WM_QUERYENDSESSION), an X11/macOS session logging out:
        let the kiosk close without the PIN. A kiosk that refused would block the shutdown
        ("This app is preventing shutdown"). Nothing is lost: every mark is committed as it
        happens. If the shutdown is cancelled, the PIN is needed again after a minute."""
        log.info("the operating system is ending the session: the kiosk may close")
        self.session_ending = True
        QTimer.singleShot(60_000, self._session_continues)

    def _session_continues(self) -> None:
        self.session_ending = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unlocked and not self.session_ending:
            event.ignore()  # Alt+F4 and the window manager's close need the PIN too
            self.request_exit()
            return
        self.shutdown()
        super().closeEvent(event)


class _CodeGate:
    """The second-factor pad's gate: the kiosk controller checks the code, off the GUI thread
    (the pad runs ``submit`` on a pool thread; the window follows the controller's view)."""

    background = True

    def __init__(self, controller: KioskController) -> None:
        self.controller = controller

    def seconds_locked(self) -> float:
        return 0.0

    def submit(self, entered: str) -> PinOutcome:
        view = self.controller.submit_code(entered)
        if view.phase is KioskPhase.CODE:
            return PinOutcome(False, view.subtitle)
        return PinOutcome(True, "")
