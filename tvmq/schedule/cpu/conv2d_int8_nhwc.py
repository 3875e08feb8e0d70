"""x86 VNNI int8 conv2d on NHWC activations (`Int8ConvNhwc`): no input copy, contiguous epilogue.

With NCHW activations every int8 conv first copies its input to ``[N, C/4, H, W, 4]`` (4
channels of a pixel form the 32-bit operand ``vpdpbusd`` broadcasts) and its epilogue reads
the accumulator transposed. In NHWC those 4 channels are already contiguous, so the kernel
reads its input in place:

    acc[y, x, f:f+16] += vpdpbusd(broadcast(x[y*s+ry, x*s+rx, c:c+4]), Wp[f/16, c/4, ry, rx])

with the filter packed at compile time to ``[F/16, C/4, KH, KW, 16, 4]``. The register tile
is ``vf`` vectors of 16 output channels x ``xr`` output columns of one row; the epilogue
(bias, requantize, residual) runs per tile on 16 contiguous channels and stores contiguous
bytes. Rows run in parallel, with the channel blocks inside (input row reused from L1), or
channel blocks and rows together when there are too few rows for the threads. Bit-identical
to the NCHW schedules.

A kernel holding a second such conv of the same output shape whose result only the epilogue
reads (a projection shortcut `tvmq.schedule.fuse_shortcut` merged in) tiles both alike, merges
their tile loops and computes both register tiles before the epilogue of each tile.
"""

from __future__ import annotations

from dataclasses import dataclass

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.s_tir.schedule import LoopRV, SBlockRV
from tvm.target import Target

from ..apply import narrow_int8
from ..knobs import choose
from ..target_info import CpuInfo, cpu_info
from ..utils import (
    block_work,
    blocks_before,
    extent,
    inline_copies,
    inline_epilogue_chain,
    is_output_block,
    iter_kinds,
    loops_match_iters,
    parallel_if,
    root_blocks,
    single_reduction,
    vectorize_inner,
)
from .conv_pack import pack_filter
from .fallback import inline_single_use_injective
from .int8_intrin import register
from .int8_intrin_avx2 import register_avx2

GROUP = 4  # uint8 input channels per int32 lane of the dot product
ROW_PARALLEL_MIN_ROWS = 28
"""Output rows from which rows alone run in parallel (channel blocks inside, reusing the input
row from L1): 0.79-0.91x the time of channel blocks outside on 256->64 and 512->128 1x1
convs @56x56 and @28x28; with 7 rows (7x7 planes) the two threads split 4:3, 1.1x slower."""


@dataclass(frozen=True)
class NhwcIsa:
    """The dot product an NHWC int8 kernel tensorizes with.

    Attributes
    ----------
    lanes : int
        int32 lanes of a vector (output channels per weight vector).
    accumulators : int
        Most accumulator registers of a register tile: the registers left beside the weight
        vectors, the broadcast input and the intrinsic's own temporaries and constants.
    narrow : bool
        The intrinsic is exact only for weights in [-64, 63] (`tvmq.schedule.apply.narrow_int8`).
    """

    lanes: int
    accumulators: int
    narrow: bool

    def intrinsic(self) -> str:
        """Register (once) and return the uint8 x int8 intrinsic's name."""
        if self.narrow:
            return register_avx2(narrow=True, unsigned=True)[0]
        return register(vnni=True, unsigned=True)[0]


VNNI = NhwcIsa(lanes=16, accumulators=28, narrow=False)
"""``vpdpbusd``: 32 registers less 2 weight vectors, a broadcast and one spare."""
AVX2 = NhwcIsa(lanes=8, accumulators=10, narrow=True)
"""``vpmaddubsw`` + ``vpmaddwd``: 16 registers less 2 weight vectors, a broadcast, the int16
products and the int16 ones ``vpmaddwd`` widens with."""


def nhwc_isa(info: CpuInfo) -> NhwcIsa | None:
    """The `NhwcIsa` of an x86 target: `VNNI` with AVX-512 VNNI, `AVX2` on AVX2 targets
    without AVX-512, else None (AVX-512 without VNNI keeps the NCHW kernels)."""
    if info.avx512 and info.vnni:
        return VNNI
    if info.avx2 and not info.avx512:
        return AVX2
    return None


