"""Kernels that index with their inputs are measured on arguments recorded from the model."""

from __future__ import annotations

import io

import numpy as np
import onnx
import pytest
import tvm
from onnx import TensorProto

import tvmq
from tvmq.errors import InputError
from tvmq.tune import extract_tasks, logs, realargs
from tvmq.zoo import GraphBuilder

from .test_rpc import rpc_server  # noqa: F401  (fixture)

VOCAB, SEQ, DIM = 50, 16, 32


def embed(vocab: int = VOCAB) -> tvmq.Model:
    """ids[1,16] (int64) -> Gather rows of a [vocab, 32] table."""
    g = GraphBuilder("embed", seed=4)
    ids = g.input("ids", [1, SEQ], TensorProto.INT64)
    table = g.const(g.rng.standard_normal((vocab, DIM)).astype("float32"), "table")
    return tvmq.load_onnx(g.build([g.op("Gather", [table, ids])]))


def _tasks(model: tvmq.Model) -> dict[str, tvmq.tune.TuneTask]:
    return {t.name: t for t in extract_tasks(model, tvmq.get_target("host"))}


def _table(model: tvmq.Model) -> np.ndarray:
    from onnx import numpy_helper

    (table,) = model.source.graph.initializer
    return numpy_helper.to_array(table)


def test_only_the_gather_indexes_with_its_input():
    tasks = _tasks(embed())
    # ONNX Gather: negative ids are wrapped first (less/add/where), then rows are taken
    assert sorted(tasks) == ["fused_less_add_where", "take"]
    assert realargs.index_params(tasks["take"]) == (1,)
    assert realargs.index_params(tasks["fused_less_add_where"]) == ()


