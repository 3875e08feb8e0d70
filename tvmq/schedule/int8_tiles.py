"""Int8 schedule pieces shared by the x86 and AArch64 rules: conv tiling, weight packing."""

from __future__ import annotations

from dataclasses import dataclass

from tvm import s_tir, tirx
from tvm_ffi import get_global_func

from .apply import PREPACK_ATTR, layout_free
from .cpu.conv2d import _weight_read
from .cpu.fallback import inline_single_use_injective
from .cpu.pack_c4 import GROUP as PACK_GROUP
from .cpu.pack_c4 import tile_pack_c4
from .utils import (
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


@dataclass(frozen=True)
class Int8Conv:
    """A matched int8 conv2d: its block, the weight/data read indices, dtypes and extents.

    Attributes
    ----------
    main : s_tir.SBlockRV
        The conv's reduction block (loops ``n, f, y, x, rc, ry, rx``).
    w_idx, d_idx : int
        Indices of the weight and data reads of ``main``.
    dtypes : tuple of str
        (data, weight, output) dtypes, e.g. ``("uint8", "int8", "int32")``.
    exts : list of int
        Static extents of the seven loops.
    """

    main: object
    w_idx: int
    d_idx: int
    dtypes: tuple[str, str, str]
    exts: list[int]


def match_int8_conv(sch: s_tir.Schedule) -> Int8Conv | None:
    """The NCHW conv2d with int32 output and static loops in ``sch``, or None."""
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
    exts = [extent(sch, lp) for lp in sch.get_loops(main)]
    if dtypes[2] != "int32" or any(e is None for e in exts):
        return None
    return Int8Conv(main, w_idx, d_idx, dtypes, exts)


def tile_int8_conv(sch: s_tir.Schedule, conv: Int8Conv, intrin: str, lanes: int, group: int,
                   vf: int, xr: int, epilogue_lanes: int, flat: bool = False
                   ) -> s_tir.Schedule:
    """Pack, tile and tensorize ``conv`` with a ``lanes`` x ``group`` dot-product intrinsic.

    The input is laid out ``[N, C/group, H, W, group]`` and the filter
    ``[F/lanes, C/group, KH, KW, lanes, group]`` (at compile time when constant); the register
    tile is ``vf`` output channels x ``xr`` output columns; tiles over (batch, channel block,
    row) run in parallel and the epilogue runs per tile. With ``flat`` (a `flattens` conv)
    the tile is ``xr`` consecutive pixels of the flattened plane ``p = y*W + x`` instead, so a
    row need not be a whole number of tiles; tiles over (batch, channel block) run in parallel.
    """
    main = conv.main
    inline_single_use_injective(sch, keep=main)
    copied = False  # a zero-width padding (unpadded, or padded by the uint8 shift already):
    for block in blocks_before(sch, main):  # the packed copy below replaces it
        if _same_shape_copy(sch, block):
            sch.compute_inline(block)
            copied = True
        else:
            schedule_elementwise(sch, block, 16)
    weight = sch.get(main).reads[conv.w_idx].source
    pack = sch.cache_read(main, conv.w_idx, "global")
    sch.transform_layout(main, ("read", conv.w_idx), lambda f, c, h, w: (
        f // lanes, c // group, h, w, f % lanes, c % group))
    if layout_free(sch, weight):
        sch.annotate(pack, PREPACK_ATTR, True)
    else:
        schedule_elementwise(sch, pack, 16)
    if copied or not blocks_before(sch, main) or is_output_block(sch,
                                                                 sch.get_producers(main)[0]):
        data = sch.cache_read(main, conv.d_idx, "global")
    else:
        data = None
    width = conv.exts[3]
    if flat:
        sch.transform_layout(main, ("read", conv.d_idx), lambda n, c, h, w: (
            n, c // group, h * width + w, c % group))
    else:
        sch.transform_layout(main, ("read", conv.d_idx), lambda n, c, h, w: (
            n, c // group, h, w, c % group))
    if data is not None and not (group == PACK_GROUP and tile_pack_c4(sch, data)):
        schedule_elementwise(sch, data, 16)
    for block in blocks_before(sch, main):
        schedule_elementwise(sch, block, 16)
    if is_output_block(sch, main):
        sch.cache_write(main, 0, "global")
    if flat:
        sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, y * width + x, f))
        sch.transform_block_layout(main, lambda n, f, y, x, c, ry, rx:
                                   (n, f, y * width + x, c, ry, rx))
        n, f, x, rc, ry, rx = sch.get_loops(main)
        outer = [n]
    else:
        sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, y, x, f))
        n, f, y, x, rc, ry, rx = sch.get_loops(main)
        outer = [n, y]
    fo, fv, fi = sch.split(f, factors=[None, vf // lanes, lanes])
    xo, xi = sch.split(x, factors=[None, xr])
    rco, rci = sch.split(rc, factors=[None, group])
    sch.reorder(n, fo, *outer[1:], xo, rco, ry, rx, xi, fv, fi, rci)
    epilogue = inline_epilogue_chain(sch, main)
    if epilogue is not None:
        if flat:
            sch.transform_block_layout(epilogue, lambda n, f, y, x: (n, f, y * width + x))
        sch.reverse_compute_at(epilogue, xo, preserve_unit_loops=True)
        vectorize_inner(sch, epilogue, epilogue_lanes)
    parallel_if(sch, sch.fuse(n, fo, *outer[1:]), block_work(sch, main))
    init = sch.decompose_reduction(main, rco)
    vectorize_inner(sch, init, epilogue_lanes)
    sch.tensorize(fi, intrin)
    sch.unroll(xi)
    sch.unroll(fv)
    return sch


def _same_shape_copy(sch: s_tir.Schedule, block: s_tir.SBlockRV) -> bool:
    """Whether ``block`` copies one buffer into another of the same shape."""
    stmt = sch.get(block)
    if len(stmt.reads) != 1 or len(stmt.writes) != 1:
        return False
    src, dst = stmt.reads[0].source, stmt.writes[0].source
    dims = [*src.shape, *dst.shape]
    if len(src.shape) != len(dst.shape) or not all(isinstance(d, tirx.IntImm) for d in dims):
        return False
    return (all(int(a) == int(b) for a, b in zip(src.shape, dst.shape, strict=True))
            and not get_global_func("s_tir.schedule.HasIfThenElse")(stmt))


def flattens(sch: s_tir.Schedule, conv: Int8Conv) -> bool:
    """Whether ``conv`` is a stride-1, unpadded 1x1 conv, whose output pixels can be tiled as
    one flattened plane (`tile_int8_conv` ``flat``)."""
    kh, kw = conv.exts[5:]
    data = sch.get(conv.main).reads[conv.d_idx]
    return (kh, kw) == (1, 1) and [int(d) for d in data.source.shape][2:] == conv.exts[2:4]


def pack_int8_weight(sch: s_tir.Schedule, main: object, shape: object, group: int, v: int
                     ) -> None:
    """Pack a matmul's ``B`` to ``[.., N/v, K/group, v, group]``: one intrinsic operand per
    (``v`` columns, ``group`` reduction steps); at compile time when ``B`` is constant.
    ``shape`` is the `tvmq.schedule.cpu.matmul.analyze_matmul` result."""
    weight = sch.get(main).reads[shape.b_index].source
    pack = sch.cache_read(main, shape.b_index, "global")
    ndim = len(sch.get(pack).writes[0].region)

    def groups(*idx):  # noqa: ANN002, ANN202
        k, n = (idx[-1], idx[-2]) if shape.b_transposed else (idx[-2], idx[-1])
        return (*idx[:ndim - 2], n // v, k // group, n % v, k % group)

    sch.transform_layout(main, ("read", shape.b_index), groups)
    if layout_free(sch, weight):
        sch.annotate(pack, PREPACK_ATTR, True)
    else:
        schedule_elementwise(sch, pack, 16)
