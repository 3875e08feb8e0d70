import numpy as np
import tvm
from tvm.script import ir as I
from tvm.script import relax as R

from tvmq.pipeline.passes import FoldConstantsNumpy

MEAN = np.array([0.5, -1.0, 2.0], "float32")
VAR = np.array([1.0, 4.0, 0.25], "float32")


def test_folds_decomposed_batchnorm_constants():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 3, 4, 4), "float32")) -> R.Tensor((1, 3, 4, 4), "float32"):
            with R.dataflow():
                m = R.expand_dims(R.const(MEAN), axis=[0, 2, 3])
                v = R.expand_dims(R.const(VAR), axis=[0, 2, 3])
                ve = R.add(v, R.const(1e-5, "float32"))
                s = R.sqrt(ve)
                y = R.divide(R.subtract(x, m), s)
                R.output(y)
            return y

    expected_std = np.sqrt(VAR + np.float32(1e-5)).reshape(1, 3, 1, 1).astype("float32")

    @I.ir_module
    class Expected:
        @R.function
        def main(x: R.Tensor((1, 3, 4, 4), "float32")) -> R.Tensor((1, 3, 4, 4), "float32"):
            with R.dataflow():
                m = R.const(MEAN.reshape(1, 3, 1, 1))
                v = R.const(VAR.reshape(1, 3, 1, 1))  # noqa: F841 (bindings stay)
                ve = R.const((VAR.reshape(1, 3, 1, 1) + 1e-5).astype("float32"))  # noqa: F841
                s = R.const(expected_std)
                y = R.divide(R.subtract(x, m), s)
                R.output(y)
            return y

    tvm.ir.assert_structural_equal(FoldConstantsNumpy()(Before), Expected)


def test_leaves_non_constant_and_unknown_ops_alone():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((2, 3), "float32")) -> R.Tensor((3, 2), "float32"):
            with R.dataflow():
                a = R.add(x, R.const(1.0, "float32"))
                b = R.permute_dims(a, axes=[1, 0])
                R.output(b)
            return b

    tvm.ir.assert_structural_equal(FoldConstantsNumpy()(Before), Before)
