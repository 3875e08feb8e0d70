"""`Model`: an imported network as a Relax IRModule plus the signature users call it with."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import tvm


@dataclass(frozen=True)
class TensorSpec:
    """Name, static shape and dtype of one model input or output."""

    name: str
    shape: tuple[int, ...]
    dtype: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {"name": self.name, "shape": list(self.shape), "dtype": self.dtype}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TensorSpec:
        """Inverse of `to_dict`."""
        return cls(str(d["name"]), tuple(int(x) for x in d["shape"]), str(d["dtype"]))

    def random(self, rng: np.random.Generator) -> np.ndarray:
        """A random array of this spec (standard normal for floats, small ints otherwise)."""
        if np.dtype(self.dtype).kind == "f":
            return rng.standard_normal(self.shape).astype(self.dtype)
        if np.dtype(self.dtype).kind == "b":
            return rng.integers(0, 2, self.shape).astype(self.dtype)
        return rng.integers(0, 8, self.shape).astype(self.dtype)


@dataclass(frozen=True)
class Model:
    """A model ready for tvmq's transformations and `tvmq.compile`.

    Attributes
    ----------
    mod : tvm.IRModule
        The Relax module; its ``main`` takes the inputs in `inputs` order, weights are constants.
    inputs : tuple of TensorSpec
        Inputs with their bound static shapes.
    outputs : tuple of TensorSpec
        Outputs (names from the source graph).
    name : str
        A display name (the ONNX graph name or file stem).
    source : Any
        The original graph (an ``onnx.ModelProto``), kept for passes that need it.
    transforms : tuple of str
        What tvmq already did to it (e.g. ``"quantize:int8"``), in order.
    """

    mod: tvm.IRModule
    inputs: tuple[TensorSpec, ...]
    outputs: tuple[TensorSpec, ...]
    name: str = "model"
    source: Any = field(default=None, repr=False, compare=False)
    transforms: tuple[str, ...] = ()

    def with_module(self, mod: tvm.IRModule, transform: str) -> Model:
        """A copy with a transformed module, recording what was done."""
        return replace(self, mod=mod, transforms=(*self.transforms, transform))

    def random_inputs(self, seed: int = 0) -> dict[str, np.ndarray]:
        """Random inputs matching the signature (for smoke tests and benchmarks)."""
        rng = np.random.default_rng(seed)
        return {spec.name: spec.random(rng) for spec in self.inputs}

    def param_bytes(self) -> int:
        """Bytes held by the constant weights of ``main``."""
        total = 0

        def visit(expr: Any) -> None:
            nonlocal total
            if isinstance(expr, tvm.ir.expr.GenericConst) and isinstance(
                    expr.value, tvm.runtime.Tensor):
                total += expr.value.numpy().nbytes

        for func in self.mod.functions.values():
            if isinstance(func, tvm.relax.Function):
                tvm.relax.analysis.post_order_visit(func, visit)
        return total
