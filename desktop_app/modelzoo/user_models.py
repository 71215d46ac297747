"""Bring your own embedder: an ONNX network plus a card (TOML) that says how to feed it.

``face-attendance models add FILE.onnx --card CARD.toml`` checks the card and the network
(one image input of the card's size and layout, a ``(N, D)`` output, finite descriptors of
two test chips) and only then copies both into ``<models dir>/<name>/`` with a manifest,
through a temporary folder: a malformed card or a network that does not match changes
nothing. The card::

    name = "my_embedder"                 # letters, digits, _, -; unique in any case; not CON
    description = "ArcFace R50, 112 px"  # optional
    metric = "cosine"                    # or "euclidean"
    licence = "Apache-2.0"               # the weights' licence as their rightsholder states it
    licence_url = "https://..."          # where they say so
    commercial_use = true

    [input]
    size = 112                           # square chip, pixels
    layout = "NCHW"                      # or "NHWC"
    colour_order = "RGB"                 # or "BGR"
    mean = [127.5, 127.5, 127.5]         # (pixel - mean) / std, per channel in that order
    std = [127.5, 127.5, 127.5]
    # where the five points land in the chip, in chip pixels: left eye, right eye, nose tip,
    # left and right mouth corner (image left/right)
    template = [[38.3, 51.7], [73.5, 51.5], [56.0, 71.7], [41.5, 92.4], [70.7, 92.2]]
    # weights = [0.3, 0.3, 0.2, 0.1, 0.1]  # optional: each point's weight in the fit
    # face_area = [16, 30, 96, 110]         # optional: eyes-to-chin box for the quality gate

    [decision]                           # optional: the rule you measured for this network
    threshold = 1.05                     # L2 distance of L2-normalised, flip-averaged descriptors
    margin = 0.03                        # optional, default 0

Without ``[decision]`` the app uses a placeholder threshold and says so until you run
``face-attendance calibrate --apply`` (recognition/defaults.py, ``placeholder_note``).
"""

from __future__ import annotations

import json
import math
import re
import shutil
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

import numpy as np

from desktop_app.config import Settings
from desktop_app.errors import ModelError
from desktop_app.fileio import replace_retrying, sha256_file
from desktop_app.modelzoo.cards import Builder, ModelCard, Progress
from desktop_app.portable import windows_device_name
from desktop_app.vision.onnx_embedder import Layout, OnnxEmbedder, face_area_for
from desktop_app.vision.types import ChipSpec, Metric

CARD_FILE = "card.toml"
ONNX_FILE = "model.onnx"
MANIFEST_FILE = "manifest.json"
CONVERTER_VERSION = "user-1"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class UserEmbedder:
    """What a user card says: the model card (licence...) and how to feed the network."""

    card: ModelCard
    chip: ChipSpec
    metric: Metric
    layout: Layout
    threshold: float | None = None  # the card's [decision] table, if any
    margin: float | None = None

    def load(self, folder: Path, threads: int = 1) -> OnnxEmbedder:
        return OnnxEmbedder(
            Path(folder) / ONNX_FILE,
            name=self.card.name,
            chip=self.chip,
            metric=self.metric,
            layout=self.layout,
            threads=threads,
            stated_threshold=self.threshold,
            stated_margin=self.margin,
        )


def _fail(card_path: Path, problem: str) -> ModelError:
    return ModelError(f"The model card {card_path} is not usable: {problem}. Nothing was added.")


def _number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _floats(value: Any, n: int, what: str, card_path: Path) -> list[float]:
    if (
        not isinstance(value, list)
        or len(value) != n
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        or not all(math.isfinite(float(v)) for v in value)
    ):
        raise _fail(card_path, f"{what} must be a list of {n} numbers")
    return [float(v) for v in value]


