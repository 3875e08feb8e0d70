"""The int8 region: which tensors between quantized layers stay int8 (add, concat, pools, reshape).

Planning is structural (it needs the chosen layers, not their scales), so calibration and
realization compute the same region and agree on which extra tensors need a scale.

A tensor is carried in int8 when it is a quantized layer's input, or when it is produced in
int8 (a quantized layer's output, or an op below whose inputs are all int8) and at least one
reader takes it as int8. Tensors linked by value-preserving ops (reshape, transpose, max-pool)
share one scale: a *class*. A class takes the scale of a quantized layer reading one of its
members, else its own calibrated scale (table key ``<producer>:output``). A quantized layer
with no activation whose only reader is an int8 add is *fused* into it: the add reads its
int32 accumulator, so the conv output is never rounded to int8 (the residual add of a ResNet).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import tvm
from tvm import relax

from .graph import Layer, _imm, use_counts

# Ops that commute with a monotonic per-tensor quantization: they run unchanged on int8 values.
COPY_OPS = ("relax.reshape", "relax.nn.max_pool2d", "relax.permute_dims", "relax.squeeze",
            "relax.expand_dims", "relax.nn.relu")


@dataclass
class RegionOp:
    """An op that can run in int8: ``add`` (with a fused ReLU/Clip), ``concat``, ``mean``
    (global average pool), ``avg_pool2d`` or ``copy`` (value preserving)."""

    name: str
    kind: str
    var: relax.Var  # the op's final output (after a fused activation)
    call: relax.Call
    inputs: tuple
    absorbed: tuple = ()  # bindings folded into the op (the add when a ReLU follows)
    act: tuple | None = None  # ("relu",) or ("clip", lo, hi)


@dataclass
class Region:
    """The planned int8 region of ``main``."""

    int8: set  # variables carried as int8 (fused layer outputs: as int32 accumulators)
    ops: dict  # final var -> RegionOp run in int8
    fused: dict  # layer name -> the add RegionOp reading its accumulator
    root: dict  # var -> the root of its class
    keys: dict  # class root -> calibration-table key of the class's scale
    dequant: set  # vars produced in int8 that float code also reads
    own_keys: dict = field(default_factory=dict)  # key -> root, for classes without a layer


def _dtype(var: relax.Var) -> str:
    return str(getattr(var.ty, "dtype", ""))


def _users(func: relax.Function) -> dict[Any, list]:
    users: dict[Any, list] = {}
    for blk in func.body.blocks:
        for b in blk.bindings:
            def visit(e: Any, b: Any = b) -> None:
                if isinstance(e, relax.Var):
                    users.setdefault(e, []).append(b)
            relax.analysis.post_order_visit(b.value, visit)
    return users


def find_ops(func: relax.Function) -> list[RegionOp]:
    """Every float32 op of ``main`` that the int8 region can absorb, in binding order."""
    uses, users = use_counts(func), _users(func)
    count: dict[str, int] = {}
    ops, taken = [], set()
    for blk in func.body.blocks:
        for b in blk.bindings:
            call = b.value
            if b.var in taken or not isinstance(b, relax.VarBinding) or \
                    not isinstance(call, relax.Call) or \
                    not isinstance(call.op, tvm.ir.Op) or _dtype(b.var) != "float32":
                continue
            name, kind, inputs = call.op.name, None, ()
            if name == "relax.add" and all(isinstance(a, relax.Var) for a in call.args) and \
                    all(_dtype(a) == "float32" for a in call.args):
                kind, inputs = "add", tuple(call.args)
            elif name == "relax.concat" and isinstance(call.args[0], relax.Tuple) and \
                    all(isinstance(a, relax.Var) for a in call.args[0].fields):
                kind, inputs = "concat", tuple(call.args[0].fields)
            elif name == "relax.mean" and isinstance(call.args[0], relax.Var) and \
                    call.attrs.axis is not None and len(call.args[0].ty.shape) == 4 and \
                    sorted(int(a) for a in call.attrs.axis) == [2, 3]:
                kind, inputs = "mean", (call.args[0],)
            elif name == "relax.nn.avg_pool2d" and isinstance(call.args[0], relax.Var):
                kind, inputs = "avg_pool2d", (call.args[0],)
            elif name in COPY_OPS and isinstance(call.args[0], relax.Var):
                kind, inputs = "copy", (call.args[0],)
            elif name == "relax.clip" and isinstance(call.args[0], relax.Var) and \
                    _imm(call.args[1]) is not None and _imm(call.args[2]) is not None:
                kind, inputs = "copy", (call.args[0],)  # e.g. a QDQ pair's range
            if kind is None:
                continue
            i = count.get(kind, 0)
            count[kind] = i + 1
            op = RegionOp(f"{kind}_{i}", kind, b.var, call, inputs)
            nxt = users.get(b.var, [])
            if kind == "add" and uses.get(b.var, 0) == 1 and len(nxt) == 1:
                act = _activation(nxt[0].value, b.var)
                if act is not None:
                    op.act, op.absorbed, op.var = act, (b.var,), nxt[0].var
                    taken.add(nxt[0].var)
            ops.append(op)
    return ops


def _activation(value: Any, var: relax.Var) -> tuple | None:
    """("relu",) or ("clip", lo, hi) when ``value`` is that activation applied to ``var``."""
    if not isinstance(value, relax.Call) or not value.args or not value.args[0].same_as(var):
        return None
    name = getattr(value.op, "name", "")
    if name == "relax.nn.relu":
        return ("relu",)
    if name == "relax.clip":
        lo, hi = _imm(value.args[1]), _imm(value.args[2])
        if lo is not None and hi is not None and lo <= 0 <= hi:
            return ("clip", lo, hi)
    return None


def plan_region(func: relax.Function, chosen: list[Layer], layer_keys: dict[str, str],
                has_key: Callable[[str], bool] | None = None) -> Region:
    """The largest consistent int8 region given the quantized layers.

    ``layer_keys`` maps layer names to the table keys of their inputs; ``has_key`` says
    whether the calibration table holds a key (None: assume every key exists, as calibration
    does when it decides what to observe).
    """
    ops = find_ops(func)
    uses = use_counts(func)
    by_var = {op.var: op for op in ops}
    layer_out = {lay.output: lay for lay in chosen}
    inputs: dict[Any, str] = {}
    for lay in chosen:
        inputs.setdefault(lay.input, layer_keys[lay.name])
    readers: dict[Any, list] = {}
    for lay in chosen:
        readers.setdefault(lay.input, []).append(lay)
    for op in ops:
        for x in op.inputs:
            readers.setdefault(x, []).append(op)
    int8 = set(inputs) | set(layer_out) | set(by_var)
    while True:
        live = {v: op for v, op in by_var.items()
                if v in int8 and all(x in int8 for x in op.inputs)}
        keep = set(inputs)
        for v in int8 - keep:
            if (v in layer_out or v in live) and any(
                    isinstance(r, Layer) or r.var in live for r in readers.get(v, [])):
                keep.add(v)
        live = {v: op for v, op in live.items() if v in keep}
        fused = _fused(chosen, live, keep, uses, readers)
        root = _classes(keep, live, func)
        keys, own = _class_keys(root, inputs, layer_out, live, fused, chosen)
        missing = {r for r, k in own.items() if has_key is not None and not has_key(k)}
        drop = {v for v, r in root.items() if r in missing and v not in inputs}
        keep -= drop
        if keep == int8:
            break
        int8 = keep
    float_uses = _float_uses(int8, live, chosen, uses)
    dequant = {v for v in int8 if (v in live or v in layer_out) and float_uses.get(v, 0) > 0
               and not any(v.same_as(lay.output) for lay in chosen if lay.name in fused)}
    own_keys = {k: r for r, k in own.items()}
    return Region(int8, live, fused, root, keys, dequant, own_keys)


def _fused(chosen: list[Layer], live: dict, int8: set, uses: dict, readers: dict) -> dict:
    fused = {}
    for lay in chosen:
        r = readers.get(lay.output, [])
        if lay.act is None and lay.output in int8 and uses.get(lay.output, 0) == 1 and \
                len(r) == 1 and isinstance(r[0], RegionOp) and r[0].kind == "add" and \
                r[0].var in live:
            fused[lay.name] = r[0]
    return fused


def _classes(int8: set, live: dict, func: relax.Function) -> dict:
    """var -> class root: copy ops join their output to their input's class."""
    root = {p: p for p in func.params if p in int8}
    for blk in func.body.blocks:
        for b in blk.bindings:
            v = b.var
            if v not in int8:
                continue
            op = live.get(v)
            root[v] = root.get(op.inputs[0], v) if op is not None and op.kind == "copy" else v
    return root


def _class_keys(root: dict, inputs: dict, layer_out: dict, live: dict, fused: dict,
                chosen: list[Layer]) -> tuple[dict, dict]:
    """(class root -> table key, root -> key for classes that need their own scale)."""
    keys: dict = {}
    for lay in chosen:  # the first quantized layer reading a class gives it its scale
        if lay.input in root:
            keys.setdefault(root[lay.input], inputs[lay.input])
    fused_out = {lay.output for lay in chosen if lay.name in fused}
    own = {}
    for r in set(root.values()):
        if r in keys or r in fused_out:
            continue
        producer = layer_out[r].name if r in layer_out else live[r].name
        keys[r] = own[r] = f"{producer}:output"
    return keys, own


def _float_uses(int8: set, live: dict, chosen: list[Layer], uses: dict) -> dict:
    """How many uses of each int8 variable are by float code."""
    out = {v: uses.get(v, 0) for v in int8}
    for lay in chosen:
        if lay.input in out:
            out[lay.input] -= 1
    for op in live.values():
        for x in op.inputs:
            if x in out:
                out[x] -= 1
    return out
