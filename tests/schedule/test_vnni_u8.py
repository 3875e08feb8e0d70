"""AVX-512 VNNI int8 path: uint8 activations (ShiftInt8ActivationsVnni), plain vpdpbusd,
the pixel-vector 1x1 conv tile; bit-exact against integer oracles and the AVX-512 build."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax
from tvm.relax import op as R

import tvmq
from tvmq.compiler import CompileOptions
from tvmq.pipeline import PipelineContext, get_pipeline, run_pipeline
from tvmq.schedule import ShiftInt8Activations, ShiftInt8ActivationsVnni
from tvmq.schedule.cpu.conv1x1_int8 import VNNI, _tile
from tvmq.schedule.cpu.pack_c4 import row_parts
from tvmq.target import get_target

from .conftest import const, relax_model, run, scheduled_rules
from .test_conv2d_rule import conv_ref
from .test_x86_int8 import _edges

NCHW = {"int8_nhwc": False}

pytestmark = pytest.mark.skipif(
    "vnni" not in [i.value for i in get_target("host").int8],
    reason="the host has no AVX-512 VNNI")


def _conv_mod(w: np.ndarray, pad: int, hw: int = 6) -> tvm.IRModule:
    return relax_model("qconv", {"x": ((1, w.shape[1], hw, hw), "int8")}, lambda bb, x:
                       R.nn.conv2d(x, const(w), padding=pad, out_dtype="int32")).mod


def _expected(w: np.ndarray, pad: int, hw: int = 6) -> tvm.IRModule:
    bb = relax.BlockBuilder()
    x = relax.Var("x", relax.TensorType((1, w.shape[1], hw, hw), "int8"))
    with bb.function("main", [x]):
        with bb.dataflow():
            # shifted before the padding (pad value 128), so the shift fuses into the producer
            xu = bb.emit(R.astype(R.add(R.astype(x, "int16"), relax.const(128, "int16")),
                                  "uint8"))
            xp = bb.emit(R.nn.pad(xu, [0, 0, 0, 0, pad, pad, pad, pad], "constant", 128.0))
            y = bb.emit(R.nn.conv2d(xp, relax.const(w), padding=0, out_dtype="int32"))
            bias = (-128 * w.astype(np.int64).sum(axis=(1, 2, 3))).astype(np.int32)
            out = bb.emit_output(R.add(y, relax.const(bias.reshape(1, -1, 1, 1))))
        bb.emit_func_output(out)
    return bb.get()


def test_vnni_shift_pass_before_expected(rng):
    w = _edges(rng, (16, 4, 3, 3), -128, 127)  # full-range int8: fine for vpdpbusd
    after = ShiftInt8ActivationsVnni(_conv_mod(w, 1))
    tvm.ir.assert_structural_equal(after, _expected(w, 1))
    # the AVX2 pass leaves full-range weights alone (vpmaddubsw could saturate)
    assert "uint8" not in ShiftInt8Activations(_conv_mod(w, 1)).script()


def _relu_int8(bb: relax.BlockBuilder, x: relax.Expr) -> relax.Var:
    """A quantized ReLU output: int8 in [0, 127]."""
    return bb.emit(R.astype(R.clip(x, 0, 127), "int8"))


def _nonneg_conv_mod(w: np.ndarray, residual: bool) -> tvm.IRModule:
    """float -> quantized ReLU -> 3x3 conv (padded), with the ReLU output also added back
    when ``residual`` (a second reader)."""
    def body(bb, x):
        xi = _relu_int8(bb, x)
        y = R.nn.conv2d(xi, relax.const(w), padding=1, out_dtype="int32")
        return R.add(y, R.astype(xi, "int32")) if residual else y

    return relax_model("relu_conv", {"x": ((1, w.shape[1], 6, 6), "float32")}, body).mod


def _nonneg_expected(w: np.ndarray, residual: bool) -> tvm.IRModule:
    bb = relax.BlockBuilder()
    x = relax.Var("x", relax.TensorType((1, w.shape[1], 6, 6), "float32"))
    with bb.function("main", [x]):
        with bb.dataflow():
            xi = _relu_int8(bb, x)
            # the same bytes: a view when another op reads them too, else a cast that fuses
            # into the producer; padded with 0 and no -128 * sum(W) correction
            xu = bb.emit(R.memory.view(xi, dtype="uint8") if residual else R.astype(xi, "uint8"))
            xp = bb.emit(R.nn.pad(xu, [0, 0, 0, 0, 1, 1, 1, 1], "constant", 0.0))
            y = R.nn.conv2d(xp, relax.const(w), padding=0, out_dtype="int32")
            if residual:
                y = R.add(bb.emit(y), R.astype(xi, "int32"))
            out = bb.emit_output(y)
        bb.emit_func_output(out)
    return bb.get()


@pytest.mark.parametrize("residual", [False, True])
def test_vnni_nonnegative_activations_are_not_shifted(residual, rng):
    w = _edges(rng, (16, 16, 3, 3), -128, 127)
    after = ShiftInt8ActivationsVnni(_nonneg_conv_mod(w, residual))
    tvm.ir.assert_structural_equal(after, _nonneg_expected(w, residual))


def test_vnni_clip_below_zero_is_shifted(rng):
    """A clip to [-1, 127] may leave -1: the +128 shift and its correction stay."""
    w = _edges(rng, (16, 4, 3, 3), -128, 127)
    model = relax_model("conv", {"x": ((1, 4, 6, 6), "float32")}, lambda bb, x: R.nn.conv2d(
        bb.emit(R.astype(R.clip(x, -1, 127), "int8")), relax.const(w), padding=1,
        out_dtype="int32"))
    text = ShiftInt8ActivationsVnni(model.mod).script()
    assert "pad_value=128" in text and "memory.view" not in text, text


def _qop_shift(bb: relax.BlockBuilder, u: relax.Expr) -> relax.Var:
    """uint8 -> int8 as ONNX Runtime's uint8 activations are imported: ``u - 128``."""
    return bb.emit(R.astype(R.subtract(R.astype(u, "int16"), relax.const(128, "int16")),
                            "int8"))


