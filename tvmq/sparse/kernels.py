"""tvmq's BSR kernels in TVMScript: ``y[M, N] = x[M, K] @ W.T`` with ``W[N, K]`` in BSR form.

The CPU schedule is fixed (MetaSchedule rejects the data-dependent block loop): block rows run
in parallel; for a tile of ``mt`` rows of ``x`` the kernel keeps ``mt x br`` accumulators in
vector registers, walks the stored blocks of the block row (``indptr[i]:indptr[i+1]``) and does
one broadcast-multiply-add per (tile row, block column), vectorized over the ``br`` outputs of
the block (split into ``lanes``-wide vectors for 128-bit NEON). The same kernel runs int8 data
and activations with int32 accumulators (``dtype="int8"``). The CUDA kernel binds block rows to
thread blocks and the ``br`` outputs of a block row to threads.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm.script import tirx as T

from .bsr import BSR

# activation dtype -> (weight dtype, accumulator/output dtype)
KERNEL_DTYPES = {"float32": ("float32", "float32"), "int8": ("int8", "int32"),
                 "uint8": ("int8", "int32")}


def tile_rows(block_rows: int, vector_bytes: int = 64, m: int | None = None) -> int:
    """Rows of ``x`` per register tile: about 12 vector accumulators, at most 8 rows."""
    regs_per_row = max(1, -(-block_rows * 4 // vector_bytes))
    mt = max(1, min(8, 12 // regs_per_row))
    return mt if m is None else max(1, min(mt, m))


def _dtypes(dtype: str) -> tuple[str, str, str]:
    if dtype not in KERNEL_DTYPES:
        raise ValueError(f"BSR kernels take {sorted(KERNEL_DTYPES)} activations, got {dtype!r}")
    return (dtype, *KERNEL_DTYPES[dtype])


def bsr_matmul_kernel(m: int, k: int, n: int, block: tuple[int, int], nnz_blocks: int,
                      mt: int = 8, dtype: str = "float32", lanes: int | None = None
                      ) -> tvm.tirx.PrimFunc:
    """The CPU BSR matmul PrimFunc for one (shape, block, nnz, dtype).

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
    dtype : str
        ``"float32"`` (fp32 data, fp32 accumulation) or ``"int8"``/``"uint8"`` activations
        with int8 block data and int32 accumulation/output.
    lanes : int, optional
        Vector width in accumulator elements (4 for 128-bit NEON): the ``br`` outputs are
        processed as ``br / lanes`` unrolled vectors of ``lanes``. Default: one vector of ``br``.

    Returns
    -------
    tvm.tirx.PrimFunc
        ``(x, data, indices, indptr, y)``, marked scheduled so no later pass reschedules it.
    """
    xdt, wdt, adt = _dtypes(dtype)
    br, bc = block
    nbr = n // br
    mt = max(1, min(mt, m))
    full, tail = divmod(m, mt)
    nnz = max(1, nnz_blocks)
    vl = br if lanes is None or br % lanes or lanes >= br else lanes
    nv = br // vl
    zero = tvm.tirx.const(0, adt)

    @T.macro
    def tile(x, data, indices, y, i, j0, j1, m0, rows):
        acc = T.alloc_buffer((rows, br), adt, scope="global")
        for mi in T.unroll(rows):
            for v in T.unroll(nv):
                for r in T.vectorized(vl):
                    acc[mi, v * vl + r] = zero
        for j in T.serial(j1 - j0):
            col = T.bind(indices[j0 + j] * bc)
            for c in T.unroll(bc):
                for mi in T.unroll(rows):
                    for v in T.unroll(nv):
                        for r in T.vectorized(vl):
                            acc[mi, v * vl + r] = acc[mi, v * vl + r] + T.Cast(
                                adt, data[j0 + j, v * vl + r, c]) * T.Cast(
                                adt, x[m0 + mi, col + c])
        for mi in T.unroll(rows):
            for v in T.unroll(nv):
                for r in T.vectorized(vl):
                    y[m0 + mi, i * br + v * vl + r] = acc[mi, v * vl + r]

    @T.prim_func(private=True)
    def bsr_matmul(x: T.Buffer((m, k), xdt), data: T.Buffer((nnz, br, bc), wdt),
                   indices: T.Buffer((nnz,), "int32"), indptr: T.Buffer((nbr + 1,), "int32"),
                   y: T.Buffer((m, n), adt)):
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


def bsr_matmul_kernel_cuda(m: int, k: int, n: int, block: tuple[int, int], nnz_blocks: int,
                           dtype: str = "float32", rows_per_thread_block: int = 8
                           ) -> tvm.tirx.PrimFunc:
    """The CUDA BSR matmul PrimFunc: ``blockIdx.x`` over block rows, ``blockIdx.y`` over tiles
    of ``rows_per_thread_block`` rows of ``x``; ``threadIdx.x`` over the ``br`` outputs of the
    block row and ``threadIdx.y`` over the tile's rows. Each thread keeps one accumulator and
    walks the block row's stored blocks (same arguments as `bsr_matmul_kernel`)."""
    xdt, wdt, adt = _dtypes(dtype)
    br, bc = block
    nbr = n // br
    nnz = max(1, nnz_blocks)
    ty = max(1, min(rows_per_thread_block, m, max(1, 1024 // br)))
    tiles = -(-m // ty)
    zero = tvm.tirx.const(0, adt)

    @T.prim_func(private=True)
    def bsr_matmul_cuda(x: T.Buffer((m, k), xdt), data: T.Buffer((nnz, br, bc), wdt),
                        indices: T.Buffer((nnz,), "int32"),
                        indptr: T.Buffer((nbr + 1,), "int32"), y: T.Buffer((m, n), adt)):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "bsr_matmul_cuda"})
        for i in T.thread_binding(nbr, thread="blockIdx.x"):
            for mo in T.thread_binding(tiles, thread="blockIdx.y"):
                for mi in T.thread_binding(ty, thread="threadIdx.y"):
                    for r in T.thread_binding(br, thread="threadIdx.x"):
                        acc = T.alloc_buffer((1,), adt, scope="local")
                        row = T.bind(mo * ty + mi)
                        if row < m:
                            acc[0] = zero
                            for j in T.serial(indptr[i + 1] - indptr[i]):
                                for c in T.unroll(bc):
                                    acc[0] = acc[0] + T.Cast(
                                        adt, data[indptr[i] + j, r, c]) * T.Cast(
                                        adt, x[row, indices[indptr[i] + j] * bc + c])
                            y[row, i * br + r] = acc[0]

    return bsr_matmul_cuda


def kernel_arrays(b: BSR) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(data, indices, indptr)`` as the kernels take them: at least one (unused) block.

    ``data`` keeps an int8 matrix's dtype; anything else becomes float32.
    """
    dt = "int8" if b.data.dtype == np.int8 else "float32"
    if b.nnz_blocks:
        return (np.ascontiguousarray(b.data, dtype=dt), b.indices.astype("int32"),
                b.indptr.astype("int32"))
    br, bc = b.block.rows, b.block.cols
    return (np.zeros((1, br, bc), dt), np.zeros(1, "int32"), b.indptr.astype("int32"))
