"""The main job on the bundled example: compile, check against onnxruntime, benchmark."""

from __future__ import annotations

from typing import Any

from .bench import compare
from .frontend import load_onnx
from .zoo import resnet_cnn


def run_demo(target: str = "host") -> list[dict[str, Any]]:
    """Compile the bundled ResNet-style CNN for ``target`` and return the comparison table.

    The bundled model is built in code with fixed weights (`tvmq.zoo.resnet_cnn`, 32x32 RGB
    input, 10 classes). Later stages (int8, block-sparse) add rows to this same table.
    """
    model = load_onnx(resnet_cnn())
    return compare(model, target, number=20, repeat=5)
