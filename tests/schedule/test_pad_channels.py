"""PadInt8ConvChannels: int8 convs get zero input channels up to a multiple of 4."""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax
from tvm.script import ir as I
from tvm.script import relax as R

from tvmq.schedule import PadInt8ConvChannels

W3 = np.arange(16 * 3 * 3 * 3, dtype=np.int64).reshape(16, 3, 3, 3).astype("int8")
W4 = np.concatenate([W3, np.zeros((16, 1, 3, 3), "int8")], axis=1)


def test_pads_int8_conv_channels():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 3, 8, 8), "int8")) -> R.Tensor((1, 16, 8, 8), "int32"):
            with R.dataflow():
                y = R.nn.conv2d(x, R.const(W3), padding=[1, 1, 1, 1], out_dtype="int32")
                R.output(y)
            return y

    @I.ir_module
    class Expected:
        @R.function
        def main(x: R.Tensor((1, 3, 8, 8), "int8")) -> R.Tensor((1, 16, 8, 8), "int32"):
            with R.dataflow():
                p = R.nn.pad(x, [0, 0, 0, 1, 0, 0, 0, 0], "constant", 0.0)
                y = R.nn.conv2d(p, R.const(W4), padding=[1, 1, 1, 1], out_dtype="int32")
                R.output(y)
            return y

    tvm.ir.assert_structural_equal(PadInt8ConvChannels(Before), Expected)


def test_leaves_float_and_aligned_convs_alone():
    wf = W3.astype("float32")
    w16 = np.ones((16, 8, 1, 1), "int8")

    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 3, 8, 8), "float32"), z: R.Tensor((1, 8, 8, 8), "int8")):
            with R.dataflow():
                y = R.nn.conv2d(x, R.const(wf), out_dtype="float32")
                v = R.nn.conv2d(z, R.const(w16), out_dtype="int32")
                R.output(y, v)
            return (y, v)

    after = PadInt8ConvChannels(Before)
    tvm.ir.assert_structural_equal(after, Before)
    assert isinstance(after["main"], relax.Function)
