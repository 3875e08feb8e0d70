"""Relax pass: fp32 3x3 stride-1 convolutions become Winograd F(4x4, 3x3) or F(2x2, 3x3).

Each ``n x n`` input window ``d`` (``n = m + 2``, at stride ``m``) is transformed to
``V = B^T d B``, the filter to ``U = G g G^T`` (once, at compile time), and the conv becomes
``n^2`` independent GEMMs ``M[k] = V[k] @ U[k]`` over ``[tiles, C] x [C, F]``; each tile's
``m x m`` outputs are ``A^T M A`` (`tvmq.schedule.winograd_tiles` has the matrices). The GEMMs
do ``n^2 / m^2`` multiply-adds per output where the direct conv does 9: 2.25 with F(4x4),
which the pass takes on planes of at least `MIN_TILES_F4` tiles, else 4 with F(2x2).

The GEMM is a `relax.op.matmul` with a constant right operand, so it takes the `Matmul` rule
and its compile-time weight packing. The transforms are pre-scheduled kernels vectorized over
channels; the output transform also adds the bias and applies the ReLU that followed the
conv. The rounding differs from the direct conv's (``U`` has fractions; the sums are
reassociated): about 1e-6 of the output's range with F(2x2), 1e-5 with F(4x4)
(docs/schedules.md, "Winograd 3x3 convs").
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R
from tvm.script import tirx as T

from ..pipeline import PipelineContext, register_slot_passes
from ..pipeline.relax_utils import bound_const, static_shape
from .target_info import cpu_info
from .utils import in_root_block
from .winograd_tiles import (
    F2,
    F4,
    MIN_TILES_F4,
    WinogradTile,
    combine,
    gemm_column,
    row,
    tiles_of,
    transform_window,
)


def transform_filter(w: np.ndarray, tile: WinogradTile = F2) -> np.ndarray:
    """``U[a*n + b, c, f] = (G w[f, c] G^T)[a, b]`` for an OIHW 3x3 filter ``w``."""
    g = tile.g_real
    u = np.einsum("ai,fcij,bj->abcf", g, w.astype(np.float64), g)
    return u.reshape(tile.window**2, w.shape[1], w.shape[0]).astype(np.float32)


def pick_tile(ho: int, wo: int) -> WinogradTile:
    """F(4x4, 3x3) over at least `MIN_TILES_F4` tiles, else F(2x2, 3x3)."""
    return F4 if np.prod(tiles_of(F4, ho, wo)) >= MIN_TILES_F4 else F2


def input_transform(tile: WinogradTile, n: int, c: int, h: int, w: int, pad: tuple[int, int],
                    out: tuple[int, int], lanes: int) -> tvm.tirx.PrimFunc:
    """``x[N, C, H, W] -> V[n^2, N*TH*TW, C]``: ``V[a*n + b, tile] = (B^T d B)[a, b]`` where
    ``d`` is the ``n x n`` input window of the tile (``n = m + 2``) of an ``out`` (height,
    width) output plane, zero outside ``x`` (``pad`` = top, left)."""
    top, left = pad
    th, tw = tiles_of(tile, *out)
    p = n * th * tw
    cb = lanes if c % lanes == 0 else 1
    a, m, bt = tile.window, tile.m, tile.bt

    @T.prim_func(private=True)
    def winograd_input(x: T.Buffer((n, c, h, w), "float32"),
                       v: T.Buffer((a * a, p, c), "float32")):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "winograd_input"})
        for nty in T.parallel(n * th):
            for tx, co in T.grid(tw, c // cb):
                d = T.alloc_buffer((a * a, cb), "float32", scope="global")
                t = T.alloc_buffer((a * a, cb), "float32", scope="global")
                for i in T.unroll(a):
                    for j in T.unroll(a):
                        for ci in T.vectorized(cb):
                            d[i * a + j, ci] = T.if_then_else(
                                0 <= nty % th * m + i - top and nty % th * m + i - top < h
                                and 0 <= tx * m + j - left and tx * m + j - left < w,
                                x[nty // th, co * cb + ci, nty % th * m + i - top,
                                  tx * m + j - left], T.float32(0))
                transform_window(bt, a, cb, "float32", d, t, v, nty * tw + tx, co * cb)

    return in_root_block(winograd_input)


def output_transform(tile: WinogradTile, n: int, f: int, ho: int, wo: int, lanes: int,
                     relu: bool) -> tvm.tirx.PrimFunc:
    """``(M[n^2, N*TH*TW, F], bias[F]) -> y[N, F, Ho, Wo]``: each tile's ``m x m`` outputs
    ``A^T M A`` plus the bias, then ReLU when ``relu``."""
    th, tw = tiles_of(tile, ho, wo)
    p = n * th * tw
    fb = lanes if f % lanes == 0 else 1
    lo = T.float32(0) if relu else T.float32(-np.inf)
    a, m = tile.window, tile.m
    at = tile.at_real.tolist()

    @T.prim_func(private=True)
    def winograd_output(mm: T.Buffer((a * a, p, f), "float32"), bias: T.Buffer((f,), "float32"),
                        y: T.Buffer((n, f, ho, wo), "float32")):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "winograd_output", "tvmq.relu": relu, "tvmq.tile": m})
        for nty in T.parallel(n * th):
            for tx, fo in T.grid(tw, f // fb):
                t = T.alloc_buffer((m * a, fb), "float32", scope="global")
                for r in T.unroll(m):
                    for b in T.unroll(a):
                        for fi in T.vectorized(fb):
                            t[r * a + b, fi] = combine(at, r, gemm_column(
                                mm, b, nty * tw + tx, fo * fb + fi, a), "float32")
                for r in T.unroll(m):
                    for s in T.unroll(m):
                        if nty % th * m + r < ho and tx * m + s < wo:
                            for fi in T.vectorized(fb):
                                y[nty // th, fo * fb + fi, nty % th * m + r, tx * m + s] = T.max(
                                    combine(at, s, row(t, r, fi, a), "float32")
                                    + bias[fo * fb + fi], lo)

    return winograd_output


def _winograd_conv(call: relax.Call, var2val: dict, lanes: int) -> np.ndarray | None:
    """The constant OIHW filter of an fp32 NCHW 3x3 stride-1 conv worth rewriting, else
    None."""
    if not (isinstance(call.op, tvm.ir.Op) and call.op.name == "relax.nn.conv2d"):
        return None
    a = call.attrs
    if (a.data_layout != "NCHW" or a.kernel_layout != "OIHW" or a.out_layout != "NCHW"
            or int(a.groups) != 1 or any(int(s) != 1 for s in a.strides)
            or any(int(d) != 1 for d in a.dilation) or str(a.out_dtype or "float32") != "float32"):
        return None
    w = bound_const(call.args[1], var2val)
    x_ty = call.args[0].ty
    if not (w is not None and isinstance(x_ty, relax.TensorType) and x_ty.dtype == "float32"
            and static_shape(call.args[0]) and static_shape(call)):
        return None
    weight = w.value.numpy()
    if weight.dtype != np.float32 or weight.shape[2:] != (3, 3):
        return None
    if weight.shape[1] % lanes or weight.shape[0] % lanes:
        return None
    return weight


@relax.expr_functor.mutator
class _Rewriter(relax.PyExprMutator):
    """Rewrites the convs, then folds a following per-channel bias add and ReLU into the
    output transform (the unfused transform is left dead for `DeadCodeElimination`)."""

    def __init__(self, mod: tvm.IRModule, lanes: int):
        super().__init__(mod)
        self.lanes = lanes
        self.var2val: dict = {}

    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        weight = _winograd_conv(call, self.var2val, self.lanes)
        if weight is not None:
            return self._conv(call, weight)
        if isinstance(call.op, tvm.ir.Op) and call.op.name in ("relax.add", "relax.nn.relu"):
            return self._fold(call)
        return call

    def _conv(self, call: relax.Call, weight: np.ndarray) -> relax.Expr:
        x = call.args[0]
        n, c, h, w = (int(d) for d in x.ty.shape.values)
        f = weight.shape[0]
        ho, wo = (int(d) for d in call.ty.shape.values[2:])
        tile = pick_tile(ho, wo)
        p = n * int(np.prod(tiles_of(tile, ho, wo)))
        pad = (int(call.attrs.padding[0]), int(call.attrs.padding[1]))
        fin = self.builder_.add_func(input_transform(tile, n, c, h, w, pad, (ho, wo), self.lanes),
                                     "winograd_input")
        v = self.builder_.emit(relax.call_tir(fin, [x], relax.TensorType(
            (tile.window**2, p, c), "float32")))
        m = self.builder_.emit(R.matmul(v, relax.const(transform_filter(weight, tile))))
        return self._output(m, np.zeros(f, np.float32), False, (n, f, ho, wo), tile)

    def _output(self, m: relax.Expr, bias: np.ndarray, relu: bool,
                shape: tuple[int, int, int, int], tile: WinogradTile) -> relax.Call:
        n, f, ho, wo = shape
        fout = self.builder_.add_func(
            output_transform(tile, n, f, ho, wo, self.lanes, relu),
            "winograd_output_relu" if relu else "winograd_output")
        return relax.call_tir(fout, [m, relax.const(bias)],
                              relax.TensorType(shape, "float32"))

    def _fold(self, call: relax.Call) -> relax.Expr:
        """``add(winograd_output(m, b), bias)`` or ``relu(winograd_output(m, b))`` as one
        output transform."""
        args = list(call.args)
        for i, arg in enumerate(args):
            out = self.builder_.lookup_binding(arg) if isinstance(arg, relax.Var) else None
            kernel = self._output_kernel(out)
            if kernel is None or bool(kernel.attrs["tvmq.relu"]):
                continue
            m, bias = out.args[1].fields
            shape = tuple(int(d) for d in out.ty.shape.values)
            tile = F4 if int(kernel.attrs["tvmq.tile"]) == F4.m else F2
            if call.op.name == "relax.nn.relu":
                return self._output(m, bias.value.numpy(), True, shape, tile)
            extra = _channel_bias(args[1 - i], shape[1])
            if extra is not None:
                return self._output(m, bias.value.numpy() + extra, False, shape, tile)
        return call

    def _output_kernel(self, expr: relax.Expr | None) -> tvm.tirx.PrimFunc | None:
        if not (isinstance(expr, relax.Call) and isinstance(expr.args[0], relax.GlobalVar)):
            return None
        func = self.builder_.get()[expr.args[0]]
        if (isinstance(func, tvm.tirx.PrimFunc) and func.attrs is not None
                and str(func.attrs.get("tvmq.kernel", "")) == "winograd_output"):
            return func
        return None


def _channel_bias(expr: relax.Expr, channels: int) -> np.ndarray | None:
    """A constant added per output channel (shape ``[1, F, 1, 1]`` or ``[F, 1, 1]``) as
    ``[F]``, else None."""
    if not isinstance(expr, tvm.ir.expr.GenericConst):
        return None
    value = expr.value.numpy()
    if (value.dtype != np.float32 or value.ndim not in (3, 4) or value.size != channels
            or value.shape[-3] != channels):
        return None
    return value.reshape(channels)


def WinogradConv2d(lanes: int) -> tvm.transform.Pass:  # noqa: N802
    """The pass of the module doc; ``lanes``: the fp32 vector width (channel counts must be
    multiples of it)."""

    @tvm.transform.module_pass(opt_level=0, name="tvmq.WinogradConv2d")
    def rewrite(mod: tvm.IRModule, _ctx: tvm.transform.PassContext) -> tvm.IRModule:
        rewriter = _Rewriter(mod, lanes)
        for gvar, func in mod.functions_items():
            if isinstance(func, relax.Function):
                rewriter.var2val = relax.analysis.get_var2val(func)
                rewriter.builder_.update_func(gvar, rewriter.visit_expr(func))
        return relax.transform.DeadCodeElimination()(rewriter.builder_.finalize())

    return rewrite


@register_slot_passes("rewrite", "tvmq-winograd", order=57)
def _winograd_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """On x86 llvm targets with AVX2 or AVX-512, under ``CompileOptions.fast_math``."""
    if ctx.spec.kind != "llvm" or not ctx.options.fast_math:
        return []
    info = cpu_info(ctx.target)
    if not (info.avx512 or info.avx2):
        return []
    return [WinogradConv2d(info.lanes("float32"))]
