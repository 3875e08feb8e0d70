"""WinogradInt8Nhwc: int8 NHWC 3x3 stride-1 convs as exact integer Winograd F(4x4)/F(2x2)."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax
from tvm.relax import op as R

from tvmq.schedule import WinogradInt8Nhwc
from tvmq.schedule.winograd_tiles import F2, F4, MIN_TILES_F4

from .conftest import const, relax_model, run, scheduled_rules
from .test_winograd import _ops
from .test_x86_int8 import _edges

TARGET = "x86-avx2"


def _nhwc_conv(w_oihw: np.ndarray, c: int, hw: int, dtype: str = "uint8", stride: int = 1):
    return relax_model("q", {"x": ((1, hw, hw, c), dtype)}, lambda bb, x: R.nn.conv2d(
        x, const(w_oihw.transpose(0, 2, 3, 1).copy()), strides=stride, data_layout="NHWC",
        kernel_layout="OHWI", out_dtype="int32"))


def _conv_int64(x_nhwc: np.ndarray, w_oihw: np.ndarray) -> np.ndarray:
    """The unpadded stride-1 conv in int64 (`conv_ref` rounds to float32)."""
    win = np.lib.stride_tricks.sliding_window_view(x_nhwc.astype(np.int64), (3, 3), axis=(1, 2))
    return np.einsum("nhwcij,fcij->nhwf", win, w_oihw.astype(np.int64))


def _gemms(mod) -> list[int]:
    """The batch (``n^2``) of each Winograd GEMM's constant filter in ``mod``."""
    found = []

    def visit(expr):
        if (isinstance(expr, relax.Call) and isinstance(expr.op, tvm.ir.Op)
                and expr.op.name == "relax.matmul"
                and isinstance(expr.args[1], tvm.ir.expr.GenericConst)):
            found.append(int(expr.args[1].value.shape[0]))

    for func in mod.functions.values():
        if isinstance(func, relax.Function):
            relax.analysis.post_order_visit(func, visit)
    return found


def test_pass_picks_f4_then_f2_then_the_direct_conv(rng):
    """F(4x4) from `MIN_TILES_F4` tiles (24x24, and 14x14 and 30x30 ending in partial tiles),
    F(2x2) on fewer (12x12) or where F(4x4) could overflow, else direct."""
    w = rng.integers(-64, 64, (16, 8, 3, 3)).astype("int8")
    for hw, batch in ((26, 36), (16, 36), (32, 36), (14, 16)):
        mod = WinogradInt8Nhwc()(_nhwc_conv(w, 8, hw).mod)
        assert _ops(mod) == ["winograd_int8_input", "relax.matmul", "winograd_int8_output"]
        assert _gemms(mod) == [batch]
    assert 9 < MIN_TILES_F4 <= 16
    mod = WinogradInt8Nhwc()(_nhwc_conv(np.full((8, 256, 3, 3), -128, np.int8), 256, 26).mod)
    assert _gemms(mod) == [16]
    for model in (_nhwc_conv(np.full((8, 2048, 3, 3), -128, np.int8), 2048, 4),
                  _nhwc_conv(w, 8, 9),  # 7x7: 4 F(4x4) tiles, odd for F(2x2)
                  _nhwc_conv(rng.integers(-64, 64, (16, 7, 3, 3)).astype("int8"), 7, 26),
                  _nhwc_conv(w, 8, 10, stride=2),
                  _nhwc_conv(rng.integers(-64, 64, (16, 8, 1, 1)).astype("int8"), 8, 10)):
        assert _ops(WinogradInt8Nhwc()(model.mod)) == ["relax.nn.conv2d"]


@pytest.mark.parametrize("c,f,hw,dtype,wmin,tile", [
    (64, 64, 58, "uint8", -128, F4),  # ResNet-50's 56x56 3x3 (padded input)
    (16, 16, 32, "uint8", -128, F4),  # 30x30: partial tiles
    (256, 256, 16, "uint8", -64, F4),  # ResNet-50's 14x14 one (7-bit filter): partial tiles
    (256, 256, 16, "uint8", -128, F2),  # the same with full-range extremes
    (64, 64, 14, "uint8", -128, F2),  # 12x12: 9 tiles
    (6, 24, 26, "uint8", -128, F4),  # channels not a multiple of the transforms' vector
    (32, 16, 26, "int8", -128, F4),  # int8 activations
])
def test_exact_against_numpy(rng, c, f, hw, dtype, wmin, tile):
    """Int8 filters at their extremes ([wmin, -wmin - 1]) and inputs over the whole range."""
    w = _edges(rng, (f, c, 3, 3), wmin, -wmin - 1)
    lo, hi = (0, 256) if dtype == "uint8" else (-128, 128)
    x = rng.integers(lo, hi, (1, hw, hw, c)).astype(dtype)
    x[0, :4, :4] = hi - 1
    model = _nhwc_conv(w, c, hw, dtype)
    assert _gemms(WinogradInt8Nhwc()(model.mod)) == [tile.window**2]
    assert "MatmulInt8" in scheduled_rules(model, TARGET).values()
    np.testing.assert_array_equal(run(model, {"x": x}, TARGET), _conv_int64(x, w))


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


@pytest.mark.parametrize("dtype,value,hw", [("uint8", 7, 12), ("int8", -3, 12), ("uint8", 9, 26)])
def test_one_pixel_pad_is_folded_into_the_input_transform(rng, dtype, value, hw):
    """The zero point pad before a quantized conv is read by the input transform (no pad
    kernel); the border windows see ``value`` (F(2x2) at 12x12, F(4x4) at 26x26, whose last
    tiles are partial)."""
    w = _edges(rng, (16, 8, 3, 3), -128, 127)
    lo, hi = (0, 256) if dtype == "uint8" else (-128, 128)
    x = rng.integers(lo, hi, (1, hw, hw, 8)).astype(dtype)
    model = relax_model("q", {"x": ((1, hw, hw, 8), dtype)}, lambda bb, xv: R.nn.conv2d(
        bb.emit(R.nn.pad(xv, [0, 0, 1, 1, 1, 1, 0, 0], "constant", float(value))),
        const(w.transpose(0, 2, 3, 1).copy()), data_layout="NHWC", kernel_layout="OHWI",
        out_dtype="int32"))
    assert _ops(WinogradInt8Nhwc()(model.mod)) == [
        "winograd_int8_input", "relax.matmul", "winograd_int8_output"]
    assert _gemms(WinogradInt8Nhwc()(model.mod)) == [36 if hw > 16 else 16]
    xp = np.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)), constant_values=value)
    np.testing.assert_array_equal(run(model, {"x": x}, TARGET), _conv_int64(xp, w))
