"""QOperator ONNX models (ONNX Runtime's QOperator/dynamic output, hand-built single ops) load as
tvmq's int8 x int8 -> int32 compute and match ONNX Runtime."""

import re

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper
from onnxruntime.quantization import (
    CalibrationDataReader,
    QuantFormat,
    QuantType,
    quantize_dynamic,
    quantize_static,
)
from tvmq_testing import ORT_EXACT_S8_WEIGHTS, int8_reductions, legalize_for_host

import tvmq
import tvmq.zoo
from tvmq.errors import ModelLoadError, UnsupportedOpError
from tvmq.schedule import Int8AsFp32

_NP = {TensorProto.UINT8: np.uint8, TensorProto.INT8: np.int8, TensorProto.INT32: np.int32}


class _Reader(CalibrationDataReader):
    def __init__(self, batches):
        self.it = iter(batches)

    def get_next(self):
        return next(self.it, None)


def _ort(path_or_proto, feed):
    src = path_or_proto.SerializeToString() if isinstance(path_or_proto, onnx.ModelProto) \
        else str(path_or_proto)
    return ort.InferenceSession(src, providers=["CPUExecutionProvider"]).run(None, feed)


def _out_scale(proto):
    """Scale of the DequantizeLinear producing the graph output."""
    inits = {t.name: numpy_helper.to_array(t) for t in proto.graph.initializer}
    node = next(n for n in proto.graph.node if n.output[0] == proto.graph.output[0].name)
    assert node.op_type == "DequantizeLinear"
    return float(inits[node.input[1]])


@pytest.fixture(scope="module")
def digits(tmp_path_factory):
    d = tmp_path_factory.mktemp("qop")
    m = tvmq.load_onnx("tests/data/digits_cnn.onnx", shapes={"image": [8, 1, 8, 8]})
    onnx.save(m.source, d / "f.onnx")
    rng = np.random.default_rng(0)
    calib = [{"image": rng.random((8, 1, 8, 8)).astype("float32") * 16} for _ in range(4)]
    return d, m, calib


# per-tensor and per-channel weights; uint8 and int8 activations
@pytest.mark.parametrize("per_channel,act", [(True, QuantType.QUInt8), (False, QuantType.QInt8)],
                         ids=["u8s8-per-channel", "s8s8-per-tensor"])
def test_ort_static_qoperator_digits_matches_onnxruntime(digits, per_channel, act):
    d, m, calib = digits
    q = d / f"q{int(per_channel)}.onnx"
    # 7-bit weights with uint8 activations: onnxruntime's reference is exact (tvmq_testing)
    quantize_static(str(d / "f.onnx"), str(q), _Reader(calib), quant_format=QuantFormat.QOperator,
                    per_channel=per_channel, activation_type=act, weight_type=QuantType.QInt8,
                    reduce_range=act == QuantType.QUInt8)
    ops = {n.op_type for n in onnx.load(q).graph.node}
    assert {"QLinearConv", "QGemm"} <= ops
    qm = tvmq.load_onnx(q, shapes={"image": [8, 1, 8, 8]})
    assert qm.transforms == ("qoperator-import",)
    assert qm.param_bytes() < 0.4 * m.param_bytes()  # int8 weights; int32 bias, int64 m/n
    cq = tvmq.compile(qm)
    lsb = _out_scale(onnx.load(q))
    for x in calib[:2]:
        diff = np.abs(cq.run(x)[0] - _ort(q, x)[0])
        # tolerance: 1 LSB of the output scale (requantize rounding: fixed point vs float)
        assert diff.max() <= lsb * 1.001, diff.max() / lsb


