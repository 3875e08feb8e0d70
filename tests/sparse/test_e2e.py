import re

import numpy as np
import onnx
import onnxruntime as ort
import pytest
import tvm
from tvm import relax

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


@pytest.mark.parametrize("target,kernel", [("rpi4", "tvmq_bsr_matmul_16x1"),
                                           ("cuda-sm86", "tvmq_bsr_matmul_cuda_16x1")])
def test_arm_and_cuda_targets_use_their_bsr_kernels(small_pruned, target, kernel, tmp_path):
    # cross-compiles for the board / compiles CUDA without a GPU (nothing is run here)
    tvmq.compile(small_pruned, target, dump_ir=tmp_path)
    rewritten = (tmp_path / "02_rewrite.py").read_text()
    assert len(re.findall(rf"call_tir\(cls\.{kernel}\d*,", rewritten)) == 6


@pytest.fixture(scope="module")
def int8_model():
    model = tvmq.load_onnx(bert_encoder(seq=16, hidden=64, heads=2, ffn=128))
    return tvmq.prune(model, PruneConfig(sparsity=0.8, block="16x1", min_params=0))


@pytest.mark.parametrize("scheme", ["int8", pytest.param("u8s8", marks=pytest.mark.slow)])
def test_pruned_quantized_bert_runs_int8_bsr_and_matches_dense(int8_model, scheme, tmp_path):
    from tvmq.quant import get_scheme

    calib = [int8_model.random_inputs(s) for s in range(4)]
    qmodel = tvmq.quantize(int8_model, calib, get_scheme(scheme))
    cm = tvmq.compile(qmodel, "host", dump_ir=tmp_path)
    rewritten = (tmp_path / "02_rewrite.py").read_text()
    xdt = "uint8" if scheme == "u8s8" else "int8"
    # all six projections: int8 block data, int32 accumulators, no dense int8 matmul left
    assert len(re.findall(r"call_tir\(cls\.tvmq_bsr_matmul_16x1_" + xdt, rewritten)) == 6
    assert 'out_dtype="int32"' not in rewritten
    assert re.search(rf'x: T.Buffer\(\(16, 64\), "{xdt}"\), data: T.Buffer\(\(\d+, 16, 1\), '
                     r'"int8"\).*y: T.Buffer\(\(16, 64\), "int32"\)', rewritten)
    # the same quantized module run densely by TVM's own pipeline (no BSR rewrite)
    dense = relax.VirtualMachine(tvm.compile(qmodel.mod, target=tvm.target.Target(
        {"kind": "llvm", "num-cores": 2})), tvm.cpu())
    for seed in (10, 11):
        inputs = qmodel.random_inputs(seed)
        ref = dense["main"](*[tvm.runtime.tensor(inputs[s.name]) for s in qmodel.inputs])
        np.testing.assert_allclose(cm.run(inputs)[0], ref.numpy(), rtol=1e-4, atol=1e-4)


@pytest.mark.slow
def test_cli_prune_then_quantize_compiles_int8_bsr(tmp_path, capsys):
    from tvmq.cli import main

    path = tmp_path / "bert.onnx"
    onnx.save(bert_encoder(seq=8, hidden=32, heads=2, ffn=64), path)
    calib = tmp_path / "calib.npz"
    np.savez(calib, **tvmq.load_onnx(str(path)).random_inputs(0))
    rc = main(["compile", str(path), "-o", str(tmp_path / "m.so"), "--prune", "0.8",
               "--block", "16x1", "--prune-min-params", "0", "--quantize", "int8", "--calib",
               str(calib), "--dump-ir", str(tmp_path / "ir")])
    assert rc == 0 and (tmp_path / "m.so").exists()
    assert "6/6 layers to BSR" in capsys.readouterr().err
    rewritten = (tmp_path / "ir" / "02_rewrite.py").read_text()
    assert len(re.findall(r"call_tir\(cls\.tvmq_bsr_matmul_16x1_int8", rewritten)) == 6


@pytest.mark.parametrize("quantized", [False, True])
def test_sparse_1x1_conv_runs_as_bsr_matmul(quantized, tmp_path):
    from tvmq.zoo import GraphBuilder

    g = GraphBuilder("conv1x1", seed=1)
    x = g.input("x", [1, 32, 6, 6])
    rng = np.random.default_rng(0)
    w = rng.standard_normal((64, 32, 1, 1)).astype("float32")
    w *= np.repeat(rng.random((4, 32)) < 0.2, 16, 0)[:, :, None, None]  # 16x1 block-sparse
    h = g.op("Relu", [g.op("Conv", [x, g.const(w), g.const(np.zeros(64, "float32"))])])
    y = g.op("Conv", [h, g.weight([16, 64, 3, 3]), g.const(np.zeros(16, "float32"))],
             pads=[1, 1, 1, 1])
    model = tvmq.load_onnx(g.build([y]))
    if quantized:
        model = tvmq.quantize(model, [model.random_inputs(s) for s in range(3)])
    cm = tvmq.compile(model, "host", dump_ir=tmp_path)
    kernel = "tvmq_bsr_matmul_16x1" + ("_int8" if quantized else "")
    assert re.findall(r"call_tir\(cls\.(tvmq_bsr_matmul\w*)",
                      (tmp_path / "02_rewrite.py").read_text()) == [kernel]  # 3x3 stays dense
    inputs = model.random_inputs(5)
    dense = relax.VirtualMachine(tvm.compile(model.mod, target=tvm.target.Target(
        {"kind": "llvm", "num-cores": 2})), tvm.cpu())
    ref = dense["main"](tvm.runtime.tensor(inputs["x"])).numpy()
    np.testing.assert_allclose(cm.run(inputs)[0], ref, rtol=1e-5, atol=1e-4)
