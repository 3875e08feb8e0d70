"""tvmq.tune end to end with a tiny budget: resume, reuse, exact schedule, wrong target."""

from __future__ import annotations

import json
import shutil
import warnings

import numpy as np
import pytest
import tvm

import tvmq
from tvmq.compiler import CompileOptions
from tvmq.errors import ConfigError
from tvmq.pipeline import PipelineContext, get_pipeline, run_pipeline
from tvmq.pipeline.phases import phases_through
from tvmq.tune import TuningLogWarning, extract_tasks, logs
from tvmq.tune.apply import load_database

from .conftest import TRIALS, mlp


def test_tasks_are_the_fused_kernels_tvmq_compiles():
    tasks = extract_tasks(mlp(), tvmq.get_target("host"))
    assert sorted(t.name for t in tasks) == ["fused_matmul1_relu1", "fused_matmul_relu"]
    assert all(t.weight == 1 and t.flops > 0 for t in tasks)
    assert len({t.workload for t in tasks}) == 2


def test_killed_run_keeps_records_and_resumes(tuned):
    assert tuned["status"] == -9  # killed mid-run, not finished
    left = tuned["after_kill"]
    # the kill came after 6 records; a searched candidate equal to the default schedule is
    # stored as a default record, not a trial, so fewer than 4 trials may have survived
    assert sum(left.values()) >= 1
    spent = {h: max(n, tuned["spent_before_kill"].get(h, 0)) for h, n in left.items()}
    resumed = tuned["resumed"]
    for task in resumed.tasks:
        assert task.trials_before == left.get(task.workload, 0)  # nothing measured was lost
        # only what was missing: the log's trials, or the manifest's (knob variants that
        # lost to the default were spent without a record)
        assert task.trials_run == max(0, 8 - spent.get(task.workload, 0))
        assert task.best_us is not None
    assert sum(t.trials_run for t in resumed.tasks) == TRIALS - sum(min(n, 8) for n in
                                                                    spent.values())


def test_fully_tuned_model_runs_zero_trials(tuned):
    again = tuned["again"]
    assert again.trials_run == 0
    # each task's share was spent: as search records in the log, or (when the search stopped
    # short or met the default schedule, which is stored as a default record) in the manifest
    done = logs.read_manifest(tuned["log_dir"] / "host")["trials_done"]
    assert all(max(t.trials_before, int(done.get(t.workload, 0))) >= 8 for t in again.tasks)
    assert all(t.best_us is not None for t in again.tasks)


def test_compile_with_log_applies_every_kernel_and_matches(tuned):
    model = tuned["model"]
    cm = tvmq.compile(model, "host", tuning_log=tuned["log_dir"])
    info = cm.info["tuning"]
    assert info["hit"] == 2 and info["fallback"] == 0 and info["bad_lines"] == 0
    ref = tvmq.compile(model, "host")
    inputs = model.random_inputs(0)
    np.testing.assert_allclose(cm.run(inputs)[0], ref.run(inputs)[0], rtol=1e-5, atol=1e-5)


def _scheduled_kernels(model, log_dir) -> dict[str, tvm.tirx.PrimFunc]:
    """The model's kernels after the schedule phase, with ``log_dir`` applied (None: no log)."""
    spec = tvmq.get_target("host")
    ctx = PipelineContext(spec, spec.tvm_target(), CompileOptions(tuning_log=log_dir))
    mod, _ = run_pipeline(model.mod, phases_through(get_pipeline("default", ctx), "schedule"),
                          ctx)
    return {gv.name_hint: f for gv, f in mod.functions.items()
            if isinstance(f, tvm.tirx.PrimFunc)}


def _after_tuning_log(model, log_dir) -> dict[str, tvm.tirx.PrimFunc]:
    """The model's kernels right after the tuning-log pass."""
    from tvmq.tune.apply import tuning_log_passes

    spec = tvmq.get_target("host")
    ctx = PipelineContext(spec, spec.tvm_target(), CompileOptions(tuning_log=log_dir))
    mod, _ = run_pipeline(model.mod, phases_through(get_pipeline("default", ctx), "legalize"),
                          ctx)
    with spec.tvm_target():
        for p in tuning_log_passes(ctx):
            mod = p(mod)
    return {gv.name_hint: f for gv, f in mod.functions.items()
            if isinstance(f, tvm.tirx.PrimFunc)}


