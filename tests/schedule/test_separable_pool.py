"""SeparableMaxPool: an 8-bit or fp32 max pool 3 wide at stride 2 is one kernel
(`max_pool_3s2`), other 8-bit KxK pools a Kx1 pool of rows, then a 1xK pool."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax
from tvm.script import ir as I
from tvm.script import relax as R

import tvmq
from tvmq.schedule import SeparableMaxPool
from tvmq.schedule.pool_kernel import little_endian, max_pool_3s2

from .conftest import relax_model


def test_int8_max_pool_becomes_rows_then_columns():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 4, 13, 13), "int8")) -> R.Tensor((1, 4, 7, 7), "int8"):
            with R.dataflow():
                y = R.nn.max_pool2d(x, pool_size=[3, 3], strides=[2, 2], padding=[1, 1, 1, 1])
                R.output(y)
            return y

    @I.ir_module
    class Expected:
        @R.function
        def main(x: R.Tensor((1, 4, 13, 13), "int8")) -> R.Tensor((1, 4, 7, 7), "int8"):
            with R.dataflow():
                r = R.nn.max_pool2d(x, pool_size=[3, 1], strides=[2, 1], padding=[1, 0, 1, 0])
                y = R.nn.max_pool2d(r, pool_size=[1, 3], strides=[1, 2], padding=[0, 1, 0, 1])
                R.output(y)
            return y

    tvm.ir.assert_structural_equal(SeparableMaxPool()(Before), Expected)


@I.ir_module
class Pool12:
    """ResNet's stem pool (3x3, stride 2, padding 1) over an even width."""

    @R.function
    def main(x: R.Tensor((1, 4, 12, 12), "int8")) -> R.Tensor((1, 4, 6, 6), "int8"):
        with R.dataflow():
            y = R.nn.max_pool2d(x, pool_size=[3, 3], strides=[2, 2], padding=[1, 1, 1, 1])
            R.output(y)
        return y


@pytest.mark.parametrize("dtype", ["int8", "float32"])
def test_stride_two_width_three_becomes_one_kernel(dtype):
    """An even width, a window 3 wide at stride 2 with 1 column of left padding: one call of
    the pre-scheduled kernel built for the pool's shape, dtype and rows."""
    before = Pool12.script().replace('"int8"', f'"{dtype}"')
    bb = relax.BlockBuilder()
    x = relax.Var("x", relax.TensorType((1, 4, 12, 12), dtype))
    with bb.function("main", [x]):
        with bb.dataflow():
            kernel = bb.add_func(max_pool_3s2((1, 4, 12, 12), dtype, 3, 2, 1, 6), "max_pool_3s2")
            y = bb.emit_output(relax.call_tir(kernel, [x], relax.TensorType((1, 4, 6, 6), dtype)))
        bb.emit_func_output(y)
    tvm.ir.assert_structural_equal(SeparableMaxPool()(tvm.script.from_source(before)), bb.get())


def test_big_endian_targets_keep_the_split():
    """The kernel reads two columns per 16-bit word low byte first: not on big-endian targets."""
    little = {t: little_endian(tvm.target.Target({"kind": "llvm", "mtriple": t}))
              for t in ("x86_64-linux-gnu", "aarch64-linux-gnu", "aarch64_be-linux-gnu",
                        "armv7a-linux-gnueabihf", "s390x-linux-gnu")}
    assert little == {"x86_64-linux-gnu": True, "aarch64-linux-gnu": True,
                      "aarch64_be-linux-gnu": False, "armv7a-linux-gnueabihf": True,
                      "s390x-linux-gnu": False}

    split = SeparableMaxPool(strided_kernel=False)(Pool12).script()
    assert split.count("R.nn.max_pool2d(") == 2 and "call_tir" not in split


