"""The search space of a tuning task: MetaSchedule's rules for the target, weight repacking kept.

Tasks mark their constant parameters ``layout_free_buffers``, so MetaSchedule's
``RewriteLayout`` postprocessor repacks such weights for every candidate. tvmq's default
schedules pack weights themselves, and the search is seeded with their records (see
`tvmq.tune.defaults`): running ``RewriteLayout`` on a schedule whose weight is already packed
fails a check inside TVM and aborts the whole search. `KeepPackedLayout` runs it only on
candidates that do not pack yet.
"""

from __future__ import annotations

from typing import Any

import tvm
from tvm.ir.utils import derived_object
from tvm.s_tir.meta_schedule.postproc import PyPostproc, RewriteLayout

PREPACK_ANN = "meta_schedule.layout_rewrite_preproc"


def packs_weights(sch: tvm.s_tir.Schedule) -> bool:
    """Whether ``sch`` made a weight-packing block (annotated ``layout_rewrite_preproc``)."""
    return any(inst.kind.name == "Annotate" and str(inst.attrs[0]) == PREPACK_ANN
               for inst in sch.trace.insts)


@derived_object
class KeepPackedLayout(PyPostproc):
    """``RewriteLayout`` for candidates whose weights are not packed yet; others unchanged."""

    def __init__(self) -> None:
        super().__init__()
        self.inner = RewriteLayout()

    def _initialize_with_tune_context(self, context: Any) -> None:
        self.inner._initialize_with_tune_context(context)

    def apply(self, sch: tvm.s_tir.Schedule) -> bool:
        """Rewrite the layout of layout-free buffers unless a packing block exists."""
        if packs_weights(sch):
            return True
        return bool(self.inner.apply(sch))

    def clone(self) -> KeepPackedLayout:
        """A fresh copy (MetaSchedule clones postprocs per tuning context)."""
        return KeepPackedLayout()


def space_generator(mod: tvm.IRModule, target: tvm.target.Target) -> Any:
    """MetaSchedule's post-order-apply space for ``target``, ``RewriteLayout`` made safe."""
    from tvm.s_tir import meta_schedule as ms

    probe = ms.TuneContext(mod=mod, target=target, space_generator="post-order-apply",
                           search_strategy="replay-trace", task_name="probe")
    space = probe.space_generator
    postprocs = [KeepPackedLayout() if isinstance(p, RewriteLayout) else p
                 for p in space.postprocs]
    return ms.space_generator.PostOrderApply(sch_rules=list(space.sch_rules),
                                             postprocs=postprocs,
                                             mutator_probs=dict(space.mutator_probs))
