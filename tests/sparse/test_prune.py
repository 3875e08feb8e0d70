import numpy as np
import onnxruntime as ort
import pytest

import tvmq
from tvmq import PruneConfig
from tvmq.errors import ConfigError
from tvmq.sparse import Block, Scope, Wanda, find_layers, prune_report, prune_with_report
from tvmq.zoo import GraphBuilder, bert_encoder


@pytest.fixture(scope="module")
def bert():
    return tvmq.load_onnx(bert_encoder(seq=8, hidden=32, heads=2, ffn=64))


def _mlp_gemm():
    """Gemm(transB=1) with a [32 out, 64 in] weight, then a MatMul [32, 16]."""
    g = GraphBuilder("mlp", seed=3)
    x = g.input("x", [4, 64])
    h = g.op("Relu", [g.op("Gemm", [x, g.weight([32, 64]), g.const(np.zeros(32, "float32"))],
                           transB=1)])
    return tvmq.load_onnx(g.build([g.op("MatMul", [h, g.weight([32, 16])])]))


def _ort(model, inputs):
    sess = ort.InferenceSession(model.source.SerializeToString(),
                                providers=["CPUExecutionProvider"])
    return sess.run(None, inputs)


def test_layers_are_named_after_onnx_initializers(bert):
    names = [lr.name for lr in find_layers(bert.mod, bert.source)]
    inits = {i.name for i in bert.source.graph.initializer}
    assert len(names) == 6 and set(names) <= inits


