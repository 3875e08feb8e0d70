"""Pass tests: FoldBatchNorm and RealizeInt8 against hand-written Expected modules."""

import numpy as np
import tvm
from tvm.script import ir as I
from tvm.script import relax as R

from tvmq.quant.config import FixedPointRequant, QuantConfig
from tvmq.quant.fold_bn import FoldBatchNorm
from tvmq.quant.graph import find_layers
from tvmq.quant.plan import plan_layers
from tvmq.quant.qparams import fixed_point, quantize_weight
from tvmq.quant.realize import RealizeInt8
from tvmq.quant.table import CalibrationTable, TensorQParams

rng = np.random.default_rng(0)
W1 = rng.standard_normal((2, 2, 1, 1)).astype("float32")
W2 = rng.standard_normal((2, 2, 1, 1)).astype("float32")
B1 = np.array([0.5, -0.25], "float32").reshape(2, 1, 1)
B2 = np.array([0.1, 0.2], "float32").reshape(2, 1, 1)


def test_fold_batch_norm_into_conv():
    gamma, beta = np.array([2.0, 0.5], "float32"), np.array([0.1, -0.1], "float32")
    mean, var = np.array([0.3, -0.2], "float32"), np.array([4.0, 0.25], "float32")

    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2, 4, 4), "float32"):
            with R.dataflow():
                y = R.nn.conv2d(x, R.const(W1), out_dtype="float32")
                bn = R.nn.batch_norm(y, R.const(gamma), R.const(beta), R.const(mean),
                                     R.const(var), axis=1, epsilon=0.0)
                z = bn[0]
                R.output(z)
            return z

    s = gamma / np.sqrt(var)
    w = (W1 * s.reshape(-1, 1, 1, 1)).astype("float32")
    b = (beta - mean * s).astype("float32").reshape(2, 1, 1)

    @I.ir_module
    class Expected:
        @R.function
        def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2, 4, 4), "float32"):
            with R.dataflow():
                y = R.nn.conv2d(x, R.const(w), out_dtype="float32")
                z = R.add(y, R.const(b))
                R.output(z)
            return z

    tvm.ir.assert_structural_equal(FoldBatchNorm(Before), Expected)


def _two_chained_convs():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2, 4, 4), "float32"):
            with R.dataflow():
                a = R.nn.conv2d(x, R.const(W1), out_dtype="float32")
                b = R.add(a, R.const(B1))
                c = R.nn.relu(b)
                d = R.nn.conv2d(c, R.const(W2), out_dtype="float32")
                e = R.add(d, R.const(B2))
                R.output(e)
            return e

    sx, sc = 0.05, 0.02
    table = CalibrationTable("t", "minmax", "int8-symmetric", {
        "conv2d_0:input": TensorQParams(-6.35, 6.35, sx, 0, "int8"),
        "conv2d_1:input": TensorQParams(0.0, 2.54, sc, 0, "int8")},
        {"conv2d_0": "conv2d_0:input", "conv2d_1": "conv2d_1:input"})
    func = Before["main"]
    layers = find_layers(func)
    assert [lay.name for lay in layers] == ["conv2d_0", "conv2d_1"]
    q1, s1 = quantize_weight(W1, 0)
    q2, s2 = quantize_weight(W2, 0)
    bias1 = np.round(B1.reshape(-1) / (sx * s1.astype("float64"))).astype("int32").reshape(2, 1, 1)
    bias2 = np.round(B2.reshape(-1) / (sc * s2.astype("float64"))).astype("int32").reshape(2, 1, 1)
    dq = (sc * s2.astype("float64")).astype("float32").reshape(2, 1, 1)
    return Before, table, (sx, sc, q1, s1, q2, bias1, bias2, dq)


def test_realize_two_chained_convs_fixed_point():
    Before, table, (sx, sc, q1, s1, q2, bias1, bias2, dq) = _two_chained_convs()
    func = Before["main"]
    config = QuantConfig(requantize=FixedPointRequant())
    after = RealizeInt8(plan_layers(func, find_layers(func), table, config), None,
                        config.requantize)(Before)
    m, n = fixed_point(sx * s1.astype("float64") / sc)
    m, n = m.reshape(2, 1, 1), n.reshape(2, 1, 1)
    rnd = np.left_shift(np.int64(1), n - 1)

    @I.ir_module
    class Expected:
        @R.function
        def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2, 4, 4), "float32"):
            with R.dataflow():
                t = R.round(R.divide(x, R.const(sx, "float32")))
                qx = R.astype(R.clip(t, -127, 127), "int8")
                acc = R.nn.conv2d(qx, R.const(q1), out_dtype="int32")
                acc1 = R.add(acc, R.const(bias1))
                t1 = R.multiply(R.astype(acc1, "int64"), R.const(m, "int64"))
                t2 = R.right_shift(R.add(t1, R.const(rnd, "int64")), R.const(n, "int64"))
                qc = R.astype(R.clip(t2, 0, 127), "int8")
                acc2 = R.nn.conv2d(qc, R.const(q2), out_dtype="int32")
                acc3 = R.add(acc2, R.const(bias2))
                e = R.multiply(R.astype(acc3, "float32"), R.const(dq))
                R.output(e)
            return e

    tvm.ir.assert_structural_equal(after, Expected)


