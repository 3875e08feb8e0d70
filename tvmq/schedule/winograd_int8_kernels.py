"""Kernels of the exact integer Winograd convs: the int16 input and int32 output transforms.

See `tvmq.schedule.winograd_tiles` for the algorithms and their range proof; the GEMM between
the transforms is a `relax.op.matmul` (`tvmq.schedule.winograd_int8`).
"""

from __future__ import annotations

import tvm
from tvm.script import tirx as T

from .utils import in_root_block
from .winograd_tiles import WinogradTile, combine, gemm_column, row, tiles_of, transform_window

LANES16 = 16  # int16 lanes of an AVX2 vector: the input transform's channel block
ROW_TILE = 6  # `MatmulInt8`'s int16 register tile rows: the GEMMs' rows are a multiple


def gemm_rows(tiles: int) -> int:
    """Rows of the GEMMs for ``tiles`` tiles: a multiple of `ROW_TILE` (the extra rows are
    zero), so `MatmulInt8` can take its 6-row register tile (49 tiles would allow 1 or 7)."""
    return -(-tiles // ROW_TILE) * ROW_TILE


def input_transform(tile: WinogradTile, n: int, h: int, w: int, c: int, dtype: str,
                    pad: int | None = None) -> tvm.tirx.PrimFunc:
    """``x[N, H, W, C] -> V[n^2, P, C]`` (int16), ``V[a*n + b, tile] = (B^T d B)[a, b]`` with
    ``d`` the tile's ``n x n`` input window (``n = m + 2``); rows from the tile count to ``P``
    (`gemm_rows`) are zero. ``x`` is the padded input, or with ``pad`` the unpadded one: the
    window reads ``pad`` outside it (the 1-pixel constant pad before the conv, folded in).
    Windows of partial tiles read 0 (or ``pad``) past the input; those outputs are dropped."""
    off, fill = (0, 0) if pad is None else (1, pad)
    ho, wo = h + 2 * off - 2, w + 2 * off - 2
    th, tw = tiles_of(tile, ho, wo)
    tiles = n * th * tw
    p = gemm_rows(tiles)
    cb = next(b for b in (LANES16, 8, 4, 2, 1) if c % b == 0)
    a, m, bt = tile.window, tile.m, tile.bt

    @T.prim_func(private=True)
    def winograd_int8_input(x: T.Buffer((n, h, w, c), dtype), v: T.Buffer((a * a, p, c), "int16")):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "winograd_int8_input"})
        for nty in T.parallel(n * th):
            for tx, co in T.grid(tw, c // cb):
                d = T.alloc_buffer((a * a, cb), "int16", scope="global")
                t = T.alloc_buffer((a * a, cb), "int16", scope="global")
                for i in T.unroll(a):
                    for j in T.unroll(a):
                        for ci in T.vectorized(cb):
                            d[i * a + j, ci] = T.if_then_else(
                                0 <= nty % th * m + i - off and nty % th * m + i - off < h
                                and 0 <= tx * m + j - off and tx * m + j - off < w,
                                T.Cast("int16", x[nty // th, nty % th * m + i - off,
                                                  tx * m + j - off, co * cb + ci]),
                                T.int16(fill))
                transform_window(bt, a, cb, "int16", d, t, v, nty * tw + tx, co * cb)
        for k, q, ci in T.grid(a * a, p - tiles, c):
            v[k, tiles + q, ci] = T.int16(0)

    return in_root_block(winograd_int8_input)


def output_transform(tile: WinogradTile, n: int, ho: int, wo: int, f: int) -> tvm.tirx.PrimFunc:
    """``M[n^2, P, F] (int32) -> y[N, Ho, Wo, F]``: ``A'^T M A'`` per tile summed in uint32,
    times `WinogradTile.inverse`, shifted right by `WinogradTile.shift` as int32 (see module
    doc); rows past the tiles and outputs past the plane are not read or written."""
    th, tw = tiles_of(tile, ho, wo)
    p = gemm_rows(n * th * tw)
    fb = next(b for b in (8, 4, 2, 1) if f % b == 0)
    a, m, at = tile.window, tile.m, tile.at
    inverse, shift = tile.inverse, tile.shift

    @T.prim_func(private=True)
    def winograd_int8_output(mm: T.Buffer((a * a, p, f), "int32"),
                             y: T.Buffer((n, ho, wo, f), "int32")):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "winograd_int8_output"})
        for nty in T.parallel(n * th):
            for tx, fo in T.grid(tw, f // fb):
                t = T.alloc_buffer((m * a, fb), "uint32", scope="global")
                for r in T.unroll(m):
                    for b in T.unroll(a):
                        for fi in T.vectorized(fb):
                            t[r * a + b, fi] = combine(
                                at, r, gemm_column(mm, b, nty * tw + tx, fo * fb + fi, a, "uint32"),
                                "uint32")
                for r in T.unroll(m):
                    for s in T.unroll(m):
                        if nty % th * m + r < ho and tx * m + s < wo:
                            for fi in T.vectorized(fb):
                                y[nty // th, nty % th * m + r, tx * m + s, fo * fb + fi] = (
                                    T.shift_right(T.Cast("int32", combine(
                                        at, s, row(t, r, fi, a), "uint32")
                                        * T.uint32(inverse)), shift))

    return in_root_block(winograd_int8_output)
