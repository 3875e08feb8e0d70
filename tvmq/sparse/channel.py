"""Structured channel pruning: drop whole output channels of a Conv and the matching inputs.

Works on the model's ONNX graph, for chains ``Conv_A -> [BatchNormalization] -> [Relu] ->
Conv_B`` where each intermediate tensor has exactly one consumer (e.g. the first conv of a
ResNet basic block). Channels of ``Conv_A`` with the smallest ``L1(filter) * |BN scale|`` are
removed from ``Conv_A`` (weights, bias), the BatchNormalization parameters and the input
channels of ``Conv_B``: the result is a smaller dense model, reloaded with `tvmq.load_onnx`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import onnx
from onnx import numpy_helper

from ..errors import ConfigError
from ..model import Model


@dataclass(frozen=True)
class ChannelConfig:
    """What `prune_channels` does.

    Attributes
    ----------
    ratio : float
        Fraction of the prunable convolutions' output channels removed, in [0, 1).
    multiple_of : int
        Kept channel counts are rounded up to a multiple of this (vector-friendly shapes).
    min_channels : int
        Never keep fewer channels than this.
    """

    ratio: float = 0.5
    multiple_of: int = 4
    min_channels: int = 4

    def __post_init__(self) -> None:
        if not 0.0 <= float(self.ratio) < 1.0:
            raise ConfigError(f"channel ratio must be in [0, 1), got {self.ratio!r}")
        if self.multiple_of < 1 or self.min_channels < 1:
            raise ConfigError("multiple_of and min_channels must be >= 1")


@dataclass(frozen=True)
class ChannelReport:
    """One pruned chain: the producer conv, its consumer, and the channel counts."""

    producer: str
    consumer: str
    channels_before: int
    channels_after: int


def _chains(graph: onnx.GraphProto, inits: dict[str, np.ndarray]) -> list[list[onnx.NodeProto]]:
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    outputs = {o.name for o in graph.output}

    def group(node: onnx.NodeProto) -> int:
        return next((a.i for a in node.attribute if a.name == "group"), 1)

    chains = []
    for node in graph.node:
        if node.op_type != "Conv" or group(node) != 1 or node.input[1] not in inits:
            continue
        chain, cur = [node], node
        while True:
            out = cur.output[0]
            users = consumers.get(out, [])
            if out in outputs or len(users) != 1:
                break
            nxt = users[0]
            if nxt.op_type == "BatchNormalization" and all(i in inits for i in nxt.input[1:]):
                chain.append(nxt)
                cur = nxt
            elif nxt.op_type == "Relu":
                chain.append(nxt)
                cur = nxt
            elif (nxt.op_type == "Conv" and group(nxt) == 1 and nxt.input[0] == out
                  and nxt.input[1] in inits):
                chain.append(nxt)
                chains.append(chain)
                break
            else:
                break
    return chains


def prune_channels(model: Model, config: ChannelConfig) -> tuple[Model, list[ChannelReport]]:
    """Remove output channels of prunable convolutions (see the module docstring).

    Parameters
    ----------
    model : Model
        A model straight from `tvmq.load_onnx` (channel pruning must come first).
    config : ChannelConfig
        How many channels to remove.

    Returns
    -------
    (Model, list of ChannelReport)
    """
    from ..frontend import load_onnx

    if model.source is None:
        raise ConfigError("channel pruning needs the model's ONNX graph (use tvmq.load_onnx)")
    if model.transforms:
        raise ConfigError(f"channel pruning must come before other transforms; this model "
                          f"already has {list(model.transforms)}")
    proto = onnx.ModelProto()
    proto.CopyFrom(model.source)
    graph = proto.graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    chains = _chains(graph, inits)
    if not chains:
        raise ConfigError(f"model {model.name!r} has no Conv -> [BatchNorm] -> [Relu] -> Conv "
                          "chain whose channels can be removed")
    new: dict[str, np.ndarray] = {}
    reports = []
    for chain in chains:
        prod, cons = chain[0], chain[-1]
        w = inits[prod.input[1]]
        score = np.abs(w).reshape(w.shape[0], -1).sum(1)
        for bn in chain[1:-1]:
            if bn.op_type == "BatchNormalization":
                eps = next((a.f for a in bn.attribute if a.name == "epsilon"), 1e-5)
                score = score * np.abs(inits[bn.input[1]] / np.sqrt(inits[bn.input[4]] + eps))
        c = w.shape[0]
        keep_n = int(np.ceil(c * (1 - config.ratio) / config.multiple_of) * config.multiple_of)
        keep_n = min(c, max(keep_n, config.min_channels))
        if keep_n == c:
            continue
        keep = np.sort(np.argsort(-score, kind="stable")[:keep_n])
        new[prod.input[1]] = w[keep]
        if len(prod.input) > 2 and prod.input[2]:
            new[prod.input[2]] = inits[prod.input[2]][keep]
        for bn in chain[1:-1]:
            if bn.op_type == "BatchNormalization":
                for name in bn.input[1:]:
                    new[name] = inits[name][keep]
        new[cons.input[1]] = inits[cons.input[1]][:, keep]
        reports.append(ChannelReport(prod.name, cons.name, c, keep_n))
    shared = [n for n in new if sum(n in node.input for node in graph.node) > 1]
    if shared:
        raise ConfigError(f"weights {shared} are shared by several nodes; channel pruning "
                          "cannot resize them")
    for init in graph.initializer:
        if init.name in new:
            init.CopyFrom(numpy_helper.from_array(np.ascontiguousarray(new[init.name]),
                                                  init.name))
    del graph.value_info[:]
    proto = onnx.shape_inference.infer_shapes(proto)
    shapes = {s.name: list(s.shape) for s in model.inputs}
    smaller = load_onnx(proto, shapes=shapes)
    transform = f"channels:{config.ratio:g}"
    return replace(smaller, name=model.name, transforms=(transform,)), reports
