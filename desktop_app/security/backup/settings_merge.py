"""Merging archived settings with this machine's: machine-specific keys stay, the result is
validated, and the security settings a restore would change are listed."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from desktop_app.config import Settings
from desktop_app.i18n import translate
from desktop_app.security.backup.format import BackupError

# Settings that belong to a machine, not to the data: restoring keeps this machine's values.
MACHINE_KEYS: tuple[tuple[str, ...], ...] = (
    ("data_dir",),
    ("database_url",),
    ("privacy", "key_dir"),
    ("privacy", "key_store"),
    ("attendance", "device"),
)


# Settings whose change weakens protection or recognition: a restore shows each and asks.
SECURITY_SETTINGS: tuple[tuple[str, ...], ...] = (
    ("privacy", "require_consent"),
    ("privacy", "encrypt_at_rest"),
    ("privacy", "retention_templates_days"),
    ("privacy", "retention_events_months"),
    ("privacy", "admin_unlock_minutes"),
    ("privacy", "backup_copies_keep"),
    ("privacy", "backup_copies_days"),
    ("kiosk", "liveness"),
    ("kiosk", "second_factor"),
    ("recognition", "threshold"),
    ("recognition", "margin"),
    ("recognition", "target_false_match_rate"),
    ("recognition", "embedder"),
    ("recognition", "detector"),
)


def _get(d: Any, path: tuple[str, ...]) -> Any:
    for p in path:
        d = d.get(p) if isinstance(d, dict) else None
    return d


def _move_key(incoming: dict[str, Any], current: dict[str, Any], path: tuple[str, ...]) -> None:
    """Make ``incoming[path]`` this machine's value (``current[path]``) or absent."""
    *parents, leaf = path
    inc: Any = incoming
    for p in parents:
        inc = inc.get(p) if isinstance(inc, dict) else None
    if isinstance(inc, dict):
        inc.pop(leaf, None)
    cur: Any = current
    for p in parents:
        cur = cur.get(p) if isinstance(cur, dict) else None
    if isinstance(cur, dict) and leaf in cur:
        target = incoming
        for p in parents:
            target = target.setdefault(p, {})
        target[leaf] = cur[leaf]


def merge_settings(path: Path, text: str) -> tuple[str, tuple[str, ...]]:
    """The archived settings with this machine's data dir, database URL, key store and device
    name, as TOML, validated; and the security settings that would change."""
    from pydantic import ValidationError

    try:
        incoming = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BackupError(
            translate(
                "Backup",
                "The settings inside the backup are not valid TOML ({problem}); nothing was "
                "changed.",
            ).format(problem=exc)
        ) from exc
    current: dict[str, Any] = {}
    if path.is_file():
        try:
            current = tomllib.loads(path.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
            current = {}
    for key in MACHINE_KEYS:
        _move_key(incoming, current, key)
    try:
        new = Settings.model_validate(incoming)
        old = Settings.model_validate(current)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise BackupError(
            translate(
                "Backup",
                "The settings inside the backup are not valid ({problem}); nothing was changed.",
            ).format(problem=problems)
        ) from exc
    old_d, new_d = old.model_dump(mode="json"), new.model_dump(mode="json")
    changes = tuple(
        f"{'.'.join(k)}: {_get(old_d, k)!r} -> {_get(new_d, k)!r}"
        for k in SECURITY_SETTINGS
        if _get(old_d, k) != _get(new_d, k)
    )
    return tomli_w.dumps(incoming), changes


def keep_machine_settings(new: Settings, current: Settings) -> Settings:
    """``new`` with this machine's values of :data:`MACHINE_KEYS` from ``current`` (in
    memory: a restored settings file read back keeps the data dir, database, key store and
    device name this process runs with, also when they came from flags or the environment)."""
    for path in MACHINE_KEYS:
        value: Any = current
        for part in path:
            value = getattr(value, part)
        new = _with_value(new, path, value)
    return new


def _with_value(model: Any, path: tuple[str, ...], value: Any) -> Any:
    head, *rest = path
    if not rest:
        return model.model_copy(update={head: value})
    return model.model_copy(update={head: _with_value(getattr(model, head), tuple(rest), value)})
