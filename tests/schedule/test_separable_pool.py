"""SeparableMaxPool: an 8-bit KxK max pool is a Kx1 pool of rows, then a 1xK pool."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax
from tvm.script import ir as I
from tvm.script import relax as R

import tvmq
from tvmq.schedule import SeparableMaxPool

from .conftest import relax_model


def test_int8_max_pool_becomes_rows_then_columns():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 4, 12, 12), "int8")) -> R.Tensor((1, 4, 6, 6), "int8"):
            with R.dataflow():
                y = R.nn.max_pool2d(x, pool_size=[3, 3], strides=[2, 2], padding=[1, 1, 1, 1])
                R.output(y)
            return y

    @I.ir_module
    class Expected:
        @R.function
        def main(x: R.Tensor((1, 4, 12, 12), "int8")) -> R.Tensor((1, 4, 6, 6), "int8"):
            with R.dataflow():
                r = R.nn.max_pool2d(x, pool_size=[3, 1], strides=[2, 1], padding=[1, 0, 1, 0])
                y = R.nn.max_pool2d(r, pool_size=[1, 3], strides=[1, 2], padding=[0, 1, 0, 1])
                R.output(y)
            return y

    tvm.ir.assert_structural_equal(SeparableMaxPool()(Before), Expected)


def test_leaves_float_and_one_dimensional_pools_alone():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 4, 12, 12), "float32"), q: R.Tensor((1, 4, 12, 12), "uint8")):
            with R.dataflow():
                a = R.nn.max_pool2d(x, pool_size=[3, 3], strides=[2, 2], padding=[1, 1, 1, 1])
                b = R.nn.max_pool2d(q, pool_size=[3, 1], strides=[2, 1])
                c = R.nn.max_pool2d(q, pool_size=[2, 2], strides=[2, 2], ceil_mode=True)
                R.output(a, b, c)
            return (a, b, c)

    tvm.ir.assert_structural_equal(SeparableMaxPool()(Before), Before)


def _pool_ref(x: np.ndarray, k: int, s: int, p: int) -> np.ndarray:
    lo = np.iinfo(x.dtype).min
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)), constant_values=lo)
    oh = (x.shape[2] + 2 * p - k) // s + 1
    ow = (x.shape[3] + 2 * p - k) // s + 1
    out = np.full((*x.shape[:2], oh, ow), lo, x.dtype)
    for dy in range(k):
        for dx in range(k):
            out = np.maximum(out, xp[:, :, dy:dy + s * oh:s, dx:dx + s * ow:s])
    return out


@pytest.mark.parametrize("dtype,k,s,p,hw", [("uint8", 3, 2, 1, 112), ("int8", 3, 2, 1, 15),
                                            ("int8", 2, 2, 0, 8), ("uint8", 3, 1, 1, 9)])
def test_compiled_separable_pool_is_exact(dtype, k, s, p, hw, rng, tmp_path):
    """Through the default pipeline (the pass runs on x86 llvm), two pool kernels, and the
    result equals a numpy max over the padded window bit for bit."""
    shape = (2, 8, hw, hw)
    model = relax_model("pool", {"x": (shape, dtype)}, lambda bb, x: relax.op.nn.max_pool2d(
        x, pool_size=(k, k), strides=(s, s), padding=(p, p, p, p)))
    cm = tvmq.compile(model, dump_ir=tmp_path)
    assert (tmp_path / "02_rewrite.py").read_text().count("R.nn.max_pool2d(") == 2
    info = np.iinfo(dtype)
    x = rng.integers(info.min, info.max + 1, shape).astype(dtype)
    np.testing.assert_array_equal(cm.run({"x": x})[0], _pool_ref(x, k, s, p))
