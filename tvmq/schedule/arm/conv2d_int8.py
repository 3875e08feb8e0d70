"""AArch64 int8 conv2d rule (NCHW): int8 x int8 -> int32 through ``sdot`` or NEON."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.target import Target

from ..apply import PREPACK_ATTR, layout_free
from ..cpu.conv2d import _weight_read
from ..cpu.fallback import inline_single_use_injective
from ..utils import (
    block_work,
    blocks_before,
    extent,
    inline_epilogue_chain,
    is_output_block,
    iter_kinds,
    loops_match_iters,
    parallel_if,
    schedule_elementwise,
    single_reduction,
    vectorize_inner,
)
from .neon_intrin import GROUP, LANES, register
from .target import has_sdot, is_aarch64
from .tiles import register_tile


class ArmConv2dInt8(ScheduleRule):
    """Regular (groups = 1) int8 conv2d with int32 output on AArch64 targets.

    The input (or its padded copy) is laid out ``[N, C/4, H, W, 4]`` and the filter
    ``[F/4, C/4, KH, KW, 4, 4]`` (at compile time when constant), so each tap of 4 output
    channels x 4 input channels is one ``sdot`` (or the NEON sequence of `neon_intrin`) on a
    broadcast input group. The register tile is 4-32 output channels x up to 8 output columns
    (`register_tile`);
    tiles over (batch, channel block, row) run in parallel. Needs ``F % 4 == 0`` and
    ``C % 4 == 0``; other shapes go to the generic `Conv2d` rule.
    """

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not an int8 NCHW conv2d it handles."""
        if not isinstance(func, tirx.PrimFunc) or not is_aarch64(target):
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
        if dtypes != ("int8", "int8", "int32"):
            return None
        exts = [extent(sch, lp) for lp in sch.get_loops(main)]
        if any(e is None for e in exts) or exts[1] % LANES or exts[4] % GROUP:
            return None
        sdot = has_sdot(target)
        intrin = register(sdot)
        xr, vf = register_tile(exts[3], exts[1], sdot)

        inline_single_use_injective(sch, keep=main)
        for block in blocks_before(sch, main):
            schedule_elementwise(sch, block, 16)
        weight = stmt.reads[w_idx].source
        pack = sch.cache_read(main, w_idx, "global")
        sch.transform_layout(main, ("read", w_idx), lambda f, c, h, w: (
            f // LANES, c // GROUP, h, w, f % LANES, c % GROUP))
        if layout_free(sch, weight):
            sch.annotate(pack, PREPACK_ATTR, True)
        else:
            schedule_elementwise(sch, pack, 16)
        if is_output_block(sch, sch.get_producers(main)[0]) or not blocks_before(sch, main):
            data = sch.cache_read(main, d_idx, "global")
        else:
            data = None
        sch.transform_layout(main, ("read", d_idx), lambda n, c, h, w: (
            n, c // GROUP, h, w, c % GROUP))
        if data is not None:
            schedule_elementwise(sch, data, 16)
        for block in blocks_before(sch, main):
            schedule_elementwise(sch, block, 16)
        if is_output_block(sch, main):
            sch.cache_write(main, 0, "global")
        sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, y, x, f))

        n, f, y, x, rc, ry, rx = sch.get_loops(main)
        fo, fv, fi = sch.split(f, factors=[None, vf // LANES, LANES])
        xo, xi = sch.split(x, factors=[None, xr])
        rco, rci = sch.split(rc, factors=[None, GROUP])
        sch.reorder(n, fo, y, xo, rco, ry, rx, xi, fv, fi, rci)
        epilogue = inline_epilogue_chain(sch, main)
        if epilogue is not None:
            sch.reverse_compute_at(epilogue, xo, preserve_unit_loops=True)
            vectorize_inner(sch, epilogue, LANES)
        parallel_if(sch, sch.fuse(n, fo, y), block_work(sch, main))
        init = sch.decompose_reduction(main, rco)
        vectorize_inner(sch, init, LANES)
        sch.tensorize(fi, intrin)
        sch.unroll(xi)
        sch.unroll(fv)
        return sch
