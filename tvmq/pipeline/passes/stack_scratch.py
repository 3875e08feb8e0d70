"""`StackScratch`: small constant-size scratch buffers of CPU kernels live on the stack.

TVM's `LowerTVMBuiltin` keeps an allocation on the stack only when it is in ``global`` scope
and under 1 KiB; every other one becomes a ``TVMBackendAllocWorkspace`` /
``TVMBackendFreeWorkspace`` pair. Inside a parallel loop that pair runs once per task: a
register tile's accumulator (28 x 64 bytes for the int8 pixel tile) or an intrinsic's
``local`` operand cost two pool lookups, a null check and a free for every few hundred
multiply-adds. This pass marks constant-size allocations of a host function as stack
allocations (``disable_lower_builtin``), up to `STACK_BYTES` per function; LLVM then emits
them as allocas at the entry of the function (or of the parallel task's closure), and often
promotes them to registers. Larger or symbolic allocations keep the workspace pool.
"""

from __future__ import annotations

import tvm
from tvm.tirx import stmt as S

STACK_BYTES = 32 * 1024
"""Stack budget per host function. Thread-pool workers have the default 8 MiB stack."""

_KEY = "disable_lower_builtin"  # tvm::tirx::transform::kDisableLowerTVMBuiltin


def _nbytes(buffer: tvm.tirx.Buffer) -> int | None:
    count = 1
    for dim in buffer.shape:
        if not isinstance(dim, tvm.tirx.IntImm):
            return None
        count *= int(dim)
    dtype = tvm.runtime.DataType(str(buffer.dtype))
    return count * dtype.bits * dtype.lanes // 8


class _Rewriter:
    def __init__(self, budget: int) -> None:
        self.left = budget

    def visit(self, s: S.Stmt) -> S.Stmt:  # noqa: PLR0911
        if isinstance(s, S.AllocBuffer):
            return self._alloc(s)
        if isinstance(s, S.SeqStmt):
            seq = [self.visit(x) for x in s.seq]
            same = all(a.same_as(b) for a, b in zip(seq, s.seq, strict=True))
            return s if same else S.SeqStmt(seq, s.span)
        if isinstance(s, S.For):
            body = self.visit(s.body)
            return s if body.same_as(s.body) else S.For(
                s.loop_var, s.min, s.extent, s.kind, body, s.thread_binding, s.annotations,
                s.step, s.span)
        if isinstance(s, S.AttrStmt):
            body = self.visit(s.body)
            return s if body.same_as(s.body) else S.AttrStmt(s.node, s.attr_key, s.value, body,
                                                             s.span)
        if isinstance(s, S.IfThenElse):
            then = self.visit(s.then_case)
            other = None if s.else_case is None else self.visit(s.else_case)
            if then.same_as(s.then_case) and (other is None or other.same_as(s.else_case)):
                return s
            return S.IfThenElse(s.condition, then, other, s.span)
        if isinstance(s, S.While):
            body = self.visit(s.body)
            return s if body.same_as(s.body) else S.While(s.condition, body, s.span)
        return s

    def _alloc(self, s: S.AllocBuffer) -> S.Stmt:
        nbytes = _nbytes(s.buffer)
        if nbytes is None or not 0 < nbytes <= self.left or _KEY in s.annotations:
            return s
        self.left -= nbytes
        annotations = {**dict(s.annotations), _KEY: tvm.tirx.IntImm("int32", 1)}
        return S.AllocBuffer(s.buffer, annotations, s.span)


@tvm.tirx.transform.prim_func_pass(opt_level=0, name="tvmq.StackScratch")
class StackScratch:
    """Run on host functions right before `LowerTVMBuiltin` (see the module doc)."""

    def __init__(self, budget: int = STACK_BYTES) -> None:
        self.budget = budget

    def transform_function(self, func: tvm.tirx.PrimFunc, _mod: tvm.IRModule,
                           _ctx: tvm.transform.PassContext) -> tvm.tirx.PrimFunc:
        """Mark ``func``'s constant-size allocations as stack allocations, within budget."""
        body = _Rewriter(self.budget).visit(func.body)
        return func if body.same_as(func.body) else func.with_body(body)
