"""CPU fallback rule: inline injective stages, then parallel outer loops and vector inner loops."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.target import Target

from ..target_info import cpu_info
from ..utils import is_output_block, iter_kinds, root_blocks, schedule_elementwise


class Fallback(ScheduleRule):
    """Any function: elementwise, injective (reshape/transpose/pad) and reductions.

    Injective stages with a single consumer are inlined into it; every remaining root block
    gets its spatial loops fused and run in parallel over the cores and its innermost loop
    vectorized to the target's width for the block's output dtype.
    """

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != "llvm":
            return None
        info = cpu_info(target)
        sch = s_tir.Schedule(func)
        inline_single_use_injective(sch)
        for block in root_blocks(sch):
            dtype = sch.get(block).writes[0].source.dtype
            schedule_elementwise(sch, block, info.lanes(str(dtype)))
        return sch


def inline_single_use_injective(sch: s_tir.Schedule) -> None:
    """Inline spatial-only intermediate blocks that feed exactly one consumer."""
    for block in reversed(root_blocks(sch)):
        if is_output_block(sch, block) or "R" in iter_kinds(sch, block):
            continue
        if len(sch.get_consumers(block)) != 1:
            continue
        try:
            sch.compute_inline(block)
        except Exception:  # noqa: BLE001 (not inlinable, e.g. a non-trivial producer access)
            continue
