"""Tuned vs untuned tvmq vs onnxruntime, at a stated trial budget, with the tuning wall time.

    PYTHONPATH=$PWD python benchmarks/bench_tune.py --model resnet --trials 64
    PYTHONPATH=$PWD python benchmarks/bench_tune.py --model bert --trials 64

Timings alternate the variants in one process (rounds of A, B, C) so machine load hits them
alike; the machine may be shared, so read ratios, not absolute numbers. Results go to
benchmarks/results/bench_tune_<model>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import numpy as np

import tvmq
from tvmq.bench import _ort_session
from tvmq.zoo import bert_encoder, resnet_cnn

MODELS = {"resnet": resnet_cnn, "bert": bert_encoder}


def _timer(fn, number: int):
    def once() -> float:
        start = time.perf_counter()
        for _ in range(number):
            fn()
        return (time.perf_counter() - start) / number

    return once


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", choices=sorted(MODELS), default="resnet")
    p.add_argument("--trials", type=int, default=64, help="total tuning trials (default 64)")
    p.add_argument("--target", default="host")
    p.add_argument("--log-dir", default="benchmarks/results/tuning_logs")
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--number", type=int, default=20)
    args = p.parse_args(argv)

    model = tvmq.load_onnx(MODELS[args.model]())
    inputs = model.random_inputs(0)
    start = time.perf_counter()
    report = tvmq.tune(model, args.target, trials=args.trials, log_dir=args.log_dir,
                       progress=sys.stderr)
    tune_s = time.perf_counter() - start
    untuned = tvmq.compile(model, args.target)
    tuned = tvmq.compile(model, args.target, tuning_log=args.log_dir)
    ort = _ort_session(model)
    ref = ort.run(None, inputs)
    err = max(float(np.max(np.abs(a - b))) for a, b in zip(tuned.run(inputs), ref, strict=True))

    timers = {"onnxruntime fp32": _timer(lambda: ort.run(None, inputs), args.number),
              "tvmq fp32 untuned": _timer(lambda: untuned.run(inputs), args.number),
              "tvmq fp32 tuned": _timer(lambda: tuned.run(inputs), args.number)}
    samples: dict[str, list[float]] = {k: [] for k in timers}
    for fn in timers.values():  # warm up
        fn()
    for _ in range(args.rounds):
        for name, fn in timers.items():
            samples[name].append(fn())
    med = {k: 1e3 * statistics.median(v) for k, v in samples.items()}
    rows = [{"variant": k, "median_ms": round(v, 4),
             "vs_onnxruntime": round(med["onnxruntime fp32"] / v, 3)} for k, v in med.items()]
    info = tuned.info["tuning"]
    result = {
        "model": args.model, "target": args.target, "trials_budget": args.trials,
        "trials_run": report.trials_run, "tune_wall_s": round(tune_s, 1),
        "kernels": len(report.tasks), "kernels_from_log": info["hit"],
        "kernels_default": info["fallback"], "max_abs_err_vs_ort": err, "rows": rows,
        "machine": platform.processor() or platform.machine(), "cpus": os.cpu_count(),
        "note": "timed with a Python timer around run() (includes input copies), variants "
                "alternated; shared machine",
    }
    print(f"{args.model}: {len(report.tasks)} kernels, {report.trials_run} trials run "
          f"(budget {args.trials}), tuning {tune_s:.0f} s; {info['hit']} kernels from the log")
    width = max(len(r["variant"]) for r in rows)
    for r in rows:
        print(f"  {r['variant']:<{width}}  {r['median_ms']:9.3f} ms  "
              f"x{r['vs_onnxruntime']:.2f} vs onnxruntime")
    out = Path("benchmarks/results") / f"bench_tune_{args.model}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
