"""Range observers: stream tensors through `update`, read the clipping range with `range`."""

from __future__ import annotations

import abc

import numpy as np

from ..errors import InputError


class Observer:
    """Base class: tracks the running min and max; subclasses choose the clipping range."""

    def __init__(self) -> None:
        self.min = np.inf
        self.max = -np.inf
        self.count = 0

    def update(self, x: np.ndarray, name: str = "tensor") -> None:
        """Observe one batch of ``x``; raises InputError if it holds NaN or Inf."""
        x = np.asarray(x, dtype=np.float32)
        if x.size == 0:
            return
        if not np.isfinite(x).all():
            bad = "NaN" if np.isnan(x).any() else "Inf"
            raise InputError(f"calibration produced {bad} in {name}; check the calibration data "
                             "(and the float model) for NaN/Inf values")
        self.min = min(self.min, float(x.min()))
        self.max = max(self.max, float(x.max()))
        self.count += 1
        self._observe(x)

    def _observe(self, x: np.ndarray) -> None:
        pass

    def _check(self) -> None:
        if self.count == 0:
            raise InputError("an observer saw no data: the calibration data set is empty")

    def range(self) -> tuple[float, float]:
        """The (lo, hi) range to quantize to; always contains 0."""
        self._check()
        return min(self.min, 0.0), max(self.max, 0.0)


class MinMaxObserver(Observer):
    """The global min and max of everything observed."""


class MovingMinMaxObserver(Observer):
    """Exponential moving average of each batch's min and max (``momentum`` on the old value)."""

    def __init__(self, momentum: float = 0.9) -> None:
        super().__init__()
        self.momentum = momentum
        self.avg_min = 0.0
        self.avg_max = 0.0

    def _observe(self, x: np.ndarray) -> None:
        lo, hi = float(x.min()), float(x.max())
        if self.count == 1:
            self.avg_min, self.avg_max = lo, hi
        else:
            m = self.momentum
            self.avg_min = m * self.avg_min + (1 - m) * lo
            self.avg_max = m * self.avg_max + (1 - m) * hi

    def range(self) -> tuple[float, float]:
        """The averaged (lo, hi), widened to contain 0."""
        self._check()
        return min(self.avg_min, 0.0), max(self.avg_max, 0.0)


class HistogramObserver(Observer, abc.ABC):
    """Histogram of |x| over [0, width * bins]; the range doubles (merging bin pairs) as needed.

    Subclasses pick a threshold T on the histogram; the range is the observed range clipped to
    [-T, T].
    """

    def __init__(self, bins: int = 2048) -> None:
        super().__init__()
        if bins % 2:
            raise ValueError("bins must be even")
        self.bins = bins
        self.hist = np.zeros(bins, dtype=np.float64)
        self.width = 0.0

    def _observe(self, x: np.ndarray) -> None:
        a = np.abs(x).ravel()
        top = float(a.max())
        if self.width == 0.0:
            if top == 0.0:
                self.hist[0] += a.size
                return
            self.width = top / self.bins
        while top > self.width * self.bins:
            self.hist = self.hist.reshape(-1, 2).sum(axis=1)
            self.hist = np.concatenate([self.hist, np.zeros(self.bins // 2)])
            self.width *= 2
        idx = np.minimum((a / self.width).astype(np.int64), self.bins - 1)
        self.hist += np.bincount(idx, minlength=self.bins)

    @abc.abstractmethod
    def threshold(self) -> float:
        """The clipping threshold on |x|."""

    def range(self) -> tuple[float, float]:
        """The observed range clipped to [-T, T]."""
        self._check()
        if self.width == 0.0:
            return 0.0, 0.0
        t = self.threshold()
        return max(min(self.min, 0.0), -t), min(max(self.max, 0.0), t)


class PercentileObserver(HistogramObserver):
    """Clip |x| at the given percentile of its histogram (upper edge of the bin reaching it)."""

    def __init__(self, percentile: float = 99.99, bins: int = 2048) -> None:
        super().__init__(bins)
        self.percentile = percentile

    def threshold(self) -> float:
        """Upper edge of the bin where the CDF of |x| reaches the percentile."""
        cdf = np.cumsum(self.hist) / self.hist.sum()
        i = int(np.searchsorted(cdf, self.percentile / 100.0 - 1e-12))
        return (min(i, self.bins - 1) + 1) * self.width


def _kl(p: np.ndarray, q: np.ndarray) -> float:
    p = p / p.sum()
    q = q / q.sum()
    mask = p > 0
    return float(np.sum(p[mask] * np.log(p[mask] / q[mask])))


class EntropyObserver(HistogramObserver):
    """TensorRT-style KL calibration: the threshold minimising KL(P || Q) over 128 levels."""

    def __init__(self, bins: int = 2048, levels: int = 128, stride: int = 8) -> None:
        super().__init__(bins)
        self.levels = levels
        self.stride = stride

    def threshold(self) -> float:
        """The candidate edge with the smallest KL divergence."""
        hist, n = self.hist, self.levels
        last = int(np.nonzero(hist)[0].max()) + 1
        if last <= n:
            return last * self.width
        best, best_i = np.inf, last
        for i in range(n, last + 1, self.stride):
            p = hist[:i].copy()
            p[i - 1] += hist[i:].sum()
            # Q: the first i bins merged into n levels, each level spread over its non-empty bins.
            groups = np.array_split(np.arange(i), n)
            q = np.zeros(i)
            for g in groups:
                nz = hist[g] > 0
                if nz.any():
                    q[g[nz]] = hist[g].sum() / nz.sum()
            if (q[p > 0] == 0).any():
                continue
            kl = _kl(p, q)
            if kl < best:
                best, best_i = kl, i
        return best_i * self.width


class MSEObserver(HistogramObserver):
    """The threshold minimising the expected squared error (clipping + uniform rounding)."""

    def __init__(self, bins: int = 2048, levels: int = 127, candidates: int = 256) -> None:
        super().__init__(bins)
        self.levels = levels
        self.candidates = candidates

    def threshold(self) -> float:
        """The candidate threshold with the smallest expected squared error."""
        hist = self.hist
        centers = (np.arange(self.bins) + 0.5) * self.width
        last = int(np.nonzero(hist)[0].max()) + 1
        best, best_t = np.inf, last * self.width
        for t in np.linspace(last * self.width / self.candidates, last * self.width,
                             self.candidates):
            step = t / self.levels
            clipped = centers > t
            err = np.sum(hist[clipped] * (centers[clipped] - t) ** 2)
            err += np.sum(hist[~clipped]) * step * step / 12.0
            if err < best:
                best, best_t = err, float(t)
        return best_t


def make_observer(method: str, percentile: float = 99.99) -> Observer:
    """A fresh observer for a calibration method name."""
    if method == "minmax":
        return MinMaxObserver()
    if method == "moving-minmax":
        return MovingMinMaxObserver()
    if method == "percentile":
        return PercentileObserver(percentile)
    if method == "entropy":
        return EntropyObserver()
    if method == "mse":
        return MSEObserver()
    raise ValueError(f"unknown calibration method {method!r}")