def test_vnni_uint8_import_shift_cancels(rng):
    """A conv on ``i8(u - 128)`` reads ``u`` itself: shifting back would compute ``u`` again."""
    w = _edges(rng, (16, 16, 3, 3), -128, 127)
    model = relax_model("qop", {"u": ((1, 16, 6, 6), "uint8")}, lambda bb, u: R.nn.conv2d(
        _qop_shift(bb, u), const(w), padding=1, out_dtype="int32"))
    bb = relax.BlockBuilder()
    u = relax.Var("u", relax.TensorType((1, 16, 6, 6), "uint8"))
    with bb.function("main", [u]):
        with bb.dataflow():
            _qop_shift(bb, u)  # left for dead-code elimination
            up = bb.emit(R.nn.pad(u, [0, 0, 0, 0, 1, 1, 1, 1], "constant", 128.0))
            y = bb.emit(R.nn.conv2d(up, relax.const(w), padding=0, out_dtype="int32"))
            bias = (-128 * w.astype(np.int64).sum(axis=(1, 2, 3))).astype(np.int32)
            out = bb.emit_output(R.add(y, relax.const(bias.reshape(1, -1, 1, 1))))
        bb.emit_func_output(out)
    tvm.ir.assert_structural_equal(ShiftInt8ActivationsVnni(model.mod), bb.get())
    x = rng.integers(0, 256, (1, 16, 6, 6)).astype(np.uint8)
    ref = conv_ref(x.astype(np.float64) - 128, w.astype(np.float64), 1, 1, 1)
    np.testing.assert_array_equal(run(model, {"u": x}, "host"), ref.astype(np.int64))


