"""Face recognition attendance desktop app."""

__version__ = "0.1.0"
