"""`FoldBatchNorm`: fold inference batch norms into the constant weights of the conv before them."""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax

from .graph import const_value, use_counts


@relax.expr_functor.mutator
class _BNFolder(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, func: relax.Function) -> None:
        super().__init__(mod)
        self.values = {b.var: b.value for blk in func.body.blocks for b in blk.bindings}
        self.uses = use_counts(func)

    def _foldable(self, item: relax.Expr) -> tuple | None:
        if not (isinstance(item, relax.TupleGetItem) and item.index == 0):
            return None
        bn = self.values.get(item.tuple_value)
        if not (isinstance(bn, relax.Call) and bn.op.name == "relax.nn.batch_norm"
                and int(bn.attrs.axis) == 1 and self.uses.get(item.tuple_value, 0) == 1):
            return None
        conv = self.values.get(bn.args[0])
        if not (isinstance(conv, relax.Call) and conv.op.name == "relax.nn.conv2d"
                and self.uses.get(bn.args[0], 0) == 1 and conv.attrs.data_layout == "NCHW"
                and conv.attrs.kernel_layout == "OIHW" and conv.attrs.out_layout == "NCHW"):
            return None
        params = [const_value(a) for a in (conv.args[1], *bn.args[1:5])]
        if any(p is None for p in params):
            return None
        return conv, bn, params

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        found = self._foldable(binding.value)
        if found is None:
            super().visit_var_binding_(binding)
            return
        conv, bn, (w, gamma, beta, mean, var) = found
        s = (gamma / np.sqrt(var + np.float32(bn.attrs.epsilon))).astype(np.float32)
        w2 = (w * s.reshape(-1, 1, 1, 1)).astype(w.dtype)
        b2 = (beta - mean * s).astype(w.dtype).reshape(-1, 1, 1)
        attrs = conv.attrs
        x = self.visit_expr(conv.args[0])
        y = self.builder_.emit(relax.op.nn.conv2d(
            x, relax.const(w2), strides=attrs.strides, padding=attrs.padding,
            dilation=attrs.dilation, groups=attrs.groups, data_layout="NCHW",
            kernel_layout="OIHW", out_layout="NCHW", out_dtype=str(w.dtype)))
        out = relax.op.add(y, relax.const(b2))
        emit = self.builder_.emit if isinstance(binding.var, relax.DataflowVar) \
            else self.builder_.emit_output
        self.set_var_remap(binding.var, emit(out, binding.var.name))


@tvm.transform.module_pass(opt_level=0, name="tvmq.FoldBatchNorm")
def FoldBatchNorm(mod: tvm.IRModule, _ctx: tvm.transform.PassContext) -> tvm.IRModule:  # noqa: N802
    """Rewrite ``conv2d(x, W) -> batch_norm(.., consts)[0]`` into ``conv2d(x, W') + b'``."""
    out = tvm.IRModule(dict(mod.functions), attrs=mod.attrs)
    for gv, func in mod.functions.items():
        if isinstance(func, relax.Function):
            new = _BNFolder(mod, func).visit_expr(func)
            out[gv] = new
    return relax.transform.DeadCodeElimination()(out)
