"""``face-attendance kiosk``: the full-screen check-in kiosk.

Leaving it needs the admin PIN (Ctrl+Shift+Q or hold Esc for 2 s opens the PIN pad). Without
a PIN the kiosk refuses to start unless ``--no-pin`` is given; ``--set-pin`` sets or changes
the PIN (asked twice, never echoed). ``--screenshot OUT.png --quit-after SECONDS`` runs the
real kiosk window on ``--source`` for that long, saves a screenshot and quits (also with
QT_QPA_PLATFORM=offscreen), for documentation and smoke checks.
"""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from desktop_app.cli import output_file
from desktop_app.errors import PermissionDenied

NO_PIN_HELP = (
    "No admin PIN is set, so nobody could leave kiosk mode. Set one first with "
    "`face-attendance kiosk --set-pin` (asked twice), or start with --no-pin to allow leaving "
    "with Ctrl+Shift+Q without a PIN (not for unattended kiosks)."
)


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser("kiosk", help="full-screen check-in kiosk")
    p.add_argument(
        "--source",
        help="camera index, video file, RTSP/HTTP URL, image folder or photo (default: Settings > "
        "Camera)",
    )
    p.add_argument("--session", help="pin the kiosk to this session (name or id)")
    p.add_argument(
        "--screenshot",
        type=output_file,
        metavar="OUT.png",
        help="save a screenshot of the kiosk before quitting",
    )
    p.add_argument(
        "--quit-after",
        type=float,
        metavar="SECONDS",
        help="quit after this many seconds (default 5 with --screenshot)",
    )
    p.add_argument(
        "--windowed",
        action="store_true",
        help="a 1280x720 window instead of full screen (setting up, docs)",
    )
    p.add_argument(
        "--no-pin",
        action="store_true",
        help="allow leaving without the admin PIN (only when none is set)",
    )
    p.add_argument(
        "--set-pin", action="store_true", help="set or change the admin PIN (asked twice) and exit"
    )
    p.add_argument(
        "--reset-pin",
        action="store_true",
        help="replace a forgotten admin PIN without the current one and clear the lock-out "
        "(audited; anyone who can run this as the data's OS user can do it)",
    )
    p.set_defaults(func=run)
    return p


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def set_pin_interactive(ctx: Any, ask: Any = None, *, reset: bool = False) -> int:
    from desktop_app.attendance.kiosk_state import PinGate
    from desktop_app.security import pin

    ask = ask or _ask
    gate = PinGate(ctx.db, ctx.settings.attendance.device)
    current = None
    if gate.is_set() and not reset:
        current = ask("Current admin PIN: ")
        outcome = gate.submit(current)
        if not outcome.ok:
            raise PermissionDenied(f"{outcome.message} The PIN was not changed.")
    first = pin.ask_new_pin(
        ask, "New admin PIN (4-12 digits): ", label="The admin PIN", hint=" Run --set-pin again."
    )
    if reset:
        pin.reset_pin(ctx.db, first, actor="cli")
    else:
        pin.set_pin(ctx.db, first, current=current, actor="cli")
    print("Admin PIN set. Leave the kiosk with Ctrl+Shift+Q (or hold Esc) and this PIN.")
    return 0


def run(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.security import pin

    if args.set_pin or args.reset_pin:
        return set_pin_interactive(ctx, reset=args.reset_pin)
    has = pin.has_pin(ctx.db)
    if not has and not args.no_pin:
        raise PermissionDenied(NO_PIN_HELP)

    if args.session:
        from desktop_app.storage.repositories import Sessions

        ctx.db.run(lambda s: Sessions(s).find(args.session))  # NotFoundError says which

    from desktop_app.ui.kiosk.app import run_kiosk

    code = run_kiosk(
        ctx,
        source=args.source,
        session=args.session,
        screenshot=args.screenshot,
        quit_after=args.quit_after,
        windowed=args.windowed,
        require_pin=has,
    )
    if args.screenshot is not None and code == 0:
        print(f"screenshot saved to {args.screenshot}")
    return code
