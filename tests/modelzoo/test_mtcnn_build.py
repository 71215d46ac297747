"""The MTCNN ONNX graphs compute what the Keras networks in the ``mtcnn`` package compute.

The reference here is a direct numpy transcription of the package's Keras models (NHWC,
'valid' convs, PReLU, 'same' pooling padded bottom/right, ``Permute((2, 1, 3))`` + ``Flatten``),
run on the same weight files: it catches a wrong kernel transpose, pooling pad or the flatten
order (which would still score faces but move landmarks by ~7 px).
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import onnx
import pytest

from desktop_app.modelzoo import mtcnn as mtcnn_spec
from desktop_app.modelzoo.registry import ModelZoo
from desktop_app.vision.runtime import create_session


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ModelZoo(tmp_path_factory.mktemp("models")).ensure("mtcnn")


@pytest.fixture(scope="module")
def weights() -> dict[str, list[np.ndarray]]:
    folder = mtcnn_spec.weights_dir()
    return {net: mtcnn_spec.load_weights(folder / f"{net}.lz4") for net in mtcnn_spec.NETS}


# ---- numpy transcription of the Keras models (NHWC) ----------------------------------------
def conv(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    kh, kw = w.shape[:2]
    win = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(1, 2))  # N,H,W,C,kh,kw
    return np.einsum("nhwcij,ijco->nhwo", win, w, optimize=True) + b


def prelu(x: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    return np.where(x > 0, x, alpha.reshape(-1) * x)


def maxpool(x: np.ndarray, k: int, s: int, same: bool) -> np.ndarray:
    n, h, w, c = x.shape
    if same:  # Keras/TF 'same': output ceil(n / s), the padding goes bottom/right
        oh, ow = math.ceil(h / s), math.ceil(w / s)
        ph, pw = max((oh - 1) * s + k - h, 0), max((ow - 1) * s + k - w, 0)
        top, left = ph // 2, pw // 2
        x = np.pad(x, ((0, 0), (top, ph - top), (left, pw - left), (0, 0)), constant_values=-np.inf)
    else:
        oh, ow = (h - k) // s + 1, (w - k) // s + 1
    out = np.full((n, oh, ow, c), -np.inf, x.dtype)
    for i in range(k):
        for j in range(k):
            out = np.maximum(out, x[:, i : i + s * oh : s, j : j + s * ow : s][:, :oh, :ow])
    return out


def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def keras_pnet(w: list[np.ndarray], x: np.ndarray) -> list[np.ndarray]:
    x = prelu(conv(x, w[0], w[1]), w[2])
    x = maxpool(x, 2, 2, same=True)
    x = prelu(conv(x, w[3], w[4]), w[5])
    x = prelu(conv(x, w[6], w[7]), w[8])
    return [conv(x, w[9], w[10]), softmax(conv(x, w[11], w[12]))]


def _flatten(x: np.ndarray) -> np.ndarray:
    return x.transpose(0, 2, 1, 3).reshape(len(x), -1)  # Permute((2, 1, 3)) + Flatten


def keras_rnet(w: list[np.ndarray], x: np.ndarray) -> list[np.ndarray]:
    x = prelu(conv(x, w[0], w[1]), w[2])
    x = maxpool(x, 3, 2, same=True)
    x = prelu(conv(x, w[3], w[4]), w[5])
    x = maxpool(x, 3, 2, same=False)
    x = prelu(conv(x, w[6], w[7]), w[8])
    x = prelu(_flatten(x) @ w[9] + w[10], w[11])
    return [x @ w[12] + w[13], softmax(x @ w[14] + w[15])]


def keras_onet(w: list[np.ndarray], x: np.ndarray) -> list[np.ndarray]:
    x = prelu(conv(x, w[0], w[1]), w[2])
    x = maxpool(x, 3, 2, same=True)
    x = prelu(conv(x, w[3], w[4]), w[5])
    x = maxpool(x, 3, 2, same=False)
    x = prelu(conv(x, w[6], w[7]), w[8])
    x = maxpool(x, 2, 2, same=True)
    x = prelu(conv(x, w[9], w[10]), w[11])
    x = prelu(_flatten(x) @ w[12] + w[13], w[14])
    return [x @ w[15] + w[16], x @ w[17] + w[18], softmax(x @ w[19] + w[20])]


def _run(folder: Path, net: str, x_nhwc: np.ndarray) -> list[np.ndarray]:
    session = create_session(folder / f"{net}.onnx")
    x = np.ascontiguousarray(x_nhwc.transpose(0, 3, 1, 2), dtype=np.float32)
    return session.run(None, {"input": x})


def _inputs(shape: tuple[int, ...], seed: int) -> np.ndarray:
    # real-image-like values: smooth noise in the normalised range
    rng = np.random.default_rng(seed)
    return rng.uniform(-1.0, 1.0, shape).astype(np.float32)


@pytest.mark.parametrize("hw", [(12, 12), (31, 47), (64, 50)])
def test_pnet_matches_keras(built: Path, weights: dict, hw: tuple[int, int]) -> None:
    x = _inputs((2, *hw, 3), seed=hw[0])
    reg, prob = _run(built, "pnet", x)
    ref_reg, ref_prob = keras_pnet(weights["pnet"], x.astype(np.float64))
    np.testing.assert_allclose(reg.transpose(0, 2, 3, 1), ref_reg, atol=2e-5)
    np.testing.assert_allclose(prob.transpose(0, 2, 3, 1), ref_prob, atol=2e-5)


def test_rnet_matches_keras(built: Path, weights: dict) -> None:
    x = _inputs((5, 24, 24, 3), seed=1)
    outs = _run(built, "rnet", x)
    for got, ref in zip(outs, keras_rnet(weights["rnet"], x.astype(np.float64)), strict=True):
        np.testing.assert_allclose(got, ref, atol=2e-5)


def test_onet_matches_keras(built: Path, weights: dict) -> None:
    x = _inputs((4, 48, 48, 3), seed=2)
    outs = _run(built, "onet", x)
    for got, ref in zip(outs, keras_onet(weights["onet"], x.astype(np.float64)), strict=True):
        np.testing.assert_allclose(got, ref, atol=2e-5)


def test_graphs_are_valid_and_use_fast_prelu(built: Path) -> None:
    for net in mtcnn_spec.NETS:
        model = onnx.load(str(built / f"{net}.onnx"))
        onnx.checker.check_model(model, full_check=True)
        ops = {n.op_type for n in model.graph.node}
        assert "PRelu" not in ops and {"Relu", "Min", "Mul", "Add"} <= ops
        assert [i.name for i in model.graph.input] == ["input"]
    outputs = {
        net: [o.name for o in onnx.load(str(built / f"{net}.onnx")).graph.output]
        for net in mtcnn_spec.NETS
    }
    assert outputs == {
        "pnet": ["reg", "prob"],
        "rnet": ["reg", "prob"],
        "onet": ["reg", "landmarks", "prob"],
    }
