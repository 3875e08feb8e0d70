"""The TIR backend pipeline tvmq builds with: TVM's ``s_tir`` pipeline plus `StackScratch`."""

from __future__ import annotations

import tvm
from tvm.s_tir import pipeline as s_tir_pipeline
from tvm.tirx import compilation_pipeline

from .passes.stack_scratch import StackScratch

TIR_PIPELINE = "tvmq"
"""Name to pass as ``tvm.compile(..., tir_pipeline=TIR_PIPELINE)``."""


def _tvmq_tir_pipeline():  # noqa: ANN202  (the factory triple tvm.tirx.build expects)
    lower, finalize_host, finalize_device = s_tir_pipeline.default_s_tir_pipeline()

    def host_passes() -> tvm.transform.Pass:
        return tvm.transform.Sequential([StackScratch(), finalize_host()])

    return lower, host_passes, finalize_device


compilation_pipeline.register_tir_pipeline(TIR_PIPELINE, _tvmq_tir_pipeline)
