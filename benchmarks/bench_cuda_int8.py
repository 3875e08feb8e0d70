"""fp32 vs int8 on CUDA: tensor cores (WMMA) vs ``__dp4a`` vs fp32, for the zoo models.

Usage: ``python benchmarks/bench_cuda_int8.py [--target cuda-sm86] [--repeat 5]
[--tracker HOST:PORT --key KEY] [--json FILE]``

Needs a CUDA GPU: a local one, or a board registered with an RPC tracker. Without one it
compiles every variant (a check that they build) and exits with status 2 without timings.
The ``__dp4a`` variant is the same target with ``tensorcore`` removed from its ``int8`` list.
Variants alternate round by round in one process.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import sys
from pathlib import Path

import tvm

import tvmq
import tvmq.zoo
from tvmq.target import Int8Isa, get_target

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", default="cuda-sm86")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--tracker", help="RPC tracker HOST:PORT with a GPU board")
    ap.add_argument("--key", help="RPC key of the board (default: the target's)")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "cuda_int8.json"))
    args = ap.parse_args()

    spec = get_target(args.target)
    dp4a = dataclasses.replace(spec, name=f"{spec.name}-dp4a",
                               int8=tuple(i for i in spec.int8 if i != Int8Isa.TENSORCORE))
    variants, inputs = {}, {}
    for name in ("bert_encoder", "resnet_cnn"):
        model = tvmq.load_onnx(getattr(tvmq.zoo, name)())
        qmodel = tvmq.quantize(model, [model.random_inputs(s) for s in range(4)],
                               tvmq.QuantConfig())
        inputs[name] = model.random_inputs(0)
        variants[(name, "fp32")] = tvmq.compile(model, spec)
        variants[(name, "int8-tensorcore")] = tvmq.compile(qmodel, spec)
        variants[(name, "int8-dp4a")] = tvmq.compile(qmodel, dp4a)
    print(f"compiled {len(variants)} variants for {spec.name}")

    session = None
    if args.tracker:
        session = tvmq.rpc.connect(tracker=args.tracker, key=args.key or spec.rpc_key)
    elif not tvm.cuda(0).exist:
        print("no CUDA device here: nothing timed (use a GPU host or --tracker)")
        sys.exit(2)

    times: dict[tuple[str, str], list[float]] = {k: [] for k in variants}
    for _ in range(args.repeat):
        for (name, variant), cm in variants.items():
            rep = cm.benchmark(inputs[name], number=10, repeat=1, warmup=2, session=session)
            times[(name, variant)].append(rep.median_ms)

    rows = []
    print(f"{'model':14} {'variant':16} {'median ms':>10} {'vs fp32':>8}")
    for (name, variant), ts in times.items():
        med = statistics.median(ts)
        fp32 = statistics.median(times[(name, "fp32")])
        rows.append({"model": name, "variant": variant, "median_ms": med,
                     "speedup_vs_fp32": fp32 / med})
        print(f"{name:14} {variant:16} {med:10.3f} {fp32 / med:8.2f}x")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps({"target": spec.name, "rows": rows}, indent=1))
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