def parse_card(card_path: Path, *, onnx_sha256: str | None = None) -> UserEmbedder:
    """Read and check a card; ModelError naming the first problem."""
    card_path = Path(card_path)
    try:
        data = tomllib.loads(card_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelError(f"Cannot read the model card {card_path}: {exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise _fail(card_path, f"it is not valid TOML ({exc})") from exc

    def text(key: str, table: dict[str, Any] = data, required: bool = True) -> str:
        value = table.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            raise _fail(card_path, f"'{key}' must be a non-empty text")
        return value.strip()

    name = text("name")
    if not _NAME.match(name):
        raise _fail(card_path, f"name {name!r} may only use letters, digits, _ and -")
    if windows_device_name(name):  # the model's folder: a card works on every system
        raise _fail(card_path, f"name {name!r} is a device name on Windows; choose another")
    metric = text("metric")
    if metric not in ("cosine", "euclidean"):
        raise _fail(card_path, f"metric must be 'cosine' or 'euclidean', not {metric!r}")
    licence, licence_url = text("licence"), text("licence_url")
    if not licence_url.startswith(("https://", "http://")):
        raise _fail(card_path, "licence_url must be a web address (where the licence is stated)")
    commercial = data.get("commercial_use")
    if not isinstance(commercial, bool):
        raise _fail(card_path, "commercial_use must be true or false")
    inp = data.get("input")
    if not isinstance(inp, dict):
        raise _fail(card_path, "the [input] table is missing")
    size = inp.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or not 16 <= size <= 1024:
        raise _fail(card_path, "input.size must be a whole number of pixels from 16 to 1024")
    layout = text("layout", inp)
    if layout not in ("NCHW", "NHWC"):
        raise _fail(card_path, f"input.layout must be 'NCHW' or 'NHWC', not {layout!r}")
    colour = text("colour_order", inp)
    if colour not in ("RGB", "BGR"):
        raise _fail(card_path, f"input.colour_order must be 'RGB' or 'BGR', not {colour!r}")
    mean = _floats(inp.get("mean"), 3, "input.mean", card_path)
    std = _floats(inp.get("std"), 3, "input.std", card_path)
    if any(v <= 0 for v in std):
        raise _fail(card_path, "input.std must be positive")
    raw_template = inp.get("template")
    if not isinstance(raw_template, list) or len(raw_template) != 5:
        raise _fail(card_path, "input.template must list the 5 points as [x, y] pairs")
    template = np.array(
        [_floats(p, 2, "each input.template point", card_path) for p in raw_template],
        np.float32,
    )
    if (template < 0).any() or (template > size).any():
        raise _fail(card_path, f"input.template points must lie inside the {size} px chip")
    if not template[0, 0] < template[1, 0] or not template[3, 0] < template[4, 0]:
        raise _fail(card_path, "input.template: left eye/mouth corner must be left of the right")
    weights = None
    if "weights" in inp:
        w = np.array(_floats(inp["weights"], 5, "input.weights", card_path), np.float64)
        if (w < 0).any() or w.sum() <= 0:
            raise _fail(card_path, "input.weights must be >= 0 and not all 0")
        weights = w / w.sum()
    if "face_area" in inp:
        fa = [int(v) for v in _floats(inp["face_area"], 4, "input.face_area", card_path)]
        if not (0 <= fa[0] < fa[2] <= size and 0 <= fa[1] < fa[3] <= size):
            raise _fail(card_path, "input.face_area must be [x0, y0, x1, y1] inside the chip")
        face_area = (fa[0], fa[1], fa[2], fa[3])
    else:
        face_area = face_area_for(template, size)
    threshold: float | None = None
    margin: float | None = None
    decision = data.get("decision")
    if decision is not None:
        if not isinstance(decision, dict):
            raise _fail(card_path, "[decision] must be a table")
        t, m = decision.get("threshold"), decision.get("margin", 0.0)
        if not _number(t) or not 0.0 < t < 2.0:
            raise _fail(card_path, "decision.threshold must be a number between 0 and 2")
        if not _number(m) or not 0.0 <= m < 1.0:
            raise _fail(card_path, "decision.margin must be a number from 0 to 1")
        threshold, margin = float(t), float(m)
    chip = ChipSpec(
        size=size,
        template=template,
        weights=weights,
        face_area=face_area,
        colour_order="RGB" if colour == "RGB" else "BGR",
        mean=(mean[0], mean[1], mean[2]),
        std=(std[0], std[1], std[2]),
    )
    card = ModelCard(
        name=name,
        role="embedder",
        description=text("description", required=False) or f"user-supplied ONNX embedder {name}",
        licence=licence,
        licence_url=licence_url,
        commercial_use=commercial,
        sha256={ONNX_FILE: onnx_sha256} if onnx_sha256 else {},
        user_supplied=True,
    )
    return UserEmbedder(
        card=card,
        chip=chip,
        metric="cosine" if metric == "cosine" else "euclidean",
        layout="NCHW" if layout == "NCHW" else "NHWC",
        threshold=threshold,
        margin=margin,
    )


def check_network(folder: Path, spec: UserEmbedder) -> int:
    """Load ``folder/model.onnx`` and run two test chips; its descriptor size, or a
    ModelError that says what does not match the card."""
    from desktop_app.vision.runtime import create_session

    onnx_file = Path(folder) / ONNX_FILE
    shown = spec.card.name + ".onnx"
    try:
        session = create_session(onnx_file)
    except Exception as exc:  # onnxruntime raises its own (unexported) error types
        raise ModelError(
            f"The file is not an ONNX model onnxruntime can load ({exc}). Nothing was added."
        ) from exc
    inputs, outputs = session.get_inputs(), session.get_outputs()
    s = spec.chip.size
    if len(inputs) != 1 or len(outputs) < 1:
        raise ModelError(
            f"{shown} has {len(inputs)} inputs and {len(outputs)} outputs; an embedder takes "
            "one image batch and gives descriptors. Nothing was added."
        )
    shape = list(inputs[0].shape)
    want = [None, 3, s, s] if spec.layout == "NCHW" else [None, s, s, 3]
    if len(shape) != 4 or any(
        w is not None and isinstance(d, int) and d != w for d, w in zip(shape, want, strict=True)
    ):
        layout = "N, 3, S, S" if spec.layout == "NCHW" else "N, S, S, 3"
        raise ModelError(
            f"The network takes input {shape}, but the card says {spec.layout} chips of "
            f"{s}x{s} ({layout}). Fix input.size / input.layout in the card. Nothing was added."
        )
    if "float" not in str(inputs[0].type):
        raise ModelError(
            f"The network takes {inputs[0].type}; the card's mean/std make float input. "
            "Nothing was added."
        )
    out_shape = list(outputs[0].shape)
    if len(out_shape) != 2:
        raise ModelError(
            f"The network's output is {out_shape}; an embedder gives one descriptor per chip "
            "(N, D). Nothing was added."
        )
    chips = np.random.default_rng(0).integers(0, 256, (2, s, s, 3), dtype=np.uint8)
    try:
        out = spec.load(folder).embed(chips)
    except Exception as exc:  # a shape or type the network rejects only when it runs
        raise ModelError(
            f"The network fails on {s}x{s} test chips ({exc}). Nothing was added."
        ) from exc
    if out.shape[0] != 2 or out.shape[1] < 2 or not np.isfinite(out).all():
        raise ModelError(
            f"The network gives {out.shape} (or non-finite) descriptors for 2 chips. "
            "Nothing was added."
        )
    return int(out.shape[1])


def add(models_dir: Path, onnx_file: Path, card_file: Path, taken: set[str]) -> UserEmbedder:
    """Check card and network, then install them as ``<models_dir>/<name>/``."""
    onnx_file, card_file = Path(onnx_file), Path(card_file)
    if not onnx_file.is_file():
        raise ModelError(f"{onnx_file} does not exist. Nothing was added.")
    spec = parse_card(card_file, onnx_sha256=sha256_file(onnx_file))
    name = spec.card.name
    target = Path(models_dir) / name
    # folder names differ only in case on Windows and macOS: one model per name in any case
    present = (
        {p.name.lower() for p in Path(models_dir).iterdir()} if target.parent.is_dir() else set()
    )
    if name.lower() in {t.lower() for t in taken} | present:
        raise ModelError(
            f"A model named {name!r} already exists; give the card another name. Nothing was added."
        )
    Path(models_dir).mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=models_dir))
    try:
        shutil.copyfile(onnx_file, tmp / ONNX_FILE)
        shutil.copyfile(card_file, tmp / CARD_FILE)
        dim = check_network(tmp, spec)
        manifest = {
            "name": name,
            "kind": "embedder",
            "user_supplied": True,
            "source_file": str(onnx_file),
            "dim": dim,
            "converter_version": CONVERTER_VERSION,
            "licence": spec.card.licence,
            "inputs": {},
            "outputs": {ONNX_FILE: sha256_file(tmp / ONNX_FILE)},
        }
        (tmp / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2))
        # a scanner may hold the files just written for a moment (Windows)
        replace_retrying(tmp, target)
    except PermissionError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ModelError(
            f"{exc.filename or tmp} stayed open in another program (a virus scanner?): try "
            "again in a moment. Nothing was added."
        ) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return spec