def test_ort_static_qoperator_mlp_with_qlinearadd(tmp_path, mlp_model):
    m = mlp_model
    onnx.save(m.source, tmp_path / "f.onnx")
    calib = [m.random_inputs(i) for i in range(4)]
    q = tmp_path / "q.onnx"
    quantize_static(str(tmp_path / "f.onnx"), str(q), _Reader(calib),
                    quant_format=QuantFormat.QOperator, per_channel=False,
                    activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                    reduce_range=True)
    ops = [n.op_type for n in onnx.load(q).graph.node]
    assert "QLinearMatMul" in ops and "QLinearAdd" in ops
    cq = tvmq.compile(tvmq.load_onnx(q))
    lsb = _out_scale(onnx.load(q))
    for x in calib[:2]:
        diff = np.abs(cq.run(x)[0] - _ort(q, x)[0])
        assert diff.max() <= lsb * 1.001, diff.max() / lsb


@pytest.mark.slow
def test_ort_static_qoperator_resnet_with_residual_adds(tmp_path):
    m = tvmq.load_onnx(tvmq.zoo.resnet_cnn())
    onnx.save(m.source, tmp_path / "f.onnx")
    calib = [m.random_inputs(i) for i in range(3)]
    q = tmp_path / "q.onnx"
    quantize_static(str(tmp_path / "f.onnx"), str(q), _Reader(calib),
                    quant_format=QuantFormat.QOperator, per_channel=True,
                    activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                    reduce_range=True)
    ops = {n.op_type for n in onnx.load(q).graph.node}
    assert {"QLinearAdd", "QLinearGlobalAveragePool", "QGemm"} <= ops
    cq = tvmq.compile(tvmq.load_onnx(q))
    lsb = _out_scale(onnx.load(q))
    for x in calib[:2]:
        diff = np.abs(cq.run(x)[0] - _ort(q, x)[0])
        assert diff.max() <= lsb * 1.001, diff.max() / lsb


# attention: QLinearMatMul of two activations, QLinearMul, QLinearSoftmax, MatMulInteger
@pytest.mark.parametrize("fmt", ["qoperator", pytest.param("dynamic", marks=pytest.mark.slow)])
def test_ort_bert_encoder_matches_onnxruntime(tmp_path, fmt):
    m = tvmq.load_onnx(tvmq.zoo.bert_encoder())
    onnx.save(m.source, tmp_path / "f.onnx")
    calib = [m.random_inputs(i) for i in range(3)]
    q = tmp_path / "q.onnx"
    if fmt == "qoperator":
        quantize_static(str(tmp_path / "f.onnx"), str(q), _Reader(calib),
                        quant_format=QuantFormat.QOperator, per_channel=True)
        ops = {n.op_type for n in onnx.load(q).graph.node}
        assert {"QLinearMatMul", "QLinearMul", "QLinearSoftmax", "QLinearAdd"} <= ops
    else:
        quantize_dynamic(str(tmp_path / "f.onnx"), str(q), per_channel=True, reduce_range=True)
    cq = tvmq.compile(tvmq.load_onnx(q))
    for x in calib[:2]:
        a, b = cq.run(x)[0], _ort(q, x)[0]
        # the model ends in a float LayerNorm: 1e-3 of the output range (7e-7 abs measured)
        assert np.abs(a - b).max() <= 1e-3 * np.abs(b).max()


def test_ort_dynamic_digits_matches_onnxruntime(digits):
    d, _, calib = digits
    q = d / "dyn.onnx"
    quantize_dynamic(str(d / "f.onnx"), str(q), per_channel=True, weight_type=QuantType.QInt8,
                     reduce_range=True)
    ops = {n.op_type for n in onnx.load(q).graph.node}
    assert {"DynamicQuantizeLinear", "ConvInteger", "MatMulInteger"} <= ops
    cq = tvmq.compile(tvmq.load_onnx(q, shapes={"image": [8, 1, 8, 8]}))
    for x in calib[:2]:
        a, b = cq.run(x)[0], _ort(q, x)[0]
        # the int32 accumulators are exact; only float rescaling rounding differs
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-5 * np.abs(b).max())


