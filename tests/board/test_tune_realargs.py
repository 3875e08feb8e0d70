"""Tuning an embedding Gather on the emulated aarch64 board: its recorded ids are uploaded."""

from __future__ import annotations

import numpy as np
import pytest
from board_testing import BOARD_KEY
from onnx import TensorProto

import tvmq
from tvmq.tune import RpcDevice
from tvmq.zoo import GraphBuilder

pytestmark = [pytest.mark.board, pytest.mark.slow, pytest.mark.timeout(1200)]


def test_gather_tunes_on_the_board(boards, tmp_path):
    """The board's runtime has no numpy: the runner copies the recorded ids to it."""
    g = GraphBuilder("embed", seed=4)
    ids = g.input("ids", [1, 16], TensorProto.INT64)
    table = g.const(g.rng.standard_normal((50, 32)).astype("float32"), "table")
    model = tvmq.load_onnx(g.build([g.op("Gather", [table, ids])]))
    host, port = boards.tracker_addr.rsplit(":", 1)
    report = tvmq.tune(model, "rpi4", trials=4, log_dir=tmp_path, seed=0, progress=None,
                       session=RpcDevice(host, int(port), key=BOARD_KEY))
    assert report.real_args == ["take"]
    take = next(t for t in report.tasks if t.name == "take")
    assert take.default_us is not None and take.tuned_us is not None  # no runner crash
    cm = tvmq.compile(model, "rpi4", tuning_log=tmp_path)
    assert (cm.info["tuning"]["hit"], cm.info["tuning"]["fallback"]) == (2, 0)
    x = {"ids": np.random.default_rng(1).integers(-50, 50, (1, 16)).astype("int64")}
    sess = tvmq.rpc.connect(tracker=boards.tracker_addr, key=BOARD_KEY, timeout=180)
    try:
        np.testing.assert_array_equal(cm.run(x, session=sess)[0],
                                      tvmq.compile(model, "host").run(x)[0])
    finally:
        sess.close()
