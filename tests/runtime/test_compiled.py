"""CompiledModel: input validation, export -> load_module round trip, metadata, benchmark."""

from __future__ import annotations

import numpy as np
import pytest

import tvmq
from tvmq.errors import ExportError, InputError
from tvmq.runtime.metadata import SECTION, elf_machine, read_metadata


@pytest.fixture
def x(tiny_model):
    return tiny_model.random_inputs(seed=2)


def test_run_matches_numpy(tiny_compiled, tiny_model, x):
    from onnx import numpy_helper

    w, b = (numpy_helper.to_array(t) for t in tiny_model.source.graph.initializer)
    np.testing.assert_allclose(tiny_compiled.run(x)[0], np.maximum(x["x"] @ w + b, 0),
                               rtol=1e-5, atol=1e-6)


def test_wrong_input_name(tiny_compiled, x):
    with pytest.raises(InputError, match=r"missing \['x'\], unknown \['y'\]; the model takes "
                                         r"\['x'\]"):
        tiny_compiled.run({"y": x["x"]})


def test_extra_input(tiny_compiled, x):
    with pytest.raises(InputError, match=r"unknown \['z'\]"):
        tiny_compiled.run({**x, "z": x["x"]})


def test_wrong_shape(tiny_compiled):
    with pytest.raises(InputError, match=r"x: shape \[2, 4\], expected \[1, 4\]"):
        tiny_compiled.run({"x": np.zeros((2, 4), "float32")})


def test_wrong_dtype(tiny_compiled):
    with pytest.raises(InputError, match="x: dtype float64, expected float32"):
        tiny_compiled.run({"x": np.zeros((1, 4))})


def test_inputs_not_a_dict(tiny_compiled, x):
    with pytest.raises(InputError, match="must be a dict"):
        tiny_compiled.run([x["x"]])


def test_non_contiguous_input(tiny_compiled, x):
    wide = np.zeros((4, 1), "float32")
    wide[:, 0] = x["x"][0]
    np.testing.assert_array_equal(tiny_compiled.run({"x": wide.T})[0], tiny_compiled.run(x)[0])


def test_benchmark_report(tiny_compiled, x):
    rep = tiny_compiled.benchmark(x, number=2, repeat=5, warmup=1)
    assert rep.repeat == 5 and rep.number == 2 and rep.target == "host"
    assert rep.device == "local cpu"
    assert rep.min_ms <= rep.median_ms <= rep.p90_ms <= rep.max_ms
    assert rep.min_ms > 0 and rep.to_dict()["samples_ms"] == list(rep.samples_ms)
    assert "median" in str(rep)
    assert tiny_compiled.benchmark(number=1, repeat=1, warmup=0).repeat == 1  # random inputs


@pytest.mark.parametrize("kw", [{"number": 0}, {"repeat": 0}, {"warmup": -1}])
def test_benchmark_bad_arguments(tiny_compiled, x, kw):
    with pytest.raises(InputError, match="number >= 1"):
        tiny_compiled.benchmark(x, **kw)


def test_export_load_run_equals_in_memory(tiny_compiled, tiny_so, x):
    assert elf_machine(tiny_so) == "x86_64"
    loaded = tvmq.load_module(tiny_so)
    np.testing.assert_array_equal(loaded.run(x)[0], tiny_compiled.run(x)[0])
    assert loaded.benchmark(x, number=1, repeat=2, warmup=0).repeat == 2


def test_metadata_round_trip(tiny_compiled, tiny_so):
    meta = read_metadata(tiny_so)
    assert meta == tiny_compiled.metadata
    assert meta.inputs == (tvmq.TensorSpec("x", (1, 4), "float32"),)
    assert meta.outputs[0].shape == (1, 3) and meta.outputs[0].dtype == "float32"
    assert meta.target["name"] == "host" and meta.model == "tiny"
    assert meta.tvmq_version == tvmq.__version__
    loaded = tvmq.load_module(tiny_so)
    assert loaded.inputs == tiny_compiled.inputs and loaded.target.name == "host"
    assert "tiny" in repr(loaded)


def test_reexport_of_loaded_module(tiny_so, tmp_path, x):
    copy = tvmq.load_module(tiny_so).export(tmp_path / "sub" / "copy.so")
    assert read_metadata(copy) == read_metadata(tiny_so)
    np.testing.assert_array_equal(tvmq.load_module(copy).run(x)[0],
                                  tvmq.load_module(tiny_so).run(x)[0])


def test_export_needs_so_suffix(tiny_compiled, tmp_path):
    with pytest.raises(ExportError, match="must end in .so"):
        tiny_compiled.export(tmp_path / "model.onnx")


def test_load_module_missing(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        tvmq.load_module(tmp_path / "none.so")


def test_load_module_not_elf(tmp_path):
    path = tmp_path / "fake.so"
    path.write_bytes(b"not an elf at all" * 10)
    with pytest.raises(ExportError, match="not an ELF shared library"):
        tvmq.load_module(path)


def test_load_module_truncated(tiny_so, tmp_path):
    path = tmp_path / "cut.so"
    path.write_bytes(tiny_so.read_bytes()[:200])
    with pytest.raises(ExportError, match="truncated or corrupt"):
        tvmq.load_module(path)


def test_load_module_without_metadata(tmp_path):
    import tvm

    path = tmp_path / "plain.so"
    src = tmp_path / "a.c"
    src.write_text("int f(void) { return 1; }\n")
    tvm.support.cc.create_shared(str(path), [str(src)])
    with pytest.raises(ExportError, match="carries no tvmq metadata: export it with"):
        tvmq.load_module(path)
    assert SECTION == ".tvmq_meta"


def test_scalar_input_stays_0d():
    """A 0-d input (e.g. a run-time zero point) is passed as a 0-d tensor, not reshaped to [1]."""
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Mul", ["x", "s"], ["y"])], "scalar_mul",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3]),
         helper.make_tensor_value_info("s", TensorProto.FLOAT, [])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3])])
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    cm = tvmq.compile(tvmq.load_onnx(proto), target="host")
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    (y,) = cm.run({"x": x, "s": np.array(2.5, np.float32)})
    np.testing.assert_array_equal(y, x * np.float32(2.5))
