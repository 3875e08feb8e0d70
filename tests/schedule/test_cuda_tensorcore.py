"""CUDA int8 tensor-core rule: WMMA calls in the generated CUDA; its arithmetic checked on llvm.

No GPU here: the CUDA kernels are compiled, not run. The numerics are checked by applying the
rule in its ``emulate`` mode (same tiles, padding, shared-memory and fragment buffers, loop
order and epilogue; no thread bindings, every WMMA call replaced by the loops it computes)
and running it on llvm against the unscheduled kernel, bit-exactly.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import numpy as np
import pytest
import tvm
from tvm import relax

import tvmq
from tvmq.compiler import CompileOptions
from tvmq.model import Model, TensorSpec
from tvmq.pipeline import PipelineContext, get_pipeline, run_pipeline
from tvmq.schedule.gpu.matmul_tensorcore import (
    CudaMatmulInt8TensorCore,
    TileConfig,
    pick_k_fragments,
    pick_tile,
)
from tvmq.schedule.gpu.slots import has_int8_tensor_cores
from tvmq.target import get_target

from .conftest import const, scheduled_rules
from .test_cuda_int8 import _build, _cuda_source, _kernels, _qconv, _qmatmul, _random_args, sm61
from .test_int8_rules import _int8

RULE = "CudaMatmulInt8TensorCore"
TC_TARGETS = ["cuda-sm75", "cuda-sm86", "cuda-sm90", "jetson-orin"]


def _dynamic_rows_matmul(k: int = 64, n: int = 40) -> tuple[Model, np.ndarray]:
    """``x[rows, k] @ w`` with ``rows`` symbolic (a dynamic batch), and the weight."""
    rows = tvm.tirx.Var("rows", "int64")
    w = _int8(np.random.default_rng(1), (k, n))
    bb = relax.BlockBuilder()
    x = relax.Var("x", relax.TensorType((rows, k), "int8"))
    with bb.function("main", [x]):
        with bb.dataflow():
            out = bb.emit_output(relax.op.matmul(x, const(w), out_dtype="int32"))
        bb.emit_func_output(out)
    return Model(mod=bb.get(), inputs=(TensorSpec("x", (rows, k), "int8"),),
                 outputs=(TensorSpec("out", (rows, n), "int32"),), name="dyn", source=None), w


def _emulated_matches_unscheduled(func: tvm.tirx.PrimFunc, seed: int = 0) -> None:
    target = tvm.target.Target({"kind": "llvm"})
    with target:
        sch = CudaMatmulInt8TensorCore(emulate=True).apply(func, target, False)
    assert sch is not None
    args = _random_args(func, np.random.default_rng(seed))
    outs = []
    for f in (func, sch.mod["main"]):
        dev_args = [tvm.runtime.tensor(a) for a in args]
        _build(f, target)["main"](*dev_args)
        outs.append(dev_args[-1].numpy())
    np.testing.assert_array_equal(outs[1], outs[0])


def test_tile_sizes_follow_the_output_shape():
    assert pick_tile(128, 128) == TileConfig(2, 2, 2, 2)
    assert (pick_tile(128, 128).rows, pick_tile(128, 128).cols) == (64, 64)
    assert pick_tile(13, 40) == TileConfig(1, 1, 2, 2)
    assert pick_tile(20, 16).warps == 2
    # reduction staged 64 / 32 / 16 deep, never padded beyond the next multiple of 16
    assert [pick_k_fragments(k) for k in (256, 30, 36, 16, 3, 96)] == [4, 2, 1, 1, 1, 2]


@pytest.mark.parametrize("model", [
    _qmatmul(128, 256, 128), _qmatmul(13, 36, 48), _qmatmul(8, 64, 32, epilogue=True),
    _qmatmul(40, 30, 20), _qmatmul(100, 200, 72), _qmatmul(37, 192, 24),
    _qmatmul(16, 64, 32), _qmatmul(13, 36, 20, batch=2),
    _qconv(8, 16, 7, 3), _qconv(3, 16, 10, 3), _qconv(16, 32, 9, 1), _qconv(8, 24, 9, 3, 2),
], ids=["mm128", "mm13", "mm8_deq", "mm_odd", "mm100", "mm_k64_odd", "one_step", "bmm",
        "conv3x3", "conv_rgb", "conv1x1", "conv_s2"])
def test_tensorcore_schedule_arithmetic_on_llvm(model):
    funcs = _kernels(model)
    assert len(funcs) == 1
    _emulated_matches_unscheduled(funcs[0])


def test_extreme_int8_values_are_exact():
    """-128 * -128 summed over K = 256 (2^22) stays exact in the int32 accumulators."""
    func = _kernels(_qmatmul(32, 256, 32))[0]
    target = tvm.target.Target({"kind": "llvm"})
    with target:
        sch = CudaMatmulInt8TensorCore(emulate=True).apply(func, target, False)
    x, w, out = ([int(s) for s in p.shape] for p in func.params)  # the weight is a param
    args = [np.full(x, -128, "int8"), np.full(w, -128, "int8"), np.zeros(out, "int32")]
    dev_args = [tvm.runtime.tensor(a) for a in args]
    _build(sch.mod["main"], target)["main"](*dev_args)
    np.testing.assert_array_equal(dev_args[-1].numpy(), np.full(out, 256 * 128 * 128, "int32"))


def test_symbolic_rows_are_padded_at_run_time():
    model, w = _dynamic_rows_matmul()
    func = _kernels(model)[0]
    target = tvm.target.Target({"kind": "llvm"})
    with target:
        sch = CudaMatmulInt8TensorCore(emulate=True).apply(func, target, False)
    kernel = _build(sch.mod["main"], target)["main"]
    for rows in (1, 37, 130):
        x = _int8(np.random.default_rng(rows), (rows, w.shape[0]))
        out = tvm.runtime.tensor(np.zeros((rows, w.shape[1]), "int32"))
        kernel(tvm.runtime.tensor(x), tvm.runtime.tensor(w), out)
        np.testing.assert_array_equal(out.numpy(), x.astype(np.int32) @ w.astype(np.int32))


def _assert_wmma_int8(source: str, kernels: int = 1) -> None:
    assert source.count("nvcuda::wmma::mma_sync(") >= kernels
    assert "wmma::fragment<nvcuda::wmma::matrix_a, 16, 16, 16, signed char" in source
    assert "wmma::fragment<nvcuda::wmma::matrix_b, 16, 16, 16, signed char" in source
    assert "wmma::fragment<nvcuda::wmma::accumulator, 16, 16, 16, int>" in source
    assert "nvcuda::wmma::load_matrix_sync(" in source
    assert "nvcuda::wmma::store_matrix_sync(" in source
    assert "= __dp4a(" not in source


@pytest.mark.cross
@pytest.mark.parametrize("target", TC_TARGETS)
@pytest.mark.parametrize("model", [_qmatmul(128, 256, 128), _qmatmul(40, 30, 20),
                                   _qconv(8, 16, 7, 3)], ids=["matmul", "odd", "conv"])
def test_tensorcore_targets_emit_wmma(model, target):
    assert list(scheduled_rules(model, target).values()) == [RULE]
    _kernels_after_schedule(model, target)
    _assert_wmma_int8(_cuda_source(model, target))


@pytest.mark.cross
@pytest.mark.skipif(shutil.which("nvcc") is None, reason="needs nvcc")
@pytest.mark.parametrize("model", [
    _qmatmul(128, 256, 128), _qmatmul(40, 30, 20), _qmatmul(37, 192, 24), _qmatmul(16, 64, 32),
    _qmatmul(8, 64, 32, epilogue=True), _qconv(3, 16, 10, 3), _dynamic_rows_matmul()[0],
], ids=["mm128", "odd", "k64_odd", "one_step", "deq", "conv_rgb", "dynamic"])
def test_nvcc_assembles_int8_tensor_core_instructions(model, tmp_path):
    """nvcc + ptxas accept the kernels (sm_75 and sm_90), and the PTX has int8 WMMA.

    ``tvm.compile`` keeps the CUDA source (no CUDA compiler callback is registered in
    tvmq), so this test runs nvcc itself.
    """
    source = tmp_path / "kernels.cu"
    source.write_text(_cuda_source(model, "cuda-sm75"))
    ptx, cubin = tmp_path / "kernels.ptx", tmp_path / "kernels.cubin"
    for fmt, arch, out in (("ptx", "sm_75", ptx), ("cubin", "sm_90", cubin)):
        done = subprocess.run(["nvcc", f"--{fmt}", "-O3", "-w", f"-arch={arch}", "-o", str(out),
                               str(source)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
    text = ptx.read_text()
    assert "wmma.mma.sync.aligned.row.col.m16n16k16.s32.s8.s8.s32" in text
    assert "wmma.load.a.sync.aligned.row.m16n16k16.shared.s8" in text
    assert "wmma.load.b.sync.aligned.col.m16n16k16.shared.s8" in text
    assert cubin.stat().st_size > 0


@pytest.mark.cross
def test_symbolic_rows_compile_on_tensor_cores():
    model, _ = _dynamic_rows_matmul()
    assert list(scheduled_rules(model, "cuda-sm86").values()) == [RULE]
    _assert_wmma_int8(_cuda_source(model, "cuda-sm86"))


@pytest.mark.cross
def test_sm61_keeps_dp4a():
    model = _qmatmul(128, 256, 128)
    assert list(scheduled_rules(model, sm61()).values()) == ["CudaMatmulInt8"]


def test_tensor_cores_need_int8_wmma():
    sm75 = get_target("cuda-sm75")
    volta = dataclasses.replace(sm75, tvm={**sm75.tvm, "arch": "sm_70"})  # fp16-only cores
    hopper = dataclasses.replace(sm75, tvm={**sm75.tvm, "arch": "sm_90a"})
    assert [has_int8_tensor_cores(s) for s in (sm75, volta, hopper, sm61())] == [
        True, False, True, False]
    assert all(has_int8_tensor_cores(get_target(t)) for t in TC_TARGETS)


def _nvcc_cubin(source: str, arch: str, tmp_path) -> None:
    """Assemble ``source`` for ``arch`` with nvcc (skipped where nvcc is missing)."""
    if shutil.which("nvcc") is None:
        return
    (tmp_path / "model.cu").write_text(source)
    done = subprocess.run(["nvcc", "--cubin", "-w", f"-arch={arch}", "-o",
                           str(tmp_path / "model.cubin"), str(tmp_path / "model.cu")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.cross
@pytest.mark.slow
@pytest.mark.parametrize("name,target", [
    ("bert_encoder", "cuda-sm75"), ("bert_encoder", "cuda-sm86"), ("bert_encoder", "cuda-sm90"),
    ("bert_encoder", "jetson-orin"), ("resnet_cnn", "cuda-sm86")])
def test_quantized_zoo_models_compile_on_tensor_cores(name, target, tmp_path):
    model = tvmq.load_onnx(getattr(tvmq.zoo, name)())
    qmodel = tvmq.quantize(model, [model.random_inputs(s) for s in range(2)], tvmq.QuantConfig())
    rules = scheduled_rules(qmodel, target)
    int8_kernels = [n for n in rules if "matmul" in n or "conv2d" in n]
    assert int8_kernels and all(rules[n] == RULE for n in int8_kernels), rules
    source = _cuda_source(qmodel, target)
    _assert_wmma_int8(source, len(int8_kernels))
    _nvcc_cubin(source, get_target(target).tvm["arch"], tmp_path)


def _run_emulated_model(model: Model, inputs: dict[str, np.ndarray]) -> tuple[np.ndarray, list]:
    """Run ``model`` on the host with the kernels a CUDA target gets, every int8 one under the
    emulated tensor-core schedule (the rest on the CPU rules); return its output and the
    emulated kernels' names."""
    from tvmq.schedule import ApplySchedules

    cuda = get_target("cuda-sm75")
    cuda_ctx = PipelineContext(cuda, cuda.tvm_target(), CompileOptions())
    cuda_phases = get_pipeline("default", cuda_ctx)
    cut = [p.name for p in cuda_phases].index("schedule")
    mod, _ = run_pipeline(model.mod, cuda_phases[:cut], cuda_ctx)
    spec = get_target("host")
    target = spec.tvm_target()
    with target:
        mod = ApplySchedules([CudaMatmulInt8TensorCore(emulate=True)])(mod)
    # the host's schedule slot splits and folds the weight transposes, as the CUDA slot does
    ctx = PipelineContext(spec, target, CompileOptions())
    phases = get_pipeline("default", ctx)
    mod, _ = run_pipeline(mod, phases[[p.name for p in phases].index("schedule"):], ctx)
    emulated = [gv.name_hint for gv, f in mod.functions_items()
                if isinstance(f, tvm.tirx.PrimFunc) and f.attrs is not None
                and f.attrs.get("tvmq.schedule_rule") == RULE]
    with target:
        vm = relax.VirtualMachine(tvm.compile(mod, target=target, relax_pipeline=None), tvm.cpu())
    out = vm["main"](*[tvm.runtime.tensor(inputs[s.name]) for s in model.inputs])
    out = out if hasattr(out, "numpy") else out[0]  # a tensor, or a tuple of one
    return out.numpy(), emulated


