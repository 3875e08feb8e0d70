"""Typed, frozen quantization configuration: granularities, activation schemes, `QuantConfig`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..config import check_known_keys
from ..errors import ConfigError
from .log2 import Log2Weights


@dataclass(frozen=True)
class PerTensor:
    """One scale for the whole tensor."""


@dataclass(frozen=True)
class PerChannel:
    """One scale per slice along ``axis`` (the output-channel axis of a weight)."""

    axis: int = 0


Granularity = PerTensor | PerChannel


@dataclass(frozen=True)
class PerRow:
    """One scale per row of an activation (per token of a transformer: over the last axis)."""


DynamicGranularity = PerTensor | PerRow


@dataclass(frozen=True)
class Int8Symmetric:
    """Signed 8-bit, zero point 0, range [-127, 127] (symmetric, so -128 is never produced)."""

    dtype: str = "int8"
    qmin: int = -127
    qmax: int = 127
    symmetric: bool = True


@dataclass(frozen=True)
class UInt8Asymmetric:
    """Unsigned 8-bit with a zero point, range [0, 255]."""

    dtype: str = "uint8"
    qmin: int = 0
    qmax: int = 255
    symmetric: bool = False


ActivationScheme = Int8Symmetric | UInt8Asymmetric


@dataclass(frozen=True)
class FloatRequant:
    """Requantize the int32 accumulator with a float32 scale: ``floor(acc * M + 0.5)``.

    As ONNX Runtime's QLinearConv does. 16 lanes per AVX-512 vector instead of 8 int64 ones:
    ResNet-50 runs about 10% faster than with `FixedPointRequant`. Results differ from the
    fixed-point ones only where ``acc * M`` lies within float32 rounding of a half.
    """


@dataclass(frozen=True)
class FixedPointRequant:
    """Requantize in integers: ``(acc * m + 2**(n-1)) >> n`` in int64 (gemmlowp/TFLite style).

    Bit-exact integer arithmetic on every target, for comparing with integer references or
    running where float is slow.
    """


Requantize = FloatRequant | FixedPointRequant
_REQUANT = {"float": FloatRequant, "fixed-point": FixedPointRequant}

CALIB_METHODS = ("minmax", "moving-minmax", "percentile", "entropy", "mse")
_OP_TYPES = ("conv2d", "matmul")


@dataclass(frozen=True)
class QuantConfig:
    """How `tvmq.quantize` quantizes a model.

    Attributes
    ----------
    activations : Int8Symmetric or UInt8Asymmetric
        Scheme of the activations feeding quantized layers (always per tensor).
    weight_granularity : PerTensor or PerChannel
        Weight scales; ``PerChannel(0)`` (per output channel) is the default.
    weight_bits : int
        8; 7 (values in [-63, 63]: the fast exact ``vpmaddubsw`` kernels on AVX2-only x86,
        scheme ``w7a8``); or 4 (values in [-7, 7], packed two per byte).
    calib_method : str
        Observer for activations: one of ``minmax``, ``moving-minmax``, ``percentile``,
        ``entropy``, ``mse``.
    percentile : float
        Percentile of |x| kept by the ``percentile`` observer.
    skip : tuple of str
        Layer names (see `tvmq.quant.list_layers`) or ONNX node names kept in float.
    skip_op_types : tuple of str
        Op types kept in float (``conv2d``, ``matmul``).
    keep_first_last : bool
        Keep the first and the last quantizable layer in float.
    weight_only : bool
        Quantize only the weights of matmul/Gemm layers (activations stay float, no
        calibration needed); for matmul-heavy transformers.
    simulate : bool
        Fake quantization for debugging: inputs and weights are quantized and dequantized,
        the arithmetic stays float32 (reported as ``simulated``).
    dynamic : bool
        Dynamic quantization of matmul/Gemm layers (no calibration): int8 weights per output
        channel, activations quantized to int8 at run time from their own max |x|,
        int8 x int8 -> int32 matmul, dequantized by activation scale x weight scale.
    dynamic_granularity : PerRow or PerTensor
        Activation scales of the dynamic mode: one per row (token, the default) or one per
        tensor (like ONNX Runtime's ``quantize_dynamic``).
    log2_weights : Log2Weights, optional
        Power-of-two weights (``sign * 2**k * scale``, int8 codes) instead of linear ones.
    requantize : FloatRequant or FixedPointRequant
        Arithmetic of the static int8 region's requantize and rescale steps (layer outputs,
        residual adds, concats, pools): float32 scales (the default, faster on CPUs and GPUs)
        or integer multipliers and shifts (bit-exact integer arithmetic).
    """

    activations: ActivationScheme = field(default_factory=Int8Symmetric)
    weight_granularity: Granularity = field(default_factory=lambda: PerChannel(0))
    weight_bits: int = 8
    calib_method: str = "minmax"
    percentile: float = 99.99
    skip: tuple[str, ...] = ()
    skip_op_types: tuple[str, ...] = ()
    keep_first_last: bool = False
    weight_only: bool = False
    simulate: bool = False
    dynamic: bool = False
    dynamic_granularity: DynamicGranularity = field(default_factory=PerRow)
    log2_weights: Log2Weights | None = None
    requantize: Requantize = field(default_factory=FloatRequant)

    def __post_init__(self) -> None:
        if not isinstance(self.activations, Int8Symmetric | UInt8Asymmetric):
            raise ConfigError(f"activations must be Int8Symmetric() or UInt8Asymmetric(), got "
                              f"{self.activations!r}")
        if not isinstance(self.weight_granularity, PerTensor | PerChannel):
            raise ConfigError(f"weight_granularity must be PerTensor() or PerChannel(axis), got "
                              f"{self.weight_granularity!r}")
        if isinstance(self.weight_granularity, PerChannel) and self.weight_granularity.axis != 0:
            raise ConfigError("PerChannel(axis) supports axis 0 only (the output channel of "
                              "OIHW conv and (out, in) matmul weights)")
        if sum((self.weight_only, self.simulate, self.dynamic)) > 1:
            raise ConfigError("weight_only, simulate and dynamic cannot be combined; pick one")
        if not isinstance(self.dynamic_granularity, PerRow | PerTensor):
            raise ConfigError(f"dynamic_granularity must be PerRow() or PerTensor(), got "
                              f"{self.dynamic_granularity!r}")
        if self.dynamic and not isinstance(self.activations, Int8Symmetric):
            raise ConfigError("dynamic quantization uses int8 symmetric activations; leave "
                              "activations at Int8Symmetric()")
        if self.weight_bits not in (4, 7, 8):
            raise ConfigError(f"weight_bits must be 8, 7 or 4, got {self.weight_bits!r}")
        if self.calib_method not in CALIB_METHODS:
            raise ConfigError(f"unknown calib_method {self.calib_method!r}; valid: "
                              f"{', '.join(CALIB_METHODS)}")
        if self.log2_weights is not None and not isinstance(self.log2_weights, Log2Weights):
            raise ConfigError(f"log2_weights must be a Log2Weights() or None, got "
                              f"{self.log2_weights!r}")
        if not isinstance(self.requantize, FloatRequant | FixedPointRequant):
            raise ConfigError(f"requantize must be FloatRequant() or FixedPointRequant(), got "
                              f"{self.requantize!r}")
        if self.log2_weights is not None and self.weight_bits != 8:
            raise ConfigError("log2 weights are int8 codes (+-2**k); leave weight_bits at 8")
        if not 50.0 < float(self.percentile) <= 100.0:
            raise ConfigError(f"percentile must be in (50, 100], got {self.percentile}")
        bad = sorted(set(self.skip_op_types) - set(_OP_TYPES))
        if bad:
            raise ConfigError(f"unknown skip_op_types {bad}; valid: {list(_OP_TYPES)}")
        object.__setattr__(self, "skip", tuple(self.skip))
        object.__setattr__(self, "skip_op_types", tuple(self.skip_op_types))

    @property
    def weight_qmax(self) -> int:
        """Largest weight magnitude (127 for 8 bits, 63 for 7, 7 for 4 bits)."""
        return 2 ** (self.weight_bits - 1) - 1

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (inverse of `from_dict`)."""
        gran = self.weight_granularity
        return {
            "activations": "uint8-asymmetric" if isinstance(self.activations, UInt8Asymmetric)
            else "int8-symmetric",
            "weight_granularity": {"per_channel": gran.axis} if isinstance(gran, PerChannel)
            else "per_tensor",
            "weight_bits": self.weight_bits, "calib_method": self.calib_method,
            "percentile": self.percentile, "skip": list(self.skip),
            "skip_op_types": list(self.skip_op_types), "keep_first_last": self.keep_first_last,
            "weight_only": self.weight_only, "simulate": self.simulate,
            "dynamic": self.dynamic,
            "dynamic_granularity": "per_row" if isinstance(self.dynamic_granularity, PerRow)
            else "per_tensor",
            "log2_weights": None if self.log2_weights is None else self.log2_weights.to_dict(),
            "requantize": next(k for k, v in _REQUANT.items() if isinstance(self.requantize, v)),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> QuantConfig:
        """Build a config from plain values, rejecting unknown keys."""
        kw = check_known_keys(cls, d, "quantization option")
        acts = kw.get("activations")
        if isinstance(acts, str):
            table = {"int8-symmetric": Int8Symmetric, "uint8-asymmetric": UInt8Asymmetric}
            if acts not in table:
                raise ConfigError(f"unknown activations {acts!r}; valid: {sorted(table)}")
            kw["activations"] = table[acts]()
        gran = kw.get("weight_granularity")
        if gran == "per_tensor":
            kw["weight_granularity"] = PerTensor()
        elif isinstance(gran, dict):
            if set(gran) != {"per_channel"}:
                raise ConfigError(f"weight_granularity must be 'per_tensor' or "
                                  f"{{'per_channel': axis}}, got {gran!r}")
            kw["weight_granularity"] = PerChannel(int(gran["per_channel"]))
        elif isinstance(gran, str):
            raise ConfigError(f"weight_granularity must be 'per_tensor' or {{'per_channel': "
                              f"axis}}, got {gran!r}")
        dyn = kw.get("dynamic_granularity")
        if isinstance(dyn, str):
            table = {"per_row": PerRow, "per_tensor": PerTensor}
            if dyn not in table:
                raise ConfigError(f"unknown dynamic_granularity {dyn!r}; valid: {sorted(table)}")
            kw["dynamic_granularity"] = table[dyn]()
        rq = kw.get("requantize")
        if isinstance(rq, str):
            if rq not in _REQUANT:
                raise ConfigError(f"unknown requantize {rq!r}; valid: {sorted(_REQUANT)}")
            kw["requantize"] = _REQUANT[rq]()
        log2 = kw.get("log2_weights")
        if isinstance(log2, dict):
            kw["log2_weights"] = Log2Weights(**check_known_keys(Log2Weights, log2,
                                                                "log2_weights key"))
        for key in ("skip", "skip_op_types"):
            if key in kw:
                kw[key] = tuple(kw[key])
        return cls(**kw)
