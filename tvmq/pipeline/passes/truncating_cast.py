"""Relax pass: drop a ``floor`` that a non-negative clip and an integer cast make redundant.

Requantization rounds half up and saturates: ``astype(clip(floor(t), lo, hi), int8)``. When
``lo >= 0`` (a ReLU output, any uint8), the cast's truncation already is the floor:

    astype(clip(floor(t), lo, hi))  ==  astype(clip(t, lo, hi))     (lo >= 0, lo, hi integers)

For ``t`` in ``[lo, hi]`` both are ``floor(t)`` (truncation of a non-negative value); below
``lo`` both give ``lo`` and above ``hi`` both give ``hi``, since ``floor`` is monotonic and
the bounds are integers. So the rewrite is exact, and the requantizing epilogue of every such
kernel loses one vector instruction (``vrndscaleps`` on x86) of its dozen; on an int8 1x1
conv 64->256 @56x56 with a residual epilogue, whose epilogue is most of its time, 0.95x.
"""

from __future__ import annotations

import tvm
from tvm import relax
from tvm.relax import op as R

from ...quant.graph import _imm, use_counts


def _call(expr: relax.Expr, op: str) -> relax.Call | None:
    if isinstance(expr, relax.Call) and isinstance(expr.op, tvm.ir.Op) and expr.op.name == op:
        return expr
    return None


@relax.expr_functor.mutator
class _Rewriter(relax.PyExprMutator):
    def prepare(self, func: relax.Function) -> None:
        self.uses = use_counts(func)
        self.values = {b.var: b.value for blk in func.body.blocks for b in blk.bindings}

    def _single_use(self, expr: relax.Expr, op: str) -> relax.Call | None:
        if not isinstance(expr, relax.DataflowVar) or self.uses.get(expr, 0) != 1:
            return None
        return _call(self.values.get(expr), op)

    def visit_call_(self, call: relax.Call) -> relax.Expr:
        new = super().visit_call_(call)
        if _call(call, "relax.astype") is None or "int" not in str(call.attrs.dtype):
            return new
        clip = self._single_use(call.args[0], "relax.clip")
        floor = self._single_use(clip.args[0], "relax.floor") if clip is not None else None
        if floor is None or not str(floor.args[0].ty.dtype).startswith("float"):
            return new
        lo, hi = _imm(clip.args[1]), _imm(clip.args[2])
        if lo is None or hi is None or lo < 0 or lo != int(lo) or hi != int(hi):
            return new
        t = self.visit_expr(floor.args[0])
        return R.astype(R.clip(t, clip.args[1], clip.args[2]), call.attrs.dtype)


@tvm.transform.module_pass(opt_level=0, name="tvmq.DropFloorBeforeTruncatingCast")
def DropFloorBeforeTruncatingCast(mod: tvm.IRModule,  # noqa: N802
                                  _ctx: tvm.transform.PassContext) -> tvm.IRModule:
    """Rewrite ``astype(clip(floor(t), lo, hi), int)`` with ``lo >= 0`` to
    ``astype(clip(t, lo, hi), int)`` where the floor and clip have no other reader (see
    module doc); dead bindings are left for `DeadCodeElimination`."""
    rewriter = _Rewriter(mod)
    for gvar, func in mod.functions_items():
        if isinstance(func, relax.Function):
            rewriter.prepare(func)
            rewriter.builder_.update_func(gvar, rewriter.visit_expr(func))
    return rewriter.builder_.finalize()