def test_leaves_other_float_and_one_dimensional_pools_alone():
    """A float intermediate costs more than splitting saves: only the 3-wide stride-2 window
    (the kernel) is rewritten in fp32."""

    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 4, 12, 12), "float32"), q: R.Tensor((1, 4, 12, 12), "uint8")):
            with R.dataflow():
                a = R.nn.max_pool2d(x, pool_size=[3, 3], strides=[1, 1], padding=[1, 1, 1, 1])
                b = R.nn.max_pool2d(q, pool_size=[3, 1], strides=[2, 1])
                c = R.nn.max_pool2d(q, pool_size=[2, 2], strides=[2, 2], ceil_mode=True)
                R.output(a, b, c)
            return (a, b, c)

    tvm.ir.assert_structural_equal(SeparableMaxPool()(Before), Before)


def _pool_ref(x: np.ndarray, k: tuple[int, int], s: tuple[int, int],
              p: tuple[int, int, int, int]) -> np.ndarray:
    """numpy max over the window, padded (top, left, bottom, right) with the dtype's lowest."""
    lo = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
    xp = np.pad(x, ((0, 0), (0, 0), (p[0], p[2]), (p[1], p[3])), constant_values=lo)
    oh = (xp.shape[2] - k[0]) // s[0] + 1
    ow = (xp.shape[3] - k[1]) // s[1] + 1
    out = np.full((*x.shape[:2], oh, ow), lo, x.dtype)
    for dy in range(k[0]):
        for dx in range(k[1]):
            out = np.maximum(out, xp[:, :, dy:dy + s[0] * oh:s[0], dx:dx + s[1] * ow:s[1]])
    return out


@pytest.mark.parametrize("dtype,k,s,p,hw,pools", [
    ("uint8", (3, 3), (2, 2), (1, 1, 1, 1), (112, 112), 0),  # ResNet's stem pool: the kernel
    ("int8", (3, 3), (2, 2), (1, 1, 1, 1), (14, 14), 0),
    ("int8", (3, 3), (2, 2), (1, 1, 0, 0), (9, 6), 0),  # no padding right or bottom, odd H
    ("uint8", (2, 3), (1, 2), (0, 1, 1, 1), (7, 10), 0),  # other rows: any height and stride
    ("int8", (1, 3), (3, 2), (0, 1, 0, 1), (8, 16), 0),
    ("int8", (3, 3), (2, 2), (1, 1, 1, 1), (15, 15), 2),  # odd width: rows then columns
    ("int8", (2, 2), (2, 2), (0, 0, 0, 0), (8, 8), 2),
    ("uint8", (3, 3), (1, 1), (1, 1, 1, 1), (9, 9), 2),
    ("float32", (3, 3), (2, 2), (1, 1, 1, 1), (112, 112), 0),  # the fp32 stem pool
    ("float32", (3, 3), (2, 2), (1, 1, 0, 0), (9, 6), 0),
    ("float32", (2, 3), (1, 2), (0, 1, 1, 1), (7, 10), 0)])
def test_compiled_pool_is_exact(dtype, k, s, p, hw, pools, rng, tmp_path):
    """Through the default pipeline (the pass runs on x86 llvm): the kernel, or two pools, and
    the result equals a numpy max over the padded window bit for bit."""
    shape = (2, 8, *hw)
    model = relax_model("pool", {"x": (shape, dtype)}, lambda bb, x: relax.op.nn.max_pool2d(
        x, pool_size=k, strides=s, padding=p))
    cm = tvmq.compile(model, dump_ir=tmp_path)
    rewritten = (tmp_path / "02_rewrite.py").read_text()
    assert rewritten.count("R.nn.max_pool2d(") == pools
    assert ("max_pool_3s2" in rewritten) == (pools == 0)
    if dtype == "float32":  # signed zeros, infinities and extremes: the halves are bit copies
        x = rng.standard_normal(shape).astype(dtype)
        special = np.array([-np.inf, np.inf, -0.0, 0.0, -3.4e38, 1e-42], dtype)
        x.flat[rng.integers(0, x.size, 64)] = rng.choice(special, 64)
    else:
        info = np.iinfo(dtype)
        x = rng.integers(info.min, info.max + 1, shape).astype(dtype)
    np.testing.assert_array_equal(cm.run({"x": x})[0], _pool_ref(x, k, s, p))
