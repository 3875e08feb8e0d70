"""``tvmq tune`` / ``tvmq logs`` / ``--tuning-log``, and merging logs of different models."""

from __future__ import annotations

import json
import shutil
import tarfile

import onnx
import pytest

import tvmq
from tvmq.cli import main
from tvmq.errors import ConfigError
from tvmq.tune import logs
from tvmq.tune.manage import merge_log_dirs

from .conftest import TRIALS, mlp


def _split_by_kernel(src, out_root) -> list:
    """One log per kernel, as if two models had each tuned one of them."""
    log = logs.read_log(src / "host")
    dirs = []
    for i, (h, wl) in enumerate(log.workloads):
        part = logs.TuningLog([(h, wl)], [(0, r) for idx, r in log.records if idx == i])
        d = out_root / f"model{i}" / "host"
        logs.write_log(d, part)
        shutil.copy(src / "host" / logs.MANIFEST_FILE, d / logs.MANIFEST_FILE)
        dirs.append(d.parent)
    return dirs


def test_merged_logs_of_two_models_cover_both_kernels(tuned, tmp_path):
    model = tuned["model"]
    parts = _split_by_kernel(tuned["log_dir"], tmp_path)
    assert len(parts) == 2
    alone = tvmq.compile(model, "host", tuning_log=parts[0]).info["tuning"]
    assert (alone["hit"], alone["fallback"]) == (1, 1)
    assert main(["logs", "merge", str(tmp_path / "merged"), *map(str, parts)]) == 0
    merged = tvmq.compile(model, "host", tuning_log=tmp_path / "merged").info["tuning"]
    assert (merged["hit"], merged["fallback"]) == (2, 0)
    n = len(logs.read_log(tuned["log_dir"] / "host").records)
    assert len(logs.read_log(tmp_path / "merged" / "host").records) == n
    assert merge_log_dirs(tmp_path / "merged", parts) == {"host": 0}  # idempotent


def test_merge_refuses_a_same_named_log_of_another_target(tuned, tmp_path):
    other = tmp_path / "other" / "host"
    shutil.copytree(tuned["log_dir"] / "host", other)
    manifest = json.loads((other / logs.MANIFEST_FILE).read_text())
    manifest["target"]["tvm"] = {"kind": "llvm", "mcpu": "znver3"}
    (other / logs.MANIFEST_FILE).write_text(json.dumps(manifest))
    with pytest.raises(ConfigError, match="different 'host' targets"):
        merge_log_dirs(tmp_path / "other", [tuned["log_dir"]])


def test_logs_show_and_export(tuned, tmp_path, capsys):
    assert main(["logs", "show", str(tuned["log_dir"]), "--json"]) == 0
    [info] = json.loads(capsys.readouterr().out)
    assert info["target"] == "host" and info["workloads"] == 2 and len(info["best_us"]) == 2
    assert main(["logs", "export", str(tuned["log_dir"]), str(tmp_path / "best")]) == 0
    assert len(logs.read_log(tmp_path / "best" / "host").records) == 2  # best per kernel
    cm = tvmq.compile(tuned["model"], "host", tuning_log=tmp_path / "best")
    assert cm.info["tuning"]["hit"] == 2
    archive = tmp_path / "log.tar.gz"
    assert main(["logs", "export", str(tuned["log_dir"]), str(archive), "--all"]) == 0
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    assert len(logs.read_log(tmp_path / "unpacked" / "host").records) == info["records"]


def test_cli_tune_then_compile_reuses_the_log(tuned, tmp_path, capsys):
    path = tmp_path / "mlp.onnx"
    onnx.save(tuned["model"].source, path)
    log_dir = tmp_path / "logs"
    shutil.copytree(tuned["log_dir"], log_dir)
    assert main(["tune", str(path), "--trials", str(TRIALS), "--tuning-log", str(log_dir),
                 "--json", str(tmp_path / "r.json")]) == 0
    assert json.loads((tmp_path / "r.json").read_text())["trials_run"] == 0
    assert main(["compile", str(path), "--tuning-log", str(log_dir), "-o",
                 str(tmp_path / "m.so")]) == 0
    out = capsys.readouterr().out
    assert "2 kernel(s) from the log (" in out and "0 not in the log" in out


def test_cli_rpc_flag_errors(tmp_path):
    path = tmp_path / "m.onnx"
    path.write_bytes(b"")
    assert main(["tune", str(path), "--rpc-tracker", "127.0.0.1:1"]) == 2
    assert main(["logs", "show", str(tmp_path)]) == 2


def test_cli_knobs_only_runs_no_metaschedule_search(tmp_path):
    path = tmp_path / "mlp.onnx"
    onnx.save(mlp().source, path)
    log_dir = tmp_path / "logs"
    assert main(["tune", str(path), "--trials", "40", "--tuning-log", str(log_dir),
                 "--knobs-only", "--json", str(tmp_path / "r.json")]) == 0
    log = logs.read_log(log_dir / "host")
    assert all(logs.is_default_record(r) or logs.is_knob_record(r) for _, r in log.records)
    assert len(logs.read_manifest(log_dir / "host")["knobs_searched"]) == 2
