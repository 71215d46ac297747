"""The one small helper the model converters (MTCNN, dlib ResNet, TFLite -> ONNX for MediaPipe)
build their ONNX graphs with: unique tensor names, initialisers from numpy arrays, nodes."""

from __future__ import annotations

from typing import Any

import numpy as np


class GraphBuilder:
    """Collects ONNX nodes and initialisers under unique names (``base_N``).

    ``name_nodes``: each node is named after its output (dlib's converter does, for readable
    graphs); off, nodes are left unnamed as the other converters have always written them, so
    their built files stay byte for byte what they were."""

    def __init__(self, *, name_nodes: bool = False) -> None:
        self.nodes: list[Any] = []
        self.inits: list[Any] = []
        self.name_nodes = name_nodes
        self._n = 0

    def name(self, base: str) -> str:
        self._n += 1
        return f"{base}_{self._n}"

    def const(self, base: str, array: np.ndarray) -> str:
        from onnx import numpy_helper

        name = self.name(base)
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(
        self,
        op_type: str,
        inputs: list[str],
        prefix: str | None = None,
        *,
        out: str | None = None,
        **attrs: Any,
    ) -> str:
        """Append an ``op_type`` node; its output is ``out`` or a new name from ``prefix``
        (default: the op type in lower case)."""
        from onnx import helper

        out = out or self.name(prefix or op_type.lower())
        node_name = out if self.name_nodes else None
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=node_name, **attrs))
        return out
