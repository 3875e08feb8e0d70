"""Winograd tiles: the integer algorithms, their range proof, and the TIR row expressions."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import tirx

from tvmq.schedule.winograd_tiles import F2, F4, WinogradTile, combine

from .test_x86_int8 import _edges


def _winograd_numpy(tile: WinogradTile, d: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The integer algorithm on one window ``d[C, n, n]`` with int32/uint32 wrapping."""
    bt, at = np.array(tile.bt), np.array(tile.at)
    u = tile.transform_filter(w.transpose(0, 2, 3, 1)).reshape(tile.window, tile.window,
                                                                *w.shape[1::-1])
    v = np.einsum("ai,cij,bj->abc", bt, d, bt)
    m = np.einsum("abc,abcf->abf", v, u) % 2**32
    z = np.einsum("ia,abf,jb->ijf", at, m, at) * tile.inverse % 2**32
    return (z - (z >= 2**31) * 2**32) >> tile.shift


@pytest.mark.parametrize("tile", [F2, F4], ids=["F2", "F4"])
def test_integer_algorithms_are_exact(rng, tile):
    """``A'^T [U' * (B^T d B)] A'`` summed modulo 2^32, times the inverse of the scale's odd
    part, shifted right by its power of two, is the direct conv over one tile."""
    n, c = tile.window, 5
    w = _edges(rng, (8, c, 3, 3), -128, 127)
    for d, lo, hi in ((rng.integers(0, 256, (c, n, n)), 0, 255),
                      (np.full((c, n, n), 255), 0, 255), (np.full((c, n, n), -128), -128, 127)):
        assert tile.exact(w.transpose(0, 2, 3, 1), lo, hi)
        assert np.abs(np.einsum("ai,cij,bj->abc", tile.bt, d, tile.bt)).max() <= tile.v_max(
            lo, hi).max() <= 32767
        direct = np.array([[np.einsum("cij,fcij->f", d[:, i:i + 3, j:j + 3], w)
                            for j in range(tile.m)] for i in range(tile.m)])
        np.testing.assert_array_equal(_winograd_numpy(tile, d, w), direct)


def test_range_proof_rejects_filters_that_could_overflow():
    """All -128 over 256 channels: F(4x4)'s ``64 |y|`` could pass int32, F(2x2)'s sums fit;
    over 2048 channels F(2x2)'s ``M`` could pass it too."""
    w = np.full((8, 3, 3, 256), -128, np.int8)
    assert not F4.exact(w, 0, 255) and F2.exact(w, 0, 255)
    assert not F2.exact(np.full((8, 3, 3, 2048), -128, np.int8), 0, 255)


@pytest.mark.parametrize("tile", [F2, F4], ids=["F2", "F4"])
def test_real_matrices_compute_the_direct_conv(rng, tile):
    """``G = diag(1/s) G'`` and ``A^T = A'^T diag(s / lcm(s))`` in floats: the textbook
    algorithm, one window against the direct conv."""
    n = tile.window
    w, d = rng.standard_normal((4, 3, 3)), rng.standard_normal((n, n))
    u = np.einsum("ai,fij,bj->fab", tile.g_real, w, tile.g_real)
    v = np.array(tile.bt) @ d @ np.array(tile.bt).T
    y = np.einsum("ra,fab,sb->frs", tile.at_real, u * v, tile.at_real)
    direct = np.array([[[np.sum(d[i:i + 3, j:j + 3] * wf) for j in range(tile.m)]
                        for i in range(tile.m)] for wf in w])
    np.testing.assert_allclose(y, direct, rtol=1e-12, atol=1e-12)
    assert tile.scale == {2: 4, 4: 576}[tile.m] and tile.scale % (1 << tile.shift) == 0
    assert tile.inverse * (tile.scale >> tile.shift) % 2**32 == 1


@pytest.mark.parametrize("coefs,dtype", [(F4.bt, "int16"), (F4.at, "uint32"),
                                         (F2.bt, "int16"), (F4.at_real.tolist(), "float32")])
def test_combine_folds_to_each_row_of_the_matrix(coefs, dtype):
    """With the row index a constant (an unrolled loop), `combine` simplifies to that row's
    sum: zero terms vanish and the value is the matrix row times the terms."""
    terms = [tirx.Var(f"x{k}", dtype) for k in range(len(coefs[0]))]
    values = [3, 250, 7, 1, 99, 12][:len(terms)]
    index = tirx.Var("r", "int32")
    for r, row in enumerate(coefs):
        analyzer = tvm.sym.Analyzer()
        analyzer.bind(index, r)
        expr = analyzer.simplify(combine(coefs, index, terms, dtype))
        assert {t.name for t in terms if t.name in str(expr)} == {
            f"x{k}" for k, c in enumerate(row) if c}
        for t, v in zip(terms, values, strict=True):
            analyzer.bind(t, tirx.const(v, dtype))
        want = sum(c * v for c, v in zip(row, values, strict=True))
        if dtype == "uint32":
            want %= 2**32
        assert float(analyzer.simplify(expr).value) == pytest.approx(want, rel=1e-6)
