"""Fixtures for enrollment/recognition tests: an app context over a temp data dir whose
models folder points at the session's real models (built once by ``models_dir``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from desktop_app.config import Settings


def with_embedder(settings: Settings, name: str) -> Settings:
    """``settings`` with ``recognition.embedder`` = ``name`` (set explicitly)."""
    rec = settings.recognition.model_copy(update={"embedder": name})
    return settings.model_copy(update={"recognition": rec})


# The real-face look-alike tests use pairs that are look-alikes to dlib's ResNet (Jeong Se-hyun
# and Kim Jin-sun among faces_hard's 25): SFace, the default, tells most of them apart (8 pairs
# at its threshold, docs/recognition.md), so those tests run the mechanics with dlib.
LOOKALIKE_EMBEDDER = "dlib_resnet_v1"


def link_models(settings: Settings, models_dir: Path) -> Settings:
    """Make ``settings.paths.models`` use the already built models (symlinks, else copies)."""
    import shutil

    target = settings.paths.models
    target.mkdir(parents=True, exist_ok=True)
    for sub in Path(models_dir).iterdir():
        if not sub.is_dir() or sub.name.startswith("."):
            continue
        dest = target / sub.name
        if dest.exists():
            continue
        try:
            dest.symlink_to(sub, target_is_directory=True)
        except OSError:
            shutil.copytree(sub, dest)
    return settings


@pytest.fixture
def model_settings(settings: Settings, models_dir: Path) -> Settings:
    return link_models(settings, models_dir)


@pytest.fixture
def app_ctx(model_settings: Settings) -> Iterator[object]:
    from desktop_app.context import AppContext

    ctx = AppContext(model_settings)
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def astronaut_bgr() -> np.ndarray:
    from skimage import data

    return np.ascontiguousarray(data.astronaut()[:, :, ::-1])  # public domain (NASA)


@pytest.fixture(scope="session")
def faces_dir(shared_data: Path) -> Path:
    return shared_data / "faces"
