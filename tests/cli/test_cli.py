"""The ``tvmq`` command line through `tvmq.cli.main` (and once through the console script)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import onnx
import pytest
from tvmq_testing import tiny_proto

import tvmq
from tvmq.cli import main
from tvmq.errors import ModelLoadError
from tvmq.runtime.metadata import read_metadata


@pytest.fixture
def onnx_path(tmp_path):
    path = tmp_path / "tiny.onnx"
    onnx.save(tiny_proto(), path)
    return path


@pytest.fixture
def npz(tmp_path, tiny_model):
    path = tmp_path / "in.npz"
    np.savez(path, **tiny_model.random_inputs(seed=9))
    return path


def _error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("tvmq: error: ") and "Traceback" not in err
    return err


def test_compile_then_run(onnx_path, npz, tmp_path, capsys, tiny_compiled):
    so = tmp_path / "out" / "tiny.so"
    assert main(["compile", str(onnx_path), "-o", str(so), "--target", "host"]) == 0
    assert f"-> {so}" in capsys.readouterr().out
    assert read_metadata(so).inputs == tiny_compiled.inputs
    out = tmp_path / "outs.npz"
    assert main(["run", str(so), "--inputs", str(npz), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    name = tiny_compiled.outputs[0].name
    assert f"{name}: float32[1, 3]" in printed and f"outputs written to {out}" in printed
    with np.load(npz) as x, np.load(out) as y:
        assert y.files == [name]
        np.testing.assert_array_equal(y[name], tiny_compiled.run(dict(x))[0])


def test_compile_default_output_beside_model(onnx_path, capsys):
    assert main(["compile", str(onnx_path)]) == 0
    assert onnx_path.with_suffix(".so").exists()
    tvmq.load_module(onnx_path.with_suffix(".so"))


def test_compile_refuses_to_overwrite_model(onnx_path, capsys):
    before = onnx_path.read_bytes()
    assert main(["compile", str(onnx_path), "-o", str(onnx_path)]) == 2
    assert "refusing to overwrite the input model" in _error_line(capsys)
    assert onnx_path.read_bytes() == before


def test_run_onnx_directly(onnx_path, npz, capsys):
    assert main(["run", str(onnx_path), "--inputs", str(npz)]) == 0
    assert "float32[1, 3]" in capsys.readouterr().out


def test_run_with_wrong_inputs(onnx_path, tmp_path, capsys):
    bad = tmp_path / "bad.npz"
    np.savez(bad, y=np.zeros((1, 4), "float32"))
    assert main(["run", str(onnx_path), "--inputs", str(bad)]) == 4
    assert "missing ['x'], unknown ['y']; the model takes ['x']" in _error_line(capsys)


def test_run_missing_inputs_file(onnx_path, tmp_path, capsys):
    assert main(["run", str(onnx_path), "--inputs", str(tmp_path / "no.npz")]) == 4
    assert "inputs file" in _error_line(capsys)


def test_bench_json(onnx_path, tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert main(["bench", str(onnx_path), "--number", "2", "--repeat", "2", "--warmup", "0",
                 "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "median_ms" in printed and "tvmq fp32" in printed
    rows = json.loads(out.read_text())
    variants = [r["variant"] for r in rows]
    assert variants == ["onnxruntime fp32", "tvmq fp32"]
    assert rows[1]["max_abs_err"] < 1e-5 and rows[1]["latency"]["repeat"] == 2


def test_targets_list_and_show(capsys):
    assert main(["targets"]) == 0
    out = capsys.readouterr().out
    for name in ("host", "rpi4", "cuda-sm80", "jetson-orin", "x86-vnni"):
        assert name in out
    assert main(["targets", "show", "rpi4"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == tvmq.get_target("rpi4").to_dict()


def test_unknown_target(onnx_path, capsys):
    assert main(["compile", str(onnx_path), "--target", "rpi44"]) == 5
    err = _error_line(capsys)
    assert "unknown target 'rpi44'; valid targets: host, " in err and "rpi4" in err


def test_missing_model_one_line(tmp_path, capsys):
    assert main(["compile", str(tmp_path / "none.onnx")]) == 3
    err = _error_line(capsys)
    assert err.count("\n") == 1 and "does not exist" in err


def test_debug_shows_the_exception(tmp_path):
    with pytest.raises(ModelLoadError, match="does not exist"):
        main(["--debug", "compile", str(tmp_path / "none.onnx")])


def test_shape_flag(tmp_path, capsys):
    from tvmq.zoo import GraphBuilder

    g = GraphBuilder("dyn")
    x = g.input("x", ["N", 4])
    path = tmp_path / "dyn.onnx"
    onnx.save(g.build([g.op("Relu", [x])]), path)
    assert main(["compile", str(path)]) == 4
    assert "--shape x=1,4" in _error_line(capsys)
    assert main(["compile", str(path), "--shape", "x=3,4", "-o", str(tmp_path / "d.so")]) == 0
    assert read_metadata(tmp_path / "d.so").inputs[0].shape == (3, 4)


@pytest.mark.parametrize("flags,match", [
    (["--rpc", "h:1", "--rpc-tracker", "h:2"], "not both"),
    (["--rpc-tracker", "h:2"], "needs --rpc-key"),
    (["--rpc-key", "k"], "needs --rpc-tracker"),
    (["--rpc", "nohostport"], "expected HOST:PORT"),
])
def test_rpc_flag_errors(onnx_path, npz, capsys, flags, match):
    assert main(["run", str(onnx_path), "--inputs", str(npz), *flags]) == 2
    assert match in _error_line(capsys)


def test_console_script(tmp_path, onnx_path):
    exe = shutil.which("tvmq", path=os.path.dirname(sys.executable))
    cmd = [exe] if exe else [sys.executable, "-m", "tvmq"]
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    ok = subprocess.run([*cmd, "targets", "show", "rpi5"], capture_output=True, text=True,
                        env=env, timeout=120)
    assert ok.returncode == 0 and json.loads(ok.stdout)["name"] == "rpi5"
    bad = subprocess.run([*cmd, "compile", str(tmp_path / "x.onnx")], capture_output=True,
                         text=True, env=env, timeout=120)
    assert bad.returncode == 3 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("tvmq: error: model file")
    dbg = subprocess.run([*cmd, "--debug", "compile", str(tmp_path / "x.onnx")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert dbg.returncode != 0 and "Traceback" in dbg.stderr and "ModelLoadError" in dbg.stderr


@pytest.mark.cross
@pytest.mark.skipif(shutil.which("aarch64-linux-gnu-gcc") is None,
                    reason="aarch64-linux-gnu-gcc missing")
def test_compile_for_rpi4_then_run_here_says_use_rpc(onnx_path, npz, tmp_path, capsys):
    so = tmp_path / "rpi4.so"
    assert main(["compile", str(onnx_path), "-t", "rpi4", "-o", str(so)]) == 0
    capsys.readouterr()
    assert main(["run", str(so), "--inputs", str(npz)]) == 4
    err = _error_line(capsys)
    assert "built for aarch64" in err and "--rpc" in err
