"""Speed of tvmq's default (untuned) schedules: per-kernel GFLOP/s and whole models vs onnxruntime.

Usage::

    PYTHONPATH=$PWD python benchmarks/bench_schedules.py [--quick] [--out FILE]

Every row compiles the same ONNX graph with ``tvmq.compile(model, "host")`` (no tuning) and runs
it in onnxruntime (CPU provider, default threads, no spinning: see `ort_session`); tvmq and
onnxruntime are timed alternately in one process so that the ratio survives a shared, noisy
machine. For ratios to onnxruntime at its best (spinning on), use ``bench_isolated.py``. The
FMA peak assumes this CPU's frequency from /proc/cpuinfo x cores x 2 FMA units x 16 fp32 lanes
(AVX-512) x 2 flops.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort

import tvmq
from tvmq import zoo
from tvmq.zoo import GraphBuilder

RESULTS = Path(__file__).parent / "results" / "bench_schedules.json"


def cpu_ghz() -> float:
    """Nominal frequency of this CPU in GHz (first ``cpu MHz`` in /proc/cpuinfo, else 2.0)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("cpu MHz"):
                return float(line.split(":")[1]) / 1000.0
    except OSError:
        pass
    return 2.0


def fp32_peak_gflops(cores: int) -> float:
    """cores x GHz x 2 FMA units x 16 lanes x 2 flops per FMA."""
    return cores * cpu_ghz() * 2 * 16 * 2


# ---------------------------------------------------------------- kernels (single ONNX ops)
def k_matmul(m: int, k: int, n: int) -> tuple[onnx.ModelProto, float]:
    g = GraphBuilder(f"matmul_{m}x{k}x{n}")
    x = g.input("x", [m, k])
    y = g.op("Add", [g.op("MatMul", [x, g.weight([k, n])]), g.weight([n], 0.1)])
    return g.build([y]), 2.0 * m * k * n


