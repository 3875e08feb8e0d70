"""The CLI's --rpc and --rpc-tracker/--rpc-key flags against real servers."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import free_port

from tvmq.cli import main

pytestmark = [pytest.mark.rpc, pytest.mark.timeout(180)]  # a hang fails, not blocks CI


@pytest.fixture
def npz(tmp_path, tiny_model):
    path = tmp_path / "in.npz"
    np.savez(path, **tiny_model.random_inputs(seed=11))
    return path


def test_run_so_via_rpc_and_tracker(shared_server, tracker_with_server, tiny_so, npz, tmp_path,
                                    tiny_compiled):
    tracker, key = tracker_with_server
    with np.load(npz) as data:
        want = tiny_compiled.run(dict(data))[0]
    name = tiny_compiled.outputs[0].name
    for i, flags in enumerate((["--rpc", shared_server.addr],
                               ["--rpc-tracker", tracker.addr, "--rpc-key", key])):
        out = tmp_path / f"out{i}.npz"
        assert main(["run", str(tiny_so), "--inputs", str(npz), "-o", str(out), *flags]) == 0
        with np.load(out) as got:
            np.testing.assert_array_equal(got[name], want)


def test_bench_via_rpc(shared_server, tmp_path, capsys):
    import onnx
    from tvmq_testing import tiny_proto

    model = tmp_path / "tiny.onnx"
    onnx.save(tiny_proto(), model)
    out = tmp_path / "b.json"
    assert main(["bench", str(model), "--rpc", shared_server.addr, "--number", "2", "--repeat",
                 "2", "--warmup", "0", "--json", str(out)]) == 0
    rows = json.loads(out.read_text())
    assert [r["variant"] for r in rows] == ["tvmq fp32"]  # no onnxruntime row remotely
    assert shared_server.addr in rows[0]["device"] and rows[0]["max_abs_err"] < 1e-5


def test_unreachable_rpc_address_one_line(tiny_so, npz, capsys):
    port = free_port()
    assert main(["run", str(tiny_so), "--inputs", str(npz), "--rpc", f"127.0.0.1:{port}"]) == 8
    err = capsys.readouterr().err
    assert err.startswith("tvmq: error: cannot reach the RPC server at 127.0.0.1:")
    assert "Traceback" not in err


def test_wrong_tracker_key_one_line(tracker_with_server, tiny_so, npz, capsys):
    tracker, key = tracker_with_server
    assert main(["run", str(tiny_so), "--inputs", str(npz), "--rpc-tracker", tracker.addr,
                 "--rpc-key", "nokey"]) == 8
    assert f"keys it has: {key}" in capsys.readouterr().err
