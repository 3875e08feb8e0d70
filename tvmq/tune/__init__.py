"""Auto-scheduling with MetaSchedule: tune a model's kernels, keep and reuse the tuning logs."""

import sys

from . import apply  # noqa: F401  (registers the 'tuning-log' schedule-slot passes)
from .logs import TuningLogWarning
from .remote import RpcDevice
from .report import TaskResult, TuneReport
from .tasks import FixedKernel, TuneTask, extract_tasks
from .tuner import TuneError, tune

__all__ = ["FixedKernel", "RpcDevice", "TaskResult", "TuneError", "TuneReport", "TuneTask",
           "TuningLogWarning", "extract_tasks", "tune"]


class _CallableModule(type(sys.modules[__name__])):  # type: ignore[misc]
    """Lets ``tvmq.tune(model, ...)`` call `tune` while ``tvmq.tune.RpcDevice`` stays a name."""

    def __call__(self, *args: object, **kwargs: object) -> TuneReport:
        return tune(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
