"""Kiosk sounds: a rising two-tone chime for a check-in, one low tone for "please see the
front desk". WAVs in ``resources/sounds/`` (made by :func:`write_sounds`, run
``python -m desktop_app.ui.kiosk.sound`` to remake them), played with QtMultimedia's
QSoundEffect; without a working audio output it falls back to ``QApplication.beep()``.
"""

from __future__ import annotations

import logging
import wave
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from desktop_app.ui import resources

log = logging.getLogger(__name__)

RATE = 22_050
SOUNDS = {"ok": ((660.0, 0.12), (880.0, 0.22)), "attention": ((392.0, 0.35),)}


def tone_sequence(notes: tuple[tuple[float, float], ...], rate: int = RATE) -> np.ndarray:
    """int16 mono samples: each (frequency Hz, seconds) note with a soft attack and decay."""
    parts = []
    for freq, seconds in notes:
        t = np.arange(int(rate * seconds)) / rate
        env = np.minimum(1.0, t / 0.01) * np.exp(-3.0 * t / seconds)
        wave_ = np.sin(2 * np.pi * freq * t) + 0.25 * np.sin(4 * np.pi * freq * t)
        parts.append(0.35 * env * wave_)
    samples = np.concatenate(parts)
    return (np.clip(samples, -1, 1) * 32767).astype(np.int16)


def write_sounds(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, notes in SOUNDS.items():
        path = folder / f"kiosk_{name}.wav"
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(tone_sequence(notes).tobytes())
        out.append(path)
    return out


class KioskSounds(QObject):
    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.played: list[str] = []  # names played (tests and the log)
        self._effects: dict[str, object] = {}
        if not enabled:
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # pragma: no cover - PySide6-Addons missing
            log.info("QtMultimedia not available: the kiosk beeps instead")
            return
        for name in SOUNDS:
            path = resources.resource_path("sounds", f"kiosk_{name}.wav")
            if path.is_file():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[name] = effect

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        self.played.append(name)
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        else:
            QApplication.beep()


if __name__ == "__main__":  # pragma: no cover
    for p in write_sounds(Path(__file__).resolve().parents[3] / "resources" / "sounds"):
        print(p)
