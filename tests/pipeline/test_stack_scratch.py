import numpy as np
import pytest
import tvm
from tvm import s_tir, te
from tvm.s_tir import pipeline as s_tir_pipeline
from tvm.tirx import stmt as S

from tvmq.pipeline import TIR_PIPELINE
from tvmq.pipeline.passes.stack_scratch import StackScratch

LLVM = tvm.target.Target({"kind": "llvm"})


def _row_sums(cols: int, rows: int = 64) -> tvm.IRModule:
    """b[i] = sum_j 2 a[i, j], the doubled row staged in a ``cols``-float buffer per parallel
    task (the shape of a register tile's accumulator)."""
    a = te.placeholder((rows, cols), "float32", name="a")
    c = te.compute((rows, cols), lambda i, j: a[i, j] * 2.0, name="c")
    j = te.reduce_axis((0, cols), name="j")
    b = te.compute((rows,), lambda i: te.sum(c[i, j], axis=j), name="b")
    sch = s_tir.Schedule(te.create_prim_func([a, b]).with_attr("global_symbol", "main"))
    i, _ = sch.get_loops(sch.get_sblock("b"))
    sch.compute_at(sch.get_sblock("c"), i)
    sch.parallel(i)
    return sch.mod


def _host_lowered(mod: tvm.IRModule) -> tvm.IRModule:
    """``mod`` through TVM's s_tir lowering, up to the host finalization passes."""
    mod = tvm.tirx.transform.BindTarget(LLVM.with_host(LLVM))(mod)
    lower, _, _ = s_tir_pipeline.default_s_tir_pipeline()
    return lower(mod)


def _allocs(mod: tvm.IRModule) -> list[tuple[int, bool]]:
    """(bytes, on the stack) for every AllocBuffer of ``mod``."""
    found = []

    def visit(s):
        if isinstance(s, S.AllocBuffer):
            n = int(np.prod([int(d) for d in s.buffer.shape])) * 4
            found.append((n, "disable_lower_builtin" in s.annotations))
        for field in ("seq",):
            for x in getattr(s, field, []) or []:
                visit(x)
        for field in ("body", "then_case", "else_case"):
            child = getattr(s, field, None)
            if isinstance(child, S.Stmt):
                visit(child)

    for func in mod.functions.values():
        visit(func.body)
    return found


def test_marks_the_per_task_buffer_for_the_stack():
    mod = _host_lowered(_row_sums(256))
    assert _allocs(mod) == [(1024, False)]  # 1 KiB: TVM would use the workspace pool
    assert _allocs(StackScratch()(mod)) == [(1024, True)]


def test_leaves_buffers_over_the_budget():
    mod = _host_lowered(_row_sums(256))
    assert _allocs(StackScratch(budget=1023)(mod)) == [(1024, False)]
    assert _allocs(StackScratch(budget=1024)(mod)) == [(1024, True)]


@pytest.mark.parametrize("cols", [256, 16384])
def test_stack_scratch_kernel_matches_numpy_and_calls_no_workspace(cols):
    mod = _row_sums(cols)
    a = np.random.default_rng(0).integers(-8, 8, (64, cols)).astype("float32")  # exact sums
    expected = (2 * a).sum(axis=1)
    for pipeline, pooled in ((TIR_PIPELINE, cols * 4 > 32 * 1024), ("s_tir", True)):
        ex = tvm.compile(mod, target=LLVM, tir_pipeline=pipeline)
        assert ("TVMBackendAllocWorkspace" in ex.mod.inspect_source("ll")) == pooled, pipeline
        out = tvm.runtime.tensor(np.zeros(64, "float32"))
        ex["main"](tvm.runtime.tensor(a), out)
        np.testing.assert_array_equal(out.numpy(), expected)
