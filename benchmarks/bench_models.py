"""Whole-model latency of tvmq (untuned) vs onnxruntime on zoo models: prints a table, writes JSON.

Usage: ``python benchmarks/bench_models.py [--target host] [--out benchmarks/results/models.json]``.
All ratios in one table come from one run on one machine.
"""

import argparse
import platform
import time
from pathlib import Path

import tvmq
from tvmq.bench import compare
from tvmq.cli.common import save_json, table
from tvmq.zoo import bert_encoder, resnet_cnn

MODELS = {
    "resnet_cnn_32": lambda: resnet_cnn(image=32),
    "resnet_cnn_64": lambda: resnet_cnn(image=64, channels=(32, 64, 128)),
    "bert_seq32_h64": lambda: bert_encoder(seq=32, hidden=64, heads=4, ffn=128, layers=2),
    "bert_seq128_h256": lambda: bert_encoder(seq=128, hidden=256, heads=4, ffn=1024, layers=2),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--target", default="host")
    ap.add_argument("--models", nargs="*", default=list(MODELS))
    ap.add_argument("--out", default="benchmarks/results/models.json")
    args = ap.parse_args()
    results, rows = [], []
    for name in args.models:
        start = time.perf_counter()
        model = tvmq.load_onnx(MODELS[name]())
        for row in compare(model, args.target, number=10, repeat=5):
            row["model"] = name
            results.append(row)
            rows.append([name, row["variant"], row["median_ms"], row["p90_ms"],
                         row["speedup"], row["max_abs_err"]])
        print(f"{name}: {time.perf_counter() - start:.1f} s", flush=True)
    print(table(["model", "variant", "median_ms", "p90_ms", "speedup_vs_tvmq", "max_abs_err"],
                rows))
    meta = {"machine": platform.processor() or platform.machine(),
            "target": tvmq.get_target(args.target).to_dict(), "tvmq": tvmq.__version__}
    print(f"written {save_json(Path(args.out), {'meta': meta, 'rows': results})}")


if __name__ == "__main__":
    main()
