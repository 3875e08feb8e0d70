"""Side-by-side comparison of model variants: reference check, latency and size in one table."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import numpy as np

from .compiler import compile as tvmq_compile
from .model import Model

if TYPE_CHECKING:
    from .rpc.session import Session


def onnxruntime_available() -> bool:
    """Whether onnxruntime (the reference runtime, in the ``test`` extra) is importable."""
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def _ort_session(model: Model):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    return ort.InferenceSession(model.source.SerializeToString(), opts,
                                providers=["CPUExecutionProvider"])


def time_onnxruntime(model: Model, inputs: dict[str, np.ndarray], number: int, repeat: int,
                     warmup: int) -> list[float]:
    """Per-repeat mean seconds of onnxruntime on this machine (Python timer around run)."""
    sess = _ort_session(model)
    for _ in range(warmup):
        sess.run(None, inputs)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            sess.run(None, inputs)
        samples.append((time.perf_counter() - start) / number)
    return samples


def reference_outputs(model: Model, inputs: dict[str, np.ndarray]) -> tuple[str, list]:
    """fp32 reference outputs: onnxruntime when available, else tvmq fp32 on this machine."""
    if model.source is not None and onnxruntime_available():
        return "onnxruntime", _ort_session(model).run(None, inputs)
    return "tvmq fp32 (host)", tvmq_compile(model, "host").run(inputs)


def compare(model: Model, target: str = "host", variants: list[Model] | None = None, *,
            session: Session | None = None, number: int = 10, repeat: int = 5,
            warmup: int = 3, seed: int = 0, compile_options: dict[str, Any] | None = None
            ) -> list[dict[str, Any]]:
    """Compile ``model`` (and transformed ``variants``) for ``target``, check and time them.

    Outputs are compared with the fp32 reference computed on this machine, so a remote board
    is checked against the host. Returns one row per variant (plus onnxruntime when it is
    installed and the run is local): variant, target, median/p90 ms, speedup over tvmq fp32,
    max abs error vs the reference, weight size in KiB, device. ``compile_options`` go to
    `tvmq.compile` (e.g. ``{"tuning_log": "logs/"}``).
    """
    from .rpc.session import RemoteSession

    inputs = model.random_inputs(seed)
    ref_name, ref = reference_outputs(model, inputs)
    rows: list[dict[str, Any]] = []
    local = session is None or not isinstance(session, RemoteSession)
    if local and model.source is not None and onnxruntime_available():
        from .runtime.report import LatencyReport

        rep = LatencyReport.from_seconds(time_onnxruntime(model, inputs, number, repeat, warmup),
                                         number=number, device="local cpu", target="host")
        rows.append(_row("onnxruntime fp32", rep, 0.0, len(model.source.SerializeToString())))
    base_ms = None
    for variant in [model, *(variants or [])]:
        cm = tvmq_compile(variant, target, **(compile_options or {}))
        outs = cm.run(inputs, session=session)
        err = max(float(np.max(np.abs(o.astype("float64") - r))) if o.size else 0.0
                  for o, r in zip(outs, ref, strict=True))
        rep = cm.benchmark(inputs, number=number, repeat=repeat, warmup=warmup, session=session)
        label = "tvmq " + ("+".join(variant.transforms) if variant.transforms else "fp32")
        base_ms = base_ms or rep.median_ms
        row = _row(label, rep, err, variant.param_bytes())
        row["speedup"] = base_ms / rep.median_ms
        rows.append(row)
    for row in rows:
        row.setdefault("speedup", base_ms / row["median_ms"])
    rows[0]["note"] = (f"reference: {ref_name}; speedup is relative to tvmq fp32 on the same "
                       "device" + ("" if local else "; emulated boards are ~10x slower than "
                                   "real ones, compare ratios only"))
    return rows


def _row(label: str, rep: Any, err: float, size: int) -> dict[str, Any]:
    return {"variant": label, "target": rep.target, "median_ms": rep.median_ms,
            "p90_ms": rep.p90_ms, "max_abs_err": err, "size_kb": size / 1024,
            "device": rep.device, "latency": rep.to_dict()}
