"""Relax pass: pad the input channels of int8 convolutions to the dot-product group size.

`Conv2dInt8` reduces input channels ``g`` at a time (4 with ``vpdpbusd``, 2 with
``vpmaddwd``), so a conv whose channel count is not a multiple of 4 (typically an RGB stem,
``C = 3``) would fall to the generic int32 `Conv2d` rule, 2x slower than its fp32 form. This
pass appends zero input channels to such a conv's constant int8 filter and pads its int8
input with zeros along the channel axis (the pad fuses into the producer, usually the input's
quantize). Zero weights times zero inputs add nothing: the int32 result is bit-identical.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from ..pipeline import PipelineContext, register_slot_passes
from .target_info import cpu_info

CHANNEL_GROUP = 4  # a multiple of both groups (vpdpbusd 4, vpmaddwd 2)
OUT_TILE = 8  # Conv2dInt8 needs F % 8 == 0 (16 for AVX-512 vectors, 8 for AVX2 ones)


def _int8_conv_to_pad(call: relax.Call) -> np.ndarray | None:
    """The filter of an int8 NCHW/OIHW groups=1 conv whose channels need padding, else None."""
    if not (isinstance(call.op, tvm.ir.Op) and call.op.name == "relax.nn.conv2d"):
        return None
    a = call.attrs
    if (int(a.groups) != 1 or a.data_layout != "NCHW" or a.kernel_layout != "OIHW"
            or str(a.out_dtype) != "int32"):
        return None
    data, weight = call.args
    if not isinstance(weight, tvm.ir.expr.GenericConst):
        return None
    ty = data.ty
    if not isinstance(ty, relax.TensorType) or ty.dtype != "int8":
        return None
    w = weight.value.numpy()
    if w.dtype != np.int8 or w.ndim != 4 or w.shape[0] % OUT_TILE or (
            w.shape[1] % CHANNEL_GROUP == 0):
        return None
    return w


@relax.expr_functor.mutator
class _ChannelPadder(relax.PyExprMutator):
    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        w = _int8_conv_to_pad(call)
        if w is None:
            return call
        extra = -w.shape[1] % CHANNEL_GROUP
        wp = np.concatenate([w, np.zeros((w.shape[0], extra, *w.shape[2:]), np.int8)], axis=1)
        x = self.builder_.emit(R.nn.pad(call.args[0], [0, 0, 0, extra, 0, 0, 0, 0],
                                        "constant", 0.0), "chan_pad")
        return relax.Call(call.op, [x, relax.const(wp, "int8")], call.attrs, call.ty_args)


@tvm.transform.module_pass(opt_level=0, name="tvmq.PadInt8ConvChannels")
def PadInt8ConvChannels(mod: tvm.IRModule, _ctx: tvm.transform.PassContext  # noqa: N802
                        ) -> tvm.IRModule:
    """Pad int8 conv2d input channels to a multiple of `CHANNEL_GROUP` (see module doc)."""
    padder = _ChannelPadder(mod)
    for gvar, func in mod.functions_items():
        if isinstance(func, relax.Function):
            padder.builder_.update_func(gvar, padder.visit_expr(func))
    return padder.builder_.finalize()


@register_slot_passes("rewrite", "tvmq-int8-conv-channels", order=60)
def _pad_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """Only where `Conv2dInt8` runs (llvm with AVX-512 or AVX2 int8)."""
    info = cpu_info(ctx.target) if ctx.spec.kind == "llvm" else None
    if info is None or not (info.avx512 or info.avx2):
        return []
    return [PadInt8ConvChannels]
