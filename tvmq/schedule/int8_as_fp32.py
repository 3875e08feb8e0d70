"""Relax pass: run tiny int8 conv2d/matmul in fp32 arithmetic, bit-exactly, where int8 loses.

The x86 int8 kernels win through dot-product instructions over a long reduction into many
output channels. A kernel with few multiply-adds per output (an RGB or grayscale stem:
``C*KH*KW`` = 9-27) or an output channel count the int8 rules cannot vectorize (the 10
classes of a classifier head) spends its time on layout stages and the int32 epilogue, and
ran 2-3x slower than the same layer in fp32. Such a layer is rewritten to

    astype(conv2d(astype(x, f32), W_f32), int32)      (likewise for matmul)

which is exact, not an approximation: every product of int8 values is at most 2^14 in
magnitude and the reduction has at most `MAX_EXACT_TERMS` = 2^10 of them, so every partial
sum is an integer below 2^24 and fp32 represents it exactly.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from ..pipeline import PipelineContext, register_slot_passes
from .target_info import cpu_info

MAX_EXACT_TERMS = 1024  # 1024 * 128 * 128 = 2^24: larger reductions could round in fp32
MIN_INT8_TERMS = 32  # shorter reductions (C*KH*KW of a 1-3 channel stem) run faster in fp32
INT8_COLUMNS = 8  # the int8 rules need output channels/columns in multiples of 8


def _int8_const(expr: relax.Expr) -> np.ndarray | None:
    if not isinstance(expr, tvm.ir.expr.GenericConst):
        return None
    w = expr.value.numpy()
    return w if w.dtype == np.int8 else None


def _pays(terms: int, columns: int) -> bool:
    """Whether fp32 is both exact and the faster choice for this reduction/output width."""
    return terms <= MAX_EXACT_TERMS and (terms < MIN_INT8_TERMS or columns % INT8_COLUMNS != 0)


@relax.expr_functor.mutator
class _ToFloat(relax.PyExprMutator):
    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        if not isinstance(call.op, tvm.ir.Op) or call.op.name not in (
                "relax.nn.conv2d", "relax.matmul"):
            return call
        if str(call.attrs.out_dtype) != "int32":
            return call
        ty = call.args[0].ty
        w = _int8_const(call.args[1])
        if w is None or not isinstance(ty, relax.TensorType) or ty.dtype != "int8":
            return call
        is_conv = call.op.name == "relax.nn.conv2d"
        if is_conv:
            a = call.attrs
            if (w.ndim != 4 or a.data_layout != "NCHW" or a.kernel_layout != "OIHW"
                    or not _pays(int(np.prod(w.shape[1:])), w.shape[0])):
                return call
        elif w.ndim != 2 or not _pays(w.shape[0], w.shape[1]):
            return call
        x = self.builder_.emit(R.astype(call.args[0], "float32"), "x_f32")
        wf = relax.const(w.astype(np.float32))
        if is_conv:
            y = R.nn.conv2d(x, wf, strides=a.strides, padding=a.padding, dilation=a.dilation,
                            groups=a.groups, out_dtype="float32")
        else:
            y = R.matmul(x, wf, out_dtype="float32")
        return R.astype(self.builder_.emit(y, "acc_f32"), "int32")


@tvm.transform.module_pass(opt_level=0, name="tvmq.Int8AsFp32")
def Int8AsFp32(mod: tvm.IRModule, _ctx: tvm.transform.PassContext  # noqa: N802
               ) -> tvm.IRModule:
    """Rewrite short-reduction / narrow int8 conv2d and matmul to exact fp32 (module doc)."""
    rewriter = _ToFloat(mod)
    for gvar, func in mod.functions_items():
        if isinstance(func, relax.Function):
            rewriter.builder_.update_func(gvar, rewriter.visit_expr(func))
    return rewriter.builder_.finalize()


@register_slot_passes("rewrite", "tvmq-int8-as-fp32", order=55)
def _slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """x86 targets only (where this was measured); before channel padding (order 60)."""
    if ctx.spec.kind != "llvm":
        return []
    info = cpu_info(ctx.target)
    return [Int8AsFp32] if info.avx2 or info.avx512 else []
