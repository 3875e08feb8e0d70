"""CUDA int8 matmul rule on tensor cores: WMMA m16n16k16 fragments fed from shared memory."""

from __future__ import annotations

import math
from dataclasses import dataclass

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

from ..apply import PREPACK_ATTR, layout_free
from .matmul_int8 import _source_inner_loop, is_int8_dot
from .wmma_intrin import SCOPES, register

WARP = 32
FRAG = 16  # the m16n16k16 fragment edge


@dataclass(frozen=True)
class TileConfig:
    """A thread block's tile: ``warps_*`` warps per axis, each ``frags_*`` fragments."""

    warps_m: int
    frags_m: int
    warps_n: int
    frags_n: int

    @property
    def rows(self) -> int:
        """Output rows per thread block."""
        return FRAG * self.warps_m * self.frags_m

    @property
    def cols(self) -> int:
        """Output columns per thread block."""
        return FRAG * self.warps_n * self.frags_n

    @property
    def warps(self) -> int:
        """Warps per thread block."""
        return self.warps_m * self.warps_n


def pick_tile(rows: int, cols: int) -> TileConfig:
    """The tile for a ``rows x cols`` output: 64 x 64 with 4 warps, less on small sides."""
    def side(extent: int) -> tuple[int, int]:
        return (2, 2) if extent > 32 else (2, 1) if extent > 16 else (1, 1)

    return TileConfig(*side(rows), *side(cols))