def test_applied_schedule_is_the_best_record(tuned):
    from tvm.s_tir import meta_schedule as ms

    spec = tvmq.get_target("host")
    kernels = _scheduled_kernels(tuned["model"], tuned["log_dir"])
    defaults = _scheduled_kernels(tuned["model"], None)
    db = load_database(tuned["log_dir"], spec, {})
    applied = _after_tuning_log(tuned["model"], tuned["log_dir"])
    for task in extract_tasks(tuned["model"], spec):
        best = db.query_ir_module(task.mod, spec.tvm_target(), "main")
        if best is None:  # tvmq's default schedule measured fastest: the default rules ran
            name = task.name + "_prepacked"  # its weight packing went to compile time
            tvm.ir.assert_structural_equal(kernels[name], defaults[name])
            continue
        got = applied[task.name]  # as the log applied it (before its packing is split off)
        expected = best["main"]
        assert got.attrs["tirx.is_scheduled"]
        tvm.ir.assert_structural_equal(got.body, expected.body, map_free_vars=True)
        # and it is a real schedule, not the naive loop nest
        assert got.script() != task.mod["main"].script()
    assert isinstance(db, ms.database.Database)


def test_shared_workloads_hit_in_another_model(tuned):
    cm = tvmq.compile(mlp(extra=True), "host", tuning_log=tuned["log_dir"])
    info = cm.info["tuning"]
    assert info["hit"] == 2 and info["fallback"] == 1
    assert info["fallback_kernels"] == ["fused_matmul2_relu2"]


def test_corrupt_line_is_skipped_with_a_warning(tuned, tmp_path):
    copy = tmp_path / "logs"
    shutil.copytree(tuned["log_dir"], copy)
    with open(copy / "host" / logs.RECORD_FILE, "a") as f:
        f.write('[0, [[[["GetSBlock", [], ["matm')  # a write cut short
    with pytest.warns(TuningLogWarning, match="skipped 1 corrupt"):
        cm = tvmq.compile(tuned["model"], "host", tuning_log=copy)
    assert cm.info["tuning"]["bad_lines"] == 1 and cm.info["tuning"]["hit"] == 2


def test_log_for_another_target_is_not_applied(tuned, tmp_path):
    copy = tmp_path / "logs"
    shutil.copytree(tuned["log_dir"], copy)
    manifest_path = copy / "host" / logs.MANIFEST_FILE
    manifest = json.loads(manifest_path.read_text())
    manifest["target"]["tvm"] = {"kind": "llvm", "mcpu": "cortex-a72",
                                 "mtriple": "aarch64-linux-gnu"}
    manifest_path.write_text(json.dumps(manifest))
    with pytest.warns(TuningLogWarning, match="not applied"):
        cm = tvmq.compile(tuned["model"], "host", tuning_log=copy)
    assert cm.info["tuning"]["hit"] == 0 and cm.info["tuning"]["fallback"] == 2
    assert "made for" in cm.info["tuning"]["rejected"]
    with pytest.raises(ConfigError, match="made for target"):
        tvmq.tune(tuned["model"], "host", trials=8, log_dir=copy, progress=None)


def test_log_without_this_target_warns(tuned):
    with pytest.warns(TuningLogWarning, match="no records for target 'x86-avx2'"):
        cm = tvmq.compile(tuned["model"], "x86-avx2", tuning_log=tuned["log_dir"])
    assert cm.info["tuning"]["hit"] == 0


def test_missing_log_dir_and_bad_budget_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        tvmq.compile(mlp(), "host", tuning_log=tmp_path / "nope")
    with pytest.raises(ConfigError, match="trials"):
        tvmq.tune(mlp(), "host", trials=-1, log_dir=tmp_path)
    with pytest.raises(ConfigError, match="cannot be measured on this"):
        tvmq.tune(mlp(), "rpi4", trials=8, log_dir=tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "tuning" not in tvmq.compile(mlp(), "host").info


@pytest.mark.parametrize("fast", [True, False])
def test_tasks_follow_fast_math(fast):
    from onnx import TensorProto, helper, numpy_helper

    w = numpy_helper.from_array(np.full((16, 32), 0.1, "float32"), "w")
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["h"]), helper.make_node("Erf", ["h"], ["y"])],
        "gelu_part", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [8, 16])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [8, 32])], [w])
    model = tvmq.load_onnx(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)],
                                             ir_version=8))
    names = [t.name for t in extract_tasks(model, tvmq.get_target("host"),
                                           CompileOptions(fast_math=fast))]
    assert any("fast_erf" in n for n in names) is fast, names
    assert any("erf" in n for n in names), names
