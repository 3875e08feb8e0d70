"""Relax pass: fp32 3x3 stride-1 convolutions become Winograd F(2x2, 3x3).

Each 4x4 input window ``d`` (at stride 2) is transformed to ``V = B^T d B``, the filter to
``U = G g G^T`` (once, at compile time), and the conv becomes 16 independent GEMMs
``M[k] = V[k] @ U[k]`` over ``[tiles, C] x [C, F]``; each tile's 2x2 outputs are
``A^T M A``. The GEMMs do 16 multiply-adds per 4 outputs where the direct conv does 36; the
transforms are additions only (``B``, ``A``) and run as kernels of their own.

The GEMM is a `relax.op.matmul` with a constant right operand, so it takes the `Matmul` rule
and its compile-time weight packing. The transforms are pre-scheduled kernels vectorized over
channels; the output transform also adds the bias and applies the ReLU that followed the
conv. The rounding differs from the direct conv's (``U`` has halves; the sums are
reassociated): about 1e-6 of the output's range (docs/schedules.md, "Winograd 3x3 convs").
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

# F(2x2, 3x3): y = A^T [(G g G^T) * (B^T d B)] A
_G = np.array([[1, 0, 0], [0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0, 0, 1]])


def transform_filter(w: np.ndarray) -> np.ndarray:
    """``U[a*4 + b, c, f] = (G w[f, c] G^T)[a, b]`` for an OIHW 3x3 filter ``w``."""
    u = np.einsum("ai,fcij,bj->abcf", _G, w.astype(np.float64), _G)
    return u.reshape(16, w.shape[1], w.shape[0]).astype(np.float32)


def input_transform(n: int, c: int, h: int, w: int, pad: tuple[int, int], tiles: tuple[int, int],
                    lanes: int) -> tvm.tirx.PrimFunc:
    """``x[N, C, H, W] -> V[16, N*TH*TW, C]``: ``V[a*4 + b, tile] = (B^T d B)[a, b]`` where
    ``d`` is the 4x4 input window of the tile, zero outside ``x`` (``pad`` = top, left)."""
    th, tw = tiles
    top, left = pad
    p = n * th * tw
    cb = lanes if c % lanes == 0 else 1

    @T.prim_func(private=True)
    def winograd_input(x: T.Buffer((n, c, h, w), "float32"),
                       v: T.Buffer((16, p, c), "float32")):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "winograd_input"})
        for nty in T.parallel(n * th):
            for tx, co in T.grid(tw, c // cb):
                d = T.alloc_buffer((16, cb), "float32", scope="global")
                t = T.alloc_buffer((16, cb), "float32", scope="global")
                for i in T.unroll(4):
                    for j in T.unroll(4):
                        for ci in T.vectorized(cb):
                            d[i * 4 + j, ci] = T.if_then_else(
                                0 <= nty % th * 2 + i - top and nty % th * 2 + i - top < h
                                and 0 <= tx * 2 + j - left and tx * 2 + j - left < w,
                                x[nty // th, co * cb + ci, nty % th * 2 + i - top,
                                  tx * 2 + j - left], T.float32(0))
                for j in T.unroll(4):
                    for ci in T.vectorized(cb):
                        t[j, ci] = d[j, ci] - d[8 + j, ci]
                        t[4 + j, ci] = d[4 + j, ci] + d[8 + j, ci]
                        t[8 + j, ci] = d[8 + j, ci] - d[4 + j, ci]
                        t[12 + j, ci] = d[4 + j, ci] - d[12 + j, ci]
                for a in T.unroll(4):
                    for ci in T.vectorized(cb):
                        v[a * 4, nty * tw + tx, co * cb + ci] = (
                            t[a * 4, ci] - t[a * 4 + 2, ci])
                        v[a * 4 + 1, nty * tw + tx, co * cb + ci] = (
                            t[a * 4 + 1, ci] + t[a * 4 + 2, ci])
                        v[a * 4 + 2, nty * tw + tx, co * cb + ci] = (
                            t[a * 4 + 2, ci] - t[a * 4 + 1, ci])
                        v[a * 4 + 3, nty * tw + tx, co * cb + ci] = (
                            t[a * 4 + 1, ci] - t[a * 4 + 3, ci])

    return in_root_block(winograd_input)


def output_transform(n: int, f: int, ho: int, wo: int, tiles: tuple[int, int], lanes: int,
                     relu: bool) -> tvm.tirx.PrimFunc:
    """``(M[16, N*TH*TW, F], bias[F]) -> y[N, F, Ho, Wo]``: each tile's 2x2 outputs
    ``A^T M A`` plus the bias, then ReLU when ``relu``."""
    th, tw = tiles
    p = n * th * tw
    fb = lanes if f % lanes == 0 else 1
    lo = T.float32(0) if relu else T.float32(-np.inf)

    @T.prim_func(private=True)
    def winograd_output(m: T.Buffer((16, p, f), "float32"), bias: T.Buffer((f,), "float32"),
                        y: T.Buffer((n, f, ho, wo), "float32")):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "winograd_output", "tvmq.relu": relu})
        for nty in T.parallel(n * th):
            for tx, fo in T.grid(tw, f // fb):
                t = T.alloc_buffer((8, fb), "float32", scope="global")
                for b in T.unroll(4):
                    for fi in T.vectorized(fb):
                        t[b, fi] = (m[b, nty * tw + tx, fo * fb + fi]
                                    + m[4 + b, nty * tw + tx, fo * fb + fi]
                                    + m[8 + b, nty * tw + tx, fo * fb + fi])
                        t[4 + b, fi] = (m[4 + b, nty * tw + tx, fo * fb + fi]
                                        - m[8 + b, nty * tw + tx, fo * fb + fi]
                                        - m[12 + b, nty * tw + tx, fo * fb + fi])
                for r in T.unroll(2):
                    if nty % th * 2 + r < ho:
                        for fi in T.vectorized(fb):
                            y[nty // th, fo * fb + fi, nty % th * 2 + r, tx * 2] = T.max(
                                t[r * 4, fi] + t[r * 4 + 1, fi] + t[r * 4 + 2, fi]
                                + bias[fo * fb + fi], lo)
                        if tx * 2 + 1 < wo:
                            for fi in T.vectorized(fb):
                                y[nty // th, fo * fb + fi, nty % th * 2 + r, tx * 2 + 1] = T.max(
                                    t[r * 4 + 1, fi] - t[r * 4 + 2, fi] - t[r * 4 + 3, fi]
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


def _tiles(ho: int, wo: int) -> tuple[int, int]:
    """Rows and columns of 2x2 output tiles over an ``ho`` x ``wo`` output (the last cut)."""
    return -(-ho // 2), -(-wo // 2)


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
        tiles = _tiles(ho, wo)
        p = n * tiles[0] * tiles[1]
        pad = (int(call.attrs.padding[0]), int(call.attrs.padding[1]))
        fin = self.builder_.add_func(input_transform(n, c, h, w, pad, tiles, self.lanes),
                                     "winograd_input")
        v = self.builder_.emit(relax.call_tir(fin, [x], relax.TensorType((16, p, c),
                                                                         "float32")))
        m = self.builder_.emit(R.matmul(v, relax.const(transform_filter(weight))))
        return self._output(m, np.zeros(f, np.float32), False, (n, f, ho, wo), tiles)

    def _output(self, m: relax.Expr, bias: np.ndarray, relu: bool,
                shape: tuple[int, int, int, int], tiles: tuple[int, int]) -> relax.Call:
        n, f, ho, wo = shape
        fout = self.builder_.add_func(
            output_transform(n, f, ho, wo, tiles, self.lanes, relu),
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
            tiles = _tiles(shape[2], shape[3])
            if call.op.name == "relax.nn.relu":
                return self._output(m, bias.value.numpy(), True, shape, tiles)
            extra = _channel_bias(args[1 - i], shape[1])
            if extra is not None:
                return self._output(m, bias.value.numpy() + extra, False, shape, tiles)
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