def pick_k_fragments(depth: int) -> int:
    """Reduction fragments staged per step: the most of 4, 2, 1 that add no padding."""
    padded = -(-depth // FRAG) * FRAG
    return next(f for f in (4, 2, 1) if padded % (FRAG * f) == 0)


def _vector_width(extent: tirx.PrimExpr) -> int:
    """Bytes per load from a row of ``extent`` int8 elements that stay naturally aligned."""
    if not isinstance(extent, tirx.IntImm):
        return 1
    return next(w for w in (16, 8, 4, 2, 1) if int(extent) % w == 0)


class CudaMatmulInt8TensorCore(ScheduleRule):
    """``C:int32 = A:int8 @ B:int8`` on tensor cores (CUDA targets with Int8Isa.TENSORCORE).

    The block is normalized to ``C[S, I, J] += A[S, I, K] * B[S, J, K]`` and zero-padded to
    whole tiles (the padding is inlined into the shared-memory loads as a bounds check, so
    any static N and K, and any row count, is accepted). A thread block of 1-4 warps computes
    up to a 64 x 64 tile, each warp up to 2 x 2 fragments of 16 x 16 int32 accumulators
    (``wmma.accumulator``); per step, 16-64 reduction elements of the ``A`` and ``B`` tiles
    are staged in shared memory as ``[K/16, rows, 16]`` (every fragment a contiguous block
    starting 256-byte aligned, as WMMA requires), loaded into ``wmma.matrix_a`` /
    ``wmma.matrix_b`` fragments and multiplied with ``mma_sync``. A constant ``[K, N]``
    weight is transposed and padded once at compile time (a prepack block). Accumulators go
    through shared memory to global; the epilogue (dequantize, bias, requantize) is applied
    on that copy. Conv2d takes the same path as an implicit GEMM.

    Parameters
    ----------
    emulate : bool
        Build the same tiles, padding, loop order, staging buffers (same scopes) and
        epilogue for llvm, without thread bindings and with every WMMA call replaced by the
        loop nest it computes (see :mod:`tvmq.schedule.gpu.wmma_intrin`), to check the
        arithmetic without a GPU.
    """

    def __init__(self, emulate: bool = False):
        self.emulate = emulate

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not an int8 matmul."""
        kind = "llvm" if self.emulate else "cuda"
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != kind:
            return None
        sch = s_tir.Schedule(func)
        reductions = get_reduction_blocks(sch, sch.get_child_blocks(get_root_block(sch)))
        if reductions is None:
            return None
        main = reductions[0]
        if not is_int8_dot(sch.get(main)) or get_index_map(sch.get(main)) is None:
            return None
        scopes = SCOPES
        intrins = register(emulated=self.emulate)
        bind = (lambda _loop, _thread: None) if self.emulate else sch.bind

        reindex = [sch.reindex(main, ("read", 0)), sch.reindex(main, ("read", 1))]
        out = sch.reindex(main, ("write", 0))
        block_map, a_map, b_map, c_map = get_index_map(sch.get(main))
        sch.transform_layout(reindex[0], ("write", 0), a_map)
        sch.transform_layout(reindex[1], ("write", 0), b_map)
        sch.transform_layout(out, ("read", 0), c_map)
        sch.transform_block_layout(main, block_map)
        _, rows, cols, depth = (iv.dom.extent for iv in sch.get(main).iter_vars)
        if not all(isinstance(e, tirx.IntImm) for e in (cols, depth)):
            return None
        # symbolic rows (a dynamic batch or sequence): the large tile, padded at run time
        tile = pick_tile(int(rows) if isinstance(rows, tirx.IntImm) else 64, int(cols))
        k_frags = pick_k_fragments(int(depth))

        padded_k = int(depth) % (FRAG * k_frags) != 0
        pack = _constant_kn_weight(sch, reindex[1])
        padded = (padded_k or not isinstance(rows, tirx.IntImm) or int(rows) % tile.rows != 0,
                  pack is None and (padded_k or int(cols) % tile.cols != 0))
        sch.pad_einsum(main, [1, tile.rows, tile.cols, FRAG * k_frags])
        batch, i, j, k = sch.get_loops(main)
        i, i_frag = sch.split(i, [None, FRAG])
        j, j_frag = sch.split(j, [None, FRAG])
        k, k_frag = sch.split(k, [None, FRAG])
        sch.reorder(i, j, k, i_frag, j_frag, k_frag)
        inner = main
        outer = sch.blockize(i_frag)
        bi, wi, fi = sch.split(i, [None, tile.warps_m, tile.frags_m])
        bj, wj, fj = sch.split(j, [None, tile.warps_n, tile.frags_n])
        k, k_step = sch.split(k, [None, k_frags])
        sch.reorder(bi, bj, wi, wj, k, k_step, fi, fj)
        bx = sch.fuse(batch, bi, bj)
        warp = sch.fuse(wi, wj)
        bind(bx, "blockIdx.x")
        bind(warp, "threadIdx.y")

        for index in (0, 1):
            stage = sch.cache_read(outer, index, scopes.shared)
            sch.compute_at(stage, k)
            if index == 1 and pack is not None:
                # transposed to [N, K] and zero-padded once, at compile time
                producer = sch.get_producers(stage)[0]
                if not sch.get(producer).same_as(sch.get(pack)):  # pad_einsum's padding
                    sch.compute_inline(pack)
                sch.annotate(producer, PREPACK_ATTR, True)
            else:
                auto_inline_producers(sch, stage)
            # one 16-byte column of fragments after another: each fragment is a contiguous,
            # 256-byte aligned 16 x 16 block (WMMA needs 256-bit aligned fragment pointers)
            sch.transform_layout(stage, ("write", 0),
                                 lambda s, i, k: (s, k // FRAG, i, k % FRAG))
            copy = sch.get_loops(stage)[-2:]
            src_axis = _source_inner_loop(sch, stage)
            width = 1  # a gather (implicit-GEMM conv input): byte loads
            if src_axis == len(sch.get(stage).iter_vars) - 1:
                width = _vector_width(sch.get(stage).reads[0].source.shape[-1])
            elif src_axis == len(sch.get(stage).iter_vars) - 2:
                # a [K, N] operand: neighbouring threads read neighbouring bytes of a row
                sch.reorder(copy[1], copy[0])
            fused = sch.fuse(*sch.get_loops(stage)[-2:])
            if padded[index]:
                # TVM's CUDA codegen spells a zero int8x8/int8x16 wrongly (make_int4 with 16
                # arguments): bounds-checked loads stay at most 4 bytes wide
                width = min(width, 4)
            rows = tile.rows if index == 0 else tile.cols
            width = math.gcd(width, rows * FRAG * k_frags // (WARP * tile.warps))
            _, ty, tx, lanes = sch.split(fused, [None, tile.warps, WARP, width])
            bind(ty, "threadIdx.y")
            bind(tx, "threadIdx.x")
            sch.vectorize(lanes)

        frag_a = sch.cache_read(outer, 0, scopes.matrix_a)
        frag_b = sch.cache_read(outer, 1, scopes.matrix_b)
        sch.compute_at(frag_a, k_step)
        sch.compute_at(frag_b, k_step)
        acc_copy = sch.cache_write(outer, 0, scopes.output)
        acc = sch.cache_write(outer, 0, scopes.accumulator)
        sch.reverse_compute_at(acc, warp)
        sch.reverse_compute_at(acc_copy, warp)
        init = sch.decompose_reduction(outer, k)

        for block, name in ((frag_a, intrins.load_a), (frag_b, intrins.load_b),
                            (acc, intrins.store)):
            r, c = sch.get_loops(block)[-2:]
            r0, r1 = sch.split(r, [None, FRAG])
            c0, c1 = sch.split(c, [None, FRAG])
            sch.reorder(r0, c0, r1, c1)
            sch.tensorize(r1, name)
        sch.tensorize(sch.get_loops(sch.get_child_blocks(init)[0])[-2], intrins.fill)
        sch.tensorize(sch.get_loops(inner)[-3], intrins.mma)

        auto_inline_consumer_chain(sch, acc_copy)
        fused = sch.fuse(*sch.get_loops(acc_copy)[-2:])
        _, tx = sch.split(fused, [None, WARP])
        bind(tx, "threadIdx.x")
        return sch


def _constant_kn_weight(sch: s_tir.Schedule, reindex: s_tir.SBlockRV) -> s_tir.SBlockRV | None:
    """``reindex`` when it copies a compile-time-constant ``[K, N]`` weight, else None.

    That copy (``B'[0, n, k] = B[k, n]``, zero-padded by ``pad_einsum``) can then run once at
    compile time, and the kernel reads ``B'`` with 16-byte loads and no bounds checks.
    """
    stmt = sch.get(reindex)
    if len(stmt.reads) != 1 or not layout_free(sch, stmt.reads[0].source):
        return None
    last = stmt.reads[0].region[-1].min
    ivars = [iv.var for iv in stmt.iter_vars]
    transposed = len(ivars) >= 2 and last.same_as(ivars[-2])
    return reindex if transposed else None
