"""``face-attendance gui``: the desktop app.

``--screenshot OUT.png --quit-after SECONDS`` runs the real window on ``--source`` for that
long, saves a screenshot of the main window and quits (also with QT_QPA_PLATFORM=offscreen),
for documentation and smoke checks.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli import output_file


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser("gui", help="open the desktop app (the default)")
    p.add_argument(
        "--source",
        help="camera index, video file, RTSP/HTTP URL, image folder or photo (default: Settings > "
        "Camera)",
    )
    p.add_argument(
        "--screenshot",
        type=output_file,
        metavar="OUT.png",
        help="save a screenshot of the main window before quitting",
    )
    p.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="quit after this many seconds (default 5 with --screenshot)",
    )
    p.add_argument("--fullscreen", action="store_true", help="open full screen")
    p.add_argument(
        "--page",
        choices=["live", "people", "attendance", "reports", "settings"],
        help="page to show first",
    )
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.cli.restore_cmd import owns_settings
    from desktop_app.config import default_config_file
    from desktop_app.ui.app import run_gui

    code = run_gui(
        ctx,
        source=args.source,
        screenshot=args.screenshot,
        quit_after=args.quit_after,
        fullscreen=args.fullscreen,
        config_file=getattr(args, "config", None) or default_config_file(),
        page=args.page,
        restore_settings=owns_settings(args),
    )
    if args.screenshot is not None and code == 0:
        print(f"screenshot saved to {args.screenshot}")
    return code
