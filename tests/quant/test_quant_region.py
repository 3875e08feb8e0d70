"""The int8 region: integer add/concat/pool rescales against numpy oracles, Before/Expected IR,
and end to end on models with residual adds, concat and average pooling."""

from fractions import Fraction

import numpy as np
import pytest
import tvm
from tvm import relax
from tvm.script import ir as I
from tvm.script import relax as R

import tvmq
import tvmq.zoo
from tvmq.quant import (
    FixedPointRequant,
    FloatRequant,
    QuantConfig,
    UInt8Asymmetric,
    quantize_with_report,
)
from tvmq.quant.graph import find_layers
from tvmq.quant.plan import plan_layers
from tvmq.quant.qparams import (
    common_fixed_point,
    fixed_point,
    quantize_weight,
    requantize_np,
    rescale_sum_np,
)
from tvmq.quant.realize import RealizeInt8
from tvmq.quant.report import sqnr_db
from tvmq.quant.table import CalibrationTable, TensorQParams

rng = np.random.default_rng(3)


@pytest.mark.parametrize("ratios,bounds,bits", [
    ([0.83, 1.4], [255, 255], 32),  # int8 + int8 add
    ([0.0123, 1e-7], [255, 255], 32),  # one input nearly negligible
    ([np.array([2e-3, 7e-4, 5e-5]), 0.9], [2**31, 255], 64),  # int32 accumulator + int8
    ([1 / (49 * 0.7)], [255 * 49], 32),  # a 7x7 average pool
])
def test_rescale_sum_matches_exact_rational_oracle(ratios, bounds, bits):
    ms, n = common_fixed_point(ratios, bounds, bits)
    chans = max(np.size(r) for r in ratios)
    xs, zps = [], []
    for b in bounds:
        if b >= 2**31:
            x = np.concatenate([rng.integers(-2**31, 2**31 - 1, (500, chans)),
                                np.full((1, chans), -2**31), np.full((1, chans), 2**31 - 1)])
            xs.append(x.astype(np.int32))
            zps.append(0)
        else:
            xs.append(rng.integers(-b, b + 1, (502, chans)).astype(np.int32))
            zps.append(0)
    zps[-1] = 3 if bounds[-1] == 255 else 0
    if bounds[-1] == 255:
        xs[-1] = np.clip(xs[-1] + 3, -255 + 3, 255).astype(np.int32)
    acc = f"int{bits}"
    got = rescale_sum_np([(x, z, m) for x, z, m in zip(xs, zps, ms, strict=True)], n, 5,
                         -127, 127, "int8", acc)
    # exact: floor((sum (x - zp) * m) / 2**n + 1/2), computed with Python integers
    nn = np.broadcast_to(n, (chans,))
    for row in range(0, 502, 7):
        for c in range(chans):
            s = sum(int(x[row, c] - z) * int(np.broadcast_to(m, (chans,))[c])
                    for x, z, m in zip(xs, zps, ms, strict=True))
            want = (Fraction(s, 2 ** int(nn[c])) + Fraction(1, 2)).__floor__() + 5
            assert got[row, c] == min(127, max(-127, want))
    # and within one step of the float result
    ref = sum((x - z).astype(np.float64) * np.asarray(r, np.float64)
              for x, z, r in zip(xs, zps, ratios, strict=True))
    ref = np.clip(np.round(ref) + 5, -127, 127)
    assert np.abs(got.astype(np.int64) - ref).max() <= 1


def test_rescale_multipliers_fit_their_arithmetic():
    ms, n = common_fixed_point([1.0, 1.0], [255, 255], 32)
    assert n.item() >= 18 and all(int(m.item()) * 255 * 2 < 2**31 for m in ms)
    with pytest.raises(ValueError):
        common_fixed_point([2.0**30], [255], 32)


W1 = rng.standard_normal((2, 2, 1, 1)).astype("float32")
W2 = rng.standard_normal((2, 2, 1, 1)).astype("float32")


