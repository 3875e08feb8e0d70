"""BSR kernels with 128-bit NEON vectors run on the emulated aarch64 board (rpi4: no dotprod)."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
import pytest

import tvmq
from tvmq import PruneConfig
from tvmq.zoo import bert_encoder

pytestmark = [pytest.mark.board, pytest.mark.slow, pytest.mark.timeout(1200)]


@pytest.fixture(scope="module")
def pruned() -> tvmq.Model:
    model = tvmq.load_onnx(bert_encoder(seq=13, hidden=64, heads=2, ffn=128))
    return tvmq.prune(model, PruneConfig(sparsity=0.8, block="16x1", min_params=0))


def test_fp32_bsr_on_board_matches_onnxruntime(session, pruned, tmp_path):
    cm = tvmq.compile(pruned, "rpi4", dump_ir=tmp_path)
    assert (tmp_path / "02_rewrite.py").read_text().count("call_tir(cls.tvmq_bsr_matmul") == 6
    inputs = pruned.random_inputs(0)
    inputs["attention_mask"][:, -3:] = 0
    sess = ort.InferenceSession(pruned.source.SerializeToString(),
                                providers=["CPUExecutionProvider"])
    np.testing.assert_allclose(cm.run(inputs, session=session)[0], sess.run(None, inputs)[0],
                               rtol=1e-4, atol=1e-4)


def test_int8_bsr_on_board_matches_host(session, pruned):
    qmodel = tvmq.quantize(pruned, [pruned.random_inputs(s) for s in range(4)])
    inputs = pruned.random_inputs(5)
    board = tvmq.compile(qmodel, "rpi4").run(inputs, session=session)[0]
    host = tvmq.compile(qmodel, "host").run(inputs)[0]
    # the same integer arithmetic (int8 blocks, int32 accumulators) on both
    np.testing.assert_allclose(board, host, rtol=1e-5, atol=1e-5)
