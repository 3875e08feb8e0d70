"""Bad models and shapes: each raises the right tvmq error with a message saying what to fix."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from tvmq_testing import tiny_proto

import tvmq
from tvmq.errors import ModelLoadError, ShapeError, UnsupportedOpError
from tvmq.zoo import GraphBuilder


def test_missing_file(tmp_path):
    path = tmp_path / "nope.onnx"
    with pytest.raises(ModelLoadError, match=f"{path} does not exist"):
        tvmq.load_onnx(path)


def test_directory_instead_of_file(tmp_path):
    with pytest.raises(ModelLoadError, match="is a directory; give the .onnx file"):
        tvmq.load_onnx(tmp_path)


def test_random_bytes(tmp_path):
    path = tmp_path / "garbage.onnx"
    path.write_bytes(np.random.default_rng(0).bytes(4096))
    with pytest.raises(ModelLoadError, match="garbage: .*(not a readable ONNX|no nodes)"):
        tvmq.load_onnx(path)


def test_truncated_file(tmp_path):
    data = tiny_proto().SerializeToString()
    path = tmp_path / "cut.onnx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelLoadError, match="cut: .*(complete|corrupt)"):
        tvmq.load_onnx(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.onnx"
    path.write_bytes(b"")
    with pytest.raises(ModelLoadError, match="no nodes"):
        tvmq.load_onnx(path)


def test_random_bytes_in_memory():
    with pytest.raises(ModelLoadError):
        tvmq.load_onnx(b"\x08\x07\xff\xff\xff\xff" * 50)


def _with_unsupported() -> onnx.ModelProto:
    g = GraphBuilder("unsupported")
    x = g.input("x", [1, 4])
    y = g.op("Relu", [x])
    g.nodes.append(helper.make_node("FancyOp", [y], ["f1"], name="fancy_a"))
    g.nodes.append(helper.make_node("FancyOp", ["f1"], ["f2"], name="fancy_b"))
    g.nodes.append(helper.make_node("WeirdNorm", ["f2"], ["f3"], name="weird"))
    g.nodes.append(helper.make_node("Tok", ["f3"], ["out"], name="tok", domain="com.acme"))
    graph = helper.make_graph(g.nodes, "unsupported", g.inputs,
                              [helper.make_tensor_value_info("out", TensorProto.FLOAT, None)])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17),
                                                   helper.make_opsetid("com.acme", 1)])


def test_unsupported_ops_all_listed_in_one_error():
    with pytest.raises(UnsupportedOpError) as info:
        tvmq.load_onnx(_with_unsupported())
    err = info.value
    assert set(err.ops) == {"FancyOp", "WeirdNorm", "com.acme.Tok"}
    assert err.ops["FancyOp"] == ["fancy_a", "fancy_b"]
    msg = str(err)
    assert "3 unsupported ONNX operator(s)" in msg
    for text in ("FancyOp (nodes: fancy_a, fancy_b)", "WeirdNorm (nodes: weird)",
                 "com.acme.Tok", "Replace them"):
        assert text in msg
    assert isinstance(err, ModelLoadError)  # callers catching load errors see it too


def test_unsupported_op_inside_subgraph_is_found():
    then_g = helper.make_graph([helper.make_node("Mystery", ["x"], ["t"], name="inner")],
                               "then", [], [helper.make_tensor_value_info("t", 1, [1])])
    else_g = helper.make_graph([helper.make_node("Identity", ["x"], ["e"])], "else", [],
                               [helper.make_tensor_value_info("e", 1, [1])])
    node = helper.make_node("If", ["c"], ["y"], then_branch=then_g, else_branch=else_g)
    graph = helper.make_graph(
        [node], "sub", [helper.make_tensor_value_info("c", TensorProto.BOOL, []),
                        helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])])
    with pytest.raises(UnsupportedOpError, match="Mystery \\(nodes: inner\\)"):
        tvmq.load_onnx(helper.make_model(graph))


def _dynamic(batch="N", seq="S") -> onnx.ModelProto:
    g = GraphBuilder("dyn")
    x = g.input("tokens", [batch, seq, 8])
    return g.build([g.op("Relu", [x])])


def test_missing_dynamic_dims_named_with_example():
    with pytest.raises(ShapeError) as info:
        tvmq.load_onnx(_dynamic())
    msg = str(info.value)
    assert "tokens: dynamic dim 0 (N), dim 1 (S)" in msg
    assert "shapes={'tokens': [1, 1, 8]}" in msg and "--shape tokens=1,1,8" in msg


def test_dynamic_dims_bound():
    model = tvmq.load_onnx(_dynamic(), shapes={"tokens": (2, 5, 8)})
    assert model.inputs[0].shape == (2, 5, 8)
    x = {"tokens": np.linspace(-1, 1, 80, dtype="float32").reshape(2, 5, 8)}
    np.testing.assert_array_equal(tvmq.compile(model).run(x)[0], np.maximum(x["tokens"], 0))


@pytest.mark.parametrize("shape,match", [
    ([2, 5], "rank 2 given, the model has rank 3"),
    ([2, 5, 9], r"shape \[2, 5, 9\] conflicts with the model's \['N', 'S', 8\]"),
    ([0, 5, 8], "non-positive"),
])
def test_bad_shape_bindings(shape, match):
    with pytest.raises(ShapeError, match=match):
        tvmq.load_onnx(_dynamic(), shapes={"tokens": shape})


def test_shape_for_unknown_input_lists_inputs():
    with pytest.raises(ShapeError, match=r"unknown inputs \['tokn'\]; the model's inputs are "
                                         r"\['tokens'\]"):
        tvmq.load_onnx(_dynamic(), shapes={"tokn": [1, 1, 8]})


def test_loads_from_path_bytes_and_proto(tmp_path):
    proto = tiny_proto("tiny_named")
    path = tmp_path / "tiny.onnx"
    onnx.save(proto, path)
    for src in (path, str(path), proto.SerializeToString(), proto):
        model = tvmq.load_onnx(src)
        assert [(s.name, s.shape, s.dtype) for s in model.inputs] == [("x", (1, 4), "float32")]
        assert model.outputs[0].shape == (1, 3)
        assert model.name == "tiny_named"
        assert model.param_bytes() == (4 * 3 + 3) * 4


def _unknown_rank() -> onnx.ModelProto:
    node = helper.make_node("Add", ["a", "x"], ["y"])
    graph = helper.make_graph(
        [node], "norank", [helper.make_tensor_value_info("a", TensorProto.FLOAT, [2, 3]),
                           helper.make_tensor_value_info("x", TensorProto.FLOAT, None)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)])
    return helper.make_model(graph)


def test_input_without_shape_needs_one():
    # Regression: an input declaring no shape was bound as a scalar, and could not be bound.
    with pytest.raises(ShapeError, match=r"x: the model declares no shape \(unknown rank\)"
                                         r"(.|\n)*shapes=\{'x': "):
        tvmq.load_onnx(_unknown_rank())
    model = tvmq.load_onnx(_unknown_rank(), shapes={"x": [2, 3]})
    assert model.inputs[1].shape == (2, 3) and model.outputs[0].shape == (2, 3)
    ones = np.ones((2, 3), "float32")
    np.testing.assert_array_equal(tvmq.compile(model).run({"a": ones, "x": ones})[0], 2 * ones)


def test_shape_hint_names_the_dynamic_input_not_the_first():
    g = GraphBuilder("two")
    a = g.input("static_in", [2, 3])
    b = g.input("dyn_in", ["B", 3])
    with pytest.raises(ShapeError, match=r"shapes=\{'dyn_in': \[1, 3\]\}"):
        tvmq.load_onnx(g.build([g.op("Add", [a, b])]))
