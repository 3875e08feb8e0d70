"""Test helpers: onnxruntime reference runs and small models built in code."""

from __future__ import annotations

import numpy as np
import onnx

import tvmq
from tvmq.zoo import GraphBuilder


def ort_run(proto: onnx.ModelProto, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
    """Reference outputs from onnxruntime on the CPU."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    sess = ort.InferenceSession(proto.SerializeToString(), opts,
                                providers=["CPUExecutionProvider"])
    return sess.run(None, inputs)


def assert_matches_ort(proto: onnx.ModelProto, *, rtol: float = 1e-4, atol: float = 1e-4,
                       shapes: dict | None = None, seed: int = 0,
                       inputs: dict[str, np.ndarray] | None = None) -> list[np.ndarray]:
    """Compile ``proto`` for the host, run it and compare with onnxruntime."""
    model = tvmq.load_onnx(proto, shapes=shapes)
    feed = inputs if inputs is not None else model.random_inputs(seed)
    got = tvmq.compile(model, "host").run(feed)
    want = ort_run(proto, feed)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g.shape == w.shape and g.dtype == w.dtype
        np.testing.assert_allclose(g, w, rtol=rtol, atol=atol)
    return got


def tiny_proto(name: str = "tiny") -> onnx.ModelProto:
    """x[1,4] -> Relu(x @ W + b) -> [1,3]: the smallest real model for runtime tests."""
    g = GraphBuilder(name, seed=1)
    x = g.input("x", [1, 4])
    y = g.op("Gemm", [x, g.weight([4, 3]), g.const(np.full(3, 0.5, "float32"))])
    return g.build([g.op("Relu", [y])])


