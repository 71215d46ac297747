"""A small TFLite -> ONNX converter for the operators MediaPipe's face models use.

The ``.tflite`` file is a FlatBuffer; the ``tflite`` package (generated readers for TensorFlow's
published schema) reads it without TensorFlow. The graph is rebuilt with ``onnx.helper``:

- activations run NCHW inside the graph: the NHWC input is transposed once at the start, and a
  tensor is transposed back only where a RESHAPE or a graph output needs TFLite's NHWC order;
- conv kernels OHWI -> OIHW, depthwise kernels ``(1, H, W, C*M)`` -> ``(C*M, 1, H, W)`` with
  ``group = C``; TFLite 'SAME' padding becomes explicit pads from the static shapes (TF puts the
  odd pixel at the end);
- constant sub-graphs are folded at conversion: DEQUANTIZE of fp16 weights becomes float32
  initialisers, DENSIFY expands sparse (CSR) weights to dense;
- a PAD of channels only (zeros) is written as a 1x1 identity convolution (same values; it
  keeps onnxruntime's blocked layout through the residual blocks);
- PRELU is written as ``alpha * x + (1 - alpha) * Relu(x)`` (the same values up to float
  rounding; onnxruntime runs it faster than its PRelu kernel or ``Relu + alpha * Min``, whose
  Min leaves its blocked layout: README, "Speed"), as ``alpha * x + Relu((1 - alpha) * x)``
  where no slope exceeds 1 (the same values; the Relu fuses into the multiply).

Only what these models need is supported; anything else is a ``ModelError`` naming the operator,
so a different file fails loudly instead of converting wrongly. Inputs and outputs keep TFLite's
shapes (NHWC float32 in), so the ONNX model answers exactly what the TFLite model answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_app.errors import ModelError
from desktop_app.modelzoo.onnx_graph import GraphBuilder

OPSET = 13

# TensorType enum of the TFLite schema -> numpy dtype (only the types these files use).
_DTYPES = {0: np.float32, 1: np.float16, 2: np.int32, 3: np.uint8, 4: np.int64, 9: np.int8}
_NHWC_TO_NCHW = (0, 3, 1, 2)
_NCHW_TO_NHWC = (0, 2, 3, 1)


@dataclass
class _Value:
    name: str  # ONNX tensor name
    nchw: bool  # a 4-D activation kept transposed to NCHW


def _densify(values: np.ndarray, shape: list[int], sparsity: Any) -> np.ndarray:
    """Expand a TFLite sparse tensor (dense/CSR dimensions, no block map) to a dense array."""
    if sparsity.BlockMapLength():
        raise ModelError("sparse tensors with a block map are not supported")
    order = list(sparsity.TraversalOrderAsNumpy())
    if sorted(order) != list(range(len(shape))):
        raise ModelError("unsupported sparse traversal order")
    dims: list[tuple[int, np.ndarray | None, np.ndarray | None]] = []  # size, segments, indices
    for d in range(sparsity.DimMetadataLength()):
        meta = sparsity.DimMetadata(d)
        if meta.Format() == 0:  # DENSE
            dims.append((int(meta.DenseSize()), None, None))
        else:  # SPARSE_CSR: segments and indices are unions of int32/uint16/uint8 vectors
            dims.append((0, _index_vector(meta, "Segments"), _index_vector(meta, "Indices")))
    dense = np.zeros(shape, values.dtype)
    out = dense.transpose(order)  # a view: write in traversal order
    pos = 0

    def walk(level: int, parent: int, index: tuple[int, ...]) -> None:
        nonlocal pos
        size, segments, indices = dims[level]
        if segments is None or indices is None:
            children = [(parent * size + i, i) for i in range(size)]
        else:
            children = [(k, int(indices[k])) for k in range(segments[parent], segments[parent + 1])]
        for child, coord in children:
            if level == len(dims) - 1:
                out[(*index, coord)] = values[pos]
                pos += 1
            else:
                walk(level + 1, child, (*index, coord))

    walk(0, 0, ())
    if pos != values.size:
        raise ModelError("sparse tensor data does not match its index")
    return dense


def _index_vector(meta: Any, which: str) -> np.ndarray:
    import tflite

    kind = getattr(meta, f"Array{which}Type")()
    table = getattr(meta, f"Array{which}")()
    classes = {1: tflite.Int32Vector, 2: tflite.Uint16Vector, 3: tflite.Uint8Vector}
    if kind not in classes or table is None:
        raise ModelError("unsupported sparse index vector type")
    vec = classes[kind]()
    vec.Init(table.Bytes, table.Pos)
    return np.asarray(vec.ValuesAsNumpy()).astype(np.int64)


class _Converter:
    def __init__(self, data: bytes, name: str) -> None:
        import tflite

        self.t = tflite
        self.name = name
        if len(data) < 8 or data[4:8] != b"TFL3":  # the schema's FlatBuffer file identifier
            raise ModelError(f"{name}: not a TFLite model file")
        self.model = tflite.Model.GetRootAsModel(data, 0)
        if self.model.SubgraphsLength() != 1:
            raise ModelError(f"{name}: expected one subgraph")
        self.g = self.model.Subgraphs(0)
        self.b = GraphBuilder()
        self.values: dict[int, _Value] = {}
        self.consts: dict[int, np.ndarray] = {}
        self.opnames = {
            v: k for k, v in vars(tflite.BuiltinOperator).items() if not k.startswith("_")
        }

    # ---- tensors ---------------------------------------------------------------------------
    def shape(self, idx: int) -> list[int]:
        t = self.g.Tensors(idx)
        return [int(s) for s in t.ShapeAsNumpy()] if t.ShapeLength() else []

    def const(self, idx: int) -> np.ndarray | None:
        """The value of a constant tensor (from its buffer or a folded op), else None."""
        if idx in self.consts:
            return self.consts[idx]
        t = self.g.Tensors(idx)
        buf = self.model.Buffers(t.Buffer())
        if buf is None or buf.DataLength() == 0:
            return None
        dtype = _DTYPES.get(t.Type())
        if dtype is None:
            raise ModelError(f"{self.name}: tensor type {t.Type()} is not supported")
        raw = np.frombuffer(buf.DataAsNumpy().tobytes(), dtype=dtype)
        shape = self.shape(idx)
        if t.Sparsity() is not None:
            value = _densify(raw, shape, t.Sparsity())
        else:
            value = raw.reshape(shape)
        self.consts[idx] = value
        return value

    def value(self, idx: int) -> _Value:
        if idx in self.values:
            return self.values[idx]
        c = self.const(idx)
        if c is None:
            raise ModelError(f"{self.name}: tensor {idx} is used before it is computed")
        v = _Value(self.b.const("c", c), nchw=False)
        self.values[idx] = v
        return v

    def nhwc(self, v: _Value) -> str:
        return self.b.op("Transpose", [v.name], perm=list(_NCHW_TO_NHWC)) if v.nchw else v.name

    # ---- conversion ------------------------------------------------------------------------
    def convert(self, input_name: str, output_names: list[str], batch: bool = False) -> Any:
        from onnx import TensorProto, helper

        g = self.g
        ins = [int(i) for i in g.InputsAsNumpy()]
        outs = [int(i) for i in g.OutputsAsNumpy()]
        if len(ins) != 1 or len(outs) != len(output_names):
            raise ModelError(f"{self.name}: unexpected inputs/outputs")
        in_shape: list[int | str] = list(self.shape(ins[0]))
        self.batch = batch
        if batch:
            in_shape[0] = "N"
        x = self.b.op("Transpose", [input_name], perm=list(_NHWC_TO_NCHW))
        self.values[ins[0]] = _Value(x, nchw=True)
        for k in range(g.OperatorsLength()):
            self.convert_op(g.Operators(k))
        graph_outputs = []
        for idx, public in zip(outs, output_names, strict=True):
            v = self.values[idx]
            if v.nchw:
                self.b.op("Transpose", [v.name], out=public, perm=list(_NCHW_TO_NHWC))
            else:
                self.b.op("Identity", [v.name], out=public)
            out_shape: list[int | str] = list(self.shape(idx))
            if batch:
                out_shape[0] = "N"
            graph_outputs.append(
                helper.make_tensor_value_info(public, TensorProto.FLOAT, out_shape)
            )
        graph = helper.make_graph(
            self.b.nodes,
            self.name,
            [helper.make_tensor_value_info(input_name, TensorProto.FLOAT, in_shape)],
            graph_outputs,
            initializer=self.b.inits,
        )
        model = helper.make_model(
            graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="face-attendance"
        )
        model.ir_version = 8
        return model

    def convert_op(self, op: Any) -> None:
        code = self.model.OperatorCodes(op.OpcodeIndex())
        opcode = max(code.BuiltinCode(), code.DeprecatedBuiltinCode())
        kind = self.opnames.get(opcode, str(opcode))
        ins = [int(i) for i in op.InputsAsNumpy()]
        outs = [int(i) for i in op.OutputsAsNumpy()]
        handler = getattr(self, f"op_{kind.lower()}", None)
        if handler is None:
            raise ModelError(f"{self.name}: TFLite operator {kind} is not supported")
        handler(op, ins, outs)

    def _options(self, op: Any, cls_name: str) -> Any:
        opts = getattr(self.t, cls_name)()
        table = op.BuiltinOptions()
        opts.Init(table.Bytes, table.Pos)
        return opts

    def _activation(self, x: str, fused: int) -> str:
        if fused == 0:
            return x
        if fused == 1:
            return self.b.op("Relu", [x])
        if fused == 3:
            return self._clip(x, 0.0, 6.0)
        raise ModelError(f"{self.name}: fused activation {fused} is not supported")

    def _clip(self, x: str, lo: float, hi: float) -> str:
        lo_c = self.b.const("lo", np.array(lo, np.float32))
        hi_c = self.b.const("hi", np.array(hi, np.float32))
        return self.b.op("Clip", [x, lo_c, hi_c])

    def _same_pads(self, i: int, o: int, k: int, s: int, d: int = 1) -> tuple[int, int]:
        total = max((o - 1) * s + (k - 1) * d + 1 - i, 0)
        return total // 2, total - total // 2

    def _pads(self, opts: Any, in_idx: int, out_idx: int, kh: int, kw: int) -> list[int]:
        if opts.Padding() == 1:  # VALID
            return [0, 0, 0, 0]
        _, ih, iw, _ = self.shape(in_idx)
        _, oh, ow, _ = self.shape(out_idx)
        dh = dw = 1
        if hasattr(opts, "DilationHFactor"):
            dh, dw = opts.DilationHFactor(), opts.DilationWFactor()
        top, bottom = self._same_pads(ih, oh, kh, opts.StrideH(), dh)
        left, right = self._same_pads(iw, ow, kw, opts.StrideW(), dw)
        return [top, left, bottom, right]

    def _folded(self, outs: list[int], value: np.ndarray) -> None:
        self.consts[outs[0]] = value

    # ---- operators -------------------------------------------------------------------------
    def op_dequantize(self, op: Any, ins: list[int], outs: list[int]) -> None:
        c = self.const(ins[0])
        t = self.g.Tensors(ins[0])
        if (
            c is None
            or c.dtype != np.float16
            or (t.Quantization() and t.Quantization().ScaleLength())
        ):
            raise ModelError(f"{self.name}: only DEQUANTIZE of fp16 constants is supported")
        self._folded(outs, c.astype(np.float32))

    def op_densify(self, op: Any, ins: list[int], outs: list[int]) -> None:
        c = self.const(ins[0])  # const() already expands the sparse encoding
        if c is None:
            raise ModelError(f"{self.name}: DENSIFY of a non-constant tensor")
        self._folded(outs, c)

    def _weights(self, idx: int) -> np.ndarray:
        w = self.const(idx)
        if w is None:
            raise ModelError(f"{self.name}: convolution weights are not constant")
        return w.astype(np.float32)

    def _conv(self, op: Any, ins: list[int], outs: list[int], w: np.ndarray, group: int) -> None:
        opts = self._options(op, "Conv2DOptions" if group == 1 else "DepthwiseConv2DOptions")
        kh, kw = int(w.shape[2]), int(w.shape[3])
        x = self.value(ins[0])
        args = [x.name, self.b.const("W", w)]
        if len(ins) > 2 and ins[2] >= 0:
            args.append(self.b.const("B", self._weights(ins[2])))
        y = self.b.op(
            "Conv",
            args,
            kernel_shape=[kh, kw],
            strides=[opts.StrideH(), opts.StrideW()],
            dilations=[opts.DilationHFactor(), opts.DilationWFactor()],
            pads=self._pads(opts, ins[0], outs[0], kh, kw),
            group=group,
        )
        self.values[outs[0]] = _Value(self._activation(y, opts.FusedActivationFunction()), True)

    def op_conv_2d(self, op: Any, ins: list[int], outs: list[int]) -> None:
        w = self._weights(ins[1]).transpose(0, 3, 1, 2)  # OHWI -> OIHW
        self._conv(op, ins, outs, w, group=1)

    def op_depthwise_conv_2d(self, op: Any, ins: list[int], outs: list[int]) -> None:
        channels = self.shape(ins[0])[3]
        w = self._weights(ins[1]).transpose(3, 0, 1, 2)  # (1, H, W, C*M) -> (C*M, 1, H, W)
        self._conv(op, ins, outs, w, group=channels)

    def op_max_pool_2d(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self._options(op, "Pool2DOptions")
        kh, kw = opts.FilterHeight(), opts.FilterWidth()
        y = self.b.op(
            "MaxPool",
            [self.value(ins[0]).name],
            kernel_shape=[kh, kw],
            strides=[opts.StrideH(), opts.StrideW()],
            pads=self._pads(opts, ins[0], outs[0], kh, kw),
        )
        self.values[outs[0]] = _Value(self._activation(y, opts.FusedActivationFunction()), True)

    def _broadcast_const(self, c: np.ndarray, nchw: bool) -> np.ndarray:
        if nchw and c.ndim == 4:
            return c.transpose(_NHWC_TO_NCHW)
        if nchw and c.ndim >= 1:
            return c.reshape(-1, 1, 1) if c.size > 1 else c.reshape(())
        return c

    def op_add(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self._options(op, "AddOptions")
        a_c, b_c = self.const(ins[0]), self.const(ins[1])
        if a_c is not None and b_c is not None:
            raise ModelError(f"{self.name}: ADD of two constants")
        if a_c is None and b_c is None:
            a, b = self.value(ins[0]), self.value(ins[1])
            if a.nchw != b.nchw:
                raise ModelError(f"{self.name}: ADD of mixed layouts")
            names, nchw = [a.name, b.name], a.nchw
        else:
            var_idx, const = (ins[0], b_c) if a_c is None else (ins[1], a_c)
            var = self.value(var_idx)
            c = self._broadcast_const(np.asarray(const, np.float32), var.nchw)
            names, nchw = [var.name, self.b.const("c", c)], var.nchw
        y = self.b.op("Add", names)
        self.values[outs[0]] = _Value(self._activation(y, opts.FusedActivationFunction()), nchw)

    def op_relu(self, op: Any, ins: list[int], outs: list[int]) -> None:
        v = self.value(ins[0])
        self.values[outs[0]] = _Value(self.b.op("Relu", [v.name]), v.nchw)

    def op_relu6(self, op: Any, ins: list[int], outs: list[int]) -> None:
        v = self.value(ins[0])
        self.values[outs[0]] = _Value(self._clip(v.name, 0.0, 6.0), v.nchw)

    def op_prelu(self, op: Any, ins: list[int], outs: list[int]) -> None:
        v = self.value(ins[0])
        alpha = self._weights(ins[1])
        a = self.b.const("alpha", self._broadcast_const(alpha, v.nchw))
        rest = (1.0 - alpha).astype(np.float32)
        b = self.b.const("one_minus_alpha", self._broadcast_const(rest, v.nchw))
        if float(alpha.max()) <= 1.0:
            # (1 - a) >= 0 on every channel: Relu((1 - a) * x) is (1 - a) * Relu(x), bit for
            # bit, and onnxruntime fuses that Relu into the multiply (no separate pass)
            pos = self.b.op("Relu", [self.b.op("Mul", [v.name, b])])
        else:
            pos = self.b.op("Mul", [self.b.op("Relu", [v.name]), b])
        self.values[outs[0]] = _Value(
            self.b.op("Add", [self.b.op("Mul", [v.name, a]), pos]), v.nchw
        )

    def op_pad(self, op: Any, ins: list[int], outs: list[int]) -> None:
        v = self.value(ins[0])
        pads = self.const(ins[1])
        if pads is None:
            raise ModelError(f"{self.name}: PAD with computed paddings")
        pads = pads.astype(np.int64)
        if v.nchw:
            pads = pads[list(_NHWC_TO_NCHW)]
            if not pads[[0, 2, 3]].any():  # zeros before/after the channels only
                self.values[outs[0]] = _Value(self._channel_pad(v.name, ins[0], pads[1]), True)
                return
        onnx_pads = np.concatenate([pads[:, 0], pads[:, 1]]).astype(np.int64)
        y = self.b.op("Pad", [v.name, self.b.const("pads", onnx_pads)], mode="constant")
        self.values[outs[0]] = _Value(y, v.nchw)

    def _channel_pad(self, x: str, in_idx: int, pads: np.ndarray) -> str:
        """Zero channels before/after ``x`` (a residual block widening its shortcut) as a 1x1
        convolution with identity weights: the same values (each output is one input times 1
        plus zeros), but it stays in onnxruntime's blocked layout, where a channel ``Pad``
        sends the whole residual stream back to plain NCHW (a layout reorder at every block;
        docs/speed.md)."""
        channels = self.shape(in_idx)[3]
        before, after = int(pads[0]), int(pads[1])
        w = np.zeros((before + channels + after, channels, 1, 1), np.float32)
        w[before + np.arange(channels), np.arange(channels)] = 1.0
        return self.b.op("Conv", [x, self.b.const("W", w)], kernel_shape=[1, 1])

    def op_reshape(self, op: Any, ins: list[int], outs: list[int]) -> None:
        if self.batch:
            raise ModelError(f"{self.name}: a batch dimension needs a model without RESHAPE")
        v = self.value(ins[0])
        shape = np.array(self.shape(outs[0]), np.int64)
        y = self.b.op("Reshape", [self.nhwc(v), self.b.const("shape", shape)])
        self.values[outs[0]] = _Value(y, nchw=False)

    def op_concatenation(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self._options(op, "ConcatenationOptions")
        vals = [self.value(i) for i in ins]
        rank = len(self.shape(outs[0]))
        axis = opts.Axis() % rank
        nchw = all(v.nchw for v in vals)
        names = [v.name for v in vals] if nchw else [self.nhwc(v) for v in vals]
        if nchw:
            axis = _NHWC_TO_NCHW.index(axis)
        y = self.b.op("Concat", names, axis=axis)
        self.values[outs[0]] = _Value(self._activation(y, opts.FusedActivationFunction()), nchw)

    def op_resize_bilinear(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self._options(op, "ResizeBilinearOptions")
        v = self.value(ins[0])
        if not v.nchw:
            raise ModelError(f"{self.name}: RESIZE_BILINEAR on a non-image tensor")
        n, h, w, c = self.shape(outs[0])
        if opts.AlignCorners():
            mode = "align_corners"
        elif opts.HalfPixelCenters():
            mode = "half_pixel"
        else:
            mode = "asymmetric"
        if self.batch:
            raise ModelError(f"{self.name}: a batch dimension needs a model without RESIZE")
        sizes = self.b.const("sizes", np.array([n, c, h, w], np.int64))
        y = self.b.op(
            "Resize", [v.name, "", "", sizes], mode="linear", coordinate_transformation_mode=mode
        )
        self.values[outs[0]] = _Value(y, True)

    def op_depth_to_space(self, op: Any, ins: list[int], outs: list[int]) -> None:
        opts = self._options(op, "DepthToSpaceOptions")
        v = self.value(ins[0])
        if not v.nchw:
            raise ModelError(f"{self.name}: DEPTH_TO_SPACE on a non-image tensor")
        # TF's NHWC depth_to_space orders channels (row, column, depth): ONNX mode DCR.
        y = self.b.op("DepthToSpace", [v.name], blocksize=opts.BlockSize(), mode="DCR")
        self.values[outs[0]] = _Value(y, True)


def convert(
    data: bytes, name: str, input_name: str, output_names: list[str], batch: bool = False
) -> Any:
    """Convert one single-subgraph ``.tflite`` model to an ``onnx.ModelProto`` (checked).

    ``batch``: a free batch dimension ``N`` instead of TFLite's 1 (models whose operators all
    work per sample: no RESHAPE or RESIZE with fixed shapes)."""
    import onnx

    try:
        model = _Converter(data, name).convert(input_name, output_names, batch)
    except ModelError:
        raise
    except Exception as exc:  # a damaged FlatBuffer raises many kinds of errors
        raise ModelError(
            f"{name}: the TFLite file cannot be read ({type(exc).__name__}: {exc})"
        ) from exc
    onnx.checker.check_model(model)
    return model
