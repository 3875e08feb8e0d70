"""int8 x int8 -> int32 matmul/conv kernels (as tvmq's quantization emits them) vs numpy."""

from __future__ import annotations

import numpy as np
import pytest
from tvm import relax

from .conftest import const, relax_model, run, scheduled_rules
from .test_conv2d_rule import conv_ref

NCHW = {"int8_nhwc": False}  # the NCHW schedules (VNNI hosts run int8 convs NHWC by default)


def _int8(rng, shape, edges=True):
    x = rng.integers(-128, 128, shape).astype("int8")
    if edges:  # the values that overflow int16 pair sums or flip sign on the uint8 shift
        flat = x.reshape(-1)
        flat[::7] = -128
        flat[3::11] = 127
    return x


@pytest.mark.parametrize("target", ["host", "x86-avx512", "x86-avx2"])
@pytest.mark.parametrize("m,k,n", [(1, 64, 32), (13, 36, 48), (32, 128, 64), (5, 40, 16),
                                   (64, 128, 160)])
def test_int8_matmul_exact(target, m, k, n, rng):
    w = _int8(rng, (k, n))
    model = relax_model("qmm", {"x": ((m, k), "int8")}, lambda bb, x: relax.op.matmul(
        x, const(w), out_dtype="int32"))
    rules = scheduled_rules(model, target)
    # (host, VNNI: plus the uint8 shift of the input, a Fallback kernel of its own here)
    assert [r for r in rules.values() if r != "Fallback"] == ["MatmulInt8"], rules
    x = _int8(rng, (m, k))
    ref = x.astype(np.int64) @ w.astype(np.int64)
    np.testing.assert_array_equal(run(model, {"x": x}, target), ref)


def test_int8_matmul_with_dequantize_epilogue(rng):
    w = _int8(rng, (64, 48))
    scale = rng.random(48).astype("float32")

    def body(bb, x):
        acc = relax.op.matmul(x, const(w), out_dtype="int32")
        return relax.op.multiply(relax.op.astype(acc, "float32"), const(scale))

    model = relax_model("qmm_deq", {"x": ((10, 64), "int8")}, body)
    assert [r for r in scheduled_rules(model).values() if r != "Fallback"] == ["MatmulInt8"]
    x = _int8(rng, (10, 64))
    ref = (x.astype(np.int64) @ w.astype(np.int64)).astype("float32") * scale
    np.testing.assert_allclose(run(model, {"x": x}), ref, rtol=1e-6)


def test_int8_matmul_odd_shapes_fall_back_to_generic(rng):
    w = _int8(rng, (30, 20))  # N % 16 != 0 and K % 4 != 0 (short: exact fp32, Int8AsFp32)
    model = relax_model("qmm_odd", {"x": ((3, 30), "int8")}, lambda bb, x: relax.op.matmul(
        x, const(w), out_dtype="int32"))
    assert [r for r in scheduled_rules(model).values() if r != "Fallback"] == ["Matmul"]
    x = _int8(rng, (3, 30))
    np.testing.assert_array_equal(run(model, {"x": x}), x.astype(np.int64) @ w.astype(np.int64))


@pytest.mark.parametrize("target", ["host", "x86-avx512"])
@pytest.mark.parametrize("c,f,hw,k,rule", [
    (8, 16, 7, 3, "Conv2dInt8"), (32, 32, 1, 1, "Conv2dInt8"), (12, 48, 9, 5, "Conv2dInt8"),
    (16, 20, 5, 1, "Conv2d"),  # output channels not a multiple of 8: exact fp32 (Int8AsFp32)
])
def test_int8_conv2d_exact(target, c, f, hw, k, rule, rng):
    w = _int8(rng, (f, c, k, k))
    model = relax_model("qconv", {"x": ((1, c, hw, hw), "int8")}, lambda bb, x:
                        relax.op.nn.conv2d(x, const(w), padding=k // 2, out_dtype="int32"))
    rules = scheduled_rules(model, target, **NCHW)
    assert [r for r in rules.values() if r != "Fallback"] == [rule]
    x = _int8(rng, (1, c, hw, hw))
    ref = conv_ref(x.astype(np.float64), w.astype(np.float64), 1, k // 2, 1)
    np.testing.assert_array_equal(run(model, {"x": x}, target, **NCHW), ref.astype(np.int64))


@pytest.mark.parametrize("target,rule", [("host", "Conv2dInt8"), ("x86-avx512", "Conv2dInt8"),
                                         ("x86-avx2", "Conv2dInt8")])
@pytest.mark.parametrize("c,hw,k", [(6, 10, 3), (5, 5, 3)])
def test_int8_conv2d_odd_channels_are_padded(target, rule, c, hw, k, rng):
    """An RGB-stem-like conv (C % 4 != 0) takes the int8 rule once its channels are padded."""
    w = _int8(rng, (16, c, k, k))
    model = relax_model("qconv_c", {"x": ((1, c, hw, hw), "int8")}, lambda bb, x:
                        relax.op.nn.conv2d(x, const(w), padding=k // 2, out_dtype="int32"))
    rules = scheduled_rules(model, target, **NCHW)
    assert [v for v in rules.values() if v.startswith("Conv2d")] == [rule], rules
    x = _int8(rng, (1, c, hw, hw))
    ref = conv_ref(x.astype(np.float64), w.astype(np.float64), 1, k // 2, 1)
    np.testing.assert_array_equal(run(model, {"x": x}, target, **NCHW), ref.astype(np.int64))