def test_magnitude_per_layer_block_sparsity(bert):
    pruned, report = prune_with_report(bert, PruneConfig(sparsity=0.75, block="16x1",
                                                         min_params=0))
    assert pruned.transforms == ("prune:0.75:16x1:magnitude",)
    assert len(report.layers) == 6 and not any(lr.skipped for lr in report.layers)
    for layer in find_layers(pruned.mod, pruned.source):
        w = layer.w  # [out, in]
        assert (w == 0).mean() == pytest.approx(0.75, abs=0.02)
        blocks = (w != 0).reshape(w.shape[0] // 16, 16, w.shape[1])
        assert (blocks.all(axis=1) == blocks.any(axis=1)).all()  # whole 16x1 blocks kept/dropped
    for lr in report.layers:
        assert lr.bsr and lr.bytes_after < lr.bytes_before / 2
    assert prune_report(pruned) == report
    assert "total: sparsity 75" in report.table()
    # the source graph carries the same weights: onnxruntime and tvmq agree
    inputs = pruned.random_inputs(0)
    np.testing.assert_allclose(tvmq.compile(pruned).run(inputs)[0], _ort(pruned, inputs)[0],
                               rtol=1e-4, atol=1e-4)
    assert not np.allclose(_ort(pruned, inputs)[0], _ort(bert, inputs)[0], atol=1e-3)


def test_gemm_transposed_weight_is_pruned_in_out_in_layout():
    model = _mlp_gemm()
    pruned, report = prune_with_report(model, PruneConfig(sparsity=0.5, block=(16, 1),
                                                          min_params=0))
    init = {i.name: i for i in pruned.source.graph.initializer}
    from onnx import numpy_helper
    gemm_w = numpy_helper.to_array(init[report.layers[0].name])  # stored [32 out, 64 in]
    assert gemm_w.shape == (32, 64)
    nz = (gemm_w != 0).reshape(2, 16, 64)
    assert (nz.all(axis=1) == nz.any(axis=1)).all()
    inputs = pruned.random_inputs(1)
    np.testing.assert_allclose(tvmq.compile(pruned).run(inputs)[0], _ort(pruned, inputs)[0],
                               rtol=1e-4, atol=1e-4)


def test_skip_min_params_and_indivisible_reasons(bert):
    names = [lr.name for lr in find_layers(bert.mod, bert.source)]
    _, report = prune_with_report(bert, PruneConfig(sparsity=0.5, block="16x1", min_params=2000,
                                                    skip=(names[-2],)))
    by = {lr.name: lr for lr in report.layers}
    assert by[names[-2]].skipped == "in skip list" and by[names[-2]].sparsity_after == 0
    assert "min_params" in by[names[0]].skipped
    assert by[names[-1]].skipped == "" and by[names[-1]].sparsity_after == 0.5
    odd = tvmq.load_onnx(bert_encoder(seq=4, hidden=24, heads=2, ffn=64))
    _, rep = prune_with_report(odd, PruneConfig(sparsity=0.5, block="16x1", min_params=0))
    reasons = {lr.shape: lr.skipped for lr in rep.layers}
    assert "does not divide" in reasons[(24, 24)] and reasons[(64, 24)] == ""


def test_bad_requests_are_explained(bert):
    with pytest.raises(ConfigError, match=r"unknown layer name.*nope.*prunable layers: \["):
        tvmq.prune(bert, PruneConfig(sparsity=0.5, skip=("nope",)))
    with pytest.raises(ConfigError, match="no layer .* can be pruned.*min_params"):
        tvmq.prune(bert, PruneConfig(sparsity=0.5, min_params=10**6))
    g = GraphBuilder("relu")
    relu = tvmq.load_onnx(g.build([g.op("Relu", [g.input("x", [2, 8])])]))
    with pytest.raises(ConfigError, match="no prunable layers"):
        tvmq.prune(relu, PruneConfig(sparsity=0.5))
    with pytest.raises(ConfigError, match="calibration data"):
        tvmq.prune(bert, PruneConfig(sparsity=0.5, criterion=Wanda(), min_params=0))
    with pytest.raises(ConfigError, match="PruneConfig"):
        tvmq.prune(bert, {"sparsity": 0.5})


def test_already_sparse_models_are_detected(bert):
    once = tvmq.prune(bert, PruneConfig(sparsity=0.8, block="16x1", min_params=0))
    again, report = prune_with_report(once, PruneConfig(sparsity=0.5, min_params=0))
    assert all(lr.skipped == "already sparse" for lr in report.layers)
    assert len(report.already_sparse) == 6
    # detection only: sparsity 0 prunes nothing but reports the BSR layout
    _, rep0 = prune_with_report(once, PruneConfig(sparsity=0.0, block="16x1"))
    assert all(lr.bsr and lr.sparsity_before == pytest.approx(0.8, abs=0.01)
               for lr in rep0.layers)


def test_global_scope_hits_total_sparsity(bert):
    _, report = prune_with_report(bert, PruneConfig(sparsity=0.6, block=Block(4, 1),
                                                    scope=Scope.GLOBAL, min_params=0))
    assert report.totals()["sparsity"] == pytest.approx(0.6, abs=0.01)
    assert len({round(lr.sparsity_after, 3) for lr in report.layers}) > 1


def test_wanda_uses_calibration_activations(bert):
    calib = [bert.random_inputs(s) for s in range(2)]
    cfg = PruneConfig(sparsity=0.5, block="8x1", criterion=Wanda(), min_params=0)
    pruned, report = prune_with_report(bert, cfg, calib_data=calib)
    for layer in find_layers(pruned.mod, pruned.source):
        per_row = (layer.w[::8] == 0).sum(axis=1)  # Wanda ranks within each block row
        assert (per_row == per_row[0]).all()
    magnitude = tvmq.prune(bert, PruneConfig(sparsity=0.5, block="8x1", min_params=0))
    assert any(not np.array_equal(a.w, b.w) for a, b in
               zip(find_layers(pruned.mod), find_layers(magnitude.mod), strict=True))
    refit = tvmq.prune(bert, PruneConfig(sparsity=0.5, block="8x1", min_params=0,
                                         criterion=Wanda(reconstruct=True)), calib_data=calib)
    assert report.totals()["sparsity"] == pytest.approx(0.5, abs=0.01)
    ref = _ort(bert, calib[0])[0]
    err = {name: np.linalg.norm(_ort(m, calib[0])[0] - ref)
           for name, m in (("wanda", pruned), ("refit", refit))}
    assert err["refit"] < err["wanda"]


def test_identical_weights_get_distinct_names():
    g = GraphBuilder("twins")
    x = g.input("x", [2, 32])
    w = np.random.default_rng(0).standard_normal((32, 32)).astype("float32")
    y = g.op("MatMul", [g.op("MatMul", [x, g.const(w)]), g.const(w.copy())])
    model = tvmq.load_onnx(g.build([y]))
    pruned, report = prune_with_report(model, PruneConfig(sparsity=0.5, block="16x1",
                                                          min_params=0))
    assert len({lr.name for lr in report.layers}) == 2
    inputs = model.random_inputs(0)
    np.testing.assert_allclose(tvmq.compile(pruned).run(inputs)[0], _ort(pruned, inputs)[0],
                               rtol=1e-4, atol=1e-4)
