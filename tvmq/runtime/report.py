"""`LatencyReport`: summary statistics of TVM time_evaluator measurements."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np


@dataclass(frozen=True)
class LatencyReport:
    """Latency of one model on one device, in milliseconds.

    Each sample is the mean of ``number`` back-to-back runs; there are ``repeat`` samples.
    """

    median_ms: float
    mean_ms: float
    std_ms: float
    min_ms: float
    max_ms: float
    p90_ms: float
    number: int
    repeat: int
    samples_ms: tuple[float, ...]
    device: str
    target: str

    @classmethod
    def from_seconds(cls, samples_s: list[float], *, number: int, device: str,
                     target: str) -> LatencyReport:
        """Build a report from per-repeat mean times in seconds."""
        ms = np.asarray(samples_s, dtype="float64") * 1e3
        return cls(
            median_ms=float(np.median(ms)), mean_ms=float(ms.mean()), std_ms=float(ms.std()),
            min_ms=float(ms.min()), max_ms=float(ms.max()), p90_ms=float(np.percentile(ms, 90)),
            number=number, repeat=len(ms), samples_ms=tuple(float(x) for x in ms),
            device=device, target=target,
        )

    def to_dict(self) -> dict:
        """JSON-friendly form."""
        d = asdict(self)
        d["samples_ms"] = list(self.samples_ms)
        return d

    def __str__(self) -> str:
        return (f"median {self.median_ms:.3f} ms  mean {self.mean_ms:.3f}  std {self.std_ms:.3f}"
                f"  min {self.min_ms:.3f}  max {self.max_ms:.3f}  p90 {self.p90_ms:.3f}"
                f"  ({self.repeat}x{self.number} runs on {self.device})")
