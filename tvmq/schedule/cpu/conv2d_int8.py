"""CPU int8 conv2d rule (NCHW): int8 x int8 -> int32 through x86 dot-product intrinsics."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.target import Target

from ..apply import narrow_int8
from ..int8_tiles import flattens, match_int8_conv, tile_int8_conv
from ..knobs import choose
from ..target_info import cpu_info
from ..utils import pick_tile
from .conv1x1_int8 import fits_conv1x1, pixel_isa, tile_conv1x1


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
        conv = match_int8_conv(sch)
        if conv is None or conv.dtypes[:2] not in (("int8", "int8"), ("uint8", "int8")):
            return None
        narrow = narrow_int8(sch, sch.get(conv.main).reads[conv.w_idx].source)
        isa = pixel_isa(info, narrow)
        if isa is not None and fits_conv1x1(sch, conv, isa):
            return tile_conv1x1(sch, conv, isa)
        from .int8_intrin_avx2 import pick_x86

        exts, unsigned = conv.exts, conv.dtypes[0] == "uint8"
        picked = pick_x86(info, narrow, exts[1], unsigned)
        if picked is None:
            return None
        intrin, group, v = picked
        if exts[1] % v or exts[4] % group:
            return None
        plane = exts[2] * exts[3]
        pointwise = exts[5:] == [1, 1]
        flat = flattens(sch, conv) and choose(
            "int8conv.flatten", [True, False],
            _product(_register_tile(info, v, exts[1], plane, unsigned, pointwise, knobs=False))
            > _product(_register_tile(info, v, exts[1], exts[3], unsigned, pointwise,
                                      knobs=False)))
        vf, xr = _register_tile(info, v, exts[1], plane if flat else exts[3], unsigned,
                                pointwise)
        return tile_int8_conv(sch, conv, intrin, v, group, vf, xr, info.lanes("int32"), flat)


def _product(tile: tuple[int, int]) -> int:
    return tile[0] * tile[1]


def _register_tile(info, v: int, channels: int, width: int, unsigned: bool,
                   pointwise: bool = False, knobs: bool = True) -> tuple[int, int]:
    """(output channels, output columns) of the accumulator tile; columns divide ``width``
    (the row, or the plane of a flattened tile) (knobs ``int8conv.channels`` and
    ``int8conv.columns``, unless not ``knobs``).

    With 32 registers (AVX-512) the tile is 2 vectors x up to 8 columns, or up to 14 for a
    1x1 (``pointwise``) conv: 28 accumulators, 2 weight vectors and 1 broadcast. A 1x1 conv
    reduces over few input channels, so the epilogue, which reads the accumulators a column
    at a time, weighs more; 2 x 14 instead of 2 x 7 took 0.94x the time of 256->1024 @14x14
    and of the strided 256->512 @56x56 and 512->1024 @28x28, 0.98x of 1024->256 @14x14 alone
    (16-20 alternated rounds, bit-identical), while the 3x3 convs ran 1.16-1.24x slower with it.
    With 16 registers (AVX2) the tile leaves room for the weight vectors, the constants and,
    for int8 activations, the per-weight corrections: 2 vectors x 4 columns or 1 x 8 (uint8
    activations), 2 x 3 or 1 x 7 (int8); the larger of the two tiles wins.
    """
    if info.registers >= 32:
        vf = pick_tile(channels, [2 * v, v])
        cols = 14 if pointwise and vf == 2 * v else 8
        xr = max(d for d in range(1, cols + 1) if width % d == 0)
        caps = {v: 14, 2 * v: 14 if pointwise else 12, 3 * v: 7, 4 * v: 5}
    else:
        caps = {2 * v: 4 if unsigned else 3, v: 8 if unsigned else 7}
        vf, xr = v, 1
        for f, cols in caps.items():
            if channels % f:
                continue
            x = max(d for d in range(1, cols + 1) if width % d == 0)
            if f * x > vf * xr:
                vf, xr = f, x
    if not knobs:
        return vf, xr
    vf = choose("int8conv.channels", [f for f in caps if channels % f == 0], vf)
    legal = [d for d in range(1, caps.get(vf, 8) + 1) if width % d == 0]
    return vf, choose("int8conv.columns", legal, xr if xr in legal else legal[-1])
