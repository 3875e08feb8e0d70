"""The local session: loaded VMs are cached per compiled model and released with it."""

from __future__ import annotations

import gc

import numpy as np
from tvmq_testing import tiny_proto

import tvmq
from tvmq.rpc import LocalSession
from tvmq.zoo import GraphBuilder


def _add_const(value: float) -> tvmq.CompiledModel:
    g = GraphBuilder("add_const")
    x = g.input("x", [3])
    proto = g.build([g.op("Add", [x, g.const(np.full(3, value, "float32"))])])
    return tvmq.compile(tvmq.load_onnx(proto))


def test_vm_cached_per_model_and_released_with_it():
    sess = LocalSession()
    cm = _add_const(1.0)
    x = {"x": np.zeros(3, "float32")}
    cm.run(x, session=sess)
    cm.run(x, session=sess)
    assert len(sess._loaded) == 1
    del cm
    gc.collect()
    assert len(sess._loaded) == 0  # a later model at the same address cannot get this VM


def test_many_short_lived_models_get_their_own_results():
    # Regression: the cache was keyed by id(model); temporaries reusing an address ran the
    # previous model's VM.
    x = {"x": np.zeros(3, "float32")}
    for value in range(6):
        np.testing.assert_array_equal(_add_const(float(value)).run(x)[0], np.full(3, value))
        gc.collect()


def test_session_context_manager_clears(tiny_compiled):
    with LocalSession() as sess:
        tiny_compiled.run(tvmq.load_onnx(tiny_proto()).random_inputs(), session=sess)
        assert len(sess._loaded) == 1
    assert len(sess._loaded) == 0
