"""Relax pass: feed x86 int8 kernels uint8 activations, with the shift folded into a bias.

AVX2 has no int8 x int8 dot product; ``vpmaddubsw`` takes uint8 x int8. Inside a kernel the
activation shift ``a + 128`` costs a correction ``128 * sum_k w`` per weight vector and two
registers of the 16 (see `cpu.int8_intrin_avx2`). This pass moves both out of the inner loop
for int8 conv2d/matmul whose constant weight is 7-bit ([-64, 63], e.g. ``weight_bits=7``):

    conv2d(x, W, pad)  ->  conv2d(pad(u8(x + 128), 128), W, pad=0) + (-128 * sum_{c,kh,kw} W)
    matmul(x, W)       ->  matmul(u8(x + 128), W) + (-128 * sum_k W)

The shift fuses into the kernel's input stage (the padding copy), the bias is a compile-time
constant added in the epilogue, and the kernel runs the correction-free
``tvmq_dot_8x4_u8i7i32_avx2``. The padding value is the shifted zero (128), so padded pixels
still contribute 0; padding after the shift leaves the padding a plain constant border, which
the fallback fills apart from the vector copy of the interior (`decompose_padding`). The
int32 result is bit-identical.

AVX-512 VNNI (`ShiftInt8ActivationsVnni`): ``vpdpbusd`` is uint8 x int8 and never saturates,
so any int8 weight qualifies, as long as the layer will run on the 16-lane VNNI kernel
(output channels/columns a multiple of 16, reduction channels a multiple of 4). The kernel
then runs one plain ``vpdpbusd`` per 64 multiply-adds, instead of two plus a subtraction.

Non-negative activations need no shift: an int8 tensor that is provably in [0, 127] (a
quantized ReLU output, ``astype(clip(v, 0, 127), int8)``, or a max pool or reshape of one)
already has the bytes of its uint8 value. Such a layer reads it as uint8 as it is, padded
with 0 and with no correction:

    conv2d(x, W, pad)  ->  conv2d(pad(u8(x), 0), W, pad=0)        (x >= 0)

When the layer is ``x``'s only reader the cast fuses into ``x``'s producer; when other ops
read ``x`` too (a residual block's input feeds a conv and the residual add) it is a view of
the same memory (`relax.op.memory.view`), so no kernel copies ``x`` to shift it and the
producer writes ``x`` once. In int8 ResNet-50 every conv after the stem reads such a tensor.
"""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.relax import op as R

from ..pipeline import PipelineContext, register_slot_passes
from ..pipeline.relax_utils import bound_value
from .cpu.int8_intrin_avx2 import NARROW_MAX, NARROW_MIN
from .target_info import cpu_info


def narrow_weight(expr: relax.Expr) -> np.ndarray | None:
    """The value of a constant int8 weight within [-64, 63] (7-bit), else None."""
    if not isinstance(expr, tvm.ir.expr.GenericConst):
        return None
    w = expr.value.numpy()
    if w.dtype != np.int8 or w.size == 0 or w.min() < NARROW_MIN or w.max() > NARROW_MAX:
        return None
    return w


def _vnni_weight(expr: relax.Expr, out_axis: int, red_axis: int) -> np.ndarray | None:
    """The constant int8 weight when its layer fits the 16-lane VNNI kernel, else None."""
    if not isinstance(expr, tvm.ir.expr.GenericConst):
        return None
    w = expr.value.numpy()
    if (w.dtype != np.int8 or w.ndim < 2 or w.size == 0 or w.shape[out_axis] % 16
            or w.shape[red_axis] % 4):
        return None
    return w


def _int8_input(expr: relax.Expr) -> bool:
    ty = expr.ty
    return isinstance(ty, relax.TensorType) and ty.dtype == "int8"


def _to_u8(x: relax.Expr) -> relax.Expr:
    return R.astype(R.add(R.astype(x, "int16"), relax.const(128, "int16")), "uint8")


_SAME_RANGE = frozenset({"relax.nn.max_pool2d", "relax.reshape", "relax.permute_dims",
                         "relax.flatten", "relax.squeeze", "relax.expand_dims"})