def _model(op, inputs, consts, out_type, domain="", order=None, opset=17, **attrs):
    """A single-node model: ``inputs`` are (name, elem type, shape) graph inputs, ``consts``
    name -> array initializers (None for an omitted optional input); node inputs in ``order``
    (default: graph inputs, then initializers)."""
    names = order or [n for n, _, _ in inputs] + list(consts)
    node = helper.make_node(op, [n if consts.get(n, 0) is not None else "" for n in names],
                            ["y"], domain=domain, **attrs)
    graph = helper.make_graph(
        [node], op, [helper.make_tensor_value_info(n, t, s) for n, t, s in inputs],
        [helper.make_tensor_value_info("y", out_type, None)],
        [numpy_helper.from_array(np.asarray(v), n) for n, v in consts.items() if v is not None])
    opsets = [helper.make_opsetid("", opset)] + ([helper.make_opsetid(domain, 1)] if domain
                                                  else [])
    model = helper.make_model(graph, opset_imports=opsets)
    model.ir_version = 8
    return model


def _feed(rng, t, shape):
    lo, hi = (0, 256) if t == TensorProto.UINT8 else (-128, 128)
    return rng.integers(lo, hi, shape).astype(_NP[t])


def _s8_weight(rng, shape):
    """int8 weights for uint8 x int8 ops, within 7 bits (see tvmq_testing.ORT_EXACT_S8_WEIGHTS)."""
    return rng.integers(*ORT_EXACT_S8_WEIGHTS, shape).astype(np.int8)


# every case is compared with onnxruntime: 1 LSB of the requantized output, exact for int32
@pytest.mark.parametrize("case", [
    "qlinearconv-u8s8-per-channel", "qlinearconv-s8s8-depthwise", "qlinearconv-u8u8-wzp",
    "qlinearmatmul-u8s8-per-column", "qgemm-transb-float-out", "convinteger-wzp",
    "matmulinteger-zps"])
