"""x86 int8 paths: AVX2 vpmaddubsw/vpmaddwd kernels, uint8 shift, exact fp32 route, w7a8."""

from __future__ import annotations

import re

import numpy as np
import pytest
import tvm
from tvm import relax

import tvmq
from tvmq.errors import ConfigError
from tvmq.quant import QuantConfig, get_scheme
from tvmq.schedule import Int8AsFp32, ShiftInt8Activations
from tvmq.schedule.cpu.conv2d_int8 import _register_tile
from tvmq.schedule.target_info import CpuInfo

from .conftest import const, relax_model, run, scheduled_rules
from .test_conv2d_rule import conv_ref


def _edges(rng, shape, lo, hi):
    """Random ints in [lo, hi] with every 5th value lo and every 7th (offset 1) hi."""
    x = rng.integers(lo, hi + 1, shape).astype("int8")
    flat = x.reshape(-1)
    flat[::5] = lo
    flat[1::7] = hi
    return x


def _asm_counts(model, target: str) -> dict[str, int]:
    lib = tvmq.compile(model, target)._executable.mod.imports[0]
    asm = lib.inspect_source("asm")
    return {op: len(re.findall(op, asm)) for op in ("vpmaddubsw", "vpmaddwd", "zmm")}


def _matmul(m, k, w):
    return relax_model("qmm", {"x": ((m, k), "int8")}, lambda bb, x: relax.op.matmul(
        x, const(w), out_dtype="int32"))


# weights in [-64, 63] take vpmaddubsw; full-range int8 weights the exact vpmaddwd path
@pytest.mark.parametrize("wlo,whi", [(-64, 63), (-128, 127)])
@pytest.mark.parametrize("m,k,n", [(1, 64, 24), (7, 2048, 16), (12, 36, 40)])
def test_avx2_matmul_edges_exact(wlo, whi, m, k, n, rng):
    w = _edges(rng, (k, n), wlo, whi)
    model = _matmul(m, k, w)
    assert "MatmulInt8" in scheduled_rules(model, "x86-avx2").values()
    x = _edges(rng, (m, k), -128, 127)
    ref = x.astype(np.int64) @ w.astype(np.int64)
    np.testing.assert_array_equal(run(model, {"x": x}, "x86-avx2"), ref)


def test_avx2_matmul_instructions(rng):
    narrow = _asm_counts(_matmul(8, 64, _edges(rng, (64, 32), -64, 63)), "x86-avx2")
    full = _asm_counts(_matmul(8, 64, _edges(rng, (64, 32), -128, 127)), "x86-avx2")
    assert narrow["vpmaddubsw"] > 0 and narrow["zmm"] == 0, narrow
    assert full["vpmaddubsw"] == 0 and full["vpmaddwd"] > 0 and full["zmm"] == 0, full


