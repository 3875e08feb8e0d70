"""Interleave 4 channel rows of 8-bit activations into ``[.., C/4, pixels, 4]`` with vector ops.

The int8 conv kernels read their input as ``x4[c/4, p, 0:4]``: 4 consecutive channels of one
pixel form one 32-bit lane of ``vpdpbusd``. Copied element by element from NCHW, each output
byte is a separate store (16 ``vpextrb`` per 16 bytes), and for a channel-reducing 1x1 conv
that copy costs about as much as the dot products. This intrinsic moves ``g`` pixels of 4
channels at once: four ``g``-byte row loads widened to 32 bits, shifted into place, OR-ed
and stored as ``4 g`` contiguous bytes:

    x4[c/4, p + i, k] = x[c + k, p + i]      (k < 4, i < g)
    word[i] = x[c, p+i] | x[c+1, p+i] << 8 | x[c+2, p+i] << 16 | x[c+3, p+i] << 24

The word-to-bytes order is little-endian, as on every target with these kernels (x86, AArch64).
"""

from __future__ import annotations

from collections.abc import Callable

import tvm
from tvm import s_tir
from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T

GROUP = 4
WIDTHS = (16, 8, 4, 14, 7, 2)
"""Pixels per intrinsic call, first match wins; the row width must be a multiple. 14 and 7
serve ResNet's 14x14 and 7x7 planes with one call per row (LLVM splits the odd-length row
loads into 8-, 4-, 2- and 1-byte pieces); rows that a power of two >= 4 divides keep it (56
pixels as 7 x 8 measured faster than 4 x 14)."""


def _make(g: int, dtype: str) -> tuple:
    word, lanes = f"uint32x{g}", f"{dtype}x{g}"

    def row(A, k):  # noqa: ANN001, ANN202
        return T.Cast(word, T.reinterpret(A.vload([k, 0, 0], lanes), dtype=f"uint8x{g}"))

    @T.prim_func(s_tir=True)
    def desc(a: T.handle, d: T.handle) -> None:
        s0, s1 = T.int64(), T.int64()
        A = T.match_buffer(a, (GROUP, 1, g), dtype, strides=[s0, s1, 1], offset_factor=1)
        D = T.match_buffer(d, (g, GROUP), dtype, offset_factor=1)
        with T.sblock("root"):
            T.reads(A[0:GROUP, 0:1, 0:g])
            T.writes(D[0:g, 0:GROUP])
            for k, i in T.grid(GROUP, g):
                with T.sblock("pack"):
                    vk, vi = T.axis.remap("SS", [k, i])
                    D[vi, vk] = A[vk, 0, vi]

    @T.prim_func(s_tir=True)
    def impl(a: T.handle, d: T.handle) -> None:
        s0, s1 = T.int64(), T.int64()
        A = T.match_buffer(a, (GROUP, 1, g), dtype, strides=[s0, s1, 1], offset_factor=1)
        D = T.match_buffer(d, (g, GROUP), dtype, offset_factor=1)
        with T.sblock("root"):
            T.reads(A[0:GROUP, 0:1, 0:g])
            T.writes(D[0:g, 0:GROUP])
            D[0, T.ramp(T.int32(0), 1, GROUP * g)] = T.reinterpret(
                T.bitwise_or(
                    T.bitwise_or(row(A, 0), T.shift_left(row(A, 1), T.Broadcast(T.uint32(8), g))),
                    T.bitwise_or(T.shift_left(row(A, 2), T.Broadcast(T.uint32(16), g)),
                                 T.shift_left(row(A, 3), T.Broadcast(T.uint32(24), g)))),
                dtype=f"{dtype}x{GROUP * g}")

    return desc, impl


_registered: set[str] = set()


def register_pack(g: int, dtype: str) -> str:
    """Register (once) and return the interleave of 4 rows of ``g`` ``dtype`` values."""
    name = f"tvmq_pack_4x{g}_{dtype}"
    if name not in _registered:
        TensorIntrin.register(name, *_make(g, dtype), override=True)
        _registered.add(name)
    return name


def pack_width(width: int) -> int | None:
    """Pixels per intrinsic call for rows of ``width`` pixels, or None."""
    return next((g for g in WIDTHS if width % g == 0), None)


