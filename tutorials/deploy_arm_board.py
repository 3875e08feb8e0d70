"""Tutorial: deploy a model to ARM boards over TVM RPC, using emulated aarch64 boards.

Run it with ``python tutorials/deploy_arm_board.py`` (about 5 minutes the first time: 2 to
install the board, 1-2 to boot it). It walks through what a user does with real Raspberry Pis:

1. Install and boot two emulated aarch64 boards behind a local RPC tracker. The same commands
   from a shell::

       tvmq board install
       tvmq board start --boards 2 --key rpi4 --tracker-port 9190

   With real boards, run ``python -m tvm.exec.rpc_server --tracker WORKSTATION:9190 --key rpi4``
   on each Pi and ``python -m tvm.exec.rpc_tracker --port 9190`` on the workstation instead.
2. Benchmark an ONNX model on a board with one command; the board's outputs are checked
   against the host's fp32 reference::

       tvmq bench model.onnx --target rpi4 --rpc-tracker 127.0.0.1:9190 --rpc-key rpi4

3. Do the same from Python: compile for ``rpi4``, run, time, and evaluate accuracy on the board.
4. See the safety net: a library built for this x86 machine is refused before upload.
5. Stop the boards (``tvmq board stop``).

Emulated boards run about 10x slower than real ones: compare ratios, not milliseconds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

import tvmq
from tvmq import board
from tvmq.zoo import resnet_cnn


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--boards", type=int, default=2)
    p.add_argument("--key", default="rpi4")
    p.add_argument("--tracker-port", type=int, default=9190)
    p.add_argument("--keep", action="store_true", help="leave the boards running at the end")
    args = p.parse_args()

    # 1. Install (cached, a no-op the second time) and boot the boards.
    layout = board.BoardLayout.default()
    board.install(layout)
    state = board.start(layout, boards=args.boards, key=args.key,
                        tracker_port=args.tracker_port)
    tracker = state.tracker_addr
    try:
        work = Path(tempfile.mkdtemp(prefix="tvmq-tutorial-"))
        onnx_path = work / "cnn.onnx"
        onnx_path.write_bytes(resnet_cnn().SerializeToString())

        # 2. One command: cross-compile, upload, run, compare with the host, time.
        print(f"\n$ tvmq bench {onnx_path.name} --target rpi4 --rpc-tracker {tracker} "
              f"--rpc-key {args.key}")
        subprocess.run([sys.executable, "-m", "tvmq", "bench", str(onnx_path), "--target",
                        "rpi4", "--rpc-tracker", tracker, "--rpc-key", args.key, "--number",
                        "3", "--repeat", "3"], check=True)

        # 3. The Python API: the same steps, plus accuracy on the board.
        model = tvmq.load_onnx(onnx_path)
        cm = tvmq.compile(model, "rpi4")
        cm.export(work / "cnn_rpi4.so")  # an aarch64 ELF library, metadata inside
        with tvmq.rpc.connect(tracker=tracker, key=args.key, timeout=120) as sess:
            print(f"\nboard architecture: {sess.remote_arch()}")
            inputs = model.random_inputs(0)
            on_board = cm.run(inputs, session=sess)[0]
            host_model = tvmq.compile(model, "host")
            on_host = host_model.run(inputs)[0]
            print(f"max |board - host| = {np.max(np.abs(on_board - on_host)):.2e}")
            print("latency:", cm.benchmark(inputs, number=3, repeat=3, session=sess))

            # A validation set of (inputs, label) pairs; here the labels are the host's
            # predictions, so top-1 on the board measures agreement with the host.
            dataset = [(x, int(np.argmax(host_model.run(x)[0])))
                       for x in (model.random_inputs(seed) for seed in range(8))]
            print(tvmq.evaluate(cm, dataset, "top1", session=sess))

            # 4. A library for the wrong architecture is refused before upload.
            try:
                host_model.run(inputs, session=sess)
            except tvmq.InputError as err:
                print(f"refused as expected: {err}")
        print(f"\n{board.EMULATION_NOTE}")
    finally:
        # 5. Stop the boards and the tracker (`tvmq board stop`).
        if not args.keep:
            board.stop(layout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
