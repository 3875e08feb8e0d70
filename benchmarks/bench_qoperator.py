"""ONNX Runtime QOperator/dynamic models: onnxruntime vs the same file imported by tvmq.

Usage: ``python benchmarks/bench_qoperator.py [--repeat 5] [--number 20] [--json FILE]``

For resnet_cnn and the digits CNN (batch 60), quantized by ``quantize_static`` (QOperator, u8s8
per-channel) and ``quantize_dynamic`` (per-channel): latency of onnxruntime (1 thread) and of
tvmq (host target, default schedules) on the same file, alternated round by round in one
process, and the largest output difference in LSBs of the output scale (static) or relative to
the output range (dynamic).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
from onnx import numpy_helper
from onnxruntime.quantization import (
    CalibrationDataReader,
    QuantFormat,
    QuantType,
    quantize_dynamic,
    quantize_static,
)

import tvmq
import tvmq.zoo

ROOT = Path(__file__).resolve().parents[1]


class _Reader(CalibrationDataReader):
    def __init__(self, batches):
        self.it = iter(batches)

    def get_next(self):
        return next(self.it, None)


def _out_scale(proto: onnx.ModelProto) -> float | None:
    inits = {t.name: numpy_helper.to_array(t) for t in proto.graph.initializer}
    node = next(n for n in proto.graph.node if n.output[0] == proto.graph.output[0].name)
    return float(inits[node.input[1]]) if node.op_type == "DequantizeLinear" else None


def _ort_ms(sess: ort.InferenceSession, x: dict, number: int) -> float:
    import time

    sess.run(None, x)
    t = time.perf_counter()
    for _ in range(number):
        sess.run(None, x)
    return (time.perf_counter() - t) / number * 1e3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--number", type=int, default=20)
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "qoperator.json"))
    args = ap.parse_args()
    models = {"resnet_cnn": (tvmq.load_onnx(tvmq.zoo.resnet_cnn()), None),
              "digits_cnn": (tvmq.load_onnx(ROOT / "tests" / "data" / "digits_cnn.onnx",
                                            shapes={"image": [60, 1, 8, 8]}),
                             {"image": [60, 1, 8, 8]})}
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for name, (m, shapes) in models.items():
            onnx.save(m.source, f"{d}/f.onnx")
            calib = [m.random_inputs(i) for i in range(4)]
            for fmt in ("qoperator", "dynamic"):
                q = f"{d}/{name}.{fmt}.onnx"
                if fmt == "qoperator":
                    quantize_static(f"{d}/f.onnx", q, _Reader(calib), per_channel=True,
                                    quant_format=QuantFormat.QOperator,
                                    activation_type=QuantType.QUInt8,
                                    weight_type=QuantType.QInt8)
                else:
                    quantize_dynamic(f"{d}/f.onnx", q, per_channel=True)
                opts = ort.SessionOptions()
                opts.intra_op_num_threads = 1
                sess = ort.InferenceSession(q, opts, providers=["CPUExecutionProvider"])
                cm = tvmq.compile(tvmq.load_onnx(q, shapes=shapes))
                x = calib[0]
                a, b = cm.run(x)[0], sess.run(None, x)[0]
                lsb = _out_scale(onnx.load(q))
                diff = float(np.abs(a - b).max() / lsb) if lsb else \
                    float(np.abs(a - b).max() / np.abs(b).max())
                t_ort, t_tvmq = [], []
                for _ in range(args.repeat):
                    t_ort.append(_ort_ms(sess, x, args.number))
                    t_tvmq.append(cm.benchmark(x, number=args.number, repeat=1,
                                               warmup=1).median_ms)
                rows.append({"model": name, "format": fmt,
                             "ort_ms": float(np.median(t_ort)),
                             "tvmq_ms": float(np.median(t_tvmq)),
                             "max_diff": diff, "diff_unit": "LSB" if lsb else "relative"})
    print(f"{'model':<12}{'format':<11}{'onnxruntime ms':>16}{'tvmq ms':>10}{'ratio':>7}"
          f"{'max diff':>12}")
    for r in rows:
        print(f"{r['model']:<12}{r['format']:<11}{r['ort_ms']:>16.3f}{r['tvmq_ms']:>10.3f}"
              f"{r['tvmq_ms'] / r['ort_ms']:>7.2f}{r['max_diff']:>9.2g} {r['diff_unit']}")
    path = Path(args.json)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        json.dump({"rows": rows, "note": "shared 2-core machine; ort 1 thread"}, f, indent=1)
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
