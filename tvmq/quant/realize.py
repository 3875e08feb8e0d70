"""`RealizeInt8`: rewrite the planned int8 region into integer compute.

conv2d/matmul become int8 x int8 -> int32 with an int32 bias and a requantize; adds, concats and
average pools rescale their int8 (or fused int32) inputs; value-preserving ops run unchanged on
int8 tensors. Requantize and rescale multiply by float32 scales and round half up
(`FloatRequant`), or by integer multipliers with a rounding right shift (`FixedPointRequant`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from .config import FixedPointRequant, FloatRequant, Requantize
from .graph import _imm
from .plan import LayerPlan, OpPlan, Requant, Term


def _const(v: Any) -> relax.Expr:
    """A constant keeping numpy's dtype (``relax.const`` narrows int64 to int32 otherwise)."""
    v = np.asarray(v)
    return relax.const(v, str(v.dtype))


def _chan(v: np.ndarray, plan: LayerPlan) -> relax.Expr:
    """A per-output-channel constant broadcasting against the layer's output."""
    return _const(v.reshape(-1, 1, 1) if plan.layer.kind == "conv2d" else v.reshape(-1))


def _shaped(v: np.ndarray, kind: str | None, dtype: str) -> relax.Expr:
    """A scalar constant, or a per-channel one shaped for a ``kind`` layer's output."""
    v = np.asarray(v).astype(dtype)
    if v.size == 1:
        return _const(v.reshape(()))
    return _const(v.reshape(-1, 1, 1) if kind == "conv2d" else v.reshape(-1))