@pytest.mark.parametrize("shape", [(None, 40, 30, 20), (3, 40, 64, 24)],
                         ids=["dense", "batched"])
def test_constant_kn_weights_are_transposed_at_compile_time(shape):
    """``x @ W`` with a constant ``[..., K, N]`` W: the kernel reads a ``[S, N', K']`` copy of
    W made by FoldConstant (zero-padded to whole tiles), and the result stays exact."""
    batch, m, k, n = shape
    model = _qmatmul(m, k, n, batch=batch)
    w = model.mod["main"].body.blocks[0].bindings[0].value.args[1].value.numpy()
    x = _int8(np.random.default_rng(5), (m, k) if batch is None else (batch, m, k))
    out, emulated = _run_emulated_model(model, {"x": x})
    assert emulated == ["matmul_prepacked"]
    np.testing.assert_array_equal(out, np.matmul(x.astype(np.int32), w.astype(np.int32)))
    cuda_main = _kernels_after_schedule(model, "cuda-sm75")
    weights = [a.value.numpy() for a in cuda_main.body.blocks[0].bindings[0].value.args[1].fields
               if isinstance(a, tvm.ir.expr.GenericConst)]
    assert len(weights) == 1
    packed = weights[0].reshape(-1, *weights[0].shape[-2:])
    assert packed.shape[-2] % 16 == 0 and packed.shape[-1] % 16 == 0
    np.testing.assert_array_equal(packed[:, :n, :k], w.reshape(-1, k, n).swapaxes(1, 2))
    assert not packed[:, n:].any() and not packed[:, :, k:].any()


