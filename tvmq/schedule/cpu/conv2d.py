"""CPU conv2d rule (NCHW): direct convolution with packed weights and a register-blocked tile."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.s_tir.schedule import SBlockRV
from tvm.target import Target
from tvm_ffi import structural_equal

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
    pick_tile,
    schedule_elementwise,
    single_reduction,
    split_inner,
    unroll_outer,
    vectorize_inner,
)
from .conv1x1_gemm import pixel_gemm
from .conv_im2col import im2col_gemm
from .conv_pack import pack_filter
from .fallback import inline_single_use_injective

# 1x1 convs whose input planes have at least this many pixels read a [N, H, C, W] copy of
# their input (`_rows_of_channels`); below it (14x14, 7x7) the copy measured no faster.
ROWS_OF_CHANNELS_MIN_PLANE = 256
# Stride-1 1x1 convs whose plane is not a whole number of vectors (14x14, 7x7) and has at
# least this many pixels are a GEMM over padded pixels (`pixel_gemm`).
PIXEL_GEMM_MIN_PLANE = 16
# KxK convs over output planes of at most this many pixels may copy their input to im2col
# form (`im2col_gemm`; by default only where every row would end in a tail, e.g. 7x7). On
# larger planes the copy is as large as the conv's input times KH*KW.
IM2COL_MAX_PLANE = 256


def _weight_read(sch: s_tir.Schedule, block: SBlockRV) -> int | None:
    """Index of the read indexed ``W[f, rc, ry, rx]`` by plain iter vars (the filter)."""
    stmt = sch.get(block)
    ivars = [iv.var for iv in stmt.iter_vars]
    for idx, region in enumerate(stmt.reads):
        mins = [r.min for r in region.region]
        want = [ivars[1], *ivars[4:]]
        if len(mins) == 4 and all(m.same_as(v) for m, v in zip(mins, want, strict=True)):
            return idx
    return None


def _channel_mixes_output(sch: s_tir.Schedule, block: SBlockRV, d_idx: int) -> bool:
    """Whether the input channel read depends on the output channel (grouped convolution)."""
    stmt = sch.get(block)
    if len(stmt.reads) != 2:
        return False
    out_channel = stmt.iter_vars[1].var
    used = tirx.analysis.undefined_vars(stmt.reads[d_idx].region[1].min)
    return any(v.same_as(out_channel) for v in used)


def _depthwise_weight(sch: s_tir.Schedule, block: SBlockRV) -> int | None:
    """Index of the read indexed ``W[c, 0, ry, rx]`` (a depthwise filter), None otherwise."""
    stmt = sch.get(block)
    if len(stmt.reads) != 2:
        return None
    ivars = [iv.var for iv in stmt.iter_vars]
    for idx, region in enumerate(stmt.reads):
        mins = [r.min for r in region.region]
        if (len(mins) == 4 and mins[2].same_as(ivars[4]) and mins[3].same_as(ivars[5])
                and structural_equal(mins[0], ivars[1])):
            return idx
    return None


def conv_tile(info: CpuInfo, lanes: int, channels: int, width: int) -> tuple[int, int]:
    """(output-channel block, output-width block) of the register tile (knobs
    ``conv.channels`` and ``conv.columns``)."""
    vf = choose("conv.channels", [v for v in (2 * lanes, lanes) if v <= channels],
                _default_channels(lanes, channels))
    rows = _tile_columns(info, lanes, vf)
    legal = [r for r in (*rows, 2) if r <= width]
    return vf, choose("conv.columns", legal, pick_tile(width, rows))


def _default_channels(lanes: int, channels: int) -> int:
    return pick_tile(channels, [2 * lanes, lanes])


def _tile_columns(info: CpuInfo, lanes: int, vf: int) -> list[int]:
    budget = info.registers - 8
    nv = max(1, -(-vf // lanes))
    return [r for r in (16, 14, 12, 8, 7, 6, 5, 4, 3) if r * nv <= budget]


def _row_tails(info: CpuInfo, lanes: int, exts: list[int]) -> bool:
    """Whether the default register tile leaves a tail on every output row, flattened or
    not (7x7 outputs: tiles of 4 columns), on a plane large enough for `im2col_gemm`."""
    height, width, channels = exts[2], exts[3], exts[1]
    xr = pick_tile(width, _tile_columns(info, lanes, _default_channels(lanes, channels)))
    return bool(width % xr and (height * width) % xr) and height * width >= PIXEL_GEMM_MIN_PLANE


def pointwise_tile(info: CpuInfo, lanes: int, channels: int, pixels: int) -> tuple[int, int]:
    """(output-channel rows, pixel vectors) of a 1x1 conv's register tile (knobs
    ``pointwise.vectors`` and ``pointwise.rows``).

    With 32 registers, 16 sums (8 rows x 2 vectors). With 16, 12 sums: 6 rows x 2 vectors, 2
    input vectors and the broadcast filter value fill 15 registers; 6 rows need not divide the
    channels (the last tile is partial, its filter rows zero-padded). 6 x 2 took 0.81-0.90x
    the time of 4 x 2 on ResNet-50's 1x1s at 56x56 and 28x28 (Zen 3). Otherwise 8 sums.
    """
    fits = [v for v in (1, 2, 3, 4) if pixels % (v * lanes) == 0]
    nv = choose("pointwise.vectors", fits, 2 if pixels % (2 * lanes) == 0 else 1)
    partial = () if info.registers >= 32 or channels < 12 else (6,)
    mr = 6 if nv == 2 and partial else next(
        r for r in (16, 8, 4, 2, 1)
        if r * nv <= (16 if info.registers >= 32 else 8) and channels % r == 0)
    legal = [r for r in (16, 12, 8, 6, 4, 2, 1) if r * nv + nv + 1 <= info.registers
             and (channels % r == 0 or r in partial)]
    return choose("pointwise.rows", legal, mr), nv


class Conv2d(ScheduleRule):
    """2-D convolution in NCHW: regular (3x3, 1x1, strided) and depthwise.

    Regular convolutions vectorize over output channels: the filter is packed to
    ``[F/vf, C, KH, KW, vf]`` so each tap is one vector load, input pixels are broadcast, and
    a tile of ``vf`` channels x ``xr`` output columns stays in registers; tiles over
    (batch, channel block, output row) run in parallel. Depthwise convolutions vectorize over
    output columns. Padding runs as its own parallel stage; the batch-norm/bias/activation
    epilogue is computed per tile.
    """

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not an NCHW conv2d."""
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != "llvm":
            return None
        sch = s_tir.Schedule(func)
        main = single_reduction(sch)
        if main is None:
            return None
        inline_single_use_injective(sch, keep=main)
        kinds = iter_kinds(sch, main)
        if len(sch.get(main).writes[0].region) != 4 or not loops_match_iters(sch, main):
            return None
        exts = [extent(sch, lp) for lp in sch.get_loops(main)]
        if any(e is None for e in exts):
            return None
        info = cpu_info(target)
        lanes = info.lanes(str(sch.get(main).writes[0].source.dtype))
        w_idx = _weight_read(sch, main)
        if kinds == "SSSSRRR" and w_idx is not None:
            if exts[4] == 1 and _channel_mixes_output(sch, main, 1 - w_idx):
                return self._depthwise(sch, main, lanes)  # groups == channels, 7-loop form
            return self._regular(sch, main, info, lanes, exts)
        if kinds == "SSSSRR" and _depthwise_weight(sch, main) is not None:
            return self._depthwise(sch, main, lanes)
        return None

    def _regular(self, sch: s_tir.Schedule, main: SBlockRV, info: CpuInfo, lanes: int,
                 exts: list[int]) -> s_tir.Schedule:
        w_idx = _weight_read(sch, main)
        small = exts[2] * exts[3] <= IM2COL_MAX_PLANE
        if exts[5] * exts[6] > 1 and choose("conv.im2col", [True, False] if small else [False],
                                            small and _row_tails(info, lanes, exts)):
            return im2col_gemm(sch, main, info, lanes, exts, w_idx)
        inline_copies(sch, blocks_before(sch, main), lanes)
        data = sch.get(main).reads[1 - w_idx].source
        plane = int(data.ty.shape[-1]) * int(data.ty.shape[-2])
        if exts[5] == exts[6] == 1 and exts[2] * exts[3] == plane:
            if plane % lanes == 0:
                return self._pointwise(sch, main, info, lanes, exts, w_idx)
            if plane >= PIXEL_GEMM_MIN_PLANE:
                return pixel_gemm(sch, main, info, lanes, exts, w_idx)
        vf, xr = conv_tile(info, lanes, exts[1], exts[3])
        pack_filter(sch, main, w_idx, vf, exts[1], lanes)
        if exts[5] == exts[6] == 1 and exts[4] >= 16 and choose(
                "conv.rows_of_channels", [True, False], plane >= ROWS_OF_CHANNELS_MIN_PLANE):
            _rows_of_channels(sch, main, 1 - w_idx, lanes)
        if is_output_block(sch, main):
            sch.cache_write(main, 0, "global")
        width = exts[3]
        if width % xr and (exts[2] * width) % xr == 0 and choose(
                "conv.flatten", [True, False], True):
            return self._flat_pixels(sch, main, lanes, width, vf, xr)
        # The accumulator tile is [columns, channels]: channels (the vector) innermost.
        sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, y, x, f))
        n, f, y, x, rc, ry, rx = sch.get_loops(main)
        fo, fi = split_inner(sch, f, vf)
        xo, xi = split_inner(sch, x, xr)
        # channel blocks outermost: one packed filter block stays in cache over all rows
        tiles = [n, fo, y, xo] if choose("conv.order", ["channels", "rows"],
                                         "channels") == "channels" else [n, y, fo, xo]
        sch.reorder(*tiles, rc, ry, rx, xi, fi)
        return self._finish(sch, main, tiles, rc, lanes, unroll=xi, vector=fi)

    def _flat_pixels(self, sch: s_tir.Schedule, main: SBlockRV, lanes: int, width: int,
                     vf: int, xr: int) -> s_tir.Schedule:
        """The regular tile over flattened output pixels ``p = y*W + x``, for rows that are
        not a whole number of tiles (14 columns, tiles of 4) but planes that are (196): a tile
        may span two rows, and no tile has a tail."""
        _flatten_plane(sch, main, width, channels_last=True)
        n, f, p, rc, ry, rx = sch.get_loops(main)
        fo, fi = split_inner(sch, f, vf)
        po, pi = split_inner(sch, p, xr)
        tiles = [n, fo, po]
        sch.reorder(*tiles, rc, ry, rx, pi, fi)
        return self._finish(sch, main, tiles, rc, lanes, unroll=pi, vector=fi)

    def _pointwise(self, sch: s_tir.Schedule, main: SBlockRV, info: CpuInfo, lanes: int,
                   exts: list[int], w_idx: int) -> s_tir.Schedule:
        """A stride-1 1x1 conv as ``out[f, p] = W[f, :] @ x[:, p]`` over pixels ``p = y*W + x``.

        Pixels are the vector (NCHW keeps them contiguous, so no input copy is needed and the
        output tile is stored as it is laid out), filter rows are broadcast from a
        ``[F/mr, C, 1, 1, mr]`` packing; tiles of ``mr`` channels x 1-2 pixel vectors run in
        parallel over pixel panels.
        """
        mr, nv = pointwise_tile(info, lanes, exts[1], exts[2] * exts[3])
        pack_filter(sch, main, w_idx, mr, exts[1], lanes)
        if is_output_block(sch, main):
            sch.cache_write(main, 0, "global")
        _flatten_plane(sch, main, exts[3], channels_last=False)
        n, f, p, rc, ry, rx = sch.get_loops(main)
        po, pi = split_inner(sch, p, nv * lanes)
        fo, fi = split_inner(sch, f, mr)
        tiles = [n, po, fo] if choose("pointwise.order", ["pixels", "channels"],
                                      "pixels") == "pixels" else [n, fo, po]
        sch.reorder(*tiles, rc, ry, rx, fi, pi)
        return self._finish(sch, main, tiles, rc, lanes, unroll=fi, vector=pi)

    def _depthwise(self, sch: s_tir.Schedule, main: SBlockRV, lanes: int) -> s_tir.Schedule:
        for block in blocks_before(sch, main):
            schedule_elementwise(sch, block, lanes)
        n, c, y, x, *reduce_loops = sch.get_loops(main)
        width = extent(sch, x)
        # A tail would make the vector loop predicated (scalar code): prefer a divisor.
        xr = next((v for v in (lanes, lanes // 2) if width % v == 0), min(lanes, width))
        xo, xi = split_inner(sch, x, xr)
        sch.reorder(n, c, y, xo, *reduce_loops, xi)
        return self._finish(sch, main, [n, c, y, xo], reduce_loops[0], lanes, unroll=None,
                            vector=xi)

    @staticmethod
    def _finish(sch: s_tir.Schedule, main: SBlockRV, tile_loops: list, first_reduce,
                lanes: int, unroll, vector) -> s_tir.Schedule:
        epilogue = inline_epilogue_chain(sch, main)
        if epilogue is not None:
            sch.reverse_compute_at(epilogue, tile_loops[-1], preserve_unit_loops=True)
            vectorize_inner(sch, epilogue, lanes)
        parallel_if(sch, sch.fuse(*tile_loops[:-1]), block_work(sch, main))
        if unroll is not None:
            sch.unroll(unroll)
        sch.vectorize(vector)
        init = sch.decompose_reduction(main, first_reduce)
        vectorize_inner(sch, init, lanes)
        unroll_outer(sch, init, 2)
        if epilogue is not None:
            unroll_outer(sch, epilogue, 2)
        return sch


def _flatten_plane(sch: s_tir.Schedule, main: SBlockRV, width: int, channels_last: bool
                   ) -> None:
    """Index the conv (and its epilogue) by flattened output pixels ``p = y*W + x``; the
    accumulators are ``[N, P, F]`` (``channels_last``) or ``[N, F, P]``."""
    if channels_last:
        sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, y * width + x, f))
    else:
        sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, f, y * width + x))
    sch.transform_block_layout(main, lambda n, f, y, x, c, ry, rx:
                               (n, f, y * width + x, c, ry, rx))
    epilogue = inline_epilogue_chain(sch, main)
    if epilogue is not None:
        sch.transform_block_layout(epilogue, lambda n, f, y, x: (n, f, y * width + x))


def _rows_of_channels(sch: s_tir.Schedule, main: SBlockRV, d_idx: int, lanes: int) -> None:
    """Copy a 1x1 conv's input ``[N, C, H, W]`` to ``[N, H, C, W]`` once per call.

    A tile reads one short run of pixels from every input channel; in NCHW those runs are
    ``H*W`` floats apart, so hundreds of them alias to the same few L1 sets and defeat the
    prefetcher. Row-major ``[H, C, W]`` puts a tile's whole input in one contiguous block.
    """
    copy = sch.cache_read(main, d_idx, "global")
    sch.transform_layout(main, ("read", d_idx), lambda n, c, h, w: (n, h, c, w))
    schedule_elementwise(sch, copy, lanes)
