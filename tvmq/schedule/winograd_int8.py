"""Relax pass: int8 NHWC 3x3 stride-1 convolutions become exact integer Winograd F(2x2, 3x3).

The fp32 pass (`tvmq.schedule.winograd`) cannot serve integers as it is: ``G`` has halves. With
``2G`` the filter transform ``U = (2G) g (2G)^T`` is an integer (4x the real one) and
``y = A^T [U * V] A / 4`` is exactly the direct conv. Ranges (uint8 or int8 data, int8 filter):
``V = B^T d B`` sums 4 inputs, ``|V| <= 1020`` (int16); ``|U| <= 9 * 128`` (int16); each
product pair of ``vpmaddwd`` stays under 2.4e6, and ``M = V @ U`` and the exact result ``4y``
under ``C * 1.18e6``, which fits int32 for ``C <= MAX_CHANNELS`` (1827; larger convs stay
direct). The output transform's partial sums of 9 values of ``M`` may not, so it adds them in
uint32 (wrapping) and shifts the int32 result right by 2. So the rewrite is bit-identical to
the direct conv.

The 16 GEMMs ``M[k] = V[k] @ U[k]`` over ``[tiles, C] x [C, F]`` do 16 multiply-adds per 4
outputs where the direct conv does 36; with int16 operands ``vpmaddwd`` does 16 multiply-adds
per instruction, as ``vpmaddubsw`` + ``vpmaddwd`` do with int8 ones (32 per two), so on AVX2
the GEMMs issue 2.25x fewer multiplies than the direct kernel. With AVX-512 VNNI
(``vpdpbusd``: 64 per instruction) the direct kernel stays. The GEMM is a `relax.op.matmul`
with a constant int16 right operand (`MatmulInt8`'s int16 case); the transforms are
pre-scheduled kernels vectorized over channels (the input transform reads through a 1-pixel
constant pad before the conv, so that pad kernel goes); the conv's requantizing epilogue runs
on the output transform's int32 result as before.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R
from tvm.script import tirx as T

from ..pipeline import PipelineContext, register_slot_passes
from ..pipeline.relax_utils import bound_const, static_shape
from .cpu.conv2d_int8_nhwc import AVX2, nhwc_isa
from .target_info import cpu_info
from .utils import in_root_block

_G2 = np.array([[2, 0, 0], [1, 1, 1], [1, -1, 1], [0, 0, 2]], dtype=np.int64)  # 2G
LANES16 = 16  # int16 lanes of an AVX2 vector: the transforms' channel block
ROW_TILE = 6
MAX_CHANNELS = (2**31 - 1) // (1020 * 9 * 128)  # |M| <= C * 1020 * 1152 must fit int32


def transform_filter(w: np.ndarray) -> np.ndarray:
    """``U[a*4 + b, c, f] = (2G w[f, :, :, c] 2G^T)[a, b]`` (int16) for an OHWI 3x3 filter."""
    u = np.einsum("ai,fijc,bj->abcf", _G2, w.astype(np.int64), _G2)
    return u.reshape(16, w.shape[3], w.shape[0]).astype(np.int16)


def gemm_rows(tiles: int) -> int:
    """Rows of the GEMMs for ``tiles`` tiles: a multiple of `ROW_TILE` (the extra rows are
    zero), so `MatmulInt8` can take its 6-row register tile (49 tiles would allow 1 or 7)."""
    return -(-tiles // ROW_TILE) * ROW_TILE


def input_transform(n: int, h: int, w: int, c: int, dtype: str, pad: int | None = None
                    ) -> tvm.tirx.PrimFunc:
    """``x[N, H, W, C] -> V[16, P, C]`` (int16), ``V[a*4 + b, tile] = (B^T d B)[a, b]`` with
    ``d`` the tile's 4x4 input window; rows from ``N*TH*TW`` to ``P`` (`gemm_rows`) are zero.
    ``x`` is the padded input (``TH = (H - 2) / 2``), or with ``pad`` the unpadded one: the
    window reads ``pad`` outside it (the 1-pixel constant pad before the conv, folded in)."""
    off, fill = (0, 0) if pad is None else (1, pad)
    if pad is not None:
        h, w = h + 2, w + 2
    th, tw = (h - 2) // 2, (w - 2) // 2
    sh, sw = h - 2 * off, w - 2 * off
    tiles = n * th * tw
    p = gemm_rows(tiles)
    cb = next(b for b in (LANES16, 8, 4, 2, 1) if c % b == 0)

    @T.prim_func(private=True)
    def winograd_int8_input(x: T.Buffer((n, sh, sw, c), dtype),
                            v: T.Buffer((16, p, c), "int16")):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "winograd_int8_input"})
        for nty in T.parallel(n * th):
            for tx, co in T.grid(tw, c // cb):
                d = T.alloc_buffer((16, cb), "int16", scope="global")
                t = T.alloc_buffer((16, cb), "int16", scope="global")
                for i in T.unroll(4):
                    for j in T.unroll(4):
                        for ci in T.vectorized(cb):
                            d[i * 4 + j, ci] = T.if_then_else(
                                0 <= nty % th * 2 + i - off and nty % th * 2 + i - off < sh
                                and 0 <= tx * 2 + j - off and tx * 2 + j - off < sw,
                                T.Cast("int16", x[nty // th, nty % th * 2 + i - off,
                                                  tx * 2 + j - off, co * cb + ci]),
                                T.int16(fill))
                for j in T.unroll(4):
                    for ci in T.vectorized(cb):
                        t[j, ci] = d[j, ci] - d[8 + j, ci]
                        t[4 + j, ci] = d[4 + j, ci] + d[8 + j, ci]
                        t[8 + j, ci] = d[8 + j, ci] - d[4 + j, ci]
                        t[12 + j, ci] = d[4 + j, ci] - d[12 + j, ci]
                for a in T.unroll(4):
                    for ci in T.vectorized(cb):
                        v[a * 4, nty * tw + tx, co * cb + ci] = t[a * 4, ci] - t[a * 4 + 2, ci]
                        v[a * 4 + 1, nty * tw + tx, co * cb + ci] = (
                            t[a * 4 + 1, ci] + t[a * 4 + 2, ci])
                        v[a * 4 + 2, nty * tw + tx, co * cb + ci] = (
                            t[a * 4 + 2, ci] - t[a * 4 + 1, ci])
                        v[a * 4 + 3, nty * tw + tx, co * cb + ci] = (
                            t[a * 4 + 1, ci] - t[a * 4 + 3, ci])
        for k, q, ci in T.grid(16, p - tiles, c):
            v[k, tiles + q, ci] = T.int16(0)

    return in_root_block(winograd_int8_input)


def output_transform(n: int, ho: int, wo: int, f: int) -> tvm.tirx.PrimFunc:
    """``M[16, P, F] (int32) -> y[N, Ho, Wo, F] = (A^T M A) >> 2`` per 2x2 tile, summed in
    uint32 (see module doc); rows past the tiles are not read."""
    th, tw = ho // 2, wo // 2
    p = gemm_rows(n * th * tw)
    fb = next(b for b in (8, 4, 2, 1) if f % b == 0)

    @T.prim_func(private=True)
    def winograd_int8_output(m: T.Buffer((16, p, f), "int32"),
                             y: T.Buffer((n, ho, wo, f), "int32")):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "winograd_int8_output"})
        for nty in T.parallel(n * th):
            for tx, fo in T.grid(tw, f // fb):
                t = T.alloc_buffer((8, fb), "uint32", scope="global")
                for b in T.unroll(4):
                    for fi in T.vectorized(fb):
                        t[b, fi] = (T.Cast("uint32", m[b, nty * tw + tx, fo * fb + fi])
                                    + T.Cast("uint32", m[4 + b, nty * tw + tx, fo * fb + fi])
                                    + T.Cast("uint32", m[8 + b, nty * tw + tx, fo * fb + fi]))
                        t[4 + b, fi] = (
                            T.Cast("uint32", m[4 + b, nty * tw + tx, fo * fb + fi])
                            - T.Cast("uint32", m[8 + b, nty * tw + tx, fo * fb + fi])
                            - T.Cast("uint32", m[12 + b, nty * tw + tx, fo * fb + fi]))
                for r in T.unroll(2):
                    for fi in T.vectorized(fb):
                        y[nty // th, nty % th * 2 + r, tx * 2, fo * fb + fi] = T.shift_right(
                            T.Cast("int32", t[r * 4, fi] + t[r * 4 + 1, fi] + t[r * 4 + 2, fi]),
                            2)
                        y[nty // th, nty % th * 2 + r, tx * 2 + 1, fo * fb + fi] = (
                            T.shift_right(T.Cast("int32", t[r * 4 + 1, fi] - t[r * 4 + 2, fi]
                                                 - t[r * 4 + 3, fi]), 2))

    return in_root_block(winograd_int8_output)


def winograd_int8_conv(call: relax.Call, var2val: dict) -> np.ndarray | None:
    """The constant OHWI filter of an int8 NHWC 3x3 stride-1 unpadded conv with an even output
    plane, ``C`` even and at most `MAX_CHANNELS`, and ``F`` a multiple of 8 (int32 output),
    else None."""
    if not (isinstance(call.op, tvm.ir.Op) and call.op.name == "relax.nn.conv2d"):
        return None
    a = call.attrs
    if (a.data_layout != "NHWC" or a.kernel_layout != "OHWI" or a.out_layout != "NHWC"
            or int(a.groups) != 1 or any(int(s) != 1 for s in a.strides)
            or any(int(d) != 1 for d in a.dilation) or any(int(p) for p in a.padding)
            or str(a.out_dtype) != "int32"):
        return None
    w = bound_const(call.args[1], var2val)
    x_ty = call.args[0].ty
    if not (w is not None and isinstance(x_ty, relax.TensorType)
            and x_ty.dtype in ("uint8", "int8") and static_shape(call.args[0])
            and static_shape(call)):
        return None
    weight = w.value.numpy()
    ho, wo = (int(d) for d in call.ty.shape.values[1:3])
    if (weight.dtype != np.int8 or weight.shape[1:3] != (3, 3) or ho % 2 or wo % 2
            or weight.shape[3] % 2 or weight.shape[3] > MAX_CHANNELS or weight.shape[0] % 8):
        return None
    return weight


def _one_pixel_pad(expr: relax.Expr | None) -> tuple[relax.Expr | None, int | None]:
    """``(x, value)`` when ``expr`` pads an NHWC ``x`` by one pixel on every side of the plane
    with a constant integer ``value`` of its dtype's range, else ``(None, None)``."""
    if not (isinstance(expr, relax.Call) and isinstance(expr.op, tvm.ir.Op)
            and expr.op.name == "relax.nn.pad" and expr.attrs.pad_mode == "constant"
            and expr.attrs.pad_width is not None):
        return None, None
    value = float(expr.attrs.pad_value)
    lo, hi = (0, 255) if expr.args[0].ty.dtype == "uint8" else (-128, 127)
    if ([int(v) for v in expr.attrs.pad_width] != [0, 0, 1, 1, 1, 1, 0, 0]
            or value != int(value) or not lo <= value <= hi):
        return None, None
    return expr.args[0], int(value)


