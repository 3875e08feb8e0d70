"""CPU int8 conv2d rule (NCHW): int8 x int8 -> int32 through x86 dot-product intrinsics."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.target import Target

from ..apply import PREPACK_ATTR, layout_free, narrow_int8
from ..target_info import cpu_info
from ..utils import (
    block_work,
    blocks_before,
    extent,
    inline_epilogue_chain,
    is_output_block,
    iter_kinds,
    loops_match_iters,
    parallel_if,
    pick_tile,
    schedule_elementwise,
    single_reduction,
    vectorize_inner,
)
from .conv2d import _weight_read
from .fallback import inline_single_use_injective


class Conv2dInt8(ScheduleRule):
    """Regular (groups = 1) int8 conv2d with int32 output on AVX-512 and AVX2 targets.

    Input channels are grouped by ``g`` (see `MatmulInt8` for the intrinsic and ``g`` per
    target): the input (or its padded copy) is laid out ``[N, C/g, H, W, g]`` and the filter
    ``[F/v, C/g, KH, KW, v, g]`` (at compile time when constant), so each tap of ``v`` output
    channels (16 with AVX-512, 8 with AVX2 or for 8k channels) x ``g`` input channels is one
    intrinsic call on a broadcast input group. The register tile is 1-2 vectors of output
    channels x up to 8 output columns; tiles over (batch, channel block, row) run in parallel.
    Needs ``F % 8 == 0`` and ``C % g == 0``; other shapes go to the generic `Conv2d` rule.
    """

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not an int8 NCHW conv2d it handles."""
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != "llvm":
            return None
        info = cpu_info(target)
        if not (info.avx512 or info.avx2):
            return None
        sch = s_tir.Schedule(func)
        main = single_reduction(sch)
        if main is None:
            return None
        if iter_kinds(sch, main) != "SSSSRRR" or not loops_match_iters(sch, main):
            return None
        w_idx = _weight_read(sch, main)
        stmt = sch.get(main)
        if w_idx is None or len(stmt.reads) != 2:
            return None
        d_idx = 1 - w_idx
        dtypes = tuple(str(r.source.ty.dtype)
                       for r in (stmt.reads[d_idx], stmt.reads[w_idx], stmt.writes[0]))
        if dtypes not in (("int8", "int8", "int32"), ("uint8", "int8", "int32")):
            return None
        exts = [extent(sch, lp) for lp in sch.get_loops(main)]
        from .int8_intrin_avx2 import pick_x86

        if any(e is None for e in exts):
            return None
        narrow = narrow_int8(sch, stmt.reads[w_idx].source)
        picked = pick_x86(info, narrow, exts[1], dtypes[0] == "uint8")
        if picked is None:
            return None
        intrin, group, v = picked
        if exts[1] % v or exts[4] % group:
            return None
        vf, xr = _register_tile(info, v, exts[1], exts[3], dtypes[0] == "uint8")

        inline_single_use_injective(sch, keep=main)
        for block in blocks_before(sch, main):
            schedule_elementwise(sch, block, 16)
        weight = stmt.reads[w_idx].source
        pack = sch.cache_read(main, w_idx, "global")
        sch.transform_layout(main, ("read", w_idx), lambda f, c, h, w: (
            f // v, c // group, h, w, f % v, c % group))
        if layout_free(sch, weight):
            sch.annotate(pack, PREPACK_ATTR, True)
        else:
            schedule_elementwise(sch, pack, 16)
        if is_output_block(sch, sch.get_producers(main)[0]) or not blocks_before(sch, main):
            data = sch.cache_read(main, d_idx, "global")
        else:
            data = None
        sch.transform_layout(main, ("read", d_idx), lambda n, c, h, w: (
            n, c // group, h, w, c % group))
        if data is not None:
            schedule_elementwise(sch, data, 16)
        for block in blocks_before(sch, main):
            schedule_elementwise(sch, block, 16)
        if is_output_block(sch, main):
            sch.cache_write(main, 0, "global")
        sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, y, x, f))

        n, f, y, x, rc, ry, rx = sch.get_loops(main)
        fo, fv, fi = sch.split(f, factors=[None, vf // v, v])
        xo, xi = sch.split(x, factors=[None, xr])
        rco, rci = sch.split(rc, factors=[None, group])
        sch.reorder(n, fo, y, xo, rco, ry, rx, xi, fv, fi, rci)
        epilogue = inline_epilogue_chain(sch, main)
        if epilogue is not None:
            sch.reverse_compute_at(epilogue, xo, preserve_unit_loops=True)
            vectorize_inner(sch, epilogue, info.lanes("int32"))
        parallel_if(sch, sch.fuse(n, fo, y), block_work(sch, main))
        init = sch.decompose_reduction(main, rco)
        vectorize_inner(sch, init, info.lanes("int32"))
        sch.tensorize(fi, intrin)
        sch.unroll(xi)
        sch.unroll(fv)
        return sch


def _register_tile(info, v: int, channels: int, width: int, unsigned: bool) -> tuple[int, int]:
    """(output channels, output columns) of the accumulator tile; columns divide ``width``.

    With 16 registers (AVX2) the tile leaves room for the weight vectors, the constants and,
    for int8 activations, the per-weight corrections: 2 vectors x 4 columns or 1 x 8 (uint8
    activations), 2 x 3 or 1 x 7 (int8); the larger of the two tiles wins.
    """
    if info.registers >= 32:
        return pick_tile(channels, [2 * v, v]), max(d for d in range(1, 9) if width % d == 0)
    options = [(2 * v, 4 if unsigned else 3), (v, 8 if unsigned else 7)]
    best = (v, 1)
    for vf, cols in options:
        if channels % vf:
            continue
        xr = max(d for d in range(1, cols + 1) if width % d == 0)
        if vf * xr > best[0] * best[1]:
            best = (vf, xr)
    return best
