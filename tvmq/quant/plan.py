"""Integer parameters of the int8 region: layer weights, biases, requantize and rescale factors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from tvm import relax

from .config import PerChannel, QuantConfig
from .graph import Layer
from .qparams import common_fixed_point, fixed_point, quantize_layer_weight
from .region import Region, RegionOp, plan_region
from .table import CalibrationTable, TensorQParams


@dataclass(frozen=True)
class Requant:
    """Integer requantize of the int32 accumulator to the consumer's scale."""

    multiplier: np.ndarray  # int64, per output channel
    shift: np.ndarray  # int64, per output channel
    zero_point: int
    lo: int
    hi: int
    dtype: str
    scale: float
    ratio: np.ndarray  # float64 per output channel: the real multiplier m / 2**n stands for


@dataclass(frozen=True)
class LayerPlan:
    """Everything the realization pass emits for one quantized layer."""

    layer: Layer
    qweight: np.ndarray  # int8, output-major (OIHW or (N, K))
    wscale: np.ndarray  # float32, per output channel (broadcast if per tensor)
    bias: np.ndarray | None  # int32 per output channel, zero-point correction included
    inp: TensorQParams
    out: Requant | None  # None: no int8 output
    dequant: np.ndarray  # float32 per output channel: in_scale * wscale
    to_float: bool = True  # also emit the float output (dequantized from the accumulator)
    fused: bool = False  # the int32 accumulator is read by an int8 add (no output of its own)


@dataclass(frozen=True)
class Term:
    """One input of an integer rescale: ``(x - zero_point) * multiplier >> shift``."""

    var: relax.Var  # an int8 tensor, or a fused layer's output (its int32 accumulator)
    zero_point: int
    multiplier: np.ndarray  # int64, scalar or per channel
    shift: np.ndarray  # int64, scalar or per channel
    layer: Layer | None = None  # set for a fused layer's accumulator
    ratio: np.ndarray | None = None  # float64: the real multiplier (None: m / 2**n)


@dataclass(frozen=True)
class OpPlan:
    """An add, concat, average pool or value-preserving op run in int8.

    ``terms``: add, the rescaled summands (one shift); concat, one Term per input or None
    where the input already has the output's scale; pools, the input (``count`` elements
    summed per output). ``acc_dtype`` is the integer type of the rescale arithmetic.
    """

    op: RegionOp
    out: TensorQParams
    lo: int
    hi: int
    to_float: bool
    terms: tuple = ()
    acc_dtype: str = "int32"
    count: int = 1


def _clamp(act: tuple | None, q: TensorQParams, lo: int, hi: int) -> tuple[int, int]:
    if act is None:
        return lo, hi
    a_lo = 0.0 if act[0] == "relu" else act[1]
    lo = max(lo, int(np.round(a_lo / q.scale)) + q.zero_point)
    if act[0] == "clip" and np.isfinite(act[2]):
        hi = min(hi, int(np.round(act[2] / q.scale)) + q.zero_point)
    return lo, max(lo, hi)


def _rescale(ratios: list, bounds: list[int], wide: bool = False
             ) -> tuple[list, np.ndarray, str]:
    """Multipliers and shift in int32 arithmetic when they fit with 14 significant bits,
    else (or when ``wide``) in int64."""
    if not wide:
        try:
            ms, n = common_fixed_point(ratios, bounds, 32)
            if max(int(np.max(m)) for m in ms) >= 2**14:
                return ms, n, "int32"
        except ValueError:
            pass
    ms, n = common_fixed_point(ratios, bounds, 64)
    return ms, n, "int64"


def _layer_plan(lay: Layer, inp: TensorQParams, config: QuantConfig, region: Region,
                qp: Any, qrange: tuple[int, int]) -> LayerPlan:
    axis = 0 if isinstance(config.weight_granularity, PerChannel) else None
    qw, ws = quantize_layer_weight(lay.weight, axis, config)
    ws = np.broadcast_to(ws, (lay.channels,)).astype(np.float32)
    acc_scale = np.float64(inp.scale) * ws.astype(np.float64)
    bias = np.zeros(lay.channels, np.int64)
    if lay.bias is not None:
        bias += np.round(lay.bias.astype(np.float64) / acc_scale).astype(np.int64)
    if inp.zero_point:
        bias -= inp.zero_point * qw.reshape(lay.channels, -1).astype(np.int64).sum(axis=1)
    bias = np.clip(bias, -(2**31), 2**31 - 1).astype(np.int32)
    out, to_float, fused = None, True, lay.name in region.fused
    if fused:
        to_float = False
    elif lay.output in region.int8:
        oq = qp(lay.output)
        ratio = acc_scale / oq.scale
        m, n = fixed_point(ratio)
        lo, hi = _clamp(lay.act, oq, *qrange)
        out = Requant(m, n, oq.zero_point, lo, hi, oq.dtype, oq.scale, ratio)
        to_float = lay.output in region.dequant
    return LayerPlan(lay, qw, ws, bias if (bias != 0).any() else None, inp, out,
                     acc_scale.astype(np.float32), to_float, fused)


