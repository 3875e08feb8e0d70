"""WinogradConv2d: fp32 3x3 stride-1 convs as input transform, 16 GEMMs, output transform."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax

import tvmq
from tvmq.schedule import WinogradConv2d
from tvmq.schedule.winograd import transform_filter
from tvmq.schedule.winograd_tiles import F2, F4

from .conftest import const, relax_model


def _conv_ref(x: np.ndarray, w: np.ndarray, pads: tuple[int, int, int, int]) -> np.ndarray:
    """Direct NCHW/OIHW stride-1 conv in float64."""
    top, left, bottom, right = pads
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (top, bottom), (left, right)))
    kh, kw = w.shape[2:]
    ho, wo = xp.shape[2] - kh + 1, xp.shape[3] - kw + 1
    out = np.zeros((x.shape[0], w.shape[0], ho, wo))
    for dy in range(kh):
        for dx in range(kw):
            out += np.einsum("nchw,fc->nfhw", xp[:, :, dy:dy + ho, dx:dx + wo], w[:, :, dy, dx])
    return out


def _conv(x, w, pads=(1, 1, 1, 1), strides=(1, 1), groups=1, dilation=(1, 1)):
    return relax.op.nn.conv2d(x, const(w), strides=strides, padding=pads, groups=groups,
                              dilation=dilation)


def _ops(mod: tvm.IRModule) -> list[str]:
    """The Relax ops and called kernels of ``main``, in order."""
    names = []

    def visit(expr):
        if isinstance(expr, relax.Call) and isinstance(expr.op, tvm.ir.Op):
            names.append(expr.args[0].name_hint.rstrip("0123456789")
                         if expr.op.name == "relax.call_tir" else expr.op.name)

    relax.analysis.post_order_visit(mod["main"].body, visit)
    return names


@pytest.mark.parametrize("tile", [F2, F4], ids=["F2", "F4"])
def test_filter_transform_gives_the_tile_outputs_of_the_direct_conv(rng, tile):
    """``A^T [U * (B^T d B)] A`` over one ``m+2`` square window equals the ``m x m`` direct
    conv outputs."""
    n = tile.window
    bt, at = np.array(tile.bt, np.float64), tile.at_real
    w = rng.standard_normal((3, 5, 3, 3)).astype(np.float32)
    d = rng.standard_normal((5, n, n))
    u = transform_filter(w, tile).reshape(n, n, 5, 3).astype(np.float64)
    v = np.einsum("ai,cij,bj->abc", bt, d, bt)
    y = np.einsum("ra,abf,sb->frs", at, np.einsum("abc,abcf->abf", v, u), at)
    ref = _conv_ref(d[None], w, (0, 0, 0, 0))[0]  # U is rounded to float32 (F(4x4): sixths)
    np.testing.assert_allclose(y, ref, rtol=0, atol=1e-6 * np.abs(ref).max())


def test_conv_bias_relu_becomes_three_kernels(rng):
    w = rng.standard_normal((16, 8, 3, 3)).astype(np.float32)
    b = rng.standard_normal((1, 16, 1, 1)).astype(np.float32)
    model = relax_model("c", {"x": ((1, 8, 14, 14), "float32")}, lambda bb, x: relax.op.nn.relu(
        bb.emit(relax.op.add(bb.emit(_conv(x, w)), const(b)))))
    mod = WinogradConv2d(8)(model.mod)
    assert _ops(mod) == ["winograd_input", "relax.matmul", "winograd_output_relu"]
    assert bool(mod["winograd_output_relu"].attrs["tvmq.relu"])
    assert int(mod["winograd_output_relu"].attrs["tvmq.tile"]) == 4  # 16 4x4 tiles
    call = mod["main"].body.blocks[0].bindings[-1].value
    np.testing.assert_array_equal(call.args[1].fields[1].value.numpy(), b.reshape(16))


@pytest.mark.parametrize("case", ["stride 2", "1x1", "5x5", "groups", "dilated", "channels",
                                  "int8"])
def test_other_convs_are_left_alone(case, rng):
    c, f, dtype = 16, 16, "float32"
    kernel, kw = (1, 1) if case == "1x1" else (5, 5) if case == "5x5" else (3, 3), {}
    if case == "stride 2":
        kw["strides"] = (2, 2)
    if case == "groups":
        kw["groups"] = 2
    if case == "dilated":
        kw["dilation"] = (2, 2)
    if case == "channels":
        c = 12
    if case == "int8":
        dtype = "int8"
    w = rng.integers(-3, 3, (f, c // kw.get("groups", 1), *kernel)).astype(dtype)
    model = relax_model("c", {"x": ((1, c, 14, 14), dtype)}, lambda bb, x: _conv(x, w, **kw))
    after = WinogradConv2d(8)(model.mod)
    tvm.ir.assert_structural_equal(after, model.mod)


@pytest.mark.parametrize("n,c,f,hw,pads,epilogue", [
    # channel counts are multiples of 16, so that AVX-512 hosts (16 lanes) take the pass too
    (1, 16, 48, 14, (1, 1, 1, 1), "bias relu"),
    (1, 32, 16, 7, (1, 1, 1, 1), "bias"),  # odd plane: the last tiles are cut
    (2, 16, 16, (9, 11), (1, 1, 1, 1), "residual relu"),
    (1, 16, 32, 10, (0, 0, 0, 0), "none"),  # valid conv: 8x8 outputs
    (1, 32, 16, 12, (0, 1, 2, 1), "relu"),  # asymmetric padding
    # F(4x4) from 16 tiles (`MIN_TILES_F4`); the others above take F(2x2)
    (1, 16, 16, 30, (1, 1, 1, 1), "bias relu"),  # cut last tiles
    (1, 16, 32, 17, (0, 1, 2, 1), "residual relu"),  # asymmetric padding, 5x5 tiles
    (2, 32, 16, 16, (0, 0, 0, 0), "bias"),  # valid conv, 14x14 outputs
])
def test_compiled_winograd_conv_matches_direct_conv(n, c, f, hw, pads, epilogue, rng,
                                                     tmp_path):
    """Through the default pipeline (x86, fast_math): the conv and its epilogue run as the
    Winograd kernels and agree with a float64 direct conv to 1e-5 of the output's range."""
    h, w_ = (hw, hw) if isinstance(hw, int) else hw
    w = (rng.standard_normal((f, c, 3, 3)) / np.sqrt(9 * c)).astype(np.float32)
    b = rng.standard_normal((1, f, 1, 1)).astype(np.float32)
    x = rng.standard_normal((n, c, h, w_)).astype(np.float32)
    ref = _conv_ref(x, w, pads)
    r = rng.standard_normal(ref.shape).astype(np.float32)

    def body(bb, x_var):
        y = bb.emit(_conv(x_var, w, pads))
        if "bias" in epilogue:
            y = bb.emit(relax.op.add(y, const(b)))
        if "residual" in epilogue:
            y = bb.emit(relax.op.add(y, const(r)))
        return relax.op.nn.relu(y) if "relu" in epilogue else y

    ref = ref + b if "bias" in epilogue else ref
    ref = ref + r if "residual" in epilogue else ref
    ref = np.maximum(ref, 0) if "relu" in epilogue else ref
    model = relax_model("c", {"x": ((n, c, h, w_), "float32")}, body)
    cm = tvmq.compile(model, dump_ir=tmp_path)
    rewritten = (tmp_path / "02_rewrite.py").read_text()
    assert "winograd_input" in rewritten and "R.nn.conv2d" not in rewritten
    np.testing.assert_allclose(cm.run({"x": x})[0], ref, rtol=0, atol=1e-5 * np.abs(ref).max())


def test_exact_math_keeps_the_direct_conv(rng, tmp_path):
    w = rng.standard_normal((8, 8, 3, 3)).astype(np.float32)
    model = relax_model("c", {"x": ((1, 8, 14, 14), "float32")}, lambda bb, x: _conv(x, w))
    tvmq.compile(model, dump_ir=tmp_path, fast_math=False)
    rewritten = (tmp_path / "02_rewrite.py").read_text()
    assert "R.nn.conv2d" in rewritten and "winograd" not in rewritten