@pytest.mark.parametrize("target", ["x86-avx2", "host"])
@pytest.mark.parametrize("wlo,whi", [(-64, 63), (-128, 127)])
@pytest.mark.parametrize("c,f,hw,k,stride", [
    (16, 24, 7, 3, 1),  # 7x7 spatial, 3 vectors of 8 channels
    (8, 8, 9, 3, 2),  # strided, one vector of output channels
    (32, 16, 1, 1, 1),  # 1x1 spatial
    (6, 16, 10, 3, 1),  # input channels padded to 8 (PadInt8ConvChannels)
    (128, 32, 14, 1, 1),  # 1x1 over 196 pixels: the tile over the flattened plane
    (128, 32, 28, 1, 2),  # strided 1x1: a strided slice, then the flattened tile
])
def test_int8_conv_edges_exact(target, wlo, whi, c, f, hw, k, stride, rng):
    w = _edges(rng, (f, c, k, k), wlo, whi)
    model = relax_model("qconv", {"x": ((1, c, hw, hw), "int8")}, lambda bb, x:
                        relax.op.nn.conv2d(x, const(w), strides=stride, padding=k // 2,
                                           out_dtype="int32"))
    nchw = {"int8_nhwc": False}  # the NCHW schedules; the NHWC ones: test_int8_nhwc.py
    assert "Conv2dInt8" in scheduled_rules(model, target, **nchw).values()
    x = _edges(rng, (1, c, hw, hw), -128, 127)
    ref = conv_ref(x.astype(np.float64), w.astype(np.float64), stride, k // 2, 1)
    np.testing.assert_array_equal(run(model, {"x": x}, target, **nchw), ref.astype(np.int64))


@pytest.mark.parametrize("channels,width,pointwise,tile", [
    (1024, 14, True, (32, 14)),  # 1x1: 2 vectors x 14 columns, 28 accumulators
    (1024, 14, False, (32, 7)),  # 3x3: at most 8 columns
    (512, 7, True, (32, 7)),
    (16, 14, True, (16, 7)),  # one vector of channels: the 8-column limit
])
def test_avx512_register_tile(channels, width, pointwise, tile):
    """The channel-vector tile of `Conv2dInt8` with 32 vector registers: 1x1 convs take up to 14
    columns with 2 vectors of output channels, other convs up to 8."""
    info = CpuInfo(512, 2, 32)
    assert _register_tile(info, 16, channels, width, True, pointwise) == tile


def _conv_module(w, pad):
    return relax_model("qconv", {"x": ((1, w.shape[1], 6, 6), "int8")}, lambda bb, x:
                       relax.op.nn.conv2d(x, const(w), padding=pad, out_dtype="int32")).mod


def test_shift_pass_uint8_input_and_bias(rng):
    w = _edges(rng, (8, 4, 3, 3), -64, 63)
    text = ShiftInt8Activations(_conv_module(w, 1)).script()
    # shifted first, then padded with the shifted zero: the shift fuses into the producer's
    # epilogue and the padding stays a constant border
    assert re.search(r'dtype="uint8"\) = R\.nn\.pad\(.*pad_value=128', text), text
    bias = (-128 * w.astype(np.int64).sum(axis=(1, 2, 3))).astype(np.int32)
    after = ShiftInt8Activations(_conv_module(w, 1))
    consts = [c.value.numpy() for c in _constants(after["main"])]
    assert any(c.shape == (1, 8, 1, 1) and np.array_equal(c.reshape(-1), bias) for c in consts)
    wide = _edges(rng, (8, 4, 3, 3), -65, 63)  # one value outside [-64, 63]: untouched
    assert "uint8" not in ShiftInt8Activations(_conv_module(wide, 1)).script()


def _constants(func):
    found = []
    relax.analysis.post_order_visit(func.body, lambda e: found.append(e) if isinstance(
        e, tvm.ir.expr.GenericConst) else None)
    return found


@pytest.mark.parametrize("target", ["x86-avx2", "host"])
def test_int8_as_fp32_exact_at_the_limit(target):
    """1024 products of -128 x -128 sum to 2^24: still exact in fp32."""
    w = np.full((1024, 10), -128, "int8")
    w[::3] = 127
    model = _matmul(2, 1024, w)
    x = np.full((2, 1024), -128, "int8")
    x[1, ::2] = 127
    assert "float32" in Int8AsFp32(model.mod).script()
    np.testing.assert_array_equal(run(model, {"x": x}, target),
                                  x.astype(np.int64) @ w.astype(np.int64))


def test_int8_as_fp32_only_when_exact_and_faster(rng):
    assert "float32" not in Int8AsFp32(_matmul(2, 1025, _edges(rng, (1025, 10), -128, 127))
                                       .mod).script()  # 2^24 could be exceeded
    assert "float32" not in Int8AsFp32(_matmul(2, 64, _edges(rng, (64, 16), -128, 127))
                                       .mod).script()  # the int8 rule handles it
    w = _edges(rng, (8, 1, 3, 3), -128, 127)  # a 1-channel stem: 9 terms
    assert "float32" in Int8AsFp32(_conv_module(w, 1)).script()
    model = relax_model("stem", {"x": ((2, 1, 8, 8), "int8")}, lambda bb, x:
                        relax.op.nn.conv2d(x, const(w), padding=1, out_dtype="int32"))
    x = _edges(rng, (2, 1, 8, 8), -128, 127)
    ref = conv_ref(x.astype(np.float64), w.astype(np.float64), 1, 1, 1)
    np.testing.assert_array_equal(run(model, {"x": x}, "host"), ref.astype(np.int64))


def test_w7a8_scheme():
    assert get_scheme("w7a8").weight_bits == 7 and QuantConfig(weight_bits=7).weight_qmax == 63
    with pytest.raises(ConfigError, match="weight_bits"):
        QuantConfig(weight_bits=6)


def test_w7a8_model_avx2_matches_host():
    """A w7a8-quantized CNN: the AVX2 vpmaddubsw build equals the AVX-512 build bit for bit."""
    g = tvmq.zoo.GraphBuilder("cnn", 0)
    x = g.input("x", [1, 16, 12, 12])
    y = g.op("Relu", [g.op("Conv", [x, g.weight([32, 16, 3, 3]), g.weight([32], 0.1)],
                           kernel_shape=[3, 3], pads=[1, 1, 1, 1])])
    y = g.op("Conv", [y, g.weight([32, 32, 1, 1]), g.weight([32], 0.1)], kernel_shape=[1, 1])
    model = tvmq.load_onnx(g.build([y]))
    calib = [model.random_inputs(i) for i in range(3)]
    q = tvmq.quantize(model, calib, get_scheme("w7a8"))
    inputs = model.random_inputs(7)
    avx2 = tvmq.compile(q, "x86-avx2")
    assert _asm_counts(q, "x86-avx2")["vpmaddubsw"] > 0
    np.testing.assert_array_equal(avx2.run(inputs)[0], tvmq.compile(q, "host").run(inputs)[0])


@pytest.mark.parametrize("target", ["x86-avx2", "host"])
@pytest.mark.parametrize("wlo,whi", [(-64, 63), (-128, 127)])
@pytest.mark.parametrize("c,f,hw", [
    (32, 64, 8),  # 64 pixels: 8 vectors
    (64, 16, 12),  # channel-reducing, 144 pixels
    (36, 24, 4),  # 36 channels, one vector of pixels
    (16, 32, 7),  # 49 pixels: not whole vectors, the channel-vector tile
])
def test_avx2_pixel_tile_1x1_exact(target, wlo, whi, c, f, hw, rng):
    """A 1x1 conv with 7-bit weights over whole vectors of 8 pixels takes the pixel tile
    (weight read as [F, 1, 1, C], input interleaved by 4 channels); full-range weights and odd
    planes keep the channel-vector tile. Bit-exact either way. (NCHW kernels: with
    ``int8_nhwc`` 7-bit convs run NHWC, tests/schedule/test_int8_nhwc.py.)"""
    from tvmq.schedule.cpu.conv1x1_int8 import AVX2, _tile

    from .test_vnni_u8 import _scheduled_script

    w = _edges(rng, (f, c, 1, 1), wlo, whi)
    model = relax_model("qconv", {"x": ((1, c, hw, hw), "int8")}, lambda bb, x:
                        relax.op.nn.conv2d(x, const(w), out_dtype="int32"))
    if target == "x86-avx2" or "vnni" not in [i.value for i in tvmq.get_target("host").int8]:
        # (VNNI hosts take their own pixel tile: tests/schedule/test_vnni_u8.py)
        pixel_tile = (hw * hw) % 8 == 0 and whi == 63
        script = _scheduled_script(model, target, int8_nhwc=False)
        assert (f"T.int64({f}), T.int64(1), T.int64(1), T.int64({c})" in script) == pixel_tile
    x = _edges(rng, (1, c, hw, hw), -128, 127)
    ref = conv_ref(x.astype(np.float64), w.astype(np.float64), 1, 0, 1)
    np.testing.assert_array_equal(run(model, {"x": x}, target, int8_nhwc=False),
                                  ref.astype(np.int64))
    fr, pv = _tile(AVX2, f, c, hw * hw // 8 or 1)
    assert fr * pv <= AVX2.max_sums and fr * pv + fr + AVX2.spare <= 16


def _resnet_14x14_block() -> tvmq.Model:
    """The 1x1 convs of ResNet's 14x14 stage, with a residual add: bias, requantize, add."""
    g = tvmq.zoo.GraphBuilder("block14", 0)
    x = g.input("x", [1, 64, 28, 28])
    s = g.op("Conv", [x, g.weight([64, 64, 1, 1]), g.weight([64], 0.1)], kernel_shape=[1, 1],
             strides=[2, 2])
    y = g.op("Relu", [g.op("Conv", [s, g.weight([48, 64, 1, 1]), g.weight([48], 0.1)],
                           kernel_shape=[1, 1])])
    y = g.op("Conv", [y, g.weight([64, 48, 1, 1]), g.weight([64], 0.1)], kernel_shape=[1, 1])
    return tvmq.load_onnx(g.build([g.op("Relu", [g.op("Add", [y, s])])]))


def test_avx2_flattened_1x1_tile_matches_row_tile():
    """On AVX2 with uint8 activations, 1x1 convs over 14x14 tile 16 channels x 4 pixels of
    the flattened plane (a row of 14 holds no whole tile of 4) and interleave their input one
    14-pixel row per call; the output equals the row tile's (8 channels x 7 columns) bit for bit,
    epilogues included. The strided projection is sliced to 14x14 first. (NCHW kernels:
    ``int8_nhwc=False``.)"""
    from tvmq.schedule.knobs import knob_session

    from .test_vnni_u8 import _scheduled_script

    model = _resnet_14x14_block()
    q = tvmq.quantize(model, [model.random_inputs(i) for i in range(3)], get_scheme("w7a8"))
    script = _scheduled_script(q, "x86-avx2", int8_nhwc=False)
    assert "strided_slice" in script
    for f in (64, 48):  # the int32 accumulators of the flattened tiles
        assert f"T.int64(1), T.int64(196), T.int64({f})), \"int32\"" in script, f
    assert "uint32x14" in script  # the 14-pixel row interleave
    inputs = model.random_inputs(4)
    flat = tvmq.compile(q, "x86-avx2", int8_nhwc=False).run(inputs)[0]
    with knob_session({"int8conv.flatten": False}) as session:
        rows = tvmq.compile(q, "x86-avx2", int8_nhwc=False).run(inputs)[0]
    assert session.chosen()["int8conv.flatten"] is False
    np.testing.assert_array_equal(flat, rows)


def test_avx2_3x3_input_copy_is_interleaved(rng):
    """With uint8 activations the shift pass pads the input already, so the conv's own padding
    is a same-shape copy: it is replaced by the vector interleave into ``[N, C/4, H, W, 4]``
    instead of a byte-by-byte scatter; rows of 18 = 16 + 2 pixels take one 16-pixel call and
    two single pixels (`row_parts`), not 9 pixel pairs. (NCHW kernels: ``int8_nhwc=False``.)"""
    from .test_vnni_u8 import _scheduled_script

    w = _edges(rng, (32, 64, 3, 3), -64, 63)
    model = relax_model("qconv", {"x": ((1, 64, 16, 16), "int8")}, lambda bb, x:
                        relax.op.nn.conv2d(x, const(w), padding=1, out_dtype="int32"))
    script = _scheduled_script(model, "x86-avx2", int8_nhwc=False)
    conv = script[script.index("def fused_conv2d"):]
    conv = conv[:conv.index("@T.prim_func") if "@T.prim_func" in conv else None]
    assert "uint32x16" in conv and "uint32x2" not in conv, conv
    assert 'T.sblock("pad_temp")' not in conv, conv
    x = _edges(rng, (1, 64, 16, 16), -128, 127)
    ref = conv_ref(x.astype(np.float64), w.astype(np.float64), 1, 1, 1)
    np.testing.assert_array_equal(run(model, {"x": x}, "x86-avx2", int8_nhwc=False),
                                  ref.astype(np.int64))
