"""tvmq's default schedules: rules per target kind for every kernel no tuning record covers."""

from __future__ import annotations

import tvm

from ..pipeline import PipelineContext, register_slot_passes
from .apply import ApplySchedules, schedule_func
from .arm import slots as _arm_slots  # noqa: F401  (registers the AArch64 int8 rules)
from .fuse_shortcut import FuseShortcutConv
from .gpu import slots as _gpu_slots  # noqa: F401  (registers the CUDA int8 rules)
from .int8_as_fp32 import Int8AsFp32
from .int8_nhwc import Int8ConvNhwc
from .pad_channels import PadInt8ConvChannels
from .rules import cpu_rules
from .separable_pool import SeparableMaxPool
from .shift_u8 import ShiftInt8Activations, ShiftInt8ActivationsVnni
from .split_prepack import SplitWeightPrepack
from .strided_pointwise import SliceStridedPointwise
from .winograd import WinogradConv2d
from .winograd_int8 import WinogradInt8Nhwc


@register_slot_passes("schedule", "tvmq-cpu", order=500)
def _tvmq_cpu(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """tvmq's CPU rules for llvm targets (functions already scheduled are left alone)."""
    if ctx.spec.kind != "llvm":
        return []
    from tvm import relax

    # Weight packing blocks marked by the rules become their own functions, evaluated at
    # compile time on the constant weights. A kernel packing two (FuseShortcutConv) gets a
    # tuple: CanonicalizeBindings reads the folded tuple's items at compile time, not per call.
    return [ApplySchedules(cpu_rules()), SplitWeightPrepack(),
            relax.transform.FoldConstant(), relax.transform.CanonicalizeBindings(),
            relax.transform.DeadCodeElimination()]


__all__ = ["ApplySchedules", "FuseShortcutConv", "Int8AsFp32", "Int8ConvNhwc",
           "PadInt8ConvChannels", "ShiftInt8Activations", "SeparableMaxPool",
           "SliceStridedPointwise", "ShiftInt8ActivationsVnni", "WinogradConv2d",
           "WinogradInt8Nhwc", "cpu_rules", "schedule_func"]
