"""Weight formats on the digits CNN: linear int8, log2 (power-of-two), w4a8 (packed int4).

Usage: ``python benchmarks/bench_weight_formats.py [--json FILE]``

For each scheme: top-1 on the 360 held-out digits, logits SQNR against tvmq fp32, the mean
weight SQNR of the quantized layers, and the parameter bytes of the quantized model.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import tempfile
from pathlib import Path

import numpy as np

import tvmq
from tvmq.quant import get_scheme, quantize_with_report
from tvmq.quant.report import sqnr_db

ROOT = Path(__file__).resolve().parents[1]
BATCH = 60
SCHEMES = ("int8", "log2", "int8-per-tensor", "w4a8")


def _digits():
    spec = importlib.util.spec_from_file_location("train_digits_cnn",
                                                  ROOT / "benchmarks" / "train_digits_cnn.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.digits_split()


def _logits(cm, x):
    return np.concatenate([cm.run({"image": x[i:i + BATCH]})[0] for i in range(0, len(x), BATCH)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" /
                                          "weight_formats.json"))
    args = ap.parse_args()
    xtr, xte, _, yte = _digits()
    model = tvmq.load_onnx(ROOT / "tests" / "data" / "digits_cnn.onnx",
                           shapes={"image": [BATCH, 1, 8, 8]})
    calib = [{"image": xtr[i:i + BATCH]} for i in range(0, 8 * BATCH, BATCH)]
    ref = _logits(tvmq.compile(model), xte)
    rows = [{"scheme": "fp32", "top1": float((ref.argmax(1) == yte).mean()),
             "logits_sqnr_db": float("inf"), "weight_sqnr_db": float("inf"),
             "param_bytes": model.param_bytes()}]
    for name in SCHEMES:
        qm, report, _ = quantize_with_report(model, calib, get_scheme(name), measure_sqnr=False)
        out = _logits(tvmq.compile(qm), xte)
        rows.append({"scheme": name, "top1": float((out.argmax(1) == yte).mean()),
                     "logits_sqnr_db": sqnr_db(ref, out),
                     "weight_sqnr_db": float(np.mean([r.weight_sqnr_db for r in report.layers])),
                     "param_bytes": qm.param_bytes()})
    print(f"{'scheme':<16}{'top-1 %':>9}{'logits SQNR dB':>16}{'weight SQNR dB':>16}"
          f"{'param bytes':>13}")
    for r in rows:
        print(f"{r['scheme']:<16}{100 * r['top1']:>9.2f}{r['logits_sqnr_db']:>16.1f}"
              f"{r['weight_sqnr_db']:>16.1f}{r['param_bytes']:>13}")
    path = Path(args.json)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        json.dump({"model": "digits_cnn", "test_images": int(len(xte)), "rows": rows}, f,
                  indent=1)
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
