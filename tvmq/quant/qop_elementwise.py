"""QOperator elementwise converters: QLinearAdd/Mul/Concat/GlobalAveragePool (integer
fixed-point arithmetic), QLinearSigmoid/LeakyRelu (256-entry tables), QLinearSoftmax and
QLinearAveragePool (float islands between dequantize and quantize)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from tvm import relax
from tvm.relax import op as R

from .graph import const_value
from .qop_common import QOperatorError, const_expr, const_param, out_dtype, requant, widen


def qlinear_add(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    """QLinearAdd: ``(a - za) * Ma + (b - zb) * Mb`` in int64 with one shift."""
    a, as_, azp, b, bs, bzp, cs, czp = (list(inputs) + [None] * 8)[:8]
    sy = float(const_param(cs, "C_scale", node).reshape(()))
    terms, mults = [], []
    for t, s, z, what in ((a, as_, azp, "A"), (b, bs, bzp, "B")):
        zv = int(const_param(z, f"{what}_zero_point", node, 0).reshape(()))
        tv = const_value(t)
        terms.append(widen(tv if tv is not None else t, zv))
        mults.append(float(const_param(s, f"{what}_scale", node).reshape(())) / sy)
    # one shift for both terms: M_a, M_b < 2**30
    exp = int(np.frexp(max(mults))[1])
    n = int(np.clip(30 - exp, 1, 62))
    ma, mb = (int(round(m * 2.0**n)) for m in mults)
    t = R.add(R.multiply(terms[0], const_expr(np.int64(ma))),
              R.multiply(terms[1], const_expr(np.int64(mb))))
    t = R.right_shift(R.add(t, const_expr(np.int64(1) << (n - 1))), const_expr(np.int64(n)))
    czpv = const_param(czp, "C_zero_point", node, np.uint8(0))
    if int(czpv.reshape(())):
        t = R.add(t, const_expr(np.int64(int(czpv.reshape(())))))
    dtype = out_dtype(czp, czpv)
    info = np.iinfo(dtype)
    return bb.normalize(R.astype(R.clip(t, int(info.min), int(info.max)), dtype))


def qlinear_gap(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    """QLinearGlobalAveragePool: int32 sum over H, W and a fixed-point multiply."""
    x, xs, xzp, ys, yzp = (list(inputs) + [None] * 5)[:5]
    if int(attrs.get("channels_last", 0)):
        raise QOperatorError(f"{node}: channels_last QLinearGlobalAveragePool is not supported")
    if x.ty.ndim != 4:
        raise QOperatorError(f"{node}: only 4-D (NCHW) inputs are supported")
    hw = int(x.ty.shape[2]) * int(x.ty.shape[3])
    zx = int(const_param(xzp, "x_zero_point", node, 0).reshape(()))
    acc = R.sum(R.astype(x, "int32"), axis=[2, 3], keepdims=True)
    if zx:
        acc = R.subtract(acc, const_expr(np.int32(zx * hw)))
    mult = (float(const_param(xs, "x_scale", node).reshape(()))
            / float(const_param(ys, "y_scale", node).reshape(())) / hw)
    yzpv = const_param(yzp, "y_zero_point", node, np.uint8(0))
    return requant(bb, bb.normalize(acc), np.array([mult]), int(yzpv.reshape(())),
                    out_dtype(yzp, yzpv), (-1,))


def _rescale(bb: relax.BlockBuilder, x: relax.Expr, zx: int, mult: float, zy: int,
             dtype: str) -> relax.Expr:
    """``clip(round((x - zx) * mult) + zy)`` with a fixed-point multiplier; x unchanged when
    it already has the output's parameters."""
    if mult == 1.0 and zx == zy and x.ty.dtype == dtype:
        return x
    return requant(bb, bb.normalize(widen(x, zx)), np.array([mult]), zy, dtype, (-1,))


