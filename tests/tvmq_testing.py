"""Test helpers: onnxruntime reference runs and small models built in code."""

from __future__ import annotations

import numpy as np
import onnx

import tvmq
from tvmq.zoo import GraphBuilder

# onnxruntime's uint8 x int8 kernels on x86 CPUs without AVX-512 VNNI (AVX2, AVX-512BW) add
# pairs of products into int16 with saturation (vpmaddubsw), so for weights outside [-64, 63]
# their results are not exact; ONNX Runtime recommends 7-bit weights (reduce_range) there.
# Tests that hold tvmq's exact integer compute to onnxruntime keep uint8 x int8 weights within
# 7 bits (reduce_range=True, or these integer bounds), so the reference is exact on every x86
# CPU. tvmq's full-range int8 kernels are checked against numpy (tests/schedule).
ORT_EXACT_S8_WEIGHTS = (-64, 64)


def ort_run(proto: onnx.ModelProto, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
    """Reference outputs from onnxruntime on the CPU."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    sess = ort.InferenceSession(proto.SerializeToString(), opts,
                                providers=["CPUExecutionProvider"])
    return sess.run(None, inputs)


def assert_matches_ort(proto: onnx.ModelProto, *, rtol: float = 1e-4, atol: float = 1e-4,
                       shapes: dict | None = None, seed: int = 0,
                       inputs: dict[str, np.ndarray] | None = None) -> list[np.ndarray]:
    """Compile ``proto`` for the host, run it and compare with onnxruntime."""
    model = tvmq.load_onnx(proto, shapes=shapes)
    feed = inputs if inputs is not None else model.random_inputs(seed)
    got = tvmq.compile(model, "host").run(feed)
    want = ort_run(proto, feed)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g.shape == w.shape and g.dtype == w.dtype
        np.testing.assert_allclose(g, w, rtol=rtol, atol=atol)
    return got


def tiny_proto(name: str = "tiny") -> onnx.ModelProto:
    """x[1,4] -> Relu(x @ W + b) -> [1,3]: the smallest real model for runtime tests."""
    g = GraphBuilder(name, seed=1)
    x = g.input("x", [1, 4])
    y = g.op("Gemm", [x, g.weight([4, 3]), g.const(np.full(3, 0.5, "float32"))])
    return g.build([g.op("Relu", [y])])




def legalize_for_host(mod):
    """Run the host pipeline through `legalize`: (legalized module, later phases, context)."""
    from tvmq.compiler import CompileOptions
    from tvmq.pipeline import PipelineContext, get_pipeline, run_pipeline

    spec = tvmq.get_target("host")
    ctx = PipelineContext(spec=spec, target=spec.tvm_target(), options=CompileOptions())
    phases = [p for p in get_pipeline("default", ctx) if p.name != "lower"]
    cut = next(i for i, p in enumerate(phases) if p.name == "legalize") + 1
    legalized, _ = run_pipeline(mod, phases[:cut], ctx)
    return legalized, phases[cut:], ctx


def int8_reductions(mod) -> dict[str, bool]:
    """{PrimFunc name: whether its conv2d/matmul reduces 8-bit integers into an int32 buffer}.

    The weights are int8; the activations int8, or uint8 where the target's dot product takes
    unsigned activations (AVX-512 VNNI ``vpdpbusd``, after `ShiftInt8ActivationsVnni`).
    """
    import re

    import tvm

    found = {}
    for gv, f in mod.functions.items():
        if not isinstance(f, tvm.tirx.PrimFunc) or not re.search("conv2d|matmul", gv.name_hint):
            continue
        text = f.script()
        dtypes = dict(re.findall(r'(\w+): T\.Buffer\(\(.*?\), "(\w+)"\)', text))
        dtypes.update(re.findall(r'(\w+) = T\.sblock_alloc_buffer\(\(.*?\), "(\w+)"\)', text))
        m = re.search(r'(\w+)\[[^\]]*\] = \1\[[^\]]*\] \+ T\.Cast\("int32", (\w+)\[[^\]]*\]\) '
                      r'\* T\.Cast\("int32", (\w+)\[', text)
        found[gv.name_hint] = bool(m) and dtypes.get(m.group(1)) == "int32" and \
            dtypes.get(m.group(2)) in ("int8", "uint8") and dtypes.get(m.group(3)) == "int8"
    return found
