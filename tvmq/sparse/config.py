"""Typed, frozen pruning configuration: sparsity, block shape, criterion, scope and filters."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..config import check_known_keys
from ..errors import ConfigError


@dataclass(frozen=True)
class Block:
    """A block shape of the weight in ``[out_features, in_features]`` layout.

    ``Block(16, 1)`` keeps or drops 16 consecutive output rows of one input column together:
    the BSR kernels vectorize over those 16 rows.
    """

    rows: int
    cols: int

    def __post_init__(self) -> None:
        for name, v in (("rows", self.rows), ("cols", self.cols)):
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise ConfigError(f"block {name} must be a positive int, got {v!r}")

    @classmethod
    def parse(cls, value: Block | str | tuple[int, int] | list[int]) -> Block:
        """Accept ``Block``, ``(16, 1)`` or ``"16x1"``."""
        if isinstance(value, Block):
            return value
        if isinstance(value, str):
            parts = value.lower().split("x")
            try:
                r, c = (int(p) for p in parts)
            except ValueError:
                raise ConfigError(f"bad block shape {value!r}: use ROWSxCOLS, e.g. 16x1") from None
            return cls(r, c)
        if isinstance(value, tuple | list) and len(value) == 2:
            return cls(*(int(v) for v in value))
        raise ConfigError(f"bad block shape {value!r}: use Block(16, 1), (16, 1) or '16x1'")

    def __str__(self) -> str:
        return f"{self.rows}x{self.cols}"


class Norm(enum.Enum):
    """How element scores are reduced over a block."""

    L1 = "l1"
    L2 = "l2"


@dataclass(frozen=True)
class Magnitude:
    """Magnitude pruning: block score is the L1 norm of the block (|w| for 1x1 blocks)."""

    name = "magnitude"


@dataclass(frozen=True)
class BlockNorm:
    """Block pruning by the L1 or L2 norm of each block."""

    norm: Norm = Norm.L2
    name = "blocknorm"


@dataclass(frozen=True)
class Wanda:
    """Activation-aware pruning (Wanda): score |W[n, k]| * ||X[:, k]||_2 over calibration data.

    Attributes
    ----------
    per_output : bool
        Rank blocks within each block row (each group of outputs), as Wanda does, instead of
        over the whole layer.
    reconstruct : bool
        Refit the kept weights of each block row by ridge least squares so that the layer's
        output on the calibration activations matches the unpruned layer.
    ridge : float
        Relative ridge term of the reconstruction (times the mean diagonal of X^T X).
    """

    per_output: bool = True
    reconstruct: bool = False
    ridge: float = 1e-2
    name = "wanda"


Criterion = Magnitude | BlockNorm | Wanda
CRITERIA: dict[str, type] = {"magnitude": Magnitude, "blocknorm": BlockNorm, "wanda": Wanda}


class Scope(enum.Enum):
    """Whether the sparsity target applies to each layer or to all prunable weights together."""

    PER_LAYER = "per_layer"
    GLOBAL = "global"
    ERROR_BUDGET = "error_budget"  # per-layer sparsities by output error; needs calib_data


@dataclass(frozen=True)
class PruneConfig:
    """What `tvmq.prune` does.

    Attributes
    ----------
    sparsity : float
        Fraction of weights to zero, in [0, 1). 0 only detects weights that are already sparse.
    block : Block
        Block shape in ``[out, in]`` weight layout (``Block(16, 1)``, ``"16x1"``, ``(16, 1)``).
    criterion : Magnitude | BlockNorm | Wanda
        Scoring rule. `Wanda` needs ``calib_data``.
    scope : Scope
        ``Scope.PER_LAYER`` (each layer hits ``sparsity``), ``Scope.GLOBAL`` (one score
        threshold over all layers) or ``Scope.ERROR_BUDGET`` (each layer's sparsity chosen
        around ``sparsity`` by its output error on calibration data, same overall sparsity).
    min_params : int
        Layers with fewer weights are left dense.
    skip : tuple of str
        Layer names left dense (names are listed in the prune report).
    bsr_threshold : float
        At compile time, weights whose fraction of non-zero blocks is at most this go to BSR.
    """

    sparsity: float = 0.5
    block: Block = Block(1, 1)
    criterion: Criterion = field(default_factory=Magnitude)
    scope: Scope = Scope.PER_LAYER
    min_params: int = 4096
    skip: tuple[str, ...] = ()
    bsr_threshold: float = 0.5

    def __post_init__(self) -> None:
        try:
            sparsity = float(self.sparsity)
        except (TypeError, ValueError):
            raise ConfigError(
                f"sparsity must be a number in [0, 1), got {self.sparsity!r}") from None
        if not 0.0 <= sparsity < 1.0:
            raise ConfigError(f"sparsity must be in [0, 1), got {self.sparsity!r} "
                              "(0.8 zeroes 80% of each prunable weight)")
        object.__setattr__(self, "sparsity", sparsity)
        object.__setattr__(self, "block", Block.parse(self.block))
        if isinstance(self.criterion, str):
            object.__setattr__(self, "criterion", criterion_from_name(self.criterion))
        if not isinstance(self.criterion, Magnitude | BlockNorm | Wanda):
            raise ConfigError(f"criterion must be Magnitude(), BlockNorm() or Wanda(), got "
                              f"{self.criterion!r}")
        if isinstance(self.scope, str):
            try:
                object.__setattr__(self, "scope", Scope(self.scope))
            except ValueError:
                raise ConfigError(f"scope must be one of {[s.value for s in Scope]}, "
                                  f"got {self.scope!r}") from None
        if not isinstance(self.min_params, int) or self.min_params < 0:
            raise ConfigError(f"min_params must be a non-negative int, got {self.min_params!r}")
        if isinstance(self.skip, str):
            object.__setattr__(self, "skip", (self.skip,))
        object.__setattr__(self, "skip", tuple(self.skip))
        if not 0.0 <= float(self.bsr_threshold) <= 1.0:
            raise ConfigError(f"bsr_threshold must be in [0, 1], got {self.bsr_threshold!r}")

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> PruneConfig:
        """Build from plain values (e.g. JSON); unknown keys are rejected."""
        return cls(**check_known_keys(cls, d, "PruneConfig key"))

    def describe(self) -> str:
        """Short form used in ``Model.transforms``, e.g. ``prune:0.8:16x1:magnitude``."""
        return f"prune:{self.sparsity:g}:{self.block}:{self.criterion.name}"


def criterion_from_name(name: str) -> Criterion:
    """``"magnitude"``, ``"blocknorm"``/``"l1"``/``"l2"`` or ``"wanda"`` as a criterion."""
    key = name.lower()
    if key == "l1":
        return BlockNorm(Norm.L1)
    if key == "l2":
        return BlockNorm(Norm.L2)
    if key not in CRITERIA:
        raise ConfigError(f"unknown pruning criterion {name!r}; valid: "
                          f"{sorted([*CRITERIA, 'l1', 'l2'])}")
    return CRITERIA[key]()
