import numpy as np
import tvm
from tvm import relax
from tvm.script import ir as I
from tvm.script import relax as R
from tvm.script import tirx as T

from tvmq.sparse import Block, BSRMatmulRewrite, bsr_matmul_kernel, dense_to_bsr
from tvmq.sparse.kernels import kernel_arrays


def _sparse_weight(k, n, block, keep_frac, seed=0):
    """A [K, N] (ONNX MatMul layout) weight whose transpose is block-sparse."""
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((n, k)).astype("float32")
    keep = rng.random((n // block[0], k // block[1])) < keep_frac
    keep[0, 0] = True
    w *= np.repeat(np.repeat(keep, block[0], 0), block[1], 1)
    return np.ascontiguousarray(w.T)


def _bind(mod, params):
    return relax.transform.BindParams("main", {k: tvm.runtime.tensor(v)
                                               for k, v in params.items()})(mod)


def test_sparse_matmul_becomes_bsr_call_dense_one_stays():
    w_sparse = _sparse_weight(32, 16, (4, 1), 0.25)
    w_dense = np.random.default_rng(1).standard_normal((16, 8)).astype("float32")
    bias = np.arange(16, dtype="float32")

    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((8, 32), "float32"), w: R.Tensor((32, 16), "float32"),
                 b: R.Tensor((16,), "float32"), w2: R.Tensor((16, 8), "float32")):
            with R.dataflow():
                lv = R.matmul(x, w)
                lv1 = R.add(lv, b)
                gv = R.matmul(lv1, w2)
                R.output(gv)
            return gv

    @I.ir_module(check_well_formed=False)  # the kernel stub is swapped for the real one
    class Expected:
        @T.prim_func(private=True)
        def tvmq_bsr_matmul_4x1(a: T.Buffer((1,), "float32")):
            T.evaluate(0)  # replaced below by the generated kernel

        @R.function
        def main(x: R.Tensor((8, 32), "float32"), data: R.Tensor("float32", ndim=3),
                 indices: R.Tensor("int32", ndim=1), indptr: R.Tensor("int32", ndim=1),
                 b: R.Tensor((16,), "float32"), w2: R.Tensor((16, 8), "float32")):
            cls = Expected
            with R.dataflow():
                lv = R.call_tir(cls.tvmq_bsr_matmul_4x1, (x, data, indices, indptr),
                                out_ty=R.Tensor((8, 16), "float32"))
                lv1 = R.add(lv, b)
                gv = R.matmul(lv1, w2)
                R.output(gv)
            return gv

    bsr = dense_to_bsr(w_sparse.T, Block(4, 1))
    data, indices, indptr = kernel_arrays(bsr)
    kernel = bsr_matmul_kernel(8, 32, 16, (4, 1), bsr.nnz_blocks, mt=8)
    expected = _bind(Expected, {"data": data, "indices": indices, "indptr": indptr, "b": bias,
                                "w2": w_dense})
    expected.update_func(expected.get_global_var("tvmq_bsr_matmul_4x1"), kernel)
    before = _bind(Before, {"w": w_sparse, "b": bias, "w2": w_dense})
    after = BSRMatmulRewrite(blocks=(Block(4, 1),), threshold=0.4, vector_bytes=64)(before)
    tvm.ir.assert_structural_equal(after, expected)


def test_batched_input_is_reshaped_around_the_kernel():
    # 8x1 blocks: block row 0 keeps columns 0-3, block row 1 columns 8-11. The 8x1 density is
    # 0.25 but 16x1 is 0.5, so the pass must skip 16x1 and pick 8x1.
    w_nk = np.zeros((16, 16), "float32")
    w_nk[:8, 0:4] = 1.5
    w_nk[8:, 8:12] = -2.0
    w = np.ascontiguousarray(w_nk.T)

    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((2, 3, 16), "float32"), w: R.Tensor((16, 16), "float32")):
            with R.dataflow():
                gv = R.matmul(x, w)
                R.output(gv)
            return gv

    @I.ir_module(check_well_formed=False)  # the kernel stub is swapped for the real one
    class Expected:
        @T.prim_func(private=True)
        def tvmq_bsr_matmul_8x1(a: T.Buffer((1,), "float32")):
            T.evaluate(0)

        @R.function
        def main(x: R.Tensor((2, 3, 16), "float32"), data: R.Tensor("float32", ndim=3),
                 indices: R.Tensor("int32", ndim=1), indptr: R.Tensor("int32", ndim=1)):
            cls = Expected
            with R.dataflow():
                lv = R.reshape(x, R.shape([6, 16]))
                lv1 = R.call_tir(cls.tvmq_bsr_matmul_8x1, (lv, data, indices, indptr),
                                 out_ty=R.Tensor((6, 16), "float32"))
                gv = R.reshape(lv1, R.shape([2, 3, 16]))
                R.output(gv)
            return gv

    bsr = dense_to_bsr(w.T, Block(8, 1))
    data, indices, indptr = kernel_arrays(bsr)
    expected = _bind(Expected, {"data": data, "indices": indices, "indptr": indptr})
    expected.update_func(expected.get_global_var("tvmq_bsr_matmul_8x1"),
                         bsr_matmul_kernel(6, 16, 16, (8, 1), bsr.nnz_blocks, mt=6))
    after = BSRMatmulRewrite(blocks=(Block(16, 1), Block(8, 1)), threshold=0.4)(
        _bind(Before, {"w": w}))
    tvm.ir.assert_structural_equal(after, expected)


