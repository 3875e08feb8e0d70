"""AArch64 int8 kernels (sdot and plain NEON) run on the emulated board, checked exactly.

qemu emulates ``sdot``, so both paths are checked numerically here; the timings it gives are
emulated, not a real board's.
"""

from __future__ import annotations

import numpy as np
import pytest
from tvm import relax

import tvmq
from tvmq.model import Model, TensorSpec
from tvmq.zoo import bert_encoder

pytestmark = [pytest.mark.board, pytest.mark.slow, pytest.mark.timeout(1200)]


def _int8(rng, shape):
    x = rng.integers(-128, 128, shape).astype("int8")
    flat = x.reshape(-1)
    flat[::7] = -128  # the extremes: -128 * -128 overflows int8 products' naive int16 pair sums
    flat[3::11] = 127
    return x


def _kernels_model(rng) -> tuple[Model, dict[str, np.ndarray], list[np.ndarray]]:
    """One Relax model with several int8 matmuls/convs of odd shapes, and their numpy results."""
    mats = [(1, 64, 32), (13, 36, 48), (6, 128, 64), (5, 20, 16), (49, 32, 48)]
    convs = [(8, 16, 7, 3), (16, 32, 1, 1), (12, 48, 9, 5), (3, 16, 10, 3), (16, 20, 5, 1)]
    bb = relax.BlockBuilder()
    params, inputs, refs = [], {}, []
    for i, (m, k, _n) in enumerate(mats):
        params.append(relax.Var(f"a{i}", relax.TensorType((m, k), "int8")))
        inputs[f"a{i}"] = _int8(rng, (m, k))
    for i, (c, _f, hw, _k) in enumerate(convs):
        params.append(relax.Var(f"x{i}", relax.TensorType((1, c, hw, hw), "int8")))
        inputs[f"x{i}"] = _int8(rng, (1, c, hw, hw))
    with bb.function("main", params):
        with bb.dataflow():
            outs = []
            for i, (_m, k, n) in enumerate(mats):
                w = _int8(rng, (k, n))
                outs.append(bb.emit(relax.op.matmul(params[i], relax.const(w), out_dtype="int32")))
                refs.append(inputs[f"a{i}"].astype(np.int64) @ w.astype(np.int64))
            for i, (c, f, _hw, k) in enumerate(convs):
                w = _int8(rng, (f, c, k, k))
                outs.append(bb.emit(relax.op.nn.conv2d(params[len(mats) + i], relax.const(w),
                                                       padding=k // 2, out_dtype="int32")))
                refs.append(_conv_ref(inputs[f"x{i}"], w, k // 2))
            out = bb.emit_output(relax.Tuple(outs))
        bb.emit_func_output(out)
    specs = tuple(TensorSpec(n, v.shape, "int8") for n, v in inputs.items())
    outs = tuple(TensorSpec(f"y{i}", r.shape, "int32") for i, r in enumerate(refs))
    return Model(mod=bb.get(), inputs=specs, outputs=outs, name="arm_kernels", source=None), \
        inputs, refs


def _conv_ref(x: np.ndarray, w: np.ndarray, pad: int) -> np.ndarray:
    xp = np.pad(x.astype(np.int64), ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    f, _c, kh, kw = w.shape
    h, wd = xp.shape[2] - kh + 1, xp.shape[3] - kw + 1
    out = np.zeros((1, f, h, wd), np.int64)
    for dy in range(kh):
        for dx in range(kw):
            out += np.einsum("nchw,fc->nfhw", xp[:, :, dy:dy + h, dx:dx + wd],
                             w[:, :, dy, dx].astype(np.int64))
    return out


@pytest.mark.parametrize("target", ["rpi5", "rpi4"])
def test_int8_kernels_exact_on_board(session, target):
    model, inputs, refs = _kernels_model(np.random.default_rng(7))
    outs = tvmq.compile(model, target).run(inputs, session=session)
    assert len(outs) == len(refs)
    for out, ref in zip(outs, refs, strict=True):
        np.testing.assert_array_equal(out, ref)


def test_quantized_cnn_on_sdot_board_matches_host(session, cnn_model):
    calib = [cnn_model.random_inputs(seed) for seed in range(10, 14)]
    qmodel = tvmq.quantize(cnn_model, calib, tvmq.QuantConfig())
    inputs = cnn_model.random_inputs(5)
    board = tvmq.compile(qmodel, "rpi5").run(inputs, session=session)
    host = tvmq.compile(qmodel, "host").run(inputs)
    # the same integer arithmetic on both; only the float dequantize may round differently
    np.testing.assert_allclose(board[0], host[0], rtol=1e-5, atol=1e-5)


def test_quantized_bert_on_neon_board_matches_host(session):
    model = tvmq.load_onnx(bert_encoder())
    qmodel = tvmq.quantize(model, [model.random_inputs(s) for s in range(2)], tvmq.QuantConfig())
    inputs = model.random_inputs(5)
    board = tvmq.compile(qmodel, "rpi4").run(inputs, session=session)
    host = tvmq.compile(qmodel, "host").run(inputs)
    # layer norm, softmax and GELU run in float on both and round differently (ARM vs x86
    # vector code); an activation landing on a requantize rounding boundary may move by one
    # int8 step, so compare with a tolerance of a few quantization steps of the output scale
    scale = np.abs(host[0]).max()
    np.testing.assert_allclose(board[0], host[0], rtol=0, atol=0.02 * scale)
    assert np.mean(np.abs(board[0] - host[0])) < 1e-3 * scale


def test_fp32_gemm_convs_and_int8_pool_on_board(session):
    """fp32 convs of ResNet's small planes (a 3x3 to a 7x7 output: with 32 NEON registers a
    whole 7-column row is one tile, so no im2col; a 1x1 over 14x14, `pixel_gemm` with its
    epilogue over pixels), the separable uint8 max pool (odd width) and the int8 `max_pool_3s2`
    kernel (even width: 16-bit words split by shifts, little-endian), on the NEON board."""
    rng = np.random.default_rng(3)
    w3 = rng.standard_normal((24, 16, 3, 3)).astype("float32")
    w1 = rng.standard_normal((32, 16, 1, 1)).astype("float32")
    x = rng.standard_normal((1, 16, 7, 7)).astype("float32")
    z = rng.standard_normal((1, 16, 14, 14)).astype("float32")
    r = rng.standard_normal((1, 32, 14, 14)).astype("float32")
    q = rng.integers(0, 256, (1, 8, 15, 15)).astype("uint8")
    p = rng.integers(-128, 128, (1, 8, 16, 16)).astype("int8")
    bb = relax.BlockBuilder()
    params = [relax.Var(n, relax.TensorType(v.shape, str(v.dtype)))
              for n, v in (("x", x), ("z", z), ("r", r), ("q", q), ("p", p))]
    with bb.function("main", params):
        with bb.dataflow():
            a = bb.emit(relax.op.nn.relu(relax.op.nn.conv2d(params[0], relax.const(w3),
                                                            padding=1)))
            b = bb.emit(relax.op.nn.relu(relax.op.add(
                relax.op.nn.conv2d(params[1], relax.const(w1)), params[2])))
            c = bb.emit(relax.op.nn.max_pool2d(params[3], (3, 3), (2, 2), (1, 1, 1, 1)))
            d = bb.emit(relax.op.nn.max_pool2d(params[4], (3, 3), (2, 2), (1, 1, 1, 1)))
            out = bb.emit_output(relax.Tuple([a, b, c, d]))
        bb.emit_func_output(out)
    inputs = {"x": x, "z": z, "r": r, "q": q, "p": p}
    specs = tuple(TensorSpec(n, v.shape, str(v.dtype)) for n, v in inputs.items())
    model = Model(mod=bb.get(), inputs=specs, name="arm_gemm_convs", source=None,
                  outputs=(TensorSpec("a", (1, 24, 7, 7), "float32"),
                           TensorSpec("b", (1, 32, 14, 14), "float32"),
                           TensorSpec("c", (1, 8, 8, 8), "uint8"),
                           TensorSpec("d", (1, 8, 8, 8), "int8")))
    a, b, c, d = tvmq.compile(model, "rpi4").run(inputs, session=session)
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    ref_a = sum(np.einsum("nchw,fc->nfhw", xp[:, :, dy:dy + 7, dx:dx + 7], w3[:, :, dy, dx])
                for dy in range(3) for dx in range(3))
    np.testing.assert_allclose(a, np.maximum(ref_a, 0), rtol=1e-4, atol=1e-4)
    ref_b = np.einsum("nchw,fc->nfhw", z, w1[:, :, 0, 0]) + r
    np.testing.assert_allclose(b, np.maximum(ref_b, 0), rtol=1e-4, atol=1e-4)
    qp = np.pad(q, ((0, 0), (0, 0), (1, 1), (1, 1)))
    ref_c = np.max([qp[:, :, dy:dy + 16:2, dx:dx + 16:2] for dy in range(3) for dx in range(3)],
                   axis=0)
    np.testing.assert_array_equal(c, ref_c)
    pp = np.pad(p, ((0, 0), (0, 0), (1, 1), (1, 1)), constant_values=-128)
    ref_d = np.max([pp[:, :, dy:dy + 16:2, dx:dx + 16:2] for dy in range(3) for dx in range(3)],
                   axis=0)
    np.testing.assert_array_equal(d, ref_d)
