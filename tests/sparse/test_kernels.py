import re

import numpy as np
import pytest
import tvm

import tvmq
from tvmq.sparse import Block, bsr_matmul_kernel, dense_to_bsr
from tvmq.sparse.kernels import bsr_matmul_kernel_cuda, kernel_arrays, tile_rows

TARGET = tvm.target.Target({"kind": "llvm", "num-cores": 2})


def _block_sparse(n, k, block, sparsity, rng, empty_rows=()):
    w = rng.standard_normal((n, k)).astype("float32")
    keep = rng.random((n // block[0], k // block[1])) >= sparsity
    for r in empty_rows:
        keep[r] = False
    return w * np.repeat(np.repeat(keep, block[0], 0), block[1], 1)


def _run(x, w, block, mt, lanes=None):
    b = dense_to_bsr(w, Block(*block))
    data, indices, indptr = kernel_arrays(b)
    m, k = x.shape
    f = bsr_matmul_kernel(m, k, w.shape[0], block, b.nnz_blocks, mt, str(x.dtype), lanes)
    ex = tvm.compile(tvm.IRModule({"main": f.with_attr("global_symbol", "main")}), target=TARGET)
    out_dtype = "float32" if x.dtype == np.float32 else "int32"
    y = tvm.runtime.tensor(np.full((m, w.shape[0]), -7, out_dtype))
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


@pytest.mark.parametrize("xdt,block,sparsity,lanes", [
    ("int8", (16, 1), 0.8, None),
    ("uint8", (16, 1), 0.9, None),
    ("int8", (4, 4), 0.6, None),
    ("int8", (16, 1), 0.7, 4),       # NEON: four int32x4 vectors per block row
    ("uint8", (8, 2), 0.5, 4),
])
def test_int8_kernel_is_exact(xdt, block, sparsity, lanes):
    rng = np.random.default_rng(sum(block) + int(sparsity * 10))
    m, k, n = 11, 64, 48
    keep = rng.random((n // block[0], k // block[1])) >= sparsity
    keep[1] = False  # an empty block row
    w = rng.integers(-127, 128, (n, k)).astype("int8")
    w *= np.repeat(np.repeat(keep, block[0], 0), block[1], 1).astype("int8")
    lo = 0 if xdt == "uint8" else -127
    x = rng.integers(lo, lo + 255, (m, k)).astype(xdt)
    y = _run(x, w, block, 4, lanes)
    np.testing.assert_array_equal(y, x.astype(np.int64) @ w.T.astype(np.int64))


def test_fp32_kernel_with_neon_lanes_matches_numpy():
    rng = np.random.default_rng(5)
    w = _block_sparse(64, 32, (16, 1), 0.7, rng)
    x = rng.standard_normal((7, 32)).astype("float32")
    np.testing.assert_allclose(_run(x, w, (16, 1), 3, lanes=4), x @ w.T, rtol=1e-5, atol=1e-4)


@pytest.mark.parametrize("dtype,insn", [("float32", r"fmla\tv\d+\.4s"),
                                        ("int8", r"smlal2?\tv\d+\.4s")])
def test_neon_kernel_cross_compiles_to_128_bit_vector_code(dtype, insn):
    f = bsr_matmul_kernel(16, 64, 64, (16, 1), 40, tile_rows(16, 16), dtype, lanes=4)
    ex = tvm.compile(tvm.IRModule({"main": f.with_attr("global_symbol", "main")}),
                     target=tvmq.get_target("rpi4").tvm_target())
    asm = ex.mod.inspect_source("s")
    assert re.search(insn, asm), f"no {insn} in the aarch64 assembly"
    assert not re.search(r"\bz\d+\.", asm)  # no SVE registers: plain NEON


@pytest.mark.parametrize("dtype", ["float32", "int8"])
def test_cuda_kernel_binds_block_rows_and_outputs(dtype):
    # compile-only: there is no GPU on the test machine
    f = bsr_matmul_kernel_cuda(13, 64, 64, (16, 1), 40, dtype)
    spec = tvmq.get_target("cuda-sm86")
    ex = tvm.compile(tvm.IRModule({"main": f.with_attr("global_symbol", "main")}),
                     target=spec.tvm_target())
    src = ex.mod.imports[0].inspect_source()
    assert "__global__" in src and "blockIdx.x" in src and "threadIdx.x" in src
    assert "indptr" in src and "__launch_bounds__(128)" in src  # 16 outputs x 8 rows
    data_type = "signed char" if dtype == "int8" else "float"
    assert f"{data_type}* __restrict__ data_ptr" in src
