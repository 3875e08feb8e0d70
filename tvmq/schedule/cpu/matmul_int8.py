"""CPU int8 matmul rule: int8 x int8 -> int32 through x86 (AVX-512, AVX2) dot-product intrinsics."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.target import Target

from ..apply import narrow_int8
from ..int8_tiles import pack_int8_weight
from ..knobs import choose
from ..target_info import cpu_info
from ..utils import (
    block_work,
    extent,
    inline_epilogue_chain,
    loops_match_iters,
    parallel_if,
    pick_tile,
    single_reduction,
    split_inner,
    vectorize_inner,
)
from .fallback import inline_single_use_injective
from .matmul import analyze_matmul


class MatmulInt8(ScheduleRule):
    """``C:int32 = A:int8 @ B:int8`` on AVX-512 and AVX2 targets.

    ``B`` is packed to ``[N/v, K/g, v, g]`` (at compile time when constant) so that ``v``
    output columns x ``g`` reduction steps are one intrinsic call. AVX-512 (v = 16):
    ``vpdpbusd`` (g = 4) with VNNI, else ``vpmaddwd`` (g = 2), see `int8_intrin`. AVX2
    (v = 8): ``vpmaddubsw`` + ``vpmaddwd`` (g = 4) when the constant weight is 7-bit, else
    ``vpmaddwd`` (g = 2), see `int8_intrin_avx2`. A register tile of ``mr`` rows x 1-2 such
    vectors accumulates in int32, tiles run in parallel, the dequantize/requantize epilogue
    runs per tile. Needs ``N % v == 0`` and ``K % g == 0``; other shapes go to the generic
    `Matmul` rule.
    """

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not an int8 matmul this rule handles."""
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != "llvm":
            return None
        info = cpu_info(target)
        if not (info.avx512 or info.avx2):
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
        if dtypes not in (("int8", "int8", "int32"), ("uint8", "int8", "int32"),
                          ("int16", "int16", "int32")):
            return None
        loops = sch.get_loops(main)
        exts = [extent(sch, lp) for lp in loops]
        from .int8_intrin_avx2 import pick_x86, register_int16_avx2

        narrow = narrow_int8(sch, stmt.reads[shape.b_index].source)
        if any(e is None for e in exts):
            return None
        picked = (register_int16_avx2() if dtypes[0] == "int16" and info.avx2
                  else pick_x86(info, narrow, exts[shape.n], dtypes[0] == "uint8"))
        if picked is None:
            return None
        intrin, group, v = picked
        if exts[shape.n] % v or exts[shape.k] % group:
            return None
        n_ext = exts[shape.n]
        m_ext = exts[shape.m] if shape.m is not None else 1
        nr = pick_tile(n_ext, [2 * v, v])
        # Tensorized tiles cannot carry a tail predicate: the row tile must divide M.
        # 16 registers (AVX2): 4 rows x 2 vectors, 3 with the int8 activations' corrections.
        # int16 (the Winograd GEMM, no corrections): 6 rows x 2 vectors, 12 sums.
        max_rows = (8 if info.registers >= 32 else 3 if dtypes[0] == "int8"
                    else 6 if dtypes[0] == "int16" else 4)
        mr = max(d for d in range(1, max_rows + 1) if m_ext % d == 0)
        if mr < 4:
            nr = pick_tile(n_ext, [4 * v, 3 * v, 2 * v, v])
        sums = 28 if info.registers >= 32 else 12 if dtypes[0] == "int16" else 8
        heuristic = mr
        mr = choose("int8matmul.rows", [d for d in range(1, 15) if m_ext % d == 0
                                        and d <= sums], mr)
        columns = [c * v for c in (1, 2, 3, 4) if n_ext % (c * v) == 0 and mr * c <= sums]
        nr = choose("int8matmul.vectors", columns,
                    nr if mr == heuristic or nr in columns else max(columns))

        inline_single_use_injective(sch, keep=main)
        pack_int8_weight(sch, main, shape, group, v)
        outer = [lp for i, lp in enumerate(loops) if i not in (shape.m, shape.n, shape.k)]
        jo, jv, ji = sch.split(loops[shape.n], factors=[None, nr // v, v])
        ko, ki = sch.split(loops[shape.k], factors=[None, group])
        if shape.m is not None:
            io, ii = split_inner(sch, loops[shape.m], mr)
            tile_loops, rows = [*outer, jo, io], [ii]
        else:
            tile_loops, rows = [*outer, jo], []
        sch.reorder(*tile_loops, ko, *rows, jv, ji, ki)
        epilogue = inline_epilogue_chain(sch, main)
        if epilogue is not None:
            sch.reverse_compute_at(epilogue, tile_loops[-1], preserve_unit_loops=True)
            vectorize_inner(sch, epilogue, info.lanes("int32"))
        tile = sch.fuse(*tile_loops) if len(tile_loops) > 1 else tile_loops[0]
        parallel_if(sch, tile, block_work(sch, main))
        init = sch.decompose_reduction(main, ko)
        vectorize_inner(sch, init, info.lanes("int32"))
        sch.tensorize(ji, intrin)
        for loop in [*rows, jv]:
            sch.unroll(loop)
        return sch