def discover(models_dir: Path) -> dict[str, UserEmbedder]:
    """The user embedders installed under ``models_dir`` (folders with a card); a damaged
    card is skipped here and reported by ``models verify``."""
    found: dict[str, UserEmbedder] = {}
    root = Path(models_dir)
    if not root.is_dir():
        return found
    for card_path in sorted(root.glob(f"*/{CARD_FILE}")):
        try:
            manifest = json.loads((card_path.parent / MANIFEST_FILE).read_text())
            spec = parse_card(card_path, onnx_sha256=manifest["outputs"][ONNX_FILE])
        except (ModelError, OSError, ValueError, KeyError, TypeError):
            continue
        if spec.card.name == card_path.parent.name:
            found[spec.card.name] = spec
    return found


def builder_for(name: str) -> Builder:
    """User models are not built: a missing or changed file means adding it again."""

    def build(folder: Path, progress: Progress) -> list[str]:
        raise ModelError(
            f"The user model {name} is missing or was changed. Add it again: "
            f"face-attendance models add FILE.onnx --card CARD.toml"
        )

    return Builder(converter_version=CONVERTER_VERSION, inputs=lambda: [], build=build)


def loader(spec: UserEmbedder) -> Any:
    def load(folder: Path, settings: Settings) -> OnnxEmbedder:
        return spec.load(folder, threads=settings.recognition.embedder_threads)

    return load