def test_single_qoperator_ops_match_onnxruntime(case):
    rng = np.random.default_rng(abs(hash(case)) % 1000)
    u8, s8 = TensorProto.UINT8, TensorProto.INT8
    if case.startswith("qlinearconv"):
        xt, wt, pc, wzp, groups = {
            "qlinearconv-u8s8-per-channel": (u8, s8, True, 0, 1),
            "qlinearconv-s8s8-depthwise": (s8, s8, True, 0, 8),
            "qlinearconv-u8u8-wzp": (u8, u8, False, 131, 1)}[case]
        cin, cout = 8, 16
        w = _s8_weight(rng, (cout, cin // groups, 3, 3)) if (xt, wt) == (u8, s8) \
            else _feed(rng, wt, (cout, cin // groups, 3, 3))
        n = cout if pc else 1
        shape = (-1,) if pc else ()
        consts = {"x_scale": np.float32(0.05), "x_zero_point": np.array(37, _NP[xt]),
                  "w": w, "w_scale": (rng.random(n) * 0.02 + 0.005).astype("f4").reshape(shape),
                  "w_zero_point": np.full(n, wzp, _NP[wt]).reshape(shape),
                  "y_scale": np.float32(2.0 if wt == u8 else 0.4),
                  "y_zero_point": np.array(120 if xt == u8 else -3, _NP[xt]),
                  "B": rng.integers(-2000, 2000, cout).astype("int32")}
        model = _model("QLinearConv", [("x", xt, [2, cin, 9, 9])], consts, xt, group=groups,
                       pads=[1, 1, 1, 1], strides=[2, 1])
        feed = {"x": _feed(rng, xt, (2, cin, 9, 9))}
    elif case == "qlinearmatmul-u8s8-per-column":
        consts = {"a_scale": np.float32(0.03), "a_zero_point": np.uint8(100),
                  "b": _s8_weight(rng, (48, 24)),
                  "b_scale": (rng.random(24) * 0.01 + 0.002).astype("f4"),
                  "b_zero_point": np.zeros(24, np.int8), "y_scale": np.float32(0.2),
                  "y_zero_point": np.uint8(128)}
        model = _model("QLinearMatMul", [("a", u8, [5, 48])], consts, u8)
        feed = {"a": _feed(rng, u8, (5, 48))}
    elif case == "qgemm-transb-float-out":
        consts = {"A_scale": np.float32(0.03), "A_zero_point": np.uint8(90),
                  "B": _s8_weight(rng, (24, 48)),
                  "B_scale": (rng.random(24) * 0.01 + 0.002).astype("f4"),
                  "B_zero_point": np.zeros(24, np.int8),
                  "C": rng.integers(-500, 500, 24).astype("int32")}
        model = _model("QGemm", [("A", u8, [5, 48])], consts, TensorProto.FLOAT,
                       domain="com.microsoft", transB=1, alpha=0.5)
        feed = {"A": _feed(rng, u8, (5, 48))}
    elif case == "convinteger-wzp":
        consts = {"w": _feed(rng, u8, (8, 4, 3, 3)), "x_zero_point": np.uint8(9),
                  "w_zero_point": np.uint8(200)}
        model = _model("ConvInteger", [("x", u8, [1, 4, 6, 6])], consts, TensorProto.INT32,
                       pads=[1, 1, 1, 1])
        feed = {"x": _feed(rng, u8, (1, 4, 6, 6))}
    else:
        consts = {"b": _s8_weight(rng, (32, 16)), "a_zero_point": np.uint8(77),
                  "b_zero_point": np.int8(-5)}
        model = _model("MatMulInteger", [("a", u8, [3, 32])], consts, TensorProto.INT32)
        feed = {"a": _feed(rng, u8, (3, 32))}
    want = _ort(model, feed)[0]
    got = tvmq.compile(tvmq.load_onnx(model)).run(feed)[0]
    assert got.dtype == want.dtype and got.shape == want.shape
    if want.dtype == np.float32:  # exact int32 accumulation, then one float scaling
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6 * np.abs(want).max())
        return
    diff = np.abs(got.astype(np.int64) - want.astype(np.int64))
    assert diff.max() <= (0 if want.dtype == np.int32 else 1), diff.max()


# elementwise contrib ops: 1 LSB of the output scale against onnxruntime
@pytest.mark.parametrize("case", ["mul", "concat", "sigmoid", "leakyrelu-s8", "avgpool"])
def test_elementwise_qoperator_ops_match_onnxruntime(case):
    rng = np.random.default_rng(len(case))
    u8, s8 = TensorProto.UINT8, TensorProto.INT8
    shape = [2, 3, 5]
    if case == "mul":
        model = _model("QLinearMul", [("a", u8, shape)],
                       {"as": np.float32(0.05), "az": np.uint8(100), "b": _feed(rng, u8, shape),
                        "bs": np.float32(0.02), "bz": np.uint8(30), "cs": np.float32(0.3),
                        "cz": np.uint8(128)}, u8, domain="com.microsoft",
                       order=["a", "as", "az", "b", "bs", "bz", "cs", "cz"])
        feed = {"a": _feed(rng, u8, shape)}
    elif case == "concat":
        model = _model("QLinearConcat", [("a", u8, shape), ("b", u8, [2, 4, 5])],
                       {"ys": np.float32(0.1), "yz": np.uint8(60), "as": np.float32(0.05),
                        "az": np.uint8(100), "bs": np.float32(0.2), "bz": np.uint8(10)}, u8,
                       domain="com.microsoft", axis=1,
                       order=["ys", "yz", "a", "as", "az", "b", "bs", "bz"])
        feed = {"a": _feed(rng, u8, shape), "b": _feed(rng, u8, [2, 4, 5])}
    elif case == "avgpool":
        model = _model("QLinearAveragePool", [("x", u8, [1, 3, 7, 7])],
                       {"xs": np.float32(0.05), "xz": np.uint8(100), "ys": np.float32(0.04),
                        "yz": np.uint8(90)}, u8, domain="com.microsoft", kernel_shape=[3, 3],
                       strides=[2, 2], pads=[1, 1, 1, 1], count_include_pad=0)
        feed = {"x": _feed(rng, u8, [1, 3, 7, 7])}
    else:
        t = u8 if case == "sigmoid" else s8
        op = "QLinearSigmoid" if case == "sigmoid" else "QLinearLeakyRelu"
        extra = {} if case == "sigmoid" else {"alpha": 0.1}
        model = _model(op, [("x", t, shape)],
                       {"xs": np.float32(0.06), "xz": np.array(120 if t == u8 else -5, _NP[t]),
                        "ys": np.float32(1 / 255 if t == u8 else 0.04),
                        "yz": np.array(0 if t == u8 else 10, _NP[t])}, t,
                       domain="com.microsoft", **extra)
        feed = {"x": _feed(rng, t, shape)}
    want = _ort(model, feed)[0]
    got = tvmq.compile(tvmq.load_onnx(model)).run(feed)[0]
    assert got.dtype == want.dtype and got.shape == want.shape
    assert np.abs(got.astype(np.int64) - want.astype(np.int64)).max() <= 1


def test_dynamic_zero_point_with_padding():
    """ConvInteger whose x zero point is a run-time tensor (as after DynamicQuantizeLinear)."""
    rng = np.random.default_rng(5)
    u8, s8 = TensorProto.UINT8, TensorProto.INT8
    model = _model("ConvInteger", [("x", u8, [1, 4, 6, 6]), ("zp", u8, [1])],
                   {"w": _feed(rng, s8, (8, 4, 3, 3))}, TensorProto.INT32, pads=[1, 1, 1, 1],
                   order=["x", "w", "zp"])
    feed = {"x": _feed(rng, u8, (1, 4, 6, 6)), "zp": np.array([201], np.uint8)}
    got = tvmq.compile(tvmq.load_onnx(model)).run(feed)[0]
    np.testing.assert_array_equal(got, _ort(model, feed)[0])


def test_imported_qoperator_runs_int8_with_int32_accumulation(digits):
    d, _, calib = digits
    q = d / "ir.onnx"
    quantize_static(str(d / "f.onnx"), str(q), _Reader(calib), quant_format=QuantFormat.QOperator,
                    per_channel=True, activation_type=QuantType.QUInt8,
                    weight_type=QuantType.QInt8)
    qm = tvmq.load_onnx(q, shapes={"image": [8, 1, 8, 8]})
    text = qm.mod["main"].script()
    assert text.count('out_dtype="int32"') == 3 and "float32" not in text.split(
        "R.nn.conv2d")[1].split("R.matmul")[0]
    legalized, _, _ = legalize_for_host(qm.mod)
    found = int8_reductions(legalized)
    # two convs and the Gemm: uint8 activations were shifted to int8, int8 x int8 -> int32,
    # except the layers x86 computes bit-exactly in fp32 (tvmq.schedule.Int8AsFp32: the
    # 9-term stem reduction and the 10-class Gemm)
    as_fp32 = len(re.findall(r"x_f32\w*: R\.Tensor", Int8AsFp32(qm.mod).script()))
    assert len(found) == 3 and sum(found.values()) == 3 - as_fp32, found
    assert as_fp32 < 3


def test_unsupported_qoperator_op_is_listed():
    model = _model("QLinearReduceMean", [("x", TensorProto.UINT8, [4])],
                   {"xs": np.float32(0.1), "xz": np.uint8(0), "ys": np.float32(1 / 256),
                    "yz": np.uint8(0)}, TensorProto.UINT8, domain="com.microsoft", axes=[0],
                   keepdims=1)
    with pytest.raises(UnsupportedOpError, match="QLinearReduceMean"):
        tvmq.load_onnx(model)


def test_non_constant_scale_is_a_clear_error():
    u8 = TensorProto.UINT8
    model = _model("QLinearMatMul", [("a", u8, [2, 4]), ("a_scale", TensorProto.FLOAT, [])],
                   {"a_zero_point": np.uint8(0), "b": np.ones((4, 3), np.int8),
                    "b_scale": np.float32(0.1), "b_zero_point": np.int8(0),
                    "y_scale": np.float32(0.1), "y_zero_point": np.uint8(0)}, u8)
    with pytest.raises(ModelLoadError, match="a_scale must be a constant"):
        tvmq.load_onnx(model)
