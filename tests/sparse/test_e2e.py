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
