"""``face-attendance restore FILE [--yes] [--passphrase-file FILE]``.

Verifies and decrypts the whole archive first, shows what will be replaced, and changes
nothing without confirmation (``--yes`` or answering ``yes``). The current database (and
settings file) is always copied into the data dir's ``backups/`` folder before it is replaced.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.backup_cmd import read_passphrase
from desktop_app.security.backup import (
    RestoreNotConfirmed,
    apply_restore,
    plan_restore,
    unpack_backup,
)


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "restore",
        help="restore an encrypted backup archive",
        description="Restore a backup made by `face-attendance backup`. The current database "
        "is copied into the data dir's backups/ folder first.",
    )
    p.add_argument("file", type=Path, help="the backup archive")
    p.add_argument("--yes", "-y", action="store_true", help="replace without asking")
    p.add_argument(
        "--passphrase-file",
        type=Path,
        help="read the passphrase from the first line of this file (default: ask)",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)
    return p


def _ask() -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input("Type 'yes' to replace the data above: ")
    return answer.strip().lower() == "yes"


def owns_settings(args: argparse.Namespace) -> bool:
    """Whether a restore may rewrite the settings file: not for ``--data-dir X`` without
    ``--config`` (the user's own settings file belongs to another data folder)."""
    return getattr(args, "config", None) is not None or getattr(args, "data_dir", None) is None


def run(args: argparse.Namespace, ctx: Any) -> int:
    settings = ctx.settings
    passphrase = read_passphrase(args.passphrase_file, confirm=False)
    unpacked = unpack_backup(args.file, passphrase, settings.paths.backups)
    try:
        config = getattr(args, "config", None)
        plan = plan_restore(
            settings, unpacked, config_file=config, restore_settings=owns_settings(args)
        )
        m = unpacked.manifest
        out = sys.stderr if args.json else sys.stdout
        print(f"backup {args.file}: {m.kind}, made {m.created_at} on {m.device or '?'}", file=out)
        print("this will replace:" if plan.target else "this will change:", file=out)
        for line in plan.lines() or ["nothing (the archive holds nothing new for this machine)"]:
            print(f"  {line}", file=out)
        confirmed = args.yes or _ask()
        if not confirmed:
            raise RestoreNotConfirmed(
                "Restore not confirmed: nothing was changed. Re-run with --yes to replace the "
                "data listed above (the current database is copied to backups/ first)."
            )
        result = apply_restore(settings, unpacked, plan, confirmed=True)
    finally:
        unpacked.cleanup()
    if args.json:
        print(
            json.dumps(
                {
                    "restored": str(args.file),
                    "kind": m.kind,
                    "database": str(result.database) if result.database else None,
                    "pre_restore_copy": str(result.pre_restore_copy)
                    if result.pre_restore_copy
                    else None,
                    "settings_copy": str(result.settings_copy) if result.settings_copy else None,
                    "key_installed": result.key_installed,
                }
            )
        )
        return 0
    if result.pre_restore_copy:
        print(f"the previous database was copied to {result.pre_restore_copy}")
    if result.settings_copy:
        print(f"the previous settings were copied to {result.settings_copy}")
    if result.key_installed:
        print(f"data key {m.key_id} installed")
    print("restore complete")
    return 0