def test_dense_or_nonconstant_weights_are_left_alone():
    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((4, 16), "float32"), y: R.Tensor((16, 16), "float32"),
                 w: R.Tensor((16, 16), "float32")):
            with R.dataflow():
                lv = R.matmul(x, y)
                gv = R.matmul(lv, w)
                R.output(gv)
            return gv

    mod = _bind(Before, {"w": np.ones((16, 16), "float32")})
    after = BSRMatmulRewrite(threshold=0.4)(mod)
    tvm.ir.assert_structural_equal(after, mod)


def test_rewritten_module_computes_the_same():
    w = _sparse_weight(64, 32, (16, 1), 0.2, seed=3)

    @I.ir_module
    class Mod:
        @R.function
        def main(x: R.Tensor((1, 10, 64), "float32"), w: R.Tensor((64, 32), "float32")):
            with R.dataflow():
                gv = R.matmul(x, w)
                R.output(gv)
            return gv

    mod = BSRMatmulRewrite()(_bind(Mod, {"w": w}))
    assert any(isinstance(f, tvm.tirx.PrimFunc) for f in mod.functions.values())
    ex = tvm.compile(mod, target=tvm.target.Target({"kind": "llvm", "num-cores": 2}))
    vm = relax.VirtualMachine(ex, tvm.cpu())
    x = np.random.default_rng(0).standard_normal((1, 10, 64)).astype("float32")
    out = vm["main"](tvm.runtime.tensor(x)).numpy()
    np.testing.assert_allclose(out, x @ w, rtol=1e-5, atol=1e-5)


def test_int8_matmul_becomes_int8_bsr_call():
    # the form tvmq.quantize realizes: int8 x int8 -> int32, weight [K, N] constant
    w = np.round(_sparse_weight(32, 16, (16, 1), 0.25, seed=4) * 40).astype("int8")

    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((4, 32), "int8"), w: R.Tensor((32, 16), "int8")):
            with R.dataflow():
                gv = R.matmul(x, w, out_dtype="int32")
                R.output(gv)
            return gv

    @I.ir_module(check_well_formed=False)  # the kernel stub is swapped for the real one
    class Expected:
        @T.prim_func(private=True)
        def tvmq_bsr_matmul_16x1_int8(a: T.Buffer((1,), "float32")):
            T.evaluate(0)

        @R.function
        def main(x: R.Tensor((4, 32), "int8"), data: R.Tensor("int8", ndim=3),
                 indices: R.Tensor("int32", ndim=1), indptr: R.Tensor("int32", ndim=1)):
            cls = Expected
            with R.dataflow():
                gv = R.call_tir(cls.tvmq_bsr_matmul_16x1_int8, (x, data, indices, indptr),
                                out_ty=R.Tensor((4, 16), "int32"))
                R.output(gv)
            return gv

    bsr = dense_to_bsr(w.T, Block(16, 1))
    data, indices, indptr = kernel_arrays(bsr)
    assert data.dtype == np.int8
    expected = _bind(Expected, {"data": data, "indices": indices, "indptr": indptr})
    expected.update_func(expected.get_global_var("tvmq_bsr_matmul_16x1_int8"),
                         bsr_matmul_kernel(4, 32, 16, (16, 1), bsr.nnz_blocks, mt=4,
                                           dtype="int8"))
    after = BSRMatmulRewrite(blocks=(Block(16, 1),), threshold=0.5)(_bind(Before, {"w": w}))
    tvm.ir.assert_structural_equal(after, expected)


