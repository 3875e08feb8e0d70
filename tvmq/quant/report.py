"""`QuantReport`: what quantization did to each layer (scales, SQNR, bytes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np


def sqnr_db(ref: np.ndarray, approx: np.ndarray) -> float:
    """Signal-to-quantization-noise ratio in dB (inf when exact, 0-signal gives -inf)."""
    ref = np.asarray(ref, np.float64)
    noise = float(np.sum((ref - np.asarray(approx, np.float64)) ** 2))
    signal = float(np.sum(ref ** 2))
    if noise == 0.0:
        return float("inf")
    if signal == 0.0:
        return float("-inf")
    return 10.0 * np.log10(signal / noise)


@dataclass(frozen=True)
class LayerReport:
    """One layer: how it was realized, its scales and its weight fidelity."""

    name: str
    kind: str
    status: str  # "int8->int8", "int8->float" or the reason it stayed float
    onnx_name: str | None = None
    input_scale: float | None = None
    input_zero_point: int | None = None
    weight_scale_min: float | None = None
    weight_scale_max: float | None = None
    weight_sqnr_db: float | None = None
    output_sqnr_db: float | None = None
    bytes_before: int = 0
    bytes_after: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class QuantReport:
    """Per-layer report plus model totals."""

    layers: tuple[LayerReport, ...]
    param_bytes_before: int
    param_bytes_after: int
    method: str
    notes: tuple[str, ...] = field(default=())

    @property
    def size_ratio(self) -> float:
        """Float parameter bytes over quantized parameter bytes."""
        return self.param_bytes_before / max(self.param_bytes_after, 1)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {"layers": [r.to_dict() for r in self.layers], "method": self.method,
                "param_bytes_before": self.param_bytes_before,
                "param_bytes_after": self.param_bytes_after, "notes": list(self.notes)}

    def format(self) -> str:
        """A plain-text table."""
        head = f"{'layer':<12} {'onnx node':<14} {'status':<30} {'in scale':>9} {'zp':>4} " \
               f"{'w SQNR':>7} {'out SQNR':>8} {'bytes':>15}"
        rows = [head, "-" * len(head)]
        for r in self.layers:
            scale = f"{r.input_scale:9.4g}" if r.input_scale is not None else f"{'-':>9}"
            zp = f"{r.input_zero_point:4d}" if r.input_zero_point is not None else f"{'-':>4}"
            sq = f"{r.weight_sqnr_db:7.1f}" if r.weight_sqnr_db is not None else f"{'-':>7}"
            sq += f" {r.output_sqnr_db:8.1f}" if r.output_sqnr_db is not None else f" {'-':>8}"
            rows.append(f"{r.name:<12} {(r.onnx_name or '-')[:14]:<14} {r.status[:30]:<30} "
                        f"{scale} {zp} {sq} {r.bytes_before:>7}->{r.bytes_after:<7}")
        rows.append("SQNR in dB: w = weights, out = layer output vs float (end to end)")
        rows.append(f"parameters: {self.param_bytes_before} -> {self.param_bytes_after} bytes "
                    f"({self.size_ratio:.2f}x smaller), calibration: {self.method}")
        return "\n".join(rows + list(self.notes))
