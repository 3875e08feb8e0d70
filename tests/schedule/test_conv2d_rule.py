"""The CPU conv2d rule (regular, 1x1, strided, depthwise) on odd shapes vs a numpy oracle."""

from __future__ import annotations

import re

import numpy as np
import pytest
from tvm import relax

import tvmq

from .conftest import const, relax_model, run, scheduled_module, scheduled_rules


def conv_ref(x, w, stride, pad, groups):
    n, c, h, wd = x.shape
    f, cg, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh = (h + 2 * pad - kh) // stride + 1
    ow = (wd + 2 * pad - kw) // stride + 1
    out = np.zeros((n, f, oh, ow), dtype=np.float64)
    fg = f // groups
    for g in range(groups):
        xs = xp[:, g * cg:(g + 1) * cg]
        for i in range(kh):
            for j in range(kw):
                patch = xs[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride]
                out[:, g * fg:(g + 1) * fg] += np.einsum(
                    "nchw,fc->nfhw", patch, w[g * fg:(g + 1) * fg, :, i, j])
    return out.astype("float32")


# The direct conv: on x86, fast math (the default) turns fp32 3x3 stride-1 convs into Winograd
# kernels (tests/schedule/test_winograd.py).
DIRECT = {"fast_math": False}

CASES = [  # (c, f, hw, k, stride, pad, groups)
    (3, 16, 32, 3, 1, 1, 1),  # stem
    (16, 20, 7, 3, 1, 1, 1),  # 7x7, channels not a multiple of the vector width
    (24, 40, 9, 1, 1, 0, 1),  # 1x1
    (8, 33, 11, 3, 2, 1, 1),  # strided, odd channels
    (64, 64, 1, 1, 1, 0, 1),  # 1x1 spatial
    (5, 7, 6, 5, 1, 2, 1),  # 5x5 kernel, tiny channels
    (24, 24, 13, 3, 1, 1, 24),  # depthwise
    (32, 32, 14, 3, 2, 1, 32),  # depthwise strided
    (32, 48, 15, 3, 1, 1, 1),  # large enough to run in parallel
    (32, 20, 8, 1, 1, 0, 1),  # 1x1 over 64 pixels
    (96, 100, 16, 1, 1, 0, 1),  # 1x1, parallel, channels not a multiple of the tile
    (20, 24, 17, 1, 1, 0, 1),  # 1x1 reading an [N, H, C, W] copy (plane >= 256), odd width
    (36, 40, 33, 1, 2, 0, 1),  # the same, strided
    (7, 5, 4, 1, 1, 0, 1),  # 1x1 over one pixel vector (16 pixels), 5 channels: 1-row tiles
    (33, 48, 28, 1, 1, 0, 1),  # 1x1 pixel tile, 784 pixels (one vector wide), parallel
    (40, 24, 12, 1, 1, 0, 1),  # 1x1 pixel tile, 144 pixels: rows of 12 split across vectors
    (20, 24, 32, 1, 2, 0, 1),  # strided 1x1 -> strided slice + pixel tile (256 pixels)
    (6, 16, 31, 1, 2, 0, 1),  # the same from an odd plane (31 -> 16), tiny channels
    (24, 32, 14, 3, 1, 1, 1),  # 3x3 with 14-wide rows: tiles of 4 over flattened pixels
    (16, 40, 28, 3, 2, 1, 1),  # the same, strided (28 -> 14)
    (40, 48, 14, 1, 1, 0, 1),  # 1x1 over 196 pixels: GEMM over pixels padded to the tile
    (24, 20, 7, 1, 1, 0, 1),  # the same over 49 pixels, channels not a multiple of a vector
    (300, 64, 7, 1, 1, 0, 1),  # the same with a blocked reduction and a partial last block
]