"""Ops whose int8 output takes its values from the input: non-negative in, non-negative out."""


def _op_name(expr: relax.Expr) -> str:
    """The operator's name when ``expr`` calls one, else ``""``."""
    if isinstance(expr, relax.Call) and isinstance(expr.op, tvm.ir.Op):
        return expr.op.name
    return ""


def _scalar(expr: relax.Expr) -> int | None:
    """The value of a scalar integer constant, else None."""
    if not isinstance(expr, tvm.ir.expr.GenericConst):
        return None
    value = expr.value.numpy()
    return int(value) if value.ndim == 0 and value.dtype.kind in "iu" else None


def _bounds(call: relax.Call) -> tuple[float, float] | None:
    """(min, max) of a ``relax.clip`` call, when both are constants."""
    values = []
    for arg in call.args[1:3]:
        if not isinstance(arg, (tvm.tirx.IntImm, tvm.tirx.FloatImm)):
            return None
        values.append(float(arg.value))
    return values[0], values[1]


@relax.expr_functor.mutator
class _Shifter(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, vnni: bool) -> None:
        super().__init__(mod)
        self.vnni = vnni
        self.uses: dict[relax.Var, int] = {}
        self.var2val: dict[relax.Var, relax.Expr] = {}

    def prepare(self, func: relax.Function) -> None:
        """Record ``func``'s bindings, and for each variable the bindings (and the result)
        that read it."""
        self.var2val = dict(relax.analysis.get_var2val(func))
        self.uses = {}
        values = [b.value for block in func.body.blocks for b in block.bindings]
        for expr in [*values, func.body.body]:
            for var in relax.analysis.free_vars(expr):
                self.uses[var] = self.uses.get(var, 0) + 1

    def _weight(self, expr: relax.Expr, out_axis: int, red_axis: int) -> np.ndarray | None:
        if self.vnni:
            return _vnni_weight(expr, out_axis, red_axis)
        return narrow_weight(expr)

    def _nonnegative(self, expr: relax.Expr) -> bool:
        """Whether the int8 ``expr`` is provably >= 0: a quantized ReLU output (an int8 cast
        of a clip to [0, 127]), a ReLU or such a clip of int8, or a max pool or reshape of
        one of those."""
        expr = bound_value(expr, self.var2val)
        name = _op_name(expr)
        if name in _SAME_RANGE:
            return self._nonnegative(expr.args[0])
        if name == "relax.nn.relu":
            return True
        if name == "relax.astype":
            expr = bound_value(expr.args[0], self.var2val)
            name = _op_name(expr)
        if name != "relax.clip":
            return False
        bounds = _bounds(expr)
        return bounds is not None and 0 <= bounds[0] and bounds[1] <= 127

    def _from_u8(self, x: relax.Expr) -> relax.Expr | None:
        """The uint8 ``u`` when ``x`` is ``i8(u - 128)`` (how ONNX Runtime's uint8 activations
        are imported, `tvmq.quant.qop_common.shift_s8`): ``x + 128`` is ``u`` itself."""
        expr = bound_value(x, self.var2val)
        if _op_name(expr) != "relax.astype":
            return None
        diff = bound_value(expr.args[0], self.var2val)
        if _op_name(diff) != "relax.subtract" or _scalar(diff.args[1]) != 128:
            return None
        wide = bound_value(diff.args[0], self.var2val)
        if _op_name(wide) != "relax.astype" or str(wide.ty.dtype) != "int16":
            return None
        u = wide.args[0]
        return u if str(u.ty.dtype) == "uint8" else None

    def _as_u8(self, x: relax.Expr) -> tuple[relax.Expr, int]:
        """``x`` as uint8 and the value int8 zero became. A non-negative ``x`` keeps its
        bytes (nothing to correct): a cast that fuses into its producer when this layer is
        its only reader, else a view of the same memory, which the other readers share. An
        imported ``i8(u - 128)`` gives back ``u``; any other ``x`` is shifted, ``x + 128``."""
        if self._nonnegative(x):
            if self.uses.get(x, 0) > 1:
                return self.builder_.emit(R.memory.view(x, dtype="uint8"), "x_u8"), 0
            return self.builder_.emit(R.astype(x, "uint8"), "x_u8"), 0
        unshifted = self._from_u8(x)
        if unshifted is not None:
            return unshifted, 128
        return self.builder_.emit(_to_u8(x), "x_u8"), 128

    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        if not isinstance(call.op, tvm.ir.Op) or str(call.attrs.out_dtype if hasattr(
                call.attrs, "out_dtype") else "") != "int32" or not _int8_input(call.args[0]):
            return call
        if call.op.name == "relax.nn.conv2d":
            return self._conv(call)
        if call.op.name == "relax.matmul":
            return self._matmul(call)
        return call

    def _conv(self, call: relax.Call) -> relax.Expr:
        a = call.attrs
        w = self._weight(call.args[1], 0, 1)
        if (w is None or w.ndim != 4 or int(a.groups) != 1 or a.data_layout != "NCHW"
                or a.kernel_layout != "OIHW" or a.out_layout != "NCHW"):
            return call
        top, left, bottom, right = (int(p) for p in a.padding)
        xu, zero = self._as_u8(call.args[0])
        if top or left or bottom or right:  # padded with the shifted zero
            xu = self.builder_.emit(R.nn.pad(xu, [0, 0, 0, 0, top, bottom, left, right],
                                             "constant", float(zero)), "pad")
        y = R.nn.conv2d(xu, call.args[1], strides=a.strides, padding=0, dilation=a.dilation,
                        out_dtype="int32")
        if not zero:
            return y
        y = self.builder_.emit(y, "conv_u8")
        bias = (-zero * w.astype(np.int64).sum(axis=(1, 2, 3))).astype(np.int32)
        return R.add(y, relax.const(bias.reshape(1, -1, 1, 1)))

    def _matmul(self, call: relax.Call) -> relax.Expr:
        w = self._weight(call.args[1], 1, 0)
        if w is None or w.ndim != 2:
            return call
        xu, zero = self._as_u8(call.args[0])
        y = R.matmul(xu, call.args[1], out_dtype="int32")
        if not zero:
            return y
        y = self.builder_.emit(y, "matmul_u8")
        bias = (-zero * w.astype(np.int64).sum(axis=0)).astype(np.int32)
        return R.add(y, relax.const(bias))


