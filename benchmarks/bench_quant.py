"""tvmq int8 vs tvmq fp32 vs onnxruntime fp32/int8 on CNNs and a MiniLM-shaped encoder.

Usage: ``python benchmarks/bench_quant.py [--repeat 5] [--cases resnet_cnn,resnet50,minilm]
[--kernels 25] [--json FILE]``

onnxruntime int8 is ``quantize_static`` QDQ u8s8 per-channel for the CNNs and
``quantize_dynamic`` per-channel for the encoder; tvmq int8 is static for the CNNs, with the
scheme `tvmq.quant.recommended_scheme` picks for this machine (``w7a8`` on AVX2-only x86,
``int8`` elsewhere), and ``dynamic-int8`` for the encoder. Latencies are measured in one
process, the variants alternated round by round, so ratios are comparable even on a shared
machine. Fidelity: top-1 on the digits held-out split, output SQNR (and per-token cosine for
the encoder) against onnxruntime fp32. ``--kernels N`` also times every kernel of the tvmq
builds (VM call instrumentation, best of the rounds) and records the N slowest per variant.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
from onnxruntime.quantization import (
    CalibrationDataReader,
    QuantFormat,
    QuantType,
    quantize_dynamic,
    quantize_static,
)

import tvmq
import tvmq.zoo
from tvmq.quant import QuantConfig
from tvmq.quant.report import sqnr_db

ROOT = Path(__file__).resolve().parents[1]


class _Reader(CalibrationDataReader):
    def __init__(self, batches):
        self.it = iter(batches)

    def get_next(self):
        return next(self.it, None)


def _ort_int8(proto: onnx.ModelProto, calib: list[dict]) -> ort.InferenceSession:
    with tempfile.TemporaryDirectory() as d:
        src, dst = os.path.join(d, "f.onnx"), os.path.join(d, "q.onnx")
        onnx.save(proto, src)
        quantize_static(src, dst, _Reader(calib), quant_format=QuantFormat.QDQ,
                        per_channel=True, activation_type=QuantType.QUInt8,
                        weight_type=QuantType.QInt8)
        return _session(onnx.load(dst))


def _ort_dynamic(proto: onnx.ModelProto, _calib: list[dict]) -> ort.InferenceSession:
    with tempfile.TemporaryDirectory() as d:
        src, dst = os.path.join(d, "f.onnx"), os.path.join(d, "q.onnx")
        onnx.save(proto, src)
        quantize_dynamic(src, dst, per_channel=True, weight_type=QuantType.QInt8)
        return _session(onnx.load(dst))


ORT_THREADS = 2


def _session(proto: onnx.ModelProto) -> ort.InferenceSession:
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    opts.intra_op_num_threads = ORT_THREADS
    return ort.InferenceSession(proto.SerializeToString(), opts,
                                providers=["CPUExecutionProvider"])


def _time(fn, number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number * 1e3


ORT_STATIC = "onnxruntime int8 (QDQ u8s8 per-channel)"
ORT_DYNAMIC = "onnxruntime int8 (quantize_dynamic per-channel)"


KERNELS = 0


def static_config() -> QuantConfig:
    """The static int8 scheme tvmq recommends for this machine (`recommended_scheme`):
    ``w7a8`` on AVX2-only x86, ``int8`` elsewhere."""
    return tvmq.quant.get_scheme(tvmq.quant.recommended_scheme("host"))


def kernel_times(compiled, inputs: dict, runs: int) -> dict[str, list]:
    """Per kernel (function name): [calls per inference, best total microseconds]."""
    import tvm

    dev = tvm.cpu()
    vm = tvm.relax.VirtualMachine(compiled._executable, dev)
    args = [tvm.runtime.tensor(inputs[s.name], dev) for s in compiled.inputs]
    state = {"t": 0.0, "run": None}
    totals: dict[str, list[float]] = {}

    def instrument(_func, name, before, _ret, *_args):  # noqa: ANN001, ANN202
        if before:
            state["t"] = time.perf_counter()
        elif state["run"] is not None and not name.startswith("vm.builtin"):
            row = totals.setdefault(name, [0.0] * (2 * runs))
            row[state["run"]] += (time.perf_counter() - state["t"]) * 1e6
            row[runs + state["run"]] += 1
        return 0

    vm.set_instrument(instrument)
    vm["main"](*args)
    for i in range(runs):
        state["run"] = i
        vm["main"](*args)
    return {k: [int(v[runs]), round(min(v[:runs]), 1)] for k, v in totals.items()}


def run_case(name, model, calib, evaluate, config, repeat, number, ort_int8=_ort_int8,
             ort_label=ORT_STATIC, tvmq_label="tvmq int8"):
    """Build the four variants, time them alternately, evaluate fidelity."""
    qmodel, report, _ = tvmq.quant.quantize_with_report(model, calib, config, measure_sqnr=False)
    start = time.perf_counter()
    cf = tvmq.compile(model)
    mid = time.perf_counter()
    cq = tvmq.compile(qmodel)
    compile_s = {"tvmq fp32": mid - start, tvmq_label: time.perf_counter() - mid}
    sf, sq = _session(model.source), ort_int8(model.source, calib)
    x = calib[0]
    runners = {
        "onnxruntime fp32": lambda: sf.run(None, x),
        ort_label: lambda: sq.run(None, x),
        "tvmq fp32": lambda: cf.run(x),
        tvmq_label: lambda: cq.run(x),
    }
    for fn in runners.values():
        fn()
    samples = {k: [] for k in runners}
    for _ in range(repeat):
        for k, fn in runners.items():
            samples[k].append(_time(fn, number))
    predict = {
        "onnxruntime fp32": lambda b: sf.run(None, b)[0],
        ort_label: lambda b: sq.run(None, b)[0],
        "tvmq fp32": lambda b: cf.run(b)[0],
        tvmq_label: lambda b: cq.run(b)[0],
    }
    rows = []
    base = float(np.median(samples["tvmq fp32"]))
    for k in runners:
        med = float(np.median(samples[k]))
        rows.append({"model": name, "variant": k, "median_ms": med,
                     "vs_tvmq_fp32": med / base, **evaluate(predict[k], predict)})
        if k in compile_s:
            rows[-1]["compile_s"] = round(compile_s[k], 1)
    rows[0]["param_bytes"] = model.param_bytes()
    rows[3]["param_bytes"] = qmodel.param_bytes()
    if KERNELS:
        for row, cm in ((rows[2], cf), (rows[3], cq)):
            kt = kernel_times(cm, x, max(3, repeat))
            top = sorted(kt.items(), key=lambda kv: -kv[1][1])[:KERNELS]
            row["kernels_us"] = [{"kernel": k, "calls": c, "us": us} for k, (c, us) in top]
            row["kernels_total_us"] = round(sum(us for _, us in kt.values()), 1)
    return rows, report


def digits_case(repeat, number):
    """The numpy-trained digits CNN, batch 60; top-1 on the 360 held-out images."""
    mod = sibling("train_digits_cnn")
    xtr, xte, _, yte = mod.digits_split()
    b = 60
    model = tvmq.load_onnx(ROOT / "tests" / "data" / "digits_cnn.onnx",
                           shapes={"image": [b, 1, 8, 8]})
    calib = [{"image": xtr[i:i + b]} for i in range(0, 8 * b, b)]

    def evaluate(fn, _all):
        pred = np.concatenate([fn({"image": xte[i:i + b]}).argmax(1)
                               for i in range(0, len(xte), b)])
        return {"top1": float((pred == yte).mean())}

    return run_case("digits_cnn (batch 60)", model, calib, evaluate,
                    QuantConfig(calib_method="entropy"), repeat, number)


def resnet_case(repeat, number, image=32, channels=(16, 32, 64)):
    """tvmq.zoo.resnet_cnn at batch 1; output SQNR vs onnxruntime fp32 on 4 random inputs."""
    model = tvmq.load_onnx(tvmq.zoo.resnet_cnn(image=image, channels=channels))
    calib = [model.random_inputs(i) for i in range(16)]
    tests = [model.random_inputs(1000 + i) for i in range(4)]

    def evaluate(fn, all_fns):
        ref = all_fns["onnxruntime fp32"]
        return {"sqnr_db_vs_ort_fp32": min(sqnr_db(ref(t), fn(t)) for t in tests)}

    name = "resnet_cnn (batch 1)" if image == 32 else f"resnet_cnn {image}px {channels[-1]}ch"
    return run_case(name, model, calib, evaluate, static_config(), repeat, number)


def resnet_large_case(repeat, number):
    """resnet_cnn at 64x64 with channels (32, 64, 128): 8x the multiply-adds."""
    return resnet_case(repeat, number, image=64, channels=(32, 64, 128))


def sibling(name: str):
    """Another script of benchmarks/ (``name`` without ``.py``) loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def resnet50_case(repeat, number):
    """ResNet-50-shaped (bench_schedules.resnet50_shaped, random weights), 224x224, batch 1."""
    model = tvmq.load_onnx(sibling("bench_schedules").resnet50_shaped())
    calib = [model.random_inputs(i) for i in range(4)]
    tests = [model.random_inputs(1000 + i) for i in range(2)]

    def evaluate(fn, all_fns):
        ref = all_fns["onnxruntime fp32"]
        return {"sqnr_db_vs_ort_fp32": min(sqnr_db(ref(t), fn(t)) for t in tests)}

    return run_case("resnet50_shaped 224px", model, calib, evaluate, static_config(), repeat,
                    max(1, number // 5))


def minilm_case(repeat, number):
    """MiniLM-L6-shaped encoder (seq 128, hidden 384, 12 heads, FFN 1536, 6 layers, random
    weights); tvmq dynamic-int8 against onnxruntime quantize_dynamic."""
    proto = tvmq.zoo.bert_encoder(seq=128, hidden=384, heads=12, ffn=1536, layers=6)
    model = tvmq.load_onnx(proto)
    calib = [model.random_inputs(i) for i in range(2)]
    tests = [model.random_inputs(1000 + i) for i in range(2)]

    def evaluate(fn, all_fns):
        ref = all_fns["onnxruntime fp32"]
        cos = []
        for t in tests:
            a, b = ref(t), fn(t)
            cos.append(float(((a * b).sum(-1) / np.linalg.norm(a, axis=-1) /
                              np.linalg.norm(b, axis=-1)).min()))
        return {"sqnr_db_vs_ort_fp32": min(sqnr_db(ref(t), fn(t)) for t in tests),
                "min_token_cos_vs_ort_fp32": min(cos)}

    return run_case("minilm_l6_shaped seq128", model, calib, evaluate,
                    tvmq.quant.get_scheme("dynamic-int8"), repeat, max(1, number // 3),
                    ort_int8=_ort_dynamic, ort_label=ORT_DYNAMIC,
                    tvmq_label="tvmq dynamic-int8 (per-token)")


CASES = {"resnet_cnn": resnet_case, "resnet_cnn_large": resnet_large_case,
         "digits": digits_case, "resnet50": resnet50_case, "minilm": minilm_case}


def main() -> int:
    """Run the cases, print a table, write JSON."""
    global ORT_THREADS, KERNELS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--number", type=int, default=10)
    ap.add_argument("--cases", default=",".join(CASES),
                    help=f"comma-separated subset of {', '.join(CASES)}")
    ap.add_argument("--ort-threads", type=int, default=ORT_THREADS,
                    help="onnxruntime intra-op threads (tvmq uses the target's cores)")
    ap.add_argument("--kernels", type=int, default=0,
                    help="record the N slowest kernels of each tvmq build (0: off)")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "bench_quant.json"))
    args = ap.parse_args()
    ORT_THREADS = args.ort_threads
    KERNELS = args.kernels
    names = [c for c in args.cases.split(",") if c]
    unknown = [c for c in names if c not in CASES]
    if unknown:
        ap.error(f"unknown case(s) {unknown}; valid: {list(CASES)}")
    rows = []
    for name in names:
        r, report = CASES[name](args.repeat, args.number)
        rows += r
        print(report.format(), file=sys.stderr)
    print(f"{'model':<26} {'variant':<48} {'median ms':>10} {'vs tvmq fp32':>12}  fidelity")
    for r in rows:
        fid = f"top-1 {100 * r['top1']:.2f}%" if "top1" in r else \
            f"SQNR {r['sqnr_db_vs_ort_fp32']:.1f} dB vs ORT fp32"
        if "min_token_cos_vs_ort_fp32" in r:
            fid += f", min token cos {r['min_token_cos_vs_ort_fp32']:.4f}"
        print(f"{r['model']:<26} {r['variant']:<48} {r['median_ms']:>10.3f} "
              f"{r['vs_tvmq_fp32']:>12.2f}  {fid}")
    for r in rows:
        for k in r.get("kernels_us", [])[:10]:
            print(f"  {r['variant']:<18} {k['us']:>9.1f} us  {k['calls']:>2}x  {k['kernel'][:80]}")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps({"rows": rows, "ort_threads": ORT_THREADS,
                               "note": "one process, variants alternated; shared 2-core "
                               "machine (other jobs running), timings noisy"}, indent=1))
    os.replace(tmp, out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
