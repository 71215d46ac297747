"""Pages of the main window (one per navigation entry)."""
