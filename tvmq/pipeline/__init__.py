"""tvmq's compile pipelines: named, linear lists of phases run before `tvm.compile`."""

from .phases import Phase, PipelineContext, run_pipeline
from .registry import (
    get_pipeline,
    list_pipelines,
    register_pipeline,
    register_slot_passes,
    slot_passes,
)
from .tir import TIR_PIPELINE

from . import default  # noqa: F401  (registers the built-in pipelines)  # isort: skip

__all__ = ["TIR_PIPELINE", "Phase", "PipelineContext", "get_pipeline", "list_pipelines",
           "register_pipeline", "register_slot_passes", "run_pipeline", "slot_passes"]
