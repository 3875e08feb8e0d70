"""Running compiled models: the `CompiledModel`, latency reports and exported-module metadata."""

from .compiled import CompiledModel, load_module
from .metadata import ModuleMetadata, read_metadata
from .report import LatencyReport

__all__ = ["CompiledModel", "LatencyReport", "ModuleMetadata", "load_module", "read_metadata"]
