"""Shared helpers of the QOperator converters: constants, uint8 -> int8 shift, requantize."""

from __future__ import annotations

from typing import Any

import numpy as np
from tvm import relax
from tvm.relax import op as R

from .graph import const_value
from .qparams import fixed_point


class QOperatorError(ValueError):
    """A QOperator node tvmq cannot realize (load_onnx reports it as a ModelLoadError)."""


def const_expr(v: Any, dtype: str | None = None) -> relax.Expr:
    """A Relax constant keeping numpy's dtype."""
    v = np.asarray(v) if dtype is None else np.asarray(v, dtype)
    return relax.const(v, str(v.dtype))


def const_param(expr: relax.Expr | None, what: str, node: str, default: Any = None
                ) -> np.ndarray:
    """The numpy value of a quantization parameter (``default`` when omitted)."""
    if expr is None:
        if default is None:
            raise QOperatorError(f"{node}: input {what} is missing")
        return np.asarray(default)
    v = const_value(expr)
    if v is None:
        raise QOperatorError(f"{node}: {what} must be a constant initializer (tvmq realizes "
                             "quantization parameters at import time)")
    return v


def is_const(expr: relax.Expr | None) -> bool:
    """Whether an optional input is absent or a constant."""
    return expr is None or const_value(expr) is not None


def shift_s8(bb: relax.BlockBuilder, x: relax.Expr) -> tuple[relax.Expr, int]:
    """(x as int8, offset subtracted): uint8 becomes ``x - 128``."""
    dtype = x.ty.dtype
    if dtype == "int8":
        return x, 0
    if dtype != "uint8":
        raise QOperatorError(f"quantized input of dtype {dtype} (int8 or uint8 expected)")
    shifted = R.subtract(R.astype(x, "int16"), const_expr(128, "int16"))
    return bb.normalize(R.astype(shifted, "int8")), 128


def requant(bb: relax.BlockBuilder, acc: relax.Expr, mult: np.ndarray, zp: int, dtype: str,
             chan: tuple[int, ...]) -> relax.Expr:
    """``clip(((acc * m + 2**(n-1)) >> n) + zp)`` with M = m / 2**n per channel (integer only)."""
    m, n = fixed_point(np.asarray(mult, np.float64))
    if m.size > 1:
        m, n = m.reshape(chan), n.reshape(chan)
    else:
        m, n = m.reshape(()), n.reshape(())
    t = R.multiply(R.astype(acc, "int64"), const_expr(m))
    t = R.right_shift(R.add(t, const_expr(np.left_shift(np.int64(1), n - 1))), const_expr(n))
    if zp:
        t = R.add(t, const_expr(np.int64(zp)))
    info = np.iinfo(dtype)
    return bb.normalize(R.astype(R.clip(t, int(info.min), int(info.max)), dtype))


def add_bias(bb: relax.BlockBuilder, acc: relax.Expr, bias: np.ndarray,
              chan: tuple[int, ...]) -> relax.Expr:
    """``acc + bias`` (int32, per channel along ``chan``); ``acc`` when the bias is zero."""
    if not bias.any():
        return acc
    b = np.clip(bias, -(2**31), 2**31 - 1).astype(np.int32)
    return bb.normalize(R.add(acc, const_expr(b.reshape(chan) if b.size > 1 else b.reshape(()))))


def out_dtype(zp_expr: relax.Expr | None, zp: np.ndarray) -> str:
    """The output dtype an ONNX zero point implies (uint8 when omitted)."""
    return str(zp.dtype) if zp_expr is not None else "uint8"


def widen(x: relax.Expr | np.ndarray, zp: int) -> relax.Expr:
    """``x - zp`` in int64 (x a Relax tensor or a numpy constant)."""
    if isinstance(x, np.ndarray):
        return const_expr(x.astype(np.int64) - zp)
    t = R.astype(x, "int64")
    return R.subtract(t, const_expr(np.int64(zp))) if zp else t
