"""NHWC int8 convs on AVX-512 VNNI and AVX2 (7-bit weights): the Int8ConvNhwc pass, the
Conv2dInt8Nhwc rule and the 4-channel NCHW -> NHWC transpose; bit-exact against numpy oracles
and the NCHW build."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax
from tvm.relax import op as R

from tvmq.pipeline import registry
from tvmq.schedule import Int8ConvNhwc
from tvmq.schedule.cpu.conv2d_int8_nhwc import AVX2, VNNI, register_tile
from tvmq.schedule.knobs import knob_session

from .conftest import const, relax_model, run, scheduled_module, scheduled_rules
from .test_conv2d_rule import conv_ref
from .test_x86_int8 import _edges

TARGET = "x86-vnni"


def _requant(y: relax.Expr, scale: np.ndarray) -> relax.Expr:
    y = R.multiply(R.astype(y, "float32"), relax.const(scale))
    return R.astype(R.clip(R.floor(R.add(y, relax.const(np.float32(0.5)))), 0, 127), "int8")


def test_pass_before_expected(rng):
    w = rng.integers(-128, 128, (16, 8, 1, 1)).astype("int8")
    bias = rng.integers(-99, 99, (16, 1, 1)).astype("int32")
    scale = (rng.random((1, 16, 1, 1)) * 0.01).astype("float32")

    def body(bb, x):
        return _requant(R.add(R.nn.conv2d(x, const(w), out_dtype="int32"), const(bias)), scale)

    before = relax_model("q", {"x": ((1, 8, 6, 6), "uint8")}, body).mod
    bb = relax.BlockBuilder()
    x = relax.Var("x", relax.TensorType((1, 8, 6, 6), "uint8"))
    with bb.function("main", [x]):
        with bb.dataflow():
            xt = bb.emit(R.permute_dims(x, [0, 2, 3, 1]))
            y = bb.emit(R.nn.conv2d(xt, relax.const(w.transpose(0, 2, 3, 1).copy()),
                                    data_layout="NHWC", kernel_layout="OHWI", out_dtype="int32"))
            y = bb.emit(R.add(y, relax.const(bias.reshape(1, 16, 1, 1).transpose(0, 2, 3, 1))))
            y = bb.emit(R.astype(y, "float32"))
            y = bb.emit(R.multiply(y, relax.const(scale.transpose(0, 2, 3, 1).copy())))
            y = bb.emit(R.add(y, relax.const(np.float32(0.5))))
            y = bb.emit(R.floor(y))
            y = bb.emit(R.clip(y, 0, 127))
            y = bb.emit(R.astype(y, "int8"))
            out = bb.emit_output(R.permute_dims(y, [0, 3, 1, 2]))
        bb.emit_func_output(out)
    tvm.ir.assert_structural_equal(Int8ConvNhwc()(before), bb.get())


@pytest.mark.parametrize("case", ["int8 data", "padded", "8 filters", "6 channels"])
def test_pass_leaves_other_convs_nchw(rng, case):
    c, f, dtype, pad = {"int8 data": (8, 16, "int8", 0), "padded": (8, 16, "uint8", 1),
                        "8 filters": (8, 8, "uint8", 0), "6 channels": (6, 16, "uint8", 0)}[case]
    w = rng.integers(-128, 128, (f, c, 3, 3)).astype("int8")
    mod = relax_model("q", {"x": ((1, c, 6, 6), dtype)}, lambda bb, x: R.nn.conv2d(
        x, const(w), padding=pad, out_dtype="int32")).mod
    tvm.ir.assert_structural_equal(Int8ConvNhwc()(mod), mod)


def test_pass_keeps_nchw_where_transposes_would_dominate(rng):
    """Three convs whose outputs feed a concat (which keeps NCHW): 4 transposes for 3 convs."""
    ws = [rng.integers(-128, 128, (16, 16, 1, 1)).astype("int8") for _ in range(3)]
    mod = relax_model("cat", {"x": ((1, 16, 6, 6), "uint8")}, lambda bb, x: R.concat(
        [bb.emit(R.nn.conv2d(x, const(w), out_dtype="int32")) for w in ws], axis=1)).mod
    tvm.ir.assert_structural_equal(Int8ConvNhwc()(mod), mod)


def _block(rng, c: int = 16, hw: int = 8, wmax: int = 127):
    """A quantized ResNet bottleneck with a projection and a strided 3x3 conv, then a max
    pool and a global sum: every op the pass carries in NHWC. Weights in [-wmax-1, wmax]."""
    w1, w2, w3, wp = (_edges(rng, shape, -wmax - 1, wmax) for shape in (
        (32, c, 1, 1), (32, 32, 3, 3), (64, 32, 1, 1), (64, c, 1, 1)))
    s = [(rng.random((1, f, 1, 1)) * 0.003).astype("float32") for f in (32, 32, 64)]

    def body(bb, x):
        xq = bb.emit(R.astype(R.clip(R.round(x), 0, 127), "int8"))
        xu = bb.emit(R.memory.view(xq, dtype="uint8"))
        a = bb.emit(_requant(R.nn.conv2d(xu, const(w1), out_dtype="int32"), s[0]))
        a = bb.emit(R.nn.pad(R.memory.view(a, dtype="uint8"), [0, 0, 0, 0, 1, 1, 1, 1],
                             "constant", 0.0))
        b = bb.emit(_requant(R.nn.conv2d(a, const(w2), strides=2, out_dtype="int32"), s[1]))
        main = R.multiply(R.astype(R.nn.conv2d(R.memory.view(b, dtype="uint8"), const(w3),
                                               out_dtype="int32"), "float32"),
                          relax.const(s[2]))
        proj = R.multiply(R.astype(R.nn.conv2d(xu, const(wp), strides=2, out_dtype="int32"),
                                   "float32"), relax.const(np.float32(0.002)))
        y = bb.emit(R.astype(R.clip(R.floor(R.add(main, proj)), 0, 127), "int8"))
        y = bb.emit(R.nn.max_pool2d(y, (3, 3), (1, 1), (1, 1, 1, 1)))
        return R.sum(R.astype(y, "int32"), axis=[2, 3], keepdims=True)

    return relax_model("block", {"x": ((1, c, hw, hw), "float32")}, body)


# AVX2 (vpmaddubsw) takes 7-bit weights only: the w7a8 scheme's
@pytest.mark.parametrize("target,wmax,dual", [(TARGET, 127, 1), ("x86-avx2", 63, 0)])
def test_block_runs_nhwc_and_matches_nchw(rng, monkeypatch, target, wmax, dual):
    model = _block(rng, wmax=wmax)
    x = (rng.random((1, 16, 8, 8)) * 160 - 20).astype("float32")
    rules = scheduled_rules(model, target)
    # With VNNI the projection's conv runs inside the last conv's kernel (FuseShortcutConv).
    assert list(rules.values()).count("Conv2dInt8Nhwc") == 4 - dual, rules
    assert sum(name.endswith("_dual_prepacked") for name in rules) == dual, rules
    nhwc = run(model, {"x": x}, target)
    assert nhwc.shape == (1, 64, 1, 1) and nhwc.any()
    with monkeypatch.context() as m:
        m.delitem(registry._SLOT_ENTRIES["rewrite"], "tvmq-int8-nhwc")
        assert "Conv2dInt8Nhwc" not in scheduled_rules(model, target).values()
        nchw = run(model, {"x": x}, target)
    np.testing.assert_array_equal(nhwc, nchw)


@pytest.mark.parametrize("c,f,hw,k,stride", [
    (64, 256, 14, 1, 1),  # 2 vectors x 14 columns
    (32, 48, 7, 3, 1),  # 48 filters: 1 vector; 7 rows: channel blocks in parallel
    (4, 64, 30, 7, 2),  # the stem: 4 channels, 7x7 stride 2, 12 columns of a 12-pixel row
    (128, 64, 56, 1, 2),  # strided 1x1, read in place
    (16, 32, 28, 3, 1),  # 28 rows: rows in parallel, 14 columns
])
def test_rule_exact(rng, c, f, hw, k, stride):
    w = rng.integers(-128, 128, (f, c, k, k)).astype("int8")
    x = rng.integers(0, 256, (1, hw, hw, c)).astype("uint8")
    model = relax_model("q", {"x": ((1, hw, hw, c), "uint8")}, lambda bb, x: R.nn.conv2d(
        x, const(w.transpose(0, 2, 3, 1).copy()), strides=stride, data_layout="NHWC",
        kernel_layout="OHWI", out_dtype="int32"))
    mod = scheduled_module(model, TARGET)
    assert {str(f.attrs["tvmq.schedule_rule"]) for _, f in mod.functions_items()
            if isinstance(f, tvm.tirx.PrimFunc)} == {"Conv2dInt8Nhwc"}
    assert 'sblock("pad_temp' not in mod.script()  # reads its input in place, no copy
    ref = conv_ref(x.transpose(0, 3, 1, 2).astype(np.float64), w.astype(np.float64), stride, 0, 1)
    out = run(model, {"x": x}, TARGET)
    np.testing.assert_array_equal(out.transpose(0, 3, 1, 2), ref.astype(np.int64))


@pytest.mark.parametrize("c,f,hw,k,stride", [
    (256, 1024, 14, 1, 1),  # 1 vector x 7 columns
    (64, 256, 56, 1, 1),  # 2 vectors x 4 columns, rows in parallel
    (64, 64, 58, 3, 1),  # 3x3 on a padded 56x56 plane
    (24, 8, 12, 3, 2),  # 8 filters: one vector; 5 columns of a 5-pixel row
])
def test_rule_exact_avx2(rng, c, f, hw, k, stride):
    """AVX2 (``vpmaddubsw``) with 7-bit weights at their edges and uint8 inputs 0..255; the
    direct kernel (3x3 stride-1 convs otherwise go Winograd: test_winograd_int8.py)."""
    w = _edges(rng, (f, c, k, k), -64, 63)
    x = rng.integers(0, 256, (1, hw, hw, c)).astype("uint8")
    model = relax_model("q", {"x": ((1, hw, hw, c), "uint8")}, lambda bb, x: R.nn.conv2d(
        x, const(w.transpose(0, 2, 3, 1).copy()), strides=stride, data_layout="NHWC",
        kernel_layout="OHWI", out_dtype="int32"))
    rules = scheduled_rules(model, "x86-avx2", int8_winograd=False)
    assert set(rules.values()) == {"Conv2dInt8Nhwc"}
    ref = conv_ref(x.transpose(0, 3, 1, 2).astype(np.float64), w.astype(np.float64), stride, 0, 1)
    out = run(model, {"x": x}, "x86-avx2", int8_winograd=False)
    np.testing.assert_array_equal(out, ref.transpose(0, 2, 3, 1).astype(np.int64))


def test_avx2_full_range_weights_stay_nchw(rng):
    """``vpmaddubsw`` saturates with 8-bit weights: such convs keep the NCHW kernels."""
    w = rng.integers(-128, 128, (16, 8, 1, 1)).astype("int8")
    mod = relax_model("q", {"x": ((1, 8, 6, 6), "uint8")}, lambda bb, x: R.nn.conv2d(
        x, const(w), out_dtype="int32")).mod
    tvm.ir.assert_structural_equal(Int8ConvNhwc(AVX2)(mod), mod)


@pytest.mark.parametrize("knobs", [{"int8nhwc.order": "channels"}, {"int8nhwc.vectors": 4,
                                   "int8nhwc.columns": 7}, {"int8nhwc.columns": 28,
                                                            "int8nhwc.vectors": 1}])
def test_rule_knobs_exact(rng, knobs):
    w = rng.integers(-128, 128, (64, 32, 1, 1)).astype("int8")
    x = rng.integers(0, 256, (1, 28, 28, 32)).astype("uint8")
    model = relax_model("q", {"x": ((1, 28, 28, 32), "uint8")}, lambda bb, x: R.nn.conv2d(
        x, const(w.transpose(0, 2, 3, 1).copy()), data_layout="NHWC", kernel_layout="OHWI",
        out_dtype="int32"))
    with knob_session(knobs) as session:
        out = run(model, {"x": x}, TARGET)
    assert {k: session.chosen()[k] for k in knobs} == knobs
    ref = np.einsum("nhwc,fc->nhwf", x.astype(np.int64), w[:, :, 0, 0].astype(np.int64))
    np.testing.assert_array_equal(out, ref)


@pytest.mark.parametrize("isa,f,width,tile", [
    (VNNI, 256, 56, (2, 8)), (VNNI, 256, 14, (2, 14)), (VNNI, 48, 7, (1, 7)),
    (VNNI, 64, 28, (2, 14)),
    # AVX2: 10 accumulators of the 16 registers; 1 x 7 beats 2 x 2 on 14- and 7-pixel rows
    (AVX2, 256, 56, (2, 4)), (AVX2, 64, 28, (2, 4)), (AVX2, 1024, 14, (1, 7)),
    (AVX2, 512, 7, (1, 7)), (AVX2, 24, 12, (1, 6))])
def test_register_tile(isa, f, width, tile):
    assert register_tile(f, width, isa) == tile


def test_transpose_to_nhwc_exact(rng):
    """The stem's input: quantize, pad to 4 channels, shift, pad the plane, transpose."""
    def body(bb, x):
        q = bb.emit(R.astype(R.clip(R.round(R.divide(x, relax.const(np.float32(0.04)))),
                                    -127, 127), "int8"))
        q = bb.emit(R.nn.pad(q, [0, 0, 0, 1, 0, 0, 0, 0], "constant", 0.0))
        u = bb.emit(R.astype(R.add(R.astype(q, "int16"), relax.const(128, "int16")), "uint8"))
        p = bb.emit(R.nn.pad(u, [0, 0, 0, 0, 3, 3, 3, 3], "constant", 128.0))
        return R.permute_dims(p, [0, 2, 3, 1])

    model = relax_model("t", {"x": ((1, 3, 26, 26), "float32")}, body)
    assert set(scheduled_rules(model, TARGET).values()) == {"TransposeToNhwc8"}
    x = ((rng.random((1, 3, 26, 26)) - 0.5) * 12).astype("float32")
    q = np.clip(np.round(x / np.float32(0.04)), -127, 127).astype("int8")
    u = (np.pad(q, ((0, 0), (0, 1), (0, 0), (0, 0))).astype(np.int16) + 128).astype("uint8")
    ref = np.pad(u, ((0, 0), (0, 0), (3, 3), (3, 3)), constant_values=128)
    np.testing.assert_array_equal(run(model, {"x": x}, TARGET), ref.transpose(0, 2, 3, 1))