def test_vnni_nonnegative_through_max_pool_exact(rng):
    """ReLU -> max pool -> padded 3x3 conv + residual (view shared by the conv and the add):
    exact against integers."""
    w = _edges(rng, (16, 16, 3, 3), -128, 127)

    def body(bb, x):
        xi = bb.emit(R.nn.max_pool2d(_relu_int8(bb, x), pool_size=2, strides=2))
        y = R.nn.conv2d(xi, const(w), padding=1, out_dtype="int32")
        return R.add(y, R.astype(xi, "int32"))

    model = relax_model("relu_pool_conv", {"x": ((1, 16, 12, 12), "float32")}, body)
    assert "memory.view" in ShiftInt8ActivationsVnni(model.mod).script()
    x = rng.uniform(-200, 200, (1, 16, 12, 12)).astype("float32")
    xi = np.clip(x, 0, 127).astype(np.int64).reshape(1, 16, 6, 2, 6, 2).max(axis=(3, 5))
    ref = conv_ref(xi.astype(np.float64), w.astype(np.float64), 1, 1, 1).astype(np.int64) + xi
    np.testing.assert_array_equal(run(model, {"x": x}, "host"), ref)


@pytest.mark.parametrize("shape", [(24, 4, 3, 3), (16, 6, 3, 3)])
def test_vnni_shift_pass_skips_layers_off_the_vnni_kernel(shape, rng):
    """24 output channels (not 16k) or 6 input channels (not 4k): left int8."""
    mod = _conv_mod(_edges(rng, shape, -128, 127), 1)
    tvm.ir.assert_structural_equal(ShiftInt8ActivationsVnni(mod), mod)


def _scheduled_script(model, target: str = "host", **options) -> str:
    spec = get_target(target)
    ctx = PipelineContext(spec, spec.tvm_target(), CompileOptions(**options))
    phases = [p for p in get_pipeline("default", ctx) if p.name != "lower"]
    mod, _ = run_pipeline(model.mod, phases, ctx)
    return mod.script()


