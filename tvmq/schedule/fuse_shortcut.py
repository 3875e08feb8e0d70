"""Relax pass: fuse a projection shortcut's int8 conv into the conv whose output it is added to.

In an int8 ResNet the first block of each stage adds two convs' outputs, both dequantized:

    out = requant(s_main * (conv(x, W) + b) + s_side * (conv(x_in, W_side) + b_side))

``FuseOps`` puts the side conv (the projection) and its dequantization in one kernel and the
main conv, the add and the requantization in another, so the side kernel writes the sum's
second term as fp32, 4 bytes per output element where every other conv writes 1, and the
main kernel reads it back: 6.0 MB each way per ResNet-50 inference. This pass runs between
``FuseOps`` and ``FuseTIR`` and merges the two fused functions into one, so one kernel
computes both convs per output tile and the fp32 term never leaves registers
(`tvmq.schedule.cpu.conv2d_int8_nhwc`). The sum is the same operations as before; with both
products in registers LLVM may fuse either into an FMA, so the rounding can differ from the
two-kernel build (it matched on the VNNI ResNet-50 measured; on AVX2 it did not, and AVX2
does not merge).

It merges only when that kernel exists: both convs are ones `Conv2dInt8Nhwc` tiles (uint8
NHWC data, int8 OHWI filter, 16 | F, 4 | C) with equal output shapes, the side function's
output has no other use and only the main function's elementwise ops read it (not its conv),
and the target has AVX-512 VNNI.
"""

from __future__ import annotations

import tvm
from tvm import relax, s_tir

from ..pipeline import PipelineContext, register_slot_passes
from ..pipeline.relax_utils import static_shape
from .target_info import cpu_info

OUT_EWISE_FUSABLE = 4  # ``op_pattern`` of conv2d (tvm/relay/op_attr_types kOutEWiseFusable)
BROADCAST = 1


def _conv_of(mod: tvm.IRModule, func: relax.Function
             ) -> tuple[tuple[int, ...], list[relax.Expr]] | None:
    """The output shape and the arguments of the conv of a fused function made of one NHWC
    int8 conv and elementwise or broadcast ops, else None."""
    from .cpu.conv2d_int8_nhwc import match_nhwc_conv

    if not isinstance(func, relax.Function) or len(func.body.blocks) != 1:
        return None
    convs = []
    for binding in func.body.blocks[0].bindings:
        value = binding.value
        if not (isinstance(value, relax.Call) and isinstance(value.op, tvm.ir.Op)
                and value.op.name == "relax.call_tir"):
            return None
        prim = mod[value.args[0]]
        pattern = int(prim.attrs["op_pattern"]) if prim.attrs and "op_pattern" in prim.attrs \
            else None
        if pattern == OUT_EWISE_FUSABLE:
            convs.append((prim, static_shape(binding.var), list(value.args[1].fields)))
        elif pattern is None or pattern > BROADCAST:
            return None
    if len(convs) != 1 or match_nhwc_conv(s_tir.Schedule(convs[0][0])) is None:
        return None
    return convs[0][1], convs[0][2]


def _merge(side: relax.Function, main: relax.Function, at: int) -> relax.Function:
    """One function computing ``main`` with its parameter ``at`` bound to ``side``'s result;
    its parameters are ``main``'s others, then ``side``'s."""
    bound = main.bind_params({main.params[at]: side.body.body})
    block = relax.DataflowBlock(list(side.body.blocks[0].bindings)
                                + list(bound.body.blocks[0].bindings))
    params = [p for i, p in enumerate(main.params) if i != at] + list(side.params)
    return relax.Function(params, relax.SeqExpr([block], bound.body.body),
                          main.ret_ty, main.is_pure, main.attrs)


@relax.expr_functor.mutator
class _Fuser(relax.PyExprMutator):
    def prepare(self, mod: tvm.IRModule, func: relax.Function) -> None:
        self.mod = mod
        self.merged: dict = {}  # main binding's var -> new call
        self.dropped: set = set()  # side bindings' vars
        var2val = relax.analysis.get_var2val(func)
        uses: dict = {}

        def count(expr: relax.Expr) -> None:
            if isinstance(expr, relax.Var):
                uses[expr] = uses.get(expr, 0) + 1

        relax.analysis.post_order_visit(func.body, count)
        for block in func.body.blocks:
            for binding in block.bindings:
                self._consider(binding, var2val, uses)

    def _fused(self, call: relax.Expr) -> relax.Function | None:
        if isinstance(call, relax.Call) and isinstance(call.op, relax.GlobalVar):
            func = self.mod[call.op]
            if isinstance(func, relax.Function) and func.attrs and "Primitive" in func.attrs:
                return func
        return None

    def _consider(self, binding: relax.VarBinding, var2val: dict, uses: dict) -> None:
        main = self._fused(binding.value)
        conv = _conv_of(self.mod, main) if main is not None else None
        if conv is None:
            return
        for at, arg in enumerate(binding.value.args):
            producer = var2val.get(arg) if isinstance(arg, relax.Var) else None
            side = self._fused(producer) if producer is not None else None
            if (side is None or uses.get(arg, 0) != 1 or arg in self.dropped
                    or not isinstance(side.ret_ty, relax.TensorType)):
                continue
            side_conv = _conv_of(self.mod, side)
            # Only the epilogue may read the side conv's result, not the main conv itself.
            if (side_conv is None or side_conv[0] != conv[0]
                    or any(a.same_as(main.params[at]) for a in conv[1])):
                continue
            name = binding.value.op.name_hint + "_dual"
            gvar = self.builder_.add_func(_merge(side, main, at), name)
            args = [a for i, a in enumerate(binding.value.args) if i != at]
            self.merged[binding.var] = relax.Call(gvar, args + list(producer.args))
            self.dropped.add(arg)
            return

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        if binding.var in self.dropped:
            return
        if binding.var in self.merged:
            call = self.merged[binding.var]
            new = self.builder_.normalize(
                relax.Call(call.op, [self.visit_expr(a) for a in call.args]))
            self.builder_.emit_normalized(relax.VarBinding(binding.var, new))
            return
        super().visit_var_binding_(binding)


@tvm.transform.module_pass(opt_level=0, name="tvmq.FuseShortcutConv")
def FuseShortcutConv(mod: tvm.IRModule, _ctx: tvm.transform.PassContext  # noqa: N802
                     ) -> tvm.IRModule:
    """Merge each projection shortcut's fused conv function into its consumer's (see module
    doc); run between ``FuseOps`` and ``FuseTIR``."""
    fuser = _Fuser(mod)
    for gvar, func in mod.functions_items():
        if isinstance(func, relax.Function) and not (func.attrs and "Primitive" in func.attrs):
            fuser.prepare(mod, func)
            if fuser.merged:
                fuser.builder_.update_func(gvar, fuser.visit_expr(func))
    return relax.transform.DeadCodeElimination()(fuser.builder_.finalize())


@register_slot_passes("fuse", "tvmq-fuse-shortcut-conv", order=100)
def _fuse_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """On x86 targets with AVX-512 VNNI whose int8 convs run NHWC."""
    if ctx.spec.kind != "llvm" or not ctx.options.int8_nhwc:
        return []
    info = cpu_info(ctx.target)
    return [FuseShortcutConv] if info.avx512 and info.vnni else []
