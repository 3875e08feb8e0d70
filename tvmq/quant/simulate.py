"""`SimulateInt8`: fake quantization (quantize -> dequantize in float) for debugging accuracy."""

from __future__ import annotations

from typing import Any

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from .plan import LayerPlan


@relax.expr_functor.mutator
class _Simulator(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, plans: dict[Any, LayerPlan]) -> None:
        super().__init__(mod)
        self.plans = plans

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        plan = self.plans.get(binding.var)
        if not isinstance(plan, LayerPlan):
            super().visit_var_binding_(binding)
            return
        lay, q = plan.layer, plan.inp
        lo, hi = (0, 255) if q.dtype == "uint8" else (-127, 127)
        s, zp = relax.const(np.float32(q.scale)), relax.const(np.float32(q.zero_point))
        x = self.visit_expr(lay.input)
        t = R.clip(R.add(R.round(R.divide(x, s)), zp), lo, hi)
        xq = self.builder_.emit(R.multiply(R.subtract(t, zp), s), f"{lay.name}_fq")
        shape = (-1,) + (1,) * (plan.qweight.ndim - 1)
        w = (plan.qweight.astype(np.float32) * plan.wscale.reshape(shape)).astype(np.float32)
        call = lay.call
        if lay.kind == "conv2d":
            y = relax.Call(call.op, [xq, relax.const(w)], call.attrs, call.ty_args)
        else:
            y = R.matmul(xq, relax.const(np.ascontiguousarray(w.T)))
        emit = self.builder_.emit if isinstance(binding.var, relax.DataflowVar) \
            else self.builder_.emit_output
        self.set_var_remap(binding.var, emit(y, binding.var.name))


def SimulateInt8(plans: dict[Any, LayerPlan]) -> tvm.transform.Pass:  # noqa: N802
    """Fake-quantize each planned layer's input and weight; the arithmetic stays float32.

    Useful to tell quantization error from a realization bug: simulated and real int8 outputs
    should agree to within rounding.
    """

    @tvm.transform.module_pass(opt_level=0, name="tvmq.SimulateInt8")
    def simulate(mod: tvm.IRModule, _ctx: tvm.transform.PassContext) -> tvm.IRModule:
        out = tvm.IRModule(dict(mod.functions), attrs=mod.attrs)
        out["main"] = _Simulator(mod, plans).visit_expr(mod["main"])
        return relax.transform.DeadCodeElimination()(out)

    return simulate
