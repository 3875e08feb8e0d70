"""The CPU matmul rule on odd shapes, checked against numpy."""

from __future__ import annotations

import numpy as np
import pytest
from tvm import relax

from .conftest import const, relax_model, run, scheduled_rules

SHAPES = [(1, 64, 10), (7, 33, 45), (13, 17, 100), (32, 64, 64), (5, 128, 3),
          (67, 128, 160)]  # the last one is large enough to run in parallel


@pytest.mark.parametrize("m,k,n", SHAPES)
def test_dense_bias_relu(m, k, n, rng):
    w = rng.standard_normal((k, n)).astype("float32")
    b = rng.standard_normal(n).astype("float32")
    model = relax_model("dense", {"x": ((m, k), "float32")}, lambda bb, x: relax.op.nn.relu(
        relax.op.add(relax.op.matmul(x, const(w)), const(b))))
    rules = scheduled_rules(model)
    assert "Matmul" in rules.values(), rules
    x = rng.standard_normal((m, k)).astype("float32")
    np.testing.assert_allclose(run(model, {"x": x}), np.maximum(x @ w + b, 0), rtol=1e-4,
                               atol=1e-4)


@pytest.mark.parametrize("m,k,n", [(1, 20, 37), (9, 16, 30)])
def test_matmul_without_epilogue(m, k, n, rng):
    w = rng.standard_normal((k, n)).astype("float32")
    model = relax_model("mm", {"x": ((m, k), "float32")},
                        lambda bb, x: relax.op.matmul(x, const(w)))
    assert list(scheduled_rules(model).values()) == ["Matmul"]
    x = rng.standard_normal((m, k)).astype("float32")
    np.testing.assert_allclose(run(model, {"x": x}), x @ w, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("transposed_weight", [False, True])
def test_batch_matmul(transposed_weight, rng):
    a = rng.standard_normal((3, 11, 24)).astype("float32")
    b = rng.standard_normal((3, 24, 19)).astype("float32")
    bt = np.ascontiguousarray(b.transpose(0, 2, 1))

    def body(bb, x, y):
        rhs = relax.op.permute_dims(y, [0, 2, 1]) if transposed_weight else y
        return relax.op.matmul(x, rhs)

    shape_b = bt.shape if transposed_weight else b.shape
    model = relax_model("bmm", {"a": (a.shape, "float32"), "b": (shape_b, "float32")}, body)
    assert "Matmul" in scheduled_rules(model).values()
    out = run(model, {"a": a, "b": bt if transposed_weight else b})
    np.testing.assert_allclose(out, a @ b, rtol=1e-4, atol=1e-4)


def test_transposed_constant_weight_is_packed_at_compile_time(rng):
    w = rng.standard_normal((21, 40)).astype("float32")  # [n, k]: Gemm with transB
    model = relax_model("nt", {"x": ((6, 40), "float32")}, lambda bb, x: relax.op.matmul(
        x, relax.op.permute_dims(const(w), [1, 0])))
    rules = scheduled_rules(model)
    assert "Matmul" in rules.values(), rules
    x = rng.standard_normal((6, 40)).astype("float32")
    np.testing.assert_allclose(run(model, {"x": x}), x @ w.T, rtol=1e-4, atol=1e-4)
