"""Tuning tasks: the kernels of a model as tvmq compiles it, deduplicated by workload."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import tvm

from ..compiler import CompileOptions
from ..model import Model
from ..pipeline import PipelineContext, get_pipeline, run_pipeline
from ..pipeline.phases import phases_through
from ..target import TargetSpec

SCHEDULED_ATTR = "tirx.is_scheduled"
LAYOUT_FREE_ATTR = "layout_free_buffers"  # MetaSchedule's (tvmq.schedule.apply uses the same)


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
        Parameters bound to compile-time constants at every call (weights). ``mod`` carries
        them as MetaSchedule's ``layout_free_buffers`` attribute, so searched schedules (its
        ``RewriteLayout`` postprocessor) and tvmq's default ones may repack them once at
        compile time.
    legacy_workload : str
        The workload hash of the same kernel without that attribute: the key its records had
        in a log of format 1 (equal to ``workload`` when no parameter is layout-free).
    narrow_int8 : tuple of int
        Parameters bound to int8 constants within [-64, 63] at every call (7-bit weights).
        The default schedule rules see them as the compile does, so the schedule measured as
        "tvmq's default" is the one the compile builds (e.g. the AVX2 ``vpmaddubsw`` kernels);
        not part of the workload hash.
    """

    name: str
    mod: tvm.IRModule
    workload: str
    weight: int
    flops: float
    layout_free: tuple[int, ...] = ()
    legacy_workload: str = ""
    narrow_int8: tuple[int, ...] = ()

    def legacy_mod(self) -> tvm.IRModule:
        """``mod`` as a log of format 1 holds it (without ``layout_free_buffers``)."""
        if not self.layout_free:
            return self.mod
        return tvm.IRModule({"main": self.mod["main"].without_attr(LAYOUT_FREE_ATTR)})

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


def attach_layout_free(mod: tvm.IRModule) -> tvm.IRModule:
    """Mark the constant parameters of every unscheduled PrimFunc as ``layout_free_buffers``.

    A parameter is marked when every ``call_tir`` of the function binds it to a Relax constant
    (a weight), so a schedule may change its layout: the repacking then runs once at compile
    time (``SplitLayoutRewritePreproc`` + ``FoldConstant``). Tuning tasks and the compile's
    tuning-log lookup both mark kernels this way, so their workload hashes agree.
    """
    from ..schedule.apply import constant_params

    constants = constant_params(mod)
    funcs = {}
    for gvar, func in mod.functions.items():
        if (isinstance(func, tvm.tirx.PrimFunc) and gvar.name_hint in constants
                and not (func.attrs is not None and bool(func.attrs.get(SCHEDULED_ATTR, False)))):
            funcs[gvar] = func.with_attr(LAYOUT_FREE_ATTR, list(constants[gvar.name_hint]))
    if not funcs:
        return mod
    out = tvm.IRModule(dict(mod.functions), attrs=mod.attrs, global_infos=mod.global_infos)
    for gvar, func in funcs.items():
        out[gvar] = func
    return out


def layout_free_params(func: tvm.tirx.PrimFunc) -> tuple[int, ...]:
    """The ``layout_free_buffers`` of ``func`` (empty if it has none)."""
    if func.attrs is None or LAYOUT_FREE_ATTR not in func.attrs:
        return ()
    return tuple(sorted(int(i) for i in func.attrs[LAYOUT_FREE_ATTR]))


def extract_tasks(model: Model, spec: TargetSpec, options: CompileOptions | None = None,
                  fixed: list[FixedKernel] | None = None, *, layout_free: bool = True
                  ) -> list[TuneTask]:
    """The model's kernels to tune for ``spec``, one per distinct workload.

    Kernels tvmq's passes already scheduled (``tirx.is_scheduled``, e.g. hand-written
    intrinsics) are left out. Parameters bound to constants are marked layout-free (see
    `attach_layout_free`).

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
    layout_free : bool
        Mark constant parameters (default). False gives the tasks of tuning-log format 1,
        whose kernels did not carry the attribute (for tests and log upgrades).

    Returns
    -------
    list of TuneTask
        Sorted by decreasing `TuneTask.cost`.
    """
    from tvm.s_tir import meta_schedule as ms
    from tvm.s_tir.analysis import estimate_tir_flops

    from ..schedule.apply import constant_params, narrow_int8_params

    mod = lower_for_tuning(model, spec, options)
    narrow = narrow_int8_params(mod)
    legacy = {} if layout_free else constant_params(mod)  # format 1 knew them, unattached
    if layout_free:
        mod = attach_layout_free(mod)
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
        seven_bit = tuple(narrow.get(str(task.task_name), ()))
        if h in by_hash:
            old = by_hash[h]
            by_hash[h] = replace(
                old, weight=old.weight + int(task.weight),
                narrow_int8=tuple(i for i in old.narrow_int8 if i in seven_bit))
        else:
            free = layout_free_params(kernel["main"]) or tuple(legacy.get(str(task.task_name), ()))
            new = TuneTask(str(task.task_name), kernel, h, int(task.weight), flops, free, h,
                           seven_bit)
            if free and layout_free:
                new = replace(new, legacy_workload=workload_hash(new.legacy_mod()))
            by_hash[h] = new
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
