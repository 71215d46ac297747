"""MTCNN (P-Net, R-Net, O-Net) rebuilt as ONNX from the weights in the PyPI package ``mtcnn``.

The package ships Keras ``get_weights()`` lists as joblib+lz4 files in
``mtcnn/assets/weights/{pnet,rnet,onet}.lz4``. We read them by path (``import mtcnn`` would pull
in TensorFlow) and write three ONNX graphs with ``onnx.helper``, following
``shared/notes/mtcnn_onnx.md``:

- conv kernels HWIO -> OIHW (``transpose(3, 2, 0, 1)``), PReLU alpha ``(1, 1, C)`` -> ``(C, 1, 1)``;
- R-Net/O-Net flatten their NHWC maps as ``(x, y, c)`` (a Keras ``Permute((2, 1, 3))``), ONNX
  flattens NCHW as ``(c, y, x)``: the first dense layer's rows are reordered to match;
- Keras 'same' max pooling pads bottom/right only: P-Net 2x2/2 -> ``ceil_mode=1``; R-Net and
  O-Net pool1 3x3/2 -> ``pads=[0, 0, 1, 1]``; the others are 'valid' or divide evenly;
- PReLU is written as ``Relu(x) + alpha * Min(x, 0)`` (identical, and faster in onnxruntime).

Inputs are RGB, normalised ``(x - 127.5) / 128``, NCHW. Outputs:
P-Net ``reg (N, 4, h, w)``, ``prob (N, 2, h, w)``; R-Net ``reg (N, 4)``, ``prob (N, 2)``;
O-Net ``reg (N, 4)``, ``landmarks (N, 10)`` (x1..x5, y1..y5 relative to the box), ``prob (N, 2)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.errors import ModelError
from desktop_app.i18n import translate
from desktop_app.modelzoo.cards import Builder, ModelCard, Progress, package_dir
from desktop_app.modelzoo.onnx_graph import GraphBuilder

PACKAGE = "mtcnn"
VERSION = "1.0.0"
NETS = ("pnet", "rnet", "onet")
OPSET = 13

# Expected Keras weight shapes (the notes' layout); a file that does not match is corrupt.
_SHAPES: dict[str, list[tuple[int, ...]]] = {
    "pnet": [
        (3, 3, 3, 10), (10,), (1, 1, 10),
        (3, 3, 10, 16), (16,), (1, 1, 16),
        (3, 3, 16, 32), (32,), (1, 1, 32),
        (1, 1, 32, 4), (4,), (1, 1, 32, 2), (2,),
    ],
    "rnet": [
        (3, 3, 3, 28), (28,), (1, 1, 28),
        (3, 3, 28, 48), (48,), (1, 1, 48),
        (2, 2, 48, 64), (64,), (1, 1, 64),
        (576, 128), (128,), (128,),
        (128, 4), (4,), (128, 2), (2,),
    ],
    "onet": [
        (3, 3, 3, 32), (32,), (1, 1, 32),
        (3, 3, 32, 64), (64,), (1, 1, 64),
        (3, 3, 64, 64), (64,), (1, 1, 64),
        (2, 2, 64, 128), (128,), (1, 1, 128),
        (1152, 256), (256,), (256,),
        (256, 4), (4,), (256, 10), (10,), (256, 2), (2,),
    ],
}  # fmt: skip


def weights_dir() -> Path:
    return package_dir(PACKAGE) / "assets" / "weights"


def _inputs() -> list[Path]:
    folder = weights_dir()
    paths = [folder / f"{net}.lz4" for net in NETS]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise ModelError(
            f"The {PACKAGE} package is missing its weight files ({', '.join(missing)} in "
            f"{folder}). Reinstall it: pip install --force-reinstall {PACKAGE}=={VERSION}"
        )
    return paths


def load_weights(path: Path) -> list[np.ndarray]:
    """Read one Keras weight list; anything unexpected is a ``ModelError`` naming the package."""
    import joblib

    net = path.stem
    try:
        arrays = joblib.load(path)
    except Exception as exc:  # joblib/lz4/pickle raise many types for a damaged file
        raise ModelError(
            f"The MTCNN weights file {path} cannot be read ({type(exc).__name__}: {exc}). "
            f"Reinstall the package: pip install --force-reinstall {PACKAGE}=={VERSION}"
        ) from exc
    expected = _SHAPES.get(net)
    shapes = [tuple(np.shape(a)) for a in arrays] if isinstance(arrays, list) else None
    if expected is None or shapes != expected:
        raise ModelError(
            f"The MTCNN weights file {path} does not hold the expected {net} layers. "
            f"Reinstall the package: pip install --force-reinstall {PACKAGE}=={VERSION}"
        )
    return [np.asarray(a, dtype=np.float32) for a in arrays]


# ---- graph building ----------------------------------------------------------------------------
class _Graph(GraphBuilder):
    """MTCNN's layers on the shared graph builder."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.net = name

    def conv(self, x: str, w_hwio: np.ndarray, b: np.ndarray) -> str:
        w = w_hwio.transpose(3, 2, 0, 1)  # HWIO -> OIHW
        kh, kw = w.shape[2:]
        return self.op(
            "Conv", [x, self.const("W", w), self.const("B", b)], kernel_shape=[int(kh), int(kw)]
        )

    def prelu(self, x: str, alpha: np.ndarray, spatial: bool) -> str:
        # Relu(x) + alpha * Min(x, 0) == PRelu(x, alpha), 1.6-2x faster in onnxruntime.
        a = alpha.reshape(-1, 1, 1) if spatial else alpha.reshape(-1)
        zero = self.const("zero", np.zeros((), np.float32))
        pos = self.op("Relu", [x])
        neg = self.op("Mul", [self.op("Min", [x, zero]), self.const("alpha", a)])
        return self.op("Add", [pos, neg])

    def maxpool(self, x: str, k: int, s: int, pads: list[int] | None = None, ceil: int = 0) -> str:
        attrs: dict[str, Any] = {"kernel_shape": [k, k], "strides": [s, s]}
        if pads:
            attrs["pads"] = pads
        if ceil:
            attrs["ceil_mode"] = ceil
        return self.op("MaxPool", [x], **attrs)

    def dense(self, x: str, w: np.ndarray, b: np.ndarray) -> str:
        return self.op("Gemm", [x, self.const("W", w), self.const("B", b)])

    def to_model(self, inp: Any, outputs: dict[str, str], out_shapes: dict[str, list[Any]]) -> Any:
        from onnx import TensorProto, helper

        for public, internal in outputs.items():
            self.nodes.append(helper.make_node("Identity", [internal], [public]))
        graph = helper.make_graph(
            self.nodes,
            self.net,
            [inp],
            [helper.make_tensor_value_info(n, TensorProto.FLOAT, out_shapes[n]) for n in outputs],
            initializer=self.inits,
        )
        model = helper.make_model(
            graph,
            opset_imports=[helper.make_opsetid("", OPSET)],
            producer_name="face-attendance",
            doc_string=f"MTCNN {self.net} converted from the PyPI package {PACKAGE} {VERSION}",
        )
        model.ir_version = 8
        return model


