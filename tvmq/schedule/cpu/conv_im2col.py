"""CPU KxK conv on small planes (7x7 outputs) as a blocked GEMM over an im2col copy."""

from __future__ import annotations

from tvm import s_tir
from tvm.s_tir.schedule import SBlockRV

from ..knobs import choose
from ..target_info import CpuInfo
from ..utils import (
    block_work,
    blocks_before,
    inline_epilogue_chain,
    is_output_block,
    parallel_if,
    split_inner,
)
from .conv1x1_gemm import epilogue_over_pixels, finish_gemm_tile, gemm_tile, producer_of
from .conv_pack import pack_filter


def im2col_gemm(sch: s_tir.Schedule, main: SBlockRV, info: CpuInfo, lanes: int,
                exts: list[int], w_idx: int) -> s_tir.Schedule:
    """Schedule a KxK conv whose rows are not whole register tiles (7x7 outputs) as a GEMM
    ``out[p, f] = sum_(c, ry, rx) col[p, c, ry, rx] W[f, c, ry, rx]`` over output pixels ``p``.

    The input is copied once per call to ``col``, laid out ``[P/xr, C, KH, KW, xr]`` (one
    tile's pixels of every tap contiguous; the padding is read through, the pixel count padded
    to a multiple of the tile with zeros). Then the `pixel_gemm` tile: ``vf`` channels (the
    vector) x ``xr`` pixels (broadcast), 12 sums on AVX2. Groups of filter blocks run in
    parallel; inside a group the reduction is blocked by ``kc`` input channels, so one block
    of ``col`` stays in L2 across the group's filter blocks (knobs ``im2col.filter_blocks``,
    ``im2col.reduce_block``).
    """
    channels, height, width = exts[1], exts[2], exts[3]
    pixels = height * width
    vf, xr = gemm_tile(info, lanes, channels, pixels, knob="im2col")
    kc = choose("im2col.reduce_block", [c for c in (64, 32, 16) if exts[4] % c == 0],
                next((c for c in (64, 32, 16) if exts[4] % c == 0), exts[4]))
    d_idx = 1 - w_idx
    padding = blocks_before(sch, main)
    if is_output_block(sch, main):
        sch.cache_write(main, 0, "global")
    col = sch.reindex_cache_read(main, d_idx, "global",
                                 lambda n, f, y, x, c, ry, rx: (n, y * width + x, c, ry, rx))
    for block in padding:
        sch.compute_inline(block)  # read through by the im2col copy
    sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, y * width + x, f))
    sch.transform_block_layout(main, lambda n, f, y, x, c, ry, rx:
                               (n, f, y * width + x, c, ry, rx))
    if pixels % xr:
        sch.pad_einsum(main, [1, 1, xr, 1, 1, 1])
        sch.compute_inline(col)
        col = producer_of(sch, main, d_idx)
    sch.transform_layout(main, ("read", d_idx),
                         lambda n, p, c, ry, rx: (n, p // xr, c, ry, rx, p % xr))
    if len(sch.get(col).iter_vars) == 5:  # the zero-padded copy pad_einsum added
        sch.transform_block_layout(col, lambda n, p, c, ry, rx: (
            n, p // xr, c, ry, rx, p % xr))
    else:  # the tile divides the plane: the copy still walks output rows and columns
        sch.transform_block_layout(col, lambda n, y, x, c, ry, rx: (
            n, (y * width + x) // xr, c, ry, rx, (y * width + x) % xr))
    n, po, c, ry, rx, pi = sch.get_loops(col)
    sch.parallel(sch.fuse(n, po))
    sch.unroll(pi)
    blocks = -(-channels // vf)
    group = choose("im2col.filter_blocks", [g for g in (16, 8, 4, 2, 1) if blocks % g == 0],
                   next(g for g in (8, 4, 2, 1) if blocks % g == 0))
    # Packed in the order the tiles read it, so each thread streams its filter from memory
    # in one sequential run: [F/(vf*group), C/kc, group, kc, KH, KW, vf].
    pack_filter(sch, main, w_idx, vf, channels, lanes, lambda f, c, h, w: (
        f // (vf * group), c // kc, f // vf % group, c % kc, h, w, f % vf))
    epilogue = inline_epilogue_chain(sch, main)
    n, f, p, rc, ry, rx = sch.get_loops(main)
    fc, fo, fi = sch.split(f, factors=[None, group, vf])
    po, pi = split_inner(sch, p, xr)
    rco, rci = split_inner(sch, rc, kc)
    sch.reorder(n, fc, rco, fo, po, rci, ry, rx, pi, fi)
    if epilogue is not None:
        epilogue_over_pixels(sch, epilogue, fc, width, pixels, lanes)
    parallel_if(sch, sch.fuse(n, fc), block_work(sch, main))
    finish_gemm_tile(sch, main, rco, pi, fi, vf, lanes)
    return sch
