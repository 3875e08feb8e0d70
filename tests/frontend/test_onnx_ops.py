"""Each ONNX op family in a small model built in code: tvmq (host) vs onnxruntime.

Tolerances: 1e-4 abs/rel for elementwise, data movement and pooling ops; 1e-4 abs + 1e-3 rel
for reductions over <= 64 terms (conv, matmul, normalisation), where TVM and onnxruntime sum in
different orders in float32.
"""

from __future__ import annotations

import numpy as np
import pytest
from onnx import TensorProto
from tvmq_testing import assert_matches_ort

from tvmq.zoo import GraphBuilder

RED = {"rtol": 1e-3, "atol": 1e-4}


def conv_model(cin, cout, k, stride, groups, pads, dilation=1, bias=True, hw=9):
    g = GraphBuilder("conv")
    x = g.input("x", [1, cin, hw, hw])
    ins = [x, g.weight([cout, cin // groups, k, k])]
    if bias:
        ins.append(g.const(np.linspace(-1, 1, cout, dtype="float32")))
    y = g.op("Conv", ins, kernel_shape=[k, k], strides=[stride, stride], pads=pads,
             group=groups, dilations=[dilation, dilation])
    return g.build([y])


@pytest.mark.parametrize("cin,cout,k,stride,groups,pads,dilation", [
    (3, 8, 3, 1, 1, [1, 1, 1, 1], 1),    # plain 3x3, same padding
    (4, 6, 3, 2, 1, [1, 1, 1, 1], 1),    # strided
    (4, 8, 3, 1, 2, [1, 1, 1, 1], 1),    # grouped
    (8, 8, 3, 2, 8, [1, 1, 1, 1], 1),    # depthwise, strided
    (8, 4, 1, 1, 1, [0, 0, 0, 0], 1),    # pointwise 1x1
    (3, 4, 3, 1, 1, [0, 1, 2, 0], 2),    # asymmetric pads, dilated
], ids=["3x3", "strided", "grouped", "depthwise", "1x1", "dilated-asym"])
def test_conv(cin, cout, k, stride, groups, pads, dilation):
    assert_matches_ort(conv_model(cin, cout, k, stride, groups, pads, dilation), **RED)


def test_conv_without_bias():
    assert_matches_ort(conv_model(3, 5, 3, 1, 1, [1, 1, 1, 1], bias=False), **RED)


def test_batchnorm_after_conv():
    g = GraphBuilder("bn")
    x = g.input("x", [2, 4, 5, 5])
    y = g.op("Conv", [x, g.weight([6, 4, 3, 3])], kernel_shape=[3, 3], pads=[1, 1, 1, 1])
    stats = [g.const(a.astype("float32")) for a in (
        1 + 0.2 * g.rng.standard_normal(6), 0.3 * g.rng.standard_normal(6),
        0.3 * g.rng.standard_normal(6), 0.5 + g.rng.random(6))]
    y = g.op("BatchNormalization", [y, *stats], epsilon=1e-3)
    assert_matches_ort(g.build([y]), **RED)


@pytest.mark.parametrize("op,attrs,extra", [
    ("Relu", {}, None),
    ("Clip", {}, (np.float32(-0.5), np.float32(0.7))),
    ("Clip", {}, (np.float32(0.0), np.float32(6.0))),  # ReLU6
    ("Sigmoid", {}, None),
    ("Tanh", {}, None),
], ids=["relu", "clip", "relu6", "sigmoid", "tanh"])
def test_activation(op, attrs, extra):
    g = GraphBuilder("act")
    x = g.input("x", [2, 3, 4, 5])
    ins = [x] + ([g.const(np.array(v)) for v in extra] if extra else [])
    assert_matches_ort(g.build([g.op(op, ins, **attrs)]))


@pytest.mark.parametrize("op,attrs", [
    ("MaxPool", {"kernel_shape": [2, 2], "strides": [2, 2]}),
    ("MaxPool", {"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1]}),
    ("AveragePool", {"kernel_shape": [2, 2], "strides": [2, 2]}),
    ("AveragePool", {"kernel_shape": [3, 3], "strides": [1, 1], "pads": [1, 1, 1, 1],
                     "count_include_pad": 0}),
    ("AveragePool", {"kernel_shape": [3, 3], "strides": [2, 2], "pads": [1, 1, 1, 1],
                     "count_include_pad": 1}),
    ("GlobalAveragePool", {}),
    ("GlobalMaxPool", {}),
], ids=["max2", "max3-pad", "avg2", "avg3-exclude-pad", "avg3-include-pad", "gap", "gmp"])
def test_pool(op, attrs):
    g = GraphBuilder("pool")
    x = g.input("x", [1, 3, 8, 8])
    assert_matches_ort(g.build([g.op(op, [x], **attrs)]))


@pytest.mark.parametrize("trans_a,trans_b,alpha,beta,bias_shape", [
    (0, 0, 1.0, 1.0, [5]),
    (0, 1, 1.0, 1.0, [5]),
    (1, 0, 0.5, 2.0, [1, 5]),
    (0, 1, 1.0, 1.0, None),
], ids=["nn", "nt", "tn-alpha-beta", "no-bias"])
def test_gemm(trans_a, trans_b, alpha, beta, bias_shape):
    g = GraphBuilder("gemm")
    a = g.input("a", [6, 3] if trans_a else [3, 6])
    w = g.weight([5, 6] if trans_b else [6, 5])
    ins = [a, w] + ([g.weight(bias_shape, 0.5)] if bias_shape else [])
    y = g.op("Gemm", ins, transA=trans_a, transB=trans_b, alpha=alpha, beta=beta)
    assert_matches_ort(g.build([y]), **RED)


@pytest.mark.parametrize("a_shape,b_shape,b_const", [
    ([4, 8], [8, 3], True),
    ([2, 5, 8], [8, 6], True),            # batched x 2-D weight (transformer linear)
    ([2, 3, 5, 8], [2, 3, 8, 4], False),  # batched activations x activations
    ([3, 5, 8], [1, 8, 2], False),        # broadcast batch
], ids=["2d", "3d-weight", "4d-batched", "broadcast"])
def test_matmul(a_shape, b_shape, b_const):
    g = GraphBuilder("matmul")
    a = g.input("a", a_shape)
    b = g.weight(b_shape) if b_const else g.input("b", b_shape)
    assert_matches_ort(g.build([g.op("MatMul", [a, b])]), **RED)


@pytest.mark.parametrize("op", ["Add", "Mul", "Sub", "Div"])
@pytest.mark.parametrize("b_shape", [[2, 3, 4], [4], [3, 1], []], ids=["same", "row", "col",
                                                                         "scalar"])
def test_binary_broadcast(op, b_shape):
    g = GraphBuilder("binary")
    a = g.input("a", [2, 3, 4])
    b = g.const((1.5 + np.abs(g.rng.standard_normal(b_shape))).astype("float32"))
    assert_matches_ort(g.build([g.op(op, [a, b])]))


def test_binary_two_inputs():
    g = GraphBuilder("binary2")
    a, b = g.input("a", [2, 3]), g.input("b", [2, 3])
    assert_matches_ort(g.build([g.op("Mul", [g.op("Add", [a, b]), a])]))


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_concat(axis):
    g = GraphBuilder("concat")
    a, b = g.input("a", [2, 3, 4]), g.input("b", [2, 3, 4])
    c = g.weight([2, 3, 4])
    assert_matches_ort(g.build([g.op("Concat", [a, b, c], axis=axis)]))


@pytest.mark.parametrize("shape", [[6, 4], [0, -1], [2, 3, 2, 2], [-1]],
                         ids=["2d", "zero-and-infer", "4d", "flat"])
def test_reshape(shape):
    g = GraphBuilder("reshape")
    x = g.input("x", [2, 3, 4])
    y = g.op("Reshape", [x, g.const(np.array(shape, "int64"))])
    assert_matches_ort(g.build([g.op("Relu", [y])]))


@pytest.mark.parametrize("perm", [[1, 0, 2], [2, 0, 1], [0, 2, 1]])
def test_transpose(perm):
    g = GraphBuilder("transpose")
    x = g.input("x", [2, 3, 4])
    assert_matches_ort(g.build([g.op("Transpose", [x], perm=perm)]))


def test_flatten_squeeze_unsqueeze():
    g = GraphBuilder("shape_ops")
    x = g.input("x", [2, 1, 3, 4])
    y = g.op("Squeeze", [x, g.const(np.array([1], "int64"))])
    y = g.op("Unsqueeze", [y, g.const(np.array([0], "int64"))])
    assert_matches_ort(g.build([g.op("Flatten", [y], axis=2)]))


@pytest.mark.parametrize("axis", [-1, 1])
def test_softmax(axis):
    g = GraphBuilder("softmax")
    x = g.input("x", [2, 5, 7])
    scaled = g.op("Mul", [x, g.const(np.array(4.0, "float32"))])  # peaky rows
    assert_matches_ort(g.build([g.op("Softmax", [scaled], axis=axis)]))


def test_layernorm():
    g = GraphBuilder("layernorm")
    x = g.input("x", [2, 5, 16])
    gamma = g.const((1 + 0.1 * g.rng.standard_normal(16)).astype("float32"))
    beta = g.const((0.1 * g.rng.standard_normal(16)).astype("float32"))
    y = g.op("LayerNormalization", [x, gamma, beta], axis=-1, epsilon=1e-5)
    assert_matches_ort(g.build([y]), **RED)


def test_layernorm_decomposed():
    """The pattern older exporters emit: ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div."""
    g = GraphBuilder("layernorm_decomposed", opset=17)
    x = g.input("x", [2, 5, 16])
    mean = g.op("ReduceMean", [x], axes=[-1], keepdims=1)
    centered = g.op("Sub", [x, mean])
    var = g.op("ReduceMean", [g.op("Pow", [centered, g.const(np.array(2.0, "float32"))])],
               axes=[-1], keepdims=1)
    std = g.op("Sqrt", [g.op("Add", [var, g.const(np.array(1e-5, "float32"))])])
    y = g.op("Div", [centered, std])
    y = g.op("Add", [g.op("Mul", [y, g.weight([16], 0.5)]), g.weight([16], 0.1)])
    assert_matches_ort(g.build([y]), **RED)


def test_gelu_erf():
    g = GraphBuilder("gelu_erf")
    x = g.input("x", [3, 20])
    erf = g.op("Erf", [g.op("Div", [x, g.const(np.array(np.sqrt(2), "float32"))])])
    y = g.op("Mul", [g.op("Mul", [x, g.const(np.array(0.5, "float32"))]),
                     g.op("Add", [erf, g.const(np.array(1.0, "float32"))])])
    assert_matches_ort(g.build([y]), rtol=1e-4, atol=1e-5)


def test_gelu_op():
    g = GraphBuilder("gelu", opset=20)
    x = g.input("x", [3, 20])
    y = g.op("Gelu", [x])
    assert_matches_ort(g.build([y]), rtol=1e-4, atol=1e-5)


def test_attention_with_mask():
    """softmax(Q K^T / sqrt(d) + (1 - mask) * -1e4) V with two heads and padded keys."""
    batch, seq, heads, dim = 2, 6, 2, 4
    hidden = heads * dim
    g = GraphBuilder("attention")
    x = g.input("x", [batch, seq, hidden])
    mask = g.input("mask", [batch, seq])
    split = g.const(np.array([batch, seq, heads, dim], "int64"))
    q, k, v = (g.op("Transpose", [g.op("Reshape", [g.op("MatMul", [x, g.weight(
        [hidden, hidden])]), split])], perm=perm)
        for perm in ([0, 2, 1, 3], [0, 2, 3, 1], [0, 2, 1, 3]))
    scores = g.op("Mul", [g.op("MatMul", [q, k]), g.const(np.array(dim ** -0.5, "float32"))])
    neg = g.op("Mul", [g.op("Sub", [g.const(np.array(1.0, "float32")), mask]),
                       g.const(np.array(-1e4, "float32"))])
    neg = g.op("Unsqueeze", [neg, g.const(np.array([1, 2], "int64"))])
    probs = g.op("Softmax", [g.op("Add", [scores, neg])], axis=-1)
    ctx = g.op("Transpose", [g.op("MatMul", [probs, v])], perm=[0, 2, 1, 3])
    out = g.op("Reshape", [ctx, g.const(np.array([batch, seq, hidden], "int64"))])
    rng = np.random.default_rng(3)
    m = np.ones((batch, seq), "float32")
    m[1, 4:] = 0  # second sequence padded
    feed = {"x": rng.standard_normal((batch, seq, hidden)).astype("float32"), "mask": m}
    assert_matches_ort(g.build([out]), inputs=feed, **RED)


def test_gather_embedding_int64_ids():
    g = GraphBuilder("gather")
    ids = g.input("ids", [2, 5], TensorProto.INT64)
    table = g.weight([10, 4])
    assert_matches_ort(g.build([g.op("Gather", [table, ids])]))


def test_multiple_outputs_keep_order():
    g = GraphBuilder("two_out")
    x = g.input("x", [2, 3])
    outs = assert_matches_ort(g.build([g.op("Relu", [x]), g.op("Neg", [x])]))
    assert len(outs) == 2
