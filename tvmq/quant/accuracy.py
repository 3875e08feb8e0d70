"""Sensitivity analysis and accuracy-aware fallback of the most sensitive layers to float."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..compiler import compile as tvmq_compile
from ..errors import ConfigError
from ..model import Model
from ..runtime.compiled import CompiledModel
from .api import quantize_with_report
from .calibrate import CalibData, calibrate, iter_batches, prepare
from .config import QuantConfig
from .report import QuantReport, sqnr_db
from .table import CalibrationTable


def sensitivity(model: Model, table: CalibrationTable, config: QuantConfig,
                batches: list[dict[str, np.ndarray]], target: str = "host") -> dict[str, float]:
    """Model-output SQNR (dB) when only one layer is quantized, for every layer.

    Low values mark the layers that hurt most; one compilation per layer.
    """
    names = [lay.name for lay in prepare(model)[1] if lay.name not in config.skip]
    ref_cm = tvmq_compile(model, target)
    refs = [ref_cm.run(b) for b in batches]
    out = {}
    for name in names:
        only = dataclasses.replace(config, skip=tuple(n for n in names if n != name),
                                   keep_first_last=False)
        qm, _, _ = quantize_with_report(model, None, only, table=table, measure_sqnr=False)
        cm = tvmq_compile(qm, target)
        out[name] = min(sqnr_db(r[0], cm.run(b)[0]) for r, b in zip(refs, batches, strict=True))
    return out


@dataclass(frozen=True)
class AccuracyResult:
    """Outcome of `quantize_accuracy_aware`."""

    model: Model
    report: QuantReport
    float_score: float
    score: float
    fallback: tuple[str, ...]
    sensitivity: dict[str, float]


def quantize_accuracy_aware(model: Model, calib_data: CalibData,
                            metric: Callable[[CompiledModel], float], max_drop: float,
                            config: QuantConfig | None = None, target: str = "host",
                            max_fallback: int | None = None) -> AccuracyResult:
    """Quantize, then return the most sensitive layers to float until the metric drop fits.

    Parameters
    ----------
    model : Model
        The float model.
    calib_data : str, path or list of dict
        Calibration data (read once; the first two batches also rank layer sensitivity).
    metric : callable
        ``metric(compiled_model) -> float``, higher is better (e.g. top-1 on a held-out set).
    max_drop : float
        Largest acceptable ``metric(float) - metric(quantized)``.
    config : QuantConfig, optional
        The starting configuration.
    target : str
        Where candidates are compiled and scored.
    max_fallback : int, optional
        Give up (ConfigError) after this many layers returned to float; default all.

    Returns
    -------
    AccuracyResult
        The model, its report, both scores, the layers returned to float (most sensitive
        first) and the per-layer sensitivity (dB).
    """
    config = config if config is not None else QuantConfig()
    if config.weight_only or config.dynamic:
        raise ConfigError("accuracy-aware mode needs a static (activation) scheme")
    samples: list = []
    table = calibrate(model, calib_data, config, keep=samples)
    if not samples:
        samples = [next(iter_batches(calib_data, model))]
    sens = sensitivity(model, table, config, samples, target)
    order = sorted(sens, key=sens.get)
    float_score = float(metric(tvmq_compile(model, target)))
    limit = len(order) if max_fallback is None else max_fallback
    fallback: list[str] = []
    while True:
        cfg = dataclasses.replace(config, skip=(*config.skip, *fallback))
        qm, report, _ = quantize_with_report(model, None, cfg, table=table, measure_sqnr=False)
        score = float(metric(tvmq_compile(qm, target)))
        if float_score - score <= max_drop:
            return AccuracyResult(qm, report, float_score, score, tuple(fallback), sens)
        if len(fallback) >= min(limit, len(order)):
            raise ConfigError(f"the metric still drops by {float_score - score:.4g} (> "
                              f"{max_drop}) with {len(fallback)} layer(s) in float "
                              f"({fallback}); raise max_drop or max_fallback")
        fallback.append(order[len(fallback)])