def _kernels_after_schedule(model: Model, target: str) -> relax.Function:
    spec = get_target(target)
    ctx = PipelineContext(spec, spec.tvm_target(), CompileOptions())
    phases = [p for p in get_pipeline("default", ctx) if p.name != "lower"]
    mod, _ = run_pipeline(model.mod, phases, ctx)
    for _, func in mod.functions_items():
        if isinstance(func, tvm.tirx.PrimFunc) and func.attrs.get("tvmq.schedule_rule") == RULE:
            _assert_all_work_on_threads(func)
    return mod["main"]


def _assert_all_work_on_threads(func: tvm.tirx.PrimFunc) -> None:
    """Every loop nest at the kernel's root is bound to CUDA blocks (none left for the host)."""
    root = func.body.block.body
    stmts = list(root.seq) if isinstance(root, tvm.tirx.SeqStmt) else [root]
    kinds = [str(stmt.kind) if isinstance(stmt, tvm.tirx.For) else type(stmt).__name__
             for stmt in stmts]
    assert all(isinstance(stmt, tvm.tirx.For) and stmt.thread_binding is not None
               and stmt.thread_binding.thread_tag.startswith("blockIdx") for stmt in stmts), kinds


@pytest.mark.slow
@pytest.mark.parametrize("name", ["resnet_cnn", "bert_encoder"])
def test_quantized_zoo_models_under_the_tensorcore_schedule_match_host(name):
    """Whole models: every int8 kernel takes the tensor-core rule's arithmetic (on llvm)."""
    model = tvmq.load_onnx(getattr(tvmq.zoo, name)())
    qmodel = tvmq.quantize(model, [model.random_inputs(s) for s in range(2)], tvmq.QuantConfig())
    inputs = model.random_inputs(3)
    out, emulated = _run_emulated_model(qmodel, inputs)
    assert len(emulated) >= 4, emulated
    if name == "bert_encoder":  # its [K, N] weights are transposed at compile time
        assert all(n.endswith("_prepacked") for n in emulated), emulated
    host = tvmq.compile(qmodel, "host").run(inputs)[0]
    np.testing.assert_allclose(out, host, rtol=1e-5, atol=1e-5)
