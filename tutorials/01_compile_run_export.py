"""Tutorial 1: import an ONNX model, compile it for two targets, run, time and export it.

Run it with ``.venv/bin/python tutorials/01_compile_run_export.py``. It builds a small ResNet-style
CNN in code (so it needs no download), writes it to a temporary folder as ``model.onnx`` and
walks through the steps a user takes with their own file.
"""

import tempfile
from pathlib import Path

import numpy as np
import onnx

import tvmq
from tvmq.zoo import resnet_cnn

workdir = Path(tempfile.mkdtemp(prefix="tvmq-tutorial-"))
onnx_path = workdir / "model.onnx"
onnx.save(resnet_cnn(batch="N"), onnx_path)  # batch is a dynamic dimension named N

# 1. Import. The batch dimension is dynamic, so it must be bound; without `shapes=` tvmq says so.
try:
    tvmq.load_onnx(onnx_path)
except tvmq.ShapeError as err:
    print("expected error:", err)
model = tvmq.load_onnx(onnx_path, shapes={"input": [1, 3, 32, 32]})
print("inputs:", model.inputs, "outputs:", model.outputs)

# 2. Targets: names from `tvmq targets`, "host" (this machine), or your own JSON file.
print("host target:", tvmq.get_target("host").description)

# 3. Compile for this machine, run, and compare with numpy-free reference: onnxruntime if present.
cm = tvmq.compile(model, target="host", dump_ir=workdir / "ir")
x = np.random.default_rng(0).standard_normal((1, 3, 32, 32)).astype("float32")
(logits,) = cm.run({"input": x})
print("logits:", np.round(logits[0, :5], 4))
print("IR after each phase in", workdir / "ir", sorted(p.name for p in (workdir / "ir").iterdir()))

# 4. Time it with TVM's time_evaluator.
print("latency:", cm.benchmark({"input": x}, number=10, repeat=5))

# 5. Export a library that carries its own metadata, and load it back.
so = cm.export(workdir / "model_host.so")
again = tvmq.load_module(so)
assert np.allclose(again.run({"input": x})[0], logits)
print("exported and reloaded:", again)

# 6. Cross-compile for a Raspberry Pi 4 (needs Debian's gcc-aarch64-linux-gnu). Running it needs a
#    board: `tvmq.rpc.connect(tracker="host:9190", key="rpi4")`, then `run(..., session=sess)`.
rpi = tvmq.compile(model, target="rpi4").export(workdir / "model_rpi4.so")
print("rpi4 library:", rpi, "is an", tvmq.runtime.metadata.elf_machine(rpi), "ELF")
