"""What `tvmq.tune` reports: one `TaskResult` per kernel and the run's `TuneReport`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .tasks import FixedKernel, fixed_by_reason


@dataclass(frozen=True)
class TaskResult:
    """What tuning did for one kernel.

    Attributes
    ----------
    name, workload : str
        Kernel name and the workload hash its records are filed under.
    weight : int
        Calls per model run.
    trials_before, trials_run : int
        Search trials in the log before this run, and trials measured now.
    best_us : float or None
        Fastest measured time in the log after this run (microseconds): the schedule
        `tvmq.compile` applies.
    default_us, tuned_us : float or None
        Measured time of tvmq's default schedule, and of the fastest searched schedule.
    """

    name: str
    workload: str
    weight: int
    trials_before: int
    trials_run: int
    best_us: float | None
    default_us: float | None = None
    tuned_us: float | None = None

    @property
    def applied(self) -> str:
        """``"tuned"``, ``"default"`` (no searched schedule was faster) or ``"none"``."""
        if self.best_us is None:
            return "none"
        if self.default_us is not None and self.default_us <= self.best_us:
            return "default"
        return "tuned"


@dataclass
class TuneReport:
    """The result of `tvmq.tune`.

    Attributes
    ----------
    target : str
        Target name.
    log_dir : Path
        The target's database directory (``<log_dir>/<target>``).
    tasks : list of TaskResult
        One per distinct kernel, costliest first.
    trials_run : int
        Trials measured by this call.
    seconds : float
        Wall time of this call.
    measured_on : str
        ``local`` or the RPC server / tracker pool.
    bad_lines : int
        Corrupt or truncated lines skipped when reading the existing log.
    fixed : list of FixedKernel
        Kernels left out of the search (tvmq's hand-written kernels, e.g. block-sparse).
    real_args : list of str
        Kernels measured on arguments recorded from a run of the model (their index inputs,
        e.g. embedding ids) instead of random ones (`tvmq.tune.realargs`).
    rekeyed : int
        Records of a log of format 1 copied onto this model's current workloads.
    """

    target: str
    log_dir: Path
    tasks: list[TaskResult] = field(default_factory=list)
    trials_run: int = 0
    seconds: float = 0.0
    measured_on: str = "local"
    bad_lines: int = 0
    fixed: list[FixedKernel] = field(default_factory=list)
    real_args: list[str] = field(default_factory=list)
    rekeyed: int = 0

    def summary(self) -> str:
        """A few lines for humans."""
        tuned = sum(1 for t in self.tasks if t.best_us is not None)
        kept = sum(1 for t in self.tasks if t.applied == "default")
        lines = [f"tuned {len(self.tasks)} kernels for {self.target} on {self.measured_on}: "
                 f"{self.trials_run} trials in {self.seconds:.1f} s; {tuned} have a measured "
                 f"schedule; log {self.log_dir}",
                 f"{kept} kernel(s) keep tvmq's default schedule (no searched schedule was "
                 f"faster), {tuned - kept} use a tuned one"]
        for reason, names in fixed_by_reason(self.fixed).items():
            lines.append(f"{len(names)} {reason}: {', '.join(names)}")
        if self.real_args:
            lines.append(f"{len(self.real_args)} kernel(s) measured on arguments recorded from "
                         f"a run of the model (index inputs): {', '.join(self.real_args)}")
        if self.rekeyed:
            lines.append(f"re-keyed {self.rekeyed} record(s) from log format 1 onto this "
                         "model's layout-free kernels")
        if self.bad_lines:
            lines.append(f"skipped {self.bad_lines} corrupt line(s) of the existing log")
        return "\n".join(lines)
