"""tvmq's default schedules in tuning: measured, kept in the log, applied where fastest."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
import tvm

import tvmq
from tvmq.compiler import CompileOptions
from tvmq.tune import extract_tasks, logs
from tvmq.tune.defaults import DEFAULT_MARK, default_schedule

from .conftest import mlp
from .test_tune import _scheduled_kernels

TARGET = {"kind": "llvm", "mcpu": "haswell"}


def _rec(tag: str, secs: float, default: bool = False) -> list:
    trace = [["GetSBlock", [], [tag, "main"], ["b0"]]]
    if default:
        trace.append(["Annotate", ["b0", "v0"], [DEFAULT_MARK], []])
    return [[trace, []], [secs], TARGET, []]


def test_split_winners_keeps_whichever_measured_faster():
    log = logs.TuningLog([("a", {}), ("b", {}), ("c", {}), ("d", {})], [
        (0, _rec("t", 2e-6)), (0, _rec("d", 1e-6, default=True)),     # default faster
        (1, _rec("t", 1e-6)), (1, _rec("d", 3e-6, default=True)),     # tuned faster
        (2, _rec("t", 1e-6)),                                           # no default record
        (3, _rec("t", 1e10)), (3, _rec("d", 5e-6, default=True)),     # every search failed
    ])
    tuned, default = logs.split_winners(log)
    assert [h for h, _ in default.workloads] == ["a", "d"] and not default.records
    kept = {tuned.workloads[i][0] for i, _ in tuned.records}
    assert kept == {"b", "c"}
    assert not any(logs.is_default_record(r) for _, r in tuned.records)
    assert log.trials_per_workload() == {"a": 1, "b": 1, "c": 1, "d": 1}  # defaults not trials
    assert log.best_seconds("default") == {"a": 1e-6, "b": 3e-6, "d": 5e-6}


def test_default_trace_replays_to_the_compiled_default_schedule():
    from tvmq.schedule import cpu_rules, schedule_func
    from tvmq.schedule.apply import LAYOUT_FREE_ATTR

    model = mlp()
    spec = tvmq.get_target("host")
    for task in extract_tasks(model, spec):
        assert task.layout_free == (1,)  # the weight is a constant
        func = task.mod["main"].with_attr(LAYOUT_FREE_ATTR, [1])
        with spec.tvm_target():
            compiled, _ = schedule_func(func, spec.tvm_target(), cpu_rules())
        d = default_schedule(task, spec)
        assert d is not None and d.rule == "Matmul"
        sch = tvm.s_tir.Schedule(task.mod)
        d.schedule.trace.apply_to_schedule(sch, remove_postproc=False)
        # the replay on the bare workload is the kernel the compile's default rules produce
        got = sch.mod["main"]
        assert got.body.block.annotations[DEFAULT_MARK] == "Matmul"
        tvm.ir.assert_structural_equal(got.body.block.body, compiled.body.block.body)


def test_tuned_log_has_a_measured_default_per_kernel(tuned):
    for task in tuned["resumed"].tasks:
        assert task.default_us is not None and task.tuned_us is not None
        assert task.best_us == min(task.default_us, task.tuned_us)
        assert task.applied == ("default" if task.default_us <= task.tuned_us else "tuned")
    manifest = logs.read_manifest(tuned["log_dir"] / "host")
    assert {t.workload: t.applied for t in tuned["again"].tasks} == {
        h: c["applied"] for h, c in manifest["applied"].items()}


def _retime(src, dst, default_secs: float, tuned_secs: float) -> None:
    """Copy a log, giving every default record and every searched record one run time."""
    shutil.copytree(src, dst)
    log = logs.read_log(dst / "host")
    records = [(i, [r[0], [default_secs if logs.is_default_record(r) else tuned_secs], *r[2:]])
               for i, r in log.records]
    logs.write_log(dst / "host", logs.TuningLog(log.workloads, records))


def test_compile_keeps_the_default_schedule_where_it_measured_faster(tuned, tmp_path):
    model = tuned["model"]
    default = _scheduled_kernels(model, None)
    _retime(tuned["log_dir"], tmp_path / "slow_tuned", default_secs=1e-6, tuned_secs=1e-3)
    info = tvmq.compile(model, "host", tuning_log=tmp_path / "slow_tuned").info["tuning"]
    assert (info["hit"], info["default"], info["tuned"], info["fallback"]) == (2, 2, 0, 0)
    for name, func in _scheduled_kernels(model, tmp_path / "slow_tuned").items():
        tvm.ir.assert_structural_equal(func, default[name])  # exactly tvmq's default kernels

    _retime(tuned["log_dir"], tmp_path / "fast_tuned", default_secs=1e-3, tuned_secs=1e-6)
    info = tvmq.compile(model, "host", tuning_log=tmp_path / "fast_tuned").info["tuning"]
    assert (info["hit"], info["default"], info["tuned"], info["fallback"]) == (2, 0, 2, 0)
    searched = _scheduled_kernels(model, tmp_path / "fast_tuned")
    assert all(name not in default or func.script() != default[name].script()
               for name, func in searched.items())


def _odd_matmul() -> tvmq.Model:
    """x[1,64] @ w[64,20]: 20 columns pad the packed weight's last vector tile."""
    from tvmq.zoo import GraphBuilder

    g = GraphBuilder("odd_matmul", seed=3)
    x = g.input("x", [1, 64])
    return tvmq.load_onnx(g.build([g.op("MatMul", [x, g.weight([64, 20])])]))


