"""Model importers: turn framework graphs into a `tvmq.Model` over a Relax IRModule."""

from .onnx import load_onnx, supported_onnx_ops

__all__ = ["load_onnx", "supported_onnx_ops"]