def _flatten_rows(w: np.ndarray, size: int, channels: int) -> np.ndarray:
    """Reorder dense rows from Keras' (x, y, c) flatten to ONNX's NCHW (c, y, x) flatten."""
    out = w.shape[1]
    return w.reshape(size, size, channels, out).transpose(2, 1, 0, 3).reshape(-1, out)


def build_pnet(w: list[np.ndarray]) -> Any:
    from onnx import TensorProto, helper

    g = _Graph("pnet")
    inp = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, "H", "W"])
    x = g.prelu(g.conv("input", w[0], w[1]), w[2], spatial=True)
    x = g.maxpool(x, 2, 2, ceil=1)
    x = g.prelu(g.conv(x, w[3], w[4]), w[5], spatial=True)
    x = g.prelu(g.conv(x, w[6], w[7]), w[8], spatial=True)
    reg = g.conv(x, w[9], w[10])
    prob = g.op("Softmax", [g.conv(x, w[11], w[12])], axis=1)
    return g.to_model(
        inp,
        {"reg": reg, "prob": prob},
        {"reg": ["N", 4, "h", "w"], "prob": ["N", 2, "h", "w"]},
    )


def build_rnet(w: list[np.ndarray]) -> Any:
    from onnx import TensorProto, helper

    g = _Graph("rnet")
    inp = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, 24, 24])
    x = g.prelu(g.conv("input", w[0], w[1]), w[2], spatial=True)  # 22
    x = g.maxpool(x, 3, 2, pads=[0, 0, 1, 1])  # 11
    x = g.prelu(g.conv(x, w[3], w[4]), w[5], spatial=True)  # 9
    x = g.maxpool(x, 3, 2)  # 4
    x = g.prelu(g.conv(x, w[6], w[7]), w[8], spatial=True)  # 3
    x = g.op("Flatten", [x], axis=1)
    x = g.prelu(g.dense(x, _flatten_rows(w[9], 3, 64), w[10]), w[11], spatial=False)
    reg = g.dense(x, w[12], w[13])
    prob = g.op("Softmax", [g.dense(x, w[14], w[15])], axis=1)
    return g.to_model(inp, {"reg": reg, "prob": prob}, {"reg": ["N", 4], "prob": ["N", 2]})


