"""CUDA int8 rule: generated CUDA uses ``__dp4a``; the schedule's arithmetic checked on llvm.

No GPU here: the CUDA kernels are compiled, not run. The numerics are checked by applying the
same rule in its ``emulate`` mode (same tiles, padding, loop order, epilogue; no thread
bindings, shared memory or ``__dp4a``) and running it on llvm against the unscheduled kernel.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import tvm
from tvm import relax

import tvmq
from tvmq.compiler import CompileOptions
from tvmq.pipeline import PipelineContext, get_pipeline, run_pipeline
from tvmq.schedule.gpu.matmul_int8 import CudaMatmulInt8
from tvmq.target import Int8Isa, TargetSpec, get_target

from .conftest import const, relax_model, scheduled_rules
from .test_int8_rules import _int8


def sm61() -> TargetSpec:
    """A Pascal-class target (``__dp4a``, no int8 tensor cores): the ``__dp4a`` rule's home."""
    spec = get_target("cuda-sm75")
    return dataclasses.replace(spec, name="cuda-sm61", tvm={**spec.tvm, "arch": "sm_61"},
                               int8=(Int8Isa.DP4A,))


def _qmatmul(m, k, n, epilogue=False, batch=None):
    rng = np.random.default_rng(m * 1000 + k)
    w = _int8(rng, (k, n) if batch is None else (batch, k, n))
    scale = rng.random(n).astype("float32")
    shape = (m, k) if batch is None else (batch, m, k)

    def body(bb, x):
        acc = relax.op.matmul(x, const(w), out_dtype="int32")
        return relax.op.multiply(relax.op.astype(acc, "float32"), const(scale)) if epilogue \
            else acc

    return relax_model("qmm", {"x": (shape, "int8")}, body)


