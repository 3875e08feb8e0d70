"""What a CPU schedule needs to know about its target: vector width, cores, int8 instructions."""

from __future__ import annotations

import os
from dataclasses import dataclass

import tvm
from tvm.target import codegen


@dataclass(frozen=True)
class CpuInfo:
    """Vector and core facts of an llvm target.

    Attributes
    ----------
    vector_bits : int
        Width of the widest SIMD register (512 with AVX-512, 256 with AVX2, 128 with NEON/SSE).
    cores : int
        Cores the kernels run on (target ``num-cores``, else this machine's count).
    registers : int
        SIMD registers available for accumulators and operands (32 for AVX-512 and NEON, else 16).
    vnni : bool
        AVX-512 VNNI (``vpdpbusd``) is available.
    avx512 : bool
        AVX-512F/BW are available.
    avx2 : bool
        AVX2 integer vectors (``vpmaddubsw``/``vpmaddwd`` on 256 bits) are available.
    """

    vector_bits: int
    cores: int
    registers: int
    vnni: bool = False
    avx512: bool = False
    avx2: bool = False

    def lanes(self, dtype: str) -> int:
        """SIMD lanes for ``dtype`` (e.g. 16 ``float32`` lanes with AVX-512)."""
        bits = tvm.DataType(dtype).bits
        return max(1, self.vector_bits // bits)


def cpu_info(target: tvm.target.Target) -> CpuInfo:
    """Derive `CpuInfo` from an llvm ``target`` (its ``mcpu``/``mattr``/``mtriple``)."""
    cores = int(target.attrs.get("num-cores", 0) or 0) or (os.cpu_count() or 1)

    def has(feature: str) -> bool:
        try:
            return bool(codegen.target_has_features(feature, target))
        except Exception:  # unknown feature names for this architecture
            return False

    if has("avx512f"):
        return CpuInfo(512, cores, 32, vnni=has("avx512vnni"), avx512=has("avx512bw"),
                       avx2=True)
    if has("avx2") or has("avx"):
        return CpuInfo(256, cores, 16, avx2=has("avx2"))
    if has("neon") or str(target.attrs.get("mtriple", "")).startswith(("aarch64", "arm64")):
        return CpuInfo(128, cores, 32)
    return CpuInfo(128, cores, 16)
