"""Searched vs default schedules of the heaviest kernels, with and without layout-free tasks.

    PYTHONPATH=$PWD python benchmarks/bench_tune_layout.py --models minilm,resnet50 \
        --kernels 3 --trials 32

For each model (fp32), the ``--kernels`` costliest tuning tasks are searched with ``--trials``
MetaSchedule trials each, twice, alternately kernel by kernel in one process:

- ``format1``: the tasks as tvmq built them before log format 2 (no ``layout_free_buffers``:
  MetaSchedule's ``RewriteLayout`` cannot repack weights, candidates read the weight in its
  original layout);
- ``format2``: layout-free tasks (constant weights marked, candidates may repack them at
  compile time, as tvmq's default schedules do).

Each kernel's default schedule (tvmq's rule) is measured by the same builder and runner, so
``default_us`` vs ``tuned_us`` (the fastest searched candidate) tells whether the search beat
the default. Results go to benchmarks/results/bench_tune_layout.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_tune import MODELS  # noqa: E402

import tvmq  # noqa: E402
from tvmq.tune import logs  # noqa: E402
from tvmq.tune.tasks import extract_tasks  # noqa: E402
from tvmq.tune.tuner import _search  # noqa: E402


def _search_one(task, trials: int, spec, log_dir: Path, seed: int) -> dict:
    log_dir.mkdir(parents=True, exist_ok=True)
    ran = {task.workload: 0}
    errors: list[str] = []
    start = time.perf_counter()
    _search([task], [trials], spec, log_dir, logs.TuningLog(), None, seed, 60.0, 30.0,
            sys.stderr, ran, {task.workload: 0}, errors, [task])
    wall = time.perf_counter() - start
    log = logs.read_log(log_dir, warn=False)
    default = log.best_seconds("default").get(task.workload)
    tuned = log.best_seconds("tuned").get(task.workload)
    packed = sum(1 for _, r in log.records
                 if not logs.is_default_record(r) and "layout_rewrite_preproc" in json.dumps(r[0]))
    return {"trials": ran[task.workload], "wall_s": round(wall, 1),
            "default_us": None if default is None else round(1e6 * default, 2),
            "tuned_us": None if tuned is None else round(1e6 * tuned, 2),
            "searched_records_repacking_weights": packed,
            "first_error": errors[0][:300] if errors else None}


def run_model(key: str, kernels: int, trials: int, target: str, root: Path) -> dict:
    """Search the costliest kernels of one model in both task formats."""
    desc, build = MODELS[key]
    model = tvmq.load_onnx(build())
    spec = tvmq.get_target(target)
    new = [t for t in extract_tasks(model, spec) if t.layout_free][:kernels]
    old = {t.workload: t for t in extract_tasks(model, spec, layout_free=False)}
    rows = []
    for i, task in enumerate(new):
        legacy = old[task.legacy_workload]
        row = {"kernel": task.name, "calls": task.weight, "gflop": round(task.flops / 1e9, 3)}
        for fmt, t in (("format1", legacy), ("format2", task)):
            row[fmt] = _search_one(t, trials, spec, root / f"{key}-{i}-{fmt}", seed=i)
            print(f"{key} {task.name} {fmt}: {row[fmt]}", flush=True)
        rows.append(row)
    return {"model": key, "description": desc, "kernels": rows}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--models", default="resnet,minilm,resnet50")
    p.add_argument("--kernels", type=int, default=3, help="costliest kernels per model")
    p.add_argument("--trials", type=int, default=32, help="trials per kernel and format")
    p.add_argument("--target", default="host")
    p.add_argument("--json", default="benchmarks/results/bench_tune_layout.json")
    args = p.parse_args(argv)
    out = Path(args.json)
    start = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-tune-layout-") as tmp:
        for key in [k for k in args.models.split(",") if k]:
            results.append(run_model(key, args.kernels, args.trials, args.target, Path(tmp)))
            out.parent.mkdir(parents=True, exist_ok=True)
            part = out.with_suffix(".tmp")
            part.write_text(json.dumps({
                "target": args.target, "trials_per_kernel": args.trials, "results": results,
                "wall_s": round(time.perf_counter() - start, 1),
                "machine": platform.processor() or platform.machine(), "cpus": os.cpu_count(),
                "load_avg": os.getloadavg(),
                "note": "per-kernel MetaSchedule runner times (weights already packed, packing "
                        "excluded, as in the compiled model); format1/format2 searched "
                        "alternately in one process on a shared machine",
            }, indent=2))
            os.replace(part, out)
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