def _qconv(c, f, hw, k, stride=1):
    w = _int8(np.random.default_rng(c * 100 + f), (f, c, k, k))
    return relax_model("qconv", {"x": ((1, c, hw, hw), "int8")}, lambda bb, x: relax.op.nn.conv2d(
        x, const(w), strides=stride, padding=k // 2, out_dtype="int32"))


def _kernels(model) -> list[tvm.tirx.PrimFunc]:
    """The fused, legalized PrimFuncs of ``model`` (what the schedule slot receives)."""
    spec = get_target("cuda-sm75")
    ctx = PipelineContext(spec, spec.tvm_target(), CompileOptions())
    phases = [p for p in get_pipeline("default", ctx) if p.name not in ("schedule", "lower")]
    mod, _ = run_pipeline(model.mod, phases, ctx)
    return [f for _, f in mod.functions_items() if isinstance(f, tvm.tirx.PrimFunc)]


def _build(func: tvm.tirx.PrimFunc, target: tvm.target.Target):
    return tvm.compile(tvm.IRModule({"main": func.with_attr("global_symbol", "main")}),
                       target=target)


def _random_args(func, rng) -> list[np.ndarray]:
    args = []
    for param in func.params:
        shape, dtype = [int(s) for s in param.shape], str(param.dtype)
        args.append(_int8(rng, shape) if dtype == "int8" else
                    rng.standard_normal(shape).astype(dtype) if dtype.startswith("float")
                    else np.zeros(shape, dtype))
    return args


@pytest.mark.parametrize("model", [
    _qmatmul(128, 256, 128), _qmatmul(13, 36, 48), _qmatmul(8, 64, 32, epilogue=True),
    _qmatmul(40, 30, 20), _qmatmul(13, 36, 20, batch=2),
    _qconv(8, 16, 7, 3), _qconv(3, 16, 10, 3), _qconv(16, 32, 9, 1), _qconv(8, 24, 9, 3, 2),
], ids=["mm128", "mm13", "mm8_deq", "mm_odd", "bmm", "conv3x3", "conv_rgb", "conv1x1",
        "conv_s2"])
def test_cuda_int8_schedule_arithmetic_on_llvm(model):
    target = tvm.target.Target({"kind": "llvm"})
    rng = np.random.default_rng(0)
    funcs = _kernels(model)
    assert len(funcs) == 1
    func = funcs[0]
    with target:
        sch = CudaMatmulInt8(emulate=True).apply(func, target, False)
    assert sch is not None
    args = _random_args(func, rng)
    outs = []
    for f in (func, sch.mod["main"]):
        dev_args = [tvm.runtime.tensor(a) for a in args]
        _build(f, target)["main"](*dev_args)
        outs.append(dev_args[-1].numpy())
    np.testing.assert_array_equal(outs[1], outs[0])


def _cuda_source(model, target: str | TargetSpec) -> str:
    """The generated CUDA C of ``model`` (calls read ``acc = __dp4a(a, b, acc)``; TVM's
    prelude also declares ``__dp4a`` overloads, hence the tests count ``= __dp4a(``)."""
    lib = tvmq.compile(model, target)._executable.mod

    def walk(mod):
        yield mod
        for sub in mod.imports:
            yield from walk(sub)

    return "".join(m.inspect_source("") for m in walk(lib) if m.kind == "cuda")


@pytest.mark.cross
@pytest.mark.parametrize("model", [_qmatmul(128, 256, 128), _qconv(8, 16, 7, 3)],
                         ids=["matmul", "conv"])
def test_cuda_int8_kernels_use_dp4a_without_tensor_cores(model):
    target = sm61()
    assert list(scheduled_rules(model, target).values()) == ["CudaMatmulInt8"]
    source = _cuda_source(model, target)
    assert "wmma" not in source and source.count("= __dp4a(") >= 4


@pytest.mark.cross
def test_fp32_matmul_is_left_to_dlight():
    w = np.ones((64, 32), "float32")
    model = relax_model("mm", {"x": ((16, 64), "float32")},
                        lambda bb, x: relax.op.matmul(x, const(w)))
    assert scheduled_rules(model, "cuda-sm75") == {}
    assert "__dp4a" not in _cuda_source(model, "cuda-sm75")


@pytest.mark.cross
@pytest.mark.slow
@pytest.mark.parametrize("name", ["resnet_cnn", "bert_encoder"])
def test_quantized_zoo_models_compile_for_cuda_with_dp4a(name):
    target = sm61()
    model = tvmq.load_onnx(getattr(tvmq.zoo, name)())
    qmodel = tvmq.quantize(model, [model.random_inputs(s) for s in range(2)], tvmq.QuantConfig())
    rules = scheduled_rules(qmodel, target)
    int8_kernels = [n for n in rules if "conv2d" in n or "matmul" in n]
    assert int8_kernels and all(rules[n] == "CudaMatmulInt8" for n in int8_kernels), rules
    assert _cuda_source(qmodel, target).count("= __dp4a(") >= 4 * len(int8_kernels)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["resnet_cnn", "bert_encoder"])
def test_quantized_zoo_models_under_the_cuda_int8_schedule_match_host(name):
    """Whole models: every int8 kernel takes the CUDA rule's arithmetic (emulated, on llvm)."""
    from tvmq.schedule import ApplySchedules

    model = tvmq.load_onnx(getattr(tvmq.zoo, name)())
    qmodel = tvmq.quantize(model, [model.random_inputs(s) for s in range(2)], tvmq.QuantConfig())
    # the kernels a CUDA compile schedules (host rewrites, e.g. VNNI's uint8 shift, stay out)
    cuda = sm61()
    cuda_ctx = PipelineContext(cuda, cuda.tvm_target(), CompileOptions())
    cuda_phases = get_pipeline("default", cuda_ctx)
    mod, _ = run_pipeline(qmodel.mod, cuda_phases[:[p.name for p in cuda_phases].index(
        "schedule")], cuda_ctx)
    spec = get_target("host")
    target = spec.tvm_target()
    with target:
        mod = ApplySchedules([CudaMatmulInt8(emulate=True)])(mod)
    ctx = PipelineContext(spec, target, CompileOptions())
    phases = get_pipeline("default", ctx)
    cut = [p.name for p in phases].index("schedule")
    emulated = [gv.name_hint for gv, f in mod.functions_items()
                if isinstance(f, tvm.tirx.PrimFunc) and f.attrs is not None
                and f.attrs.get("tvmq.schedule_rule") == "CudaMatmulInt8"]
    assert len(emulated) >= 4, emulated
    mod, _ = run_pipeline(mod, phases[cut:], ctx)
    with target:
        vm = relax.VirtualMachine(tvm.compile(mod, target=target, relax_pipeline=None), tvm.cpu())
    inputs = model.random_inputs(3)
    out = vm["main"](*[tvm.runtime.tensor(inputs[s.name]) for s in model.inputs])
    out = out if hasattr(out, "numpy") else out[0]  # a tensor, or a tuple of one
    host = tvmq.compile(qmodel, "host").run(inputs)[0]
    np.testing.assert_allclose(out.numpy(), host, rtol=1e-5, atol=1e-5)
