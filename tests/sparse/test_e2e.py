import numpy as np
import onnxruntime as ort
import pytest

import tvmq
from tvmq import PruneConfig
from tvmq.sparse import prune_report
from tvmq.zoo import bert_encoder


@pytest.fixture(scope="module")
def bert():
    return tvmq.load_onnx(bert_encoder(seq=32, hidden=256, heads=4, ffn=1024))


@pytest.mark.parametrize("sparsity", [0.8, 0.9])
def test_pruned_bert_matches_onnxruntime_on_same_weights(bert, sparsity, tmp_path):
    pruned = tvmq.prune(bert, PruneConfig(sparsity=sparsity, block="16x1"))
    report = prune_report(pruned)
    assert report.totals()["bsr_layers"] == 6
    cm = tvmq.compile(pruned, "host", dump_ir=tmp_path)
    rewritten = (tmp_path / "02_rewrite.py").read_text()
    assert rewritten.count("R.call_tir(cls.tvmq_bsr_matmul") == 6
    inputs = pruned.random_inputs(0)
    inputs["attention_mask"][:, -5:] = 0  # some padding
    sess = ort.InferenceSession(pruned.source.SerializeToString(),
                                providers=["CPUExecutionProvider"])
    ref = sess.run(None, inputs)[0]
    out = cm.run(inputs)[0]
    np.testing.assert_allclose(out, ref, rtol=1e-4, atol=1e-4)


@pytest.fixture(scope="module")
def small_pruned():
    model = tvmq.load_onnx(bert_encoder(seq=13, hidden=64, heads=2, ffn=128))
    return tvmq.prune(model, PruneConfig(sparsity=0.8, block="16x1", min_params=0))


def test_avx2_target_runs_correctly_with_row_tail(small_pruned):
    # AVX2 kernels use 6-row register tiles: 13 rows = 2 tiles + a 1-row tail
    inputs = small_pruned.random_inputs(0)
    sess = ort.InferenceSession(small_pruned.source.SerializeToString(),
                                providers=["CPUExecutionProvider"])
    out = tvmq.compile(small_pruned, "x86-avx2").run(inputs)[0]
    np.testing.assert_allclose(out, sess.run(None, inputs)[0], rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("target,n_bsr", [("rpi4", 6), ("cuda-sm80", 0)])
def test_arm_uses_bsr_and_gpu_stays_dense(small_pruned, target, n_bsr, tmp_path):
    tvmq.compile(small_pruned, target, dump_ir=tmp_path)
    assert (tmp_path / "02_rewrite.py").read_text().count("cls.tvmq_bsr_matmul") == n_bsr
