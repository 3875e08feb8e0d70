"""Shared fixtures of the quantization tests."""

import numpy as np
import pytest

import tvmq
import tvmq.zoo


def mlp(batch=4, seed=0):
    """MatMul+Add+Relu -> Gemm+Relu -> MatMul+Add, on a [batch, 32] input."""
    g = tvmq.zoo.GraphBuilder("mlp", seed)
    x = g.input("x", [batch, 32])
    h = g.op("Relu", [g.op("Add", [g.op("MatMul", [x, g.weight([32, 64])]),
                                   g.const(np.full(64, 0.1, "float32"))])])
    h = g.op("Relu", [g.op("Gemm", [h, g.weight([24, 64]), g.const(np.zeros(24, "float32"))],
                           transB=1)])
    y = g.op("Add", [g.op("MatMul", [h, g.weight([24, 10])]), g.const(np.ones(10, "float32"))])
    return tvmq.load_onnx(g.build([y]))



@pytest.fixture(scope="module")
def mlp_model():
    return mlp()
