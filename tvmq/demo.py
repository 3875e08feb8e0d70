"""The main job on the bundled example: compile, check against onnxruntime, benchmark variants."""

from __future__ import annotations

from typing import Any

from .bench import compare
from .frontend import load_onnx
from .quant import QuantConfig, quantize
from .sparse.channel import ChannelConfig, prune_channels
from .zoo import resnet_cnn


def run_demo(target: str = "host") -> list[dict[str, Any]]:
    """Compile the bundled ResNet-style CNN for ``target`` and return the comparison table.

    The bundled model is built in code with fixed weights (`tvmq.zoo.resnet_cnn`, 32x32 RGB
    input, 10 classes). Rows: onnxruntime fp32, tvmq fp32, tvmq int8 (static per-channel,
    calibrated on 16 synthetic batches), and tvmq with 50% of the channels pruned (a smaller
    dense model). Errors are against the fp32 reference.
    """
    model = load_onnx(resnet_cnn())
    calib = [model.random_inputs(seed) for seed in range(1, 17)]
    int8 = quantize(model, calib, QuantConfig())
    slim, _ = prune_channels(model, ChannelConfig(ratio=0.5))
    return compare(model, target, [int8, slim], number=20, repeat=5)
