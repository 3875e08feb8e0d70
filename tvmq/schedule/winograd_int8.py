"""Relax pass: int8 NHWC 3x3 stride-1 convolutions become exact integer Winograd convolutions.

`tvmq.schedule.winograd_tiles` holds the algorithms, F(4x4, 3x3) and F(2x2, 3x3), scaled
to integers, with the range proof that makes each bit-identical to the direct conv for a given
constant filter. A conv becomes three steps: an int16 input transform ``V``, ``n^2`` GEMMs
``M[k] = V[k] @ U'[k]`` over ``[tiles, C] x [C, F]`` (``n = m + 2``), and an int32 output
transform. The GEMMs do ``n^2 / m^2`` multiply-adds per output where the direct conv does 9:
2.25 with F(4x4), 4 with F(2x2). With int16 operands ``vpmaddwd`` does 16 multiply-adds per
instruction, as ``vpmaddubsw`` + ``vpmaddwd`` do with int8 ones (32 per two), so on AVX2 the
GEMMs issue 4x (F(4x4)) or 2.25x (F(2x2)) fewer multiplies than the direct kernel. With
AVX-512 VNNI (``vpdpbusd``: 64 per instruction) the direct kernel stays.

The GEMM is a `relax.op.matmul` with a constant int16 right operand (`MatmulInt8`'s int16
case); the transforms are pre-scheduled kernels vectorized over channels (the input transform
reads through a 1-pixel constant pad before the conv, so that pad kernel goes); the conv's
requantizing epilogue runs on the output transform's int32 result as before.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from ..pipeline import PipelineContext, register_slot_passes
from ..pipeline.relax_utils import bound_const, static_shape
from .cpu.conv2d_int8_nhwc import AVX2, nhwc_isa
from .target_info import cpu_info
from .winograd_int8_kernels import gemm_rows, input_transform, output_transform
from .winograd_tiles import F2, F4, MIN_TILES_F4, WinogradTile, tiles_of


def pick_tile(weight: np.ndarray, dtype: str, ho: int, wo: int) -> WinogradTile | None:
    """The algorithm for an ``ho x wo`` output plane, where `WinogradTile.exact` holds for the
    OHWI ``weight`` and ``dtype`` data: F(4x4, 3x3) over at least `MIN_TILES_F4` tiles (the
    last row and column may be partial), else F(2x2, 3x3) for an even plane, else None."""
    lo, hi = (0, 255) if dtype == "uint8" else (-128, 127)
    if np.prod(tiles_of(F4, ho, wo)) >= MIN_TILES_F4 and F4.exact(weight, lo, hi):
        return F4
    if ho % 2 == 0 and wo % 2 == 0 and F2.exact(weight, lo, hi):
        return F2
    return None


def winograd_int8_conv(call: relax.Call, var2val: dict
                       ) -> tuple[np.ndarray, WinogradTile] | None:
    """The constant OHWI filter and the `pick_tile` algorithm of an int8 NHWC 3x3 stride-1
    unpadded conv with ``C`` even and ``F`` a multiple of 8 (int32 output), else None."""
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
    if (weight.dtype != np.int8 or weight.shape[1:3] != (3, 3) or weight.shape[0] % 8
            or weight.shape[3] % 2):  # C pairs: `vpmaddwd`'s reduction group
        return None
    ho, wo = (int(d) for d in call.ty.shape.values[1:3])
    tile = pick_tile(weight, x_ty.dtype, ho, wo)
    return None if tile is None else (weight, tile)


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
        picked = winograd_int8_conv(call, self.var2val)
        return call if picked is None else self._conv(call, *picked)

    def _conv(self, call: relax.Call, weight: np.ndarray, tile: WinogradTile) -> relax.Expr:
        x = call.args[0]
        n, h, w, c = (int(d) for d in x.ty.shape.values)
        f = weight.shape[0]
        ho, wo = h - 2, w - 2
        k = tile.window**2
        p = gemm_rows(n * np.prod(tiles_of(tile, ho, wo)))
        src, pad = _one_pixel_pad(self.var2val.get(x))
        if pad is None:
            src = x
        fin = self.builder_.add_func(input_transform(
            tile, n, h - 2 * (pad is not None), w - 2 * (pad is not None), c, x.ty.dtype, pad),
            "winograd_int8_input")
        v = self.builder_.emit(relax.call_tir(fin, [src], relax.TensorType((k, p, c), "int16")))
        u = tile.transform_filter(weight).astype(np.int16)
        m = self.builder_.emit(R.matmul(v, relax.const(u), out_dtype="int32"))
        fout = self.builder_.add_func(output_transform(tile, n, ho, wo, f),
                                      "winograd_int8_output")
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