def test_realize_two_chained_convs_float_scales():
    """The default `FloatRequant`: the accumulator times a float32 scale, rounded half up."""
    Before, table, (sx, sc, q1, s1, q2, bias1, bias2, dq) = _two_chained_convs()
    func = Before["main"]
    after = RealizeInt8(plan_layers(func, find_layers(func), table, QuantConfig()))(Before)
    ratio = (sx * s1.astype("float64") / sc).astype("float32").reshape(2, 1, 1)

    @I.ir_module
    class Expected:
        @R.function
        def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2, 4, 4), "float32"):
            with R.dataflow():
                t = R.round(R.divide(x, R.const(sx, "float32")))
                qx = R.astype(R.clip(t, -127, 127), "int8")
                acc = R.nn.conv2d(qx, R.const(q1), out_dtype="int32")
                acc1 = R.add(acc, R.const(bias1))
                t1 = R.multiply(R.astype(acc1, "float32"), R.const(ratio))
                t2 = R.floor(R.add(t1, R.const(0.5, "float32")))
                qc = R.astype(R.clip(t2, 0, 127), "int8")
                acc2 = R.nn.conv2d(qc, R.const(q2), out_dtype="int32")
                acc3 = R.add(acc2, R.const(bias2))
                e = R.multiply(R.astype(acc3, "float32"), R.const(dq))
                R.output(e)
            return e

    tvm.ir.assert_structural_equal(after, Expected)


def test_value_preserving_ops_run_on_int8():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2), "float32"):
            with R.dataflow():
                a = R.nn.conv2d(x, R.const(W1), out_dtype="float32")
                b = R.nn.relu(a)
                c = R.nn.max_pool2d(b, pool_size=[2, 2], strides=[2, 2])
                d = R.reshape(c, R.shape([1, 8]))
                e = R.matmul(d, R.const(np.ones((8, 2), "float32")))
                R.output(e)
            return e

    table = CalibrationTable("t", "minmax", "int8-symmetric", {
        "conv2d_0:input": TensorQParams(-1.0, 1.0, 1 / 127, 0, "int8"),
        "matmul_0:input": TensorQParams(0.0, 2.0, 2 / 127, 0, "int8")},
        {"conv2d_0": "conv2d_0:input", "matmul_0": "matmul_0:input"})
    func = Before["main"]
    after = RealizeInt8(plan_layers(func, find_layers(func), table, QuantConfig()))(Before)
    dtypes = {b.value.op.name: str(b.var.ty.dtype) for blk in after["main"].body.blocks
              for b in blk.bindings if hasattr(b.value, "op") and hasattr(b.value.op, "name")}
    assert dtypes["relax.nn.max_pool2d"] == "int8" and dtypes["relax.reshape"] == "int8"
    assert after["main"].script().count("R.round(") == 1  # a single float->int8 boundary


def _two_branch_module():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2, 4, 4), "float32"):
            with R.dataflow():
                a = R.nn.conv2d(x, R.const(W1), out_dtype="float32")
                b = R.nn.conv2d(x, R.const(W2), out_dtype="float32")
                c = R.add(a, b)
                R.output(c)
            return c

    return Before


def test_shared_input_is_quantized_once():
    """A block input feeding two quantized convs at one scale gets a single quantize."""
    before = _two_branch_module()
    func = before["main"]
    qp = TensorQParams(-1.0, 1.0, 1 / 127, 0, "int8")
    table = CalibrationTable("t", "minmax", "int8-symmetric", {
        "conv2d_0:input": qp, "conv2d_1:input": qp},
        {"conv2d_0": "conv2d_0:input", "conv2d_1": "conv2d_1:input"})
    after = RealizeInt8(plan_layers(func, find_layers(func), table, QuantConfig()))(before)
    text = after["main"].script()
    assert text.count("R.round(") == 1 and text.count('out_dtype="int32"') == 2
    # a tensor carries one scale: with different table entries, the first reader's wins
    table2 = CalibrationTable("t", "minmax", "int8-symmetric", {
        "conv2d_0:input": qp, "conv2d_1:input": TensorQParams(-2.0, 2.0, 2 / 127, 0, "int8")},
        {"conv2d_0": "conv2d_0:input", "conv2d_1": "conv2d_1:input"})
    after2 = RealizeInt8(plan_layers(func, find_layers(func), table2, QuantConfig()))(before)
    text2 = after2["main"].script()
    assert text2.count("R.round(") == 1 and "0.007874" in text2
