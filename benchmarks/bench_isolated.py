"""Each variant of bench_quant's cases timed alone in its own process: no other runtime's threads.

Usage: ``python benchmarks/bench_isolated.py [--cases resnet50,minilm] [--rounds 2]
[--json FILE]``

`bench_quant.py` alternates onnxruntime and tvmq inside one process. Both keep a pool of
worker threads that spin for a while after each call, so on 2 cores each run competes with
the other runtime's spinning threads, and onnxruntime suffers far more from it than tvmq.
Here every (case, variant) is built and timed in a fresh subprocess, one at a time, and the
rounds visit the variants in alternating order; the table reports each variant's best median
over the rounds and its ratio to onnxruntime in the same run, and the median over the rounds
with its ratio (on a VM whose speed drifts by 30-40% within a minute, use several rounds and
read both). The variants and their builds
are those of `bench_quant.py` (2 intra-op threads for onnxruntime, the `host` target).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VARIANTS = ("onnxruntime fp32", "onnxruntime int8", "tvmq fp32", "tvmq int8")


def _bench_quant():
    import bench_quant  # a script beside this one (its directory is sys.path[0])

    return bench_quant


def _build(case: str, variant: str):
    """(run function, its input) of one variant, built as bench_quant builds it."""
    import tvmq
    import tvmq.zoo

    bq = _bench_quant()
    if case == "resnet50":
        model = tvmq.load_onnx(bq.sibling("bench_schedules").resnet50_shaped())
        calib = [model.random_inputs(i) for i in range(4)]
        config, ort_int8 = bq.static_config(), bq._ort_int8
    else:
        model = tvmq.load_onnx(tvmq.zoo.bert_encoder(seq=128, hidden=384, heads=12,
                                                    ffn=1536, layers=6))
        calib = [model.random_inputs(i) for i in range(2)]
        config, ort_int8 = tvmq.quant.get_scheme("dynamic-int8"), bq._ort_dynamic
    x = calib[0]
    if variant == "onnxruntime fp32":
        sess = bq._session(model.source)
        return lambda: sess.run(None, x)
    if variant == "onnxruntime int8":
        sess = ort_int8(model.source, calib)
        return lambda: sess.run(None, x)
    if variant == "tvmq int8":
        model = tvmq.quantize(model, calib, config)
    cm = tvmq.compile(model)
    return lambda: cm.run(x)


def worker(case: str, variant: str, repeat: int, number: int) -> dict:
    """Build one variant and time it: median over ``repeat`` means of ``number`` calls."""
    fn = _build(case, variant)
    for _ in range(2):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number * 1e3)
    times.sort()
    return {"median_ms": times[len(times) // 2], "min_ms": times[0]}


def main() -> int:
    """Run every (case, variant) in its own process, print a table, write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", default="resnet50,minilm")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--number", type=int, default=3)
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "isolated.json"))
    ap.add_argument("--worker", nargs=2, metavar=("CASE", "VARIANT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker, args.repeat, args.number)))
        return 0
    results = []
    for case in args.cases.split(","):
        best: dict[str, dict] = {}
        medians: dict[str, list[float]] = {v: [] for v in VARIANTS}
        for r in range(args.rounds):
            for variant in (VARIANTS if r % 2 == 0 else VARIANTS[::-1]):
                out = subprocess.run([sys.executable, __file__, "--worker", case, variant,
                                      "--repeat", str(args.repeat), "--number",
                                      str(args.number)], capture_output=True, text=True,
                                     check=True)
                got = json.loads(out.stdout.strip().splitlines()[-1])
                medians[variant].append(got["median_ms"])
                if variant not in best or got["median_ms"] < best[variant]["median_ms"]:
                    best[variant] = got
        for variant in VARIANTS:
            results.append({"case": case, "variant": variant, **best[variant],
                            "round_medians_ms": medians[variant],
                            "median_of_rounds_ms": statistics.median(medians[variant])})
    print(f"{'case':10} {'variant':18} {'median ms':>10} {'min ms':>8} {'vs ORT same dtype':>18} "
          f"{'median of rounds':>17} {'vs ORT':>7}")
    for row in results:
        dtype = row["variant"].split()[-1]
        ort = next(x for x in results if x["case"] == row["case"] and
                   x["variant"] == f"onnxruntime {dtype}")
        row["time_vs_ort_same_dtype"] = round(row["median_ms"] / ort["median_ms"], 3)
        row["median_of_rounds_vs_ort"] = round(
            row["median_of_rounds_ms"] / ort["median_of_rounds_ms"], 3)
        print(f"{row['case']:10} {row['variant']:18} {row['median_ms']:10.2f} "
              f"{row['min_ms']:8.2f} {row['time_vs_ort_same_dtype']:18.2f} "
              f"{row['median_of_rounds_ms']:17.2f} {row['median_of_rounds_vs_ort']:7.2f}")
    path = Path(args.json)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"rounds": args.rounds, "repeat": args.repeat,
                               "number": args.number, "results": results}, indent=1))
    tmp.replace(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