@relax.expr_functor.mutator
class _Realizer(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, plans: dict[Any, LayerPlan | OpPlan],
                 fixed_point: bool) -> None:
        super().__init__(mod)
        self.plans = plans
        self.fixed_point = fixed_point
        self.absorbed = set()
        for p in plans.values():
            if isinstance(p, LayerPlan):
                self.absorbed.update(v for v in (p.layer.bias_var, p.layer.act_var)
                                     if v is not None)
            else:
                self.absorbed.update(p.op.absorbed)
        # original variable -> its int8 value (a fused layer's output: its int32 accumulator).
        # A float tensor feeding several layers is quantized once, so its producer can fuse
        # the quantize as its epilogue.
        self.int8: dict[Any, relax.Var] = {}
        # layer name -> (output variable, scale, zero point[, float reference variable]);
        # scale None for float outputs
        self.outputs: dict[str, tuple] = {}

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        if binding.var in self.absorbed:
            return
        plan = self.plans.get(binding.var)
        if plan is None:
            super().visit_var_binding_(binding)
        elif isinstance(plan, LayerPlan):
            self._emit_layer(plan)
        else:
            self._emit_op(plan)

    def _emit(self, expr: relax.Expr, name: str) -> relax.Var:
        return self.builder_.emit(expr, name)

    def _emit_float(self, expr: relax.Expr, var: relax.Var) -> relax.Var:
        """Bind the float value of ``var`` for the float code reading it."""
        emit = self.builder_.emit if isinstance(var, relax.DataflowVar) \
            else self.builder_.emit_output
        new = emit(expr, var.name)
        self.set_var_remap(var, new)
        return new

    def _quantize(self, plan: LayerPlan) -> relax.Var:
        lay, q = plan.layer, plan.inp
        if lay.input in self.int8:
            return self.int8[lay.input]
        x = self.visit_expr(lay.input)
        t = R.round(R.divide(x, _const(np.float32(q.scale))))
        if q.zero_point:
            t = R.add(t, _const(np.float32(q.zero_point)))
        lo, hi = (0, 255) if q.dtype == "uint8" else (-127, 127)
        out = self._emit(R.astype(R.clip(t, lo, hi), q.dtype), f"{lay.name}_in")
        self.int8[lay.input] = out
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
        if plan.fused:
            self.int8[lay.output] = acc
            return
        rq = plan.out
        if rq is not None:
            t = self._requant(acc, rq, plan)
            if rq.zero_point:
                t = R.add(t, _const(np.array(rq.zero_point, self._rescale_dtype("int64"))))
            out = self._emit(R.astype(R.clip(t, rq.lo, rq.hi), rq.dtype), f"{lay.name}_out")
            self.int8[lay.output] = out
            self.outputs[lay.name] = (out, rq.scale, rq.zero_point)
        if not plan.to_float:
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
        new = self._emit_float(y, lay.output)
        if rq is None:
            self.outputs[lay.name] = (new, None, 0)

    def _rescale_dtype(self, integer: str) -> str:
        return integer if self.fixed_point else "float32"

    def _requant(self, acc: relax.Expr, rq: Requant, plan: LayerPlan) -> relax.Expr:
        """The int32 accumulator scaled to the output's scale and rounded half up."""
        if not self.fixed_point:
            t = R.multiply(R.astype(acc, "float32"), _chan(rq.ratio.astype(np.float32), plan))
            return R.floor(R.add(t, _const(np.float32(0.5))))
        t = R.multiply(R.astype(acc, "int64"), _chan(rq.multiplier, plan))
        return R.right_shift(R.add(t, _chan(np.left_shift(np.int64(1), rq.shift - 1), plan)),
                             _chan(rq.shift, plan))

    def _term(self, src: relax.Expr, t: Term, acc: str, kind: str | None) -> relax.Expr:
        if not self.fixed_point:
            e = R.astype(src, "float32")
            if t.zero_point:
                e = R.subtract(e, _const(np.float32(t.zero_point)))
            ratio = t.ratio if t.ratio is not None else \
                np.asarray(t.multiplier, np.float64) / np.exp2(np.asarray(t.shift, np.float64))
            return R.multiply(e, _shaped(ratio, kind, "float32"))
        e = R.astype(src, acc) if src.ty.dtype != acc else src
        if t.zero_point:
            e = R.subtract(e, _const(np.array(t.zero_point, acc)))
        return R.multiply(e, _shaped(t.multiplier, kind, acc))

    def _finish(self, total: relax.Expr, shift: np.ndarray, plan: OpPlan, acc: str,
                kind: str | None, name: str) -> relax.Var:
        """``clip(((total + 2**(n-1)) >> n) + zp, lo, hi)`` cast to the output type (with float
        scales: ``clip(floor(total + 0.5) + zp, lo, hi)``)."""
        if self.fixed_point:
            rnd = np.left_shift(np.asarray(1, acc), np.asarray(shift, acc) - 1)
            t = R.right_shift(R.add(total, _shaped(rnd, kind, acc)), _shaped(shift, kind, acc))
        else:
            t = R.floor(R.add(total, _const(np.float32(0.5))))
        if plan.out.zero_point:
            t = R.add(t, _const(np.array(plan.out.zero_point, self._rescale_dtype(acc))))
        return self._emit(R.astype(R.clip(t, plan.lo, plan.hi), plan.out.dtype), name)

    def _emit_op(self, plan: OpPlan) -> None:
        op = plan.op
        call, name = op.call, op.var.name
        if op.kind == "copy":
            x = self.int8[op.inputs[0]]
            if call.op.name == "relax.nn.relu" and plan.out.zero_point:
                out = R.maximum(x, _const(np.array(plan.out.zero_point, plan.out.dtype)))
            elif call.op.name == "relax.clip":
                q = plan.out
                lo, hi = _imm(call.args[1]), _imm(call.args[2])
                qlo = max(plan.lo, int(np.round(lo / q.scale)) + q.zero_point)
                qhi = min(plan.hi, int(np.round(hi / q.scale)) + q.zero_point)
                out = R.clip(x, qlo, max(qlo, qhi))
            else:
                out = relax.Call(call.op, [x, *(self.visit_expr(a) for a in call.args[1:])],
                                 call.attrs, call.ty_args)
            out = self._emit(out, name)
        elif op.kind == "add":
            acc = plan.acc_dtype
            kind = next((t.layer.kind for t in plan.terms if t.layer is not None), None)
            a, b = (self._term(self.int8[t.var], t, acc, kind) for t in plan.terms)
            out = self._finish(R.add(a, b), plan.terms[0].shift, plan, acc, kind, name)
            for t in plan.terms:
                if t.layer is not None:
                    self.outputs[t.layer.name] = (out, plan.out.scale, plan.out.zero_point,
                                                  op.var)
        elif op.kind == "concat":
            parts = []
            for x, t in zip(op.inputs, plan.terms, strict=True):
                src = self.int8[x]
                if t is not None:
                    src = self._finish(self._term(src, t, plan.acc_dtype, None), t.shift, plan,
                                       plan.acc_dtype, None, f"{name}_in")
                parts.append(src)
            out = self._emit(R.concat(parts, axis=call.attrs.axis), name)
        else:
            t = plan.terms[0]
            x = R.astype(self.int8[t.var], "int32")
            if op.kind == "mean":
                total = R.sum(x, axis=call.attrs.axis, keepdims=call.attrs.keepdims)
                if t.zero_point:
                    total = R.subtract(total, _const(np.int32(t.zero_point * plan.count)))
            else:
                # avg_pool2d of (x - zp) * count: the window sum, also where the window is
                # clipped by padding (divided by its own size, scaled by the full size)
                if t.zero_point:
                    x = R.subtract(x, _const(np.int32(t.zero_point)))
                x = R.multiply(x, _const(np.int32(plan.count)))
                total = self._emit(relax.Call(call.op, [x], call.attrs, call.ty_args),
                                   f"{name}_sum")
            acc = plan.acc_dtype
            if self.fixed_point:  # (avg_pool2d of int32 yields int64)
                total = R.multiply(R.astype(total, acc), _shaped(t.multiplier, None, acc))
            else:
                total = R.multiply(R.astype(total, "float32"), _const(np.float32(t.ratio)))
            out = self._finish(total, t.shift, plan, acc, None, name)
        self.int8[op.var] = out
        if plan.to_float:
            q = plan.out
            y = R.astype(out, "float32")
            if q.zero_point:
                y = R.subtract(y, _const(np.float32(q.zero_point)))
            self._emit_float(R.multiply(y, _const(np.float32(q.scale))), op.var)


