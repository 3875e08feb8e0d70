"""CPU matmul rule: register-blocked micro-kernel for dense, matmul and batch-matmul."""

from __future__ import annotations

from dataclasses import dataclass

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.s_tir.schedule import SBlockRV
from tvm.target import Target

from ..apply import layout_free
from ..knobs import choose
from ..prepack import pack_read
from ..target_info import CpuInfo, cpu_info
from ..utils import (
    block_work,
    blocks_before,
    extent,
    inline_epilogue_chain,
    iter_kinds,
    loops_match_iters,
    parallel_if,
    pick_tile,
    schedule_elementwise,
    single_reduction,
    split_inner,
    unroll_outer,
    vectorize_inner,
)
from .fallback import inline_single_use_injective


@dataclass(frozen=True)
class MatmulShape:
    """Roles of a matmul block's iters: positions in the block's iter list."""

    m: int | None  # the innermost row iter (None for a matrix-vector product)
    n: int  # the output column iter (innermost output dim)
    k: int  # the reduction iter
    b_index: int  # which read is the weight-like operand (indexed by n)
    b_transposed: bool  # B is indexed [.., n, k] (k contiguous) instead of [.., k, n]


def analyze_matmul(sch: s_tir.Schedule, block: SBlockRV) -> MatmulShape | None:
    """Recognize ``C[.., i, j] += A[.., i, k] * B[.., k, j]`` (any batch/broadcast dims)."""
    stmt = sch.get(block)
    kinds = iter_kinds(sch, block)
    if kinds.count("R") != 1 or "O" in kinds or len(stmt.reads) != 2 or len(stmt.writes) != 1:
        return None
    ivars = [iv.var for iv in stmt.iter_vars]
    pos = {v: i for i, v in enumerate(ivars)}

    def var_indices(region) -> list[int | None] | None:
        out = []
        for rng in region.region:
            if isinstance(rng.min, tirx.Var) and rng.min in pos and _is_one(rng.extent):
                out.append(pos[rng.min])
            elif isinstance(rng.min, tirx.IntImm) and _is_one(rng.extent):
                out.append(None)
            else:
                return None
        return out

    reads = [var_indices(r) for r in stmt.reads]
    write = var_indices(stmt.writes[0])
    if any(r is None for r in reads) or write is None or not write or write[-1] is None:
        return None
    k = kinds.index("R")
    n = write[-1]
    for b_index in (1, 0):
        a, b = reads[1 - b_index], reads[b_index]
        if n in b and n not in a and k in a and k in b:
            break
    else:
        return None
    rows = [i for i in write if i is not None and i in a and i not in b]
    b_pos = [i for i in b if i is not None]
    transposed = b_pos.index(k) > b_pos.index(n)
    return MatmulShape(rows[-1] if rows else None, n, k, b_index, transposed)


def _is_one(expr: tirx.PrimExpr) -> bool:
    return isinstance(expr, tirx.IntImm) and int(expr) == 1


