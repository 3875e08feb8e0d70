"""AArch64 int8 conv2d rule (NCHW): int8 x int8 -> int32 through ``sdot`` or NEON."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.target import Target

from ..int8_tiles import match_int8_conv, tile_int8_conv
from .neon_intrin import GROUP, LANES, register
from .target import has_sdot, is_aarch64
from .tiles import register_tile


class ArmConv2dInt8(ScheduleRule):
    """Regular (groups = 1) int8 conv2d with int32 output on AArch64 targets.

    The input (or its padded copy) is laid out ``[N, C/4, H, W, 4]`` and the filter
    ``[F/4, C/4, KH, KW, 4, 4]`` (at compile time when constant), so each tap of 4 output
    channels x 4 input channels is one ``sdot`` (or the NEON sequence of `neon_intrin`) on a
    broadcast input group. The register tile is 4-32 output channels x up to 8 output columns
    (`register_tile`);
    tiles over (batch, channel block, row) run in parallel. Needs ``F % 4 == 0`` and
    ``C % 4 == 0``; other shapes go to the generic `Conv2d` rule.
    """

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it is not an int8 NCHW conv2d it handles."""
        if not isinstance(func, tirx.PrimFunc) or not is_aarch64(target):
            return None
        sch = s_tir.Schedule(func)
        conv = match_int8_conv(sch)
        if conv is None or conv.dtypes != ("int8", "int8", "int32"):
            return None
        if conv.exts[1] % LANES or conv.exts[4] % GROUP:
            return None
        sdot = has_sdot(target)
        xr, vf = register_tile(conv.exts[3], conv.exts[1], sdot)
        return tile_int8_conv(sch, conv, register(sdot), LANES, GROUP, vf, xr, LANES)
