"""CUDA int8 matmul rule: int8 x int8 -> int32 with ``__dp4a`` on shared-memory tiles."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.analysis import get_root_block
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.s_tir.dlight.gpu.matmul import (
    auto_inline_consumer_chain,
    auto_inline_producers,
    get_index_map,
    get_reduction_blocks,
)
from tvm.target import Target

from .dp4a_intrin import GROUP, register

THREADS_X = 16  # threads along output columns
THREADS_Y = 8  # threads along output rows
MICRO_X = 4  # output columns per thread
K_TILE = 32  # reduction steps staged in shared memory per iteration


def is_int8_dot(block: tirx.SBlock) -> bool:
    """Whether ``block`` reads two int8 buffers and writes int32 (tvmq's quantized kernels)."""
    return (len(block.reads) == 2 and len(block.writes) == 1
            and all(str(r.source.dtype) == "int8" for r in block.reads)
            and str(block.writes[0].source.dtype) == "int32")


class CudaMatmulInt8(ScheduleRule):
    """``C:int32 = A:int8 @ B:int8`` (dense, matmul, batch-matmul) on CUDA targets.

    The block is normalized to ``C[S, I, J] += A[S, I, K] * B[S, J, K]`` (reduction axis
    contiguous) and zero-padded to whole tiles. A thread block computes a 32 x 64 tile (8 x 64
    for fewer than 32 rows) with 128 threads, each accumulating 4 x 4 (or 1 x 4) outputs in
    registers; ``A`` and ``B`` tiles of 32 reduction steps are staged in shared memory with
    4-byte loads, and every 4 steps are one ``__dp4a``. The epilogue (dequantize, bias,
    requantize) is applied when each thread writes its outputs back. A conv2d is scheduled the
    same way as an implicit GEMM (the im2col gather is inlined into the shared-memory loads).
    DLight's int8 path (wmma) does not build in this TVM (an InjectSoftwarePipeline check
    fails), hence this rule.

    Parameters
    ----------
    emulate : bool
        Build the same tiles, padding, loop order and epilogue without thread bindings,
        shared memory or ``__dp4a`` (plain TIR with the same arithmetic), for llvm: the CUDA
        schedule's numerics can then be checked on a machine without a GPU.
    """

    def __init__(self, emulate: bool = False):
        self.emulate = emulate

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not an int8 matmul."""
        kind = "llvm" if self.emulate else "cuda"
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != kind:
            return None
        sch = s_tir.Schedule(func)
        blocks = sch.get_child_blocks(get_root_block(sch))
        reductions = get_reduction_blocks(sch, blocks)
        if reductions is None:
            return None
        main = reductions[0]
        if not is_int8_dot(sch.get(main)) or get_index_map(sch.get(main)) is None:
            return None
        stage_scope = "global" if self.emulate else "shared"
        intrin = register(stage_scope, stage_scope, emulated=self.emulate)
        bind = (lambda _loop, _thread: None) if self.emulate else sch.bind

        reindex = [sch.reindex(main, ("read", 0)), sch.reindex(main, ("read", 1))]
        out = sch.reindex(main, ("write", 0))
        block_map, a_map, b_map, c_map = get_index_map(sch.get(main))
        sch.transform_layout(reindex[0], ("write", 0), a_map)
        sch.transform_layout(reindex[1], ("write", 0), b_map)
        sch.transform_layout(out, ("read", 0), c_map)
        sch.transform_block_layout(main, block_map)

        rows = sch.get(main).iter_vars[1].dom.extent
        micro_y = 4 if not isinstance(rows, tirx.IntImm) or int(rows) >= 32 else 1
        sch.pad_einsum(main, [1, THREADS_Y * micro_y, THREADS_X * MICRO_X, K_TILE])
        batch, i, j, k = sch.get_loops(main)
        by, ty, yi = sch.split(i, [None, THREADS_Y, micro_y])
        bx, tx, xi = sch.split(j, [None, THREADS_X, MICRO_X])
        ko, kk, ki = sch.split(k, [None, K_TILE // GROUP, GROUP])
        sch.reorder(by, bx, ty, tx, ko, kk, yi, xi, ki)
        by = sch.fuse(batch, by)
        bind(bx, "blockIdx.x")
        bind(by, "blockIdx.y")
        bind(ty, "threadIdx.y")
        bind(tx, "threadIdx.x")

        local = sch.cache_write(main, 0, "local")
        sch.reverse_compute_at(local, tx, preserve_unit_loops=True)
        for index in (0, 1):
            stage = sch.cache_read(main, index, stage_scope)
            sch.compute_at(stage, ko, preserve_unit_loops=True)
            auto_inline_producers(sch, stage)
            copy = sch.get_loops(stage)[5:]  # after by, bx, ty, tx, ko
            inner = _source_inner_loop(sch, stage)
            if inner is not None and inner != len(copy) - 1:
                # a [K, N] operand: neighbouring threads read neighbouring bytes of a row
                sch.reorder(*[lp for i, lp in enumerate(copy) if i != inner], copy[inner])
                copy = sch.get_loops(stage)[5:]
            fused = sch.fuse(*copy)
            _, sty, stx, vec = sch.split(fused, [None, THREADS_Y, THREADS_X, GROUP])
            bind(sty, "threadIdx.y")
            bind(stx, "threadIdx.x")
            sch.vectorize(vec)
        auto_inline_consumer_chain(sch, local)
        sch.decompose_reduction(main, ko)
        sch.tensorize(ki, intrin)
        sch.unroll(yi)
        sch.unroll(xi)
        return sch


def _source_inner_loop(sch: s_tir.Schedule, stage) -> int | None:
    """Which copy loop of a staging block walks the source's contiguous (last) axis.

    None when the source is not read at plain iterator positions (e.g. an im2col gather).
    """
    stmt = sch.get(stage)
    if len(stmt.reads) != 1:
        return None
    last = stmt.reads[0].region[-1].min
    ivars = [iv.var for iv in stmt.iter_vars]
    for i, var in enumerate(ivars):
        if last.same_as(var):
            return i
    return None
