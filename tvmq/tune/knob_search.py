"""Knob search: vary the choices of tvmq's default schedules before MetaSchedule's search.

The default rules name their heuristic choices (tile sizes, loop orders: see
`tvmq.schedule.knobs`). For every task whose default schedule has such knobs, this phase runs
a coordinate descent: one knob at a time, each legal value is built with the others at their
best so far and measured in one batch between two new measurements of the current best (the
control: a variant is compared with times taken seconds, not minutes, apart, and the faster of
the two must be beaten, which keeps a lucky variant on a noisy machine from replacing a good
default). A variant replaces the best when it ran `MARGIN` faster than that control in its
batch and again in a confirmation batch (a new control, the variant measured once more; not a
trial); passes over the knobs repeat while one improved. Each variant that replaced the best
is a record of the log (marked `KNOB_MARK`); what is left of a task's trial share goes to
MetaSchedule, whose evolutionary search starts from the fastest records.

This is the search AutoTVM did over hand-written templates, on traced schedules: candidates are
always in the region of the default schedule, where MetaSchedule's random first generations
measured 3-400x slower (docs/tuning.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..target import TargetSpec
from .defaults import DefaultSchedule, Measured, commit, default_schedule, measure_schedules
from .tasks import TuneTask

__all__ = ["MARGIN", "KnobState", "knob_search"]

# A variant must run this much faster than the control, twice (its batch, then a confirmation
# batch), to replace it: on a machine whose timings vary by 20-30% between two runs of one
# schedule, the fastest of ten variants otherwise "wins" by luck.
MARGIN = 0.03


@dataclass
class KnobState:
    """Where the coordinate descent of one task stands."""

    task: TuneTask
    share: int
    best: dict[str, Any]
    names: list[str]
    next_knob: int = 0
    used: int = 0
    tried: set[tuple] = field(default_factory=set)
    improved: bool = False
    pending: DefaultSchedule | None = None

    def next_name(self) -> str | None:
        """The knob to vary next; after the last one, a new pass if the last pass improved."""
        if self.next_knob == len(self.names) and self.improved:
            self.next_knob, self.improved = 0, False
        if self.next_knob == len(self.names):
            return None
        self.next_knob += 1
        return self.names[self.next_knob - 1]

    def left(self) -> int:
        """Trials of the share not spent yet."""
        return self.share - self.used


def _key(chosen: dict[str, Any]) -> tuple:
    return tuple(sorted((k, repr(v)) for k, v in chosen.items()))


def _start(task: TuneTask, share: int, spec: TargetSpec) -> KnobState | None:
    d = default_schedule(task, spec)
    if d is None or not any(len(k.values) > 1 for k in d.knobs):
        return None
    state = KnobState(task, share, d.chosen(), [k.name for k in d.knobs])
    state.tried.add(_key(d.chosen()))
    return state


def _round(state: KnobState, spec: TargetSpec) -> tuple[DefaultSchedule | None,
                                                        list[DefaultSchedule]]:
    """The control and the untried variants of the next knob that has any (within the share;
    the control, a new measurement of a schedule measured before, is not a trial), or the
    control and the pending winner of the last round, to be confirmed."""
    control = default_schedule(state.task, spec, knobs=state.best)
    if control is None:
        return None, []
    if state.pending is not None:
        return control, [state.pending]
    by_name = {k.name: k for k in control.knobs}
    while (name := state.next_name()) is not None:
        knob = by_name.get(name)
        if knob is None:
            continue
        variants = []
        for value in knob.values:
            if len(variants) >= state.left():
                break
            d = default_schedule(state.task, spec, knobs={**state.best, knob.name: value})
            # (a value the rule rejects could let the next rule schedule the kernel instead)
            if d is None or d.rule != control.rule or _key(d.chosen()) in state.tried:
                continue
            state.tried.add(_key(d.chosen()))
            variants.append(d)
        if variants:
            return control, variants
    return control, []


def knob_search(tasks: list[TuneTask], shares: list[int], spec: TargetSpec, builder: Any,
                runner_for: Callable[[TuneTask], Any], database: Any,
                report: Callable[..., None] | None = None) -> dict[str, int]:
    """Coordinate descent over the knobs of each task's default schedule.

    Parameters
    ----------
    tasks, shares : list
        The tasks and the most trials (variants measured) each may spend here.
    spec : TargetSpec
        The target the schedules are built for.
    builder, runner_for, database
        A MetaSchedule builder, the runner of each task and the database records go to.
    report : callable, optional
        Called after each batch with (task name, trials measured, trials that ran, fastest
        us of the batch or None, first error or None).

    Returns
    -------
    dict
        Trials spent per workload hash (tasks without knobs are absent).
    """
    states = [s for t, n in zip(tasks, shares, strict=True)
              if n > 0 and (s := _start(t, n, spec)) is not None]
    spent: dict[str, int] = {}
    while states:
        batch: list[tuple[KnobState, DefaultSchedule, list[DefaultSchedule]]] = []
        for state in states:
            control, variants = _round(state, spec)
            if control is not None and variants:
                batch.append((state, control, variants))
        if not batch:
            break
        groups: dict[int, tuple[Any, list[tuple[KnobState, DefaultSchedule]]]] = {}
        for state, control, variants in batch:
            runner = runner_for(state.task)
            entry = groups.setdefault(id(runner), (runner, []))
            entry[1].extend((state, d) for d in [control, *variants, control])
        for runner, items in groups.values():
            times = measure_schedules([(s.task, d) for s, d in items], spec, builder, runner)
            _decide(items, times, spent, report, database, spec)
        states = [s for s, _, _ in batch if s.left() > 0 or s.pending is not None]
    return spent


def _decide(items: list[tuple[KnobState, DefaultSchedule]], times: list[Measured],
            spent: dict[str, int], report: Callable[..., None] | None, database: Any,
            spec: TargetSpec) -> None:
    """Settle one batch per task: the fastest variant that beat the control by `MARGIN` is
    held as pending; a pending variant that beats it again (its confirmation batch) becomes
    the best and is committed. A variant that did not is measured, not logged."""
    per_task: dict[int, list[tuple[DefaultSchedule, Measured]]] = {}
    states: dict[int, KnobState] = {}
    for (state, d), m in zip(items, times, strict=True):
        per_task.setdefault(id(state), []).append((d, m))
        states[id(state)] = state
    for sid, measured in per_task.items():
        state = states[sid]
        (_, first), *variants, (_, last) = measured
        confirming, state.pending = state.pending, None
        trials = 0 if confirming is not None else len(variants)
        state.used += trials
        spent[state.task.workload] = spent.get(state.task.workload, 0) + trials
        control = min((m.mean for m in (first, last) if m.mean is not None), default=None)
        ran = [(m.mean, d, m) for d, m in variants if m.mean is not None]
        if ran:
            secs, d, m = min(ran, key=lambda r: r[0])
            if control is None or secs < control * (1 - MARGIN):
                if confirming is None:
                    state.pending = d
                else:
                    state.best, state.improved = d.chosen(), True
                    commit(database, state.task, d, m, spec)
        if report is not None:
            error = next((m.error for _, m in measured if m.error), None)
            report(state.task.name, trials, len(ran) if trials else 0,
                   1e6 * min(r[0] for r in ran) if ran else None, error)