def row_parts(width: int) -> list[tuple[int, int | None]]:
    """A row of ``width`` pixels as consecutive ``(pixels, g)`` pieces, ``g`` the pixels per
    intrinsic call (None: element by element): one piece when `pack_width` finds 4 pixels or
    more, else the split with the fewest calls into a head of 4, 8 or 16-pixel calls and a
    tail of single pixels (a tail loop starts past 0, which `tensorize` does not take). A
    padded 3x3 conv's rows are 2 longer than the output's: 58 = 56 (7 x 8) + 2, not 29 x 2;
    30 = 28 (7 x 4) + 2; 9 = 8 + 1."""
    g = pack_width(width)
    best, cost = [(width, g)], width // g if g else width
    if g not in (None, 2):
        return best
    for head_g in (4, 8, 16):
        head, tail = width - width % head_g, width % head_g
        if not head or not tail:
            continue
        calls = head // head_g + tail
        if calls < cost:
            best, cost = [(head, head_g), (tail, None)], calls
    return best


def _tile_piece(sch: s_tir.Schedule, block: s_tir.SBlockRV, g: int | None, dtype: str) -> None:
    """Parallel over (batch, channel group, row); ``g`` pixels per intrinsic call, or the
    piece's pixels one by one (4 channel bytes each) when ``g`` is None."""
    x, n, c, y = sch.get_loops(block)
    co, ci = sch.split(c, factors=[None, GROUP])
    if g is None:
        sch.reorder(n, co, y, x, ci)
        sch.parallel(sch.fuse(n, co, y))
        sch.vectorize(ci)
        return
    xo, xi = sch.split(x, factors=[None, g])
    sch.reorder(n, co, y, xo, ci, xi)
    sch.parallel(sch.fuse(n, co, y))
    sch.tensorize(ci, register_pack(g, dtype))


def _reads_own_element(stmt: s_tir.SBlock) -> bool:
    """Whether the copy reads ``src[n, c, y, x]`` by its own iterators, in order: what a
    piece's read region is declared as (`tile_pack_c4`)."""
    region = stmt.reads[0].region
    return len(region) == len(stmt.iter_vars) and all(
        r.min.same_as(iv.var) and isinstance(r.extent, tvm.tirx.IntImm) and int(r.extent) == 1
        for r, iv in zip(region, stmt.iter_vars, strict=True))


def tile_pack_c4(sch: s_tir.Schedule, block: s_tir.SBlockRV,
                 write_map: Callable | None = None) -> bool:
    """Schedule the copy ``block`` (loops n, c, y, x over an NCHW int8/uint8 source; writes
    ``x4[n, c/4, <pixel (y, x)>, c%4]``, the pixel as one index or as two) with the interleave
    intrinsic, parallel over (batch, channel group, row). Rows that no width in `WIDTHS`
    divides, or that one divides only in 2-pixel calls, are split in two pieces (`row_parts`),
    each its own parallel loop, when the block reads its source element by its own iterators
    (``src[n, c, y, x]``, as the conv schedules hand it over).

    ``write_map`` gives the element a block writes from its iterators ``(n, c, y, x)`` when its
    pieces must declare it (the partition declares the whole piece as each iteration's
    write to an output buffer); the conv schedules' copies need none.

    Returns False, leaving the block untouched, when it does not have that form or no piece of
    its rows can use the intrinsic.
    """
    stmt = sch.get(block)
    loops = sch.get_loops(block)
    if len(loops) != 4 or len(stmt.reads) != 1:
        return False
    dtype = str(stmt.reads[0].source.ty.dtype)
    width = sch.get(loops[3]).extent
    if not isinstance(width, tvm.tirx.IntImm) or dtype not in ("uint8", "int8"):
        return False
    parts = row_parts(int(width))
    if len(parts) > 1 and not _reads_own_element(stmt):
        parts = [(int(width), pack_width(int(width)))]
    if all(g is None for _, g in parts):
        return False
    n, c, y, x = loops
    sch.reorder(x, n, c, y)
    if len(parts) == 1:
        _tile_piece(sch, block, parts[0][1], dtype)
        return True
    pieces = sch.loop_partition(x, [parts[0][0], None])
    for loop, (_, g) in zip(pieces, parts, strict=True):
        piece = sch.get_child_blocks(loop)[0]
        # the partition declares the whole piece as each iteration's read; tensorize needs the
        # element itself (loops over the source: the block reads src[n, c, y, x])
        sch.annotate_buffer_access(piece, 0, "read", lambda n, c, y, x: (n, c, y, x))
        if write_map is not None:
            sch.annotate_buffer_access(piece, 0, "write", write_map)
        _tile_piece(sch, piece, g, dtype)
    return True
