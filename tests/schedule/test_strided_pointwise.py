"""SliceStridedPointwise: a strided 1x1 conv reads a strided slice of its input."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm.script import ir as I
from tvm.script import relax as R

import tvmq
from tvmq.compiler import CompileOptions
from tvmq.pipeline import PipelineContext, slot_passes
from tvmq.schedule import SliceStridedPointwise

W = np.ones((32, 8, 1, 1), "float32")
W3 = np.ones((32, 8, 3, 3), "float32")


@pytest.mark.parametrize("h,w,out", [
    (31, 32, 16),  # 16x16: a whole number of vectors, the pixel tile
    (28, 28, 14),  # 14x14 = 196 pixels, not whole vectors: pixel_gemm
])
def test_strided_1x1_becomes_slice_and_stride_1(h, w, out):
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 8, h, w), "float32")) -> R.Tensor((1, 32, out, out),
                                                                    "float32"):
            with R.dataflow():
                y = R.nn.conv2d(x, R.const(W), strides=[2, 2], out_dtype="float32")
                R.output(y)
            return y

    @I.ir_module
    class Expected:
        @R.function
        def main(x: R.Tensor((1, 8, h, w), "float32")) -> R.Tensor((1, 32, out, out),
                                                                    "float32"):
            with R.dataflow():
                s = R.strided_slice(x, axes=[2, 3], begin=[0, 0], end=[h, w], strides=[2, 2])
                y = R.nn.conv2d(s, R.const(W), out_dtype="float32")
                R.output(y)
            return y

    tvm.ir.assert_structural_equal(SliceStridedPointwise(16)(Before), Expected)


def test_leaves_other_convs_alone():
    """Padded, 3x3, int8, stride 1, and planes under 16 pixels (not a multiple of the lanes)
    keep their form."""

    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 8, 32, 32), "float32"), q: R.Tensor((1, 8, 32, 32), "int8"),
                 z: R.Tensor((1, 8, 6, 6), "float32")):
            with R.dataflow():
                a = R.nn.conv2d(x, R.const(W), strides=[2, 2], padding=[1, 1, 1, 1])
                b = R.nn.conv2d(x, R.const(W3), strides=[2, 2], padding=[1, 1, 1, 1])
                c = R.nn.conv2d(q, R.const(W.astype("int8")), strides=[2, 2],
                                out_dtype="int32")
                d = R.nn.conv2d(x, R.const(W))
                e = R.nn.conv2d(z, R.const(W), strides=[2, 2])  # 3x3: 9 pixels
                R.output(a, b, c, d, e)
            return (a, b, c, d, e)

    tvm.ir.assert_structural_equal(SliceStridedPointwise(16)(Before), Before)


def test_int8_convs_sliced_when_asked():
    @I.ir_module
    class Before:
        @R.function
        def main(q: R.Tensor((1, 8, 28, 28), "int8")) -> R.Tensor((1, 32, 14, 14), "int32"):
            with R.dataflow():
                y = R.nn.conv2d(q, R.const(W.astype("int8")), strides=[2, 2], out_dtype="int32")
                R.output(y)
            return y

    @I.ir_module
    class Expected:
        @R.function
        def main(q: R.Tensor((1, 8, 28, 28), "int8")) -> R.Tensor((1, 32, 14, 14), "int32"):
            with R.dataflow():
                s = R.strided_slice(q, axes=[2, 3], begin=[0, 0], end=[28, 28], strides=[2, 2])
                y = R.nn.conv2d(s, R.const(W.astype("int8")), out_dtype="int32")
                R.output(y)
            return y

    tvm.ir.assert_structural_equal(SliceStridedPointwise(8, int8=True)(Before), Expected)
    tvm.ir.assert_structural_equal(SliceStridedPointwise(8)(Before), Before)
    # the pipeline's slot: int8 too on AVX2-only targets (where it was measured)
    for target, sliced in (("x86-avx2", True), ("x86-avx512", False), ("x86-vnni", False)):
        spec = tvmq.get_target(target)
        ctx = PipelineContext(spec, spec.tvm_target(), CompileOptions())
        (p,) = [p for p in slot_passes("rewrite", ctx)
                if p.info.name == "tvmq.SliceStridedPointwise"]
        after = p(Before)
        assert ("strided_slice" in after.script()) == sliced, target


def test_runs_on_x86_llvm_only():
    names = {}
    for target in ("x86-avx512", "x86-avx2", "rpi4", "cuda-sm90"):
        spec = tvmq.get_target(target)
        ctx = PipelineContext(spec, spec.tvm_target(), CompileOptions())
        names[target] = [p.info.name for p in slot_passes("rewrite", ctx)]
    assert "tvmq.SliceStridedPointwise" in names["x86-avx512"]
    assert "tvmq.SliceStridedPointwise" in names["x86-avx2"]
    assert "tvmq.SliceStridedPointwise" not in names["rpi4"] + names["cuda-sm90"]
