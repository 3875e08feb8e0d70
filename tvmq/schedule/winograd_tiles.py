"""Winograd F(m x m, 3x3) algorithms (F(2x2) and F(4x4)) and their transforms as TIR rows.

``y = A^T [(G g G^T) * (B^T d B)] A`` (Lavin and Gray). The fp32 convs use these matrices as
they are (`tvmq.schedule.winograd`). ``G`` has fractions; for exact integers
(`tvmq.schedule.winograd_int8`) its row ``i`` is scaled by ``s_i`` so that ``G' = diag(s) G``
is an integer matrix, and ``U' = G' g G'^T`` holds ``s_i s_j U[i, j]``. With
``L = lcm(s)^2`` the scaled output transform ``A'^T = A^T diag(lcm(s) / s)`` gives
``A'^T [U' * V] A' = L y`` in integers:

- F(2x2, 3x3): ``G' = 2G``, ``A' = A``, ``L = 4``.
- F(4x4, 3x3): ``s = (4, 6, 6, 24, 24, 1)``, ``L = 576 = 9 * 2^6``.

The int16 operands ``V = B^T d B`` and ``U'``, and each int32 sum ``M = V @ U'`` over the
channels, must not overflow. `WinogradTile.exact` proves both for a given constant filter
and data range (``M``'s bound uses the filter's own ``sum_c |U'|``), and that ``|y| * 2^e`` fits
int32, where ``2^e`` is ``L``'s power of two. The output transform then sums ``A'^T M A'`` in
uint32, where only the result modulo 2^32 counts: that is ``L y`` (mod 2^32); multiplying by
the inverse of ``L``'s odd part gives ``2^e y`` (mod 2^32), which fits int32, and the arithmetic
shift right by ``e`` is ``y``, bit for bit the direct conv.

A transform kernel applies ``B^T`` or ``A^T`` to each column and row of a tile held in a local
buffer. Written as an unrolled loop over the result's rows (`combine`), the coefficient of
term ``k`` in row ``r`` is a select over ``r``: a constant once the loop is unrolled, so zero
terms and unit factors fold away in code generation, and one kernel serves both tile sizes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import lcm

import numpy as np
from tvm import tirx
from tvm.script import tirx as T

Matrix = Sequence[Sequence[float]]
_INT32_MAX = 2**31 - 1
# F(4x4) needs this many tiles, else F(2x2): every tile reuses the whole transformed filter,
# and F(4x4)'s is 2.25x F(2x2)'s (36 vs 16 matrices), so on few tiles its GEMMs stream it
# from memory. ResNet-50's 14x14 convs (16 tiles) gain 1-2% of the whole model with F(4x4),
# its 7x7 ones (4 tiles, 18.9 MB of int16 filter per conv) lose.
MIN_TILES_F4 = 16


@dataclass(frozen=True)
class WinogradTile:
    """One Winograd algorithm F(m x m, 3x3), in the integer form of the module doc.

    Attributes
    ----------
    m : int
        Output tile side; the input window is ``m + 2``.
    bt, g, at : tuple of tuple of int
        ``B^T`` ((m+2) x (m+2)), the scaled ``G' = diag(s) G`` ((m+2) x 3) and
        ``A'^T = A^T diag(lcm(s) / s)`` (m x (m+2)).
    row_scale : tuple of int
        ``s``.
    """

    m: int
    bt: tuple[tuple[int, ...], ...]
    g: tuple[tuple[int, ...], ...]
    at: tuple[tuple[int, ...], ...]
    row_scale: tuple[int, ...]

    @property
    def window(self) -> int:
        """Side of the input window (``m + 2``)."""
        return self.m + 2

    @property
    def scale(self) -> int:
        """``L = lcm(s)^2``: ``A'^T [U' * V] A' = L y``."""
        return lcm(*self.row_scale) ** 2

    @property
    def g_real(self) -> np.ndarray:
        """``G`` (float64)."""
        return np.array(self.g, np.float64) / np.array(self.row_scale)[:, None]

    @property
    def at_real(self) -> np.ndarray:
        """``A^T`` (float64)."""
        s = np.array(self.row_scale)
        return np.array(self.at, np.float64) * s[None, :] / lcm(*self.row_scale)

    @property
    def shift(self) -> int:
        """``e``: the power of two in `scale`."""
        return (self.scale & -self.scale).bit_length() - 1

    @property
    def inverse(self) -> int:
        """The inverse of `scale`'s odd part modulo 2^32."""
        return pow(self.scale >> self.shift, -1, 2**32)

    def transform_filter(self, w: np.ndarray) -> np.ndarray:
        """``U'[a*n + b, c, f] = (G' w[f, :, :, c] G'^T)[a, b]`` (int64) for an OHWI filter."""
        g = np.array(self.g, dtype=np.int64)
        u = np.einsum("ai,fijc,bj->abcf", g, w.astype(np.int64), g)
        return u.reshape(self.window**2, w.shape[3], w.shape[0])

    def v_max(self, lo: int, hi: int) -> np.ndarray:
        """``max |V[k]|`` (k = a*n + b) over windows with values in [lo, hi]."""
        bt = np.array(self.bt, dtype=np.int64)
        coef = np.einsum("ai,bj->abij", bt, bt).reshape(self.window**2, -1)
        pos, neg = np.where(coef > 0, coef, 0).sum(1), np.where(coef < 0, coef, 0).sum(1)
        return np.maximum(np.abs(pos * hi + neg * lo), np.abs(pos * lo + neg * hi))

    def exact(self, w: np.ndarray, lo: int, hi: int) -> bool:
        """Whether the integer algorithm is exact for the OHWI filter ``w`` and data in
        [lo, hi]: ``V``, ``U'`` fit int16, every ``M`` fits int32 and ``|y| * 2^e`` int32."""
        u = self.transform_filter(w)
        v_max = self.v_max(lo, hi)
        if np.abs(u).max() > 32767 or v_max.max() > 32767:
            return False
        if (np.abs(u).sum(axis=1) * v_max[:, None]).max() > _INT32_MAX:
            return False
        w64 = w.astype(np.int64).reshape(w.shape[0], -1)
        pos, neg = np.where(w64 > 0, w64, 0).sum(1), np.where(w64 < 0, w64, 0).sum(1)
        y_max = np.maximum(np.abs(pos * hi + neg * lo), np.abs(pos * lo + neg * hi)).max()
        return int(y_max) << self.shift <= _INT32_MAX