def _shift(mod: tvm.IRModule, vnni: bool) -> tvm.IRModule:
    shifter = _Shifter(mod, vnni)
    for gvar, func in mod.functions_items():
        if isinstance(func, relax.Function):
            shifter.prepare(func)
            shifter.builder_.update_func(gvar, shifter.visit_expr(func))
    return shifter.builder_.finalize()


@tvm.transform.module_pass(opt_level=0, name="tvmq.ShiftInt8Activations")
def ShiftInt8Activations(mod: tvm.IRModule, _ctx: tvm.transform.PassContext  # noqa: N802
                         ) -> tvm.IRModule:
    """Rewrite 7-bit-weight int8 conv2d/matmul to uint8 activations (see module doc)."""
    return _shift(mod, vnni=False)


@tvm.transform.module_pass(opt_level=0, name="tvmq.ShiftInt8ActivationsVnni")
def ShiftInt8ActivationsVnni(mod: tvm.IRModule, _ctx: tvm.transform.PassContext  # noqa: N802
                             ) -> tvm.IRModule:
    """Rewrite int8 conv2d/matmul that fit the 16-lane VNNI kernel (any int8 weight) to
    uint8 activations (see module doc)."""
    return _shift(mod, vnni=True)


@register_slot_passes("rewrite", "tvmq-avx2-u8-activations", order=61)
def _shift_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """On AVX2 targets without AVX-512 (7-bit weights) and on AVX-512 VNNI targets."""
    if ctx.spec.kind != "llvm":
        return []
    info = cpu_info(ctx.target)
    if info.avx512 and info.vnni:
        return [ShiftInt8ActivationsVnni]
    return [ShiftInt8Activations] if info.avx2 and not info.avx512 else []