@dataclass(frozen=True)
class NhwcConv:
    """A matched NHWC int8 conv: its block, the weight's read index and static loop extents
    ``(n, y, x, f, ry, rx, c)``."""

    main: object
    w_idx: int
    exts: list[int]


def match_nhwc_conv(sch: s_tir.Schedule, lanes: int = 16) -> NhwcConv | None:
    """The uint8 x int8 -> int32 NHWC/OHWI conv2d of ``sch``, with ``F`` a multiple of
    ``lanes`` and ``C`` of 4, else None."""
    main = single_reduction(sch)
    return None if main is None else match_nhwc_block(sch, main, lanes)


def match_nhwc_block(sch: s_tir.Schedule, main: SBlockRV, lanes: int = 16) -> NhwcConv | None:
    """``main`` as a uint8 x int8 -> int32 NHWC/OHWI conv2d, with ``F`` a multiple of
    ``lanes`` and ``C`` of 4, else None."""
    if iter_kinds(sch, main) != "SSSSRRR" or not loops_match_iters(sch, main):
        return None
    stmt = sch.get(main)
    if len(stmt.reads) != 2 or str(stmt.writes[0].source.dtype) != "int32":
        return None
    dtypes = [str(r.source.dtype) for r in stmt.reads]
    if sorted(dtypes) != ["int8", "uint8"]:
        return None
    d_idx = dtypes.index("uint8")
    exts = [extent(sch, lp) for lp in sch.get_loops(main)]
    if any(e is None for e in exts):
        return None
    data, weight = stmt.reads[d_idx].source, stmt.reads[1 - d_idx].source
    n, y, x, f, kh, kw, c = exts
    if len(data.shape) != 4 or [int(d) for d in weight.shape] != [f, kh, kw, c]:
        return None
    if int(data.shape[3]) != c or f % lanes or c % GROUP:
        return None
    return NhwcConv(main, 1 - d_idx, exts)


def _takes(sch: s_tir.Schedule, conv: NhwcConv | None, isa: NhwcIsa) -> bool:
    """Whether ``isa``'s intrinsic computes ``conv`` exactly (7-bit weights where needed)."""
    return conv is not None and (not isa.narrow or narrow_int8(
        sch, sch.get(conv.main).reads[conv.w_idx].source))