def test_captured_take_arguments_are_the_real_ids(tmp_path):
    model = embed()
    tasks = _tasks(model)
    ids = np.arange(-SEQ // 2, SEQ // 2, dtype="int64").reshape(1, SEQ)
    cap = realargs.capture_args(model, tvmq.get_target("host"), [tasks["take"]],
                                tmp_path / "args.npz", {"ids": ids})
    assert cap.error is None and cap.measured() == ["take"]
    assert cap.kernels["take"] == (0, 1, 2)  # table, ids, output: all under the size cap
    with np.load(cap.path) as kept:
        np.testing.assert_array_equal(kept["take__1"], ids % VOCAB)  # after the wrap kernel
        np.testing.assert_array_equal(kept["take__0"], _table(model))
        np.testing.assert_array_equal(kept["take__2"], _table(model)[ids % VOCAB])
    # the runner's allocator hands them out; a shape it did not record is filled at random
    info = [["TENSOR", "float32", [VOCAB, DIM]], ["TENSOR", "int64", [1, SEQ]],
            ["TENSOR", "float32", [2, SEQ, DIM]]]
    (args,) = realargs.alloc_local(cap.path, "take", tvm.cpu(), info, 1)
    np.testing.assert_array_equal(args[1].numpy(), ids % VOCAB)
    assert args[2].numpy().shape == (2, SEQ, DIM)


def test_large_float_arguments_stay_random(tmp_path, monkeypatch):
    monkeypatch.setattr(realargs, "MAX_DATA_BYTES", 1024)  # the table is 6.4 kB
    model = embed()
    cap = realargs.capture_args(model, tvmq.get_target("host"), [_tasks(model)["take"]],
                                tmp_path / "args.npz")
    assert cap.kernels["take"] == (1,) and cap.random["take"] == (0, 2)


def test_sample_ids_stay_inside_the_table(tmp_path):
    assert realargs.sample_inputs(embed(vocab=5), 0)["ids"].max() < 5
    assert realargs.sample_inputs(embed(), 0)["ids"].max() >= 5  # [0, 8) as random_inputs
    with pytest.raises(InputError, match="do not match the model's inputs"):
        tvmq.tune(embed(), "host", trials=1, log_dir=tmp_path, sample_inputs={})


def test_each_recorded_kernel_gets_its_own_runner(tmp_path):
    model = embed()
    tasks = _tasks(model)
    cap = realargs.capture_args(model, tvmq.get_target("host"), [tasks["take"]],
                                tmp_path / "args.npz")
    made = []
    runners = realargs.RunnerSet(cap, lambda real: made.append(real) or f"runner{len(made)}")
    groups = runners.groups([tasks["take"], tasks["fused_less_add_where"]])
    assert groups == [("runner1", [tasks["fused_less_add_where"]]),
                      ("runner2", [tasks["take"]])]
    assert made == [None, (cap.path, "take")]  # shared random runner, then take's own
    assert runners.for_task(tasks["take"]) == "runner2" and len(made) == 2  # built once


def test_failed_capture_says_why(tmp_path):
    model = embed()
    cap = realargs.capture_args(model, tvmq.get_target("host"), [_tasks(model)["take"]],
                                tmp_path / "args.npz", {"other": np.zeros(1)})
    assert cap.error is not None and "sample inputs lack ['ids']" in cap.error
    assert cap.measured() == [] and "random ones" in cap.note()


def _check_tuned(model: tvmq.Model, tasks: dict[str, dict], log_dir, out: str) -> None:
    """Every kernel's default schedule was measured, every record of the take kernel (its
    default and its searched candidates) ran, and the tuned model computes what the untuned
    one does."""
    assert "failed" not in out, out
    assert sorted(tasks) == ["fused_less_add_where", "take"]
    assert all(task["default_us"] is not None for task in tasks.values()), tasks
    log = logs.read_log(log_dir / "host")
    take = next(i for i, (h, _) in enumerate(log.workloads) if h == tasks["take"]["workload"])
    secs = [logs._mean_secs(r) for i, r in log.records if i == take]
    assert len(secs) >= 2 and None not in secs, secs
    x = {"ids": np.random.default_rng(1).integers(-VOCAB, VOCAB, (1, SEQ)).astype("int64")}
    tuned = tvmq.compile(model, "host", tuning_log=log_dir)
    assert tuned.info["tuning"]["hit"] == 2
    np.testing.assert_array_equal(tuned.run(x)[0], tvmq.compile(model, "host").run(x)[0])


@pytest.mark.slow
def test_gather_model_tunes_without_runner_errors(tmp_path, capsys):
    """``tvmq tune --sample-inputs``: the take kernel's default and candidates all run."""
    import json

    from tvmq.cli import main

    model = embed()
    onnx.save(model.source, tmp_path / "embed.onnx")
    np.savez(tmp_path / "wrong.npz", idz=np.zeros((1, SEQ), "int64"))
    args = ["tune", str(tmp_path / "embed.onnx"), "--trials", "4", "--seed", "0",
            "--tuning-log", str(tmp_path / "logs"), "--json", str(tmp_path / "report.json")]
    assert main([*args, "--sample-inputs", str(tmp_path / "wrong.npz")]) == InputError.exit_code
    assert "lacks input(s) ['ids']" in capsys.readouterr().err
    np.savez(tmp_path / "ids.npz", ids=np.arange(SEQ, dtype="int64").reshape(1, SEQ))
    assert main([*args, "--sample-inputs", str(tmp_path / "ids.npz")]) == 0
    out = capsys.readouterr()
    assert "1 kernel(s) measured on arguments recorded from a run of the model" in out.out
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["real_args"] == ["take"]
    tasks = {t["name"]: t for t in report["tasks"]}
    _check_tuned(model, tasks, tmp_path / "logs", out.err)


@pytest.mark.rpc
def test_recorded_arguments_are_uploaded_over_rpc(rpc_server, tmp_path):  # noqa: F811
    model = embed()
    ids = np.full((1, SEQ), 7, "int64")
    cap = realargs.capture_args(model, tvmq.get_target("host"), [_tasks(model)["take"]],
                                tmp_path / "args.npz", {"ids": ids})
    sess = tvm.rpc.connect("127.0.0.1", rpc_server)
    info = [["TENSOR", "float32", [VOCAB, DIM]], ["TENSOR", "int64", [1, SEQ]],
            ["TENSOR", "float32", [1, SEQ, DIM]]]
    (args,) = realargs.alloc_rpc(cap.path, "take", sess, sess.cpu(), info, 1)
    assert all(a.device.dlpack_device_type() >= 128 for a in args)  # RPC-masked: remote
    np.testing.assert_array_equal(args[1].numpy(), ids)
    np.testing.assert_array_equal(args[0].numpy(), _table(model))


@pytest.mark.rpc
@pytest.mark.slow
def test_gather_model_tunes_over_rpc(rpc_server, tmp_path):  # noqa: F811
    model = embed()
    out = io.StringIO()
    report = tvmq.tune(model, "host", trials=4, log_dir=tmp_path, seed=0, progress=out,
                       session=f"127.0.0.1:{rpc_server}")
    assert report.measured_on == f"127.0.0.1:{rpc_server}"
    assert report.real_args == ["take"]
    assert "measured on arguments recorded from a run of the model" in report.summary()
    _check_tuned(model, {t.name: t.__dict__ for t in report.tasks}, tmp_path, out.getvalue())
