"""Pipeline registration of tvmq's CUDA rules (before DLight's rules at order 900)."""

from __future__ import annotations

import tvm
from tvm.s_tir.dlight.base import ScheduleRule

from ...pipeline import PipelineContext, register_slot_passes
from ..apply import ApplySchedules


def gpu_rules() -> list[ScheduleRule]:
    """tvmq's CUDA rules; kernels they decline go on to DLight."""
    from .matmul_int8 import CudaMatmulInt8

    return [CudaMatmulInt8()]


@register_slot_passes("schedule", "tvmq-cuda-int8", order=800)
def _cuda_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """tvmq's int8 rules for CUDA targets."""
    return [ApplySchedules(gpu_rules())] if ctx.spec.kind == "cuda" else []
