"""`SplitWeightPrepack`: TVM's SplitLayoutRewritePreproc, tolerant of hand-written kernels.

TVM's pass requires every PrimFunc to have a root block; hand-written TVMScript kernels (the
block-sparse ones) have none and never carry weight-packing blocks, so they are set aside while
it runs and put back unchanged.
"""

from __future__ import annotations

import tvm
from tvm import relax, tirx


def _has_root_block(func: tirx.PrimFunc) -> bool:
    return isinstance(func.body, tvm.s_tir.SBlockRealize)


@tvm.ir.transform.module_pass(opt_level=0, name="SplitWeightPrepack")
class SplitWeightPrepack:
    """Split weight-packing blocks into their own functions (see module docstring)."""

    def transform_module(self, mod: tvm.IRModule, _ctx: tvm.transform.PassContext
                         ) -> tvm.IRModule:
        """Run SplitLayoutRewritePreproc on the functions that have a root block."""
        aside = {gvar: func for gvar, func in mod.functions_items()
                 if isinstance(func, tirx.PrimFunc) and not _has_root_block(func)}
        if not aside:
            return relax.transform.SplitLayoutRewritePreproc()(mod)
        rest = tvm.IRModule({g: f for g, f in mod.functions_items() if g not in aside},
                            attrs=mod.attrs)
        out = relax.transform.SplitLayoutRewritePreproc()(rest)
        for gvar, func in aside.items():
            out[gvar] = func
        return out
