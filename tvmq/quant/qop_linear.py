"""QOperator conv/matmul converters: QLinearConv, QLinearMatMul, QGemm, ConvInteger,
MatMulInteger -> int8 x int8 -> int32 conv2d/matmul with integer requantize."""

from __future__ import annotations

import numpy as np
from tvm import relax
from tvm.relax import op as R

from .graph import const_value
from .qop_common import (
    QOperatorError,
    add_bias,
    const_expr,
    const_param,
    is_const,
    out_dtype,
    requant,
    shift_s8,
)


def _int8_weight(w: np.ndarray, zp: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray | None]:
    """(int8 weight w8, per-channel correction c or None) with ``w - zp == w8 + c``."""
    shape = [1] * w.ndim
    shape[axis] = -1
    zpb = zp.reshape(shape) if zp.size > 1 else zp.reshape(())
    eff = w.astype(np.int32) - zpb.astype(np.int32)
    if eff.min() >= -128 and eff.max() <= 127:
        return eff.astype(np.int8), None
    w8 = (w.astype(np.int32) - 128).astype(np.int8) if w.dtype == np.uint8 else w.astype(np.int8)
    diff = eff - w8.astype(np.int32)  # 128 - zp or -zp: constant along the reduction
    c = np.moveaxis(diff, axis, 0).reshape(w.shape[axis], -1)[:, 0]
    return w8, c.astype(np.int64)