def _op_plan(op: RegionOp, region: Region, qp: Any, layer_plans: dict,
             qrange: tuple[int, int]) -> OpPlan:
    to_float = op.var in region.dequant
    if op.kind == "copy":
        q = qp(op.var)
        return OpPlan(op, q, *qrange, to_float)
    out = qp(op.var)
    lo, hi = _clamp(op.act, out, *qrange)
    if op.kind == "add":
        ratios, bounds, srcs = [], [], []
        for x in op.inputs:
            plan = layer_plans.get(x)
            if plan is not None and plan.fused:  # rescale the layer's int32 accumulator
                ratios.append(np.float64(plan.inp.scale) * plan.wscale.astype(np.float64)
                              / out.scale)
                bounds.append(2**31)
                srcs.append((x, 0, plan.layer))
            else:
                q = qp(x)
                ratios.append(q.scale / out.scale)
                bounds.append(255)
                srcs.append((x, q.zero_point, None))
        ms, n, acc = _rescale(ratios, bounds, wide=any(s[2] is not None for s in srcs))
        terms = tuple(Term(x, z, m, n, lay, np.asarray(r, np.float64))
                      for (x, z, lay), m, r in zip(srcs, ms, ratios, strict=True))
        return OpPlan(op, out, lo, hi, to_float, terms, acc)
    if op.kind == "concat":
        terms = []
        for x in op.inputs:
            q = qp(x)
            if (q.scale, q.zero_point) == (out.scale, out.zero_point):
                terms.append(None)
                continue
            (m,), n, _ = _rescale([q.scale / out.scale], [255])
            terms.append(Term(x, q.zero_point, m, n, ratio=np.float64(q.scale / out.scale)))
        return OpPlan(op, out, lo, hi, to_float, tuple(terms))
    x = op.inputs[0]
    shape = [int(d) for d in x.ty.shape]
    attrs = op.call.attrs
    count = shape[2] * shape[3] if op.kind == "mean" else \
        int(np.prod([int(k) for k in attrs.pool_size]))
    q = qp(x)
    ratio = np.float64(q.scale) / (count * np.float64(out.scale))
    (m,), n, acc = _rescale([ratio], [255 * count])
    return OpPlan(op, out, lo, hi, to_float, (Term(x, q.zero_point, m, n, ratio=ratio),), acc,
                  count)


def plan_layers(func: relax.Function, chosen: list[Layer], table: CalibrationTable,
                config: QuantConfig) -> dict[Any, LayerPlan | OpPlan]:
    """Plans keyed by each chosen layer's anchor variable and each int8 op's output variable.

    The int8 region (`tvmq.quant.region.plan_region`) grows as far as the table has scales
    for: an old table without ``<op>:output`` entries leaves adds and pools in float.
    """
    keys = {lay.name: table.layers[lay.name] for lay in chosen}
    region = plan_region(func, chosen, keys, lambda k: k in table.tensors)

    def qp(v: Any) -> TensorQParams:
        return table.tensors[region.keys[region.root[v]]]

    qrange = (0, 255) if table.activations == "uint8-asymmetric" else (-127, 127)
    plans: dict[Any, LayerPlan | OpPlan] = {}
    by_output = {}
    for lay in chosen:
        plan = _layer_plan(lay, qp(lay.input), config, region, qp, qrange)
        plans[lay.anchor] = plan
        by_output[lay.output] = plan
    for v, op in region.ops.items():
        plans[v] = _op_plan(op, region, qp, by_output, qrange)
    return plans


def layer_plans(plans: dict[Any, LayerPlan | OpPlan]) -> list[LayerPlan]:
    """The layer plans among ``plans``."""
    return [p for p in plans.values() if isinstance(p, LayerPlan)]
