"""AArch64 schedules (cross-compiled here): int8 rules pick sdot / NEON, fp32 uses 128-bit FMA.

The numerics of these kernels are checked on the emulated board (tests/board/test_arm_kernels.py).
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from tvm import relax

import tvmq

from .conftest import const, relax_model, scheduled_rules
from .test_int8_rules import _int8

pytestmark = pytest.mark.cross


def asm_counts(model, target: str) -> dict[str, int]:
    """Occurrences of the instructions of interest in the kernels' aarch64 assembly."""
    lib = tvmq.compile(model, target)._executable.mod
    asm = "".join(m.inspect_source("s") for m in lib.imports if m.kind == "llvm")
    patterns = {"sdot": r"\bsdot\s+v\d+\.4s", "smull": r"\bsmull\s+v\d+\.8h",
                "saddlp": r"\bsaddlp\s+v\d+\.4s", "addp": r"\baddp\s+v\d+\.4s",
                "fmla.4s": r"\bfmla\s+v\d+\.4s", "fmla.2s": r"\bfmla\s+v\d+\.2s",
                "scalar_fmadd": r"\bfmadd\s+s\d+"}
    return {k: len(re.findall(p, asm)) for k, p in patterns.items()}


def _matmul(m, k, n, seed=0):
    w = _int8(np.random.default_rng(seed), (k, n))
    return relax_model("qmm", {"x": ((m, k), "int8")}, lambda bb, x: relax.op.matmul(
        x, const(w), out_dtype="int32"))


def _conv(c, f, hw, k, seed=0):
    w = _int8(np.random.default_rng(seed), (f, c, k, k))
    return relax_model("qconv", {"x": ((1, c, hw, hw), "int8")}, lambda bb, x:
                       relax.op.nn.conv2d(x, const(w), padding=k // 2, out_dtype="int32"))


@pytest.mark.parametrize("target,dot", [("rpi5", "sdot"), ("neoverse-n1", "sdot"),
                                        ("rpi4", "smull"), ("rpi3", "smull")])
def test_int8_matmul_uses_the_target_dot_instruction(target, dot):
    model = _matmul(8, 64, 32)
    assert list(scheduled_rules(model, target).values()) == ["ArmMatmulInt8"]
    counts = asm_counts(model, target)
    assert counts[dot] >= 16, counts
    if dot == "sdot":
        assert counts["smull"] == 0
    else:
        assert counts["sdot"] == 0 and counts["saddlp"] >= 16 and counts["addp"] >= 8


@pytest.mark.parametrize("target,dot", [("rpi5", "sdot"), ("rpi4", "smull")])
def test_int8_conv2d_uses_the_target_dot_instruction(target, dot):
    model = _conv(8, 16, 7, 3)
    assert list(scheduled_rules(model, target).values()) == ["ArmConv2dInt8"]
    assert asm_counts(model, target)[dot] >= 16


@pytest.mark.parametrize("model,rule", [
    (_matmul(3, 30, 20), "Matmul"),  # N % 4 and K % 4 != 0: generic rule
    (_conv(16, 20, 5, 1), "ArmConv2dInt8"),  # F % 4 == 0 is enough on NEON
    (_conv(6, 18, 5, 1), "Conv2d"),  # F % 4 != 0
])
def test_int8_shapes_outside_the_intrinsic_take_the_generic_rules(model, rule):
    assert list(scheduled_rules(model, "rpi5").values()) == [rule]


def test_rgb_stem_channels_are_padded_on_aarch64():
    rules = scheduled_rules(_conv(3, 16, 10, 3), "rpi4")
    assert [v for v in rules.values() if "Conv2d" in v] == ["ArmConv2dInt8"], rules


def test_x86_targets_do_not_take_the_arm_rules():
    assert "ArmMatmulInt8" not in scheduled_rules(_matmul(8, 64, 32), "x86-avx512").values()


def test_fp32_kernels_use_128_bit_fma_on_aarch64():
    rng = np.random.default_rng(0)
    w = rng.random((64, 48)).astype("float32")
    mm = relax_model("mm", {"x": ((8, 64), "float32")},
                     lambda bb, x: relax.op.matmul(x, const(w)))
    wc = rng.random((16, 8, 3, 3)).astype("float32")
    conv = relax_model("conv", {"x": ((1, 8, 14, 14), "float32")},
                       lambda bb, x: relax.op.nn.conv2d(x, const(wc), padding=1))
    for model in (mm, conv):
        counts = asm_counts(model, "rpi4")
        assert counts["fmla.4s"] >= 16 and counts["scalar_fmadd"] == 0, counts


@pytest.mark.parametrize("rows,cols,sdot,tile", [
    (7, 16, True, (7, 8)),  # 7x7 conv: 7 columns x 2 vectors, not 1 x 4
    (64, 64, True, (4, 16)),  # squarest of the 16-accumulator tiles
    (128, 384, True, (4, 24)),  # 24 accumulators with sdot
    (128, 384, False, (4, 16)),  # 16 without (smull/saddlp temporaries)
    (13, 48, True, (1, 24)),  # a prime row count: one row, wide
])
def test_register_tile(rows, cols, sdot, tile):
    from tvmq.schedule.arm.tiles import register_tile

    assert register_tile(rows, cols, sdot) == tile
