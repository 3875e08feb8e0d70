"""The knob search over tvmq's default schedules: its decision rule and a knobs-only tuning run."""

from __future__ import annotations

import json

import numpy as np
import pytest
from tvm.s_tir import meta_schedule as ms

import tvmq
from tvmq.compiler import CompileOptions
from tvmq.tune import extract_tasks, logs
from tvmq.tune.defaults import Measured
from tvmq.tune.knob_search import MARGIN, _decide, _round, _start
from tvmq.zoo import GraphBuilder

# The direct 3x3 conv (on x86, fast math compiles it as Winograd kernels and a matmul).
DIRECT = CompileOptions(fast_math=False)


def conv_model() -> tvmq.Model:
    """A 3x3 conv + a 1x1 conv (the fp32 Conv2d rule: register tile and pixel tile knobs)."""
    g = GraphBuilder("convs", seed=2)
    x = g.input("x", [1, 16, 16, 16])
    y = g.op("Relu", [g.op("Conv", [x, g.weight([32, 16, 3, 3])], pads=[1, 1, 1, 1])])
    y = g.op("Relu", [g.op("Conv", [y, g.weight([32, 32, 1, 1])])])
    return tvmq.load_onnx(g.build([y]))


def _measured(d, secs: float) -> Measured:
    args = ms.arg_info.ArgInfo.from_entry_func(d.schedule.mod, remove_preproc=True)
    return Measured([secs], None, args)


def test_variant_replaces_the_best_only_when_faster_than_both_controls_twice(tmp_path):
    spec = tvmq.get_target("host")
    task = next(t for t in extract_tasks(conv_model(), spec, DIRECT) if "conv2d_" in t.name)
    state = _start(task, 20, spec)
    default = dict(state.best)
    control, variants = _round(state, spec)
    assert control.is_default and variants and not any(v.is_default for v in variants)
    first = variants[0]
    db = ms.database.JSONDatabase(work_dir=str(tmp_path))
    spent: dict[str, int] = {}
    items = [(state, control), (state, first), (state, control)]

    def decide(control_a, variant, control_b):  # noqa: ANN001, ANN202
        _decide(items, [control_a, variant, control_b], spent, None, db, spec)

    # faster than the first control, not than the second: nothing pending, nothing logged
    decide(_measured(control, 1.2e-3), _measured(first, 1.0e-3), _measured(control, 0.9e-3))
    assert state.best == default and state.pending is None and len(db) == 0
    assert spent == {task.workload: 1} and state.used == 1
    # within MARGIN of the faster control: not enough
    decide(_measured(control, 1.0e-3), _measured(first, (1 - MARGIN / 2) * 1e-3),
           _measured(control, 1.0e-3))
    assert state.pending is None
    # faster than both: pending, then the confirmation batch (not a trial) must agree
    decide(_measured(control, 1.2e-3), _measured(first, 0.8e-3), _measured(control, 0.9e-3))
    assert state.pending is first and state.best == default and len(db) == 0
    assert _round(state, spec)[1] == [first]
    decide(_measured(control, 0.85e-3), _measured(first, 0.9e-3), _measured(control, 0.95e-3))
    assert state.pending is None and state.best == default and len(db) == 0  # not confirmed
    assert spent == {task.workload: 3}
    decide(_measured(control, 1.2e-3), _measured(first, 0.8e-3), _measured(control, 0.9e-3))
    decide(_measured(control, 1.0e-3), _measured(first, 0.8e-3), _measured(control, 1.1e-3))
    assert state.best == first.chosen() != default and state.improved and len(db) == 1
    assert spent == {task.workload: 4}
    # a failed control does not block a variant that ran
    state.best = default
    decide(Measured(None, "boom"), _measured(first, 5e-3), Measured(None, "boom"))
    decide(Measured(None, "boom"), _measured(first, 5e-3), Measured(None, "boom"))
    assert state.best == first.chosen()


def test_round_varies_one_knob_and_never_repeats_a_schedule():
    spec = tvmq.get_target("host")
    task = next(t for t in extract_tasks(conv_model(), spec, DIRECT) if "conv2d_" in t.name)
    state = _start(task, 1000, spec)
    seen = set()
    while True:
        control, variants = _round(state, spec)
        if not variants:
            break
        for v in variants:
            # One knob away from the best so far. A knob that switches the kernel to another
            # schedule (conv.im2col) brings that schedule's own knobs, at their defaults.
            diff = {k for k, val in v.chosen().items() if k in state.best and state.best[k] != val}
            assert len(diff) == 1
            key = tuple(sorted((k, repr(x)) for k, x in v.chosen().items()))
            assert key not in seen
            seen.add(key)
    assert len(seen) == sum(len(k.values) - 1 for k in control.knobs)  # no improvement: 1 pass


@pytest.mark.slow
def test_knobs_only_tuning_logs_winners_resumes_and_compiles(tmp_path):
    model = conv_model()
    report = tvmq.tune(model, "host", trials=40, log_dir=tmp_path, seed=0, progress=None,
                       metaschedule=False, fast_math=False)
    assert report.trials_run > 0 and all(t.best_us is not None for t in report.tasks)
    manifest = logs.read_manifest(tmp_path / "host")
    assert set(manifest["knobs_searched"]) == {t.workload for t in report.tasks}
    log = logs.read_log(tmp_path / "host")
    kinds = [("default" if logs.is_default_record(r) else "knobs" if logs.is_knob_record(r)
              else "metaschedule") for _, r in log.records]
    assert kinds.count("default") == 2 and "metaschedule" not in kinds
    for _, rec in log.records:  # a knob record names its rule and every knob value
        if logs.is_knob_record(rec):
            assert "Conv2d" in json.dumps(rec[0]) and "=" in json.dumps(rec[0])
    again = tvmq.tune(model, "host", trials=40, log_dir=tmp_path, seed=0, progress=None,
                      metaschedule=False, fast_math=False)
    assert again.trials_run == 0  # knob-searched kernels are not searched again
    x = model.random_inputs(0)
    tuned = tvmq.compile(model, "host", tuning_log=tmp_path, fast_math=False)
    assert tuned.info["tuning"]["hit"] == 2
    np.testing.assert_allclose(tuned.run(x)[0], tvmq.compile(model, "host").run(x)[0],
                               rtol=1e-4, atol=1e-4)
