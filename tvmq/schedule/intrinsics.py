"""Register every tensor intrinsic tvmq's schedules use, so a traced schedule replays anywhere.

Rules register their intrinsics lazily, when they first tensorize. A tuning record (a trace)
names its intrinsic, so replaying or even parsing one (a MetaSchedule database) in a process
where no rule has run yet needs them registered first: `register_all` does it.
"""

from __future__ import annotations

__all__ = ["register_all"]


def register_all() -> None:
    """Register tvmq's x86, AArch64 and CUDA tensor intrinsics (idempotent)."""
    from .arm import neon_intrin
    from .cpu import conv1x1_int8, int8_intrin, int8_intrin_avx2, pack_c4
    from .gpu import dp4a_intrin, wmma_intrin

    for vnni in (False, True):
        for unsigned in (False, True):
            int8_intrin.register(vnni, unsigned)
            int8_intrin_avx2.register_avx2(vnni, unsigned)  # (narrow, unsigned)
    int8_intrin_avx2.register_int16_avx2()
    conv1x1_int8.register_1x1(conv1x1_int8.VNNI)
    conv1x1_int8.register_1x1(conv1x1_int8.AVX2)
    for width in pack_c4.WIDTHS:
        for dtype in ("uint8", "int8"):
            pack_c4.register_pack(width, dtype)
    for sdot in (False, True):
        neon_intrin.register(sdot)
    for emulated in (False, True):
        for scope in ("shared", "global"):
            dp4a_intrin.register(scope, scope, emulated)
        wmma_intrin.register(emulated)
