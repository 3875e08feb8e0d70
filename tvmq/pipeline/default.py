"""The built-in ``default`` pipeline: simplify, legalize and fuse, schedule, lower."""

from __future__ import annotations

import tvm
from tvm import relax

from .passes import DropFloorBeforeTruncatingCast, FoldConstantsNumpy
from .phases import Phase, PipelineContext
from .registry import register_pipeline, register_slot_passes, slot_passes


def _simplify(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    return [
        relax.transform.DecomposeOpsForInference(),
        relax.transform.CanonicalizeBindings(),
        FoldConstantsNumpy(),
        relax.transform.FoldConstant(),
        DropFloorBeforeTruncatingCast,
        relax.transform.DeadCodeElimination(),
    ]


def _dispatch(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    return [relax.backend.DispatchSampling(), relax.backend.DispatchSortScan()]


def _legalize(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    return [
        relax.transform.LegalizeOps(),
        relax.transform.AnnotateTIROpPattern(),
        relax.transform.FoldConstant(),
        relax.transform.FuseOps(),
        *slot_passes("fuse", ctx),
        relax.transform.FuseTIR(),
    ]


@register_slot_passes("rewrite", "fast-math", order=10)
def _fast_math(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """exp/erf/tanh/softmax as vectorizable polynomials (``CompileOptions.fast_math``)."""
    return [relax.transform.FastMathTransform()] if ctx.options.fast_math else []


@register_slot_passes("schedule", "dlight-gpu", order=900)
def _dlight_gpu(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """DLight's GPU rules for every kernel still unscheduled (GPU kernels need thread binds)."""
    if ctx.spec.is_gpu:
        from tvm.s_tir import dlight as dl

        return [dl.ApplyDefaultSchedule(dl.gpu.Matmul(), dl.gpu.GEMV(), dl.gpu.Reduction(),
                                        dl.gpu.GeneralReduction(), dl.gpu.Fallback())]
    return []


def _rewrite(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    return slot_passes("rewrite", ctx)


def _schedule(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    return slot_passes("schedule", ctx)


def _lower(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    passes = [
        relax.transform.RewriteDataflowReshape(),
        relax.transform.ToNonDataflow(),
        relax.transform.RemovePurityChecking(),
        relax.transform.CallTIRRewrite(),
        relax.transform.StaticPlanBlockMemory(),
    ]
    if ctx.spec.is_gpu:
        passes.append(relax.transform.RewriteCUDAGraph())
    return passes + [
        relax.transform.LowerAllocTensor(),
        relax.transform.KillAfterLastUse(),
        relax.transform.LowerRuntimeBuiltin(),
        relax.transform.ComputePrimValue(),
        relax.transform.VMShapeLower(),
        relax.transform.AttachGlobalSymbol(),
    ]


@register_pipeline("default")
def default_pipeline(ctx: PipelineContext) -> list[Phase]:
    """Simplify → rewrite → dispatch → legalize+fuse → schedule (per target) → lower."""
    return [
        Phase("simplify", _simplify, "decompose inference ops, fold constants, drop dead code"),
        Phase("rewrite", _rewrite, "tvmq graph rewrites (quantized ops, block-sparse calls)"),
        Phase("dispatch", _dispatch, "library dispatch (sampling, sort/scan)"),
        Phase("legalize", _legalize, "lower Relax ops to TIR and fuse them"),
        Phase("schedule", _schedule, "tuning records, then tvmq/DLight default schedules"),
        Phase("lower", _lower, "memory planning and lowering to VM builtins"),
    ]
