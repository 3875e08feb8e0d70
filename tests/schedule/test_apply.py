"""The ApplySchedules pass and target facts: scheduled functions kept, vector widths per target."""

from __future__ import annotations

import logging

import pytest
import tvm
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.script import tirx as T

from tvmq.schedule import ApplySchedules, cpu_rules, schedule_func
from tvmq.schedule.apply import RULE_ATTR, SCHEDULED_ATTR, STRICT_RULES_ENV
from tvmq.schedule.target_info import cpu_info


@T.prim_func(private=True, s_tir=True)
def _add(a: T.Buffer((64, 64), "float32"), b: T.Buffer((64, 64), "float32")):
    for i, j in T.grid(64, 64):
        with T.sblock("add"):
            vi, vj = T.axis.remap("SS", [i, j])
            b[vi, vj] = a[vi, vj] + T.float32(1)


def _apply(mod: tvm.IRModule, target: dict) -> tvm.IRModule:
    with tvm.target.Target(target):
        return ApplySchedules(cpu_rules())(mod)


def test_unscheduled_function_gets_a_rule():
    out = _apply(tvm.IRModule({"add": _add}), {"kind": "llvm", "mcpu": "skylake-avx512"})
    attrs = out["add"].attrs
    assert str(attrs[RULE_ATTR]) == "Fallback" and bool(attrs[SCHEDULED_ATTR])
    assert "T.vectorized" in out["add"].script()


def test_already_scheduled_function_is_left_alone():
    """A tuning record applied earlier (tirx.is_scheduled) wins over the default rules."""
    tuned = _add.with_attr(SCHEDULED_ATTR, True)
    out = _apply(tvm.IRModule({"add": tuned}), {"kind": "llvm", "mcpu": "skylake-avx512"})
    tvm.ir.assert_structural_equal(out["add"], tuned)


class _Raises(ScheduleRule):
    """A rule that fails with ``error`` on every function."""

    def __init__(self, error: Exception):
        self.error = error

    def apply(self, func, target, _):
        raise self.error


def _with_rule(rule: ScheduleRule) -> tvm.IRModule:
    with tvm.target.Target({"kind": "llvm", "mcpu": "haswell"}):
        return ApplySchedules([rule, *cpu_rules()])(tvm.IRModule({"add": _add}))


def test_a_rule_tvm_refuses_falls_through_quietly(caplog):
    """TVM refusing a primitive (a RuntimeError such as ScheduleError) means "not applicable"."""
    with caplog.at_level(logging.DEBUG, logger="tvmq.schedule.apply"):
        out = _with_rule(_Raises(RuntimeError("ScheduleError: not a reduction")))
    assert str(out["add"].attrs[RULE_ATTR]) == "Fallback"
    assert all(r.levelno < logging.WARNING for r in caplog.records)


def test_a_bug_in_a_rule_fails_under_strict_mode(monkeypatch):
    monkeypatch.setenv(STRICT_RULES_ENV, "1")
    rules = [_Raises(NameError("name 'pick_tyle' is not defined")), *cpu_rules()]
    target = tvm.target.Target({"kind": "llvm", "mcpu": "haswell"})
    with target, pytest.raises(NameError, match="pick_tyle"):
        schedule_func(_add, target, rules)
    with pytest.raises(Exception, match="pick_tyle"):  # through the pass: a TVM error
        _with_rule(rules[0])


def test_a_bug_in_a_rule_warns_and_falls_back_otherwise(monkeypatch, caplog):
    monkeypatch.setenv(STRICT_RULES_ENV, "0")
    with caplog.at_level(logging.WARNING, logger="tvmq.schedule.apply"):
        out = _with_rule(_Raises(AttributeError("'NoneType' object has no attribute 'iter'")))
    assert str(out["add"].attrs[RULE_ATTR]) == "Fallback"
    (record,) = caplog.records
    assert "_Raises failed on" in record.message and "bug in tvmq" in record.message


@pytest.mark.parametrize("target,fp32_lanes,int8_lanes,vnni", [
    ({"kind": "llvm", "mcpu": "sapphirerapids"}, 16, 64, True),
    ({"kind": "llvm", "mcpu": "skylake-avx512"}, 16, 64, False),
    ({"kind": "llvm", "mcpu": "haswell"}, 8, 32, False),
    ({"kind": "llvm", "mtriple": "aarch64-linux-gnu", "mcpu": "cortex-a72"}, 4, 16, False),
])
def test_vector_width_from_target(target, fp32_lanes, int8_lanes, vnni):
    info = cpu_info(tvm.target.Target(target))
    assert (info.lanes("float32"), info.lanes("int8"), info.vnni) == (fp32_lanes, int8_lanes, vnni)


def test_cores_from_target():
    info = cpu_info(tvm.target.Target({"kind": "llvm", "num-cores": 3}))
    assert info.cores == 3


@pytest.mark.parametrize("rows,parallel", [(256, True), (4, False)])
def test_large_kernels_run_in_parallel_small_ones_do_not(rows, parallel):
    """256 x 64 x 64 multiply-adds reach PARALLEL_MIN_MACS (1 << 20); 4 rows do not."""

    @T.prim_func(private=True, s_tir=True)
    def mm(a: T.Buffer((rows, 64), "float32"), b: T.Buffer((64, 64), "float32"),
           c: T.Buffer((rows, 64), "float32")):
        for i, j, k in T.grid(rows, 64, 64):
            with T.sblock("mm"):
                vi, vj, vk = T.axis.remap("SSR", [i, j, k])
                with T.init():
                    c[vi, vj] = T.float32(0)
                c[vi, vj] = c[vi, vj] + a[vi, vk] * b[vk, vj]

    out = _apply(tvm.IRModule({"mm": mm}), {"kind": "llvm", "mcpu": "skylake-avx512"})
    assert str(out["mm"].attrs[RULE_ATTR]) == "Matmul"
    assert ("T.parallel" in out["mm"].script()) == parallel
