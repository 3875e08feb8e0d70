"""ResNet-style CNN and BERT-style encoder graphs with deterministic weights."""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto

from .builder import GraphBuilder


def _conv_bn(g: GraphBuilder, x: str, cin: int, cout: int, k: int, stride: int = 1,
             relu: bool = True, groups: int = 1) -> str:
    pad = k // 2
    w = g.weight([cout, cin // groups, k, k])
    y = g.op("Conv", [x, w], kernel_shape=[k, k], strides=[stride, stride],
             pads=[pad] * 4, group=groups)
    scale = g.const((1.0 + 0.1 * g.rng.standard_normal(cout)).astype("float32"), "bn_s")
    bias = g.const((0.1 * g.rng.standard_normal(cout)).astype("float32"), "bn_b")
    mean = g.const((0.1 * g.rng.standard_normal(cout)).astype("float32"), "bn_m")
    var = g.const((1.0 + 0.1 * g.rng.random(cout)).astype("float32"), "bn_v")
    y = g.op("BatchNormalization", [y, scale, bias, mean, var], epsilon=1e-5)
    return g.op("Relu", [y]) if relu else y


def _block(g: GraphBuilder, x: str, cin: int, cout: int, stride: int) -> str:
    y = _conv_bn(g, x, cin, cout, 3, stride)
    y = _conv_bn(g, y, cout, cout, 3, 1, relu=False)
    short = x if stride == 1 and cin == cout else _conv_bn(g, x, cin, cout, 1, stride, False)
    return g.op("Relu", [g.op("Add", [y, short])])


def resnet_cnn(image: int = 32, channels: tuple[int, ...] = (16, 32, 64), classes: int = 10,
               batch: int | str = 1, seed: int = 0) -> onnx.ModelProto:
    """A small ResNet: conv stem, one basic block per stage (stride 2 after the first), head.

    Uses Conv, BatchNormalization, Relu, Add, MaxPool, GlobalAveragePool, Flatten and Gemm.
    """
    g = GraphBuilder("resnet_cnn", seed)
    x = g.input("input", [batch, 3, image, image])
    y = _conv_bn(g, x, 3, channels[0], 3)
    y = g.op("MaxPool", [y], kernel_shape=[2, 2], strides=[2, 2])
    cin = channels[0]
    for i, c in enumerate(channels):
        y = _block(g, y, cin, c, 1 if i == 0 else 2)
        cin = c
    y = g.op("Flatten", [g.op("GlobalAveragePool", [y])])
    logits = g.op("Gemm", [y, g.weight([classes, cin], 0.1), g.const(
        np.zeros(classes, "float32"), "fc_b")], transB=1)
    return g.build([logits])


def _layer_norm(g: GraphBuilder, x: str, hidden: int) -> str:
    gamma = g.const((1 + 0.05 * g.rng.standard_normal(hidden)).astype("float32"), "ln_g")
    beta = g.const((0.05 * g.rng.standard_normal(hidden)).astype("float32"), "ln_b")
    return g.op("LayerNormalization", [x, gamma, beta], axis=-1, epsilon=1e-12)


def _linear(g: GraphBuilder, x: str, cin: int, cout: int) -> str:
    y = g.op("MatMul", [x, g.weight([cin, cout], 0.05)])
    return g.op("Add", [y, g.const((0.02 * g.rng.standard_normal(cout)).astype("float32"))])


def _gelu(g: GraphBuilder, x: str) -> str:
    half = g.const(np.array(0.5, "float32"))
    one = g.const(np.array(1.0, "float32"))
    inv_sqrt2 = g.const(np.array(1 / np.sqrt(2), "float32"))
    erf = g.op("Erf", [g.op("Mul", [x, inv_sqrt2])])
    return g.op("Mul", [g.op("Mul", [x, half]), g.op("Add", [erf, one])])


def bert_encoder(seq: int = 32, hidden: int = 64, heads: int = 4, ffn: int = 128,
                 layers: int = 1, vocab: int = 100, batch: int | str = 1, seed: int = 0
                 ) -> onnx.ModelProto:
    """A BERT-style encoder: embeddings, then post-LN self-attention + GELU FFN layers.

    Inputs are ``input_ids`` (int64) and ``attention_mask`` (float32, 1 keep / 0 pad).
    """
    if hidden % heads:
        raise ValueError("hidden must be divisible by heads")
    g = GraphBuilder("bert_encoder", seed)
    ids = g.input("input_ids", [batch, seq], TensorProto.INT64)
    mask = g.input("attention_mask", [batch, seq])
    emb = g.const((0.1 * g.rng.standard_normal((vocab, hidden))).astype("float32"), "emb")
    pos = g.const((0.1 * g.rng.standard_normal((1, seq, hidden))).astype("float32"), "pos")
    x = _layer_norm(g, g.op("Add", [g.op("Gather", [emb, ids]), pos]), hidden)
    head_dim = hidden // heads
    # additive mask: (1 - mask) * -10000, shaped [B, 1, 1, S]
    neg = g.op("Mul", [g.op("Sub", [g.const(np.array(1.0, "float32")), mask]),
                       g.const(np.array(-10000.0, "float32"))])
    neg = g.op("Unsqueeze", [neg, g.const(np.array([1, 2], "int64"))])
    split_shape = g.const(np.array([0, seq, heads, head_dim], "int64"))
    merge_shape = g.const(np.array([0, seq, hidden], "int64"))
    scale = g.const(np.array(1 / np.sqrt(head_dim), "float32"))
    for _ in range(layers):
        q, k, v = (g.op("Transpose", [g.op("Reshape", [_linear(g, x, hidden, hidden),
                                                       split_shape])], perm=perm)
                   for perm in ([0, 2, 1, 3], [0, 2, 3, 1], [0, 2, 1, 3]))
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, k]), scale]), neg])
        ctx = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), v])
        ctx = g.op("Reshape", [g.op("Transpose", [ctx], perm=[0, 2, 1, 3]), merge_shape])
        x = _layer_norm(g, g.op("Add", [x, _linear(g, ctx, hidden, hidden)]), hidden)
        h = _gelu(g, _linear(g, x, hidden, ffn))
        x = _layer_norm(g, g.op("Add", [x, _linear(g, h, ffn, hidden)]), hidden)
    return g.build([x])
