"""``python -m desktop_app`` does what ``face-attendance`` does."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
