"""A log of tensorized int8 records opens in a fresh process once tvmq's intrinsics are in."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tvm.s_tir import meta_schedule as ms

import tvmq
from tvmq.tune import extract_tasks
from tvmq.tune.defaults import Measured, commit, default_schedule
from tvmq.zoo import GraphBuilder

OPEN = ("import sys; from tvm.s_tir import meta_schedule as ms; {prep}"
        "ms.database.JSONDatabase(work_dir=sys.argv[1]); print('opened')")


def _int8_log(path) -> str:
    """A database holding the default schedule of a quantized conv (a tvmq int8 intrinsic)."""
    g = GraphBuilder("q", seed=4)
    x = g.input("x", [1, 16, 14, 14])
    y = g.op("Relu", [g.op("Conv", [x, g.weight([32, 16, 3, 3])], pads=[1, 1, 1, 1])])
    model = tvmq.load_onnx(g.build([y]))
    q = tvmq.quant.quantize(model, [model.random_inputs(0)])
    spec = tvmq.get_target("host")
    db = ms.database.JSONDatabase(work_dir=str(path))
    for task in extract_tasks(q, spec):
        d = default_schedule(task, spec)
        text = str(d.schedule.trace) if d is not None else ""
        if "tvmq_" in text and "tensorize" in text.lower():
            args = ms.arg_info.ArgInfo.from_entry_func(d.schedule.mod, remove_preproc=True)
            commit(db, task, d, Measured([1e-3], None, args), spec)  # the time is not read
            return text
    pytest.skip("no tvmq intrinsic on this host's int8 conv")


@pytest.mark.slow
def test_int8_log_opens_in_a_fresh_process_after_import_tensor_intrin(tmp_path):
    _int8_log(tmp_path)
    bare = subprocess.run([sys.executable, "-c", OPEN.format(prep=""), str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert bare.returncode != 0 and "is not registered" in bare.stderr  # the trap
    prep = "from tvmq.tune.intrin import import_tensor_intrin; import_tensor_intrin(); "
    ok = subprocess.run([sys.executable, "-c", OPEN.format(prep=prep), str(tmp_path)],
                        capture_output=True, text=True, timeout=600)
    assert ok.returncode == 0, ok.stderr[-2000:]
    assert "opened" in ok.stdout
