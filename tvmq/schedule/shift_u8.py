"""Relax pass: feed AVX2 int8 kernels uint8 activations, with the shift folded into a bias.

AVX2 has no int8 x int8 dot product; ``vpmaddubsw`` takes uint8 x int8. Inside a kernel the
activation shift ``a + 128`` costs a correction ``128 * sum_k w`` per weight vector and two
registers of the 16 (see `cpu.int8_intrin_avx2`). This pass moves both out of the inner loop
for int8 conv2d/matmul whose constant weight is 7-bit ([-64, 63], e.g. ``weight_bits=7``):

    conv2d(x, W, pad)  ->  conv2d(u8(pad(x, 0) + 128), W, pad=0) + (-128 * sum_{c,kh,kw} W)
    matmul(x, W)       ->  matmul(u8(x + 128), W) + (-128 * sum_k W)

The shift fuses into the kernel's input stage (the padding copy), the bias is a compile-time
constant added in the epilogue, and the kernel runs the correction-free
``tvmq_dot_8x4_u8i7i32_avx2``. Zero padding is applied before the shift, so padded pixels
still contribute 0. The int32 result is bit-identical.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from ..pipeline import PipelineContext, register_slot_passes
from .cpu.int8_intrin_avx2 import NARROW_MAX, NARROW_MIN
from .target_info import cpu_info


def _narrow_weight(expr: relax.Expr) -> np.ndarray | None:
    if not isinstance(expr, tvm.ir.expr.GenericConst):
        return None
    w = expr.value.numpy()
    if w.dtype != np.int8 or w.size == 0 or w.min() < NARROW_MIN or w.max() > NARROW_MAX:
        return None
    return w


def _int8_input(expr: relax.Expr) -> bool:
    ty = expr.ty
    return isinstance(ty, relax.TensorType) and ty.dtype == "int8"


def _to_u8(x: relax.Expr) -> relax.Expr:
    return R.astype(R.add(R.astype(x, "int16"), relax.const(128, "int16")), "uint8")


@relax.expr_functor.mutator
class _Shifter(relax.PyExprMutator):
    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        if not isinstance(call.op, tvm.ir.Op) or str(call.attrs.out_dtype if hasattr(
                call.attrs, "out_dtype") else "") != "int32" or not _int8_input(call.args[0]):
            return call
        if call.op.name == "relax.nn.conv2d":
            return self._conv(call)
        if call.op.name == "relax.matmul":
            return self._matmul(call)
        return call

    def _conv(self, call: relax.Call) -> relax.Expr:
        a = call.attrs
        w = _narrow_weight(call.args[1])
        if (w is None or w.ndim != 4 or int(a.groups) != 1 or a.data_layout != "NCHW"
                or a.kernel_layout != "OIHW" or a.out_layout != "NCHW"):
            return call
        x = call.args[0]
        top, left, bottom, right = (int(p) for p in a.padding)
        if top or left or bottom or right:
            x = self.builder_.emit(R.nn.pad(x, [0, 0, 0, 0, top, bottom, left, right],
                                            "constant", 0.0), "pad")
        xu = self.builder_.emit(_to_u8(x), "x_u8")
        y = self.builder_.emit(R.nn.conv2d(xu, call.args[1], strides=a.strides, padding=0,
                                           dilation=a.dilation, out_dtype="int32"), "conv_u8")
        bias = (-128 * w.astype(np.int64).sum(axis=(1, 2, 3))).astype(np.int32)
        return R.add(y, relax.const(bias.reshape(1, -1, 1, 1)))

    def _matmul(self, call: relax.Call) -> relax.Expr:
        w = _narrow_weight(call.args[1])
        if w is None or w.ndim != 2:
            return call
        xu = self.builder_.emit(_to_u8(call.args[0]), "x_u8")
        y = self.builder_.emit(R.matmul(xu, call.args[1], out_dtype="int32"), "matmul_u8")
        bias = (-128 * w.astype(np.int64).sum(axis=0)).astype(np.int32)
        return R.add(y, relax.const(bias))


@tvm.transform.module_pass(opt_level=0, name="tvmq.ShiftInt8Activations")
def ShiftInt8Activations(mod: tvm.IRModule, _ctx: tvm.transform.PassContext  # noqa: N802
                         ) -> tvm.IRModule:
    """Rewrite 7-bit-weight int8 conv2d/matmul to uint8 activations (see module doc)."""
    shifter = _Shifter(mod)
    for gvar, func in mod.functions_items():
        if isinstance(func, relax.Function):
            shifter.builder_.update_func(gvar, shifter.visit_expr(func))
    return shifter.builder_.finalize()


@register_slot_passes("rewrite", "tvmq-avx2-u8-activations", order=61)
def _shift_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """Only on AVX2 targets without AVX-512 (where `MatmulInt8`/`Conv2dInt8` use AVX2)."""
    if ctx.spec.kind != "llvm":
        return []
    info = cpu_info(ctx.target)
    return [ShiftInt8Activations] if info.avx2 and not info.avx512 else []
