"""4-bit weights packed two per byte: numpy oracles, Relax/TE unpacking, w4a8 and w4-only."""

import numpy as np
import pytest
import tvm
from tvm import relax

import tvmq
import tvmq.zoo
from tvmq.compiler import CompileOptions
from tvmq.pipeline import PipelineContext, get_pipeline, run_pipeline
from tvmq.quant import QuantConfig, get_scheme, quantize_with_report
from tvmq.quant.int4 import PackInt4Weights, pack_int4, unpack_int4, unpack_int4_np
from tvmq.quant.weight_only import _dequant_matmul_int4


def test_pack_layout_and_round_trip():
    q = np.array([[-8, 7, -1, 0, 3]], np.int8)
    p = pack_int4(q, 1)
    # low nibble = even index, high nibble = odd index, odd length padded with 0
    assert p.dtype == np.int8 and p.shape == (1, 3)
    assert p.view(np.uint8).tolist() == [[0x78, 0x0F, 0x03]]
    rng = np.random.default_rng(0)
    q = rng.integers(-8, 8, (5, 7, 3)).astype(np.int8)
    for axis in range(3):
        np.testing.assert_array_equal(unpack_int4_np(pack_int4(q, axis), axis, q.shape[axis]), q)
    with pytest.raises(ValueError, match=r"\[-8, 7\]"):
        pack_int4(np.array([9]), 0)


def _run(mod, *args):
    vm = relax.VirtualMachine(tvm.compile(mod, target="llvm"), tvm.cpu())
    return vm["main"](*[tvm.runtime.tensor(a) for a in args]).numpy()


@pytest.mark.parametrize("axis", [0, 1])
def test_relax_unpack_matches_numpy(axis):
    q = np.random.default_rng(axis).integers(-8, 8, (5, 6)).astype(np.int8)
    bb = relax.BlockBuilder()
    with bb.function("main", []):
        with bb.dataflow():
            y = bb.emit_output(unpack_int4(relax.const(pack_int4(q, axis), "int8"), axis,
                                           q.shape[axis]))
        bb.emit_func_output(y)
    np.testing.assert_array_equal(_run(bb.get()), q)


def test_te_unpacking_weight_only_kernel_matches_numpy():
    rng = np.random.default_rng(0)
    k, n = 63, 48  # odd K: the last byte holds one value
    x = rng.standard_normal((2, 8, k)).astype("float32")
    q = rng.integers(-7, 8, (k, n)).astype(np.int8)
    s = rng.random(n).astype("float32")
    xv = relax.Var("x", relax.TensorType((2, 8, k), "float32"))
    bb = relax.BlockBuilder()
    with bb.function("main", [xv]):
        with bb.dataflow():
            y = bb.emit_output(bb.call_te(_dequant_matmul_int4, xv,
                                          relax.const(pack_int4(q, 0), "int8"), relax.const(s)))
        bb.emit_func_output(y)
    np.testing.assert_allclose(_run(bb.get(), x), (x @ q.astype("float32")) * s,
                               rtol=1e-5, atol=1e-4)


def _weight_consts(mod):
    out = []
    for f in mod.functions.values():
        if isinstance(f, relax.Function):
            relax.analysis.post_order_visit(f, lambda e: out.append(e.value.numpy()) if isinstance(
                e, tvm.ir.expr.GenericConst) and e.value.dtype == "int8" and len(e.value.shape) >= 2
                else None)
    return out


def test_w4_only_keeps_packed_weights_in_the_compiled_module():
    m = tvmq.load_onnx(tvmq.zoo.bert_encoder())
    q8 = tvmq.quantize(m, config=get_scheme("w8-only"))
    q4, report, _ = quantize_with_report(m, None, get_scheme("w4-only"))
    w8 = sum(c.nbytes for c in _weight_consts(q8.mod))
    w4 = sum(c.nbytes for c in _weight_consts(q4.mod))
    assert w4 * 2 == w8  # K is even in every layer: exactly half
    assert all(r.bytes_after < r.bytes_before / 7 for r in report.layers)
    spec = tvmq.get_target("host")
    ctx = PipelineContext(spec=spec, target=spec.tvm_target(), options=CompileOptions())
    mod, _ = run_pipeline(q4.mod, [p for p in get_pipeline("default", ctx)
                                   if p.name != "lower"], ctx)
    # still packed after FoldConstant, fusion and scheduling: unpacked inside the kernels
    assert sum(c.nbytes for c in _weight_consts(mod)) == w4
    kernels = [gv.name_hint for gv, f in mod.functions.items()
               if isinstance(f, tvm.tirx.PrimFunc) and "_w4" in gv.name_hint]
    assert kernels  # (identical q/k/v kernels are deduplicated)
    assert all("<< " in mod[k].script() and ">> " in mod[k].script() for k in kernels)


def test_w4a8_packed_weights_match_unpacked(mlp_model):
    m = mlp_model
    calib = [m.random_inputs(i) for i in range(4)]
    q4, report, _ = quantize_with_report(m, calib, QuantConfig(weight_bits=4),
                                         measure_sqnr=False)
    weights = {c.shape: c for c in _weight_consts(q4.mod)}
    assert set(weights) == {(16, 64), (32, 24), (12, 10)}  # (K/2, N): half of (K, N) int8
    for r, (k, n) in zip(report.layers, [(32, 64), (64, 24), (24, 10)], strict=True):
        assert r.bytes_after <= k * n // 2 + 4 * n  # packed weight + int32 bias
    # the same realized module with the unpack folded to int8 constants: identical outputs
    unpacked = q4.with_module(_unpack_all(q4.mod), "test")
    assert {c.shape for c in _weight_consts(unpacked.mod)} == {(32, 64), (64, 24), (24, 10)}
    x = m.random_inputs(9)
    np.testing.assert_array_equal(tvmq.compile(q4).run(x)[0], tvmq.compile(unpacked).run(x)[0])
    assert PackInt4Weights()(unpacked.mod).script() != unpacked.mod.script()


def _unpack_all(mod):
    """Fold the Relax unpack of every packed weight back into an int8 constant."""
    seq = tvm.transform.Sequential([relax.transform.FoldConstant(),
                                    relax.transform.DeadCodeElimination()])
    return seq(mod)
