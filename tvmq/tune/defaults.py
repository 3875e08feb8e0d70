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

from ..schedule.knobs import Knob, knob_session
from ..target import TargetSpec
from .logs import DEFAULT_MARK, KNOB_MARK, is_default_record
from .tasks import TuneTask

__all__ = ["DEFAULT_MARK", "DefaultSchedule", "default_rules", "default_schedule",
           "is_default_record", "measure_defaults", "measure_schedules", "Measured", "commit"]


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
    knobs : tuple of Knob
        The choices the rule made (`tvmq.schedule.knobs`), with their legal values.
    """

    rule: str
    schedule: Any
    knobs: tuple[Knob, ...] = ()

    @property
    def is_default(self) -> bool:
        """Whether every knob has its default value (the schedule the compile builds)."""
        return all(k.chosen == k.default for k in self.knobs)

    def chosen(self) -> dict[str, Any]:
        """Knob name -> value used."""
        return {k.name: k.chosen for k in self.knobs}


def default_schedule(task: TuneTask, spec: TargetSpec, rules: list[Any] | None = None,
                     knobs: dict[str, Any] | None = None) -> DefaultSchedule | None:
    """Schedule ``task`` the way the compile would without a tuning log (first rule that applies).

    ``knobs`` overrides choices of the rule (name -> value); a schedule that then differs from
    the default is marked `KNOB_MARK` with its values instead of `DEFAULT_MARK`. Returns None
    when no rule applies (the kernel would be compiled unscheduled).
    """
    from ..schedule.apply import LAYOUT_FREE_ATTR, NARROW_INT8_ATTR, report_rule_failure

    target = spec.tvm_target()
    func = task.mod["main"]
    if task.layout_free:  # as the compile sees it: constant weights may be packed
        func = func.with_attr(LAYOUT_FREE_ATTR, list(task.layout_free))
    if task.narrow_int8:  # and 7-bit weights may take the saturating int8 instructions
        func = func.with_attr(NARROW_INT8_ATTR, list(task.narrow_int8))
    with target:
        for rule in default_rules(spec) if rules is None else rules:
            try:
                with knob_session(knobs) as session:
                    sch = rule.apply(func, target, False)
            except Exception as err:  # noqa: BLE001 (it does not apply, as in the compile)
                report_rule_failure(rule, func, err)
                continue
            if sch is None:
                continue
            if isinstance(sch, list):
                sch = sch[0]
            found = DefaultSchedule(type(rule).__name__, sch, tuple(session.seen))
            if found.is_default:
                sch.annotate(sch.get_sblock("root"), DEFAULT_MARK, found.rule)
            else:
                sch.annotate(sch.get_sblock("root"), KNOB_MARK, f"{found.rule} " + ", ".join(
                    f"{k}={v}" for k, v in found.chosen().items()))
            return found
    return None


UNMEASURABLE = "its weight pre-packing cannot be separated for measurement"


@dataclass(frozen=True)
class Measured:
    """One measured schedule: run times (None when it failed), the error, its arguments."""

    secs: list[float] | None
    error: str | None
    args: Any = None

    @property
    def mean(self) -> float | None:
        """Mean run time in seconds, None when it did not run."""
        return sum(self.secs) / len(self.secs) if self.secs else None


def measure_schedules(items: list[tuple[TuneTask, DefaultSchedule]], spec: TargetSpec,
                      builder: Any, runner: Any) -> list[Measured]:
    """Build and measure each schedule with ``builder``/``runner`` (nothing is committed).

    A schedule whose weight packing cannot be separated for measurement gets an error
    starting with `UNMEASURABLE`.
    """
    from tvm.s_tir import meta_schedule as ms

    target = spec.tvm_target()
    out: list[Measured] = [Measured(None, None)] * len(items)
    todo, args = [], []
    for i, (_, d) in enumerate(items):
        try:  # as MetaSchedule measures candidates: weights already in their packed layout
            args.append(ms.arg_info.ArgInfo.from_entry_func(d.schedule.mod, remove_preproc=True))
        except tvm.error.InternalError as err:
            out[i] = Measured(None, f"{UNMEASURABLE}: {str(err).strip()[-300:]}")
            continue
        todo.append(i)
    if not todo:
        return out
    built = builder.build([ms.builder.BuilderInput(items[i][1].schedule.mod, target)
                           for i in todo])
    runnable = [j for j, b in enumerate(built) if b.error_msg is None]
    device = "cpu" if target.kind.name == "llvm" else target.kind.name
    futures = runner.run([ms.runner.RunnerInput(built[j].artifact_path, device, args[j])
                          for j in runnable])
    ran = dict(zip(runnable, (f.result() for f in futures), strict=True))
    for j, i in enumerate(todo):
        err = built[j].error_msg or (ran[j].error_msg if j in ran else None)
        if err or not ran[j].run_secs:
            out[i] = Measured(None, str(err or "no measurement").strip()[-500:], args[j])
        else:
            out[i] = Measured([float(s) for s in ran[j].run_secs], None, args[j])
    return out


def commit(database: Any, task: TuneTask, d: DefaultSchedule, m: Measured,
           spec: TargetSpec) -> None:
    """Commit a schedule that ran as a tuning record of ``task``."""
    from tvm.s_tir import meta_schedule as ms

    workload = database.commit_workload(task.mod)
    database.commit_tuning_record(ms.database.TuningRecord(
        d.schedule.trace, workload, m.secs, spec.tvm_target(), m.args))


def measure_defaults(tasks: list[TuneTask], spec: TargetSpec, builder: Any, runner: Any,
                     database: Any) -> dict[str, tuple[str, float | None, str | None]]:
    """Build and measure the default schedule of each task and commit it to ``database``.

    Returns
    -------
    dict
        Per workload hash: ``(rule, mean seconds or None, error or None)``; a schedule that
        failed to build or run is not committed.
    """
    scheduled = [(t, d) for t in tasks if (d := default_schedule(t, spec)) is not None]
    out = {}
    for (t, d), m in zip(scheduled, measure_schedules(scheduled, spec, builder, runner),
                         strict=True):
        if m.secs is not None:
            commit(database, t, d, m, spec)
        out[t.workload] = (d.rule, m.mean, m.error)
    return out
