"""Filter packing shared by the CPU fp32 conv schedules."""

from __future__ import annotations

from collections.abc import Callable

from tvm import s_tir
from tvm.s_tir.schedule import SBlockRV

from ..prepack import pack_read
from ..utils import schedule_elementwise


def pack_filter(sch: s_tir.Schedule, main: SBlockRV, w_idx: int, vf: int, channels: int,
                lanes: int, layout: Callable | None = None) -> None:
    """Repack the filter to ``[F/vf, C, KH, KW, vf]`` (zero-padded) so taps are vector loads,
    or to ``layout`` (an index map of ``f, c, h, w`` ending in ``f % vf``)."""
    pack, prepacked = pack_read(sch, main, w_idx,
                                layout or (lambda f, c, h, w: (f // vf, c, h, w, f % vf)),
                                padded=channels % vf != 0)
    if not prepacked:
        schedule_elementwise(sch, pack, lanes)