def k_conv(c: int, f: int, hw: int, k: int, stride: int = 1, groups: int = 1
           ) -> tuple[onnx.ModelProto, float]:
    g = GraphBuilder(f"conv{k}x{k}_c{c}_f{f}_{hw}x{hw}_s{stride}_g{groups}")
    x = g.input("x", [1, c, hw, hw])
    y = g.op("Conv", [x, g.weight([f, c // groups, k, k]), g.weight([f], 0.1)],
             kernel_shape=[k, k], strides=[stride, stride], pads=[k // 2] * 4, group=groups)
    out = (hw + 2 * (k // 2) - k) // stride + 1
    return g.build([g.op("Relu", [y])]), 2.0 * f * (c // groups) * k * k * out * out


def kernels(quick: bool) -> list[tuple[onnx.ModelProto, float]]:
    ks = [k_matmul(128, 384, 1536), k_matmul(128, 1536, 384), k_matmul(128, 384, 384),
          k_matmul(1, 768, 3072), k_conv(64, 64, 56, 3), k_conv(256, 64, 56, 1),
          k_conv(512, 512, 7, 3), k_conv(128, 128, 28, 3, 2), k_conv(64, 64, 56, 3, 1, 64),
          k_conv(64, 256, 56, 1), k_conv(256, 512, 56, 1, 2), k_conv(512, 128, 28, 1),
          k_conv(1024, 256, 14, 1)]
    return ks[:4] + ks[4:6] if quick else ks


# ---------------------------------------------------------------- int8 matmul kernels
def _relax_matmul(m: int, k: int, n: int, w: np.ndarray, dtype: str) -> tvmq.Model:
    from tvm import relax

    from tvmq.model import TensorSpec

    out_dtype = "int32" if dtype == "int8" else "float32"
    bb = relax.BlockBuilder()
    x = relax.Var("x", relax.TensorType((m, k), dtype))
    with bb.function("main", [x]):
        with bb.dataflow():
            y = bb.emit_output(relax.op.matmul(x, relax.const(w), out_dtype=out_dtype))
        bb.emit_func_output(y)
    return tvmq.Model(mod=bb.get(), inputs=(TensorSpec("x", (m, k), dtype),),
                      outputs=(TensorSpec("y", (m, n), out_dtype),), name="mm", source=None)


def ort_session(proto: onnx.ModelProto) -> ort.InferenceSession:
    """onnxruntime on the CPU provider, its worker threads sleeping (not spinning) between runs.

    Spinning workers left over from one runtime's run take the cores from the other's
    threads: with tvmq on 2 threads, each of its parallel regions then waits a scheduler tick
    (4 ms here) for a descheduled worker.
    """
    so = ort.SessionOptions()
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(proto.SerializeToString(), so, providers=["CPUExecutionProvider"])


def _ort_matmul_integer(k: int, n: int, w: np.ndarray) -> ort.InferenceSession:
    from onnx import TensorProto, helper, numpy_helper

    graph = helper.make_graph(
        [helper.make_node("MatMulInteger", ["x", "w"], ["y"])], "mmi",
        [helper.make_tensor_value_info("x", TensorProto.INT8, ["m", k])],
        [helper.make_tensor_value_info("y", TensorProto.INT32, ["m", n])],
        [numpy_helper.from_array(w, "w")])
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    return ort_session(proto)


def _relax_conv(c: int, hw: int, k: int, stride: int, w: np.ndarray, dtype: str) -> tvmq.Model:
    from tvm import relax

    from tvmq.model import TensorSpec

    out_dtype = "int32" if dtype == "int8" else "float32"
    f = w.shape[0]
    out = (hw + 2 * (k // 2) - k) // stride + 1
    bb = relax.BlockBuilder()
    x = relax.Var("x", relax.TensorType((1, c, hw, hw), dtype))
    with bb.function("main", [x]):
        with bb.dataflow():
            y = bb.emit_output(relax.op.nn.conv2d(x, relax.const(w), strides=stride,
                                                  padding=k // 2, out_dtype=out_dtype))
        bb.emit_func_output(y)
    return tvmq.Model(mod=bb.get(), inputs=(TensorSpec("x", (1, c, hw, hw), dtype),),
                      outputs=(TensorSpec("y", (1, f, out, out), out_dtype),), name="conv",
                      source=None)


def _weight_range(target: str) -> tuple[int, int]:
    """Full int8 weights, or 7-bit ones (the ``w7a8`` scheme) for AVX2-only targets."""
    return (-63, 64) if target == "x86-avx2" else (-128, 128)


def _alternate(pairs: list, rounds: int) -> list[float]:
    """Median ms of each (benchmark callable) run alternately ``rounds`` times."""
    times = [[] for _ in pairs]
    for _ in range(rounds):
        for i, fn in enumerate(pairs):
            times[i].append(fn())
    return [statistics.median(t) for t in times]


def time_int8_matmul(m: int, k: int, n: int, rounds: int, target: str = "host") -> dict:
    """tvmq int8 vs tvmq fp32 (vs onnxruntime MatMulInteger on host) on one shape, alternated."""
    rng = np.random.default_rng(0)
    w8 = rng.integers(*_weight_range(target), (k, n)).astype("int8")
    x8 = rng.integers(-128, 128, (m, k)).astype("int8")
    cm8 = tvmq.compile(_relax_matmul(m, k, n, w8, "int8"), target)
    cm32 = tvmq.compile(_relax_matmul(m, k, n, w8.astype("float32"), "float32"), target)
    sess = _ort_matmul_integer(k, n, w8)
    exact = bool(np.array_equal(cm8.run({"x": x8})[0], x8.astype(np.int64) @ w8))
    x32 = x8.astype("float32")
    once = cm32.benchmark({"x": x32}, number=1, repeat=1).median_ms
    number = max(1, int(30.0 / max(once, 1e-3)))

    def ort_ms() -> float:
        t0 = time.perf_counter()
        for _ in range(number):
            sess.run(None, {"x": x8})
        return (time.perf_counter() - t0) / number * 1e3

    ms8, ms32, mso = _alternate([
        lambda: cm8.benchmark({"x": x8}, number=number, repeat=1).median_ms,
        lambda: cm32.benchmark({"x": x32}, number=number, repeat=1).median_ms, ort_ms], rounds)
    return {"name": f"int8_matmul_{m}x{k}x{n}", "target": target,
            "tvmq_int8_ms": round(ms8, 4), "tvmq_fp32_ms": round(ms32, 4),
            "ort_int8_ms": round(mso, 4),
            "int8_speedup_over_fp32": round(ms32 / ms8, 2),
            "tvmq_int8_over_ort_int8": round(ms8 / mso, 2),
            "gops": round(2.0 * m * k * n / (ms8 * 1e6), 1), "exact": exact}


def time_int8_conv(c: int, f: int, hw: int, k: int, stride: int, rounds: int,
                   target: str = "host") -> dict:
    """tvmq int8 conv2d (int32 out) vs the same conv in tvmq fp32, alternated."""
    rng = np.random.default_rng(0)
    w8 = rng.integers(*_weight_range(target), (f, c, k, k)).astype("int8")
    x8 = rng.integers(-128, 128, (1, c, hw, hw)).astype("int8")
    cm8 = tvmq.compile(_relax_conv(c, hw, k, stride, w8, "int8"), target)
    cm32 = tvmq.compile(_relax_conv(c, hw, k, stride, w8.astype("float32"), "float32"), target)
    x32 = x8.astype("float32")
    exact = bool(np.array_equal(cm8.run({"x": x8})[0], cm32.run({"x": x32})[0]))
    once = cm32.benchmark({"x": x32}, number=1, repeat=1).median_ms
    number = max(1, int(30.0 / max(once, 1e-3)))
    ms8, ms32 = _alternate([
        lambda: cm8.benchmark({"x": x8}, number=number, repeat=1).median_ms,
        lambda: cm32.benchmark({"x": x32}, number=number, repeat=1).median_ms], rounds)
    out = (hw + 2 * (k // 2) - k) // stride + 1
    return {"name": f"int8_conv{k}x{k}_c{c}_f{f}_{hw}x{hw}_s{stride}", "target": target,
            "tvmq_int8_ms": round(ms8, 4), "tvmq_fp32_ms": round(ms32, 4),
            "int8_speedup_over_fp32": round(ms32 / ms8, 2),
            "gops": round(2.0 * f * c * k * k * out * out / (ms8 * 1e6), 1), "exact": exact}


# ---------------------------------------------------------------- models
def resnet50_shaped(image: int = 224, seed: int = 0) -> onnx.ModelProto:
    """ResNet-50's layer shapes (bottlenecks 3-4-6-3, widths 64..2048) with random weights."""
    g = GraphBuilder("resnet50_shaped", seed)

    def conv(x, cin, cout, k, s, relu=True):
        y = g.op("Conv", [x, g.weight([cout, cin, k, k]), g.weight([cout], 0.01)],
                 kernel_shape=[k, k], strides=[s, s], pads=[k // 2] * 4)
        return g.op("Relu", [y]) if relu else y

    x = g.input("input", [1, 3, image, image])
    y = conv(x, 3, 64, 7, 2)
    y = g.op("MaxPool", [y], kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    cin = 64
    for stage, (width, blocks) in enumerate([(64, 3), (128, 4), (256, 6), (512, 3)]):
        for b in range(blocks):
            s = 2 if stage > 0 and b == 0 else 1
            z = conv(y, cin, width, 1, 1)
            z = conv(z, width, width, 3, s)
            z = conv(z, width, width * 4, 1, 1, relu=False)
            short = conv(y, cin, width * 4, 1, s, relu=False) if b == 0 else y
            y = g.op("Relu", [g.op("Add", [z, short])])
            cin = width * 4
    y = g.op("Flatten", [g.op("GlobalAveragePool", [y])])
    y = g.op("Gemm", [y, g.weight([1000, cin], 0.01), g.weight([1000], 0.01)], transB=1)
    return g.build([y])


def models(quick: bool) -> list[onnx.ModelProto]:
    ms = [zoo.resnet_cnn(), zoo.bert_encoder()]
    if not quick:
        minilm = zoo.bert_encoder(seq=128, hidden=384, heads=12, ffn=1536, layers=6)
        minilm.graph.name = "minilm_l6_shaped_seq128"
        ms += [minilm, resnet50_shaped()]
    return ms


# ---------------------------------------------------------------- timing
def time_pair(proto: onnx.ModelProto, rounds: int) -> dict:
    model = tvmq.load_onnx(proto)
    start = time.perf_counter()
    cm = tvmq.compile(model, "host")
    compile_s = time.perf_counter() - start
    inputs = model.random_inputs(0)
    sess = ort_session(proto)
    got = cm.run(inputs)
    ref = sess.run(None, inputs)
    # Error relative to the output's scale (deep random-weight nets have large logits).
    err = max(float(np.max(np.abs(a - b)) / max(float(np.max(np.abs(b))), 1e-30))
              for a, b in zip(got, ref, strict=True))
    once = cm.benchmark(inputs, number=1, repeat=1, warmup=1).median_ms
    number = max(1, int(30.0 / max(once, 1e-3)))  # about 30 ms per measurement
    tv, ox = [], []
    for _ in range(rounds):  # alternate so both see the same machine load
        tv.append(cm.benchmark(inputs, number=number, repeat=1, warmup=1).median_ms)
        t0 = time.perf_counter()
        for _ in range(number):
            sess.run(None, inputs)
        ox.append((time.perf_counter() - t0) / number * 1e3)
    tvmq_ms, ort_ms = statistics.median(tv), statistics.median(ox)
    return {"name": proto.graph.name, "compile_s": round(compile_s, 2),
            "tvmq_ms": round(tvmq_ms, 4), "ort_ms": round(ort_ms, 4),
            "tvmq_over_ort": round(tvmq_ms / ort_ms, 2), "max_rel_err": err}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer kernels, small models only")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args()
    cores = tvmq.get_target("host").cores
    peak = fp32_peak_gflops(cores)
    rows = {"kernels": [], "models": []}
    print(f"fp32 FMA peak assumed: {cores} cores x {cpu_ghz():.2f} GHz x 2 FMA x 16 lanes x 2 "
          f"= {peak:.0f} GFLOP/s (machine shared: ratios are measured alternately)")
    print(f"{'kernel':42s} {'tvmq ms':>9s} {'GFLOP/s':>8s} {'%peak':>6s} {'ort ms':>9s} "
          f"{'tvmq/ort':>8s}")
    for proto, flops in kernels(args.quick):
        r = time_pair(proto, args.rounds)
        r["gflops"] = round(flops / (r["tvmq_ms"] * 1e6), 1)
        r["pct_peak"] = round(100 * r["gflops"] / peak, 1)
        rows["kernels"].append(r)
        print(f"{r['name']:42s} {r['tvmq_ms']:9.3f} {r['gflops']:8.1f} {r['pct_peak']:6.1f} "
              f"{r['ort_ms']:9.3f} {r['tvmq_over_ort']:8.2f}")
    print(f"\n{'int8 kernel (target)':52s} {'int8 ms':>9s} {'GOP/s':>8s} {'fp32 ms':>9s} "
          f"{'speedup':>8s} {'ort i8 ms':>9s} {'i8/ort':>7s}")
    rows["int8_kernels"] = []
    shapes = [(128, 384, 1536)] if args.quick else [(128, 384, 1536), (128, 1536, 384),
                                                    (1, 768, 3072)]
    convs = [(64, 64, 56, 3, 1)] if args.quick else [(64, 64, 56, 3, 1), (256, 64, 56, 1, 1),
                                                     (512, 512, 7, 3, 1), (128, 128, 28, 3, 2)]
    for target in ("host", "x86-avx2"):
        jobs = [(time_int8_matmul, shape) for shape in shapes]
        jobs += [(time_int8_conv, conv) for conv in convs]
        for fn, shape in jobs:
            r = fn(*shape, args.rounds, target)
            rows["int8_kernels"].append(r)
            ort_ms = r.get("ort_int8_ms", float("nan"))
            ratio = r.get("tvmq_int8_over_ort_int8", float("nan"))
            print(f"{r['name'] + ' (' + target + ')':52s} {r['tvmq_int8_ms']:9.3f} "
                  f"{r['gops']:8.1f} {r['tvmq_fp32_ms']:9.3f} "
                  f"{r['int8_speedup_over_fp32']:8.2f} {ort_ms:9.3f} {ratio:7.2f}")
    print(f"\n{'model (fp32, batch 1)':42s} {'compile s':>9s} {'tvmq ms':>9s} {'ort ms':>9s} "
          f"{'tvmq/ort':>8s} {'rel err':>8s}")
    for proto in models(args.quick):
        r = time_pair(proto, args.rounds)
        rows["models"].append(r)
        print(f"{r['name']:42s} {r['compile_s']:9.1f} {r['tvmq_ms']:9.3f} {r['ort_ms']:9.3f} "
              f"{r['tvmq_over_ort']:8.2f} {r['max_rel_err']:8.1e}")
    result = {"machine": platform.processor() or platform.machine(), "cores": cores,
              "ghz": cpu_ghz(), "fp32_peak_gflops": peak, "load_avg": os.getloadavg(),
              "onnxruntime": ort.__version__, **rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=args.out.parent, delete=False,
                                     suffix=".tmp") as tmp:
        json.dump(result, tmp, indent=2)
    os.replace(tmp.name, args.out)
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
