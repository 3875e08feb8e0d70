"""Pipeline registration of the AArch64 int8 rules (before tvmq's generic CPU rules)."""

from __future__ import annotations

import tvm
from tvm.s_tir.dlight.base import ScheduleRule

from ...pipeline import PipelineContext, register_slot_passes
from ..apply import ApplySchedules
from ..pad_channels import PadInt8ConvChannels
from .target import is_aarch64


def arm_rules() -> list[ScheduleRule]:
    """The AArch64-only rules, tried before `cpu_rules` (they decline every other kernel)."""
    from .conv2d_int8 import ArmConv2dInt8
    from .matmul_int8 import ArmMatmulInt8

    return [ArmMatmulInt8(), ArmConv2dInt8()]


@register_slot_passes("rewrite", "tvmq-arm-int8-conv-channels", order=61)
def _pad_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """Pad int8 conv input channels to 4 on AArch64, where `ArmConv2dInt8` runs."""
    return [PadInt8ConvChannels] if is_aarch64(ctx.target) else []


@register_slot_passes("schedule", "tvmq-arm-int8", order=490)
def _arm_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """The AArch64 int8 rules; the CPU slot (order 500) packs weights and schedules the rest."""
    return [ApplySchedules(arm_rules())] if is_aarch64(ctx.target) else []
