"""Pipeline registration of tvmq's CUDA rules (before DLight's rules at order 900)."""

from __future__ import annotations

import tvm
from tvm.s_tir.dlight.base import ScheduleRule

from ...pipeline import PipelineContext, register_slot_passes
from ...target import Int8Isa, TargetSpec
from ..apply import ApplySchedules


def has_int8_tensor_cores(spec: TargetSpec) -> bool:
    """Whether ``spec`` lists ``tensorcore`` and its arch has int8 WMMA (sm_72 and later).

    A target file that lists ``tensorcore`` for an older GPU (a V100's tensor cores are fp16
    only) keeps the ``__dp4a`` rule instead of producing CUDA that nvcc rejects.
    """
    if Int8Isa.TENSORCORE not in spec.int8:
        return False
    arch = str(spec.tvm.get("arch", ""))
    digits = "".join(c for c in arch.removeprefix("sm_") if c.isdigit())
    return not arch.startswith("sm_") or not digits or int(digits) >= 72


def gpu_rules(spec: TargetSpec | None = None) -> list[ScheduleRule]:
    """tvmq's CUDA rules for ``spec``; kernels they decline go on to DLight.

    Targets with int8 tensor cores (:func:`has_int8_tensor_cores`) try the WMMA
    rule first; a kernel it cannot tile falls to the ``__dp4a`` rule, which every CUDA target
    gets (sm_61-class targets only that one).
    """
    from .matmul_int8 import CudaMatmulInt8
    from .matmul_tensorcore import CudaMatmulInt8TensorCore

    rules: list[ScheduleRule] = []
    if spec is not None and has_int8_tensor_cores(spec):
        rules.append(CudaMatmulInt8TensorCore())
    return [*rules, CudaMatmulInt8()]


@register_slot_passes("schedule", "tvmq-cuda-int8", order=800)
def _cuda_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """tvmq's int8 rules for CUDA targets."""
    if ctx.spec.kind != "cuda":
        return []
    from tvm import relax

    from ..split_prepack import SplitWeightPrepack

    # Weight transposes marked by the tensor-core rule become their own functions, evaluated
    # at compile time on the constant weights (on the host, by FoldConstant).
    return [ApplySchedules(gpu_rules(ctx.spec)), SplitWeightPrepack(),
            relax.transform.FoldConstant(), relax.transform.DeadCodeElimination()]
