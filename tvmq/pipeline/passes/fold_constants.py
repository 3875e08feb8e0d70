"""`FoldConstantsNumpy`: fold cheap elementwise/shape ops on constants with numpy.

TVM's `FoldConstant` builds every constant subexpression with LLVM (about 0.1 s each): a
decomposed BatchNorm alone leaves six such expressions. This pass evaluates the common cheap ones
in numpy first, so `FoldConstant` only sees what is left.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import tvm
from tvm import relax
from tvm.relax.expr_functor import PyExprMutator, mutator


def _axes(call: relax.Call, name: str) -> list[int] | None:
    value = getattr(call.attrs, name, None)
    return None if value is None else [int(a) for a in value]


def _expand_dims(call: relax.Call, x: np.ndarray) -> np.ndarray:
    axes = _axes(call, "axis") or []
    ndim = x.ndim + len(axes)
    return np.expand_dims(x, tuple(a % ndim for a in axes))


def _reshape(call: relax.Call, x: np.ndarray) -> np.ndarray | None:
    shape = call.args[1]
    if not isinstance(shape, relax.ShapeExpr):
        return None
    return x.reshape([int(d) for d in shape.values])


_UNARY: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "relax.sqrt": np.sqrt,
    "relax.rsqrt": lambda x: 1 / np.sqrt(x),
    "relax.negative": np.negative,
    "relax.exp": np.exp,
}
_BINARY: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "relax.add": np.add,
    "relax.subtract": np.subtract,
    "relax.multiply": np.multiply,
    "relax.divide": np.divide,
    "relax.power": np.power,
}


def _constant(expr: relax.Expr) -> np.ndarray | None:
    if isinstance(expr, tvm.ir.expr.GenericConst) and isinstance(expr.value, tvm.runtime.Tensor):
        return expr.value.numpy()
    return None


@mutator
class _Folder(PyExprMutator):
    def _arg(self, expr: relax.Expr) -> np.ndarray | None:
        if isinstance(expr, relax.Var):
            bound = self.lookup_binding(expr)
            if bound is not None:
                expr = bound
        return _constant(expr)

    def _evaluate(self, call: relax.Call) -> np.ndarray | None:
        name = call.op.name
        if name in _UNARY or name in ("relax.expand_dims", "relax.reshape"):
            x = self._arg(call.args[0])
            if x is None:
                return None
            if name == "relax.expand_dims":
                return _expand_dims(call, x)
            if name == "relax.reshape":
                return _reshape(call, x)
            return _UNARY[name](x)
        if name in _BINARY:
            a, b = self._arg(call.args[0]), self._arg(call.args[1])
            if a is None or b is None:
                return None
            return _BINARY[name](a, b)
        return None

    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        if not isinstance(call.op, tvm.ir.Op) or not isinstance(call.ty, relax.TensorType):
            return call
        try:
            value = self._evaluate(call)
        except (ValueError, TypeError, FloatingPointError):
            return call
        dtype = str(call.ty.dtype)
        if value is None or not dtype or np.dtype(dtype).kind not in "fiu":
            return call
        return relax.const(np.ascontiguousarray(value.astype(dtype)), dtype)


@tvm.ir.transform.module_pass(opt_level=0, name="FoldConstantsNumpy")
class FoldConstantsNumpy:
    """Fold expand_dims/reshape/elementwise arithmetic on constants with numpy."""

    def transform_module(self, mod: tvm.IRModule, _ctx: tvm.transform.PassContext
                         ) -> tvm.IRModule:
        """Fold every Relax function of ``mod``."""
        folder = _Folder(mod)
        for gvar, func in mod.functions.items():
            if isinstance(func, relax.Function):
                folder.builder_.update_func(gvar, folder.visit_expr(func))
        return folder.builder_.get()
