"""The dlib ResNet embedder in onnxruntime reproduces dlib's own descriptors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop_app.errors import ModelError
from desktop_app.modelzoo.registry import ModelZoo
from desktop_app.vision.embedder import DlibResNetEmbedder
from desktop_app.vision.pipeline import embed_chips
from desktop_app.vision.types import Embedder

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "astronaut_dlib.npz"


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(-1) / np.linalg.norm(a, axis=-1) / np.linalg.norm(b, axis=-1)


@pytest.fixture(scope="module")
def embedder(tmp_path_factory: pytest.TempPathFactory) -> DlibResNetEmbedder:
    zoo = ModelZoo(tmp_path_factory.mktemp("models"))
    return DlibResNetEmbedder.from_folder(zoo.ensure("dlib_resnet_v1"))


@pytest.fixture(scope="module")
def astronaut() -> dict[str, np.ndarray]:
    with np.load(FIXTURE) as z:
        return {k: z[k] for k in z.files}


def test_it_is_an_embedder_with_dlibs_shape(embedder: DlibResNetEmbedder) -> None:
    assert isinstance(embedder, Embedder)
    assert (embedder.id, embedder.dim, embedder.chip_size) == ("dlib_resnet_v1", 128, 150)


def test_astronaut_chip_gives_dlibs_descriptor(
    embedder: DlibResNetEmbedder, astronaut: dict[str, np.ndarray]
) -> None:
    (desc,) = embedder.embed(astronaut["chip_rgb"][None])
    assert desc.dtype == np.float32 and desc.shape == (128,)
    assert cosine(desc, astronaut["descriptor"]) >= 0.9999
    assert np.abs(desc - astronaut["descriptor"]).max() < 1e-5
    # raw like dlib's, not L2-normalised
    assert np.linalg.norm(desc) == pytest.approx(np.linalg.norm(astronaut["descriptor"]), rel=1e-5)


def test_a_batch_gives_the_same_descriptors_as_one_by_one(
    embedder: DlibResNetEmbedder, astronaut: dict[str, np.ndarray]
) -> None:
    chip = astronaut["chip_rgb"]
    chips = np.stack([chip, chip[::-1], chip[:, ::-1], np.roll(chip, 7, axis=1), chip // 2])
    batch = embedder.embed(chips)
    single = np.concatenate([embedder.embed(c[None]) for c in chips])
    assert batch.shape == (5, 128)
    assert np.abs(batch - single).max() < 1e-5
    # different chips give different descriptors: an upside-down face is far from the face
    assert np.linalg.norm(batch[0] - batch[1]) > 0.3
    assert embedder.embed(np.zeros((0, 150, 150, 3), np.uint8)).shape == (0, 128)


def test_flip_average_is_the_mean_of_chip_and_mirror(
    embedder: DlibResNetEmbedder, astronaut: dict[str, np.ndarray]
) -> None:
    chip = astronaut["chip_rgb"]
    (avg,) = embed_chips(embedder, chip[None], flip_average=True)
    plain, mirrored = embedder.embed(np.stack([chip, chip[:, ::-1]]))
    assert np.abs(avg - (plain + mirrored) / 2).max() < 1e-5
    # a mirrored face is still the same person by dlib's rule
    assert np.linalg.norm(plain - mirrored) < 0.6
    assert cosine(avg, astronaut["descriptor"]) > 0.99
    assert embed_chips(embedder, np.zeros((0, 150, 150, 3), np.uint8), True).shape == (0, 128)


def test_a_missing_model_file_tells_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="models build"):
        DlibResNetEmbedder.from_folder(tmp_path)
    (tmp_path / "dlib_resnet_v1.onnx").write_bytes(b"not an onnx model")
    with pytest.raises(ModelError, match="models build"):
        DlibResNetEmbedder.from_folder(tmp_path)


@pytest.mark.shared
def test_every_dlib_reference_chip_gives_dlibs_descriptor(
    embedder: DlibResNetEmbedder, shared_data: Path
) -> None:
    with np.load(shared_data / "reference" / "dlib_reference.npz") as ref:
        chips, expected, files = ref["chips_rgb"], ref["descriptors"], ref["files"]
    assert len(chips) == 93
    got = np.concatenate([embedder.embed(chips[i : i + 8]) for i in range(0, len(chips), 8)])
    cos = cosine(got, expected)
    worst = int(np.argmin(cos))
    assert cos.min() >= 0.9999, f"{files[worst]}: cosine {cos[worst]:.6f}"
    assert np.abs(got - expected).max() < 1e-5
    # same/different decisions at dlib's 0.6 agree on every pair of these chips
    d_got = np.linalg.norm(got[:, None] - got[None], axis=-1)
    d_ref = np.linalg.norm(expected[:, None] - expected[None], axis=-1)
    assert np.array_equal(d_got < 0.6, d_ref < 0.6)
