"""Power-of-two (log2) weight quantization: ``w ~ sign * 2**k * scale`` per output channel.

The codes ``0, +-1, +-2, +-4, ..., +-2**max_exponent`` are int8 values (15 levels for the
default ``max_exponent=6``), so a log2-quantized layer runs on the same int8 x int8 -> int32
kernels as a linear one; only the weight grid changes: finer near zero, coarser for large
weights, which suits the bell-shaped weight distributions of trained layers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import ConfigError

MAX_INT8_EXPONENT = 6  # 2**6 = 64; 2**7 = 128 does not fit in int8


@dataclass(frozen=True)
class Log2Weights:
    """Configuration of the power-of-two weight quantizer.

    Attributes
    ----------
    max_exponent : int
        Largest exponent k (codes up to ``2**max_exponent``), 0..6 so codes fit in int8.
    scale_search : int
        Number of candidate scales tried per channel: ``amax / 2**max_exponent * 2**(-j / n)``
        for ``j < n`` (the grid is invariant under factors of 2, so these cover every
        alignment); the one with the least squared error wins. 1 keeps ``amax`` on the top code.
    """

    max_exponent: int = MAX_INT8_EXPONENT
    scale_search: int = 16

    def __post_init__(self) -> None:
        if not isinstance(self.max_exponent, int) or not \
                0 <= self.max_exponent <= MAX_INT8_EXPONENT:
            raise ConfigError(f"Log2Weights.max_exponent must be an integer in 0..6 (codes "
                              f"up to 2**6 = 64 fit in int8), got {self.max_exponent!r}")
        if not isinstance(self.scale_search, int) or self.scale_search < 1:
            raise ConfigError(f"Log2Weights.scale_search must be an integer >= 1, got "
                              f"{self.scale_search!r}")

    def to_dict(self) -> dict[str, int]:
        """JSON-friendly form."""
        return {"max_exponent": self.max_exponent, "scale_search": self.scale_search}


def log2_codes(a: np.ndarray, max_exponent: int = MAX_INT8_EXPONENT) -> np.ndarray:
    """Round ``a`` (weights already divided by their scale) to the nearest power-of-two code.

    Rounding is done in the log domain: ``|a|`` becomes ``2**round(log2|a|)``, so the decision
    point between ``2**k`` and ``2**(k+1)`` is the geometric midpoint ``2**(k + 0.5)``.
    ``|a| < 0.5`` (closer to 0 than to 1) becomes 0; ``|a|`` above the top code is clipped to
    ``2**max_exponent``. The sign is kept. Returns int8 codes.
    """
    a = np.asarray(a, np.float64)
    mag = np.abs(a)
    with np.errstate(divide="ignore"):
        k = np.clip(np.floor(np.log2(np.maximum(mag, 1e-300)) + 0.5), 0, max_exponent)
    code = np.where(mag < 0.5, 0.0, np.exp2(k))
    return (np.sign(a) * code).astype(np.int8)


def log2_quantize(w: np.ndarray, axis: int | None, config: Log2Weights | None = None
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Power-of-two weight quantization; returns (int8 codes, float32 scales).

    ``axis=None`` gives one scale (shape ``(1,)``), else one per slice along ``axis``; the
    weights are ``codes * scale`` (broadcast along ``axis``). All-zero slices get scale 1.
    """
    cfg = config or Log2Weights()
    w = np.asarray(w, np.float32)
    if axis is None:
        flat = w.reshape(1, -1)
    else:
        flat = np.moveaxis(w, axis % w.ndim, 0).reshape(w.shape[axis % w.ndim], -1)
    flat = flat.astype(np.float64)
    amax = np.abs(flat).max(axis=1)
    base = np.where(amax > 0, amax / 2.0 ** cfg.max_exponent, 1.0)
    best_err = np.full(flat.shape[0], np.inf)
    best_scale = base.copy()
    best_codes = np.zeros(flat.shape, np.int8)
    for j in range(cfg.scale_search):
        scale = base * 2.0 ** (-j / cfg.scale_search)
        codes = log2_codes(flat / scale[:, None], cfg.max_exponent)
        err = ((codes * scale[:, None] - flat) ** 2).sum(axis=1)
        better = err < best_err
        best_err = np.where(better, err, best_err)
        best_scale = np.where(better, scale, best_scale)
        best_codes[better] = codes[better]
    if axis is None:
        return best_codes.reshape(w.shape), best_scale.astype(np.float32)
    moved = np.moveaxis(w, axis % w.ndim, 0).shape
    q = np.moveaxis(best_codes.reshape(moved), 0, axis % w.ndim)
    return np.ascontiguousarray(q), best_scale.astype(np.float32)
