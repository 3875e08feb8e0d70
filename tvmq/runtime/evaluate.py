"""Accuracy evaluation: run a validation set through a compiled model (locally or on a board).

Metrics are small typed accumulators looked up by name in a registry (``"top1"``, ``"top5"``,
``"mse"``, ``"max_abs_err"``) or passed as instances; each sees the model's outputs and the
sample's label and reduces them to one number.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import ConfigError, InputError

if TYPE_CHECKING:
    from ..rpc.session import Session
    from .compiled import CompiledModel


class Metric(abc.ABC):
    """Accumulates a metric over samples: `update` per sample, `result` at the end."""

    name: str = "metric"
    higher_is_better: bool = True

    @abc.abstractmethod
    def reset(self) -> None:
        """Forget all samples."""

    @abc.abstractmethod
    def update(self, outputs: list[np.ndarray], label: Any) -> None:
        """Add one sample: the model's outputs and its label."""

    @abc.abstractmethod
    def result(self) -> float:
        """The metric over the samples seen."""


@dataclass
class TopK(Metric):
    """Fraction of rows whose label is among the ``k`` largest logits of output ``output``.

    The output is ``[batch, classes]`` (or ``[classes]``); the label is a class index or an
    array of ``batch`` indices.
    """

    k: int = 1
    output: int = 0
    _hits: int = field(default=0, repr=False)
    _total: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        if self.k < 1:
            raise ConfigError(f"TopK needs k >= 1, got {self.k}")
        self.name = f"top{self.k}"

    def reset(self) -> None:
        """Forget all samples."""
        self._hits = self._total = 0

    def update(self, outputs: list[np.ndarray], label: Any) -> None:
        """Count the rows whose label is in the top ``k``."""
        logits = np.asarray(outputs[self.output])
        logits = logits.reshape(1, -1) if logits.ndim == 1 else logits.reshape(len(logits), -1)
        labels = np.asarray(label, dtype="int64").reshape(-1)
        if labels.size != logits.shape[0]:
            raise InputError(f"{self.name}: {labels.size} label(s) for a batch of "
                             f"{logits.shape[0]} rows")
        top = np.argsort(-logits, axis=1)[:, :self.k]
        self._hits += int((top == labels[:, None]).any(axis=1).sum())
        self._total += labels.size

    def result(self) -> float:
        """Accuracy in [0, 1]."""
        return self._hits / self._total if self._total else float("nan")


@dataclass
class MeanSquaredError(Metric):
    """Mean squared error of output ``output`` against an array label (regression)."""

    output: int = 0
    _sum: float = field(default=0.0, repr=False)
    _count: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        self.name, self.higher_is_better = "mse", False

    def reset(self) -> None:
        """Forget all samples."""
        self._sum, self._count = 0.0, 0

    def update(self, outputs: list[np.ndarray], label: Any) -> None:
        """Accumulate squared errors."""
        diff = np.asarray(outputs[self.output], "float64") - np.asarray(label, "float64")
        self._sum += float(np.sum(diff * diff))
        self._count += diff.size

    def result(self) -> float:
        """The mean squared error."""
        return self._sum / self._count if self._count else float("nan")


@dataclass
class MaxAbsError(Metric):
    """Largest absolute difference of output ``output`` from an array label (e.g. a reference)."""

    output: int = 0
    _max: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        self.name, self.higher_is_better = "max_abs_err", False

    def reset(self) -> None:
        """Forget all samples."""
        self._max = 0.0

    def update(self, outputs: list[np.ndarray], label: Any) -> None:
        """Track the largest difference."""
        diff = np.asarray(outputs[self.output], "float64") - np.asarray(label, "float64")
        self._max = max(self._max, float(np.max(np.abs(diff))) if diff.size else 0.0)

    def result(self) -> float:
        """The largest absolute difference."""
        return self._max


METRICS: dict[str, Callable[[], Metric]] = {
    "top1": lambda: TopK(1), "top5": lambda: TopK(5), "mse": MeanSquaredError,
    "max_abs_err": MaxAbsError,
}


def get_metric(metric: str | Metric) -> Metric:
    """A fresh metric from its registry name, or ``metric`` itself (reset)."""
    if isinstance(metric, Metric):
        metric.reset()
        return metric
    if metric not in METRICS:
        raise ConfigError(f"unknown metric {metric!r}; known: {', '.join(sorted(METRICS))} "
                          "(or pass a tvmq.runtime.evaluate.Metric instance)")
    return METRICS[metric]()


@dataclass(frozen=True)
class EvalReport:
    """The result of `evaluate`: one metric over ``samples`` samples on one device."""

    metric: str
    value: float
    samples: int
    seconds: float
    device: str
    target: str

    def to_dict(self) -> dict:
        """JSON-friendly form."""
        return dict(self.__dict__)

    def __str__(self) -> str:
        return (f"{self.metric} = {self.value:.4f} over {self.samples} samples on {self.device} "
                f"({self.target}, {self.seconds:.1f} s)")


def evaluate(compiled: CompiledModel, dataset: Iterable[tuple[Mapping[str, np.ndarray], Any]],
             metric: str | Metric = "top1", *, session: Session | None = None,
             limit: int | None = None) -> EvalReport:
    """Run a validation set through ``compiled`` and report ``metric``.

    Parameters
    ----------
    compiled : CompiledModel
        The model, e.g. ``tvmq.compile(model, "rpi4")``.
    dataset : iterable of (dict, label)
        Samples: the inputs (exactly the model's signature, batch included) and the label
        the metric compares the outputs with.
    metric : str or Metric
        ``"top1"``, ``"top5"``, ``"mse"``, ``"max_abs_err"`` or a `Metric` instance.
    session : tvmq.rpc.Session, optional
        Where to run: default this machine, or a board from ``tvmq.rpc.connect``. Every
        remote call is bounded by the session's timeout.
    limit : int, optional
        Stop after this many samples.

    Returns
    -------
    EvalReport

    Raises
    ------
    InputError
        An empty dataset, or samples that do not match the model.
    """
    acc = get_metric(metric)
    sess = compiled._session(session)
    start = time.perf_counter()
    count = 0
    for item in dataset:
        if limit is not None and count >= limit:
            break
        if not (isinstance(item, tuple) and len(item) == 2):
            raise InputError("each dataset item must be an (inputs dict, label) pair")
        inputs, label = item
        acc.update(compiled.run(inputs, session=sess), label)
        count += 1
    if count == 0:
        raise InputError("the dataset is empty")
    return EvalReport(metric=acc.name, value=float(acc.result()), samples=count,
                      seconds=time.perf_counter() - start, device=sess.name,
                      target=compiled.target.name)