def build_onet(w: list[np.ndarray]) -> Any:
    from onnx import TensorProto, helper

    g = _Graph("onet")
    inp = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, 48, 48])
    x = g.prelu(g.conv("input", w[0], w[1]), w[2], spatial=True)  # 46
    x = g.maxpool(x, 3, 2, pads=[0, 0, 1, 1])  # 23
    x = g.prelu(g.conv(x, w[3], w[4]), w[5], spatial=True)  # 21
    x = g.maxpool(x, 3, 2)  # 10
    x = g.prelu(g.conv(x, w[6], w[7]), w[8], spatial=True)  # 8
    x = g.maxpool(x, 2, 2)  # 4
    x = g.prelu(g.conv(x, w[9], w[10]), w[11], spatial=True)  # 3
    x = g.op("Flatten", [x], axis=1)
    x = g.prelu(g.dense(x, _flatten_rows(w[12], 3, 128), w[13]), w[14], spatial=False)
    reg = g.dense(x, w[15], w[16])
    landmarks = g.dense(x, w[17], w[18])
    prob = g.op("Softmax", [g.dense(x, w[19], w[20])], axis=1)
    return g.to_model(
        inp,
        {"reg": reg, "landmarks": landmarks, "prob": prob},
        {"reg": ["N", 4], "landmarks": ["N", 10], "prob": ["N", 2]},
    )


_BUILDERS = {"pnet": build_pnet, "rnet": build_rnet, "onet": build_onet}


def build(folder: Path, progress: Progress) -> list[str]:
    import onnx

    written = []
    paths = _inputs()
    for i, path in enumerate(paths):
        net = path.stem
        progress(i / len(paths), translate("Models", "converting {file}").format(file=net))
        model = _BUILDERS[net](load_weights(path))
        onnx.checker.check_model(model)
        out = f"{net}.onnx"
        onnx.save(model, str(folder / out))
        written.append(out)
    return written  # the registry reports "done" once the build is verified


CARD = ModelCard(
    name="mtcnn",
    role="detector",
    description="MTCNN face detector (P-Net, R-Net, O-Net): boxes, scores, 5 landmarks",
    # The package's maintainer: only the code is MIT; the weights derive from research-only
    # training data and should not be used for commercial purposes.
    licence="Not for commercial use (only the code is MIT)",
    licence_url="https://github.com/ipazc/mtcnn/issues/53",
    commercial_use=False,
    sha256={
        "pnet.lz4": "ea6b0c3e685ebee3165326ad6484acc95f2ef78f1c94fbf40a55704fa989f7b5",
        "rnet.lz4": "cb00e6460f3c98b0bfafaba3c0a0ded4bdf6e62cee7174d969e8670d7e757fee",
        "onet.lz4": "94f6ea2f4cf985275ee958cdd762d17b6009348a4fb9d8c6be39ba73ffd22ca3",
    },
    source_package=PACKAGE,
    source_version=VERSION,
)

BUILDER = Builder(converter_version="1", inputs=_inputs, build=build)
