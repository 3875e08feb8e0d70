"""CPU 1x1 conv on small planes (14x14, 7x7) as a blocked GEMM over flattened pixels."""

from __future__ import annotations

from tvm import s_tir
from tvm.s_tir.schedule import SBlockRV

from ..knobs import choose
from ..target_info import CpuInfo
from ..utils import (
    block_work,
    inline_epilogue_chain,
    is_output_block,
    parallel_if,
    pick_tile,
    schedule_elementwise,
    split_inner,
    unroll_outer,
    vectorize_inner,
)
from .conv_pack import pack_filter

MIN_EXACT_SUMS = 12
"""Fewest accumulators a pixel block that divides the plane must give the tile to be taken over
a padded block: enough independent FMA chains to hide the FMA latency (8-10 on two 256-bit FMA
pipes, 4 on Zen 4's one 512-bit FMA per cycle)."""


def gemm_tile(info: CpuInfo, lanes: int, channels: int, pixels: int, knob: str = "gemm1x1"
              ) -> tuple[int, int]:
    """(output-channel block, pixel block) of the register tile (knobs ``<knob>.channels``
    and ``<knob>.pixels``); the pixels are padded to a multiple of the pixel block.

    The pixel block is the largest divisor of ``pixels`` that fits with at least 12
    accumulators (with 32 registers: 14 of 196 pixels, 7 of 49), so no tile computes
    padding; otherwise the largest block of at most 24 accumulators (12 with 16 registers).
    """
    vf = choose(f"{knob}.channels", [v for v in (4 * lanes, 3 * lanes, 2 * lanes, lanes)
                                     if channels % v == 0], 2 * lanes
                if channels % (2 * lanes) == 0 else lanes)
    nv = vf // lanes
    # The filter vectors are FMA memory operands: accumulators plus one broadcast register.
    sums = 12 if info.registers <= 16 else 24
    fits = [p for p in range(2, 17) if p * nv + nv < info.registers]
    exact = [p for p in fits if pixels % p == 0 and p * nv >= MIN_EXACT_SUMS]
    default = max(exact) if exact else max(p for p in fits if p * nv <= sums)
    return vf, choose(f"{knob}.pixels", fits, default)


def producer_of(sch: s_tir.Schedule, main: SBlockRV, read: int) -> SBlockRV:
    """The block that writes the buffer ``main`` reads at index ``read``."""
    buf = sch.get(main).reads[read].source
    return next(b for b in sch.get_producers(main)
                if any(w.source.same_as(buf) for w in sch.get(b).writes))


