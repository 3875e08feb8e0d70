"""Tuning quantized (int8) and pruned (block-sparse) models through ``tvmq tune`` flags."""

from __future__ import annotations

import json

import numpy as np
import onnx
import pytest

import tvmq
from tvmq.cli import main
from tvmq.tune import extract_tasks, logs

from .conftest import mlp


@pytest.fixture()
def mlp_files(tmp_path):
    model = mlp()
    path = tmp_path / "mlp.onnx"
    onnx.save(model.source, path)
    calib = tmp_path / "calib.npz"
    np.savez(calib, x=np.random.default_rng(0).standard_normal((8, 64)).astype("float32"))
    return model, path, calib


@pytest.mark.slow
def test_cli_tune_int8_tunes_the_integer_kernels(mlp_files, tmp_path):
    model, path, calib = mlp_files
    log_dir, out = tmp_path / "logs", tmp_path / "r.json"
    args = ["--quantize", "int8", "--calib", str(calib)]
    # MetaSchedule's own search (a knob search would take the 1 trial per kernel)
    assert main(["tune", str(path), "--trials", "3", "--tuning-log", str(log_dir), "--seed", "0",
                 "--no-knob-search", "--json", str(out), *args]) == 0
    report = json.loads(out.read_text())
    assert 0 < report["trials_run"] <= 3 and not report["fixed"]
    qmodel = tvmq.quant.quantize(model, str(calib))
    tasks = extract_tasks(qmodel, tvmq.get_target("host"))
    assert {t["workload"] for t in report["tasks"]} == {t.workload for t in tasks}
    scripts = {t.name: t.mod.script() for t in tasks}
    int8 = [n for n, s in scripts.items() if "matmul" in n and '"int8"' in s and '"int32"' in s]
    assert len(int8) == 2  # the two int8 x int8 -> int32 matmuls (and the input quantize)
    for task in report["tasks"]:
        # each kernel: a searched schedule and tvmq's (tensorized) default schedule, measured
        assert task["default_us"] is not None
        assert task["best_us"] == min(task["default_us"], task["tuned_us"] or np.inf)
    log = logs.read_log(log_dir / "host")
    # one per kernel (the search may also re-measure a candidate grown from one)
    assert sum(logs.is_default_record(r) for _, r in log.records) >= 3

    cm = tvmq.compile(qmodel, "host", tuning_log=log_dir)
    assert cm.info["tuning"]["hit"] == 3 and cm.info["tuning"]["fallback"] == 0
    x = {"x": np.random.default_rng(1).standard_normal((1, 64)).astype("float32")}
    ref = tvmq.compile(qmodel, "host").run(x)[0]
    np.testing.assert_allclose(cm.run(x)[0], ref, rtol=0, atol=1e-5)  # same integer arithmetic
    # the searched schedules alone (int8 weights repacked by RewriteLayout, folded at compile)
    searched = [(i, r) for i, r in log.records if not logs.is_default_record(r)]
    assert any("layout_rewrite_preproc" in json.dumps(r[0]) for _, r in searched)
    logs.write_log(log_dir / "host", logs.TuningLog(log.workloads, searched))
    cm = tvmq.compile(qmodel, "host", tuning_log=log_dir)
    # (a kernel whose searched candidates all failed to run keeps its default schedule)
    measured = {i for i, r in searched if logs._mean_secs(r) is not None}
    assert cm.info["tuning"]["tuned"] == len(measured), cm.info["tuning"]
    np.testing.assert_allclose(cm.run(x)[0], ref, rtol=0, atol=1e-5)


def test_cli_tune_pruned_reports_bsr_kernels_kept_fixed(mlp_files, tmp_path, capsys):
    _, path, _ = mlp_files
    log_dir, out = tmp_path / "logs", tmp_path / "r.json"
    assert main(["tune", str(path), "--trials", "1", "--tuning-log", str(log_dir),
                 "--json", str(out), "--prune", "0.8", "--prune-min-params", "0"]) == 0
    printed = capsys.readouterr().out
    assert "2 BSR kernel(s) kept on tvmq's fixed schedule" in printed
    report = json.loads(out.read_text())
    assert len(report["fixed"]) == 2 and all("BSR" in k["reason"] for k in report["fixed"])
    assert [t["name"] for t in report["tasks"]] == ["relu", "relu1"]  # what is left to tune
    assert report["trials_run"] <= 1
