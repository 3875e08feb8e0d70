"""tvmq: a hardware-aware compression compiler on Apache TVM (Relax)."""

__version__ = "0.1.0"

from .runtime.threads import configure_thread_pool  # noqa: E402

configure_thread_pool()

from . import quant, rpc, schedule  # noqa: E402,F401  (schedule registers default schedules)
from .compiler import CompileOptions, compile  # noqa: E402
from .errors import (  # noqa: E402
    BoardError,
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
from .quant import QuantConfig, quantize  # noqa: E402
from .runtime import CompiledModel, LatencyReport, load_module  # noqa: E402
from .runtime.evaluate import EvalReport, evaluate  # noqa: E402
from .sparse import PruneConfig, prune  # noqa: E402
from .target import TargetSpec, get_target, list_targets  # noqa: E402

from . import tune  # noqa: E402  # isort: skip  (callable: tvmq.tune(model, ...))

__all__ = [
    "BoardError", "CompileError", "CompileOptions", "CompiledModel", "ConfigError", "EvalReport",
    "ExportError", "InputError", "LatencyReport", "Model", "ModelLoadError", "PruneConfig",
    "QuantConfig", "RpcError", "ShapeError", "TargetError", "TargetSpec", "TensorSpec",
    "TvmqError", "UnsupportedOpError", "compile", "evaluate", "get_target", "list_targets",
    "load_module", "load_onnx", "prune", "quant", "quantize", "rpc", "tune",
]
