"""Float32 vs fixed-point requantize on ResNet-50-shaped static int8, timed in one process.

Both models are quantized from the same calibration batches (`QuantConfig(requantize=...)`),
compiled for ``host`` and timed alternately with TVM's ``time_evaluator`` (``--rounds`` rounds
of ``--number`` runs each), so machine drift hits both alike. Prints min/median per variant,
their ratio and the output cosine to fp32; writes JSON.

    PYTHONPATH=$PWD python benchmarks/bench_requant.py
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import bench_quant  # a script beside this one (its directory is sys.path[0])
import numpy as np
import tvm

import tvmq
from tvmq.quant import FixedPointRequant, FloatRequant, QuantConfig

ROOT = Path(__file__).resolve().parents[1]


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a.ravel().astype(np.float64), b.ravel().astype(np.float64)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def main() -> int:
    """Build both variants, time them alternately, print a table, write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--number", type=int, default=5)
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "requant.json"))
    args = ap.parse_args()
    model = tvmq.load_onnx(bench_quant.sibling("bench_schedules").resnet50_shaped())
    calib = [model.random_inputs(i) for i in range(4)]
    x = calib[0]
    ref = tvmq.compile(model).run(x)[0]
    dev = tvm.cpu()
    variants = {}
    for name, rq in (("fixed-point", FixedPointRequant()), ("float32", FloatRequant())):
        cm = tvmq.compile(tvmq.quantize(model, calib, QuantConfig(requantize=rq)))
        vm = tvm.relax.VirtualMachine(cm._executable, dev)
        args_ = [tvm.runtime.tensor(x[s.name], dev) for s in cm.inputs]
        variants[name] = (vm, args_, _cosine(cm.run(x)[0], ref))
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.rounds):
        for name, (vm, args_, _) in variants.items():
            timer = vm.time_evaluator("main", dev, number=args.number, repeat=1)
            times[name].append(timer(*args_).mean * 1e3)
    rows = [{"requantize": name, "min_ms": min(times[name]),
             "median_ms": statistics.median(times[name]), "cosine_to_fp32": variants[name][2]}
            for name in variants]
    ratio = rows[0]["median_ms"] / rows[1]["median_ms"]
    print(f"{'requantize':12} {'min ms':>8} {'median ms':>10} {'cosine to fp32':>15}")
    for r in rows:
        print(f"{r['requantize']:12} {r['min_ms']:8.2f} {r['median_ms']:10.2f} "
              f"{r['cosine_to_fp32']:15.6f}")
    print(f"fixed-point / float32 median time: {ratio:.2f}x")
    path = Path(args.json)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"model": "resnet50_shaped 224, static int8, host",
                               "rounds": args.rounds, "number": args.number, "rows": rows,
                               "fixed_over_float_median": round(ratio, 3)}, indent=1))
    tmp.replace(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