@I.ir_module
class Residual:
    @R.function
    def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2, 4, 4), "float32"):
        with R.dataflow():
            a = R.nn.conv2d(x, R.const(W1), out_dtype="float32")
            b = R.nn.relu(a)
            c = R.nn.conv2d(b, R.const(W2), out_dtype="float32")
            d = R.add(c, b)
            e = R.nn.relu(d)
            f = R.nn.conv2d(e, R.const(W1), out_dtype="float32")
            R.output(f)
        return f


SX, SB, SE = 0.05, 0.1, 0.15
RES_TABLE = CalibrationTable("t", "minmax", "int8-symmetric", {
    "conv2d_0:input": TensorQParams(-6.35, 6.35, SX, 0, "int8"),
    "conv2d_1:input": TensorQParams(0.0, 12.7, SB, 0, "int8"),
    "conv2d_2:input": TensorQParams(0.0, 19.05, SE, 0, "int8")},
    {"conv2d_0": "conv2d_0:input", "conv2d_1": "conv2d_1:input", "conv2d_2": "conv2d_2:input"})


def _realize_residual(requantize=None):
    requantize = requantize or FixedPointRequant()
    func = Residual["main"]
    plans = plan_layers(func, find_layers(func), RES_TABLE, QuantConfig(requantize=requantize))
    return RealizeInt8(plans, None, requantize)(Residual)


def test_residual_add_reads_the_int32_accumulator():
    """conv -> add(., block input) -> relu becomes one integer rescale of the conv's int32
    accumulator and the int8 block input, with the ReLU in the clamp."""
    after = _realize_residual()
    q1, s1 = quantize_weight(W1, 0)
    q2, s2 = quantize_weight(W2, 0)
    m0, n0 = fixed_point(SX * s1.astype("float64") / SB)
    (ma, mb), n = common_fixed_point([SB * s2.astype("float64") / SE, SB / SE],
                                     [2**31, 255], 64)
    dq = (SE * s1.astype("float64")).astype("float32").reshape(2, 1, 1)

    def c64(v):
        return np.asarray(v, "int64").reshape(2, 1, 1)

    @I.ir_module
    class Expected:
        @R.function
        def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2, 4, 4), "float32"):
            with R.dataflow():
                t = R.round(R.divide(x, R.const(SX, "float32")))
                qx = R.astype(R.clip(t, -127, 127), "int8")
                acc0 = R.nn.conv2d(qx, R.const(q1), out_dtype="int32")
                t1 = R.multiply(R.astype(acc0, "int64"), R.const(c64(m0), "int64"))
                t2 = R.right_shift(R.add(t1, R.const(c64(1 << (n0 - 1)), "int64")),
                                   R.const(c64(n0), "int64"))
                qb = R.astype(R.clip(t2, 0, 127), "int8")
                acc1 = R.nn.conv2d(qb, R.const(q2), out_dtype="int32")
                u1 = R.multiply(R.astype(acc1, "int64"), R.const(c64(ma), "int64"))
                u2 = R.multiply(R.astype(qb, "int64"), R.const(c64(mb), "int64"))
                u3 = R.right_shift(R.add(R.add(u1, u2), R.const(c64(1 << (n - 1)), "int64")),
                                   R.const(c64(n), "int64"))
                qe = R.astype(R.clip(u3, 0, 127), "int8")
                acc2 = R.nn.conv2d(qe, R.const(q1), out_dtype="int32")
                f = R.multiply(R.astype(acc2, "float32"), R.const(dq))
                R.output(f)
            return f

    tvm.ir.assert_structural_equal(after, Expected)


@pytest.mark.parametrize("requantize", [FixedPointRequant(), FloatRequant()],
                         ids=["fixed-point", "float"])
