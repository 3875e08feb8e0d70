"""Tuning progress: one status line per measured batch, fed by a MetaSchedule callback."""

from __future__ import annotations

import time
from typing import Any, TextIO


class Progress:
    """One status line per measured batch: task, trials, elapsed time and ETA."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.start = time.perf_counter()
        self.stream = stream
        self.first_error: str | None = None
        self.succeeded = 0

    def update(self, task: str, n: int, best_us: float | None) -> None:
        """Count ``n`` more trials of ``task``."""
        self.done += n
        if self.stream is None or n == 0:
            return
        elapsed = time.perf_counter() - self.start
        eta = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        best = f" best {best_us:.1f} us" if best_us is not None else ""
        self.stream.write(f"[tune] {self.done}/{self.total} trials ({task}{best}) "
                          f"elapsed {_hms(elapsed)} eta {_hms(max(eta, 0.0))}\n")
        self.stream.flush()


def _hms(secs: float) -> str:
    m, s = divmod(int(secs), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}"


def progress_callback(progress: Progress, task_name: str) -> Any:
    """A MetaSchedule measure callback that feeds ``progress`` with ``task_name``'s results."""
    from tvm.ir.utils import derived_object
    from tvm.s_tir.meta_schedule.measure_callback import PyMeasureCallback

    @derived_object
    class _Report(PyMeasureCallback):
        def __init__(self) -> None:
            super().__init__()
            self.best: float | None = None

        def apply(self, task_scheduler, task_id, measure_candidates, builder_results,
                  runner_results) -> None:  # noqa: ANN001
            for b, res in zip(builder_results, runner_results, strict=False):
                err = b.error_msg or res.error_msg
                if err and progress.first_error is None:
                    progress.first_error = str(err).strip()[-2000:]
                if res.run_secs and not err:
                    progress.succeeded += 1
                    us = 1e6 * sum(float(s) for s in res.run_secs) / len(res.run_secs)
                    self.best = us if self.best is None else min(self.best, us)
            progress.update(task_name, len(runner_results), self.best)

    return _Report()