@pytest.mark.parametrize("c,f,hw,k,stride,pixel_tile", [
    (32, 128, 4, 1, 1, True),  # 16 pixels: one vector per channel row
    (36, 144, 8, 1, 1, True),  # 36 channels (not 16k), 64 pixels
    (32, 128, 12, 1, 1, True),  # 144 pixels = 9 vectors
    (32, 128, 16, 1, 1, True),  # 16-pixel rows: the 16-wide input interleave
    (32, 128, 7, 1, 1, False),  # 7x7: 49 pixels, channel-vector tile
    (64, 16, 12, 1, 1, True),  # channel-reducing 1x1
    (12, 32, 7, 3, 1, False),  # 3x3, 7x7 spatial: 9-wide padded rows as 8 + 1 pixels
    (16, 32, 28, 3, 1, False),  # 30-wide padded rows as 28 (7 x 4) + 2 pixels
    (8, 48, 9, 3, 2, False),  # strided, 3 vectors of channels
    (36, 16, 1, 1, 1, False),  # 1x1 spatial
])
def test_vnni_u8_conv_exact(c, f, hw, k, stride, pixel_tile, rng):
    w = _edges(rng, (f, c, k, k), -128, 127)
    model = relax_model("qconv", {"x": ((1, c, hw, hw), "int8")}, lambda bb, x:
                        R.nn.conv2d(x, const(w), strides=stride, padding=k // 2,
                                    out_dtype="int32"))
    # the NCHW schedules (on by default here, int8 convs run NHWC: test_int8_nhwc.py)
    assert "Conv2dInt8" in scheduled_rules(model, "host", **NCHW).values()
    packed = f"T.int64({f}), T.int64(1), T.int64(1), T.int64({c})"  # [F, 1, 1, C] weight
    script = _scheduled_script(model, **NCHW)
    assert (packed in script) == pixel_tile
    # the input copy interleaves 4 rows at once wherever a piece of its (padded) rows can
    assert ("uint32x" in script) == any(g for _, g in row_parts(hw + 2 * (k // 2)))
    x = _edges(rng, (1, c, hw, hw), -128, 127)
    ref = conv_ref(x.astype(np.float64), w.astype(np.float64), stride, k // 2, 1)
    np.testing.assert_array_equal(run(model, {"x": x}, "host", **NCHW), ref.astype(np.int64))


@pytest.mark.parametrize("m,k,n", [(1, 64, 16), (7, 36, 48)])
def test_vnni_u8_matmul_exact(m, k, n, rng):
    w = _edges(rng, (k, n), -128, 127)
    model = relax_model("qmm", {"x": ((m, k), "int8")}, lambda bb, x: R.matmul(
        x, const(w), out_dtype="int32"))
    assert "uint8" in ShiftInt8ActivationsVnni(model.mod).script()
    x = _edges(rng, (m, k), -128, 127)
    np.testing.assert_array_equal(run(model, {"x": x}, "host"),
                                  x.astype(np.int64) @ w.astype(np.int64))


def test_pixel_tile_fits_registers():
    for f, c, vectors in [(256, 64, 196), (512, 128, 49), (16, 4, 1), (80, 20, 4)]:
        fr, pv = _tile(VNNI, f, c, vectors)
        assert f % fr == 0 and vectors % pv == 0 and fr * pv + fr + 1 <= 32


@pytest.mark.parametrize("f,c,vectors,tile", [
    (256, 64, 196, (4, 4)),  # not 2 x 14: more accumulators, but 16 loads per 28 calls
    (64, 256, 196, (4, 4)),  # the L1 budget caps the pixel vectors at 6
    (512, 128, 49, (2, 7)),  # 28x28: 49 vectors, 7 divides them
    (128, 512, 49, (8, 1)),  # 512 channels x 2 vectors of pixels would not fit L1_INPUT_BYTES
])
def test_pixel_tile_maximizes_calls_per_load(f, c, vectors, tile):
    assert _tile(VNNI, f, c, vectors) == tile


def test_quantized_bottleneck_host_equals_avx512():
    """Requantize + residual epilogues on the VNNI u8 kernels (including a 4x expanding 1x1
    on the pixel-vector tile) give the same integers as the AVX-512 (vpmaddwd) build."""
    g = tvmq.zoo.GraphBuilder("bottleneck", 0)
    x = g.input("x", [1, 16, 8, 8])
    y = g.op("Relu", [g.op("Conv", [x, g.weight([16, 16, 1, 1]), g.weight([16], 0.1)],
                           kernel_shape=[1, 1])])
    y = g.op("Relu", [g.op("Conv", [y, g.weight([16, 16, 3, 3]), g.weight([16], 0.1)],
                           kernel_shape=[3, 3], pads=[1, 1, 1, 1])])
    y = g.op("Conv", [y, g.weight([64, 16, 1, 1]), g.weight([64], 0.1)], kernel_shape=[1, 1])
    s = g.op("Conv", [x, g.weight([64, 16, 1, 1]), g.weight([64], 0.1)], kernel_shape=[1, 1])
    y = g.op("Relu", [g.op("Add", [y, s])])
    z = g.op("Conv", [y, g.weight([16, 64, 1, 1]), g.weight([16], 0.1)], kernel_shape=[1, 1])
    y = g.op("Relu", [g.op("Add", [z, x])])
    model = tvmq.load_onnx(g.build([y]))
    q = tvmq.quantize(model, [model.random_inputs(i) for i in range(3)])
    assert "uint8" in _scheduled_script(q)
    inputs = model.random_inputs(9)
    np.testing.assert_array_equal(tvmq.compile(q, "host").run(inputs)[0],
                                  tvmq.compile(q, "x86-avx512").run(inputs)[0])
