"""``face-attendance backup --output FILE [--key-only] [--passphrase-file FILE]``.

Writes one encrypted archive: a consistent copy of the SQLite database, the settings file and
the data key, sealed with a key derived from a passphrase (scrypt). ``--key-only`` writes just
the data key (for a second kiosk on the same PostgreSQL database, or a key escrow copy);
``face-attendance restore`` installs it.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli import output_file
from desktop_app.security.backup import BackupError, check_new_passphrase, create_backup


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "backup",
        help="write an encrypted backup archive",
        description="Write one encrypted archive with the database (SQLite), the settings and "
        "the data key. Keep the passphrase: without it the archive cannot be opened.",
    )
    p.add_argument("--output", "-o", type=output_file, required=True, help="archive file to write")
    p.add_argument(
        "--passphrase-file",
        type=Path,
        help="read the passphrase from the first line of this file (default: ask)",
    )
    p.add_argument(
        "--key-only",
        action="store_true",
        help="archive only the data key (to install it on another machine)",
    )
    p.add_argument("--json", action="store_true", help="print the manifest as JSON")
    p.set_defaults(func=run)
    return p


def read_passphrase(path: Path | None, *, confirm: bool) -> str:
    """From ``path`` (first line), else asked on the terminal (twice when ``confirm``)."""
    if path is not None:
        try:
            lines = path.read_text("utf-8").splitlines()
        except OSError as exc:
            raise BackupError(f"Cannot read the passphrase file {path}: {exc.strerror}") from exc
        if not lines or not lines[0]:
            raise BackupError(f"The passphrase file {path} is empty.")
        return lines[0]
    if not sys.stdin.isatty():
        raise BackupError(
            "No terminal to ask for the passphrase: give it with --passphrase-file FILE."
        )
    first = getpass.getpass("Backup passphrase: ")
    if confirm:
        check_new_passphrase(first)
        if getpass.getpass("Repeat the passphrase: ") != first:
            raise BackupError("The passphrases do not match; nothing was written.")
    return first


def run(args: argparse.Namespace, ctx: Any) -> int:
    passphrase = read_passphrase(args.passphrase_file, confirm=True)
    manifest = create_backup(
        ctx.settings,
        args.output,
        passphrase,
        config_file=getattr(args, "config", None),
        key_only=args.key_only,
    )
    if args.json:
        print(json.dumps({"output": str(args.output), "manifest": manifest.to_json()}))
        return 0
    print(f"wrote {manifest.kind} backup {args.output}")
    if manifest.database is not None:
        print(f"  database: {manifest.database.describe()}")
    if manifest.has_settings:
        print("  settings file included")
    if manifest.has_key:
        print(f"  data key {manifest.key_id} included (the archive is protected by the passphrase)")
    elif manifest.key_id:
        print(
            f"  WARNING: data key {manifest.key_id} is not on this machine and is NOT in the "
            "archive: face templates in it can only be read where that key is.",
            file=sys.stderr,
        )
    return 0
