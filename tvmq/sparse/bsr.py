"""Block-compressed sparse rows (BSR): conversion from and to dense, block density."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import ShapeError
from .config import Block
from .masks import block_view, check_divisible


@dataclass(frozen=True)
class BSR:
    """A ``[N, K]`` matrix in BSR form.

    Attributes
    ----------
    data : ndarray [nnz_blocks, br, bc]
        The stored blocks, block row by block row, columns increasing.
    indices : ndarray of int32 [nnz_blocks]
        Block column of each stored block.
    indptr : ndarray of int32 [N/br + 1]
        Stored blocks of block row ``i`` are ``indptr[i]:indptr[i+1]``.
    shape : (int, int)
        Dense shape ``(N, K)``.
    """

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]

    @property
    def block(self) -> Block:
        """Block shape."""
        return Block(int(self.data.shape[1]), int(self.data.shape[2]))

    @property
    def nnz_blocks(self) -> int:
        """Number of stored blocks."""
        return int(self.data.shape[0])

    @property
    def density(self) -> float:
        """Stored blocks over all blocks."""
        b = self.block
        total = (self.shape[0] // b.rows) * (self.shape[1] // b.cols)
        return self.nnz_blocks / max(total, 1)

    @property
    def nbytes(self) -> int:
        """Bytes of data + indices + indptr."""
        return int(self.data.nbytes + self.indices.nbytes + self.indptr.nbytes)


def dense_to_bsr(w: np.ndarray, block: Block) -> BSR:
    """Convert ``w[N, K]`` to BSR, storing every block with a non-zero element.

    Raises
    ------
    ShapeError
        When the block does not divide the matrix.
    """
    if w.ndim != 2:
        raise ShapeError(f"BSR conversion needs a 2-D weight, got shape {w.shape}")
    why = check_divisible(w.shape, block)
    if why:
        raise ShapeError(why)
    blocks = block_view(w, block).transpose(0, 2, 1, 3)  # [nbr, nbc, br, bc]
    nonzero = blocks.reshape(blocks.shape[0], blocks.shape[1], -1).any(axis=2)
    rows, cols = np.nonzero(nonzero)  # row-major: block rows in order, columns increasing
    indptr = np.zeros(blocks.shape[0] + 1, dtype=np.int32)
    np.cumsum(np.bincount(rows, minlength=blocks.shape[0]), out=indptr[1:])
    data = np.ascontiguousarray(blocks[rows, cols]).reshape(-1, block.rows, block.cols)
    return BSR(data.astype(w.dtype, copy=False), cols.astype(np.int32), indptr,
               (int(w.shape[0]), int(w.shape[1])))


def bsr_to_dense(b: BSR) -> np.ndarray:
    """The dense ``[N, K]`` matrix of ``b``."""
    br, bc = b.block.rows, b.block.cols
    out = np.zeros((b.shape[0] // br, b.shape[1] // bc, br, bc), dtype=b.data.dtype)
    rows = np.repeat(np.arange(len(b.indptr) - 1), np.diff(b.indptr))
    out[rows, b.indices] = b.data
    return out.transpose(0, 2, 1, 3).reshape(b.shape)


def block_density(w: np.ndarray, block: Block) -> float:
    """Fraction of ``block``-shaped blocks of ``w[N, K]`` holding a non-zero."""
    if check_divisible(w.shape, block):
        return 1.0
    return float(block_view(w != 0, block).any(axis=(1, 3)).mean())