def register_tile(f: int, width: int, isa: NhwcIsa = VNNI) -> tuple[int, int]:
    """(output-channel vectors, output columns) of the register tile (knobs
    ``int8nhwc.vectors`` and ``int8nhwc.columns``).

    Columns divide the row: 8 when they do and fit, else the most up to 14 that fit in the
    ISA's accumulators; by default 1 or 2 vectors, whichever tile has more accumulators (2
    on a tie). `VNNI` (28 accumulators): 2 x 8 on 56-pixel rows, 2 x 14 on 14-pixel rows
    (0.75-0.9x the time of 2 x 7, 3x3 convs included; on 56-pixel rows 2 x 8 took 0.94-1.0x
    that of 2 x 14). `AVX2` (10): 2 x 4 on 56- and 28-pixel rows, 1 x 7 on 14- and 7-pixel
    rows.
    """
    cap = isa.accumulators
    options = [v for v in (1, 2, 4) if f % (v * isa.lanes) == 0]

    def columns(vectors: int) -> int:
        most = min(14, cap // vectors)
        return 8 if width % 8 == 0 and most >= 8 else max(
            d for d in range(1, most + 1) if width % d == 0)

    default = max((v for v in options if v <= 2), key=lambda v: (v * columns(v), v))
    vectors = choose("int8nhwc.vectors", options, default)
    legal = [d for d in range(1, cap // vectors + 1) if width % d == 0]
    return vectors, choose("int8nhwc.columns", legal, columns(vectors))


class Conv2dInt8Nhwc(ScheduleRule):
    """uint8 x int8 NHWC conv2d (OHWI filter) with int32 output on x86 targets with AVX-512
    VNNI, or AVX2 and 7-bit weights (see module doc). Needs ``F`` a multiple of the vector's
    int32 lanes and ``C % 4 == 0``."""

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not such a conv."""
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != "llvm":
            return None
        isa = nhwc_isa(cpu_info(target))
        if isa is None:
            return None
        sch = s_tir.Schedule(func)
        conv = match_nhwc_conv(sch, isa.lanes)
        if conv is not None:
            return tile_nhwc_conv(sch, conv, isa) if _takes(sch, conv, isa) else None
        reductions = [b for b in root_blocks(sch) if "R" in iter_kinds(sch, b)]
        if len(reductions) != 2:
            return None
        side, conv = (match_nhwc_block(sch, b, isa.lanes) for b in reductions)
        if not (_takes(sch, side, isa) and _takes(sch, conv, isa)
                and side.exts[:4] == conv.exts[:4]):
            return None
        return tile_nhwc_conv(sch, conv, isa, side)


def tile_nhwc_conv(sch: s_tir.Schedule, conv: NhwcConv, isa: NhwcIsa = VNNI,
                   side: NhwcConv | None = None) -> s_tir.Schedule:
    """Pack the filter, tile and tensorize a `match_nhwc_conv` conv (see module doc); with
    ``side``, a second conv of the same output shape whose result only the epilogue reads,
    computed per register tile too (`tvmq.schedule.fuse_shortcut`)."""
    intrin, lanes = isa.intrinsic(), isa.lanes
    main = conv.main
    _, rows, width, f, _, _, _ = conv.exts
    inline_single_use_injective(sch, keep=main)
    side_name = sch.get(side.main).name_hint if side is not None else None
    producers = [b for b in blocks_before(sch, main) if sch.get(b).name_hint != side_name]
    for c in (conv, side) if side is not None else (conv,):
        pack_filter(sch, c.main, c.w_idx, lanes, f, lanes, lambda o, h, w, i: (
            o // lanes, h, w, i // GROUP, o % lanes, i % GROUP))
    inline_copies(sch, producers, lanes)
    if is_output_block(sch, main):
        sch.cache_write(main, 0, "global")
    vectors, xr = register_tile(f, width, isa)
    by_rows = choose("int8nhwc.order", ["rows", "channels"],
                     "rows" if rows >= ROW_PARALLEL_MIN_ROWS else "channels") == "rows"
    outer, xo, inner = _tile(sch, main, vectors * lanes, lanes, xr, by_rows)
    tiles = [(main, inner)]
    if side is not None:
        _, side_xo, side_inner = _tile(sch, side.main, vectors * lanes, lanes, xr, by_rows)
        tiles.append((side.main, side_inner))
        xo = sch.merge(side_xo, xo)
        outer = sch.get_loops(main)[:len(outer)]
    epilogue = inline_epilogue_chain(sch, main)
    if epilogue is not None:
        sch.reverse_compute_at(epilogue, xo, preserve_unit_loops=True)
        vectorize_inner(sch, epilogue, lanes)
    elif side is not None:
        return None
    parallel_if(sch, sch.fuse(*outer[:2]) if by_rows else sch.fuse(*outer),
                block_work(sch, main))
    for block, (ry, xi, fv, fi) in tiles:
        vectorize_inner(sch, sch.decompose_reduction(block, ry), lanes)
        sch.tensorize(fi, intrin)
        sch.unroll(xi)
        sch.unroll(fv)
    return sch


def _tile(sch: s_tir.Schedule, block: SBlockRV, channels: int, lanes: int, xr: int,
          by_rows: bool) -> tuple[list[LoopRV], LoopRV, tuple[LoopRV, ...]]:
    """Tile a conv's loops to ``outer, xo, ry, rx, rco, xi, fv, fi, rci`` (``channels``
    output channels per tile, ``lanes`` per vector); return ``outer``, ``xo`` and
    ``(ry, xi, fv, fi)``."""
    n, y, x, fl, ry, rx, rc = sch.get_loops(block)
    fo, fv, fi = sch.split(fl, factors=[None, channels // lanes, lanes])
    xo, xi = sch.split(x, factors=[None, xr])
    rco, rci = sch.split(rc, factors=[None, GROUP])
    outer = [n, y, fo] if by_rows else [n, fo, y]
    sch.reorder(*outer, xo, ry, rx, rco, xi, fv, fi, rci)
    return outer, xo, (ry, xi, fv, fi)
