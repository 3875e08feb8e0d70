"""Import ONNX QOperator models (QLinearConv, QLinearMatMul, QGemm, ConvInteger, MatMulInteger,
QLinearAdd/Mul/Concat/GlobalAveragePool/Sigmoid/LeakyRelu/Softmax/AveragePool) as tvmq's
realized integer compute.

Each operator becomes what `RealizeInt8` emits for a calibrated layer: int8 x int8 -> int32
``conv2d``/``matmul``, an int32 bias (activation zero points folded into it), and an
integer-only fixed-point requantize to the operator's output scale. uint8 tensors are shifted to
int8 inside each operator (``x - 128``, zero point - 128: the same products), so every
convolution and matmul reads int8 on both sides and tvmq's int8 schedules apply; the shift is an
elementwise op that fuses into the producer. Weight zero points are folded into the weights
when ``w - zp`` fits in int8, otherwise a per-channel correction ``c * sum(x - zx)`` is added.
"""

from __future__ import annotations

from collections.abc import Callable

import onnx
import tvm
from tvm import relax
from tvm.relax.frontend.onnx import onnx_frontend

from . import qop_elementwise as ew
from . import qop_linear as lin
from .qop_common import QOperatorError

# Operators converted here (ONNX domain, then com.microsoft contrib ops).
ONNX_OPS = frozenset({"QLinearConv", "QLinearMatMul", "ConvInteger", "MatMulInteger"})
MS_OPS = frozenset({"QGemm", "QLinearAdd", "QLinearMul", "QLinearConcat",
                    "QLinearGlobalAveragePool", "QLinearSigmoid", "QLinearLeakyRelu",
                    "QLinearSoftmax", "QLinearAveragePool"})

__all__ = ["MS_OPS", "ONNX_OPS", "QOperatorError", "from_onnx", "uses_qoperator"]


def uses_qoperator(graph: onnx.GraphProto) -> bool:
    """Whether ``graph`` has a node converted by this module."""
    return any(n.op_type in ONNX_OPS or (n.domain == "com.microsoft" and n.op_type in MS_OPS)
               for n in graph.node)


_CONVERTERS: dict[str, Callable[..., relax.Expr]] = {
    "QLinearConv": lin.qlinear_conv, "QLinearMatMul": lin.qlinear_matmul, "QGemm": lin.qgemm,
    "ConvInteger": lin.conv_integer, "MatMulInteger": lin.matmul_integer,
    "QLinearAdd": ew.qlinear_add, "QLinearMul": ew.qlinear_mul,
    "QLinearConcat": ew.qlinear_concat, "QLinearGlobalAveragePool": ew.qlinear_gap,
    "QLinearSigmoid": ew.qlinear_sigmoid, "QLinearLeakyRelu": ew.qlinear_leaky_relu,
    "QLinearSoftmax": ew.qlinear_softmax, "QLinearAveragePool": ew.qlinear_average_pool,
}


class _Importer(onnx_frontend.ONNXGraphImporter):
    """The Relax ONNX importer with tvmq's converters for the QOperator ops."""

    def _check_for_unsupported_ops(self, graph: onnx.GraphProto) -> None:
        known = set(onnx_frontend._get_convert_map()) | set(_CONVERTERS) | {"If", "Constant"}
        missing = sorted({n.op_type for n in graph.node if n.op_type not in known})
        if missing:
            raise tvm.error.OpNotImplemented(f"unsupported operators: {', '.join(missing)}")

    def _convert_operator(self, op_name: str, inputs: list, attrs: dict, opset: int
                          ) -> relax.Expr:
        conv = _CONVERTERS.get(op_name)
        if conv is None:
            return super()._convert_operator(op_name, inputs, attrs, opset)
        node = f"{op_name} node {attrs.get('tvm_custom', {}).get('name', '?')!r}"
        return self.bb.normalize(conv(self.bb, list(inputs), attrs, node))


def from_onnx(proto: onnx.ModelProto, shape_dict: dict[str, list], dtype_dict: dict[str, str],
              opset: int | None) -> tvm.IRModule:
    """`tvm.relax.frontend.onnx.from_onnx` with the QOperator converters of this module."""
    if opset is None:
        opset = next((o.version for o in proto.opset_import if o.domain in ("", "ai.onnx")), 1)
    importer = _Importer(shape_dict, dtype_dict, keep_params_in_input=False, sanitize=False)
    return importer.from_onnx(proto.graph, opset)
