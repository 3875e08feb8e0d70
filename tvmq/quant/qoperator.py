"""Import ONNX QOperator models (QLinearConv, QLinearMatMul, QGemm, ConvInteger, MatMulInteger,
QLinearAdd, QLinearGlobalAveragePool) directly as tvmq's realized integer compute.

Each operator becomes what `RealizeInt8` emits for a calibrated layer: int8 x int8 -> int32
``conv2d``/``matmul``, an int32 bias (activation zero points folded into it), and an
integer-only fixed-point requantize to the operator's output scale. uint8 tensors are shifted to
int8 inside each operator (``x - 128``, zero point - 128: the same products), so every
convolution and matmul reads int8 on both sides and tvmq's int8 schedules apply; the shift is an
elementwise op that fuses into the producer. Weight zero points are folded into the weights
when ``w - zp`` fits in int8, otherwise a per-channel correction ``c * sum(x - zx)`` is added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import onnx
import tvm
from tvm import relax
from tvm.relax import op as R
from tvm.relax.frontend.onnx import onnx_frontend

from .graph import const_value
from .qparams import fixed_point

# Operators converted here (ONNX domain, then com.microsoft contrib ops).
ONNX_OPS = frozenset({"QLinearConv", "QLinearMatMul", "ConvInteger", "MatMulInteger"})
MS_OPS = frozenset({"QGemm", "QLinearAdd", "QLinearMul", "QLinearConcat",
                    "QLinearGlobalAveragePool", "QLinearSigmoid", "QLinearLeakyRelu"})


class QOperatorError(ValueError):
    """A QOperator node tvmq cannot realize (load_onnx reports it as a ModelLoadError)."""


def uses_qoperator(graph: onnx.GraphProto) -> bool:
    """Whether ``graph`` has a node converted by this module."""
    return any(n.op_type in ONNX_OPS or (n.domain == "com.microsoft" and n.op_type in MS_OPS)
               for n in graph.node)


def _c(v: Any, dtype: str | None = None) -> relax.Expr:
    v = np.asarray(v) if dtype is None else np.asarray(v, dtype)
    return relax.const(v, str(v.dtype))


def _const(expr: relax.Expr | None, what: str, node: str, default: Any = None) -> np.ndarray:
    if expr is None:
        if default is None:
            raise QOperatorError(f"{node}: input {what} is missing")
        return np.asarray(default)
    v = const_value(expr)
    if v is None:
        raise QOperatorError(f"{node}: {what} must be a constant initializer (tvmq realizes "
                             "quantization parameters at import time)")
    return v


def _is_const(expr: relax.Expr | None) -> bool:
    return expr is None or const_value(expr) is not None


def _shift_s8(bb: relax.BlockBuilder, x: relax.Expr) -> tuple[relax.Expr, int]:
    """(x as int8, offset subtracted): uint8 becomes ``x - 128``."""
    dtype = x.ty.dtype
    if dtype == "int8":
        return x, 0
    if dtype != "uint8":
        raise QOperatorError(f"quantized input of dtype {dtype} (int8 or uint8 expected)")
    return bb.normalize(R.astype(R.subtract(R.astype(x, "int16"), _c(128, "int16")), "int8")), 128


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


def _requant(bb: relax.BlockBuilder, acc: relax.Expr, mult: np.ndarray, zp: int, dtype: str,
             chan: tuple[int, ...]) -> relax.Expr:
    """``clip(((acc * m + 2**(n-1)) >> n) + zp)`` with M = m / 2**n per channel (integer only)."""
    m, n = fixed_point(np.asarray(mult, np.float64))
    if m.size > 1:
        m, n = m.reshape(chan), n.reshape(chan)
    else:
        m, n = m.reshape(()), n.reshape(())
    t = R.multiply(R.astype(acc, "int64"), _c(m))
    t = R.right_shift(R.add(t, _c(np.left_shift(np.int64(1), n - 1))), _c(n))
    if zp:
        t = R.add(t, _c(np.int64(zp)))
    info = np.iinfo(dtype)
    return bb.normalize(R.astype(R.clip(t, int(info.min), int(info.max)), dtype))


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
    xs8, off = _shift_s8(bb, x)
    static_zp = _is_const(xzp)
    if static_zp:
        zx = int(_const(xzp, "x_zero_point", node, 0).reshape(())) - off
        zx_expr = None
    else:
        zx = None
        zx_expr = bb.normalize(R.subtract(R.astype(R.reshape(xzp, ()), "int32"), _c(np.int32(off))))
    if any(pads) and (zx is None or zx != 0):
        # pad with the zero point so the border contributes (zp - zp) * w = 0
        width = [0, 0, 0, 0, pads[0], pads[2], pads[1], pads[3]]
        if zx is not None:
            xs8 = bb.normalize(R.nn.pad(xs8, width, "constant", float(zx)))
        else:  # a run-time zero point: pad with 0, then write it on the border
            border = np.pad(np.zeros(x_shape[2:], bool), [(pads[0], pads[2]),
                                                          (pads[1], pads[3])],
                            constant_values=True)
            xs8 = bb.normalize(R.where(_c(border), R.astype(zx_expr, "int8"),
                                       R.nn.pad(xs8, width, "constant", 0.0)))
        pads = [0, 0, 0, 0]
    w8, corr = _int8_weight(w, wzp, 0)
    kw = {"strides": list(attrs.get("strides", (1, 1))),
          "dilation": list(attrs.get("dilations", (1, 1))), "padding": pads,
          "data_layout": "NCHW", "kernel_layout": "OIHW", "out_layout": "NCHW",
          "out_dtype": "int32"}
    acc = bb.normalize(R.nn.conv2d(xs8, _c(w8), groups=groups, **kw))
    wsum = w8.reshape(w8.shape[0], -1).astype(np.int64).sum(1)
    k = int(np.prod(w8.shape[1:]))
    bias = np.zeros(w8.shape[0], np.int64)
    if corr is not None:
        ones = np.ones((groups, *w8.shape[1:]), np.int8)
        box = bb.normalize(R.nn.conv2d(xs8, _c(ones), groups=groups, **kw))
        if groups > 1:
            box = R.repeat(box, w8.shape[0] // groups, axis=1)
        acc = bb.normalize(R.add(acc, R.multiply(box, _c(corr.astype(np.int32).reshape(-1, 1, 1)))))
    if zx is not None:
        bias -= zx * (wsum + (k * corr if corr is not None else 0))
    else:
        tot = (wsum + (k * corr if corr is not None else 0)).astype(np.int32)
        acc = bb.normalize(R.subtract(acc, R.multiply(zx_expr, _c(tot.reshape(-1, 1, 1)))))
    return acc, bias


def _matmul_int(bb: relax.BlockBuilder, a: relax.Expr, azp: relax.Expr | None, b: relax.Expr,
                bzp: relax.Expr | None, node: str) -> tuple[relax.Expr, np.ndarray]:
    """int32 ``(a - azp) @ (b - bzp)`` without its constant part, and that part (per column)."""
    as8, off = _shift_s8(bb, a)
    k = int(a.ty.shape[-1])
    if _is_const(azp):
        za = int(_const(azp, "a_zero_point", node, 0).reshape(())) - off
        za_expr = None
    else:
        za = None
        za_expr = bb.normalize(R.subtract(R.astype(R.reshape(azp, ()), "int32"), _c(np.int32(off))))
    bv = const_value(b)
    if bv is None:  # activation x activation: every correction at run time
        if not _is_const(bzp):
            raise QOperatorError(f"{node}: a non-constant b_zero_point is not supported")
        bs8, boff = _shift_s8(bb, b)
        zb = _const(bzp, "b_zero_point", node, 0).astype(np.int64) - boff
        if zb.size > 1:
            raise QOperatorError(f"{node}: per-column zero points need a constant B")
        acc = bb.normalize(R.matmul(as8, bs8, out_dtype="int32"))
        zb = int(zb.reshape(()))
        za_t = za_expr if za is None else _c(np.int32(za))
        colsum = R.sum(R.astype(bs8, "int32"), axis=[-2], keepdims=True)
        acc = R.subtract(acc, R.multiply(za_t, colsum))
        if zb:
            rowsum = R.sum(R.astype(as8, "int32"), axis=[-1], keepdims=True)
            acc = R.add(R.subtract(acc, R.multiply(rowsum, _c(np.int32(zb)))),
                        R.multiply(za_t, _c(np.int32(k * zb))))
        return bb.normalize(acc), np.zeros(1, np.int64)
    if bv.ndim != 2:
        raise QOperatorError(f"{node}: a constant B must be 2-D, got shape {list(bv.shape)}")
    zb = _const(bzp, "b_zero_point", node, 0)
    w8, corr = _int8_weight(bv, zb, 1)
    acc = bb.normalize(R.matmul(as8, _c(w8), out_dtype="int32"))
    colsum = w8.astype(np.int64).sum(0)
    if corr is not None:
        rowsum = R.sum(R.astype(as8, "int32"), axis=[-1], keepdims=True)
        acc = bb.normalize(R.add(acc, R.multiply(rowsum, _c(corr.astype(np.int32)))))
        colsum = colsum + k * corr
    if za is not None:
        return acc, -za * colsum
    acc = bb.normalize(R.subtract(acc, R.multiply(za_expr, _c(colsum.astype(np.int32)))))
    return acc, np.zeros(w8.shape[1], np.int64)


def _add_bias(bb: relax.BlockBuilder, acc: relax.Expr, bias: np.ndarray,
              chan: tuple[int, ...]) -> relax.Expr:
    if not bias.any():
        return acc
    b = np.clip(bias, -(2**31), 2**31 - 1).astype(np.int32)
    return bb.normalize(R.add(acc, _c(b.reshape(chan) if b.size > 1 else b.reshape(()))))


def _out_dtype(zp_expr: relax.Expr | None, zp: np.ndarray) -> str:
    return str(zp.dtype) if zp_expr is not None else "uint8"


def _qlinear_conv(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    x, xs, xzp, w, ws, wzp, ys, yzp = (list(inputs) + [None] * 9)[:8]
    bias_in = inputs[8] if len(inputs) > 8 else None
    wv = _const(w, "w", node)
    wzpv = _const(wzp, "w_zero_point", node, 0)
    acc, bias = _conv_int(bb, x, xzp, wv, wzpv, attrs, node)
    if bias_in is not None:
        bias = bias + _const(bias_in, "B", node).astype(np.int64)
    cout = wv.shape[0]
    acc = _add_bias(bb, acc, np.broadcast_to(bias, (cout,)), (-1, 1, 1))
    mult = (_const(xs, "x_scale", node).astype(np.float64).reshape(())
            * _const(ws, "w_scale", node).astype(np.float64).reshape(-1)
            / _const(ys, "y_scale", node).astype(np.float64).reshape(()))
    yzpv = _const(yzp, "y_zero_point", node, np.uint8(0))
    return _requant(bb, acc, mult, int(yzpv.reshape(())), _out_dtype(yzp, yzpv), (-1, 1, 1))


def _qlinear_matmul(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    a, as_, azp, b, bs, bzp, ys, yzp = (list(inputs) + [None] * 8)[:8]
    acc, bias = _matmul_int(bb, a, azp, b, bzp, node)
    acc = _add_bias(bb, acc, bias, (-1,))
    mult = (_const(as_, "a_scale", node).astype(np.float64).reshape(())
            * _const(bs, "b_scale", node).astype(np.float64).reshape(-1)
            / _const(ys, "y_scale", node).astype(np.float64).reshape(()))
    yzpv = _const(yzp, "y_zero_point", node, np.uint8(0))
    return _requant(bb, acc, mult, int(yzpv.reshape(())), _out_dtype(yzp, yzpv), (-1,))


def _qgemm(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    a, as_, azp, b, bs, bzp, c, ys, yzp = (list(inputs) + [None] * 9)[:9]
    if int(attrs.get("transA", 0)):
        raise QOperatorError(f"{node}: QGemm with transA=1 is not supported")
    if int(attrs.get("transB", 0)):
        bv = _const(b, "B", node)
        b = _c(np.ascontiguousarray(bv.T))
    acc, bias = _matmul_int(bb, a, azp, b, bzp, node)
    alpha = float(attrs.get("alpha", 1.0))
    if c is not None:
        bias = bias + _const(c, "C", node).astype(np.int64).reshape(-1)
    acc = _add_bias(bb, acc, bias, (-1,))
    scale = (alpha * _const(as_, "A_scale", node).astype(np.float64).reshape(())
             * _const(bs, "B_scale", node).astype(np.float64).reshape(-1))
    if ys is None:  # float output
        s = scale.astype(np.float32)
        return bb.normalize(R.multiply(R.astype(acc, "float32"), _c(s if s.size > 1 else s[0])))
    yzpv = _const(yzp, "y_zero_point", node, np.uint8(0))
    mult = scale / _const(ys, "y_scale", node).astype(np.float64).reshape(())
    return _requant(bb, acc, mult, int(yzpv.reshape(())), _out_dtype(yzp, yzpv), (-1,))


def _conv_integer(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    x, w, xzp, wzp = (list(inputs) + [None] * 4)[:4]
    acc, bias = _conv_int(bb, x, xzp, _const(w, "w", node),
                          _const(wzp, "w_zero_point", node, 0), attrs, node)
    return _add_bias(bb, acc, bias, (-1, 1, 1))


def _matmul_integer(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    a, b, azp, bzp = (list(inputs) + [None] * 4)[:4]
    if azp is not None and azp.ty.ndim > 0 and int(np.prod([int(d) for d in azp.ty.shape])) > 1:
        raise QOperatorError(f"{node}: per-row a_zero_point is not supported")
    acc, bias = _matmul_int(bb, a, azp, b, bzp, node)
    return _add_bias(bb, acc, bias, (-1,))


def _widen(x: relax.Expr | np.ndarray, zp: int) -> relax.Expr:
    """``x - zp`` in int64 (x a Relax tensor or a numpy constant)."""
    if isinstance(x, np.ndarray):
        return _c(x.astype(np.int64) - zp)
    t = R.astype(x, "int64")
    return R.subtract(t, _c(np.int64(zp))) if zp else t


def _qlinear_add(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    a, as_, azp, b, bs, bzp, cs, czp = (list(inputs) + [None] * 8)[:8]
    sy = float(_const(cs, "C_scale", node).reshape(()))
    terms, mults = [], []
    for t, s, z, what in ((a, as_, azp, "A"), (b, bs, bzp, "B")):
        zv = int(_const(z, f"{what}_zero_point", node, 0).reshape(()))
        tv = const_value(t)
        terms.append(_widen(tv if tv is not None else t, zv))
        mults.append(float(_const(s, f"{what}_scale", node).reshape(())) / sy)
    # one shift for both terms: M_a, M_b < 2**30
    exp = int(np.frexp(max(mults))[1])
    n = int(np.clip(30 - exp, 1, 62))
    ma, mb = (int(round(m * 2.0**n)) for m in mults)
    t = R.add(R.multiply(terms[0], _c(np.int64(ma))), R.multiply(terms[1], _c(np.int64(mb))))
    t = R.right_shift(R.add(t, _c(np.int64(1) << (n - 1))), _c(np.int64(n)))
    czpv = _const(czp, "C_zero_point", node, np.uint8(0))
    if int(czpv.reshape(())):
        t = R.add(t, _c(np.int64(int(czpv.reshape(())))))
    dtype = _out_dtype(czp, czpv)
    info = np.iinfo(dtype)
    return bb.normalize(R.astype(R.clip(t, int(info.min), int(info.max)), dtype))


def _qlinear_gap(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    x, xs, xzp, ys, yzp = (list(inputs) + [None] * 5)[:5]
    if int(attrs.get("channels_last", 0)):
        raise QOperatorError(f"{node}: channels_last QLinearGlobalAveragePool is not supported")
    if x.ty.ndim != 4:
        raise QOperatorError(f"{node}: only 4-D (NCHW) inputs are supported")
    hw = int(x.ty.shape[2]) * int(x.ty.shape[3])
    zx = int(_const(xzp, "x_zero_point", node, 0).reshape(()))
    acc = R.sum(R.astype(x, "int32"), axis=[2, 3], keepdims=True)
    if zx:
        acc = R.subtract(acc, _c(np.int32(zx * hw)))
    mult = (float(_const(xs, "x_scale", node).reshape(()))
            / float(_const(ys, "y_scale", node).reshape(())) / hw)
    yzpv = _const(yzp, "y_zero_point", node, np.uint8(0))
    return _requant(bb, bb.normalize(acc), np.array([mult]), int(yzpv.reshape(())),
                    _out_dtype(yzp, yzpv), (-1,))


def _rescale(bb: relax.BlockBuilder, x: relax.Expr, zx: int, mult: float, zy: int,
             dtype: str) -> relax.Expr:
    """``clip(round((x - zx) * mult) + zy)`` with a fixed-point multiplier; x unchanged when
    it already has the output's parameters."""
    if mult == 1.0 and zx == zy and x.ty.dtype == dtype:
        return x
    return _requant(bb, bb.normalize(_widen(x, zx)), np.array([mult]), zy, dtype, (-1,))


