"""Run fp32 and int8 (tensor cores, ``__dp4a``) models on a local CUDA GPU; compare with the CPU.

Usage: ``python benchmarks/gpu_check.py [--target cuda-sm90] [resnet_cnn bert_encoder resnet50
minilm]``

For each model: tvmq fp32, int8 on the target's tensor-core rule and int8 on the ``__dp4a``
rule (the same target without ``tensorcore``) are compiled, run on ``tvm.cuda(0)`` and
compared with the same model (fp32, or the same quantized model) compiled for ``host`` and
run on the CPU; then timed with ``CompiledModel.benchmark``. ``resnet50`` is
``bench_schedules.resnet50_shaped()``, ``minilm`` the MiniLM-L6-shaped ``bert_encoder``.
Exits with status 2 where there is no CUDA GPU.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import sys
from pathlib import Path

import numpy as np
import tvm

import tvmq
import tvmq.zoo
from tvmq.target import Int8Isa, get_target

ROOT = Path(__file__).resolve().parents[1]


def load(name: str) -> tvmq.Model:
    """A zoo model by name, or ``resnet50`` / ``minilm`` (the benchmark-sized ones)."""
    if name == "resnet50":
        spec = importlib.util.spec_from_file_location("bench_schedules", ROOT / "benchmarks" /
                                                      "bench_schedules.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return tvmq.load_onnx(mod.resnet50_shaped())
    if name == "minilm":
        return tvmq.load_onnx(tvmq.zoo.bert_encoder(seq=128, hidden=384, heads=12, ffn=1536,
                                                    layers=6))
    return tvmq.load_onnx(getattr(tvmq.zoo, name)())


def main() -> int:
    """Compile, run and compare every variant; print one line each."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="*", default=["resnet_cnn", "bert_encoder"])
    ap.add_argument("--target", default="cuda-sm90")
    args = ap.parse_args()
    if not tvm.cuda(0).exist:
        print("no CUDA GPU here")
        return 2
    tc = get_target(args.target)
    dp4a = dataclasses.replace(tc, name=f"{tc.name}-dp4a",
                               int8=tuple(i for i in tc.int8 if i != Int8Isa.TENSORCORE))
    print(f"GPU compute capability {tvm.cuda(0).compute_version}")
    for name in args.models:
        model = load(name)
        qmodel = tvmq.quantize(model, [model.random_inputs(s) for s in range(2)],
                               tvmq.QuantConfig())
        x = model.random_inputs(7)
        ref_fp32 = tvmq.compile(model, "host").run(x)[0]
        ref_int8 = tvmq.compile(qmodel, "host").run(x)[0]
        for label, m, spec, ref in [("fp32", model, tc, ref_fp32),
                                    ("int8 tensor cores", qmodel, tc, ref_int8),
                                    ("int8 dp4a", qmodel, dp4a, ref_int8)]:
            cm = tvmq.compile(m, spec)
            err = float(np.abs(cm.run(x)[0] - ref).max())
            lat = cm.benchmark(x, number=20, repeat=5)
            print(f"{name:13} {label:18} max |gpu - cpu| {err:.3g} (max |cpu| "
                  f"{float(np.abs(ref).max()):.3g})  median {lat.median_ms:.4f} ms", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
