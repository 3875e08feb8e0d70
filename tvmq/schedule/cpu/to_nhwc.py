"""CPU rule: an 8-bit NCHW -> NHWC transpose of 4 channels through the interleave intrinsic.

`Int8ConvNhwc` leaves one such transpose in an int8 CNN: the stem's quantized input, padded
to 4 channels, at the end of the kernel that quantizes it. As an elementwise kernel each
output byte gathers from another channel plane (about 170 us for ResNet-50's 4x230x230
input); the NHWC rows of 4 channels are exactly ``[C/4, pixels, 4]`` with one channel group,
the layout `tile_pack_c4` writes with vector shifts. The stages before the transpose are
computed first as one vectorized NCHW stage.
"""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.target import Target

from ..target_info import cpu_info
from ..utils import blocks_before, is_output_block, iter_kinds, root_blocks, schedule_elementwise
from .fallback import inline_single_use_injective, split_padding
from .pack_c4 import GROUP, tile_pack_c4


def _is_c4_transpose(sch: s_tir.Schedule, block: s_tir.SBlockRV) -> bool:
    """Whether ``block`` writes the output ``y[n, h, w, c] = x[n, c, h, w]`` of 8-bit values
    with 4 channels."""
    stmt = sch.get(block)
    if (iter_kinds(sch, block) != "SSSS" or len(stmt.reads) != 1 or len(stmt.writes) != 1
            or not is_output_block(sch, block)):
        return False
    src, dst = stmt.reads[0], stmt.writes[0]
    if str(src.source.dtype) not in ("int8", "uint8") or len(src.source.shape) != 4:
        return False
    if [int(d) for d in dst.source.shape][3:] != [GROUP]:
        return False
    n, h, w, c = (iv.var for iv in stmt.iter_vars)
    return all(r.min.same_as(v) for r, v in zip(src.region, (n, c, h, w), strict=True)) and all(
        r.min.same_as(v) for r, v in zip(dst.region, (n, h, w, c), strict=True))


class TransposeToNhwc8(ScheduleRule):
    """A function ending in `_is_c4_transpose` (see module doc)."""

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule ``func`` or return None when it does not end in such a transpose."""
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != "llvm":
            return None
        sch = s_tir.Schedule(func)
        blocks = root_blocks(sch)
        if not blocks or not _is_c4_transpose(sch, blocks[-1]):
            return None
        last = blocks[-1]
        inline_single_use_injective(sch, keep=last)
        lanes = cpu_info(target).lanes("uint8")
        for block in blocks_before(sch, last):
            for part in split_padding(sch, block):
                schedule_elementwise(sch, part, lanes)
        sch.transform_block_layout(last, lambda n, h, w, c: (n, c, h, w))
        return sch if tile_pack_c4(sch, last, lambda n, c, h, w: (n, h, w, c)) else None
