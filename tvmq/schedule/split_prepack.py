"""`SplitWeightPrepack`: TVM's SplitLayoutRewritePreproc, tolerant of hand-written kernels.

TVM's pass requires every PrimFunc to have a root block; hand-written TVMScript kernels (the
block-sparse ones) have none and never carry weight-packing blocks, so they are set aside while
it runs and put back unchanged. A packing function into a padded layout is rebuilt to write
zeros into the padding (`tvmq.schedule.prepack`).
"""

from __future__ import annotations

import tvm
from tvm import relax, tirx

from .prepack import zero_padded_module


def _has_root_block(func: tirx.PrimFunc) -> bool:
    return isinstance(func.body, tvm.s_tir.SBlockRealize)


@tvm.ir.transform.module_pass(opt_level=0, name="SplitWeightPrepack")
class SplitWeightPrepack:
    """Split weight-packing blocks into their own functions (see module docstring)."""

    def transform_module(self, mod: tvm.IRModule, _ctx: tvm.transform.PassContext
                         ) -> tvm.IRModule:
        """Run SplitLayoutRewritePreproc on the functions that have a root block."""
        before = {gvar.name_hint for gvar in mod.get_global_vars()}
        aside = {gvar: func for gvar, func in mod.functions_items()
                 if isinstance(func, tirx.PrimFunc) and not _has_root_block(func)}
        rest = tvm.IRModule({g: f for g, f in mod.functions_items() if g not in aside},
                            attrs=mod.attrs)
        out = relax.transform.SplitLayoutRewritePreproc()(rest)
        for gvar, func in aside.items():
            out[gvar] = func
        split = {gvar.name_hint for gvar in out.get_global_vars()} - before
        return zero_padded_module(out, split)
