"""Kiosk colours: a normal dark theme and a high-contrast one (settings.kiosk.high_contrast).

Text/background pairs are chosen for a contrast ratio of at least 7:1 in the high-contrast
theme (WCAG AAA) and 4.5:1 in the normal one, so the cards read from across a room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from desktop_app.attendance.kiosk_state import KioskPhase


@dataclass(frozen=True)
class KioskTheme:
    name: str
    background: QColor
    text: QColor
    muted: QColor
    header_bg: QColor
    band_bg: QColor
    guide_idle: QColor
    guide_active: QColor
    cards: dict[KioskPhase, tuple[QColor, QColor]]  # phase -> (background, text)

    def card_colors(self, phase: KioskPhase) -> tuple[QColor, QColor]:
        return self.cards.get(phase, (self.band_bg, self.text))


NORMAL = KioskTheme(
    name="normal",
    background=QColor(18, 22, 28),
    text=QColor(255, 255, 255),
    muted=QColor(200, 208, 218),
    header_bg=QColor(30, 36, 46),
    band_bg=QColor(30, 36, 46),
    guide_idle=QColor(255, 255, 255, 170),
    guide_active=QColor(80, 200, 120),
    cards={
        KioskPhase.GREETING: (QColor(22, 120, 54), QColor(255, 255, 255)),
        KioskPhase.ALREADY: (QColor(24, 82, 150), QColor(255, 255, 255)),
        KioskPhase.UNKNOWN: (QColor(176, 36, 30), QColor(255, 255, 255)),
        KioskPhase.SPOOF: (QColor(176, 36, 30), QColor(255, 255, 255)),
        KioskPhase.NOT_RECORDED: (QColor(150, 90, 0), QColor(255, 255, 255)),
    },
)

HIGH_CONTRAST = KioskTheme(
    name="high_contrast",
    background=QColor(0, 0, 0),
    text=QColor(255, 255, 255),
    muted=QColor(255, 255, 0),
    header_bg=QColor(0, 0, 0),
    band_bg=QColor(0, 0, 0),
    guide_idle=QColor(255, 255, 0),
    guide_active=QColor(0, 255, 0),
    cards={
        KioskPhase.GREETING: (QColor(0, 90, 0), QColor(255, 255, 255)),
        KioskPhase.ALREADY: (QColor(255, 255, 0), QColor(0, 0, 0)),
        KioskPhase.UNKNOWN: (QColor(255, 255, 255), QColor(0, 0, 0)),
        KioskPhase.SPOOF: (QColor(255, 255, 255), QColor(0, 0, 0)),
        KioskPhase.NOT_RECORDED: (QColor(255, 255, 0), QColor(0, 0, 0)),
    },
)


def theme_for(high_contrast: bool) -> KioskTheme:
    return HIGH_CONTRAST if high_contrast else NORMAL
