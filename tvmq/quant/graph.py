"""Find the quantizable layers of a Relax ``main``: conv2d/matmul with constant weights."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import onnx
import tvm
from tvm import relax

KINDS = ("conv2d", "matmul")


def const_value(expr: relax.Expr) -> np.ndarray | None:
    """The numpy value of a Relax constant, else None."""
    if isinstance(expr, tvm.ir.expr.GenericConst) and isinstance(expr.value, tvm.runtime.Tensor):
        return expr.value.numpy()
    return None


def use_counts(func: relax.Function) -> dict[relax.Var, int]:
    """How many times each variable is referenced in ``func`` (returns included)."""
    counts: dict[relax.Var, int] = {}

    def visit(e: relax.Expr) -> None:
        if isinstance(e, relax.Var):
            counts[e] = counts.get(e, 0) + 1

    for blk in func.body.blocks:
        for b in blk.bindings:
            relax.analysis.post_order_visit(b.value, visit)
    relax.analysis.post_order_visit(func.body.body, visit)
    return counts


@dataclass
class Layer:
    """One quantizable layer: ``anchor = op(input, W)``, optional ``+ bias``, optional activation.

    ``weight`` is in output-major layout (OIHW for conv2d, (N, K) for matmul).
    """

    name: str
    kind: str
    index: int
    anchor: relax.Var
    call: relax.Call
    input: relax.Var
    weight: np.ndarray
    bias: np.ndarray | None = None
    bias_var: relax.Var | None = None
    act: tuple | None = None  # ("relu",) or ("clip", lo, hi)
    act_var: relax.Var | None = None
    onnx_name: str | None = None

    @property
    def output(self) -> relax.Var:
        """The last variable of the layer's chain."""
        for v in (self.act_var, self.bias_var):
            if v is not None:
                return v
        return self.anchor

    @property
    def channels(self) -> int:
        """Output channels."""
        return int(self.weight.shape[0])


def _channel_vector(b: np.ndarray, kind: str, channels: int, ndim: int) -> np.ndarray | None:
    """``b`` as a length-``channels`` vector if it broadcasts per output channel, else None."""
    if b.dtype != np.float32:
        return None
    shape = list(b.shape)
    if kind == "conv2d":
        ok = (len(shape) in (3, 4) and shape[-3] == channels and shape[-2:] == [1, 1]
              and all(d == 1 for d in shape[:-3]))
    else:
        ok = len(shape) <= ndim and shape and shape[-1] == channels and \
            all(d == 1 for d in shape[:-1])
    return b.reshape(-1) if ok else None


def _imm(x: object) -> float | None:
    """The value of a scalar immediate (clip bounds), else None."""
    v = getattr(x, "value", None)
    if isinstance(v, int | float):
        return float(v)
    v = getattr(v, "value", None)
    return float(v) if isinstance(v, int | float) else None


def _bound(value: relax.Expr, var: relax.Var) -> tuple[str, float] | None:
    """("max", c) for ``maximum(var, c)``, ("min", c) for ``minimum(var, c)`` (Relax op or the
    ``call_tir`` the ONNX frontend emits for Clip), c a scalar constant; else None."""
    if not isinstance(value, relax.Call):
        return None
    op = value.op
    if isinstance(op, tvm.ir.Op) and op.name in ("relax.maximum", "relax.minimum"):
        kind, args = op.name.removeprefix("relax.")[:3], list(value.args)
    elif isinstance(op, tvm.ir.Op) and op.name == "relax.call_tir" and \
            value.args[0].name_hint in ("maximum", "minimum") and \
            isinstance(value.args[1], relax.Tuple):
        kind, args = value.args[0].name_hint[:3], list(value.args[1].fields)
    else:
        return None
    if len(args) != 2 or not args[0].same_as(var):
        return None
    c = const_value(args[1])
    if c is None or c.size != 1:
        return None
    return kind, float(c.reshape(()))