def _conv_weight(cout, cin, seed=0):
    w = _sparse_weight(cin, cout, (16, 1), 0.25, seed).T  # [Cout, Cin], 16x1 block-sparse
    return np.ascontiguousarray(w).reshape(cout, cin, 1, 1)


def test_1x1_conv_becomes_bsr_matmul_over_pixels():
    w = _conv_weight(32, 16)
    w3 = np.random.default_rng(1).standard_normal((32, 32, 3, 3)).astype("float32")

    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 16, 5, 6), "float32"), w: R.Tensor((32, 16, 1, 1), "float32"),
                 w3: R.Tensor((32, 32, 3, 3), "float32")):
            with R.dataflow():
                lv = R.nn.conv2d(x, w)
                gv = R.nn.conv2d(lv, w3, padding=[1, 1, 1, 1])  # 3x3: stays dense
                R.output(gv)
            return gv

    @I.ir_module(check_well_formed=False)  # the kernel stub is swapped for the real one
    class Expected:
        @T.prim_func(private=True)
        def tvmq_bsr_matmul_16x1(a: T.Buffer((1,), "float32")):
            T.evaluate(0)

        @R.function
        def main(x: R.Tensor((1, 16, 5, 6), "float32"), data: R.Tensor("float32", ndim=3),
                 indices: R.Tensor("int32", ndim=1), indptr: R.Tensor("int32", ndim=1),
                 w3: R.Tensor((32, 32, 3, 3), "float32")):
            cls = Expected
            with R.dataflow():
                lv1 = R.permute_dims(x, [0, 2, 3, 1])
                lv2 = R.reshape(lv1, R.shape([30, 16]))
                lv3 = R.call_tir(cls.tvmq_bsr_matmul_16x1, (lv2, data, indices, indptr),
                                 out_ty=R.Tensor((30, 32), "float32"))
                lv4 = R.reshape(lv3, R.shape([1, 5, 6, 32]))
                lv = R.permute_dims(lv4, [0, 3, 1, 2])
                gv = R.nn.conv2d(lv, w3, padding=[1, 1, 1, 1])
                R.output(gv)
            return gv

    bsr = dense_to_bsr(w.reshape(32, 16), Block(16, 1))
    data, indices, indptr = kernel_arrays(bsr)
    expected = _bind(Expected, {"data": data, "indices": indices, "indptr": indptr, "w3": w3})
    expected.update_func(expected.get_global_var("tvmq_bsr_matmul_16x1"),
                         bsr_matmul_kernel(30, 16, 32, (16, 1), bsr.nnz_blocks, mt=8))
    after = BSRMatmulRewrite(blocks=(Block(16, 1),), threshold=0.5)(
        _bind(Before, {"w": w, "w3": w3}))
    tvm.ir.assert_structural_equal(after, expected)


def test_strided_or_padded_1x1_convs_stay_dense():
    w = _conv_weight(32, 16)

    @I.ir_module
    class Before:
        @R.function
        def main(x: R.Tensor((1, 16, 6, 6), "float32"), w: R.Tensor((32, 16, 1, 1), "float32")):
            with R.dataflow():
                lv = R.nn.conv2d(x, w, strides=[2, 2])
                gv = R.nn.conv2d(x, w, padding=[1, 1, 1, 1])
                R.output(lv, gv)
            return (lv, gv)

    mod = _bind(Before, {"w": w})
    tvm.ir.assert_structural_equal(BSRMatmulRewrite(threshold=0.5)(mod), mod)


def test_rewritten_1x1_conv_computes_the_same():
    w = _conv_weight(48, 32, seed=2)

    @I.ir_module
    class Mod:
        @R.function
        def main(x: R.Tensor((2, 32, 7, 5), "float32"), w: R.Tensor((48, 32, 1, 1), "float32")):
            with R.dataflow():
                gv = R.nn.conv2d(x, w)
                R.output(gv)
            return gv

    mod = _bind(Mod, {"w": w})
    after = BSRMatmulRewrite(threshold=0.5)(mod)
    assert any(isinstance(f, tvm.tirx.PrimFunc) for f in after.functions.values())
    x = np.random.default_rng(0).standard_normal((2, 32, 7, 5)).astype("float32")
    ref = np.einsum("nchw,oc->nohw", x, w[:, :, 0, 0])
    ex = tvm.compile(after, target=tvm.target.Target({"kind": "llvm", "num-cores": 2}))
    out = relax.VirtualMachine(ex, tvm.cpu())["main"](tvm.runtime.tensor(x)).numpy()
    np.testing.assert_allclose(out, ref, rtol=1e-5, atol=1e-4)
