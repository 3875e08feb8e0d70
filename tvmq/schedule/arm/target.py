"""Which AArch64 int8 path a target gets: ``sdot`` (dot-product extension) or plain NEON."""

from __future__ import annotations

import tvm


def is_aarch64(target: tvm.target.Target) -> bool:
    """Whether ``target`` is an llvm target for 64-bit Arm."""
    if target.kind.name != "llvm":
        return False
    triple = str(target.attrs.get("mtriple", ""))
    return triple.startswith(("aarch64", "arm64")) or bool(
        target.attrs.get("feature.is_aarch64", False))


def has_sdot(target: tvm.target.Target) -> bool:
    """Whether ``target`` has the Armv8.2 dot-product instructions (``sdot``/``udot``)."""
    return bool(target.attrs.get("feature.has_dotprod", False))