@pytest.mark.parametrize("c,f,hw,k,stride", [
    (32, 16, 1, 1, 1),  # 1x1 spatial
    (6, 16, 10, 3, 1),  # input channels padded to 8 (PadInt8ConvChannels), then shifted
    (128, 32, 14, 1, 1),
    (128, 32, 28, 1, 2),  # strided 1x1, read in place
    (8, 48, 9, 3, 2),  # strided 3x3, 48 filters (one vector per tile)
])
def test_int8_graph_edges_exact(rng, c, f, hw, k, stride):
    """int8 activations and weights at their extremes, through the shift to uint8 (padding
    with the shifted zero) and the NHWC rewrite."""
    w = _edges(rng, (f, c, k, k), -128, 127)
    model = relax_model("qconv", {"x": ((1, c, hw, hw), "int8")}, lambda bb, x:
                        R.nn.conv2d(x, const(w), strides=stride, padding=k // 2,
                                    out_dtype="int32"))
    assert "Conv2dInt8Nhwc" in scheduled_rules(model, TARGET).values()
    x = _edges(rng, (1, c, hw, hw), -128, 127)
    ref = conv_ref(x.astype(np.float64), w.astype(np.float64), stride, k // 2, 1)
    np.testing.assert_array_equal(run(model, {"x": x}, TARGET), ref.astype(np.int64))


@pytest.mark.parametrize("flag", [[], ["--int8-nchw"]])
def test_cli_int8_nchw_flag(tmp_path, flag):
    import onnx

    from tvmq.cli import main
    from tvmq.zoo import GraphBuilder

    g = GraphBuilder("convs", seed=0)
    x = g.input("x", [1, 16, 8, 8])
    y = g.op("Relu", [g.op("Conv", [x, g.weight([32, 16, 1, 1])])])
    y = g.op("Relu", [g.op("Conv", [y, g.weight([32, 32, 3, 3])], pads=[1, 1, 1, 1])])
    onnx.save(g.build([y]), tmp_path / "m.onnx")
    np.savez(tmp_path / "calib.npz", x=np.random.default_rng(0).standard_normal(
        (1, 16, 8, 8)).astype("float32"))
    assert main(["compile", str(tmp_path / "m.onnx"), "--target", TARGET, "-o",
                 str(tmp_path / "m.so"), "--dump-ir", str(tmp_path / "ir"), "--quantize", "int8",
                 "--calib", str(tmp_path / "calib.npz"), *flag]) == 0
    ir = (tmp_path / "ir" / "02_rewrite.py").read_text()
    assert ('data_layout="NHWC"' in ir) is (not flag)