@relax.expr_functor.mutator
class _Rewriter(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule):
        super().__init__(mod)
        self.var2val: dict = {}

    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        weight = winograd_int8_conv(call, self.var2val)
        return call if weight is None else self._conv(call, weight)

    def _conv(self, call: relax.Call, weight: np.ndarray) -> relax.Expr:
        x = call.args[0]
        n, h, w, c = (int(d) for d in x.ty.shape.values)
        f = weight.shape[0]
        ho, wo = h - 2, w - 2
        p = gemm_rows(n * (ho // 2) * (wo // 2))
        src, pad = _one_pixel_pad(self.var2val.get(x))
        if pad is None:
            src = x
        fin = self.builder_.add_func(input_transform(n, h - 2 * (pad is not None),
                                                     w - 2 * (pad is not None), c, x.ty.dtype,
                                                     pad), "winograd_int8_input")
        v = self.builder_.emit(relax.call_tir(fin, [src], relax.TensorType((16, p, c),
                                                                           "int16")))
        m = self.builder_.emit(R.matmul(v, relax.const(transform_filter(weight)),
                                        out_dtype="int32"))
        fout = self.builder_.add_func(output_transform(n, ho, wo, f), "winograd_int8_output")
        return relax.call_tir(fout, [m], relax.TensorType((n, ho, wo, f), "int32"))


@tvm.transform.module_pass(opt_level=0, name="tvmq.WinogradInt8Nhwc")
class WinogradInt8Nhwc:
    """Rewrite the `winograd_int8_conv` convs (see module doc)."""

    def transform_module(self, mod: tvm.IRModule, _ctx: tvm.transform.PassContext
                         ) -> tvm.IRModule:
        """The rewritten module."""
        rewriter = _Rewriter(mod)
        for gvar, func in mod.functions_items():
            if isinstance(func, relax.Function):
                rewriter.var2val = relax.analysis.get_var2val(func)
                rewriter.builder_.update_func(gvar, rewriter.visit_expr(func))
        return relax.transform.DeadCodeElimination()(rewriter.builder_.finalize())


@register_slot_passes("rewrite", "tvmq-int8-winograd", order=63)
def _winograd_int8_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """After `Int8ConvNhwc` on AVX2 targets without AVX-512 (on its NHWC convs), unless the
    compile option ``int8_nhwc`` or ``int8_winograd`` is False."""
    if ctx.spec.kind != "llvm" or not (ctx.options.int8_nhwc and ctx.options.int8_winograd):
        return []
    return [WinogradInt8Nhwc()] if nhwc_isa(cpu_info(ctx.target)) is AVX2 else []
