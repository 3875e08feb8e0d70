"""Deploy to the emulated aarch64 board: outputs vs host, benchmark, bench CLI, evaluation."""

from __future__ import annotations

import json

import numpy as np
import pytest
from board_testing import BOARD_KEY

import tvmq
from tvmq.board import status as board_status
from tvmq.cli import main as cli_main
from tvmq.zoo import resnet_cnn

# install (~2 min, cached) and boot (~1-4 min on a loaded machine) count against the first test
pytestmark = [pytest.mark.board, pytest.mark.slow, pytest.mark.timeout(1200)]


def _board_info(sess) -> dict:
    return json.loads(sess.rpc.get_function("tvmq.board.info")())


def test_boards_registered_under_one_key(boards, board_layout):
    info = board_status(board_layout)
    assert info["running"]
    assert [b["alive"] for b in info["boards"]] == [True, True]
    assert info["tracker_keys"][BOARD_KEY]["free"] == 2
    assert "10x slower" in info["note"]


def test_board_is_real_aarch64(session):
    info = _board_info(session)
    assert info["machine"] == "aarch64" and info["emulated"]
    assert info["tvm"] == tvmq.rpc.session.tvm.__version__
    assert session.remote_arch() == ("aarch64", "reported by the board")


def test_fp32_outputs_match_host(session, cnn_model, cnn_rpi4):
    inputs = cnn_model.random_inputs(1)
    board = cnn_rpi4.run(inputs, session=session)
    host = tvmq.compile(cnn_model, "host").run(inputs)
    assert len(board) == len(host) == 1
    assert board[0].shape == (1, 10)
    np.testing.assert_allclose(board[0], host[0], rtol=1e-4, atol=1e-5)


def test_int8_outputs_match_host(session, cnn_model):
    calib = [cnn_model.random_inputs(seed) for seed in range(10, 14)]
    qmodel = tvmq.quantize(cnn_model, calib, tvmq.QuantConfig())
    assert any(t.startswith("quantize:int8") for t in qmodel.transforms)
    inputs = cnn_model.random_inputs(3)
    board = tvmq.compile(qmodel, "rpi4").run(inputs, session=session)
    host = tvmq.compile(qmodel, "host").run(inputs)
    # the same integer arithmetic on both; only the final float dequantize may differ in rounding
    np.testing.assert_allclose(board[0], host[0], rtol=1e-5, atol=1e-5)
    fp32 = tvmq.compile(cnn_model, "host").run(inputs)[0]
    assert np.abs(board[0] - fp32).max() < 0.25 * np.abs(fp32).max()


def test_benchmark_on_board(session, cnn_model, cnn_rpi4):
    rep = cnn_rpi4.benchmark(number=2, repeat=3, warmup=1, session=session)
    assert rep.repeat == 3 and rep.number == 2
    assert 0 < rep.min_ms <= rep.median_ms <= rep.max_ms
    assert BOARD_KEY in rep.device and rep.target == "rpi4"


def test_two_boards_serve_concurrently(boards, cnn_model, cnn_rpi4):
    a = tvmq.rpc.connect(tracker=boards.tracker_addr, key=BOARD_KEY, timeout=180)
    b = tvmq.rpc.connect(tracker=boards.tracker_addr, key=BOARD_KEY, timeout=180)
    try:
        assert {_board_info(a)["board"], _board_info(b)["board"]} == {"board0", "board1"}
        inputs = cnn_model.random_inputs(2)
        out_a, out_b = cnn_rpi4.run(inputs, session=a), cnn_rpi4.run(inputs, session=b)
        np.testing.assert_array_equal(out_a[0], out_b[0])
    finally:
        a.close()
        b.close()


def test_remote_accuracy_evaluation(session, cnn_model, cnn_rpi4):
    host = tvmq.compile(cnn_model, "host")
    dataset = []
    for i in range(4):
        inputs = cnn_model.random_inputs(10 + i)
        pred = int(np.argmax(host.run(inputs)[0]))
        dataset.append((inputs, pred if i % 2 == 0 else (pred + 1) % 10))  # half wrong
    report = tvmq.evaluate(cnn_rpi4, dataset, "top1", session=session)
    assert report.samples == 4 and report.value == 0.5
    assert BOARD_KEY in report.device and report.target == "rpi4"
    assert tvmq.evaluate(host, dataset, "top1").value == report.value


def test_bench_cli_against_board(boards, tmp_path, capsys):
    model = tmp_path / "cnn.onnx"
    model.write_bytes(resnet_cnn().SerializeToString())
    table = tmp_path / "rows.json"
    code = cli_main(["bench", str(model), "--target", "rpi4", "--rpc-tracker",
                     boards.tracker_addr, "--rpc-key", BOARD_KEY, "--number", "1", "--repeat",
                     "2", "--warmup", "0", "--json", str(table)])
    out = capsys.readouterr().out
    assert code == 0, out
    rows = json.loads(table.read_text())
    assert [r["variant"] for r in rows] == ["tvmq fp32"]
    assert rows[0]["max_abs_err"] < 1e-4 and rows[0]["target"] == "rpi4"
    assert "emulated boards are ~10x slower" in out


def test_board_status_cli(boards, board_layout, capsys):
    code = cli_main(["board", "status", "--home", str(board_layout.home), "--run-dir",
                     str(board_layout.run_dir)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "board0" in out and "board1" in out and "tracker" in out and "10x slower" in out
