"""``face-attendance kiosk``'s Qt side: open the kiosk window (full screen by default)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from desktop_app.ui.app import create_application
from desktop_app.ui.i18n import install_translator
from desktop_app.ui.kiosk.window import KioskWindow

log = logging.getLogger(__name__)


def run_kiosk(
    ctx: Any,
    *,
    source: str | None = None,
    session: str | None = None,
    screenshot: Path | None = None,
    quit_after: float | None = None,
    windowed: bool = False,
    require_pin: bool = True,
    size: tuple[int, int] = (1280, 720),
) -> int:
    """Run the kiosk until it is left with the admin PIN. With ``screenshot``/``quit_after``:
    run for that long on the real window, save a screenshot, quit (works offscreen)."""
    app = create_application()
    install_translator(app, ctx.settings.ui.language)
    window = KioskWindow(ctx, source=source, session=session, require_pin=require_pin)
    if windowed:
        window.resize(*size)
        window.show()
    else:
        window.lock_down()
    window.start()
    from desktop_app.ui.maintenance import RetentionScheduler

    retention = RetentionScheduler(ctx, parent=window)
    retention.start()
    status = {"code": 0}
    if screenshot is not None or quit_after is not None:
        delay_ms = int(max(0.5, quit_after if quit_after is not None else 5.0) * 1000)

        def finish() -> None:
            if screenshot is not None and not window.save_screenshot(screenshot):
                status["code"] = 1
            window.unlocked = True  # a scripted run (docs, checks) ends by itself
            window.close()
            app.quit()

        QTimer.singleShot(delay_ms, finish)
    code = app.exec()
    retention.stop()
    window.shutdown()
    return status["code"] or int(code)