def find_layers(func: relax.Function) -> list[Layer]:
    """Every conv2d (NCHW/OIHW) and 2-D-weight matmul of ``func`` with its bias and activation."""
    bindings = [b for blk in func.body.blocks for b in blk.bindings
                if isinstance(b, relax.VarBinding)]
    users: dict[relax.Var, list[relax.VarBinding]] = {}
    for b in bindings:
        def visit(e: relax.Expr, b: relax.VarBinding = b) -> None:
            if isinstance(e, relax.Var):
                users.setdefault(e, []).append(b)
        relax.analysis.post_order_visit(b.value, visit)
    uses = use_counts(func)

    def sole_user(var: relax.Var) -> relax.VarBinding | None:
        u = users.get(var, [])
        return u[0] if len(u) == 1 and uses.get(var, 0) == 1 else None

    layers: list[Layer] = []
    count = dict.fromkeys(KINDS, 0)
    for b in bindings:
        call = b.value
        if not isinstance(call, relax.Call) or not isinstance(call.op, tvm.ir.Op):
            continue
        kind = call.op.name.removeprefix("relax.").removeprefix("nn.")
        if kind not in KINDS or not isinstance(call.args[0], relax.Var):
            continue
        w = const_value(call.args[1])
        if w is None or w.dtype != np.float32:
            continue
        if kind == "conv2d":
            a = call.attrs
            if (a.data_layout, a.kernel_layout, a.out_layout) != ("NCHW", "OIHW", "NCHW") \
                    or w.ndim != 4:
                continue
        else:
            if w.ndim != 2 or str(call.attrs.out_dtype) not in ("", "void", "None", "float32"):
                continue
            w = np.ascontiguousarray(w.T)
        layer = Layer(f"{kind}_{count[kind]}", kind, len(layers), b.var, call, call.args[0], w)
        count[kind] += 1
        nxt = sole_user(b.var)
        ndim = len(b.var.ty.shape)
        if nxt is not None and isinstance(nxt.value, relax.Call) and \
                nxt.value.op.name == "relax.add":
            x, y = nxt.value.args
            other = y if x.same_as(b.var) else x
            vec = const_value(other)
            vec = None if vec is None else _channel_vector(vec, kind, layer.channels, ndim)
            if vec is not None and tuple(nxt.var.ty.shape) == tuple(
                    b.var.ty.shape):
                layer.bias, layer.bias_var = vec, nxt.var
                nxt = sole_user(nxt.var)
        if nxt is not None and isinstance(nxt.value, relax.Call):
            op = nxt.value.op.name
            if op == "relax.nn.relu":
                layer.act, layer.act_var = ("relu",), nxt.var
            elif op == "relax.clip":
                lo, hi = nxt.value.args[1], nxt.value.args[2]
                lo, hi = _imm(lo), _imm(hi)
                if lo is not None and hi is not None and lo <= 0:
                    layer.act = ("clip", lo, hi)
                    layer.act_var = nxt.var
            else:
                _clip_chain(layer, nxt, sole_user)
        layers.append(layer)
    return layers


def _clip_chain(layer: Layer, nxt: relax.VarBinding, sole_user) -> None:  # noqa: ANN001
    """Recognise ``maximum(y, lo)`` optionally followed by ``minimum(., hi)`` (ONNX Clip)."""
    first = _bound(nxt.value, layer.output)
    if first is None or first[0] != "max" or first[1] > 0:
        return
    lo, hi, last = first[1], float("inf"), nxt.var
    after = sole_user(nxt.var)
    second = _bound(after.value, nxt.var) if after is not None else None
    if second is not None and second[0] == "min" and second[1] > 0:
        hi, last = second[1], after.var
    layer.act, layer.act_var = ("clip", lo, hi), last


def attach_onnx_names(layers: list[Layer], proto: onnx.ModelProto | None) -> None:
    """Name layers after their ONNX nodes when the node order matches one to one."""
    if proto is None:
        return
    inits = {t.name for t in proto.graph.initializer}
    convs = [n for n in proto.graph.node if n.op_type == "Conv" and n.input[1] in inits]
    mms = [n for n in proto.graph.node if n.op_type in ("Gemm", "MatMul")
           and len(n.input) > 1 and n.input[1] in inits]
    for kind, nodes in (("conv2d", convs), ("matmul", mms)):
        mine = [lay for lay in layers if lay.kind == kind]
        if len(mine) == len(nodes):
            for lay, node in zip(mine, nodes, strict=True):
                lay.onnx_name = node.name or None