@pytest.mark.parametrize("c,f,hw,k,stride,pad,groups", CASES)
def test_conv2d_bias_relu(c, f, hw, k, stride, pad, groups, rng):
    w = rng.standard_normal((f, c // groups, k, k)).astype("float32")
    b = rng.standard_normal((1, f, 1, 1)).astype("float32")

    def body(bb, x):
        y = relax.op.nn.conv2d(x, const(w), strides=stride, padding=pad, groups=groups)
        return relax.op.nn.relu(relax.op.add(y, const(b)))

    model = relax_model("conv", {"x": ((1, c, hw, hw), "float32")}, body)
    assert "Conv2d" in scheduled_rules(model, **DIRECT).values()
    x = rng.standard_normal((1, c, hw, hw)).astype("float32")
    expected = np.maximum(conv_ref(x, w, stride, pad, groups) + b, 0)
    np.testing.assert_allclose(run(model, {"x": x}, **DIRECT), expected, rtol=1e-4, atol=1e-4)


def test_conv2d_output_without_epilogue_and_batch(rng):
    w = rng.standard_normal((12, 6, 3, 3)).astype("float32")
    model = relax_model("conv", {"x": ((2, 6, 10, 10), "float32")},
                        lambda bb, x: relax.op.nn.conv2d(x, const(w), padding=1))
    assert list(scheduled_rules(model, **DIRECT).values()) == ["Conv2d"]
    x = rng.standard_normal((2, 6, 10, 10)).astype("float32")
    np.testing.assert_allclose(run(model, {"x": x}, **DIRECT), conv_ref(x, w, 1, 1, 1), rtol=1e-4,
                               atol=1e-4)


def test_conv2d_runtime_weight_is_packed_per_call(rng):
    """A filter that is an input (not a constant) is repacked inside the kernel."""
    model = relax_model("conv", {"x": ((1, 5, 8, 8), "float32"), "w": ((18, 5, 3, 3), "float32")},
                        lambda bb, x, w: relax.op.nn.conv2d(x, w, padding=1))
    assert list(scheduled_rules(model, **DIRECT).values()) == ["Conv2d"]
    x = rng.standard_normal((1, 5, 8, 8)).astype("float32")
    w = rng.standard_normal((18, 5, 3, 3)).astype("float32")
    np.testing.assert_allclose(run(model, {"x": x, "w": w}, **DIRECT), conv_ref(x, w, 1, 1, 1),
                               rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("f", [16, 12])
def test_pointwise_conv_tiles_pixels_without_epilogue_and_batch(f, rng, tmp_path):
    """A stride-1 1x1 conv over 16k pixels is a matmul over flattened pixels, batch 2 too."""
    w = rng.standard_normal((f, 9, 1, 1)).astype("float32")
    model = relax_model("conv", {"x": ((2, 9, 8, 8), "float32")},
                        lambda bb, x: relax.op.nn.conv2d(x, const(w)))
    cm = tvmq.compile(model, dump_ir=tmp_path, **DIRECT)
    scheduled = (tmp_path / "05_schedule.py").read_text()
    assert '"tvmq.schedule_rule": "Conv2d"' in scheduled
    assert f"sblock_alloc_buffer((T.int64(2), T.int64({f}), T.int64(64))" in scheduled
    x = rng.standard_normal((2, 9, 8, 8)).astype("float32")
    np.testing.assert_allclose(cm.run({"x": x})[0], conv_ref(x, w, 1, 0, 1), rtol=1e-4,
                               atol=1e-4)


def test_pointwise_partial_row_tile_exact(rng):
    """AVX2's 6-row tile over 64 filters: the last tile has 4 rows, its packed filter rows
    zero-padded; the epilogue (bias, residual, ReLU) still covers every channel once."""
    w = rng.standard_normal((64, 24, 1, 1)).astype("float32")
    b = rng.standard_normal((1, 64, 1, 1)).astype("float32")

    def body(bb, x, r):
        return relax.op.nn.relu(relax.op.add(relax.op.add(relax.op.nn.conv2d(x, const(w)),
                                                          const(b)), r))

    model = relax_model("conv", {"x": ((1, 24, 16, 16), "float32"),
                                 "r": ((1, 64, 16, 16), "float32")}, body)
    scheduled = scheduled_module(model, "x86-avx2").script()
    assert "T.int64(11), T.int64(24), T.int64(1), T.int64(1), T.int64(6)" in scheduled
    x = rng.standard_normal((1, 24, 16, 16)).astype("float32")
    r = rng.standard_normal((1, 64, 16, 16)).astype("float32")
    ref = np.maximum(conv_ref(x, w, 1, 0, 1) + b + r, 0)
    np.testing.assert_allclose(run(model, {"x": x, "r": r}, "x86-avx2"), ref, rtol=1e-4,
                               atol=1e-4)


def test_pointwise_tile_sizes():
    from tvmq.schedule.cpu.conv2d import pointwise_tile
    from tvmq.schedule.target_info import CpuInfo

    avx512, avx2 = CpuInfo(512, 2, 32), CpuInfo(256, 2, 16)
    assert pointwise_tile(avx512, 16, 256, 3136) == (8, 2)  # 56x56: 16 sums
    assert pointwise_tile(avx512, 16, 128, 784) == (16, 1)  # 28x28: one vector of pixels
    assert pointwise_tile(avx512, 16, 20, 64) == (4, 2)
    assert pointwise_tile(avx2, 8, 64, 3136) == (6, 2)  # 16 registers: 12 sums, partial tile
    assert pointwise_tile(avx2, 8, 8, 3136) == (4, 2)  # too few channels for 6 rows
    assert pointwise_tile(avx2, 8, 64, 56) == (8, 1)  # 7 vectors of pixels: 8 sums
    assert pointwise_tile(avx512, 16, 7, 16) == (1, 1)


@pytest.mark.parametrize("c,f,hw", [(72, 32, 14), (16, 24, 5)])
def test_small_plane_pointwise_conv_is_a_padded_pixel_gemm(c, f, hw, rng, tmp_path):
    """A 1x1 conv over 14x14 (not whole vectors of pixels) computes padded pixel tiles into a
    [pixels, channels] buffer; batch 2 and a residual add in the epilogue."""
    from tvmq.schedule.cpu.conv1x1_gemm import gemm_tile
    from tvmq.schedule.target_info import cpu_info

    w = rng.standard_normal((f, c, 1, 1)).astype("float32")
    shape = (2, c, hw, hw)

    def body(bb, x, r):
        return relax.op.nn.relu(relax.op.add(relax.op.nn.conv2d(x, const(w)), r))

    model = relax_model("conv", {"x": (shape, "float32"), "r": ((2, f, hw, hw), "float32")},
                        body)
    cm = tvmq.compile(model, dump_ir=tmp_path, **DIRECT)
    scheduled = (tmp_path / "05_schedule.py").read_text()
    assert '"tvmq.schedule_rule": "Conv2d"' in scheduled
    info = cpu_info(cm.target.tvm_target())
    _, xr = gemm_tile(info, info.lanes("float32"), f, hw * hw)
    padded = -(-hw * hw // xr) * xr
    assert f"T.int64({padded}), T.int64({f}))" in scheduled  # the [N, P, F] accumulators
    # The epilogue is vectorized over pixels (contiguous output rows), not over channels.
    width = next(v for v in (8, 4, 2, 1) if hw * hw % v == 0)
    epilogue = re.search(r'T\.vectorized\(T\.int64\((\d+)\)\):\n\s+with T\.sblock\("compute',
                         scheduled)
    assert (int(epilogue.group(1)) if epilogue else 1) == width
    x = rng.standard_normal(shape).astype("float32")
    r = rng.standard_normal((2, f, hw, hw)).astype("float32")
    expected = np.maximum(conv_ref(x, w, 1, 0, 1) + r, 0)
    np.testing.assert_allclose(cm.run({"x": x, "r": r})[0], expected, rtol=1e-4, atol=1e-4)


def test_pixel_gemm_tile_sizes():
    from tvmq.schedule.cpu.conv1x1_gemm import gemm_tile
    from tvmq.schedule.target_info import CpuInfo

    avx512, avx2 = CpuInfo(512, 2, 32), CpuInfo(256, 2, 16)
    assert gemm_tile(avx2, 8, 256, 196) == (16, 6)  # 12 sums of 16 registers
    assert gemm_tile(avx2, 8, 20, 49) == (8, 12)  # one vector of channels
    assert gemm_tile(avx512, 16, 256, 289) == (32, 12)  # 24 sums of 32 registers
    # Planes with a divisor that holds 12+ accumulators take it and compute no padding.
    assert gemm_tile(avx512, 16, 256, 196) == (32, 14)
    assert gemm_tile(avx512, 16, 2048, 49) == (32, 7)
    assert gemm_tile(avx2, 8, 256, 49) == (16, 6)  # 7 x 2 vectors leave no broadcast register


def test_conv_tiles_flattened_pixels_when_rows_are_not_whole_tiles(rng, tmp_path):
    """14-wide rows and AVX2's tiles of 4 columns: the accumulators are [pixels, channels]
    over the flattened 196 pixels (no per-row tail). AVX-512's 7-column tiles divide the row,
    so the target is pinned."""
    w = rng.standard_normal((32, 24, 3, 3)).astype("float32")
    model = relax_model("conv", {"x": ((1, 24, 14, 14), "float32")},
                        lambda bb, x: relax.op.nn.relu(relax.op.nn.conv2d(x, const(w),
                                                                          padding=1)))
    cm = tvmq.compile(model, "x86-avx2", dump_ir=tmp_path, **DIRECT)
    scheduled = (tmp_path / "05_schedule.py").read_text()
    assert "sblock_alloc_buffer((T.int64(1), T.int64(196), T.int64(32))" in scheduled
    x = rng.standard_normal((1, 24, 14, 14)).astype("float32")
    np.testing.assert_allclose(cm.run({"x": x})[0], np.maximum(conv_ref(x, w, 1, 1, 1), 0),
                               rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("target,hw", [("x86-avx512", 14), ("rpi4", 7), ("x86-avx512", 7)])
def test_small_plane_convs_schedule_for_other_vector_widths(target, hw, rng):
    """The padded pixel GEMM and the flattened 3x3 tile also build for 16-lane (32 registers)
    and 4-lane NEON targets: the compile keeps the Conv2d rule (a rule that raised would leave
    the kernels to the fallback). Compiled only; tests/board runs ARM code."""
    w1 = rng.standard_normal((64, 48, 1, 1)).astype("float32")
    w3 = rng.standard_normal((32, 64, 3, 3)).astype("float32")

    def body(bb, x):
        y = relax.op.nn.relu(relax.op.nn.conv2d(x, const(w1)))
        return relax.op.nn.relu(relax.op.nn.conv2d(y, const(w3), padding=1))

    model = relax_model("convs", {"x": ((1, 48, hw, hw), "float32")}, body)
    rules = scheduled_rules(model, target, **DIRECT)
    assert sorted(r for r in rules.values() if r != "Fallback") == ["Conv2d", "Conv2d"], rules


@pytest.mark.parametrize("c,f,hw,stride", [(40, 32, 7, 1), (24, 16, 14, 2), (9, 20, 7, 1)])
def test_conv_over_seven_wide_rows_is_an_im2col_gemm(c, f, hw, stride, rng, tmp_path):
    """A 3x3 conv to a 7x7 output (every row would end in a tail) copies its input to a
    [N, P/xr, C, 3, 3, xr] im2col buffer and runs the padded pixel GEMM; batch 2, strided or
    not, bias + residual + ReLU epilogue. On AVX2 (16 registers): AVX-512 tiles 7 columns,
    so its rows have no tail, and the target is pinned."""
    from tvmq.schedule.cpu.conv1x1_gemm import gemm_tile
    from tvmq.schedule.target_info import cpu_info

    w = rng.standard_normal((f, c, 3, 3)).astype("float32")
    b = rng.standard_normal((1, f, 1, 1)).astype("float32")
    shape, out = (2, c, hw, hw), (2, f, 7, 7)

    def body(bb, x, r):
        y = relax.op.nn.conv2d(x, const(w), strides=stride, padding=1)
        return relax.op.nn.relu(relax.op.add(relax.op.add(y, const(b)), r))

    model = relax_model("conv", {"x": (shape, "float32"), "r": (out, "float32")}, body)
    cm = tvmq.compile(model, "x86-avx2", dump_ir=tmp_path, **DIRECT)
    scheduled = (tmp_path / "05_schedule.py").read_text()
    info = cpu_info(cm.target.tvm_target())
    _, xr = gemm_tile(info, info.lanes("float32"), f, 49)
    assert (f"sblock_alloc_buffer((T.int64(2), T.int64({-(-49 // xr)}), T.int64({c}), "
            f"T.int64(3), T.int64(3), T.int64({xr})))") in scheduled
    x = rng.standard_normal(shape).astype("float32")
    r = rng.standard_normal(out).astype("float32")
    expected = np.maximum(conv_ref(x, w, stride, 1, 1) + b + r, 0)
    np.testing.assert_allclose(cm.run({"x": x, "r": r})[0], expected, rtol=1e-4, atol=1e-4)


def test_only_rows_with_a_tail_take_im2col():
    from tvmq.schedule.cpu.conv2d import _row_tails
    from tvmq.schedule.target_info import CpuInfo

    avx2 = CpuInfo(256, 2, 16)
    assert _row_tails(avx2, 8, [1, 512, 7, 7, 512, 3, 3])  # 4 + 3 columns per row
    assert not _row_tails(avx2, 8, [1, 256, 14, 14, 256, 3, 3])  # flattened: 49 tiles of 4
    assert not _row_tails(avx2, 8, [1, 64, 56, 56, 64, 3, 3])  # 14 tiles of 4 per row
    assert not _row_tails(avx2, 8, [1, 8, 3, 3, 8, 3, 3])  # 9 pixels: below a GEMM's worth


def test_im2col_gemm_whose_tile_divides_the_plane(rng, tmp_path):
    """With one vector of channels on AVX2, 14 pixels (a divisor of 196) make the tile: the
    im2col copy has no zero padding to re-lay and is laid out from output rows and columns.
    The rule would otherwise raise and leave the conv to the fallback."""
    from tvmq.schedule.knobs import knob_session

    w = rng.standard_normal((8, 12, 3, 3)).astype("float32")
    model = relax_model("conv", {"x": ((2, 12, 14, 14), "float32")},
                        lambda bb, x: relax.op.nn.relu(relax.op.nn.conv2d(x, const(w),
                                                                          padding=1)))
    with knob_session({"conv.im2col": True}) as ks:
        cm = tvmq.compile(model, "x86-avx2", dump_ir=tmp_path, **DIRECT)
    assert ks.chosen()["im2col.pixels"] == 14
    scheduled = (tmp_path / "05_schedule.py").read_text()
    assert '"tvmq.schedule_rule": "Conv2d"' in scheduled
    assert ("sblock_alloc_buffer((T.int64(2), T.int64(14), T.int64(12), T.int64(3), "
            "T.int64(3), T.int64(14)))") in scheduled
    x = rng.standard_normal((2, 12, 14, 14)).astype("float32")
    np.testing.assert_allclose(cm.run({"x": x})[0], np.maximum(conv_ref(x, w, 1, 1, 1), 0),
                               rtol=1e-4, atol=1e-4)
