"""tvmq: a hardware-aware compression compiler on Apache TVM (Relax)."""

__version__ = "0.1.0"

from . import rpc  # noqa: E402
from .compiler import CompileOptions, compile  # noqa: E402
from .errors import (  # noqa: E402
    CompileError,
    ConfigError,
    ExportError,
    InputError,
    ModelLoadError,
    RpcError,
    ShapeError,
    TargetError,
    TvmqError,
    UnsupportedOpError,
)
from .frontend import load_onnx  # noqa: E402
from .model import Model, TensorSpec  # noqa: E402
from .runtime import CompiledModel, LatencyReport, load_module  # noqa: E402
from .target import TargetSpec, get_target, list_targets  # noqa: E402

from . import tune  # noqa: E402  # isort: skip  (callable: tvmq.tune(model, ...))

__all__ = [
    "CompileError", "CompileOptions", "CompiledModel", "ConfigError", "ExportError", "InputError",
    "LatencyReport", "Model", "ModelLoadError", "RpcError", "ShapeError", "TargetError",
    "TargetSpec", "TensorSpec", "TvmqError", "UnsupportedOpError", "compile", "get_target",
    "list_targets", "load_module", "load_onnx", "rpc", "tune",
]
