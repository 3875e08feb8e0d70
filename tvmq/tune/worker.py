"""Functions MetaSchedule runs in its builder worker processes (picklable by reference)."""

from __future__ import annotations

import os
import tempfile
import uuid

import tvm


def build(mod: tvm.IRModule, target: tvm.target.Target, _params: dict | None) -> tvm.runtime.Module:
    """Build one measured candidate.

    MetaSchedule's default build function first imports ``tvm.s_tir.tensor_intrin`` (40-200 s
    in a fresh worker, past the builder's 30 s timeout); a candidate arrives already scheduled
    and tensorized, so building it needs no intrinsic registry. It is lowered by the same TIR
    pipeline as `tvmq.compile`, so the measured kernel is the deployed one.
    """
    from tvm.s_tir.transform import RemoveWeightLayoutRewriteBlock

    from ..pipeline.tir import TIR_PIPELINE

    mod = RemoveWeightLayoutRewriteBlock(skip_tensor_rewrite=True)(mod)
    return tvm.compile(mod, target=target, tir_pipeline=TIR_PIPELINE)


def export_so(cross_compiler: str | None, mod: tvm.runtime.Module) -> str:
    """Export a candidate as a shared library, linked here (boards have no compiler).

    ``cross_compiler`` (the target's, or None for the local one) is bound with a partial.

    The file name is unique: RPC runners upload it under its base name.
    """
    from tvm.support import cc

    name = f"candidate-{uuid.uuid4().hex[:12]}.so"
    path = os.path.join(tempfile.mkdtemp(prefix="tvmq-tune-"), name)
    if cross_compiler:
        mod.export_library(path, fcompile=cc.cross_compiler(cross_compiler))
    else:
        mod.export_library(path)
    return path
