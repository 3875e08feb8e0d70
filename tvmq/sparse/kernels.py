"""tvmq's BSR kernels in TVMScript: ``y[M, N] = x[M, K] @ W.T`` with ``W[N, K]`` in BSR form.

The schedule is fixed (MetaSchedule rejects the data-dependent block loop): block rows run in
parallel; for a tile of ``mt`` rows of ``x`` the kernel keeps ``mt x br`` accumulators in vector
registers, walks the stored blocks of the block row (``indptr[i]:indptr[i+1]``) and does one
broadcast-FMA per (tile row, block column), vectorized over the ``br`` outputs of the block.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm.script import tirx as T

from .bsr import BSR


def tile_rows(block_rows: int, vector_bytes: int = 64, m: int | None = None) -> int:
    """Rows of ``x`` per register tile: about 12 vector accumulators, at most 8 rows."""
    regs_per_row = max(1, -(-block_rows * 4 // vector_bytes))
    mt = max(1, min(8, 12 // regs_per_row))
    return mt if m is None else max(1, min(mt, m))


def bsr_matmul_kernel(m: int, k: int, n: int, block: tuple[int, int], nnz_blocks: int,
                      mt: int = 8) -> tvm.tirx.PrimFunc:
    """The fp32 BSR matmul PrimFunc for one (shape, block, nnz).

    Parameters
    ----------
    m, k, n : int
        ``x`` is ``[m, k]``, the dense weight ``[n, k]``, ``y`` is ``[m, n]``.
    block : (int, int)
        Block shape ``(br, bc)``; must divide ``(n, k)``.
    nnz_blocks : int
        Stored blocks (use `kernel_arrays`, which stores at least one).
    mt : int
        Rows of ``x`` per register tile (see `tile_rows`).

    Returns
    -------
    tvm.tirx.PrimFunc
        ``(x, data, indices, indptr, y)``, marked scheduled so no later pass reschedules it.
    """
    br, bc = block
    nbr = n // br
    mt = max(1, min(mt, m))
    full, tail = divmod(m, mt)
    nnz = max(1, nnz_blocks)

    @T.macro
    def tile(x, data, indices, y, i, j0, j1, m0, rows):
        acc = T.alloc_buffer((rows, br), "float32", scope="global")
        for mi in T.unroll(rows):
            for r in T.vectorized(br):
                acc[mi, r] = T.float32(0)
        for j in T.serial(j1 - j0):
            col = T.bind(indices[j0 + j] * bc)
            for c in T.unroll(bc):
                for mi in T.unroll(rows):
                    for r in T.vectorized(br):
                        acc[mi, r] = acc[mi, r] + data[j0 + j, r, c] * x[m0 + mi, col + c]
        for mi in T.unroll(rows):
            for r in T.vectorized(br):
                y[m0 + mi, i * br + r] = acc[mi, r]

    @T.prim_func(private=True)
    def bsr_matmul(x: T.Buffer((m, k), "float32"), data: T.Buffer((nnz, br, bc), "float32"),
                   indices: T.Buffer((nnz,), "int32"), indptr: T.Buffer((nbr + 1,), "int32"),
                   y: T.Buffer((m, n), "float32")):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "bsr_matmul"})
        for i in T.parallel(nbr):
            j0 = T.bind(indptr[i])
            j1 = T.bind(indptr[i + 1])
            for mo in T.serial(full):
                tile(x, data, indices, y, i, j0, j1, mo * mt, mt)
            if tail > 0:
                tile(x, data, indices, y, i, j0, j1, full * mt, tail)

    return bsr_matmul


def kernel_arrays(b: BSR) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(data, indices, indptr)`` as the kernel takes them: at least one (unused) block."""
    if b.nnz_blocks:
        return (np.ascontiguousarray(b.data, dtype="float32"), b.indices.astype("int32"),
                b.indptr.astype("int32"))
    br, bc = b.block.rows, b.block.cols
    return (np.zeros((1, br, bc), "float32"), np.zeros(1, "int32"), b.indptr.astype("int32"))
