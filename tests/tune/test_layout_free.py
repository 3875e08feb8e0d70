"""Layout-free tuning tasks (weights repacked by searched schedules) and log format upgrades."""

from __future__ import annotations

import functools
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import tvm

import tvmq
from tvmq.cli import main
from tvmq.compiler import CompileOptions
from tvmq.pipeline import PipelineContext, get_pipeline, run_pipeline
from tvmq.pipeline.phases import phases_through
from tvmq.tune import TuningLogWarning, extract_tasks, logs
from tvmq.tune.defaults import default_schedule
from tvmq.tune.manage import show_log

from .conftest import TRIALS, mlp


def test_tasks_mark_constant_params_layout_free():
    spec = tvmq.get_target("host")
    new = extract_tasks(mlp(), spec)
    old = {t.name: t for t in extract_tasks(mlp(), spec, layout_free=False)}
    for task in new:
        assert task.layout_free == (1,)
        assert [int(i) for i in task.mod["main"].attrs["layout_free_buffers"]] == [1]
        legacy = old[task.name]
        assert "layout_free_buffers" not in legacy.mod["main"].attrs
        # the attribute changes the key; the format-1 key is the kernel without it
        assert task.workload != legacy.workload == task.legacy_workload
        tvm.ir.assert_structural_equal(task.legacy_mod(), legacy.mod)


def _schedule_phase(model, log_dir) -> tvm.IRModule:
    spec = tvmq.get_target("host")
    ctx = PipelineContext(spec, spec.tvm_target(), CompileOptions(tuning_log=log_dir))
    mod, _ = run_pipeline(model.mod, phases_through(get_pipeline("default", ctx), "schedule"),
                          ctx)
    return mod


def _searched_only(src: Path, dest: Path) -> Path:
    """A copy of a log without tvmq's default-schedule records: the searched ones apply."""
    shutil.copytree(src, dest)
    log = logs.read_log(dest / "host")
    logs.write_log(dest / "host", logs.TuningLog(
        log.workloads, [(i, r) for i, r in log.records if not logs.is_default_record(r)]))
    return dest


def test_searched_schedules_repack_weights_at_compile_time(tuned, tmp_path):
    model = tuned["model"]
    log = logs.read_log(tuned["log_dir"] / "host")
    searched = [r for _, r in log.records if not logs.is_default_record(r)]
    assert searched and all("layout_rewrite_preproc" in json.dumps(r[0]) for r in searched)
    copy = _searched_only(tuned["log_dir"], tmp_path / "logs")
    cm = tvmq.compile(model, "host", tuning_log=copy)
    info = cm.info["tuning"]
    assert (info["tuned"], info["default"], info["fallback"], info["rekeyed"]) == (2, 0, 0, 0)
    ref = tvmq.compile(model, "host")
    inputs = model.random_inputs(0)
    np.testing.assert_allclose(cm.run(inputs)[0], ref.run(inputs)[0], rtol=1e-5, atol=1e-6)
    # the packing blocks were split off and folded into the constants at compile time
    mod = _schedule_phase(model, copy)
    kernels = {gv.name_hint: f for gv, f in mod.functions.items()
               if isinstance(f, tvm.tirx.PrimFunc)}
    assert sorted(kernels) == ["fused_matmul1_relu1_prepacked", "fused_matmul_relu_prepacked"]
    calls = [b.value for b in mod["main"].body.blocks[0].bindings
             if isinstance(b.value, tvm.relax.Call) and b.value.op.name == "relax.call_tir"]
    assert sorted(c.args[0].name_hint for c in calls) == sorted(kernels)
    # no packing function is left to run: the weights arrive as (packed) constants
    assert all(isinstance(c.args[1].fields[1], tvm.ir.expr.GenericConst) for c in calls)


def _format1_log(model, dest: Path, manifest_from: Path) -> Path:
    """Write a log as tvmq did before log format 2: kernels keyed without the attribute.

    Per kernel, tvmq's default schedule (measured slower here) and a MetaSchedule candidate
    of the format-1 space (no weight repacking), taken from its design space with the target's
    postprocessors (recorded faster, so compile applies it).
    """
    from tvm.s_tir import meta_schedule as ms

    spec = tvmq.get_target("host")
    target = spec.tvm_target()
    tdir = dest / "host"
    tdir.mkdir(parents=True)
    db = ms.database.JSONDatabase(work_dir=str(tdir))
    done = {}
    for task in extract_tasks(model, spec, layout_free=False):
        workload = db.commit_workload(task.mod)
        args = ms.arg_info.ArgInfo.from_prim_func(task.mod["main"])
        default = default_schedule(task, spec)
        db.commit_tuning_record(ms.database.TuningRecord(
            default.schedule.trace, workload, [2e-6], target, args))
        ctx = ms.TuneContext(mod=task.mod, target=target, space_generator="post-order-apply",
                             search_strategy="replay-trace", task_name=task.name, rand_state=1)
        sch = ctx.space_generator.generate_design_space(task.mod)[0]
        assert all(p.apply(sch) for p in ctx.space_generator.postprocs)
        db.commit_tuning_record(ms.database.TuningRecord(
            sch.trace, workload, [1e-6], target, args))
        done[task.workload] = 8
    manifest = json.loads((manifest_from / logs.MANIFEST_FILE).read_text())
    manifest.pop("log_format")  # format 1 had no such field
    manifest["trials_done"] = done
    manifest["applied"] = {}
    logs.write_manifest(tdir, manifest)
    return dest


