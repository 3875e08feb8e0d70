"""`RealizeWeightOnly`: matmuls keep float activations but read int8 (or int4-valued) weights."""

from __future__ import annotations

from typing import Any

import numpy as np
import tvm
from tvm import relax, te

from .graph import Layer
from .int4 import pack_int4, unpack_int4_te


def _dequant_matmul(x: te.Tensor, w: te.Tensor, s: te.Tensor) -> te.Tensor:
    """``(x @ float(w)) * s``: the int8 weight is widened inside the reduction, per-channel scale
    applied once per output."""
    k = te.reduce_axis((0, w.shape[0]), name="k")
    acc = te.compute((*x.shape[:-1], w.shape[1]),
                     lambda *i: te.sum(x[(*i[:-1], k)] * w[k, i[-1]].astype(x.dtype), axis=k),
                     name="matmul_w8")
    return te.compute(acc.shape, lambda *i: acc[i] * s[i[-1]], name="dequant")


def _dequant_matmul_int4(x: te.Tensor, wp: te.Tensor, s: te.Tensor) -> te.Tensor:
    """Like `_dequant_matmul` with the weight packed two int4 per byte along K: each byte is
    unpacked by two shifts inside the reduction."""
    w = te.compute((x.shape[-1], wp.shape[1]),
                   lambda k, n: unpack_int4_te(wp, [k, n], 0).astype("int8"), name="unpack_w4")
    return _dequant_matmul(x, w, s)


@relax.expr_functor.mutator
class _WeightOnly(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, plans: dict[Any, tuple[Layer, np.ndarray, np.ndarray]],
                 packed: bool = False) -> None:
        super().__init__(mod)
        self.plans = plans
        self.packed = packed

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        plan = self.plans.get(binding.var)
        if plan is None:
            super().visit_var_binding_(binding)
            return
        layer, qweight, scale = plan
        x = self.visit_expr(layer.input)
        s = relax.const(scale.astype(np.float32), "float32")
        if self.packed:
            w = relax.const(pack_int4(qweight.T, 0), "int8")
            call = self.builder_.call_te(_dequant_matmul_int4, x, w, s,
                                         primfunc_name_hint=f"{layer.name}_w4")
        else:
            w = relax.const(np.ascontiguousarray(qweight.T), "int8")
            call = self.builder_.call_te(_dequant_matmul, x, w, s,
                                         primfunc_name_hint=f"{layer.name}_w8")
        emit = self.builder_.emit if isinstance(binding.var, relax.DataflowVar) \
            else self.builder_.emit_output
        self.set_var_remap(binding.var, emit(call, binding.var.name))


def RealizeWeightOnly(plans: dict[Any, tuple[Layer, np.ndarray, np.ndarray]],  # noqa: N802
                      packed: bool = False) -> tvm.transform.Pass:
    """Replace planned matmuls by a kernel reading int8 weights and per-channel scales.

    Parameters
    ----------
    plans : dict
        Anchor variable -> (layer, int8 weight in (N, K) layout, float32 scale per channel).
        The weights stay int8 constants through ``FoldConstant``: the widening happens inside
        the kernel, whose activation input is not constant.
    packed : bool
        Store int4-valued weights two per byte (``[ceil(K/2), N]``), unpacked in the kernel.
    """

    @tvm.transform.module_pass(opt_level=0, name="tvmq.RealizeWeightOnly")
    def realize(mod: tvm.IRModule, _ctx: tvm.transform.PassContext) -> tvm.IRModule:
        mutator = _WeightOnly(mod, plans, packed)
        main = mutator.visit_expr(mod["main"])
        out = mutator.builder_.get()
        out["main"] = main
        return relax.transform.DeadCodeElimination()(out)

    return realize
