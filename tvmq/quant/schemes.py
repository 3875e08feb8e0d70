"""Scheme registry: named `QuantConfig` presets (``--quantize NAME``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..errors import ConfigError
from .config import Int8Symmetric, PerChannel, PerRow, PerTensor, QuantConfig, UInt8Asymmetric
from .log2 import Log2Weights

if TYPE_CHECKING:
    from ..target import TargetSpec

_SCHEMES: dict[str, Callable[[], QuantConfig]] = {}


def register_scheme(name: str) -> Callable[[Callable[[], QuantConfig]], Callable[[], QuantConfig]]:
    """Register a function returning the `QuantConfig` preset called ``name``."""

    def wrap(fn: Callable[[], QuantConfig]) -> Callable[[], QuantConfig]:
        if name in _SCHEMES:
            raise ValueError(f"quantization scheme {name!r} is already registered")
        _SCHEMES[name] = fn
        return fn

    return wrap


def list_schemes() -> list[str]:
    """Names of the registered schemes."""
    return sorted(_SCHEMES)


def get_scheme(name: str) -> QuantConfig:
    """The preset called ``name``; raises ConfigError listing the valid names."""
    if name not in _SCHEMES:
        raise ConfigError(f"unknown quantization scheme {name!r}; valid: {list_schemes()}")
    return _SCHEMES[name]()


AUTO = "auto"


def recommended_scheme(target: str | os.PathLike | TargetSpec = "host") -> str:
    """The static int8 scheme whose kernels are fastest on ``target`` (``--quantize auto``).

    ``"w7a8"`` (7-bit weights) on x86 targets whose only int8 instructions are AVX2: their
    fast ``vpmaddubsw`` kernels are exact only for weights in [-64, 63], and full 8-bit
    weights take ``vpmaddwd`` at about fp32 speed (2.2x slower on ResNet-50, see
    docs/quantization.md). ONNX Runtime's answer on such CPUs is the same: its u8s8 kernels use
    ``vpmaddubsw`` too, and it recommends ``reduce_range`` (7-bit weights) there against the
    int16 saturation. ``"int8"`` everywhere else (VNNI, AVX-512, ARM, CUDA).

    Parameters
    ----------
    target : str, path or TargetSpec
        As for `tvmq.compile` (default: this machine).

    Returns
    -------
    str
        A name for `get_scheme`.
    """
    from ..target import Int8Isa, get_target

    isa = set(get_target(target).int8)
    if Int8Isa.AVX2 in isa and not isa & {Int8Isa.AVX512, Int8Isa.VNNI}:
        return "w7a8"
    return "int8"


@register_scheme("int8")
def _int8() -> QuantConfig:
    """int8 symmetric activations, int8 per-output-channel weights."""
    return QuantConfig(activations=Int8Symmetric(), weight_granularity=PerChannel(0))


@register_scheme("u8s8")
def _u8s8() -> QuantConfig:
    """uint8 asymmetric activations, int8 per-output-channel weights (ONNX Runtime's default)."""
    return QuantConfig(activations=UInt8Asymmetric(), weight_granularity=PerChannel(0))


@register_scheme("int8-per-tensor")
def _int8_per_tensor() -> QuantConfig:
    """int8 symmetric activations and weights, one scale per tensor."""
    return QuantConfig(activations=Int8Symmetric(), weight_granularity=PerTensor())


@register_scheme("w4a8")
def _w4a8() -> QuantConfig:
    """4-bit per-channel weights (in int8 containers), int8 activations."""
    return QuantConfig(weight_bits=4)


@register_scheme("w7a8")
def _w7a8() -> QuantConfig:
    """7-bit per-channel weights ([-63, 63]), int8 activations: exact AVX2 ``vpmaddubsw``."""
    return QuantConfig(weight_bits=7)


@register_scheme("w8-only")
def _w8_only() -> QuantConfig:
    """int8 per-channel matmul weights, float activations (no calibration)."""
    return QuantConfig(weight_only=True)


@register_scheme("w4-only")
def _w4_only() -> QuantConfig:
    """4-bit per-channel matmul weights (int8 containers), float activations."""
    return QuantConfig(weight_only=True, weight_bits=4)


@register_scheme("dynamic-int8")
def _dynamic_int8() -> QuantConfig:
    """Dynamic: int8 per-channel matmul weights, int8 activations scaled per row at run time."""
    return QuantConfig(dynamic=True, dynamic_granularity=PerRow())


@register_scheme("dynamic-int8-per-tensor")
def _dynamic_int8_per_tensor() -> QuantConfig:
    """Dynamic with one run-time activation scale per tensor (ONNX Runtime's layout)."""
    return QuantConfig(dynamic=True, dynamic_granularity=PerTensor())
@register_scheme("log2")
def _log2() -> QuantConfig:
    """Power-of-two per-channel weights (int8 codes +-2**k, k in 0..6), int8 activations."""
    return QuantConfig(log2_weights=Log2Weights())
