"""Tuning tasks: the kernels of a model as tvmq compiles it, deduplicated by workload."""

from __future__ import annotations

import math
from dataclasses import dataclass

import tvm

from ..compiler import CompileOptions
from ..model import Model
from ..pipeline import PipelineContext, get_pipeline, run_pipeline
from ..pipeline.phases import phases_through
from ..target import TargetSpec

SCHEDULED_ATTR = "tirx.is_scheduled"


@dataclass(frozen=True)
class TuneTask:
    """One kernel to tune.

    Attributes
    ----------
    name : str
        The fused function's name (e.g. ``fused_matmul_add_relu``).
    mod : tvm.IRModule
        The kernel as MetaSchedule tunes it (one PrimFunc named ``main``).
    workload : str
        MetaSchedule's structural hash of ``mod``: the key of its records in a log.
    weight : int
        How many times the model calls the kernel.
    flops : float
        Estimated floating-point (or integer) operations of one call.
    layout_free : tuple of int
        Parameters bound to compile-time constants at every call (weights): tvmq's default
        schedules may repack them once at compile time.
    """

    name: str
    mod: tvm.IRModule
    workload: str
    weight: int
    flops: float
    layout_free: tuple[int, ...] = ()

    @property
    def cost(self) -> float:
        """Share of the model's work: calls times operations (at least 1 per call)."""
        return self.weight * max(self.flops, 1.0)


@dataclass(frozen=True)
class FixedKernel:
    """A kernel left out of tuning: it keeps the schedule a tvmq pass gave it.

    Attributes
    ----------
    name : str
        The kernel's function name.
    reason : str
        Why (e.g. ``BSR kernel kept on tvmq's fixed schedule``).
    """

    name: str
    reason: str


BSR_REASON = ("BSR kernel(s) kept on tvmq's fixed schedule (the block loop bounds come from "
              "the sparse weight's index arrays: MetaSchedule rejects data-dependent loops)")
SCHEDULED_REASON = "kernel(s) kept on the schedule a tvmq pass gave them"


def fixed_by_reason(fixed: list[FixedKernel]) -> dict[str, list[str]]:
    """Kernel names per reason, in first-seen order."""
    out: dict[str, list[str]] = {}
    for k in fixed:
        out.setdefault(k.reason, []).append(k.name)
    return out


def _fixed_reason(funcs: list[tvm.tirx.PrimFunc]) -> str:
    kinds = {str(f.attrs.get("tvmq.kernel", "")) for f in funcs if f.attrs}
    return BSR_REASON if any(k.startswith("bsr") for k in kinds) else SCHEDULED_REASON


def lower_for_tuning(model: Model, spec: TargetSpec, options: CompileOptions | None = None
                     ) -> tvm.IRModule:
    """Run tvmq's pipeline up to and including ``legalize`` (fused TIR kernels, unscheduled)."""
    opts = options or CompileOptions()
    ctx = PipelineContext(spec=spec, target=spec.tvm_target(), options=opts)
    phases = phases_through(get_pipeline(opts.pipeline, ctx), "legalize")
    mod, _ = run_pipeline(model.mod, phases, ctx)
    return mod


def workload_hash(mod: tvm.IRModule) -> str:
    """The structural hash MetaSchedule's JSON database files a kernel under."""
    from tvm.s_tir import meta_schedule as ms

    return str(ms.database.MemoryDatabase().commit_workload(mod).as_json()[0])


def extract_tasks(model: Model, spec: TargetSpec, options: CompileOptions | None = None,
                  fixed: list[FixedKernel] | None = None) -> list[TuneTask]:
    """The model's kernels to tune for ``spec``, one per distinct workload.

    Kernels tvmq's passes already scheduled (``tirx.is_scheduled``, e.g. hand-written
    intrinsics) are left out.

    Parameters
    ----------
    model : Model
        The model (already quantized or pruned, if it is to be compiled that way).
    spec : TargetSpec
        The target.
    options : CompileOptions, optional
        Compile options (the pipeline to follow).
    fixed : list, optional
        Receives a `FixedKernel` for each kernel left out because a tvmq pass already
        scheduled it (block-sparse kernels, whose loops depend on the weight's index arrays).

    Returns
    -------
    list of TuneTask
        Sorted by decreasing `TuneTask.cost`.
    """
    from tvm.s_tir import meta_schedule as ms
    from tvm.s_tir.analysis import estimate_tir_flops

    from ..schedule.apply import constant_params

    mod = lower_for_tuning(model, spec, options)
    constants = constant_params(mod)
    target = spec.tvm_target()
    by_hash: dict[str, TuneTask] = {}
    left_out = fixed if fixed is not None else []
    for gvar, func in mod.functions.items():
        if isinstance(func, tvm.tirx.PrimFunc) and func.attrs is not None and bool(
                func.attrs.get(SCHEDULED_ATTR, False)):
            left_out.append(FixedKernel(gvar.name_hint, _fixed_reason([func])))
    for task in ms.relax_integration.extract_tasks(mod, target):
        if bool(task.mod.attrs and task.mod.attrs.get(SCHEDULED_ATTR, False)):
            continue
        kernel = task.dispatched[0]
        if any(bool(f.attrs and f.attrs.get(SCHEDULED_ATTR, False))
               for f in kernel.functions.values()):
            continue
        h = workload_hash(kernel)
        try:
            flops = float(estimate_tir_flops(kernel))
        except Exception:  # data-dependent loops (block-sparse kernels) cannot be counted
            flops = 0.0
        if not math.isfinite(flops):
            flops = 0.0
        if h in by_hash:
            old = by_hash[h]
            free = tuple(sorted(set(old.layout_free) & set(constants.get(str(task.task_name),
                                                                          []))))
            by_hash[h] = TuneTask(old.name, old.mod, h, old.weight + int(task.weight), old.flops,
                                  free)
        else:
            by_hash[h] = TuneTask(str(task.task_name), kernel, h, int(task.weight), flops,
                                  tuple(constants.get(str(task.task_name), ())))
    return sorted(by_hash.values(), key=lambda t: (-t.cost, t.name))


def plan_budget(tasks: list[TuneTask], trials: int, max_per_task: int | None = None,
                done: dict[str, int] | None = None) -> list[int]:
    """Spread ``trials`` over ``tasks`` by their cost (calls x operations).

    Every task gets at least ``min(8, trials // len(tasks))`` trials; ``max_per_task`` caps
    a task; ``done`` (trials per workload already in the log) is subtracted, so a resumed run
    only spends what is left.

    Returns
    -------
    list of int
        Trials still to run per task, in ``tasks`` order.
    """
    if not tasks or trials <= 0:
        return [0] * len(tasks)
    done = done or {}
    floor = min(8, trials // len(tasks))
    # log-scaled cost: a 1000x bigger kernel gets more trials but not 1000x more
    shares = [math.log2(2.0 + t.cost) for t in tasks]
    rest = trials - floor * len(tasks)
    total = sum(shares)
    alloc = [floor + int(rest * s / total) for s in shares]
    for i in range(trials - sum(alloc)):  # rounding leftovers go to the costliest tasks
        alloc[i % len(alloc)] += 1
    if max_per_task is not None:
        alloc = [min(a, max_per_task) for a in alloc]
    return [max(0, a - done.get(t.workload, 0)) for a, t in zip(alloc, tasks, strict=True)]
