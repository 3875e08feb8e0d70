"""Relax pass: run x86 int8 convs on NHWC activations, and the int8 ops between them too.

`Conv2dInt8Nhwc` reads NHWC activations in place and writes its epilogue contiguously, where
the NCHW schedules copy every input to ``[N, C/4, H, W, 4]`` and read the accumulators
transposed (see `tvmq.schedule.cpu.conv2d_int8_nhwc`). This pass rewrites each uint8 x int8
conv2d that kernel takes (unpadded, groups 1, ``F`` a multiple of the vector's int32 lanes,
``C % 4 == 0``, constant weight, 7-bit on AVX2; `ShiftInt8ActivationsVnni` and
`ShiftInt8Activations` make int8 and ``w7a8`` ResNets' convs so) to NHWC with an OHWI weight
transposed at compile time, and carries NHWC through the ops that follow a layout:
elementwise and broadcast ops (a constant operand is transposed at compile time), ``pad``,
max/avg pools, and sums/means over the plane. A tensor some other op reads is transposed
back to NCHW for it (`permute_dims`, dropped when unused), as is a graph input a converted
op reads, so the rewrite is exact whatever the graph. A function keeps NCHW when its NHWC
form needs more transposes than one per graph input and output plus one per four NHWC
convs: where conv outputs mostly feed ops that keep NCHW (concats, resizes), the transposes
would cost what the convs gain. In an int8 ResNet-50 the only transposes are the stem's
input (fused into the quantizing kernel) and the pooled features.

Relax's own ``ConvertLayout`` stops at ``clip``, ``pad`` and memory views and converts every
conv2d, including those no NHWC rule takes; this pass converts only the convs above.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from ..pipeline import PipelineContext, register_slot_passes
from ..pipeline.relax_utils import static_shape
from .cpu.conv2d_int8_nhwc import VNNI, NhwcIsa, nhwc_isa
from .shift_u8 import narrow_weight
from .target_info import cpu_info

TO_NHWC = [0, 2, 3, 1]
TO_NCHW = [0, 3, 1, 2]
UNARY = frozenset({"relax.astype", "relax.floor", "relax.round", "relax.clip", "relax.nn.relu",
                   "relax.negative", "relax.abs", "relax.memory.view"})
BINARY = frozenset({"relax.add", "relax.subtract", "relax.multiply", "relax.divide",
                    "relax.maximum", "relax.minimum"})
POOLS = frozenset({"relax.nn.max_pool2d", "relax.nn.avg_pool2d"})
REDUCTIONS = frozenset({"relax.sum", "relax.mean", "relax.max"})


def _op_name(call: relax.Call) -> str | None:
    return call.op.name if isinstance(call.op, tvm.ir.Op) else None


def nhwc_conv(call: relax.Call, isa: NhwcIsa = VNNI) -> bool:
    """Whether ``call`` is a conv2d `Conv2dInt8Nhwc` runs with ``isa``: uint8 data, constant
    int8 weight (7-bit where ``isa.narrow``), int32 output, NCHW/OIHW, unpadded, groups 1,
    undilated, static shapes, ``F`` a multiple of ``isa.lanes`` and ``C % 4 == 0``."""
    if _op_name(call) != "relax.nn.conv2d":
        return False
    a, (x, w) = call.attrs, call.args
    shape = static_shape(x)
    return (a.data_layout == "NCHW" and a.kernel_layout == "OIHW"
            and a.out_layout == "NCHW" and int(a.groups) == 1 and str(a.out_dtype) == "int32"
            and all(int(d) == 1 for d in a.dilation) and not any(int(p) for p in a.padding)
            and shape is not None and len(shape) == 4 and str(x.ty.dtype) == "uint8"
            and isinstance(w, tvm.ir.expr.GenericConst) and str(w.ty.dtype) == "int8"
            and w.value.shape[0] % isa.lanes == 0 and shape[1] % 4 == 0
            and (not isa.narrow or narrow_weight(w) is not None))


def _nhwc_const(value: np.ndarray) -> relax.Expr:
    """A constant operand of a broadcast op on an NCHW tensor, for the NHWC one."""
    dtype = str(value.dtype)  # explicit: relax.const narrows int64 arrays to int32
    if value.ndim == 0:
        return relax.const(value, dtype)
    full = value.reshape((1,) * (4 - value.ndim) + value.shape)
    return relax.const(np.ascontiguousarray(full.transpose(TO_NHWC)), dtype)


@relax.expr_functor.mutator
class _ToNhwc(relax.PyExprMutator):
    def prepare(self, isa: NhwcIsa) -> None:
        self.isa = isa
        self.nhwc: dict = {}  # original var -> its NHWC value
        self.transposed: dict = {}  # original var -> NHWC transpose of its NCHW value

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        value = binding.value
        new = self._rewrite(value) if isinstance(value, relax.Call) else None
        if new is None:
            super().visit_var_binding_(binding)
            return
        name = binding.var.name
        out = self.builder_.normalize(new)
        if len(out.ty.shape) != 4:  # a reduction without keepdims: no layout left
            self.set_var_remap(binding.var, self._emit(binding.var, out, name))
            return
        nhwc = self.builder_.emit(out, name + "_nhwc")
        self.nhwc[binding.var] = nhwc
        back = self._emit(binding.var, R.permute_dims(nhwc, TO_NCHW), name)
        self.set_var_remap(binding.var, back)

    def _emit(self, var: relax.Var, value: relax.Expr, name: str) -> relax.Var:
        if isinstance(var, relax.DataflowVar) or not self.builder_.current_block_is_dataflow():
            return self.builder_.emit(value, name)
        return self.builder_.emit_output(value, name)

    def _as_nhwc(self, expr: relax.Expr) -> relax.Expr | None:
        """The NHWC form of a 4-D tensor operand (a transpose when it has none yet)."""
        if isinstance(expr, relax.Var) and expr in self.nhwc:
            return self.nhwc[expr]
        if isinstance(expr, tvm.ir.expr.GenericConst):
            value = expr.value.numpy()
            return _nhwc_const(value) if value.ndim <= 4 else None
        ty = expr.ty
        if not isinstance(ty, relax.TensorType) or ty.ndim != 4:
            return None
        if isinstance(expr, relax.Var):
            if expr not in self.transposed:
                self.transposed[expr] = self.builder_.emit(
                    R.permute_dims(self.visit_expr(expr), TO_NHWC), expr.name + "_nhwc")
            return self.transposed[expr]
        return None

    def _rewrite(self, call: relax.Call) -> relax.Expr | None:
        op = _op_name(call)
        if op == "relax.nn.conv2d":
            return self._conv(call) if nhwc_conv(call, self.isa) else None
        tensor_args = [a for a in call.args if isinstance(a.ty, relax.TensorType)]
        if not any(isinstance(a, relax.Var) and a in self.nhwc for a in tensor_args):
            return None
        x = call.args[0]
        if op in UNARY and x in self.nhwc:
            if op == "relax.memory.view" and not _dtype_only_view(call):
                return None
            return relax.Call(call.op, [self.nhwc[x], *call.args[1:]], call.attrs,
                              call.ty_args)
        if op in BINARY:
            args = [self._as_nhwc(a) for a in call.args]
            if any(a is None for a in args):
                return None
            return relax.Call(call.op, args, call.attrs, call.ty_args)
        if x not in self.nhwc:
            return None
        if op == "relax.nn.pad" and call.attrs.pad_width is not None:
            w = [int(v) for v in call.attrs.pad_width]
            return R.nn.pad(self.nhwc[x], w[0:2] + w[4:8] + w[2:4], call.attrs.pad_mode,
                            float(call.attrs.pad_value))
        if op in POOLS and call.attrs.layout == "NCHW" and call.attrs.out_layout == "NCHW":
            return _pool(call, self.nhwc[x])
        if op in REDUCTIONS:
            return _plane_reduction(call, self.nhwc[x])
        return None

    def _conv(self, call: relax.Call) -> relax.Expr | None:
        data = self._as_nhwc(call.args[0])
        if data is None:
            return None
        a = call.attrs
        weight = call.args[1].value.numpy().transpose(0, 2, 3, 1)
        return R.nn.conv2d(data, relax.const(np.ascontiguousarray(weight), "int8"),
                           strides=[int(s) for s in a.strides], padding=[0, 0, 0, 0],
                           dilation=[1, 1], groups=1, data_layout="NHWC", kernel_layout="OHWI",
                           out_layout="NHWC", out_dtype="int32")


def _dtype_only_view(call: relax.Call) -> bool:
    """Whether a ``memory.view`` only reinterprets the element type (same shape, offset 0)."""
    shape, offset = call.args[1], call.args[3]
    return (isinstance(shape, relax.Tuple) and not shape.fields
            and isinstance(offset, relax.Tuple) and not offset.fields)


def _pool(call: relax.Call, x: relax.Expr) -> relax.Expr:
    a = call.attrs
    make = R.nn.max_pool2d if _op_name(call) == "relax.nn.max_pool2d" else R.nn.avg_pool2d
    return make(x, pool_size=[int(v) for v in a.pool_size], strides=[int(v) for v in a.strides],
                padding=[int(v) for v in a.padding], dilation=[int(v) for v in a.dilation],
                ceil_mode=bool(a.ceil_mode), count_include_pad=bool(a.count_include_pad),
                layout="NHWC", out_layout="NHWC")


def _plane_reduction(call: relax.Call, x: relax.Expr) -> relax.Expr | None:
    """A sum/mean/max over the plane (axes 2 and 3) of the NCHW tensor, on the NHWC one."""
    a = call.attrs
    if a.axis is None or sorted(int(v) % 4 for v in a.axis) != [2, 3]:
        return None
    make = {"relax.sum": R.sum, "relax.mean": R.mean, "relax.max": R.max}[_op_name(call)]
    return make(x, axis=[1, 2], keepdims=bool(a.keepdims))


@tvm.transform.module_pass(opt_level=0, name="tvmq.Int8ConvNhwc")
class Int8ConvNhwc:
    """Rewrite the `nhwc_conv` convs of ``isa`` (default `VNNI`; `AVX2` takes 8-lane, 7-bit
    ones), and the ops that follow their layout, to NHWC (see module doc)."""

    def __init__(self, isa: NhwcIsa = VNNI) -> None:
        self.isa = isa

    def transform_module(self, mod: tvm.IRModule, _ctx: tvm.transform.PassContext
                         ) -> tvm.IRModule:
        """The rewritten module."""
        return _to_nhwc(mod, self.isa)


def _to_nhwc(mod: tvm.IRModule, isa: NhwcIsa) -> tvm.IRModule:
    rewriter = _ToNhwc(mod)
    rewriter.prepare(isa)
    for gvar, func in mod.functions_items():
        if isinstance(func, relax.Function):
            rewriter.nhwc.clear()
            rewriter.transposed.clear()
            rewriter.builder_.update_func(gvar, rewriter.visit_expr(func))
    out = relax.transform.DeadCodeElimination()(rewriter.builder_.finalize())
    for gvar, func in mod.functions_items():
        if isinstance(func, relax.Function):
            new = out[gvar.name_hint]
            added = _count(new, "relax.permute_dims") - _count(func, "relax.permute_dims")
            ret = func.body.body.ty
            outputs = len(ret.fields) if isinstance(ret, relax.TupleType) else 1
            if added > len(func.params) + outputs + _count(new, "relax.nn.conv2d", "NHWC") // 4:
                out[gvar.name_hint] = func
    return out


def _count(func: relax.Function, op: str, layout: str | None = None) -> int:
    """How many bindings of ``func`` call ``op`` (with data layout ``layout``)."""
    return sum(1 for block in func.body.blocks for b in block.bindings
               if isinstance(b.value, relax.Call) and _op_name(b.value) == op
               and (layout is None or b.value.attrs.data_layout == layout))


@register_slot_passes("rewrite", "tvmq-int8-nhwc", order=62)
def _nhwc_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """On x86 targets with AVX-512 VNNI (after `ShiftInt8ActivationsVnni`) or AVX2 without
    AVX-512 (after `ShiftInt8Activations`), unless the compile option ``int8_nhwc`` is
    False."""
    if ctx.spec.kind != "llvm" or not ctx.options.int8_nhwc:
        return []
    isa = nhwc_isa(cpu_info(ctx.target))
    return [] if isa is None else [Int8ConvNhwc(isa)]
