"""Building dlib's ResNet v1 as ONNX from face_recognition_models' .dat file."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import onnx
import pytest

from desktop_app.errors import ModelError
from desktop_app.modelzoo import cards, dlib_resnet
from desktop_app.modelzoo.registry import ModelZoo, get_card
from desktop_app.vision.runtime import create_session

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "astronaut_dlib.npz"


@pytest.fixture(scope="module")
def weights() -> Path:
    return dlib_resnet.weights_path()


def test_the_whole_file_parses_into_dlibs_network(weights: Path) -> None:
    net = dlib_resnet.load_weights(weights)
    kinds = [layer.kind for layer in net.layers]
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "con": 29,
        "affine": 29,
        "relu": 29,
        "tag": 18,
        "add_prev": 14,
        "avg_pool": 5,
        "skip": 4,
        "max_pool": 1,
        "fc": 1,
    }
    assert net.n_params == 5_614_592
    assert net.input_size == (150, 150)
    assert np.allclose(net.input_means_rgb, (122.782, 117.001, 104.298), atol=1e-4)
    assert net.loss["distance_threshold"] == pytest.approx(0.6)
    first = net.layers[0].params
    assert first["weight"].shape == (32, 3, 7, 7)
    assert first["stride"] == (2, 2) and first["pad"] == (0, 0)
    assert net.layers[-1].params["weight"].shape == (256, 128)


@pytest.mark.parametrize("keep", [0, 10, 1000, 0.5, -1])
def test_a_truncated_file_is_a_model_error_naming_the_package(
    weights: Path, tmp_path: Path, keep: float
) -> None:
    data = weights.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else keep % len(data)
    bad = tmp_path / "truncated.dat"
    bad.write_bytes(data[:n])
    with pytest.raises(ModelError, match="face_recognition_models"):
        dlib_resnet.load_weights(bad)


def test_trailing_bytes_or_a_flipped_header_are_model_errors(weights: Path, tmp_path: Path) -> None:
    data = weights.read_bytes()
    extra = tmp_path / "extra.dat"
    extra.write_bytes(data + b"\x00")
    with pytest.raises(ModelError, match="pip install --force-reinstall face_recognition_models"):
        dlib_resnet.load_weights(extra)
    other = tmp_path / "other.dat"
    other.write_bytes(b"\x01\x02" + data[2:])  # loss layer version 2 does not exist
    with pytest.raises(ModelError, match="face_recognition_models"):
        dlib_resnet.load_weights(other)
    # another dlib model file (the landmark predictor) is not this network
    predictor = weights.with_name("shape_predictor_5_face_landmarks.dat")
    with pytest.raises(ModelError, match="face_recognition_models"):
        dlib_resnet.load_weights(predictor)


def test_a_missing_weights_file_names_the_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "models").mkdir()
    monkeypatch.setattr(cards, "package_dir", lambda package: tmp_path)
    with pytest.raises(ModelError, match="face_recognition_models"):
        dlib_resnet.weights_path()


def test_build_is_deterministic(weights: Path) -> None:
    a = hashlib.sha256(dlib_resnet.build_onnx(weights)).hexdigest()
    b = hashlib.sha256(dlib_resnet.build_onnx(weights)).hexdigest()
    assert a == b


def test_model_zoo_builds_a_verified_dynamic_batch_model(tmp_path: Path) -> None:
    card = get_card("dlib_resnet_v1")
    assert (card.role, card.source_package) == ("embedder", "face_recognition_models")
    assert card.licence.startswith("Public domain") and card.commercial_use
    zoo = ModelZoo(tmp_path)
    folder = zoo.ensure("dlib_resnet_v1")
    manifest = zoo.status("dlib_resnet_v1").manifest
    assert manifest is not None
    assert set(manifest["outputs"]) == {"dlib_resnet_v1.onnx"}
    assert set(manifest["inputs"]) == {"dlib_face_recognition_resnet_model_v1.dat"}
    # a second build in another folder gives the same bytes
    other = ModelZoo(tmp_path / "again")
    other.ensure("dlib_resnet_v1")
    assert other.status("dlib_resnet_v1").manifest["outputs"] == manifest["outputs"]

    model = onnx.load(str(folder / dlib_resnet.ONNX_FILE))
    (inp,) = model.graph.input
    dims = [d.dim_param or d.dim_value for d in inp.type.tensor_type.shape.dim]
    assert inp.type.tensor_type.elem_type == onnx.TensorProto.UINT8
    assert dims == ["N", 150, 150, 3]

    ref = np.load(FIXTURE)
    session = create_session(folder / dlib_resnet.ONNX_FILE)
    for n in (1, 3):
        chips = np.repeat(ref["chip_rgb"][None], n, axis=0)
        (out,) = session.run(None, {dlib_resnet.INPUT_NAME: chips})
        assert out.shape == (n, 128) and out.dtype == np.float32
        assert np.abs(out - ref["descriptor"]).max() < 1e-5


def test_a_changed_model_file_is_rebuilt_not_trusted(tmp_path: Path) -> None:
    zoo = ModelZoo(tmp_path)
    folder = zoo.ensure("dlib_resnet_v1")
    onnx_file = folder / dlib_resnet.ONNX_FILE
    good = onnx_file.read_bytes()
    onnx_file.write_bytes(good[: len(good) // 2])
    assert not zoo.verify("dlib_resnet_v1")
    zoo.ensure("dlib_resnet_v1")
    assert onnx_file.read_bytes() == good
    shutil.rmtree(folder)
