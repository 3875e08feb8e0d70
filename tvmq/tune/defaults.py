"""tvmq's default schedule of each tuning task, measured and kept as a record in the log.

The default schedule rules (`tvmq.schedule`) are traced `tvm.s_tir.Schedule` programs, so the
schedule they give a kernel replays from its trace like any MetaSchedule record. Before the
search, each kernel's default schedule is built and measured with the same builder and runner
as the candidates and committed to the log as an ordinary tuning record, its root block marked
with `DEFAULT_MARK`. Two things follow: the evolutionary search starts from it (MetaSchedule
seeds its population with the best records of the database), and the compile, which applies the
fastest record of each kernel, keeps the default schedule wherever no tuned candidate beat it.
Tuning therefore never leaves a kernel slower than tvmq's default schedule, as measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import tvm

from ..target import TargetSpec
from .logs import DEFAULT_MARK, is_default_record
from .tasks import TuneTask

__all__ = ["DEFAULT_MARK", "DefaultSchedule", "default_rules", "default_schedule",
           "is_default_record", "measure_defaults"]


def default_rules(spec: TargetSpec) -> list[Any]:
    """The rule list the compile pipeline schedules ``spec``'s unscheduled kernels with."""
    if spec.kind == "llvm":
        from ..schedule.rules import cpu_rules

        return list(cpu_rules())
    if spec.is_gpu:
        from tvm.s_tir import dlight as dl

        return [dl.gpu.Matmul(), dl.gpu.GEMV(), dl.gpu.Reduction(), dl.gpu.GeneralReduction(),
                dl.gpu.Fallback()]
    return []


@dataclass(frozen=True)
class DefaultSchedule:
    """tvmq's default schedule of one task.

    Attributes
    ----------
    rule : str
        The rule that scheduled it (e.g. ``Matmul``).
    schedule : tvm.s_tir.Schedule
        The traced schedule (its ``trace`` replays on the task's workload).
    """

    rule: str
    schedule: Any


def default_schedule(task: TuneTask, spec: TargetSpec, rules: list[Any] | None = None
                     ) -> DefaultSchedule | None:
    """Schedule ``task`` the way the compile would without a tuning log (first rule that applies).

    Returns None when no rule applies (the kernel would be compiled unscheduled).
    """
    from ..schedule.apply import LAYOUT_FREE_ATTR

    target = spec.tvm_target()
    func = task.mod["main"]
    if task.layout_free:  # as the compile sees it: constant weights may be packed
        func = func.with_attr(LAYOUT_FREE_ATTR, list(task.layout_free))
    with target:
        for rule in default_rules(spec) if rules is None else rules:
            try:
                sch = rule.apply(func, target, False)
            except Exception:  # noqa: BLE001 (a rule that raises does not apply, as in compile)
                continue
            if sch is None:
                continue
            if isinstance(sch, list):
                sch = sch[0]
            name = type(rule).__name__
            sch.annotate(sch.get_sblock("root"), DEFAULT_MARK, name)
            return DefaultSchedule(name, sch)
    return None


UNMEASURABLE = "its weight pre-packing cannot be separated for measurement"


def measure_defaults(tasks: list[TuneTask], spec: TargetSpec, builder: Any, runner: Any,
                     database: Any) -> dict[str, tuple[str, float | None, str | None]]:
    """Build and measure the default schedule of each task and commit it to ``database``.

    Returns
    -------
    dict
        Per workload hash: ``(rule, mean seconds or None, error or None)``; a schedule that
        failed to build or run is not committed.
    """
    from tvm.s_tir import meta_schedule as ms

    target = spec.tvm_target()
    scheduled = [(t, default_schedule(t, spec)) for t in tasks]
    out: dict[str, tuple[str, float | None, str | None]] = {}
    measurable, args = [], []
    for t, d in scheduled:
        if d is None:
            continue
        try:  # as MetaSchedule measures candidates: weights already in their packed layout
            args.append(ms.arg_info.ArgInfo.from_entry_func(d.schedule.mod, remove_preproc=True))
        except tvm.error.InternalError as err:
            out[t.workload] = (d.rule, None, f"{UNMEASURABLE}: {str(err).strip()[-300:]}")
            continue
        measurable.append((t, d))
    scheduled = measurable
    if not scheduled:
        return out
    built = builder.build([ms.builder.BuilderInput(d.schedule.mod, target) for _, d in scheduled])
    runnable = [i for i, b in enumerate(built) if b.error_msg is None]
    device = "cpu" if target.kind.name == "llvm" else target.kind.name
    futures = runner.run([ms.runner.RunnerInput(built[i].artifact_path, device, args[i])
                          for i in runnable])
    ran = dict(zip(runnable, (f.result() for f in futures), strict=True))
    for i, (task, d) in enumerate(scheduled):
        err = built[i].error_msg or (ran[i].error_msg if i in ran else None)
        secs = None if err or not ran[i].run_secs else [float(s) for s in ran[i].run_secs]
        if secs is None:
            out[task.workload] = (d.rule, None, str(err or "no measurement").strip()[-500:])
            continue
        workload = database.commit_workload(task.mod)
        database.commit_tuning_record(ms.database.TuningRecord(
            d.schedule.trace, workload, secs, target, args[i]))
        out[task.workload] = (d.rule, sum(secs) / len(secs), None)
    return out