@pytest.fixture
def format1(tuned, tmp_path):
    return _format1_log(tuned["model"], tmp_path / "old", tuned["log_dir"] / "host")


def test_format1_log_is_rekeyed_when_compiled(tuned, format1):
    model = tuned["model"]
    with pytest.warns(TuningLogWarning, match="log format 1.*2 kernel.s. use its records re-keyed"):
        cm = tvmq.compile(model, "host", tuning_log=format1)
    info = cm.info["tuning"]
    assert info["log_format"] == 1
    assert (info["tuned"], info["rekeyed"], info["fallback"]) == (2, 2, 0)
    ref = tvmq.compile(model, "host")
    inputs = model.random_inputs(0)
    np.testing.assert_allclose(cm.run(inputs)[0], ref.run(inputs)[0], rtol=1e-5, atol=1e-6)


def test_format1_records_that_match_nothing_are_reported(format1):
    other = mlp(hidden=48)  # other shapes: no kernel matches, re-keyed or not
    with pytest.warns(TuningLogWarning, match="4 records from log format 1 could not be used"):
        cm = tvmq.compile(other, "host", tuning_log=format1)
    info = cm.info["tuning"]
    assert (info["hit"], info["fallback"], info["legacy_unused"]) == (0, 2, 4)


def test_tuning_into_a_format1_log_rekeys_it(tuned, format1):
    model = tuned["model"]
    report = tvmq.tune(model, "host", trials=TRIALS, log_dir=format1, progress=None)
    # both records of both kernels re-keyed; the trials spent carry over, so nothing to run
    assert report.rekeyed == 4 and report.trials_run == 0
    assert "re-keyed 4 record(s) from log format 1" in report.summary()
    assert [t.default_us for t in report.tasks] == [2.0, 2.0]
    manifest = logs.read_manifest(format1 / "host")
    assert manifest["log_format"] == logs.LOG_FORMAT
    tasks = extract_tasks(model, tvmq.get_target("host"))
    per = logs.read_log(format1 / "host").records_per_workload()
    assert all(per[t.workload] == 2 and per[t.legacy_workload] == 2 for t in tasks)
    # again: idempotent
    assert tvmq.tune(model, "host", trials=TRIALS, log_dir=format1, progress=None).rekeyed == 0
    cm = tvmq.compile(model, "host", tuning_log=format1)  # no warning: the new keys hit
    assert (cm.info["tuning"]["tuned"], cm.info["tuning"]["rekeyed"]) == (2, 0)


def test_logs_show_says_the_format(tuned, format1, capsys):
    assert show_log(tuned["log_dir"])[0]["log_format"] == logs.LOG_FORMAT
    assert show_log(format1)[0]["log_format"] == 1
    assert main(["logs", "show", str(format1)]) == 0
    out = capsys.readouterr().out
    assert "log format" in out.splitlines()[0]
    assert "host: log format 1" in out and "re-keyed" in out


def test_merging_a_format1_log_marks_the_destination(tuned, format1, tmp_path):
    dest = tmp_path / "merged"
    assert main(["logs", "merge", str(dest), str(tuned["log_dir"])]) == 0
    assert logs.read_manifest(dest / "host")["log_format"] == logs.LOG_FORMAT
    assert main(["logs", "merge", str(dest), str(format1)]) == 0
    assert logs.read_manifest(dest / "host")["log_format"] == 1


@pytest.mark.slow
def test_log_tuned_by_the_previous_code_is_applied_after_upgrade(tmp_path, monkeypatch):
    """Tune with format-1 tasks (the code before this change), then compile with it."""
    from tvmq.tune import tuner

    model = mlp()
    monkeypatch.setattr(tuner, "extract_tasks", functools.partial(extract_tasks,
                                                                  layout_free=False))
    tvmq.tune(model, "host", trials=4, log_dir=tmp_path, seed=0, progress=None)
    monkeypatch.undo()
    manifest = logs.read_manifest(tmp_path / "host")
    manifest.pop("log_format")
    logs.write_manifest(tmp_path / "host", manifest)
    log = logs.read_log(tmp_path / "host")
    # searched (MetaSchedule) records of format 1 never repack a weight; tvmq's default
    # schedules and their knob variants do (a knob variant is logged when it measures faster,
    # which a loaded machine makes likely)
    assert not any("layout_rewrite_preproc" in json.dumps(r[0]) for _, r in log.records
                   if not (logs.is_default_record(r) or logs.is_knob_record(r)))
    with pytest.warns(TuningLogWarning, match="log format 1"):
        cm = tvmq.compile(model, "host", tuning_log=tmp_path)
    info = cm.info["tuning"]
    assert info["hit"] == 2 and info["fallback"] == 0
    assert info["rekeyed"] == 2  # through the old keys (a searched or the default record)
    ref = tvmq.compile(model, "host")
    inputs = model.random_inputs(0)
    np.testing.assert_allclose(cm.run(inputs)[0], ref.run(inputs)[0], rtol=1e-5, atol=1e-6)
