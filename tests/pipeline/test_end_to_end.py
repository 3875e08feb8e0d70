"""ResNet-style CNN and BERT-style encoder built in code: tvmq vs onnxruntime, export round trip.

Tolerances: the CNN's logits agree with onnxruntime to 1e-4 abs / 1e-3 rel (float32 sums in a
different order over up to 576 terms); the encoder's post-LayerNorm outputs to 2e-4 abs / 1e-3 rel.
"""

from __future__ import annotations

import numpy as np
import pytest
from tvmq_testing import ort_run

import tvmq
from tvmq.runtime.metadata import read_metadata
from tvmq.zoo import bert_encoder, resnet_cnn


@pytest.fixture(scope="module")
def resnet():
    proto = resnet_cnn()
    model = tvmq.load_onnx(proto)
    return proto, model, tvmq.compile(model, "host")


@pytest.fixture(scope="module")
def bert():
    proto = bert_encoder(layers=2)
    model = tvmq.load_onnx(proto)
    return proto, model, tvmq.compile(model, "host")


def test_resnet_matches_onnxruntime(resnet):
    proto, model, cm = resnet
    assert model.inputs[0].shape == (1, 3, 32, 32) and model.outputs[0].shape == (1, 10)
    for seed in (0, 1):
        x = model.random_inputs(seed)
        np.testing.assert_allclose(cm.run(x)[0], ort_run(proto, x)[0], rtol=1e-3, atol=1e-4)


def test_bert_matches_onnxruntime(bert):
    proto, model, cm = bert
    assert [s.dtype for s in model.inputs] == ["int64", "float32"]
    rng = np.random.default_rng(5)
    mask = np.ones((1, 32), "float32")
    mask[0, 20:] = 0
    x = {"input_ids": rng.integers(0, 100, (1, 32)).astype("int64"), "attention_mask": mask}
    got = cm.run(x)[0]
    assert got.shape == (1, 32, 64)
    np.testing.assert_allclose(got, ort_run(proto, x)[0], rtol=1e-3, atol=2e-4)


@pytest.mark.slow
def test_dynamic_batch_resnet_bound_by_shapes():
    proto = resnet_cnn(image=8, batch="N", channels=(4, 8), classes=3)
    model = tvmq.load_onnx(proto, shapes={"input": [2, 3, 8, 8]})
    x = model.random_inputs(3)
    np.testing.assert_allclose(tvmq.compile(model).run(x)[0], ort_run(proto, x)[0],
                               rtol=1e-3, atol=1e-4)


@pytest.mark.parametrize("which", ["resnet", "bert"])
def test_export_load_run_equals_in_memory(which, resnet, bert, tmp_path):
    _, model, cm = {"resnet": resnet, "bert": bert}[which]
    path = cm.export(tmp_path / f"{which}.so")
    meta = read_metadata(path)
    assert meta.inputs == model.inputs and meta.outputs == model.outputs
    assert meta.target == cm.target.to_dict() and meta.model == model.name
    loaded = tvmq.load_module(path)
    x = model.random_inputs(7) if which == "resnet" else {
        "input_ids": np.arange(32, dtype="int64")[None] % 100,
        "attention_mask": np.ones((1, 32), "float32")}
    for a, b in zip(loaded.run(x), cm.run(x), strict=True):
        np.testing.assert_array_equal(a, b)

