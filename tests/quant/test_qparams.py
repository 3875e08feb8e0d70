"""Scales, weight quantization and fixed-point requantize against numpy oracles."""

from fractions import Fraction

import numpy as np
import pytest

from tvmq.quant.config import Int8Symmetric, UInt8Asymmetric
from tvmq.quant.qparams import (
    activation_qparams,
    fixed_point,
    quantize_np,
    quantize_weight,
    requantize_np,
)

rng = np.random.default_rng(1)


def test_symmetric_and_asymmetric_qparams():
    assert activation_qparams(-2.0, 1.0, Int8Symmetric()) == (pytest.approx(2 / 127), 0)
    scale, zp = activation_qparams(-1.0, 3.0, UInt8Asymmetric())
    assert scale == pytest.approx(4 / 255)
    assert zp == round(1.0 / scale)
    x = np.array([-1.0, 0.0, 3.0], "float32")
    q = quantize_np(x, scale, zp, UInt8Asymmetric())
    assert q.dtype == np.uint8 and q[0] == 0 and q[1] == zp and q[2] == 255


@pytest.mark.parametrize("scheme", [Int8Symmetric(), UInt8Asymmetric()])
def test_all_zero_range_has_no_division_by_zero(scheme):
    with np.errstate(all="raise"):
        scale, zp = activation_qparams(0.0, 0.0, scheme)
        assert scale > 0 and np.isfinite(scale)
        q = quantize_np(np.zeros(4, "float32"), scale, zp, scheme)
    assert (q == zp).all()


def test_weight_per_channel_with_zero_channel():
    w = rng.standard_normal((3, 2, 3, 3)).astype("float32")
    w[1] = 0.0
    with np.errstate(all="raise"):
        q, s = quantize_weight(w, 0)
    assert q.dtype == np.int8 and s.shape == (3,)
    assert (q[1] == 0).all()
    for c in (0, 2):
        assert np.abs(q[c]).max() == 127
        np.testing.assert_allclose(q[c] * s[c], w[c], atol=s[c] / 2 + 1e-7)


def test_weight_per_tensor_and_4bit():
    w = rng.standard_normal((4, 5)).astype("float32")
    q, s = quantize_weight(w, None, qmax=7)
    assert s.shape == (1,) and np.abs(q).max() == 7
    np.testing.assert_allclose(q * s[0], w, atol=s[0] / 2 + 1e-7)


@pytest.mark.parametrize("mult", [1e-9, 3.1e-5, 0.0123, 0.5, 0.99999999, 1.0, 7.5, 1000.0])
def test_fixed_point_represents_multiplier(mult):
    m, n = fixed_point(np.array([mult]))
    assert 0 < m[0] < 2**31 and 1 <= n[0] <= 62
    assert float(m[0]) / 2.0 ** n[0] == pytest.approx(mult, rel=2**-29 if mult > 1e-6 else 1e-4)


def test_fixed_point_zero_and_negative():
    m, n = fixed_point(np.array([0.0]))
    assert m[0] == 0
    with pytest.raises(ValueError):
        fixed_point(np.array([-1.0]))


def test_requantize_matches_exact_rational_oracle():
    acc = np.concatenate([rng.integers(-2**31, 2**31 - 1, 2000),
                          [-2**31, 2**31 - 1, 0, 1, -1]]).astype(np.int32)
    for mult in (0.0007, 0.031, 0.9):
        m, n = fixed_point(np.array([mult]))
        got = requantize_np(acc, m, n, zp=3, lo=-127, hi=127, dtype="int8")
        exact = [min(127, max(-127, int((Fraction(int(a) * int(m[0])) / 2 ** int(n[0])
                                         + Fraction(1, 2)).__floor__()) + 3)) for a in acc]
        np.testing.assert_array_equal(got, np.array(exact, np.int8))
        # and within one step of float rounding of the real multiplier
        ref = np.clip(np.round(acc.astype(np.float64) * mult) + 3, -127, 127)
        assert np.abs(got.astype(np.int64) - ref).max() <= 1