@pytest.mark.slow
def test_padded_weight_packing_is_measured_and_searched(tmp_path):
    """A weight packed into zero-padded panels (20 columns in tiles of 16) is measured like
    any other (`tvmq.schedule.prepack` keeps its packing block a plain copy MetaSchedule can
    strip), so the kernel is searched, and the tuned build matches the untuned one."""
    model = _odd_matmul()
    assert len(extract_tasks(model, tvmq.get_target("host"))) == 1
    report = tvmq.tune(model, "host", trials=4, log_dir=tmp_path / "logs", seed=0,
                       progress=None)
    assert report.trials_run > 0 and report.tasks[0].best_us is not None
    x = model.random_inputs(0)
    tuned = tvmq.compile(model, "host", tuning_log=tmp_path / "logs")
    assert tuned.info["tuning"]["hit"] == 1
    np.testing.assert_allclose(tuned.run(x)[0], tvmq.compile(model, "host").run(x)[0],
                               rtol=1e-5, atol=1e-5)


def test_default_schedule_of_a_7bit_int8_conv_is_the_compiles():
    """Tasks carry which weights are 7-bit, so on AVX2 the default measured in tuning is the
    `vpmaddubsw` kernel the compile builds (NHWC with ``int8_winograd=False``, NCHW with
    ``int8_nhwc=False``), not the generic int32 one it fell back to."""
    from tvmq.schedule import cpu_rules, schedule_func
    from tvmq.schedule.apply import NARROW_INT8_ATTR
    from tvmq.zoo import GraphBuilder

    g = GraphBuilder("q7", seed=4)
    x = g.input("x", [1, 16, 14, 14])
    y = g.op("Relu", [g.op("Conv", [x, g.weight([32, 16, 3, 3])], pads=[1, 1, 1, 1])])
    model = tvmq.load_onnx(g.build([y]))
    calib = [model.random_inputs(0)]
    spec = tvmq.get_target("x86-avx2")
    w7 = tvmq.quant.quantize(model, calib, tvmq.quant.get_scheme("w7a8"))
    for nhwc, want in ((True, "Conv2dInt8Nhwc"), (False, "Conv2dInt8")):
        opts = CompileOptions(int8_nhwc=nhwc, int8_winograd=False)
        convs = [t for t in extract_tasks(w7, spec, opts) if "conv2d" in t.name]
        assert convs and all(t.narrow_int8 for t in convs)
        for task in convs:
            d = default_schedule(task, spec)
            func = task.mod["main"].with_attr(NARROW_INT8_ATTR, list(task.narrow_int8))
            with spec.tvm_target():
                _, rule = schedule_func(func, spec.tvm_target(), cpu_rules())
            assert d.rule == rule == want
            assert "tvmq_dot_8x4_u8i7i32_avx2" in str(d.schedule.trace)
    # by default the 3x3 conv is an integer Winograd GEMM: an int16 MatmulInt8 task
    gemms = [t for t in extract_tasks(w7, spec) if "matmul" in t.name]
    assert len(gemms) == 1 and default_schedule(gemms[0], spec).rule == "MatmulInt8"
    w8 = tvmq.quant.quantize(model, calib, tvmq.quant.get_scheme("int8"))
    assert not any(t.narrow_int8 for t in extract_tasks(w8, spec))
