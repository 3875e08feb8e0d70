"""tvmq.zoo models compiled with the default schedules vs onnxruntime; CUDA code generation."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
import pytest

import tvmq
from tvmq import zoo

from .conftest import scheduled_rules


def _ort(model: tvmq.Model, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
    sess = ort.InferenceSession(model.source.SerializeToString(),
                                providers=["CPUExecutionProvider"])
    return sess.run(None, inputs)


@pytest.mark.parametrize("build,expected_rules", [
    (zoo.resnet_cnn, {"Conv2d", "Matmul", "Fallback"}),
    (zoo.bert_encoder, {"Matmul", "Fallback"}),
])
def test_zoo_model_matches_onnxruntime(build, expected_rules):
    model = tvmq.load_onnx(build())
    assert set(scheduled_rules(model).values()) == expected_rules
    inputs = model.random_inputs(0)
    out = tvmq.compile(model, "host").run(inputs)
    for got, ref in zip(out, _ort(model, inputs), strict=True):
        np.testing.assert_allclose(got, ref, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("build", [zoo.resnet_cnn, zoo.bert_encoder])
def test_cuda_codegen_builds(build):
    """CUDA targets keep DLight's GPU rules; code generation works without a GPU."""
    model = tvmq.load_onnx(build())
    rules = scheduled_rules(model, "cuda-sm80")
    assert rules == {}, "tvmq's CPU rules must not touch GPU kernels"
    cm = tvmq.compile(model, "cuda-sm80")
    assert cm is not None
