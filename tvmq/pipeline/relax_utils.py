"""Small Relax helpers shared by the rewrite passes: static shapes, constants behind bindings."""

from __future__ import annotations

import tvm
from tvm import relax


def static_shape(expr: relax.Expr) -> tuple[int, ...] | None:
    """The shape of ``expr`` when it is a tensor with every dimension known, else None."""
    ty = expr.ty
    if not isinstance(ty, relax.TensorType) or ty.shape is None:
        return None
    dims = []
    for d in ty.shape.values:
        if not isinstance(d, tvm.tirx.IntImm):
            return None
        dims.append(int(d.value))
    return tuple(dims)


def bound_value(expr: relax.Expr, var2val: dict) -> relax.Expr:
    """The value bound to ``expr`` when it is a dataflow variable in ``var2val``, else ``expr``."""
    if isinstance(expr, relax.Var) and expr in var2val:
        return var2val[expr]
    return expr


def bound_const(expr: relax.Expr, var2val: dict) -> tvm.ir.expr.GenericConst | None:
    """The constant ``expr`` is, or is bound to, else None."""
    expr = bound_value(expr, var2val)
    return expr if isinstance(expr, tvm.ir.expr.GenericConst) else None
