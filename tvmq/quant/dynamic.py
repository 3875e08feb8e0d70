"""`RealizeDynamic`: matmuls with int8 weights and int8 activations quantized at run time."""

from __future__ import annotations

from typing import Any

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from .graph import Layer

# Floor of max |x| so an all-zero row gets a finite scale (its int8 values are all 0).
_TINY = 1e-12


@relax.expr_functor.mutator
class _Dynamic(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, plans: dict[Any, tuple[Layer, np.ndarray, np.ndarray]],
                 per_row: bool) -> None:
        super().__init__(mod)
        self.plans = plans
        self.per_row = per_row
        # a tensor feeding several matmuls (Q, K and V projections) is quantized once
        self.quantized: dict[Any, tuple[relax.Var, relax.Var]] = {}

    def _quantize(self, layer: Layer) -> tuple[relax.Var, relax.Var]:
        if layer.input in self.quantized:
            return self.quantized[layer.input]
        x = self.visit_expr(layer.input)
        amax = R.max(R.abs(x), axis=-1, keepdims=True) if self.per_row else R.max(R.abs(x))
        scale = self.builder_.emit(
            R.divide(R.maximum(amax, relax.const(_TINY, "float32")),
                     relax.const(127.0, "float32")), f"{layer.name}_ascale")
        q = R.astype(R.clip(R.round(R.divide(x, scale)), -127, 127), "int8")
        out = self.builder_.emit(q, f"{layer.name}_in"), scale
        self.quantized[layer.input] = out
        return out

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        plan = self.plans.get(binding.var)
        if plan is None:
            super().visit_var_binding_(binding)
            return
        layer, qweight, wscale = plan
        q, scale = self._quantize(layer)
        acc = self.builder_.emit(
            R.matmul(q, relax.const(np.ascontiguousarray(qweight.T), "int8"), out_dtype="int32"),
            f"{layer.name}_acc")
        y = R.multiply(R.multiply(R.astype(acc, "float32"), scale),
                       relax.const(wscale.astype(np.float32), "float32"))
        emit = self.builder_.emit if isinstance(binding.var, relax.DataflowVar) \
            else self.builder_.emit_output
        self.set_var_remap(binding.var, emit(y, binding.var.name))


def RealizeDynamic(plans: dict[Any, tuple[Layer, np.ndarray, np.ndarray]],  # noqa: N802
                   per_row: bool = True) -> tvm.transform.Pass:
    """Replace planned matmuls by dynamic int8 ones.

    Each input is quantized at run time, ``q = round(x / s)`` with ``s = max|x| / 127`` per row
    (``per_row``) or per tensor; ``int8 x int8 -> int32`` matmul against the int8 weight;
    the result is scaled by ``s * weight_scale`` (per output channel).

    Parameters
    ----------
    plans : dict
        Anchor variable -> (layer, int8 weight in (N, K) layout, float32 scale per channel).
    per_row : bool
        One activation scale per row (token) instead of one per tensor.
    """

    @tvm.transform.module_pass(opt_level=0, name="tvmq.RealizeDynamic")
    def realize(mod: tvm.IRModule, _ctx: tvm.transform.PassContext) -> tvm.IRModule:
        mutator = _Dynamic(mod, plans, per_row)
        out = tvm.IRModule(dict(mod.functions), attrs=mod.attrs)
        out["main"] = mutator.visit_expr(mod["main"])
        return relax.transform.DeadCodeElimination()(out)

    return realize
