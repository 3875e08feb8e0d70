"""Quantization arithmetic: scales and zero points, weight quantization, fixed-point requantize."""

from __future__ import annotations

import numpy as np

from .config import ActivationScheme, QuantConfig
from .log2 import log2_quantize

# Scale used for an all-zero range: any positive value works, this one avoids 1/0.
_TINY = 1e-8
SHIFT_BITS = 31


def activation_qparams(lo: float, hi: float, scheme: ActivationScheme) -> tuple[float, int]:
    """(scale, zero_point) mapping [lo, hi] (which contains 0) onto the scheme's integer range."""
    lo, hi = min(float(lo), 0.0), max(float(hi), 0.0)
    if scheme.symmetric:
        scale = max(abs(lo), abs(hi)) / scheme.qmax
        return (scale if scale > 0 else _TINY), 0
    scale = (hi - lo) / (scheme.qmax - scheme.qmin)
    if scale <= 0:
        return _TINY, scheme.qmin
    zp = int(np.clip(round(scheme.qmin - lo / scale), scheme.qmin, scheme.qmax))
    return scale, zp


def quantize_np(x: np.ndarray, scale: float, zp: int, scheme: ActivationScheme) -> np.ndarray:
    """Reference activation quantization (round half to even, like ``R.round``)."""
    q = np.clip(np.round(x.astype(np.float32) / np.float32(scale)) + zp, scheme.qmin, scheme.qmax)
    return q.astype(scheme.dtype)


def quantize_weight(w: np.ndarray, axis: int | None, qmax: int = 127
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric weight quantization; returns (int8 weights, float32 scales).

    ``axis=None`` gives one scale (shape ``(1,)``); otherwise one scale per slice along ``axis``.
    """
    w = np.asarray(w, dtype=np.float32)
    if axis is None:
        amax = np.array([np.abs(w).max()], dtype=np.float32)
        scale = np.where(amax > 0, amax / qmax, 1.0).astype(np.float32)
        q = np.round(w / scale[0])
    else:
        axes = tuple(i for i in range(w.ndim) if i != axis % w.ndim)
        amax = np.abs(w).max(axis=axes).astype(np.float32)
        scale = np.where(amax > 0, amax / qmax, 1.0).astype(np.float32)
        shape = [1] * w.ndim
        shape[axis % w.ndim] = -1
        q = np.round(w / scale.reshape(shape))
    return np.clip(q, -qmax, qmax).astype(np.int8), scale


def quantize_layer_weight(w: np.ndarray, axis: int | None, config: QuantConfig
                          ) -> tuple[np.ndarray, np.ndarray]:
    """(int8 weights, float32 scales) with the weight quantizer ``config`` selects: linear
    symmetric (``weight_bits``) or power-of-two (``log2_weights``)."""
    if config.log2_weights is not None:
        return log2_quantize(w, axis, config.log2_weights)
    return quantize_weight(w, axis, config.weight_qmax)


def fixed_point(multiplier: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Split positive real multipliers M into integers (m, n) with M ~= m / 2**n, m < 2**31.

    ``n`` is chosen per element so that m keeps 31 significant bits; tiny multipliers are
    flushed to m = 0.
    """
    mult = np.atleast_1d(np.asarray(multiplier, dtype=np.float64))
    if (mult < 0).any() or not np.isfinite(mult).all():
        raise ValueError("requantize multipliers must be finite and non-negative")
    m = np.zeros(mult.shape, np.int64)
    n = np.full(mult.shape, SHIFT_BITS, np.int64)
    pos = mult > 0
    mant, exp = np.frexp(mult[pos])  # mult = mant * 2**exp, 0.5 <= mant < 1
    shift = SHIFT_BITS - exp
    mm = np.round(mant * (1 << SHIFT_BITS)).astype(np.int64)
    # mant rounding up to 1.0 overflows 31 bits: halve it.
    over = mm == (1 << SHIFT_BITS)
    mm[over] //= 2
    shift[over] -= 1
    # Keep n <= 62 so acc * m + 2**(n-1) fits in int64: drop mantissa bits of tiny multipliers.
    extra = np.clip(shift - 62, 0, 63)
    mm = mm >> extra
    shift = shift - extra
    if (shift < 1).any():
        raise ValueError("requantize multiplier >= 2**30 is not representable")
    m[pos], n[pos] = mm, shift
    return m, n


def requantize_np(acc: np.ndarray, m: np.ndarray, n: np.ndarray, zp: int, lo: int, hi: int,
                  dtype: str) -> np.ndarray:
    """Integer-only requantize: ``clip(((acc * m + 2**(n-1)) >> n) + zp, lo, hi)``."""
    t = acc.astype(np.int64) * m + (np.int64(1) << (n - 1))
    return np.clip((t >> n) + zp, lo, hi).astype(dtype)


def common_fixed_point(ratios: list, bounds: list[int], acc_bits: int
                       ) -> tuple[list[np.ndarray], np.ndarray]:
    """Integer multipliers ``m_i`` and one shift ``n`` with ``sum_i M_i x_i ~= (sum_i m_i x_i)
    >> n`` for ``|x_i| <= bounds[i]``, the sum and its rounding term fitting a signed
    ``acc_bits``-bit integer.

    ``ratios`` are the real multipliers ``M_i >= 0`` (scalars, or per-channel arrays that
    broadcast together: ``n`` then has their shape). Raises ValueError when they are too large
    to represent with ``n >= 1``.
    """
    rs = [np.atleast_1d(np.asarray(r, np.float64)) for r in ratios]
    if any((r < 0).any() or not np.isfinite(r).all() for r in rs):
        raise ValueError("rescale multipliers must be finite and non-negative")
    total = sum(r * b for r, b in zip(rs, bounds, strict=True))
    top = acc_bits - 3
    with np.errstate(divide="ignore"):
        n = np.where(total > 0, np.floor(top - np.log2(np.where(total > 0, total, 1.0))), top)
    n = np.clip(n, 1, top).astype(np.int64)
    ms = [np.round(r * np.exp2(n.astype(np.float64))).astype(np.int64) for r in rs]
    worst = sum(m * b for m, b in zip(ms, bounds, strict=True)) + (np.int64(1) << (n - 1))
    if (worst >= 2 ** (acc_bits - 1)).any():
        raise ValueError(f"rescale multipliers {[float(r.max()) for r in rs]} overflow "
                         f"{acc_bits}-bit arithmetic")
    return ms, n


def rescale_sum_np(terms: list[tuple[np.ndarray, int, np.ndarray]], n: np.ndarray, zp: int,
                   lo: int, hi: int, dtype: str, acc_dtype: str = "int32") -> np.ndarray:
    """Integer-only sum of rescaled tensors (int8 add, concat requantize, pooling):
    ``clip(((sum_i (x_i - zp_i) * m_i + 2**(n-1)) >> n) + zp, lo, hi)`` in ``acc_dtype``."""
    acc = np.dtype(acc_dtype)
    t = sum((x.astype(acc) - acc.type(z)) * m.astype(acc) for x, z, m in terms)
    t = (t + (np.asarray(1, acc) << (n.astype(acc) - 1))) >> n.astype(acc)
    return np.clip(t + zp, lo, hi).astype(dtype)