def qlinear_mul(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    """QLinearMul: ``(a - za) * (b - zb)`` in int64, fixed-point multiply by sa*sb/sc."""
    a, as_, azp, b, bs, bzp, cs, czp = (list(inputs) + [None] * 8)[:8]
    terms = []
    for t, z, what in ((a, azp, "A"), (b, bzp, "B")):
        zv = int(const_param(z, f"{what}_zero_point", node, 0).reshape(()))
        tv = const_value(t)
        terms.append(widen(tv if tv is not None else t, zv))
    mult = (float(const_param(as_, "A_scale", node).reshape(()))
            * float(const_param(bs, "B_scale", node).reshape(()))
            / float(const_param(cs, "C_scale", node).reshape(())))
    czpv = const_param(czp, "C_zero_point", node, np.uint8(0))
    prod = bb.normalize(R.multiply(terms[0], terms[1]))  # |product| < 2**16
    return requant(bb, prod, np.array([mult]), int(czpv.reshape(())), out_dtype(czp, czpv),
                    (-1,))


def qlinear_concat(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str
                    ) -> relax.Expr:
    """QLinearConcat: every input requantized to the output scale, then concat."""
    ys, yzp, rest = inputs[0], inputs[1], list(inputs[2:])
    if len(rest) % 3:
        raise QOperatorError(f"{node}: inputs must be (X, X_scale, X_zero_point) triples")
    sy = float(const_param(ys, "Y_scale", node).reshape(()))
    yzpv = const_param(yzp, "Y_zero_point", node, np.uint8(0))
    zy, dtype = int(yzpv.reshape(())), out_dtype(yzp, yzpv)
    parts = []
    for i in range(0, len(rest), 3):
        x, xs, xzp = rest[i:i + 3]
        xv = const_value(x)
        x = const_expr(xv) if xv is not None else x
        zx = int(const_param(xzp, "X_zero_point", node, 0).reshape(()))
        parts.append(_rescale(bb, x, zx, float(const_param(xs, "X_scale", node).reshape(())) / sy,
                              zy, dtype))
    return bb.normalize(R.concat(parts, axis=int(attrs.get("axis", 0))))


def _lookup(bb: relax.BlockBuilder, inputs: list, node: str,
            fn: Callable[[np.ndarray], np.ndarray]) -> relax.Expr:
    """An 8-bit to 8-bit table: ``y = quantize(fn(dequantize(x)))`` for all 256 codes, read
    with ``take`` (exact, integer only at run time)."""
    x, xs, xzp, ys, yzp = (list(inputs) + [None] * 5)[:5]
    in_dtype = x.ty.dtype
    if in_dtype not in ("uint8", "int8"):
        raise QOperatorError(f"{node}: input dtype {in_dtype} (int8 or uint8 expected)")
    codes = np.arange(256) if in_dtype == "uint8" else np.arange(-128, 128)
    zx = float(const_param(xzp, "X_zero_point", node, 0).reshape(()))
    real = (codes - zx) * np.float32(const_param(xs, "X_scale", node).reshape(()))
    yzpv = const_param(yzp, "Y_zero_point", node, np.uint8(0))
    dtype = out_dtype(yzp, yzpv)
    info = np.iinfo(dtype)
    sy = np.float32(const_param(ys, "Y_scale", node).reshape(()))
    q = np.rint(fn(real.astype(np.float32)) / sy) + float(yzpv.reshape(()))
    table = np.clip(q, info.min, info.max).astype(dtype)
    idx = R.astype(x, "int32")
    if in_dtype == "int8":
        idx = R.add(idx, const_expr(np.int32(128)))
    return bb.normalize(R.take(const_expr(table), idx, axis=0))


def qlinear_sigmoid(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str
                     ) -> relax.Expr:
    """QLinearSigmoid through a 256-entry table."""
    return _lookup(bb, inputs, node, lambda v: 1.0 / (1.0 + np.exp(-v)))


def qlinear_leaky_relu(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str
                        ) -> relax.Expr:
    """QLinearLeakyRelu through a 256-entry table."""
    alpha = np.float32(attrs.get("alpha", 0.01))
    return _lookup(bb, inputs, node, lambda v: np.where(v >= 0, v, v * alpha))


def _dequant(x: relax.Expr, xs: relax.Expr, xzp: relax.Expr | None, node: str) -> relax.Expr:
    zx = float(const_param(xzp, "x_zero_point", node, 0).reshape(()))
    sx = np.float32(const_param(xs, "x_scale", node).reshape(()))
    return R.multiply(R.subtract(R.astype(x, "float32"), const_expr(np.float32(zx))),
                      const_expr(sx))


def _quant(bb: relax.BlockBuilder, real: relax.Expr, ys: relax.Expr, yzp: relax.Expr | None,
           node: str) -> relax.Expr:
    yzpv = const_param(yzp, "y_zero_point", node, np.uint8(0))
    dtype = out_dtype(yzp, yzpv)
    info = np.iinfo(dtype)
    sy = np.float32(const_param(ys, "y_scale", node).reshape(()))
    q = R.add(R.round(R.divide(real, const_expr(sy))), const_expr(np.float32(yzpv.reshape(()))))
    return bb.normalize(R.astype(R.clip(q, int(info.min), int(info.max)), dtype))


def qlinear_average_pool(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str
                         ) -> relax.Expr:
    """QLinearAveragePool (2-D, NCHW): dequantize, float average pool, quantize."""
    x, xs, xzp, ys, yzp = (list(inputs) + [None] * 5)[:5]
    auto = attrs.get("auto_pad", b"NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else auto
    kernel = [int(k) for k in attrs.get("kernel_shape", ())]
    if int(attrs.get("channels_last", 0)) or len(kernel) != 2 or auto not in ("NOTSET",
                                                                               "VALID"):
        raise QOperatorError(f"{node}: only 2-D NCHW pooling with explicit pads is supported")
    pads = [int(p) for p in attrs.get("pads", (0, 0, 0, 0))] if auto == "NOTSET" else [0] * 4
    pooled = R.nn.avg_pool2d(_dequant(x, xs, xzp, node), kernel,
                             [int(v) for v in attrs.get("strides", (1, 1))], pads,
                             ceil_mode=bool(attrs.get("ceil_mode", 0)),
                             count_include_pad=bool(attrs.get("count_include_pad", 0)))
    return _quant(bb, pooled, ys, yzp, node)


def qlinear_softmax(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str
                    ) -> relax.Expr:
    """QLinearSoftmax: dequantize, float softmax, quantize (a float island, not integer)."""
    x, xs, xzp, ys, yzp = (list(inputs) + [None] * 5)[:5]
    p = R.nn.softmax(_dequant(x, xs, xzp, node), axis=int(attrs.get("axis", -1)))
    return _quant(bb, p, ys, yzp, node)
