"""Per-layer integer parameters: int8 weights, int32 bias, requantize or dequantize scales."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from tvm import relax

from .config import PerChannel, QuantConfig
from .graph import Layer, use_counts
from .qparams import fixed_point, quantize_layer_weight
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


@dataclass(frozen=True)
class LayerPlan:
    """Everything the realization pass emits for one quantized layer."""

    layer: Layer
    qweight: np.ndarray  # int8, output-major (OIHW or (N, K))
    wscale: np.ndarray  # float32, per output channel (broadcast if per tensor)
    bias: np.ndarray | None  # int32 per output channel, zero-point correction included
    inp: TensorQParams
    out: Requant | None  # None: dequantize to float at the layer's output
    dequant: np.ndarray  # float32 per output channel: in_scale * wscale
    chain: tuple = ()  # value-preserving ops (reshape, max-pool...) run on the int8 output


# Ops that commute with a monotonic per-tensor quantization, so they can run on int8 values.
INT8_TRANSPARENT = ("relax.reshape", "relax.nn.max_pool2d", "relax.permute_dims",
                    "relax.squeeze", "relax.expand_dims")


def _int8_target(y: Any, chosen_readers: dict, uses: dict, users: dict
                 ) -> tuple[Any, tuple] | None:
    """Follow single-use value-preserving ops from ``y`` to a tensor read only by quantized
    layers; returns (that tensor, the ops' variables) or None."""
    chain: list = []
    v = y
    while isinstance(v, relax.DataflowVar):
        if chosen_readers.get(v, 0) and chosen_readers[v] == uses.get(v, 0):
            return v, tuple(chain)
        nxt = users.get(v, [])
        if uses.get(v, 0) != 1 or len(nxt) != 1:
            return None
        value = nxt[0].value
        if not (isinstance(value, relax.Call) and getattr(value.op, "name", "") in
                INT8_TRANSPARENT and value.args[0].same_as(v)):
            return None
        chain.append(nxt[0].var)
        v = nxt[0].var
    return None


def _clamp(layer: Layer, q: TensorQParams, lo: int, hi: int) -> tuple[int, int]:
    if layer.act is None:
        return lo, hi
    a_lo = 0.0 if layer.act[0] == "relu" else layer.act[1]
    lo = max(lo, int(np.round(a_lo / q.scale)) + q.zero_point)
    if layer.act[0] == "clip" and np.isfinite(layer.act[2]):
        hi = min(hi, int(np.round(layer.act[2] / q.scale)) + q.zero_point)
    return lo, max(lo, hi)


def plan_layers(func: relax.Function, chosen: list[Layer], table: CalibrationTable,
                config: QuantConfig) -> dict[Any, LayerPlan]:
    """Plans keyed by each chosen layer's anchor variable."""
    uses = use_counts(func)
    users: dict[Any, list] = {}
    for blk in func.body.blocks:
        for b in blk.bindings:
            def visit(e: Any, b: Any = b) -> None:
                if isinstance(e, relax.Var):
                    users.setdefault(e, []).append(b)
            relax.analysis.post_order_visit(b.value, visit)
    readers: dict[Any, int] = {}
    for lay in chosen:
        readers[lay.input] = readers.get(lay.input, 0) + 1
    qmin, qmax = (0, 255) if table.activations == "uint8-asymmetric" else (-127, 127)
    plans = {}
    for lay in chosen:
        inp = table.tensors[table.layers[lay.name]]
        axis = 0 if isinstance(config.weight_granularity, PerChannel) else None
        qw, ws = quantize_layer_weight(lay.weight, axis, config)
        ws = np.broadcast_to(ws, (lay.channels,)).astype(np.float32)
        acc_scale = (np.float64(inp.scale) * ws.astype(np.float64))
        bias = np.zeros(lay.channels, np.int64)
        if lay.bias is not None:
            bias += np.round(lay.bias.astype(np.float64) / acc_scale).astype(np.int64)
        if inp.zero_point:
            bias -= inp.zero_point * qw.reshape(lay.channels, -1).astype(np.int64).sum(axis=1)
        bias = np.clip(bias, -(2**31), 2**31 - 1).astype(np.int32)
        out, chain = None, ()
        found = _int8_target(lay.output, readers, uses, users)
        if found is not None:
            y, chain = found
            oq = table.tensors[table.layers[next(c.name for c in chosen if c.input.same_as(y))]]
            m, n = fixed_point(acc_scale / oq.scale)
            lo, hi = _clamp(lay, oq, qmin, qmax)
            out = Requant(m, n, oq.zero_point, lo, hi, oq.dtype, oq.scale)
        plans[lay.anchor] = LayerPlan(lay, qw if lay.kind == "conv2d" else qw, ws,
                                      bias if (bias != 0).any() else None, inp, out,
                                      acc_scale.astype(np.float32), chain)
    return plans
