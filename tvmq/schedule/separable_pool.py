"""Relax pass: a max pool runs as one strided kernel, or (8-bit) as a pool of rows then columns.

A max over a KHxKW window is the max over KW column maxima of KH rows, so
``max_pool2d(x, (kh, kw), (sh, sw))`` equals ``max_pool2d(max_pool2d(x, (kh, 1), (sh, 1)),
(1, kw), (1, sw))`` with the top/bottom padding in the first pool and the left/right padding
in the second; the result is identical. Per output, the pools read kh + kw inputs instead of
kh * kw. Inside the int8 ResNet-50, its 3x3 stride-2 max pool over 64x112x112 (u)int8 took
327 us (median) as one kernel and 116 + 52 us as two. In fp32 the intermediate (4x larger)
costs more than it saves inside the model (618 -> 542 + 264 us, though alone 0.45 -> 0.32 ms):
float pools are not split.

A window 3 columns wide at stride 2 (ResNet's stem pool) instead becomes one pre-scheduled
kernel, `pool_kernel.max_pool_3s2`, that reads every input byte once: 70 + 25 -> 38 us inside
the int8 model, and 737 -> 92 us for the fp32 pool over 64x112x112 (docs/schedules.md).
The pass runs after `ShiftInt8ActivationsVnni`, whose proof that an activation is
non-negative looks through max pools.
"""

from __future__ import annotations

import tvm
from tvm import relax
from tvm.relax import op as R

from ..pipeline import PipelineContext, register_slot_passes
from .pool_kernel import little_endian, max_pool_3s2, strided_columns


def _separable(call: relax.Call) -> bool:
    """Whether ``call`` is an 8-bit NCHW 2-D max pool with a window of more than one row and
    column."""
    if not (isinstance(call.op, tvm.ir.Op) and call.op.name == "relax.nn.max_pool2d"):
        return False
    a = call.attrs
    x = call.args[0].ty
    return (isinstance(x, relax.TensorType) and x.dtype in ("int8", "uint8")
            and a.layout == "NCHW" and a.out_layout == "NCHW" and not a.ceil_mode
            and all(int(d) == 1 for d in a.dilation)
            and all(int(k) > 1 for k in a.pool_size))


@relax.expr_functor.mutator
class _Splitter(relax.PyExprMutator):
    def prepare(self, strided_kernel: bool) -> None:
        self.strided_kernel = strided_kernel

    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        if self.strided_kernel and strided_columns(call):
            return self._strided(call)
        if not _separable(call):
            return call
        a = call.attrs
        (kh, kw), (sh, sw) = ([int(v) for v in a.pool_size], [int(v) for v in a.strides])
        top, left, bottom, right = (int(p) for p in a.padding)
        rows = self.builder_.emit(R.nn.max_pool2d(
            call.args[0], pool_size=(kh, 1), strides=(sh, 1), padding=(top, 0, bottom, 0),
            layout="NCHW"), "pool_rows")
        return R.nn.max_pool2d(rows, pool_size=(1, kw), strides=(1, sw),
                               padding=(0, left, 0, right), layout="NCHW")

    def _strided(self, call: relax.Call) -> relax.Expr:
        a, x = call.attrs, call.args[0].ty
        out = call.ty
        kernel = max_pool_3s2(tuple(int(d) for d in x.shape), str(x.dtype), int(a.pool_size[0]),
                              int(a.strides[0]), int(a.padding[0]), int(out.shape[2]))
        gvar = self.builder_.add_func(kernel, "max_pool_3s2")
        return relax.call_tir(gvar, [call.args[0]], out)


def SeparableMaxPool(strided_kernel: bool = True) -> tvm.transform.Pass:  # noqa: N802
    """The pass of the module doc; ``strided_kernel=False`` splits every pool it handles
    (for big-endian targets)."""

    @tvm.transform.module_pass(opt_level=0, name="tvmq.SeparableMaxPool")
    def rewrite(mod: tvm.IRModule, _ctx: tvm.transform.PassContext) -> tvm.IRModule:
        splitter = _Splitter(mod)
        splitter.prepare(strided_kernel)
        for gvar, func in mod.functions_items():
            if isinstance(func, relax.Function):
                splitter.builder_.update_func(gvar, splitter.visit_expr(func))
        return splitter.builder_.finalize()

    return rewrite


@register_slot_passes("rewrite", "tvmq-separable-max-pool", order=63)
def _pool_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """On llvm (CPU) targets."""
    if ctx.spec.kind != "llvm":
        return []
    return [SeparableMaxPool(strided_kernel=little_endian(ctx.target))]
