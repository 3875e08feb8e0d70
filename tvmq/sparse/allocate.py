"""Per-layer sparsity allocation under a global budget, by each layer's output error.

For ``Scope.ERROR_BUDGET`` every layer is masked at a few candidate sparsities around the
target (before any refit); the relative output error of each candidate on the calibration
activations,
``||X (W - W_p)^T||^2 / ||X W^T||^2 = tr(D G D^T) / tr(W G W^T)`` with ``G = X^T X``, is
measured, and one candidate per layer is chosen so that the sum of errors is smallest while
the parameter-weighted mean sparsity still reaches the target (a Lagrangian search over the
price of density). Sensitive layers end up denser, tolerant ones sparser.
"""

from __future__ import annotations

import numpy as np

SPREAD = (-0.3, -0.2, -0.15, -0.1, -0.05, 0.0, 0.05, 0.1, 0.15)  # offsets from the target
MAX_SPARSITY = 0.98


def candidates(target: float) -> list[float]:
    """Candidate sparsities around ``target`` within [0, MAX_SPARSITY], target included."""
    out = {round(min(max(target + d, 0.0), MAX_SPARSITY), 4) for d in SPREAD}
    return sorted(out | {target})


def relative_error(w: np.ndarray, wp: np.ndarray, gram: np.ndarray) -> float:
    """``||X (w - wp)^T||^2 / ||X w^T||^2`` from ``gram = X^T X`` (weights ``[out, in]``)."""
    g = gram.astype(np.float64)
    d = (w - wp).astype(np.float64)
    w64 = w.astype(np.float64)
    den = float(np.sum((w64 @ g) * w64))
    return float(np.sum((d @ g) * d)) / max(den, 1e-30)


def allocate(errors: list[dict[float, float]], sizes: list[int], target: float) -> list[float]:
    """One sparsity per layer from its candidates' errors, mean (by ``sizes``) >= ``target``.

    Parameters
    ----------
    errors : list of dict
        Per layer, candidate sparsity -> relative output error.
    sizes : list of int
        Weights per layer (the budget is over weights, not layers).
    target : float
        Required weighted mean sparsity.
    """
    n = np.asarray(sizes, np.float64)
    share = n / n.sum()

    def pick(price: float) -> list[float]:
        # each layer trades error against the density it keeps, at the same price
        return [min(e, key=lambda s: e[s] - price * share[i] * s)
                for i, e in enumerate(errors)]

    def mean(choice: list[float]) -> float:
        return float(np.dot(share, choice))

    lo, hi = 0.0, 1.0
    while mean(pick(hi)) < target - 1e-9 and hi < 1e12:
        hi *= 4
    for _ in range(60):
        mid = (lo + hi) / 2
        if mean(pick(mid)) >= target - 1e-9:
            hi = mid
        else:
            lo = mid
    return pick(hi)
