"""Pruning masks in numpy: block scores, per-layer / per-row / global selection, reconstruction.

Weights here are in ``[out_features, in_features]`` layout (``W`` of ``y = x @ W.T``).
"""

from __future__ import annotations

import numpy as np

from ..errors import ConfigError
from .config import Block, BlockNorm, Magnitude, Norm, Wanda


def check_divisible(shape: tuple[int, int], block: Block) -> str | None:
    """Why ``block`` cannot tile a weight of ``shape`` ([out, in]), or None when it can."""
    n, k = shape
    if n % block.rows or k % block.cols:
        return (f"block {block} does not divide the weight [{n} out, {k} in] "
                f"(needs out % {block.rows} == 0 and in % {block.cols} == 0)")
    return None


def block_view(a: np.ndarray, block: Block) -> np.ndarray:
    """``a[N, K]`` as ``[N/br, br, K/bc, bc]``."""
    n, k = a.shape
    return a.reshape(n // block.rows, block.rows, k // block.cols, block.cols)


def element_scores(w: np.ndarray, criterion: Magnitude | BlockNorm | Wanda,
                   act_norm: np.ndarray | None = None) -> np.ndarray:
    """Per-element importance: |w| (Magnitude, BlockNorm L1), w^2 (L2), |w|*||x_k|| (Wanda)."""
    if isinstance(criterion, Wanda):
        if act_norm is None:
            raise ConfigError("Wanda pruning needs calibration data (calib_data=...)")
        return np.abs(w) * act_norm[None, :].astype(w.dtype)
    if isinstance(criterion, BlockNorm) and criterion.norm is Norm.L2:
        return np.square(w)
    return np.abs(w)


def block_scores(w: np.ndarray, block: Block, criterion: Magnitude | BlockNorm | Wanda,
                 act_norm: np.ndarray | None = None) -> np.ndarray:
    """One score per block, shape ``[N/br, K/bc]`` (sums of element scores)."""
    return block_view(element_scores(w, criterion, act_norm), block).sum(axis=(1, 3))


def select_blocks(scores: np.ndarray, sparsity: float, per_row: bool = False) -> np.ndarray:
    """Boolean keep mask over blocks dropping the ``sparsity`` fraction with the lowest scores.

    With ``per_row`` every block row drops the same number of blocks. Ties break by position.
    """
    keep = np.ones(scores.shape, dtype=bool)
    if per_row:
        drop = int(round(sparsity * scores.shape[1]))
        if drop:
            order = np.argsort(scores, axis=1, kind="stable")[:, :drop]
            np.put_along_axis(keep, order, False, axis=1)
        return keep
    drop = int(round(sparsity * scores.size))
    if drop:
        order = np.argsort(scores, axis=None, kind="stable")[:drop]
        keep.reshape(-1)[order] = False
    return keep


def select_global(scores: list[np.ndarray], sparsity: float) -> list[np.ndarray]:
    """Keep masks for several layers with one threshold: ``sparsity`` of all blocks dropped."""
    flat = np.concatenate([s.reshape(-1) for s in scores])
    keep_flat = select_blocks(flat, sparsity)
    out, start = [], 0
    for s in scores:
        out.append(keep_flat[start:start + s.size].reshape(s.shape))
        start += s.size
    return out


def expand(block_keep: np.ndarray, block: Block) -> np.ndarray:
    """Block mask ``[N/br, K/bc]`` to an element mask ``[N, K]``."""
    return np.repeat(np.repeat(block_keep, block.rows, axis=0), block.cols, axis=1)


def reconstruct(w: np.ndarray, keep: np.ndarray, gram: np.ndarray, block: Block,
                ridge: float = 1e-2) -> np.ndarray:
    """Refit kept weights so ``X @ w_pruned.T`` best matches ``X @ w.T``.

    Minimizes ``||X (w_S - w).T||^2 + lam ||w_S - w[S]||^2`` per block row: a ridge least
    squares pulled toward the original kept weights (not toward zero).

    Parameters
    ----------
    w : ndarray [N, K]
        Unpruned weight.
    keep : ndarray of bool [N, K]
        Element keep mask (constant within blocks).
    gram : ndarray [K, K]
        ``X.T @ X`` of the layer's input over the calibration data.
    block : Block
        Rows of one block row share their kept columns, so they share one solve.
    ridge : float
        Relative weight of the pull toward the original weights (times the mean of
        ``diag(gram)``).

    Returns
    -------
    ndarray [N, K]
        Pruned weight with refit kept values (zeros elsewhere).
    """
    gram = gram.astype(np.float64)
    lam = ridge * max(float(np.mean(np.diag(gram))), 1e-12)
    out = np.zeros_like(w)
    step = block.rows
    for r0 in range(0, w.shape[0], step):
        rows = slice(r0, r0 + step)
        cols = np.nonzero(keep[r0])[0]
        if cols.size == 0:
            continue
        g_ss = gram[np.ix_(cols, cols)] + lam * np.eye(cols.size)
        # ridge toward the original kept weights, so little data means little change
        w_rows = w[rows].astype(np.float64)
        rhs = gram[cols, :] @ w_rows.T + lam * w_rows[:, cols].T  # [|S|, rows]
        out[rows][:, cols] = np.linalg.solve(g_ss, rhs).T.astype(w.dtype)
    return out


def sparsity_of(a: np.ndarray) -> float:
    """Fraction of exact zeros."""
    return float(np.count_nonzero(a == 0)) / max(a.size, 1)
