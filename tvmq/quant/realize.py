"""`RealizeInt8`: rewrite planned conv2d/matmul layers into int8 x int8 -> int32 integer compute."""

from __future__ import annotations

from typing import Any

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from .plan import LayerPlan


def _const(v: Any) -> relax.Expr:
    """A constant keeping numpy's dtype (``relax.const`` narrows int64 to int32 otherwise)."""
    v = np.asarray(v)
    return relax.const(v, str(v.dtype))


def _chan(v: np.ndarray, plan: LayerPlan) -> relax.Expr:
    """A per-output-channel constant broadcasting against the layer's output."""
    return _const(v.reshape(-1, 1, 1) if plan.layer.kind == "conv2d" else v.reshape(-1))


@relax.expr_functor.mutator
class _Realizer(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, plans: dict[Any, LayerPlan]) -> None:
        super().__init__(mod)
        self.plans = plans
        self.absorbed = set()
        for p in plans.values():
            self.absorbed.update(v for v in (p.layer.bias_var, p.layer.act_var) if v is not None)
        self.int8: dict[Any, relax.Var] = {}
        self.int8_ops = {v for p in plans.values() for v in p.chain}
        # layer name -> (output variable, scale, zero point); scale None for float outputs
        self.outputs: dict[str, tuple[relax.Var, float | None, int]] = {}
        # (float input, scale, zero point, dtype) -> its quantized variable: a tensor feeding
        # several layers with the same parameters (a block input and its downsample) is
        # quantized once, so its producer can fuse the quantize as its epilogue.
        self.quantized: dict[tuple, relax.Var] = {}

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        if binding.var in self.absorbed:
            return
        if binding.var in self.int8_ops:
            call = binding.value
            args = [self.int8[call.args[0]], *(self.visit_expr(a) for a in call.args[1:])]
            self.int8[binding.var] = self._emit(
                relax.Call(call.op, args, call.attrs, call.ty_args), binding.var.name)
            return
        plan = self.plans.get(binding.var)
        if plan is None:
            super().visit_var_binding_(binding)
            return
        self._emit_layer(plan)

    def _emit(self, expr: relax.Expr, name: str) -> relax.Var:
        return self.builder_.emit(expr, name)

    def _quantize(self, plan: LayerPlan) -> relax.Var:
        lay, q = plan.layer, plan.inp
        if lay.input in self.int8:
            return self.int8[lay.input]
        key = (lay.input, float(q.scale), int(q.zero_point), q.dtype)
        if key in self.quantized:
            return self.quantized[key]
        x = self.visit_expr(lay.input)
        t = R.round(R.divide(x, _const(np.float32(q.scale))))
        if q.zero_point:
            t = R.add(t, _const(np.float32(q.zero_point)))
        lo, hi = (0, 255) if q.dtype == "uint8" else (-127, 127)
        out = self._emit(R.astype(R.clip(t, lo, hi), q.dtype), f"{lay.name}_in")
        self.quantized[key] = out
        return out

    def _emit_layer(self, plan: LayerPlan) -> None:
        lay, call = plan.layer, plan.layer.call
        qx = self._quantize(plan)
        if lay.kind == "conv2d":
            a = call.attrs
            padding = [int(p) for p in a.padding]
            if plan.inp.zero_point and any(padding):
                # Pad with the zero point so the padded border dequantizes to 0.
                qx = self._emit(R.nn.pad(qx, [0, 0, 0, 0, padding[0], padding[2], padding[1],
                                              padding[3]], "constant",
                                         float(plan.inp.zero_point)), f"{lay.name}_pad")
                padding = [0, 0, 0, 0]
            acc = R.nn.conv2d(qx, _const(plan.qweight), strides=a.strides, padding=padding,
                              dilation=a.dilation, groups=a.groups, data_layout="NCHW",
                              kernel_layout="OIHW", out_layout="NCHW", out_dtype="int32")
        else:
            acc = R.matmul(qx, _const(np.ascontiguousarray(plan.qweight.T)),
                           out_dtype="int32")
        acc = self._emit(acc, f"{lay.name}_acc")
        if plan.bias is not None:
            acc = self._emit(R.add(acc, _chan(plan.bias, plan)), f"{lay.name}_bias")
        rq = plan.out
        if rq is not None:
            t = R.multiply(R.astype(acc, "int64"), _chan(rq.multiplier, plan))
            t = R.right_shift(R.add(t, _chan(np.left_shift(np.int64(1), rq.shift - 1), plan)),
                              _chan(rq.shift, plan))
            if rq.zero_point:
                t = R.add(t, _const(np.int64(rq.zero_point)))
            out = self._emit(R.astype(R.clip(t, rq.lo, rq.hi), rq.dtype), f"{lay.name}_out")
            self.int8[lay.output] = out
            self.outputs[lay.name] = (out, rq.scale, rq.zero_point)
            return
        y = R.multiply(R.astype(acc, "float32"), _chan(plan.dequant, plan))
        if lay.act is not None:
            y = self._emit(y, f"{lay.name}_dq")
            if lay.act[0] == "relu":
                y = R.nn.relu(y)
            elif np.isfinite(lay.act[2]):
                y = R.clip(y, lay.act[1], lay.act[2])
            else:
                y = R.maximum(y, _const(np.float32(lay.act[1])))
        emit = self.builder_.emit if isinstance(lay.output, relax.DataflowVar) \
            else self.builder_.emit_output
        new = emit(y, lay.output.name)
        self.set_var_remap(lay.output, new)
        self.outputs[lay.name] = (new, None, 0)


def RealizeInt8(plans: dict[Any, LayerPlan], outputs: dict | None = None  # noqa: N802
                ) -> tvm.transform.Pass:
    """The pass rewriting each planned layer of ``main`` into integer compute.

    Parameters
    ----------
    plans : dict
        From `tvmq.quant.plan.plan_layers`, keyed by the layers' anchor variables in ``main``.
    outputs : dict, optional
        Filled with layer name -> (output variable, scale or None, zero point).
    """

    @tvm.transform.module_pass(opt_level=0, name="tvmq.RealizeInt8")
    def realize(mod: tvm.IRModule, _ctx: tvm.transform.PassContext) -> tvm.IRModule:
        out = tvm.IRModule(dict(mod.functions), attrs=mod.attrs)
        realizer = _Realizer(mod, plans)
        out["main"] = realizer.visit_expr(mod["main"])
        if outputs is not None:
            outputs.update(realizer.outputs)
        return relax.transform.DeadCodeElimination()(out)

    return realize