def _qlinear_mul(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str) -> relax.Expr:
    a, as_, azp, b, bs, bzp, cs, czp = (list(inputs) + [None] * 8)[:8]
    terms = []
    for t, z, what in ((a, azp, "A"), (b, bzp, "B")):
        zv = int(_const(z, f"{what}_zero_point", node, 0).reshape(()))
        tv = const_value(t)
        terms.append(_widen(tv if tv is not None else t, zv))
    mult = (float(_const(as_, "A_scale", node).reshape(()))
            * float(_const(bs, "B_scale", node).reshape(()))
            / float(_const(cs, "C_scale", node).reshape(())))
    czpv = _const(czp, "C_zero_point", node, np.uint8(0))
    prod = bb.normalize(R.multiply(terms[0], terms[1]))  # |product| < 2**16
    return _requant(bb, prod, np.array([mult]), int(czpv.reshape(())), _out_dtype(czp, czpv),
                    (-1,))


def _qlinear_concat(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str
                    ) -> relax.Expr:
    ys, yzp, rest = inputs[0], inputs[1], list(inputs[2:])
    if len(rest) % 3:
        raise QOperatorError(f"{node}: inputs must be (X, X_scale, X_zero_point) triples")
    sy = float(_const(ys, "Y_scale", node).reshape(()))
    yzpv = _const(yzp, "Y_zero_point", node, np.uint8(0))
    zy, dtype = int(yzpv.reshape(())), _out_dtype(yzp, yzpv)
    parts = []
    for i in range(0, len(rest), 3):
        x, xs, xzp = rest[i:i + 3]
        xv = const_value(x)
        x = _c(xv) if xv is not None else x
        zx = int(_const(xzp, "X_zero_point", node, 0).reshape(()))
        parts.append(_rescale(bb, x, zx, float(_const(xs, "X_scale", node).reshape(())) / sy,
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
    zx = float(_const(xzp, "X_zero_point", node, 0).reshape(()))
    real = (codes - zx) * np.float32(_const(xs, "X_scale", node).reshape(()))
    yzpv = _const(yzp, "Y_zero_point", node, np.uint8(0))
    dtype = _out_dtype(yzp, yzpv)
    info = np.iinfo(dtype)
    sy = np.float32(_const(ys, "Y_scale", node).reshape(()))
    q = np.rint(fn(real.astype(np.float32)) / sy) + float(yzpv.reshape(()))
    table = np.clip(q, info.min, info.max).astype(dtype)
    idx = R.astype(x, "int32")
    if in_dtype == "int8":
        idx = R.add(idx, _c(np.int32(128)))
    return bb.normalize(R.take(_c(table), idx, axis=0))


def _qlinear_sigmoid(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str
                     ) -> relax.Expr:
    return _lookup(bb, inputs, node, lambda v: 1.0 / (1.0 + np.exp(-v)))


def _qlinear_leaky_relu(bb: relax.BlockBuilder, inputs: list, attrs: dict, node: str
                        ) -> relax.Expr:
    alpha = np.float32(attrs.get("alpha", 0.01))
    return _lookup(bb, inputs, node, lambda v: np.where(v >= 0, v, v * alpha))


_CONVERTERS: dict[str, Callable[..., relax.Expr]] = {
    "QLinearMul": _qlinear_mul, "QLinearConcat": _qlinear_concat,
    "QLinearSigmoid": _qlinear_sigmoid, "QLinearLeakyRelu": _qlinear_leaky_relu,
    "QLinearConv": _qlinear_conv, "QLinearMatMul": _qlinear_matmul, "QGemm": _qgemm,
    "ConvInteger": _conv_integer, "MatMulInteger": _matmul_integer,
    "QLinearAdd": _qlinear_add, "QLinearGlobalAveragePool": _qlinear_gap,
}


class _Importer(onnx_frontend.ONNXGraphImporter):
    """The Relax ONNX importer with tvmq's converters for the QOperator ops."""

    def _check_for_unsupported_ops(self, graph: onnx.GraphProto) -> None:
        known = set(onnx_frontend._get_convert_map()) | set(_CONVERTERS) | {"If", "Constant"}
        missing = sorted({n.op_type for n in graph.node if n.op_type not in known})
        if missing:
            raise tvm.error.OpNotImplemented(f"unsupported operators: {', '.join(missing)}")

    def _convert_operator(self, op_name: str, inputs: list, attrs: dict, opset: int
                          ) -> relax.Expr:
        conv = _CONVERTERS.get(op_name)
        if conv is None:
            return super()._convert_operator(op_name, inputs, attrs, opset)
        node = f"{op_name} node {attrs.get('tvm_custom', {}).get('name', '?')!r}"
        return self.bb.normalize(conv(self.bb, list(inputs), attrs, node))


def from_onnx(proto: onnx.ModelProto, shape_dict: dict[str, list], dtype_dict: dict[str, str],
              opset: int | None) -> tvm.IRModule:
    """`tvm.relax.frontend.onnx.from_onnx` with the QOperator converters of this module."""
    if opset is None:
        opset = next((o.version for o in proto.opset_import if o.domain in ("", "ai.onnx")), 1)
    importer = _Importer(shape_dict, dtype_dict, keep_params_in_input=False, sanitize=False)
    return importer.from_onnx(proto.graph, opset)
