"""The prune report: per-layer sparsity, block shape, BSR decision and bytes before/after."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class LayerReport:
    """One prunable (or skipped) weight.

    Attributes
    ----------
    name : str
        ONNX initializer name of the weight, or ``matmul_<i>`` when it has none.
    shape : (int, int)
        Weight shape as ``[out, in]``.
    sparsity_before, sparsity_after : float
        Fraction of zeros before and after pruning.
    block : str
        Block shape used (``"16x1"``).
    block_density : float
        Fraction of blocks holding a non-zero after pruning.
    bsr : bool
        Whether compile will run it as BSR (block density <= the threshold).
    bytes_before, bytes_after : int
        Dense fp32 bytes, and the bytes after (BSR arrays when ``bsr``, else dense).
    skipped : str
        Why the layer was left as it was ("" when pruned).
    """

    name: str
    shape: tuple[int, int]
    sparsity_before: float
    sparsity_after: float
    block: str
    block_density: float
    bsr: bool
    bytes_before: int
    bytes_after: int
    skipped: str = ""


@dataclass(frozen=True)
class PruneReport:
    """What `tvmq.prune` did, layer by layer."""

    config: str
    layers: tuple[LayerReport, ...]

    @property
    def already_sparse(self) -> list[str]:
        """Layers that arrived with at least half of their weights zero."""
        return [lr.name for lr in self.layers if lr.sparsity_before >= 0.5]

    def totals(self) -> dict[str, Any]:
        """Bytes before/after over all layers and the overall sparsity of the pruned ones."""
        size = sum(lr.shape[0] * lr.shape[1] for lr in self.layers)
        zeros = sum(lr.sparsity_after * lr.shape[0] * lr.shape[1] for lr in self.layers)
        return {"bytes_before": sum(lr.bytes_before for lr in self.layers),
                "bytes_after": sum(lr.bytes_after for lr in self.layers),
                "sparsity": zeros / max(size, 1),
                "bsr_layers": sum(lr.bsr for lr in self.layers)}

    def table(self) -> str:
        """A plain-text table."""
        head = (f"{'layer':<28} {'shape':>11} {'before':>7} {'after':>7} {'block':>6} "
                f"{'dens':>5} {'bsr':>4} {'KiB before':>10} {'KiB after':>9}  note")
        lines = [head, "-" * len(head)]
        for lr in self.layers:
            lines.append(
                f"{lr.name[:28]:<28} {lr.shape[0]:>5}x{lr.shape[1]:<5} "
                f"{lr.sparsity_before:>7.1%} {lr.sparsity_after:>7.1%} {lr.block:>6} "
                f"{lr.block_density:>5.2f} {'yes' if lr.bsr else 'no':>4} "
                f"{lr.bytes_before / 1024:>10.1f} {lr.bytes_after / 1024:>9.1f}  {lr.skipped}")
        t = self.totals()
        lines.append(f"total: sparsity {t['sparsity']:.1%}, {t['bsr_layers']} BSR layer(s), "
                     f"{t['bytes_before'] / 1024:.1f} KiB -> {t['bytes_after'] / 1024:.1f} KiB")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {"config": self.config, "layers": [asdict(lr) for lr in self.layers],
                "totals": self.totals()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PruneReport:
        """Inverse of `to_dict`."""
        layers = tuple(LayerReport(**{**lr, "shape": tuple(lr["shape"])}) for lr in d["layers"])
        return cls(d["config"], layers)

    def to_json(self) -> str:
        """`to_dict` as JSON text."""
        return json.dumps(self.to_dict())
