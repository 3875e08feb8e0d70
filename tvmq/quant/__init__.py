"""Post-training quantization: calibrate -> calibration table -> realize integer compute."""

from .accuracy import AccuracyResult, quantize_accuracy_aware, sensitivity
from .api import quantize, quantize_with_report
from .calibrate import calibrate, prepare
from .config import (
    FixedPointRequant,
    FloatRequant,
    Int8Symmetric,
    PerChannel,
    PerRow,
    PerTensor,
    QuantConfig,
    UInt8Asymmetric,
)
from .log2 import Log2Weights, log2_quantize
from .observers import (
    EntropyObserver,
    MinMaxObserver,
    MovingMinMaxObserver,
    MSEObserver,
    Observer,
    PercentileObserver,
    make_observer,
)
from .qdq import import_qdq
from .report import LayerReport, QuantReport
from .schemes import get_scheme, list_schemes, recommended_scheme, register_scheme
from .table import CalibrationTable, TensorQParams


def list_layers(model) -> list[str]:  # noqa: ANN001
    """Names of the quantizable layers (``conv2d_0``, ``matmul_0``...) for ``skip``."""
    return [lay.name for lay in prepare(model)[1]]


__all__ = [
    "AccuracyResult", "CalibrationTable", "EntropyObserver", "FixedPointRequant", "FloatRequant",
    "Int8Symmetric", "LayerReport",
    "Log2Weights", "log2_quantize",
    "MSEObserver",
    "MinMaxObserver", "MovingMinMaxObserver", "Observer", "PerChannel", "PerRow", "PerTensor",
    "PercentileObserver", "QuantConfig", "QuantReport", "TensorQParams", "UInt8Asymmetric",
    "calibrate", "get_scheme", "import_qdq", "list_layers", "list_schemes", "make_observer",
    "quantize",
    "quantize_accuracy_aware", "quantize_with_report", "recommended_scheme", "register_scheme",
    "sensitivity",
]
