"""`CalibrationTable`: observed ranges and quantization parameters per tensor, as JSON."""

from __future__ import annotations

import json
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError

TABLE_VERSION = 1


@dataclass(frozen=True)
class TensorQParams:
    """Range, scale and zero point of one quantized activation tensor."""

    lo: float
    hi: float
    scale: float
    zero_point: int
    dtype: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {"lo": self.lo, "hi": self.hi, "scale": self.scale,
                "zero_point": self.zero_point, "dtype": self.dtype}


@dataclass(frozen=True)
class CalibrationTable:
    """What calibration measured: one `TensorQParams` per activation tensor feeding a layer.

    Attributes
    ----------
    model : str
        Name of the calibrated model.
    method : str
        The observer used (``minmax``, ``entropy``...).
    activations : str
        ``int8-symmetric`` or ``uint8-asymmetric``.
    tensors : dict of str to TensorQParams
        Keyed ``"<layer>:input"`` after the first layer that reads the tensor.
    layers : dict of str to str
        Layer name to the key of its input tensor.
    """

    model: str
    method: str
    activations: str
    tensors: dict[str, TensorQParams] = field(default_factory=dict)
    layers: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {"version": TABLE_VERSION, "model": self.model, "method": self.method,
                "activations": self.activations,
                "tensors": {k: v.to_dict() for k, v in self.tensors.items()},
                "layers": dict(self.layers)}

    def save(self, path: str | os.PathLike) -> Path:
        """Write the table as JSON atomically (temporary file, then rename)."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent or ".")
        try:
            with os.fdopen(fd, "w") as f:
                json.dump(self.to_dict(), f, indent=1, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    @classmethod
    def from_dict(cls, d: Any, where: str = "calibration table") -> CalibrationTable:
        """Parse and validate a table; raises ConfigError saying what is wrong."""
        def bad(msg: str) -> ConfigError:
            return ConfigError(f"{where} is invalid: {msg}; re-run calibration (--save-table) "
                               "to produce a fresh one")

        if not isinstance(d, dict):
            raise bad("the top level is not a JSON object")
        if d.get("version") != TABLE_VERSION:
            raise bad(f"version {d.get('version')!r}, expected {TABLE_VERSION}")
        missing = [k for k in ("model", "method", "activations", "tensors", "layers")
                   if k not in d]
        if missing:
            raise bad(f"missing key(s) {missing}")
        if not isinstance(d["tensors"], dict) or not isinstance(d["layers"], dict):
            raise bad("'tensors' and 'layers' must be objects")
        tensors = {}
        for name, t in d["tensors"].items():
            try:
                q = TensorQParams(float(t["lo"]), float(t["hi"]), float(t["scale"]),
                                  int(t["zero_point"]), str(t["dtype"]))
            except (KeyError, TypeError, ValueError) as err:
                raise bad(f"tensor {name!r}: {type(err).__name__}: {err}") from None
            if not (math.isfinite(q.scale) and q.scale > 0 and math.isfinite(q.lo)
                    and math.isfinite(q.hi) and q.lo <= q.hi):
                raise bad(f"tensor {name!r} has a non-positive or non-finite scale or range")
            if q.dtype not in ("int8", "uint8"):
                raise bad(f"tensor {name!r} has dtype {q.dtype!r} (int8 or uint8 expected)")
            tensors[name] = q
        layers = {str(k): str(v) for k, v in d["layers"].items()}
        dangling = sorted(v for v in layers.values() if v not in tensors)
        if dangling:
            raise bad(f"layers refer to unknown tensors {dangling}")
        return cls(str(d["model"]), str(d["method"]), str(d["activations"]), tensors, layers)

    @classmethod
    def load(cls, path: str | os.PathLike) -> CalibrationTable:
        """Read a table written by `save`."""
        path = Path(path)
        try:
            text = path.read_text()
        except OSError as err:
            raise ConfigError(f"cannot read calibration table {path}: {err.strerror}") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise ConfigError(f"calibration table {path} is not valid JSON ({err}); the file is "
                              "corrupt or truncated; re-run calibration (--save-table)") from None
        return cls.from_dict(data, f"calibration table {path}")
