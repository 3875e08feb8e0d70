"""Tuned vs untuned tvmq vs onnxruntime, fp32 and int8, at a stated trial budget and wall time.

    PYTHONPATH=$PWD python benchmarks/bench_tune.py --models resnet,minilm --trials 32

For each model, the fp32 model and its int8 quantization (`tvmq.quant.quantize` with the scheme
`tvmq.quant.recommended_scheme` picks for ``--target``: ``w7a8`` on AVX2-only x86, else
``int8``; calibrated on random inputs) are tuned with ``--trials`` trials each into fresh logs.
"untuned" is tvmq with its default schedules; "tuned" applies the log (tvmq's default schedule
of a kernel is measured with the searched ones and kept where nothing beat it). onnxruntime
int8 is a static QDQ u8s8 per-channel quantization calibrated on the same inputs.

The six variants of a model are timed alternately in one process (rounds of all of them, the
order rotated each round, with a pause before each so that no thread pool still spins from the
variant before), so load from other jobs on a shared machine hits them alike: read the ratios.
Each tvmq row also gives the median of its per-round ratios to onnxruntime of the same
precision (timed in the same round), in how many rounds it was the faster, and that count's
one-sided sign-test p-value (how likely so many faster rounds would be if neither were).
``--warm-s S`` runs each variant back to back for S seconds before each timed sample (steady
load instead of a sample right after the pause). ``--log-dir`` keeps the logs; a rerun with the
same directory only times (the logs are complete). Results go to
benchmarks/results/bench_tune.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnx

import tvmq
from tvmq.zoo import bert_encoder, resnet_cnn


def _resnet50_shaped() -> onnx.ModelProto:
    """bench_schedules.resnet50_shaped(): ResNet-50's layer shapes at 224x224, random weights."""
    path = Path(__file__).resolve().parent / "bench_schedules.py"
    spec = importlib.util.spec_from_file_location("bench_schedules", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.resnet50_shaped()


MODELS = {
    "resnet": ("resnet_cnn()", resnet_cnn),
    "minilm": ("bert_encoder(seq=128, hidden=384, heads=12, ffn=1536, layers=6) "
               "(MiniLM-L6-shaped, random weights)",
               lambda: bert_encoder(seq=128, hidden=384, heads=12, ffn=1536, layers=6)),
    "resnet50": ("resnet50_shaped() (ResNet-50 layer shapes, 224x224, random weights)",
                 _resnet50_shaped),
}


def _ort(proto: onnx.ModelProto):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    opts.intra_op_num_threads = os.cpu_count() or 1
    return ort.InferenceSession(proto.SerializeToString(), opts,
                                providers=["CPUExecutionProvider"])


def _ort_int8(proto: onnx.ModelProto, calib: list[dict]):
    from onnxruntime.quantization import (
        CalibrationDataReader,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.it = iter(calib)

        def get_next(self):  # noqa: ANN202
            return next(self.it, None)

    with tempfile.TemporaryDirectory() as d:
        src, dst = os.path.join(d, "f.onnx"), os.path.join(d, "q.onnx")
        onnx.save(proto, src)
        quantize_static(src, dst, Reader(), quant_format=QuantFormat.QDQ, per_channel=True,
                        activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8)
        return _ort(onnx.load(dst))


SETTLE_S = 0.3


def _timer(fn, number: int, warm_s: float = 0.0):
    def once() -> float:
        warm_until = time.perf_counter() + warm_s
        while time.perf_counter() < warm_until:
            fn()
        start = time.perf_counter()
        for _ in range(number):
            fn()
        return (time.perf_counter() - start) / number

    return once


def _tune(model: tvmq.Model, target: str, trials: int, log_root: Path, tag: str,
          metaschedule: bool = True) -> dict:
    log_dir = log_root / tag
    start = time.perf_counter()
    report = tvmq.tune(model, target, trials=trials, log_dir=log_dir, seed=0,
                       progress=sys.stderr, metaschedule=metaschedule)
    wall = time.perf_counter() - start
    untuned = tvmq.compile(model, target)
    tuned = tvmq.compile(model, target, tuning_log=log_dir)
    info = tuned.info["tuning"]
    return {"untuned": untuned, "tuned": tuned, "summary": {
        "trials_budget": trials, "metaschedule": metaschedule,
        "trials_run": report.trials_run, "tune_wall_s": round(wall, 1),
        "kernels": len(report.tasks), "kernels_tuned": info["tuned"],
        "kernels_default_kept": info["default"], "kernels_not_in_log": info["fallback"],
        "kernels_fixed": len(report.fixed),
        "per_kernel": [{"kernel": t.name, "calls": t.weight, "trials": t.trials_run,
                        "default_us": t.default_us, "tuned_us": t.tuned_us,
                        "applied": t.applied} for t in report.tasks]}}


def run_model(key: str, trials: int, target: str, log_root: Path, rounds: int,
              number: int, metaschedule: bool = True, warm_s: float = 0.0) -> dict:
    """Tune, compile and time the six variants of one model."""
    desc, build = MODELS[key]
    model = tvmq.load_onnx(build())
    calib = [model.random_inputs(i) for i in range(8)]
    scheme = tvmq.quant.recommended_scheme(target)  # w7a8 on AVX2-only x86
    qmodel = tvmq.quant.quantize(model, calib, tvmq.quant.get_scheme(scheme))
    x = model.random_inputs(1000)
    fp32 = _tune(model, target, trials, log_root, f"{key}-fp32", metaschedule)
    int8 = _tune(qmodel, target, trials, log_root, f"{key}-int8", metaschedule)
    sf, sq = _ort(model.source), _ort_int8(model.source, calib)
    variants = {
        "onnxruntime fp32": lambda: sf.run(None, x),
        "tvmq fp32 untuned (default schedules)": lambda: fp32["untuned"].run(x),
        "tvmq fp32 tuned": lambda: fp32["tuned"].run(x),
        "onnxruntime int8 (QDQ u8s8 per-channel)": lambda: sq.run(None, x),
        "tvmq int8 untuned (default schedules)": lambda: int8["untuned"].run(x),
        "tvmq int8 tuned": lambda: int8["tuned"].run(x),
    }
    ref = sf.run(None, x)[0]
    errs = {"tvmq fp32 tuned": fp32["tuned"].run(x)[0],
            "tvmq int8 tuned": int8["tuned"].run(x)[0],
            "tvmq int8 untuned (default schedules)": int8["untuned"].run(x)[0]}
    timers = {k: _timer(fn, number, warm_s) for k, fn in variants.items()}
    samples: dict[str, list[float]] = {k: [] for k in timers}
    for fn in timers.values():  # warm up
        fn()
    names = list(timers)
    for r in range(rounds):
        # rotate the order, and let the previous variant's thread pool stop spinning first:
        # onnxruntime's workers spin after a run and slowed whichever variant came next
        for name in names[r % len(names):] + names[:r % len(names)]:
            time.sleep(SETTLE_S)
            samples[name].append(timers[name]())
    med = {k: 1e3 * statistics.median(v) for k, v in samples.items()}
    base = med["onnxruntime fp32"]
    rows = [{"variant": k, "median_ms": round(v, 4), "speedup_vs_ort_fp32": round(base / v, 3),
             **_paired(samples[k], samples[_ORT_SAME[k]] if k in _ORT_SAME else None),
             "samples_ms": [round(1e3 * t, 3) for t in samples[k]]}
            for k, v in med.items()]
    return {"model": key, "description": desc, "int8_scheme": scheme, "rows": rows,
            "max_abs_diff_vs_ort_fp32": {k: float(np.max(np.abs(v - ref)))
                                         for k, v in errs.items()},
            "tuning": {"fp32": fp32["summary"], "int8": int8["summary"]}}


_ORT_SAME = {"tvmq fp32 untuned (default schedules)": "onnxruntime fp32",
             "tvmq fp32 tuned": "onnxruntime fp32",
             "tvmq int8 untuned (default schedules)": "onnxruntime int8 (QDQ u8s8 per-channel)",
             "tvmq int8 tuned": "onnxruntime int8 (QDQ u8s8 per-channel)"}


def _paired(times: list[float], ort: list[float] | None) -> dict:
    """Per-round time ratios to onnxruntime of the same precision, timed in the same round:
    their median, the share of rounds in which tvmq was faster (drift between rounds, 10-30%
    on a shared VM, cancels out of each ratio), and the one-sided sign test's p-value of that
    share (the chance of at least as many faster rounds if neither were faster)."""
    if ort is None:
        return {}
    ratios = [t / o for t, o in zip(times, ort, strict=True)]
    faster = sum(r < 1 for r in ratios)
    return {"paired_ratio_vs_ort_same_precision": round(statistics.median(ratios), 3),
            "faster_than_ort_in_rounds": f"{faster}/{len(ratios)}",
            "sign_test_p": sign_test_p(faster, len(ratios))}


def sign_test_p(faster: int, rounds: int) -> float:
    """``P(X >= faster)`` for ``X ~ Binomial(rounds, 1/2)``."""
    return float(f"{sum(math.comb(rounds, k) for k in range(faster, rounds + 1)) / 2**rounds:.3g}")


def _print(r: dict) -> None:
    print(f"\n{r['model']}: {r['description']}")
    for variant, t in r["tuning"].items():
        print(f"  {variant}: {t['kernels']} kernels, {t['trials_run']} trials run (budget "
              f"{t['trials_budget']}) in {t['tune_wall_s']:.0f} s; {t['kernels_tuned']} "
              f"tuned, {t['kernels_default_kept']} kept tvmq's default schedule")
    width = max(len(row["variant"]) for row in r["rows"])
    for row in r["rows"]:
        paired = (f"  | per round {row['paired_ratio_vs_ort_same_precision']:.3f}x "
                  f"onnxruntime's time (same precision), faster in "
                  f"{row['faster_than_ort_in_rounds']} rounds (sign test p={row['sign_test_p']})"
                  if "paired_ratio_vs_ort_same_precision" in row else "")
        print(f"  {row['variant']:<{width}}  {row['median_ms']:9.3f} ms  "
              f"x{row['speedup_vs_ort_fp32']:.2f} vs onnxruntime fp32{paired}", flush=True)


def _write(out: Path, args: argparse.Namespace, results: list[dict], wall: float) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = out.with_suffix(".tmp")
    tmp_out.write_text(json.dumps({
        "target": args.target, "trials_per_variant": args.trials, "warm_s": args.warm_s,
        "results": results,
        "wall_s": round(wall, 1),
        "machine": platform.processor() or platform.machine(), "cpus": os.cpu_count(),
        "tvmq_version": tvmq.__version__,
        "note": "Python timer around run() (includes input copies); the six variants of a "
                "model alternated in one process; machine shared with other jobs: read ratios",
    }, indent=2))
    os.replace(tmp_out, out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--models", default="resnet,minilm",
                   help="comma-separated: resnet, minilm, resnet50")
    p.add_argument("--trials", type=int, default=32,
                   help="trials per tuned model variant (default 32)")
    p.add_argument("--target", default="host")
    p.add_argument("--log-dir", help="keep the tuning logs here (default: a temporary dir)")
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--number", type=int, default=10)
    p.add_argument("--json", default="benchmarks/results/bench_tune.json")
    p.add_argument("--warm-s", type=float, default=0.0,
                   help="run each variant back to back for this many seconds before timing "
                        "its sample (steady load instead of a sample after an idle pause)")
    p.add_argument("--knobs-only", action="store_true",
                   help="tune with the knob search only (tvmq.tune(..., metaschedule=False))")
    args = p.parse_args(argv)
    keys = [k for k in args.models.split(",") if k]
    unknown = [k for k in keys if k not in MODELS]
    if unknown:
        p.error(f"unknown model(s) {unknown}; choose from {sorted(MODELS)}")

    start = time.perf_counter()
    out = Path(args.json)
    results: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-tune-") as tmp:
        log_root = Path(args.log_dir or tmp)
        for key in keys:
            r = run_model(key, args.trials, args.target, log_root, args.rounds, args.number,
                          not args.knobs_only, args.warm_s)
            results.append(r)
            _print(r)
            _write(out, args, results, time.perf_counter() - start)  # keep finished models
    print(f"\nwritten {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
