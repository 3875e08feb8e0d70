import numpy as np
import pytest
import tvm

from tvmq.sparse import Block, bsr_matmul_kernel, dense_to_bsr
from tvmq.sparse.kernels import kernel_arrays, tile_rows

TARGET = tvm.target.Target({"kind": "llvm", "num-cores": 2})


def _block_sparse(n, k, block, sparsity, rng, empty_rows=()):
    w = rng.standard_normal((n, k)).astype("float32")
    keep = rng.random((n // block[0], k // block[1])) >= sparsity
    for r in empty_rows:
        keep[r] = False
    return w * np.repeat(np.repeat(keep, block[0], 0), block[1], 1)


def _run(x, w, block, mt):
    b = dense_to_bsr(w, Block(*block))
    data, indices, indptr = kernel_arrays(b)
    m, k = x.shape
    f = bsr_matmul_kernel(m, k, w.shape[0], block, b.nnz_blocks, mt)
    ex = tvm.compile(tvm.IRModule({"main": f.with_attr("global_symbol", "main")}), target=TARGET)
    y = tvm.runtime.tensor(np.full((m, w.shape[0]), np.nan, "float32"))
    ex["main"](*[tvm.runtime.tensor(a) for a in (x, data, indices, indptr)], y)
    return y.numpy()


@pytest.mark.parametrize("m,k,n,block,sparsity,mt", [
    (16, 64, 64, (16, 1), 0.8, 8),
    (13, 64, 32, (16, 1), 0.9, 8),   # M tail (13 = 8 + 5)
    (8, 48, 48, (8, 1), 0.5, 6),
    (5, 32, 32, (4, 4), 0.7, 8),
    (7, 24, 16, (1, 4), 0.6, 4),
    (9, 12, 8, (1, 1), 0.3, 8),
    (4, 64, 64, (32, 2), 0.95, 2),
    (1, 32, 64, (16, 1), 0.5, 8),    # a single row (GEMV)
])
def test_kernel_matches_numpy(m, k, n, block, sparsity, mt):
    rng = np.random.default_rng(m * 1000 + n)
    w = _block_sparse(n, k, block, sparsity, rng)
    x = rng.standard_normal((m, k)).astype("float32")
    np.testing.assert_allclose(_run(x, w, block, mt), x @ w.T, rtol=1e-5, atol=1e-4)


def test_empty_block_rows_give_zero_columns():
    rng = np.random.default_rng(7)
    w = _block_sparse(64, 32, (16, 1), 0.5, rng, empty_rows=(0, 2))
    x = rng.standard_normal((10, 32)).astype("float32")
    y = _run(x, w, (16, 1), 8)
    np.testing.assert_allclose(y, x @ w.T, rtol=1e-5, atol=1e-4)
    assert not y[:, 0:16].any() and not y[:, 32:48].any()


def test_fully_empty_matrix():
    x = np.random.default_rng(0).standard_normal((6, 32)).astype("float32")
    w = np.zeros((16, 32), "float32")
    assert dense_to_bsr(w, Block(16, 1)).nnz_blocks == 0
    np.testing.assert_array_equal(_run(x, w, (16, 1), 8), np.zeros((6, 16), "float32"))


def test_tile_rows_fits_registers():
    assert tile_rows(16, 64) == 8          # AVX-512: one zmm per row, 8 rows
    assert tile_rows(16, 32) == 6          # AVX2: two ymm per row
    assert tile_rows(16, 64, m=3) == 3     # never more rows than x has
    assert tile_rows(64, 16) == 1          # 16 NEON registers for one row
