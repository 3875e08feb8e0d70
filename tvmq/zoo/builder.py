"""`GraphBuilder`: a terse way to write ONNX graphs with deterministic random weights."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


class GraphBuilder:
    """Accumulates ONNX nodes and initializers; `build` returns a checked ModelProto."""

    def __init__(self, name: str, seed: int = 0, opset: int = 17) -> None:
        self.name = name
        self.opset = opset
        self.rng = np.random.default_rng(seed)
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self.inputs: list[onnx.ValueInfoProto] = []
        self._count = 0

    def fresh(self, prefix: str) -> str:
        """A new unique tensor name."""
        self._count += 1
        return f"{prefix}_{self._count}"

    def input(self, name: str, shape: Sequence[int | str], dtype: int = TensorProto.FLOAT) -> str:
        """Declare a graph input."""
        self.inputs.append(helper.make_tensor_value_info(name, dtype, list(shape)))
        return name

    def const(self, array: np.ndarray, prefix: str = "w") -> str:
        """Add an initializer."""
        name = self.fresh(prefix)
        self.inits.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def weight(self, shape: Sequence[int], scale: float | None = None, prefix: str = "w") -> str:
        """Add a He-scaled random float32 weight."""
        fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else int(shape[0])
        std = scale if scale is not None else float(np.sqrt(2.0 / max(fan_in, 1)))
        return self.const((self.rng.standard_normal(shape) * std).astype("float32"), prefix)

    def op(self, op_type: str, inputs: Sequence[str], n_out: int = 1, **attrs: object
           ) -> str | list[str]:
        """Add a node; returns its output name (or names when ``n_out > 1``)."""
        outs = [self.fresh(op_type.lower()) for _ in range(n_out)]
        self.nodes.append(helper.make_node(op_type, list(inputs), outs,
                                           name=self.fresh(op_type), **attrs))
        return outs[0] if n_out == 1 else outs

    def build(self, outputs: Sequence[str], producer: str = "tvmq.zoo") -> onnx.ModelProto:
        """Finish the graph with ``outputs`` (shapes inferred) and return the model."""
        outs = [helper.make_tensor_value_info(o, TensorProto.FLOAT, None) for o in outputs]
        graph = helper.make_graph(self.nodes, self.name, self.inputs, outs, self.inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", self.opset)],
                                  producer_name=producer)
        model.ir_version = 8
        model = onnx.shape_inference.infer_shapes(model)
        onnx.checker.check_model(model)
        return model