F2 = WinogradTile(
    m=2,
    bt=((1, 0, -1, 0), (0, 1, 1, 0), (0, -1, 1, 0), (0, 1, 0, -1)),
    g=((2, 0, 0), (1, 1, 1), (1, -1, 1), (0, 0, 2)),
    at=((1, 1, 1, 0), (0, 1, -1, -1)),
    row_scale=(2, 2, 2, 2),
)
F4 = WinogradTile(
    m=4,
    bt=((4, 0, -5, 0, 1, 0), (0, -4, -4, 1, 1, 0), (0, 4, -4, -1, 1, 0),
        (0, -2, -1, 2, 1, 0), (0, 2, -1, -2, 1, 0), (0, 4, 0, -5, 0, 1)),
    g=((1, 0, 0), (-1, -1, -1), (-1, 1, -1), (1, 2, 4), (1, -2, 4), (0, 0, 1)),
    at=((6, 4, 4, 1, 1, 0), (0, 4, -4, 2, -2, 0), (0, 4, 4, 4, 4, 0), (0, 4, -4, 8, -8, 24)),
    row_scale=(4, 6, 6, 24, 24, 1),
)


def tiles_of(tile: WinogradTile, ho: int, wo: int) -> tuple[int, int]:
    """Tiles down and across an ``ho x wo`` output plane (the last ones may be partial)."""
    return -(-ho // tile.m), -(-wo // tile.m)


def combine(coefs: Matrix, row: tirx.PrimExpr, terms: list[tirx.PrimExpr], dtype: str
            ) -> tirx.PrimExpr:
    """``sum_k coefs[row][k] * terms[k]`` in ``dtype``, for an unrolled loop variable ``row``.
    Negative coefficients are subtracted as magnitudes, so unsigned types work too."""

    def pick(values: list[float]) -> tirx.PrimExpr:
        expr = tirx.const(0, dtype)
        for r, value in enumerate(values):
            if value:
                expr = tirx.Select(row == r, tirx.const(value, dtype), expr)
        return expr

    total = tirx.const(0, dtype)
    for k, term in enumerate(terms):
        column = [c[k] for c in coefs]
        if any(c > 0 for c in column):
            total = total + pick([max(c, 0) for c in column]) * term
        if any(c < 0 for c in column):
            total = total - pick([max(-c, 0) for c in column]) * term
    return total


def column(buf: tirx.Buffer, j: tirx.PrimExpr, lane: tirx.PrimExpr, n: int
           ) -> list[tirx.PrimExpr]:
    """``buf[k*n + j, lane]`` for k < n: column ``j`` of an ``n x n`` tile stored row-major."""
    return [buf[k * n + j, lane] for k in range(n)]


def row(buf: tirx.Buffer, r: tirx.PrimExpr, lane: tirx.PrimExpr, n: int) -> list[tirx.PrimExpr]:
    """``buf[r*n + k, lane]`` for k < n: row ``r`` of an ``n``-column tile stored row-major."""
    return [buf[r * n + k, lane] for k in range(n)]


def gemm_column(m: tirx.Buffer, b: tirx.PrimExpr, tile: tirx.PrimExpr, lane: tirx.PrimExpr,
                n: int, cast: str | None = None) -> list[tirx.PrimExpr]:
    """``m[k*n + b, tile, lane]`` for k < n (optionally cast): column ``b`` of one tile's
    ``n x n`` GEMM results, stored ``[n^2, tiles, F]``."""
    loads = [m[k * n + b, tile, lane] for k in range(n)]
    return loads if cast is None else [tirx.Cast(cast, x) for x in loads]


@T.macro
def transform_window(bt: Matrix, a: int, lanes: int, dtype: str, d: tirx.Buffer,
                     t: tirx.Buffer, v: tirx.Buffer, tile: tirx.PrimExpr,
                     first: tirx.PrimExpr) -> None:
    """In an input transform kernel: ``v[r*a + s, tile, first + i] = (B^T d B)[r, s]`` for
    the window ``d[a*a, lanes]`` (row-major), through ``t[a*a, lanes]``."""
    for r in T.unroll(a):
        for j in T.unroll(a):
            for i in T.vectorized(lanes):
                t[r * a + j, i] = combine(bt, r, column(d, j, i, a), dtype)
    for r in T.unroll(a):
        for s in T.unroll(a):
            for i in T.vectorized(lanes):
                v[r * a + s, tile, first + i] = combine(bt, s, row(t, r, i, a), dtype)