def RealizeInt8(plans: dict[Any, LayerPlan | OpPlan], outputs: dict | None = None,  # noqa: N802
                requantize: Requantize | None = None) -> tvm.transform.Pass:
    """The pass rewriting the planned int8 region of ``main`` into integer compute.

    Parameters
    ----------
    plans : dict
        From `tvmq.quant.plan.plan_layers`: layer plans keyed by the layers' anchor
        variables, op plans by the ops' output variables in ``main``.
    outputs : dict, optional
        Filled with layer name -> (output variable, scale or None, zero point[, reference]):
        a layer fused into an add reports the add's output (the reference is the float add).
    requantize : FloatRequant or FixedPointRequant, optional
        The arithmetic of requantize and rescale steps (default `FloatRequant`).
    """
    fixed_point = isinstance(requantize or FloatRequant(), FixedPointRequant)

    @tvm.transform.module_pass(opt_level=0, name="tvmq.RealizeInt8")
    def realize(mod: tvm.IRModule, _ctx: tvm.transform.PassContext) -> tvm.IRModule:
        out = tvm.IRModule(dict(mod.functions), attrs=mod.attrs)
        realizer = _Realizer(mod, plans, fixed_point)
        out["main"] = realizer.visit_expr(mod["main"])
        if outputs is not None:
            outputs.update(realizer.outputs)
        return relax.transform.DeadCodeElimination()(out)

    return realize
