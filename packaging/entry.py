"""The frozen app's entry point (PyInstaller): the same ``main`` as ``face-attendance``.

With no command it opens the GUI; ``face-attendance-gui.exe`` (no console window) and
``face-attendance.exe`` (the CLI) are both built from this file.
"""

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows app re-executes itself for children
    sys.exit(main())
