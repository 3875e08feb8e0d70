"""resnet_cnn fp32 vs int8 (NEON / sdot rules, and the generic int32 rules) on the emulated board.

Usage: ``python benchmarks/bench_arm_board.py [--repeat 5] [--json FILE]``

EMULATED timings: the board is qemu-user on this x86 machine: the numbers say how the int8
and fp32 code compare under emulation (qemu translates each NEON/sdot instruction), not how
fast a real Raspberry Pi runs them. Variants alternate round by round in one process.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import statistics
import tempfile
from pathlib import Path

import tvmq
from tvmq.board import BoardLayout, install, is_installed, start, stop
from tvmq.pipeline import register_slot_passes
from tvmq.schedule.arm import slots as arm_slots
from tvmq.zoo import resnet_cnn

ROOT = Path(__file__).resolve().parents[1]
KEY = "tvmq-bench-arm"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _without_arm_int8_rules():
    """Compile with the AArch64 int8 slot entries replaced by empty ones (restored after)."""
    entries = [("rewrite", "tvmq-arm-int8-conv-channels", 61, arm_slots._pad_slot),
               ("schedule", "tvmq-arm-int8", 490, arm_slots._arm_slot)]
    for slot, name, order, _factory in entries:
        register_slot_passes(slot, name, order)(lambda _ctx: [])
    try:
        yield
    finally:
        for slot, name, order, factory in entries:
            register_slot_passes(slot, name, order)(factory)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "arm_board.json"))
    args = ap.parse_args()

    model = tvmq.load_onnx(resnet_cnn())
    qmodel = tvmq.quantize(model, [model.random_inputs(s) for s in range(4)], tvmq.QuantConfig())
    inputs = model.random_inputs(0)
    variants = {(t, v): tvmq.compile(m, t) for t in ("rpi4", "rpi5")
                for v, m in (("fp32", model), ("int8", qmodel))}
    with _without_arm_int8_rules():  # the baseline: int8 kernels on the generic int32 rules
        variants.update({(t, "int8-generic"): tvmq.compile(qmodel, t) for t in ("rpi4", "rpi5")})

    shared = BoardLayout.default()
    if not is_installed(shared):
        install(shared)
    layout = BoardLayout(shared.home, run=Path(tempfile.mkdtemp(prefix="tvmq-bench-board-")))
    state = start(layout, boards=1, key=KEY, tracker_port=_free_port(), port=_free_port(),
                  timeout=600)
    times: dict[tuple[str, str], list[float]] = {k: [] for k in variants}
    try:
        sess = tvmq.rpc.connect(tracker=state.tracker_addr, key=KEY, timeout=300)
        for _ in range(args.repeat):
            for key, cm in variants.items():
                rep = cm.benchmark(inputs, number=3, repeat=1, warmup=1, session=sess)
                times[key].append(rep.median_ms)
        sess.close()
    finally:
        stop(layout, log=lambda _m: None)

    rows = []
    print(f"{'target':8} {'variant':8} {'median ms (emulated)':>22} {'vs fp32':>8}")
    for (target, variant), ts in times.items():
        med = statistics.median(ts)
        fp32 = statistics.median(times[(target, "fp32")])
        rows.append({"target": target, "variant": variant, "median_ms_emulated": med,
                     "speedup_vs_fp32": fp32 / med})
        print(f"{target:8} {variant:8} {med:22.2f} {fp32 / med:8.2f}x")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps({"rows": rows, "note": "qemu-user emulated aarch64 board on a "
                               "shared 2-core x86 machine: NOT real-board speed"}, indent=1))
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