def test_residual_add_runs_bit_exact_to_numpy_oracle(requantize):
    ex = tvm.compile(_realize_residual(requantize), target="llvm")
    vm = relax.VirtualMachine(ex, tvm.cpu())
    x = rng.uniform(-2, 2, (1, 2, 4, 4)).astype("float32")
    got = vm["main"](tvm.runtime.tensor(x)).numpy()

    def conv(q, w):
        return np.einsum("oi,nihw->nohw", w[:, :, 0, 0].astype(np.int64), q.astype(np.int64))

    q1, s1 = quantize_weight(W1, 0)
    q2, s2 = quantize_weight(W2, 0)
    qx = np.clip(np.round(x / np.float32(SX)), -127, 127).astype(np.int8)
    r0 = SX * s1.astype("float64") / SB
    ra, rb = SB * s2.astype("float64") / SE, SB / SE
    if isinstance(requantize, FixedPointRequant):
        m0, n0 = fixed_point(r0)
        qb = requantize_np(conv(qx, q1), m0.reshape(2, 1, 1), n0.reshape(2, 1, 1), 0, 0, 127,
                           "int8")
        (ma, mb), n = common_fixed_point([ra, rb], [2**31, 255], 64)
        qe = rescale_sum_np([(conv(qb, q2), 0, ma.reshape(2, 1, 1)),
                             (qb, 0, mb.reshape(2, 1, 1))],
                            n.reshape(2, 1, 1), 0, 0, 127, "int8", "int64")
    else:  # float32 arithmetic in TVM's order: products, sum, + 0.5, floor

        def f32(v):
            return np.asarray(v, np.float32).reshape(-1, 1, 1)

        qb = np.clip(np.floor(conv(qx, q1).astype(np.float32) * f32(r0) + np.float32(0.5)),
                     0, 127).astype(np.int8)
        total = conv(qb, q2).astype(np.float32) * f32(ra) + qb.astype(np.float32) * f32(rb)
        qe = np.clip(np.floor(total + np.float32(0.5)), 0, 127).astype(np.int8)
    want = conv(qe, q1).astype(np.float32) * (SE * s1.astype("float64")).astype(
        "float32").reshape(2, 1, 1)
    np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)
    # and the integer pipeline stays close to float
    fex = tvm.compile(Residual, target="llvm")
    ref = relax.VirtualMachine(fex, tvm.cpu())["main"](tvm.runtime.tensor(x)).numpy()
    assert sqnr_db(ref, got) > 25


def _branchy(seed=0):
    """Two conv branches -> Concat -> AveragePool (padded, count_include_pad=0) -> conv +
    residual -> GlobalAveragePool -> Flatten -> Gemm."""
    g = tvmq.zoo.GraphBuilder("branchy", seed)
    x = g.input("x", [1, 3, 12, 12])
    a = g.op("Relu", [g.op("Conv", [x, g.weight([8, 3, 3, 3])], pads=[1, 1, 1, 1])])
    b = g.op("Relu", [g.op("Conv", [x, g.weight([8, 3, 1, 1])])])
    c = g.op("Concat", [a, b], axis=1)
    p = g.op("AveragePool", [c], kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1],
             count_include_pad=0)
    d = g.op("Conv", [p, g.weight([16, 16, 3, 3], 0.1)], pads=[1, 1, 1, 1])
    r = g.op("Relu", [g.op("Add", [d, p])])
    y = g.op("Flatten", [g.op("GlobalAveragePool", [r])])
    y = g.op("Gemm", [y, g.weight([5, 16], 0.3), g.const(np.zeros(5, "float32"))], transB=1)
    return tvmq.load_onnx(g.build([y]))


def _op_dtypes(mod):
    return [(b.value.op.name, str(b.var.ty.dtype)) for blk in mod["main"].body.blocks
            for b in blk.bindings if isinstance(b.value, relax.Call)
            and isinstance(b.value.op, tvm.ir.Op)]


@pytest.mark.parametrize("acts", ["int8", "uint8"])
@pytest.mark.parametrize("requantize", [FixedPointRequant(), FloatRequant()],
                         ids=["fixed-point", "float"])