def micro_tile(info: CpuInfo, lanes: int, m: int, n: int) -> tuple[int, int]:
    """Rows and columns of the register tile for an ``m`` x ``n`` output (knobs
    ``matmul.rows`` and ``matmul.vectors``)."""
    budget = info.registers - 4
    nv = 2 if n >= 2 * lanes else 1
    if m >= 4:
        rows = [8, 7, 6, 5, 4] if budget >= 24 else [6, 4, 5, 3]
        mr = choose("matmul.rows", [r for r in (12, 8, 7, 6, 5, 4, 3, 2, 1) if r <= m],
                    pick_tile(m, rows))
    else:
        mr = m
        nv = max(1, min(-(-n // lanes), budget // max(mr, 1), 4))
    cols = [c * lanes for c in range(nv, 0, -1)]
    fits = [c * lanes for c in (1, 2, 3, 4) if c * lanes <= max(n, lanes) and mr * c < budget]
    return mr, choose("matmul.vectors", fits, pick_tile(n, cols))


class Matmul(ScheduleRule):
    """``C = A @ B`` with any batch dims, fp32 or int (e.g. int8 x int8 -> int32).

    The output is tiled into ``mr`` x ``nr`` register blocks (``nr`` one or two vectors wide,
    ``mr`` rows sized to the target's register file); tiles run in parallel; inside a tile the
    reduction loop is outermost, rows are unrolled and columns vectorized. The bias/activation
    epilogue is computed per tile, so the accumulator never leaves the cache. A transposed
    ``B`` is packed to ``[k, n]`` first.
    """

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not a matmul."""
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != "llvm":
            return None
        sch = s_tir.Schedule(func)
        main = single_reduction(sch)
        if main is None:
            return None
        inline_single_use_injective(sch, keep=main)
        shape = analyze_matmul(sch, main)
        if shape is None or not loops_match_iters(sch, main):
            return None
        loops = sch.get_loops(main)
        exts = [extent(sch, lp) for lp in loops]
        if any(e is None for e in exts):
            return None
        info = cpu_info(target)
        out_dtype = str(sch.get(main).writes[0].source.dtype)
        lanes = info.lanes(out_dtype)
        m_ext = exts[shape.m] if shape.m is not None else 1
        mr, nr = micro_tile(info, lanes, m_ext, exts[shape.n])

        for block in blocks_before(sch, main):
            schedule_elementwise(sch, block, lanes)
        weight = sch.get(main).reads[shape.b_index].source
        if layout_free(sch, weight):
            _pack_panels(sch, main, shape, nr)
        elif shape.b_transposed:
            _pack_transposed(sch, main, shape, lanes)

        outer = [lp for i, lp in enumerate(loops) if i not in (shape.m, shape.n, shape.k)]
        jo, ji = split_inner(sch, loops[shape.n], nr)
        if shape.m is not None:
            io, ii = split_inner(sch, loops[shape.m], mr)
            # Column panels outermost: one B panel stays in cache across all row tiles.
            panels = choose("matmul.order", ["columns", "rows"], "columns") == "columns"
            tile_loops = [*outer, jo, io] if panels else [*outer, io, jo]
            inner = [loops[shape.k], ii, ji]
        else:
            tile_loops, inner = [*outer, jo], [loops[shape.k], ji]
        sch.reorder(*tile_loops, *inner)
        epilogue = inline_epilogue_chain(sch, main)
        if epilogue is not None:
            sch.reverse_compute_at(epilogue, tile_loops[-1], preserve_unit_loops=True)
            vectorize_inner(sch, epilogue, lanes)
        tile = sch.fuse(*tile_loops) if len(tile_loops) > 1 else tile_loops[0]
        parallel_if(sch, tile, block_work(sch, main))
        if shape.m is not None and mr > 1:
            sch.unroll(ii)
        sch.vectorize(ji)
        init = sch.decompose_reduction(main, loops[shape.k])
        vectorize_inner(sch, init, lanes)
        unroll_outer(sch, init, 1)
        if epilogue is not None:
            unroll_outer(sch, epilogue, 1)
        return sch


def _pack_transposed(sch: s_tir.Schedule, main: SBlockRV, shape: MatmulShape,
                     lanes: int) -> None:
    """Copy ``B[.., n, k]`` to a ``[.., k, n]`` buffer once per call, so columns are contiguous."""
    pack = sch.cache_read(main, shape.b_index, "global")
    ndim = len(sch.get(pack).writes[0].region)

    def swap_last(*idx):
        return (*idx[:ndim - 2], idx[ndim - 1], idx[ndim - 2])

    sch.transform_layout(main, ("read", shape.b_index), swap_last)
    schedule_elementwise(sch, pack, lanes)


def _pack_panels(sch: s_tir.Schedule, main: SBlockRV, shape: MatmulShape, nr: int) -> None:
    """Pack a constant ``B`` into ``[.., N/nr, K, nr]`` column panels at compile time.

    Each register tile then streams one contiguous panel (no TLB misses or cache-set
    conflicts from a row stride of N); ``N`` not a multiple of ``nr`` is zero-padded.
    """
    weight = sch.get(main).reads[shape.b_index].source
    ndim = len(weight.ty.shape)
    n_ext = int(weight.ty.shape[-2 if shape.b_transposed else -1])

    def panels(*idx):
        k, n = (idx[-1], idx[-2]) if shape.b_transposed else (idx[-2], idx[-1])
        return (*idx[:ndim - 2], n // nr, k, n % nr)

    pack_read(sch, main, shape.b_index, panels, padded=n_ext % nr != 0)
