"""WinogradInt8Nhwc: int8 NHWC 3x3 stride-1 convs as exact integer Winograd F(2x2, 3x3)."""

from __future__ import annotations

import numpy as np
import pytest
from tvm.relax import op as R

from tvmq.schedule import WinogradInt8Nhwc
from tvmq.schedule.winograd_int8 import MAX_CHANNELS, transform_filter

from .conftest import const, relax_model, run, scheduled_rules
from .test_conv2d_rule import conv_ref
from .test_winograd import _ops
from .test_x86_int8 import _edges

TARGET = "x86-avx2"
_BT = np.array([[1, 0, -1, 0], [0, 1, 1, 0], [0, -1, 1, 0], [0, 1, 0, -1]], np.int64)
_AT = np.array([[1, 1, 1, 0], [0, 1, -1, -1]], np.int64)


def _nhwc_conv(w_oihw: np.ndarray, c: int, hw: int, dtype: str = "uint8", stride: int = 1):
    return relax_model("q", {"x": ((1, hw, hw, c), dtype)}, lambda bb, x: R.nn.conv2d(
        x, const(w_oihw.transpose(0, 2, 3, 1).copy()), strides=stride, data_layout="NHWC",
        kernel_layout="OHWI", out_dtype="int32"))


def test_integer_transforms_are_exact_and_fit_int16(rng):
    """``A^T [U * (B^T d B)] A / 4`` over one 4x4 tile is the 2x2 direct conv, in integers;
    the extreme inputs and filters keep ``V`` and ``U`` within int16."""
    w = _edges(rng, (8, 5, 3, 3), -128, 127)
    u = transform_filter(w.transpose(0, 2, 3, 1)).astype(np.int64).reshape(4, 4, 5, 8)
    for d in (rng.integers(0, 256, (5, 4, 4)), np.full((5, 4, 4), 255), np.full((5, 4, 4), -128)):
        v = np.einsum("ai,cij,bj->abc", _BT, d, _BT)
        m = np.einsum("abc,abcf->abf", v, u)
        y4 = np.einsum("ia,abf,jb->ijf", _AT, m, _AT)
        direct = np.einsum("cij,fcij->f", d[:, :3, :3], w)
        assert (y4 % 4 == 0).all() and (y4[0, 0] // 4 == direct).all()
        assert np.abs(v).max() <= 1020
    extreme = transform_filter(np.full((8, 3, 3, 5), -128, np.int8))
    assert np.abs(extreme.astype(np.int64)).max() == 9 * 128


def test_pass_rewrites_only_even_unpadded_3x3_stride_1(rng):
    w = rng.integers(-64, 64, (16, 8, 3, 3)).astype("int8")
    mod = WinogradInt8Nhwc()(_nhwc_conv(w, 8, 10).mod)
    assert _ops(mod) == ["winograd_int8_input", "relax.matmul", "winograd_int8_output"]
    wide = np.zeros((8, MAX_CHANNELS + 1, 3, 3), np.int8)  # |M| could pass int32
    for model in (_nhwc_conv(w, 8, 9),  # 7x7 output: odd
                  _nhwc_conv(wide, MAX_CHANNELS + 1, 4),
                  _nhwc_conv(w, 8, 10, stride=2),
                  _nhwc_conv(rng.integers(-64, 64, (16, 8, 1, 1)).astype("int8"), 8, 10)):
        assert _ops(WinogradInt8Nhwc()(model.mod)) == ["relax.nn.conv2d"]


@pytest.mark.parametrize("c,f,hw,dtype", [
    (64, 64, 58, "uint8"),  # ResNet-50's 56x56 3x3 (padded input)
    (256, 256, 16, "uint8"),  # its 14x14 one
    (6, 24, 12, "uint8"),  # channels not a multiple of the transforms' vector
    (32, 16, 10, "int8"),  # int8 activations
])
def test_exact_against_numpy(rng, c, f, hw, dtype):
    """Full-range int8 filters at their extremes and inputs over the whole range."""
    w = _edges(rng, (f, c, 3, 3), -128, 127)
    lo, hi = (0, 256) if dtype == "uint8" else (-128, 128)
    x = rng.integers(lo, hi, (1, hw, hw, c)).astype(dtype)
    x[0, :4, :4] = hi - 1
    model = _nhwc_conv(w, c, hw, dtype)
    assert "MatmulInt8" in scheduled_rules(model, TARGET).values()
    ref = conv_ref(x.transpose(0, 3, 1, 2).astype(np.float64), w.astype(np.float64), 1, 0, 1)
    out = run(model, {"x": x}, TARGET)
    np.testing.assert_array_equal(out, ref.transpose(0, 2, 3, 1).astype(np.int64))


def test_quantized_nchw_conv_takes_it_on_avx2_and_matches_the_direct_kernel(rng):
    """A w7a8 NCHW conv goes NHWC (`Int8ConvNhwc`) and then Winograd; bit-identical to the
    direct NHWC kernel (``int8_winograd=False``)."""
    w = _edges(rng, (64, 64, 3, 3), -64, 63)
    model = relax_model("q", {"x": ((1, 64, 30, 30), "uint8")},
                        lambda bb, x: R.nn.conv2d(x, const(w), out_dtype="int32"))
    x = rng.integers(0, 256, (1, 64, 30, 30)).astype("uint8")
    rules = scheduled_rules(model, TARGET)
    assert "MatmulInt8" in rules.values() and "Conv2dInt8Nhwc" not in rules.values()
    winograd = run(model, {"x": x}, TARGET)
    assert "Conv2dInt8Nhwc" in scheduled_rules(model, TARGET, int8_winograd=False).values()
    direct = run(model, {"x": x}, TARGET, int8_winograd=False)
    np.testing.assert_array_equal(winograd, direct)
    assert winograd.shape == (1, 64, 28, 28) and winograd.any()


def test_vnni_targets_keep_the_direct_kernel(rng):
    """``vpdpbusd`` does 64 multiply-adds per instruction: no Winograd with AVX-512 VNNI."""
    w = rng.integers(-64, 64, (64, 64, 3, 3)).astype("int8")
    assert "Conv2dInt8Nhwc" in scheduled_rules(_nhwc_conv(w, 64, 16), "x86-vnni").values()


@pytest.mark.parametrize("flag", [[], ["--int8-direct"]])
def test_cli_int8_direct_flag(tmp_path, flag):
    import onnx

    from tvmq.cli import main
    from tvmq.zoo import GraphBuilder

    g = GraphBuilder("convs", seed=0)
    x = g.input("x", [1, 16, 8, 8])
    y = g.op("Relu", [g.op("Conv", [x, g.weight([32, 16, 3, 3])], pads=[1, 1, 1, 1])])
    onnx.save(g.build([y]), tmp_path / "m.onnx")
    np.savez(tmp_path / "calib.npz", x=np.random.default_rng(0).standard_normal(
        (1, 16, 8, 8)).astype("float32"))
    assert main(["compile", str(tmp_path / "m.onnx"), "--target", TARGET, "-o",
                 str(tmp_path / "m.so"), "--dump-ir", str(tmp_path / "ir"), "--quantize", "w7a8",
                 "--calib", str(tmp_path / "calib.npz"), *flag]) == 0
    ir = (tmp_path / "ir" / "02_rewrite.py").read_text()
    assert ("winograd_int8_input" in ir) is (not flag)


@pytest.mark.parametrize("dtype,value", [("uint8", 7), ("int8", -3)])
def test_one_pixel_pad_is_folded_into_the_input_transform(rng, dtype, value):
    """The zero point pad before a quantized conv is read by the input transform (no pad
    kernel); the border windows see ``value``."""
    w = _edges(rng, (16, 8, 3, 3), -128, 127)
    lo, hi = (0, 256) if dtype == "uint8" else (-128, 128)
    x = rng.integers(lo, hi, (1, 12, 12, 8)).astype(dtype)
    model = relax_model("q", {"x": ((1, 12, 12, 8), dtype)}, lambda bb, xv: R.nn.conv2d(
        bb.emit(R.nn.pad(xv, [0, 0, 1, 1, 1, 1, 0, 0], "constant", float(value))),
        const(w.transpose(0, 2, 3, 1).copy()), data_layout="NHWC", kernel_layout="OHWI",
        out_dtype="int32"))
    assert _ops(WinogradInt8Nhwc()(model.mod)) == [
        "winograd_int8_input", "relax.matmul", "winograd_int8_output"]
    xp = np.pad(x.astype(np.float64), ((0, 0), (1, 1), (1, 1), (0, 0)), constant_values=value)
    ref = conv_ref(xp.transpose(0, 3, 1, 2), w.astype(np.float64), 1, 0, 1)
    out = run(model, {"x": x}, TARGET)
    np.testing.assert_array_equal(out, ref.transpose(0, 2, 3, 1).astype(np.int64))