def _conv_pads(attrs: dict, x_shape: list[int], w_shape: list[int]) -> list[int]:
    """[top, left, bottom, right] from ``pads`` or ``auto_pad``."""
    auto = attrs.get("auto_pad", b"NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else auto
    pads = list(attrs.get("pads", (0, 0, 0, 0)))
    if auto in ("NOTSET", "VALID"):
        return [0, 0, 0, 0] if auto == "VALID" else pads
    strides = list(attrs.get("strides", (1, 1)))
    dil = list(attrs.get("dilations", (1, 1)))
    before, after = [], []
    for i in range(2):
        size, k = x_shape[2 + i], (w_shape[2 + i] - 1) * dil[i] + 1
        out = -(-size // strides[i])
        total = max((out - 1) * strides[i] + k - size, 0)
        lo = total // 2 if auto == "SAME_UPPER" else total - total // 2
        before.append(lo)
        after.append(total - lo)
    return before + after


def _conv_int(bb: relax.BlockBuilder, x: relax.Expr, xzp: relax.Expr | None, w: np.ndarray,
              wzp: np.ndarray, attrs: dict, node: str) -> tuple[relax.Expr, np.ndarray]:
    """int32 ``conv(x - xzp, w - wzp)`` without its constant part, and that constant part
    (int64 per output channel) to add as a bias."""
    if w.ndim != 4 or x.ty.ndim != 4:
        raise QOperatorError(f"{node}: only 2-D convolutions (NCHW input, OIHW weight) are "
                             f"supported, got a weight of shape {list(w.shape)}")
    groups = int(attrs.get("group", 1))
    x_shape = [int(d) for d in x.ty.shape]
    pads = _conv_pads(attrs, x_shape, list(w.shape))
    xs8, off = shift_s8(bb, x)
    static_zp = is_const(xzp)
    if static_zp:
        zx = int(const_param(xzp, "x_zero_point", node, 0).reshape(())) - off
        zx_expr = None
    else:
        zx = None
        zx_expr = bb.normalize(R.subtract(R.astype(R.reshape(xzp, ()), "int32"),
                                          const_expr(np.int32(off))))
    if any(pads) and (zx is None or zx != 0):
        # pad with the zero point so the border contributes (zp - zp) * w = 0
        width = [0, 0, 0, 0, pads[0], pads[2], pads[1], pads[3]]
        if zx is not None:
            xs8 = bb.normalize(R.nn.pad(xs8, width, "constant", float(zx)))
        else:  # a run-time zero point: pad with 0, then write it on the border
            border = np.pad(np.zeros(x_shape[2:], bool), [(pads[0], pads[2]),
                                                          (pads[1], pads[3])],
                            constant_values=True)
            xs8 = bb.normalize(R.where(const_expr(border), R.astype(zx_expr, "int8"),
                                       R.nn.pad(xs8, width, "constant", 0.0)))
        pads = [0, 0, 0, 0]
    w8, corr = _int8_weight(w, wzp, 0)
    kw = {"strides": list(attrs.get("strides", (1, 1))),
          "dilation": list(attrs.get("dilations", (1, 1))), "padding": pads,
          "data_layout": "NCHW", "kernel_layout": "OIHW", "out_layout": "NCHW",
          "out_dtype": "int32"}
    acc = bb.normalize(R.nn.conv2d(xs8, const_expr(w8), groups=groups, **kw))
    wsum = w8.reshape(w8.shape[0], -1).astype(np.int64).sum(1)
    k = int(np.prod(w8.shape[1:]))
    bias = np.zeros(w8.shape[0], np.int64)
    if corr is not None:
        ones = np.ones((groups, *w8.shape[1:]), np.int8)
        box = bb.normalize(R.nn.conv2d(xs8, const_expr(ones), groups=groups, **kw))
        if groups > 1:
            box = R.repeat(box, w8.shape[0] // groups, axis=1)
        c = const_expr(corr.astype(np.int32).reshape(-1, 1, 1))
        acc = bb.normalize(R.add(acc, R.multiply(box, c)))
    if zx is not None:
        bias -= zx * (wsum + (k * corr if corr is not None else 0))
    else:
        tot = (wsum + (k * corr if corr is not None else 0)).astype(np.int32)
        acc = bb.normalize(R.subtract(acc, R.multiply(zx_expr, const_expr(tot.reshape(-1, 1, 1)))))
    return acc, bias


def _matmul_int(bb: relax.BlockBuilder, a: relax.Expr, azp: relax.Expr | None, b: relax.Expr,
                bzp: relax.Expr | None, node: str) -> tuple[relax.Expr, np.ndarray]:
    """int32 ``(a - azp) @ (b - bzp)`` without its constant part, and that part (per column)."""
    as8, off = shift_s8(bb, a)
    k = int(a.ty.shape[-1])
    if is_const(azp):
        za = int(const_param(azp, "a_zero_point", node, 0).reshape(())) - off
        za_expr = None
    else:
        za = None
        za_expr = bb.normalize(R.subtract(R.astype(R.reshape(azp, ()), "int32"),
                                          const_expr(np.int32(off))))
    bv = const_value(b)
    if bv is None:  # activation x activation: every correction at run time
        if not is_const(bzp):
            raise QOperatorError(f"{node}: a non-constant b_zero_point is not supported")
        bs8, boff = shift_s8(bb, b)
        zb = const_param(bzp, "b_zero_point", node, 0).astype(np.int64) - boff
        if zb.size > 1:
            raise QOperatorError(f"{node}: per-column zero points need a constant B")
        acc = bb.normalize(R.matmul(as8, bs8, out_dtype="int32"))
        zb = int(zb.reshape(()))
        za_t = za_expr if za is None else const_expr(np.int32(za))
        colsum = R.sum(R.astype(bs8, "int32"), axis=[-2], keepdims=True)
        acc = R.subtract(acc, R.multiply(za_t, colsum))
        if zb:
            rowsum = R.sum(R.astype(as8, "int32"), axis=[-1], keepdims=True)
            acc = R.add(R.subtract(acc, R.multiply(rowsum, const_expr(np.int32(zb)))),
                        R.multiply(za_t, const_expr(np.int32(k * zb))))
        return bb.normalize(acc), np.zeros(1, np.int64)
    if bv.ndim != 2:
        raise QOperatorError(f"{node}: a constant B must be 2-D, got shape {list(bv.shape)}")
    zb = const_param(bzp, "b_zero_point", node, 0)
    w8, corr = _int8_weight(bv, zb, 1)
    acc = bb.normalize(R.matmul(as8, const_expr(w8), out_dtype="int32"))
    colsum = w8.astype(np.int64).sum(0)
    if corr is not None:
        rowsum = R.sum(R.astype(as8, "int32"), axis=[-1], keepdims=True)
        acc = bb.normalize(R.add(acc, R.multiply(rowsum, const_expr(corr.astype(np.int32)))))
        colsum = colsum + k * corr
    if za is not None:
        return acc, -za * colsum
    acc = bb.normalize(R.subtract(acc, R.multiply(za_expr, const_expr(colsum.astype(np.int32)))))
    return acc, np.zeros(w8.shape[1], np.int64)


def qlinear_conv(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    """QLinearConv: int8 conv2d -> int32, bias, requantize to ``y_scale``."""
    x, xs, xzp, w, ws, wzp, ys, yzp = (list(inputs) + [None] * 9)[:8]
    bias_in = inputs[8] if len(inputs) > 8 else None
    wv = const_param(w, "w", node)
    wzpv = const_param(wzp, "w_zero_point", node, 0)
    acc, bias = _conv_int(bb, x, xzp, wv, wzpv, attrs, node)
    if bias_in is not None:
        bias = bias + const_param(bias_in, "B", node).astype(np.int64)
    cout = wv.shape[0]
    acc = add_bias(bb, acc, np.broadcast_to(bias, (cout,)), (-1, 1, 1))
    mult = (const_param(xs, "x_scale", node).astype(np.float64).reshape(())
            * const_param(ws, "w_scale", node).astype(np.float64).reshape(-1)
            / const_param(ys, "y_scale", node).astype(np.float64).reshape(()))
    yzpv = const_param(yzp, "y_zero_point", node, np.uint8(0))
    return requant(bb, acc, mult, int(yzpv.reshape(())), out_dtype(yzp, yzpv), (-1, 1, 1))


def qlinear_matmul(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    """QLinearMatMul: int8 matmul -> int32, requantize to ``y_scale``."""
    a, as_, azp, b, bs, bzp, ys, yzp = (list(inputs) + [None] * 8)[:8]
    acc, bias = _matmul_int(bb, a, azp, b, bzp, node)
    acc = add_bias(bb, acc, bias, (-1,))
    mult = (const_param(as_, "a_scale", node).astype(np.float64).reshape(())
            * const_param(bs, "b_scale", node).astype(np.float64).reshape(-1)
            / const_param(ys, "y_scale", node).astype(np.float64).reshape(()))
    yzpv = const_param(yzp, "y_zero_point", node, np.uint8(0))
    return requant(bb, acc, mult, int(yzpv.reshape(())), out_dtype(yzp, yzpv), (-1,))


def qgemm(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    """QGemm (com.microsoft): int8 matmul -> int32, bias, requantize (or float output)."""
    a, as_, azp, b, bs, bzp, c, ys, yzp = (list(inputs) + [None] * 9)[:9]
    if int(attrs.get("transA", 0)):
        raise QOperatorError(f"{node}: QGemm with transA=1 is not supported")
    if int(attrs.get("transB", 0)):
        bv = const_param(b, "B", node)
        b = const_expr(np.ascontiguousarray(bv.T))
    acc, bias = _matmul_int(bb, a, azp, b, bzp, node)
    alpha = float(attrs.get("alpha", 1.0))
    if c is not None:
        bias = bias + const_param(c, "C", node).astype(np.int64).reshape(-1)
    acc = add_bias(bb, acc, bias, (-1,))
    scale = (alpha * const_param(as_, "A_scale", node).astype(np.float64).reshape(())
             * const_param(bs, "B_scale", node).astype(np.float64).reshape(-1))
    if ys is None:  # float output
        s = scale.astype(np.float32)
        s = const_expr(s if s.size > 1 else s[0])
        return bb.normalize(R.multiply(R.astype(acc, "float32"), s))
    yzpv = const_param(yzp, "y_zero_point", node, np.uint8(0))
    mult = scale / const_param(ys, "y_scale", node).astype(np.float64).reshape(())
    return requant(bb, acc, mult, int(yzpv.reshape(())), out_dtype(yzp, yzpv), (-1,))


def conv_integer(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    """ConvInteger: the int32 ``conv(x - x_zp, w - w_zp)``."""
    x, w, xzp, wzp = (list(inputs) + [None] * 4)[:4]
    acc, bias = _conv_int(bb, x, xzp, const_param(w, "w", node),
                          const_param(wzp, "w_zero_point", node, 0), attrs, node)
    return add_bias(bb, acc, bias, (-1, 1, 1))


def matmul_integer(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    """MatMulInteger: the int32 ``(a - a_zp) @ (b - b_zp)``."""
    a, b, azp, bzp = (list(inputs) + [None] * 4)[:4]
    if azp is not None and azp.ty.ndim > 0 and int(np.prod([int(d) for d in azp.ty.shape])) > 1:
        raise QOperatorError(f"{node}: per-row a_zero_point is not supported")
    acc, bias = _matmul_int(bb, a, azp, b, bzp, node)
    return add_bias(bb, acc, bias, (-1,))
