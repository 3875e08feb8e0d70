"""AArch64 int8 matmul rule: int8 x int8 -> int32 through ``sdot`` or NEON ``smull``/``saddlp``."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.target import Target

from ..cpu.fallback import inline_single_use_injective
from ..cpu.matmul import analyze_matmul
from ..int8_tiles import pack_int8_weight
from ..utils import (
    block_work,
    extent,
    inline_epilogue_chain,
    loops_match_iters,
    parallel_if,
    single_reduction,
    split_inner,
    vectorize_inner,
)
from .neon_intrin import GROUP, LANES, register
from .target import has_sdot, is_aarch64
from .tiles import register_tile


class ArmMatmulInt8(ScheduleRule):
    """``C:int32 = A:int8 @ B:int8`` on AArch64 targets.

    ``B`` is packed to ``[N/4, K/4, 4, 4]`` (at compile time when constant): 4 output columns
    x 4 reduction steps are 16 contiguous bytes, one ``sdot`` with the dot-product extension
    (Cortex-A76, Neoverse-N1), else ``smull`` + ``saddlp`` + ``addp`` (Cortex-A53/A72), see
    `neon_intrin`. A register tile of up to 8 rows x 1-8 vectors of 4 int32 (`register_tile`)
    accumulates in the 32 NEON registers; tiles run in parallel; the dequantize epilogue
    runs per tile.
    Needs ``N % 4 == 0`` and ``K % 4 == 0``; other shapes go to the generic `Matmul` rule.
    """

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not an int8 matmul this rule handles."""
        if not isinstance(func, tirx.PrimFunc) or not is_aarch64(target):
            return None
        sch = s_tir.Schedule(func)
        main = single_reduction(sch)
        if main is None:
            return None
        shape = analyze_matmul(sch, main)
        if shape is None or not loops_match_iters(sch, main):
            return None
        stmt = sch.get(main)
        a_idx = 1 - shape.b_index
        dtypes = tuple(str(r.source.ty.dtype)
                       for r in (stmt.reads[a_idx], stmt.reads[shape.b_index], stmt.writes[0]))
        if dtypes != ("int8", "int8", "int32"):
            return None
        loops = sch.get_loops(main)
        exts = [extent(sch, lp) for lp in loops]
        if any(e is None for e in exts) or exts[shape.n] % LANES or exts[shape.k] % GROUP:
            return None
        sdot = has_sdot(target)
        intrin = register(sdot)
        n_ext = exts[shape.n]
        m_ext = exts[shape.m] if shape.m is not None else 1
        mr, nr = register_tile(m_ext, n_ext, sdot)

        inline_single_use_injective(sch, keep=main)
        pack_int8_weight(sch, main, shape, GROUP, LANES)
        outer = [lp for i, lp in enumerate(loops) if i not in (shape.m, shape.n, shape.k)]
        jo, jv, ji = sch.split(loops[shape.n], factors=[None, nr // LANES, LANES])
        ko, ki = sch.split(loops[shape.k], factors=[None, GROUP])
        if shape.m is not None:
            io, ii = split_inner(sch, loops[shape.m], mr)
            tile_loops, rows = [*outer, jo, io], [ii]
        else:
            tile_loops, rows = [*outer, jo], []
        sch.reorder(*tile_loops, ko, *rows, jv, ji, ki)
        epilogue = inline_epilogue_chain(sch, main)
        if epilogue is not None:
            sch.reverse_compute_at(epilogue, tile_loops[-1], preserve_unit_loops=True)
            vectorize_inner(sch, epilogue, LANES)
        tile = sch.fuse(*tile_loops) if len(tile_loops) > 1 else tile_loops[0]
        parallel_if(sch, tile, block_work(sch, main))
        init = sch.decompose_reduction(main, ko)
        vectorize_inner(sch, init, LANES)
        sch.tensorize(ji, intrin)
        for loop in [*rows, jv]:
            sch.unroll(loop)
        return sch