def pixel_gemm(sch: s_tir.Schedule, main: SBlockRV, info: CpuInfo, lanes: int,
               exts: list[int], w_idx: int) -> s_tir.Schedule:
    """Schedule a stride-1 1x1 conv ``out[f, p] = sum_c W[f, c] x[c, p]`` whose plane is not
    a multiple of the vector width.

    The output channels are the vector (filter packed ``[F/vf, C, 1, 1, vf]``), input pixels
    are broadcast from a copy of the input laid out ``[P/xr, C, xr]`` (one tile's pixels of
    every channel contiguous), and the reduction is blocked so one filter panel stays in L1
    over every pixel tile. Filter blocks run in parallel.
    """
    channels, width = exts[1], exts[3]
    pixels = exts[2] * width
    vf, xr = gemm_tile(info, lanes, channels, pixels)
    kc = choose("gemm1x1.reduce_block", [c for c in (512, 256, 128, 64) if c < exts[4]],
                pick_tile(exts[4], [256, 512, 128, 64]))
    d_idx = 1 - w_idx
    if is_output_block(sch, main):
        sch.cache_write(main, 0, "global")
    copy = sch.cache_read(main, d_idx, "global")
    sch.transform_layout(main, ("read", d_idx), lambda n, c, h, w: (n, c, h * width + w))
    sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, y * width + x, f))
    sch.transform_block_layout(main, lambda n, f, y, x, c, ry, rx:
                               (n, f, y * width + x, c, ry, rx))
    if pixels % xr:
        sch.pad_einsum(main, [1, 1, xr, 1, 1, 1])
        sch.compute_inline(copy)  # into the zero-padded copy pad_einsum adds
        copy = producer_of(sch, main, d_idx)
    sch.transform_layout(main, ("read", d_idx), lambda n, c, p: (n, p // xr, c, p % xr))
    # Walk the copy in its destination's order: runs of xr pixels, no index division.
    if len(sch.get(copy).iter_vars) == 3:  # the padding block (n, c, p)
        sch.transform_block_layout(copy, lambda n, c, p: (n, p // xr, c, p % xr))
    else:
        sch.transform_block_layout(copy, lambda n, c, h, w: (
            n, (h * width + w) // xr, c, (h * width + w) % xr))
    n, po, c, pi = sch.get_loops(copy)
    sch.parallel(sch.fuse(n, po))
    sch.unroll(pi)
    pack_filter(sch, main, w_idx, vf, channels, lanes)
    epilogue = inline_epilogue_chain(sch, main)
    n, f, p, rc, ry, rx = sch.get_loops(main)
    fo, fi = split_inner(sch, f, vf)
    po, pi = split_inner(sch, p, xr)
    rco, rci = split_inner(sch, rc, kc)
    if choose("gemm1x1.order", ["filters", "reduce"], "filters") == "reduce":
        sch.reorder(n, rco, fo, po, ry, rx, rci, pi, fi)
        parallel_if(sch, fo, block_work(sch, main))
        if epilogue is not None:
            schedule_elementwise(sch, epilogue, lanes)
    else:
        sch.reorder(n, fo, rco, po, ry, rx, rci, pi, fi)
        if epilogue is not None:
            _epilogue_per_filter_block(sch, epilogue, fo, width, pixels, lanes)
        parallel_if(sch, sch.fuse(n, fo), block_work(sch, main))
    finish_gemm_tile(sch, main, rco, pi, fi, vf, lanes)
    return sch


def finish_gemm_tile(sch: s_tir.Schedule, main: SBlockRV, rco, pi, fi, vf: int,
                     lanes: int) -> None:
    """Unroll the tile's pixels ``pi`` and channel vectors, vectorize the channels ``fi``,
    and split the accumulators' zeroing out of the reduction at ``rco``."""
    sch.unroll(pi)
    if vf > lanes:
        fv, fi = split_inner(sch, fi, lanes)
        sch.unroll(fv)
    sch.vectorize(fi)
    init = sch.decompose_reduction(main, rco)
    vectorize_inner(sch, init, lanes)
    unroll_outer(sch, init, 2)


def _epilogue_per_filter_block(sch: s_tir.Schedule, epilogue: SBlockRV, fo, width: int,
                               pixels: int, lanes: int) -> None:
    """Run the epilogue after each filter block, over its channels x pixels (knob
    ``gemm1x1.epilogue``; see `epilogue_over_pixels`)."""
    if choose("gemm1x1.epilogue", ["pixels", "channels"], "pixels") == "channels":
        sch.transform_block_layout(epilogue, lambda n, f, y, x: (n, y * width + x, f))
        sch.reverse_compute_at(epilogue, fo, preserve_unit_loops=True)
        vectorize_inner(sch, epilogue, lanes)
        return
    epilogue_over_pixels(sch, epilogue, fo, width, pixels, lanes)


def epilogue_over_pixels(sch: s_tir.Schedule, epilogue: SBlockRV, loop, width: int,
                         pixels: int, lanes: int) -> None:
    """Compute the epilogue under ``loop``, vectorized over flattened output pixels.

    The accumulators are ``[P, vf]``, the output ``[F, P]``. Vectorized over pixels, the
    epilogue loads accumulators with a stride from L1 but stores output (and reads a residual)
    contiguously; vectorized over channels, every store would be a scatter to rows ``P`` floats
    apart, which AVX2 has no instruction for.
    """
    sch.transform_block_layout(epilogue, lambda n, f, y, x: (n, f, y * width + x))
    sch.reverse_compute_at(epilogue, loop, preserve_unit_loops=True)
    v = next(v for v in (lanes, lanes // 2, lanes // 4, 1) if pixels % v == 0)
    if v > 1:
        _, inner = split_inner(sch, sch.get_loops(epilogue)[-1], v)
        sch.vectorize(inner)
