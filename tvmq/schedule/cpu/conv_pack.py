"""Filter packing shared by the CPU fp32 conv schedules."""

from __future__ import annotations

from collections.abc import Callable

from tvm import s_tir, tirx
from tvm.s_tir.schedule import SBlockRV

from ..apply import PREPACK_ATTR, layout_free
from ..utils import schedule_elementwise


def pack_filter(sch: s_tir.Schedule, main: SBlockRV, w_idx: int, vf: int, channels: int,
                lanes: int, layout: Callable | None = None) -> None:
    """Repack the filter to ``[F/vf, C, KH, KW, vf]`` (zero-padded) so taps are vector loads,
    or to ``layout`` (an index map of ``f, c, h, w`` ending in ``f % vf``)."""
    weight = sch.get(main).reads[w_idx].source
    pack = sch.cache_read(main, w_idx, "global")
    pad = None if channels % vf == 0 else tirx.const(0, weight.dtype)
    sch.transform_layout(main, ("read", w_idx),
                         layout or (lambda f, c, h, w: (f // vf, c, h, w, f % vf)),
                         pad_value=pad)
    if layout_free(sch, weight):
        sch.annotate(pack, PREPACK_ATTR, True)
    else:
        schedule_elementwise(sch, pack, lanes)
