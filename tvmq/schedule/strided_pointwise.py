"""Relax pass: a strided 1x1 convolution becomes a strided slice of its input + a stride-1 1x1.

A 1x1 conv with stride ``s`` reads one pixel in ``s * s``: ResNet's 256->512 projection
shortcut (56x56, stride 2) ran at 97 GFLOP/s, against 150 for stride-1 1x1s whose pixel-vector
tile (`Conv2d._pointwise`) needs contiguous output pixels. This pass rewrites
``conv2d(x, W, strides=s)`` into ``conv2d(strided_slice(x, [2, 3], [0, 0], [H, W], s), W,
strides=1)`` where the sliced plane is a multiple of the vector width, so that tile applies,
or has at least `PIXEL_GEMM_MIN_PLANE` pixels (the 14x14 and 7x7 projections, which then take
`pixel_gemm`: 512->1024 @28x28 s2 went from 2.37 to 1.53-1.63 ms). The slice is a small copy
(1 / s**2 of the input); the result is identical.

Int8 convs are sliced on AVX2-only targets (``int8``): their input is then shifted
to uint8 in the same kernel as the slice, and the stride-1 conv takes the flattened or pixel
tile of `Conv2dInt8`; in ResNet-50, 256->512 @56x56 s2 went from 1.21 to 0.73-0.80 ms and
512->1024 @28x28 s2 from 1.13 to 0.71-0.87 ms, the slice-and-shift kernels adding about
0.05 ms. AVX-512 targets keep the strided int8 conv: sliced there, the whole int8 ResNet-50
on a Zen 4 VM took 0.996-1.004x its time (bit-identical), no gain.
"""

from __future__ import annotations

import tvm
from tvm import relax
from tvm.relax import op as R

from ..pipeline import PipelineContext, register_slot_passes
from .cpu.conv2d import PIXEL_GEMM_MIN_PLANE
from .target_info import cpu_info


def _strided_pointwise(call: relax.Call, lanes: int, int8: bool) -> tuple[int, int] | None:
    """The strides of an unpadded NCHW/OIHW 1x1 conv worth slicing, else None."""
    if not (isinstance(call.op, tvm.ir.Op) and call.op.name == "relax.nn.conv2d"):
        return None
    a = call.attrs
    strides = tuple(int(s) for s in a.strides)
    if (strides == (1, 1) or int(a.groups) != 1 or a.data_layout != "NCHW"
            or a.kernel_layout != "OIHW" or any(int(p) for p in a.padding)
            or any(int(d) != 1 for d in a.dilation)):
        return None
    x_ty, w_ty = call.args[0].ty, call.args[1].ty
    if not (isinstance(x_ty, relax.TensorType) and isinstance(w_ty, relax.TensorType)):
        return None
    if x_ty.dtype not in (("float32", "float16", "int8", "uint8") if int8
                          else ("float32", "float16")):
        return None
    try:
        h, w = (int(d) for d in x_ty.shape.values[2:])
        kh, kw = (int(d) for d in w_ty.shape.values[2:])
    except (TypeError, AttributeError):  # symbolic or unknown shapes
        return None
    if (kh, kw) != (1, 1):
        return None
    out = (-(-h // strides[0])) * (-(-w // strides[1]))
    return strides if out % lanes == 0 or out >= PIXEL_GEMM_MIN_PLANE else None


@relax.expr_functor.mutator
class _Slicer(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, lanes: int, int8: bool) -> None:
        super().__init__(mod)
        self.lanes = lanes
        self.int8 = int8

    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        strides = _strided_pointwise(call, self.lanes, self.int8)
        if strides is None:
            return call
        x = call.args[0]
        h, w = (int(d) for d in x.ty.shape.values[2:])
        sliced = self.builder_.emit(R.strided_slice(x, axes=[2, 3], begin=[0, 0], end=[h, w],
                                                    strides=list(strides)), "stride_slice")
        a = call.attrs
        return R.nn.conv2d(sliced, call.args[1], strides=[1, 1], padding=[0, 0, 0, 0],
                           dilation=[1, 1], groups=1, data_layout="NCHW", kernel_layout="OIHW",
                           out_layout=a.out_layout, out_dtype=a.out_dtype)


def SliceStridedPointwise(lanes: int = 16, int8: bool = False) -> tvm.transform.Pass:  # noqa: N802
    """The pass of the module doc; ``lanes``: the pixel tiles' vector width (a sliced plane
    of fewer than `PIXEL_GEMM_MIN_PLANE` pixels must be a multiple of it); ``int8``: slice
    int8/uint8 convs too."""

    @tvm.transform.module_pass(opt_level=0, name="tvmq.SliceStridedPointwise")
    def rewrite(mod: tvm.IRModule, _ctx: tvm.transform.PassContext) -> tvm.IRModule:
        slicer = _Slicer(mod, lanes, int8)
        for gvar, func in mod.functions_items():
            if isinstance(func, relax.Function):
                slicer.builder_.update_func(gvar, slicer.visit_expr(func))
        return slicer.builder_.finalize()

    return rewrite


@register_slot_passes("rewrite", "tvmq-strided-pointwise", order=55)
def _slice_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """On x86 llvm targets (where the pixel-vector 1x1 tiles are)."""
    if ctx.spec.kind != "llvm":
        return []
    info = cpu_info(ctx.target)
    if not (info.avx512 or info.avx2):
        return []
    return [SliceStridedPointwise(max(info.lanes("float32"), 16 if info.vnni else 1),
                                  int8=not info.avx512)]
