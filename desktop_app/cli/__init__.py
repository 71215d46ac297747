"""``face-attendance``: the command-line entry point.

Each subcommand lives in its own module ``desktop_app/cli/<name>_cmd.py`` exposing
``register(subparsers) -> argparse.ArgumentParser`` whose parser sets ``func=run`` with
``run(args, ctx) -> int``. Commands print human text by default and JSON with ``--json``
where they say so. Typed ``AppError``s become one clear line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.errors import AppError
from desktop_app.paths import make_private

COMMANDS: list[tuple[str, str]] = [
    ("gui", "open the desktop app (the default)"),
    ("kiosk", "full-screen check-in kiosk"),
    ("enroll", "enroll a person from photos"),
    ("recognize", "recognise faces in an image, video or camera"),
    ("verify", "1:1 check: is the face in IMAGE this enrolled person?"),
    ("calibrate", "match threshold for a target false-match rate, from the gallery"),
    ("people", "list, show, import or remove people"),
    ("session", "create, list and close attendance sessions"),
    ("attendance", "list and correct attendance events"),
    ("report", "export attendance reports (CSV, XLSX, PDF)"),
    ("models", "build, list and verify the face models"),
    ("db", "database migrations: upgrade, downgrade, current, check"),
    ("eval", "evaluate recognition accuracy on a dataset folder"),
    ("bench", "speed benchmarks"),
    ("audit", "show and verify the tamper-evident audit log"),
    ("backup", "write an encrypted backup archive"),
    ("restore", "restore an encrypted backup archive"),
]


def _global_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("global options")
    g.add_argument("--data-dir", type=Path, help="folder for database, models, index, logs")
    g.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite in the data dir)")
    g.add_argument("--config", type=Path, help="settings TOML file (default: user config dir)")
    g.add_argument("-v", "--verbose", action="count", default=0, help="more log output")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="face-attendance",
        allow_abbrev=False,  # so a command's --data is not taken for --data-dir
        description="Face recognition attendance: live recognition, enrollment, sessions, "
        "reports. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS:
        try:
            module = importlib.import_module(f"desktop_app.cli.{name}_cmd")
        except ModuleNotFoundError as exc:
            if exc.name != f"desktop_app.cli.{name}_cmd":
                raise
            p = sub.add_parser(name, help=f"{help_text} (not available in this version)")
            p.set_defaults(func=_not_available, _command_name=name)
            continue
        p = module.register(sub)
        if p.description is None:
            p.description = help_text
    return parser


def _not_available(args: argparse.Namespace, ctx: Any) -> int:
    print(
        f"face-attendance {args._command_name}: not available in this version yet.",
        file=sys.stderr,
    )
    return 2


def make_context(args: argparse.Namespace) -> Any:
    from desktop_app.config import Scene, load_settings
    from desktop_app.context import AppContext

    settings = load_settings(
        config_file=getattr(args, "config", None),
        data_dir=getattr(args, "data_dir", None),
        database_url=getattr(args, "database_url", None),
    )
    # the kiosk's camera sees one person near it; every other command's camera a room
    scene: Scene = "kiosk" if getattr(args, "command", None) == "kiosk" else "room"
    return AppContext(settings, progress=_cli_progress, scene=scene)


# The long-running commands also log to <data dir>/logs (a kiosk runs for days unattended).
GUI_COMMANDS = LOGGED_COMMANDS = frozenset({"gui", "kiosk"})
LOG_FILE = "face-attendance.log"
# The commands that announce themselves in the data folder while they run (storage.in_use): a
# restore refuses while any of them runs, and none of them starts during a restore. `restore`
# itself announces only while it replaces the data (security.backup.restore): waiting at its
# passphrase or "yes" prompt it must not keep a kiosk from starting.
ANNOUNCED_COMMANDS = frozenset(
    {"gui", "kiosk", "enroll", "recognize", "backup", "people", "session"}
    | {"attendance", "calibrate", "db"}
)
# A kiosk started (or restarted by its OS unit) during a restore starts once it is done; an
# error box would wait for a person at a screen nobody is watching.
KIOSK_WAITS_FOR_RESTORE_S = 600.0


ROTATE_RETRY_S = 60.0  # a log another process holds open is not renamed again before this


def _rotating_log(path: Path) -> logging.handlers.RotatingFileHandler:
    """The rotating log file handler (5 x 1 MB), 0600 on POSIX, safe when a window and a
    kiosk on one data folder both write it.

    The standard rollover first shifts ``.1`` ... ``.4`` down and deletes the oldest, then
    renames the log itself. On Windows that last rename fails while the other process has
    the log open (WinError 32): the record was lost, and every later record shifted the old
    logs down once more, until all of them were deleted. Here the log is renamed aside
    first; while that fails nothing moves, records go on into the log (it grows past
    1 MB), and the rename is tried again after ``ROTATE_RETRY_S``."""
    import os
    import time
    from logging.handlers import RotatingFileHandler

    class _PrivateLog(RotatingFileHandler):
        retry_at = 0.0

        def _open(self) -> Any:
            stream = super()._open()
            make_private(Path(self.baseFilename))
            return stream

        def shouldRollover(self, record: logging.LogRecord) -> bool:
            return time.monotonic() >= self.retry_at and bool(super().shouldRollover(record))

        def doRollover(self) -> None:
            if self.stream:
                self.stream.close()
                self.stream = None
            try:
                self._shift()
            except OSError:  # held open by another process: keep writing to it
                self.retry_at = time.monotonic() + ROTATE_RETRY_S
            if not self.delay:
                self.stream = self._open()

        def _shift(self) -> None:
            base = self.baseFilename
            aside = f"{base}.rotating"
            if not os.path.exists(aside):  # else left by a rollover that stopped half-way
                os.replace(base, aside)
            for i in range(self.backupCount - 1, 0, -1):
                if os.path.exists(f"{base}.{i}"):
                    os.replace(f"{base}.{i}", f"{base}.{i + 1}")
            os.replace(aside, f"{base}.1")

    return _PrivateLog(path, maxBytes=1_000_000, backupCount=4, encoding="utf-8")


def _log_to_file(folder: Path) -> logging.Handler | None:
    """Add a rotating log file (INFO and up, ``_rotating_log``) to the root logger; None if
    it cannot. The file is 0600 on POSIX: it says who checked in when."""
    path = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _rotating_log(path)
    except OSError as exc:  # a read-only or full data dir: run without the file
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", path, exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO:
        # the console handler keeps its own level; the root passes INFO on to the file
        for h in root.handlers:
            if h is not handler and h.level == logging.NOTSET:
                h.setLevel(root.level)
        root.setLevel(logging.INFO)
    return handler


def _cli_progress(fraction: float, message: str) -> None:
    print(f"[{fraction * 100:5.1f}%] {message}", file=sys.stderr, flush=True)


def _load_native_runtime_before_qt() -> None:
    """Import onnxruntime before PySide6 loads its DLLs.

    On Windows PySide6 ships an older copy of the Visual C++ runtime; when Qt loads first,
    onnxruntime >= 1.21 can fail with "DLL load failed ... onnxruntime_pybind11_state"
    (onnxruntime issues 26127, 24843). Loading onnxruntime first takes the current runtime.
    """
    import onnxruntime  # noqa: F401


def output_file(text: str) -> Path:
    """The argparse type of a FILE the command writes (``--output``, ``--plot``): a name
    Windows cannot hold is refused before any work, on every system (a file made here may
    be synced to a Windows PC): a ':' there writes an alternate data stream, NUL nothing."""
    from desktop_app.portable import unfit_for_windows

    path = Path(text)
    # the names the command makes: the file's, and any folder not there yet (a share
    # mounted at ".../smb-share:server=fs,share=reports" is the system's name, not ours)
    made = [path]
    while not made[-1].parent.exists() and made[-1].parent != made[-1]:
        made.append(made[-1].parent)
    for part in made:
        reason = unfit_for_windows(part.name)
        if reason:
            raise argparse.ArgumentTypeError(f"{reason}; choose another name")
    return path


def day_range_options(p: argparse.ArgumentParser, *, until_today: bool = False) -> None:
    """--from/--to/--group of the commands that read days. ``report`` reads the --from day
    alone by default; the lists (``until_today``: attendance list, session list) read from
    it up to today, as scripts calling them with --from alone have always had."""
    p.add_argument(
        "--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD (default: today)"
    )
    p.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        help="last day, YYYY-MM-DD (default: "
        + ("today, or the --from day if it is later)" if until_today else "the --from day)"),
    )
    p.add_argument("--group", metavar="G", help="only this group (class, team)")


def main(argv: list[str] | None = None) -> int:
    from desktop_app.portable import configure_console, ensure_streams_for_gui

    no_console = sys.stderr is None  # a gui-script / frozen windowed app / OS-started kiosk
    ensure_streams_for_gui()  # ... whose print() and logging then go to the null device
    configure_console()  # `people list > f.txt` with "Марія" under cp1252 must not raise
    argv = list(sys.argv[1:] if argv is None else argv)
    # Global options may stand anywhere (``face-attendance db check --data-dir X``).
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    _global_options(pre)
    global_args, rest = pre.parse_known_args(argv)
    parser = build_parser()
    if not any(a for a in rest if not a.startswith("-")) and not {
        "-h",
        "--help",
        "--version",
    } & set(rest):
        rest = [*rest, "gui"]  # no subcommand: open the GUI
    args = parser.parse_args(rest)
    if args.command in GUI_COMMANDS:
        _load_native_runtime_before_qt()
    for key, value in vars(global_args).items():
        if (value is not None and value != 0) or not hasattr(args, key):
            setattr(args, key, value)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx = None
    log_file: logging.Handler | None = None
    presence = None
    try:
        ctx = make_context(args)
        if args.command in ANNOUNCED_COMMANDS:
            from desktop_app.storage import in_use

            wait = KIOSK_WAITS_FOR_RESTORE_S if args.command == "kiosk" else 0.0
            presence = in_use.enter(ctx.paths.root, args.command, wait=wait)
        elif args.command == "restore":  # refused at once, before its prompts
            from desktop_app.storage import in_use

            in_use.refuse_while_used(ctx.paths.root)
        if args.command in LOGGED_COMMANDS:
            log_file = _log_to_file(ctx.settings.paths.logs)
        return int(args.func(args, ctx) or 0)
    except AppError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if no_console and getattr(args, "command", None) in GUI_COMMANDS:
            from desktop_app.ui.startup_error import show_startup_error

            show_startup_error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if ctx is not None:
            ctx.close()
        if presence is not None:
            presence.withdraw()
        if log_file is not None:
            logging.getLogger().removeHandler(log_file)
            log_file.close()
