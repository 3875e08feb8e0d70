"""Scheme variants on less common layers: depthwise/dilated conv, ReLU6 (Clip), 3-D matmul."""

import numpy as np
import pytest

import tvmq
import tvmq.zoo
from tvmq.quant import get_scheme, quantize_with_report
from tvmq.quant.report import sqnr_db


@pytest.fixture(scope="module")
def net():
    g = tvmq.zoo.GraphBuilder("variants", 3)
    x = g.input("x", [1, 8, 12, 12])
    y = g.op("Conv", [x, g.weight([8, 8, 3, 3])], kernel_shape=[3, 3], pads=[1, 1, 1, 1])
    y = g.op("Clip", [y, g.const(np.array(0.0, "float32")), g.const(np.array(6.0, "float32"))])
    y = g.op("Conv", [y, g.weight([8, 1, 3, 3]), g.const(np.full(8, 0.2, "float32"))],
             kernel_shape=[3, 3], pads=[2, 2, 2, 2], dilations=[2, 2], group=8)
    y = g.op("Relu", [y])
    y = g.op("Reshape", [y, g.const(np.array([1, 8, 144], "int64"))])
    y = g.op("MatMul", [y, g.weight([144, 16], 0.05)])
    model = tvmq.load_onnx(g.build([y]))
    calib = [model.random_inputs(i) for i in range(4)]
    tests = [model.random_inputs(100 + i) for i in range(2)]
    cf = tvmq.compile(model)
    return model, calib, tests, [cf.run(t)[0] for t in tests]


# tolerances: output SQNR vs fp32; 4-bit weights lose ~20 dB against 8-bit
@pytest.mark.parametrize("scheme,min_db", [("int8", 28.0), ("u8s8", 28.0),
                                           ("int8-per-tensor", 24.0), ("w4a8", 10.0)])
def test_scheme_fidelity(net, scheme, min_db):
    model, calib, tests, refs = net
    qm, report, _ = quantize_with_report(model, calib, get_scheme(scheme), measure_sqnr=False)
    assert [r.kind for r in report.layers] == ["conv2d", "conv2d", "matmul"]
    assert all(r.status.startswith("int8") for r in report.layers)
    cq = tvmq.compile(qm)
    got = min(sqnr_db(r, cq.run(t)[0]) for r, t in zip(refs, tests, strict=True))
    assert got >= min_db, got