def test_concat_pools_and_add_stay_integer(acts, requantize):
    m = _branchy()
    cfg = QuantConfig(activations=UInt8Asymmetric() if acts == "uint8" else
                      QuantConfig().activations, requantize=requantize)
    fixed = isinstance(requantize, FixedPointRequant)
    calib = [m.random_inputs(i) for i in range(4)]
    qm, _, table = quantize_with_report(m, calib, cfg, measure_sqnr=False)
    assert {"concat_0:output", "add_0:output"} <= set(table.tensors)
    dtypes = _op_dtypes(qm.mod)
    for name in ("relax.concat", "relax.nn.avg_pool2d", "relax.sum", "relax.reshape"):
        assert all(d != "float32" for op, d in dtypes if op == name), (name, dtypes)
    if fixed:  # the only float add: the zero point of the input's quantize (uint8)
        assert dtypes.count(("relax.add", "float32")) == (acts == "uint8")
    else:  # float scales: no int64 arithmetic at all
        assert not any(d == "int64" for op, d in dtypes if op != "relax.nn.avg_pool2d")
    assert ("relax.nn.avg_pool2d", "int32") in dtypes and ("relax.concat", acts) in dtypes
    assert not any(op == "relax.mean" for op, _ in dtypes)
    assert qm.mod["main"].script().count("R.round(") == 1  # the input, quantized once
    cf, cq = tvmq.compile(m), tvmq.compile(qm)
    # tolerance: output SQNR >= 25 dB against fp32 (31-37 dB measured)
    for i in range(2):
        x = m.random_inputs(100 + i)
        assert sqnr_db(cf.run(x)[0], cq.run(x)[0]) >= 25.0


def test_table_without_region_scales_keeps_adds_in_float():
    """A table from before the int8 region (no ``<op>:output`` keys) still realizes."""
    m = tvmq.load_onnx(tvmq.zoo.resnet_cnn())
    _, _, table = quantize_with_report(m, [m.random_inputs(0)], measure_sqnr=False)
    old = CalibrationTable(table.model, table.method, table.activations,
                           {k: v for k, v in table.tensors.items() if k.endswith(":input")},
                           table.layers)
    qm = tvmq.quantize(m, table=old, config=QuantConfig(requantize=FixedPointRequant()))
    dtypes = _op_dtypes(qm.mod)
    assert ("relax.add", "float32") in dtypes  # the last block's add: no scale for it
    assert ("relax.add", "int64") in dtypes  # the others read scales of their conv readers


def test_resnet_residual_adds_are_integer():
    m = tvmq.load_onnx(tvmq.zoo.resnet_cnn())
    qm, report, _ = quantize_with_report(m, [m.random_inputs(i) for i in range(4)],
                                         QuantConfig(requantize=FixedPointRequant()),
                                         measure_sqnr=False)
    int_adds = [d for op, d in _op_dtypes(qm.mod) if op == "relax.add"]
    assert "float32" not in int_adds and int_adds.count("int64") >= 3 * 2
    text = qm.mod["main"].script()
    # one float->int8 boundary (the input) and one int->float boundary (the logits)
    assert text.count("R.round(") == 1 and text.count('"float32")') - text.count(
        'R.const(') <= 6
    assert [r.status for r in report.layers].count("int8->int32, fused into an int8 add") == 5


def test_qdq_range_clip_between_layers_runs_on_int8():
    """The clip a QDQ pair leaves between two layers clamps int8 values instead of forcing a
    dequantize/quantize pair."""
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 2, 4, 4), "float32")) -> R.Tensor((1, 2, 4, 4), "float32"):
            with R.dataflow():
                a = R.nn.conv2d(x, R.const(W1), out_dtype="float32")
                b = R.nn.relu(a)
                c = R.clip(b, 0.0, 1.0)
                d = R.nn.conv2d(c, R.const(W2), out_dtype="float32")
                R.output(d)
            return d

    table = CalibrationTable("t", "qdq", "int8-symmetric", {
        "conv2d_0:input": TensorQParams(-1.27, 1.27, 0.01, 0, "int8"),
        "conv2d_1:input": TensorQParams(0.0, 2.54, 0.02, 0, "int8")},
        {"conv2d_0": "conv2d_0:input", "conv2d_1": "conv2d_1:input"})
    func = Before["main"]
    after = RealizeInt8(plan_layers(func, find_layers(func), table, QuantConfig()))(Before)
    dtypes = _op_dtypes(after)
    assert ("relax.clip", "int8") in dtypes and dtypes.count(("relax.round", "float32")) == 1
    text = after["main"].script()
    assert "R.clip(conv2d_0_out, 0, 50)" in text  # 1.0 / 0.02
