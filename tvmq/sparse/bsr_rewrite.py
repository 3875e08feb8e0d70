"""Relax pass: ``matmul(x, W)`` / 1x1 ``conv2d(x, W)`` with a constant block-sparse ``W`` become
BSR kernel calls.

``W`` is ``[K, N]`` (ONNX MatMul) or ``permute_dims(W[N, K])`` (Gemm with ``transB``). When a
block shape tiles ``W.T`` and at most ``threshold`` of its blocks hold a non-zero, the call
becomes ``call_tir(bsr_matmul, (x2d, data, indices, indptr))`` (with reshapes for batched
``x``); every other matmul stays dense. fp32 matmuls and the int8 x int8 -> int32 matmuls of
`tvmq.quantize` (int8 block data, int32 accumulation) are both matched; bias adds and the
requantize epilogue stay in the graph (and fuse into one elementwise kernel after the call).
A 1x1, stride-1, unpadded, ungrouped NCHW ``conv2d`` with weight ``[Cout, Cin, 1, 1]`` is the
matmul ``x[N*H*W, Cin] @ W.T``: the pass moves channels last, reshapes, calls the kernel and
moves them back.
"""

from __future__ import annotations

import json

import numpy as np
import tvm
from tvm import relax
from tvm.relax import expr_functor

from ..pipeline import PipelineContext, register_slot_passes
from ..pipeline.relax_utils import bound_const, bound_value, static_shape
from ..target import Int8Isa
from .bsr import dense_to_bsr
from .config import Block
from .kernels import (
    KERNEL_DTYPES,
    bsr_matmul_kernel,
    bsr_matmul_kernel_cuda,
    kernel_arrays,
    tile_rows,
)

DEFAULT_BLOCKS = (Block(16, 1), Block(8, 1), Block(4, 1))
DEFAULT_THRESHOLD = 0.5
MODULE_ATTR = "tvmq_sparse"


def _const_weight(expr: relax.Expr, var2val: dict, dtypes: tuple[str, ...] = ("float32",)
                  ) -> tuple[np.ndarray, tvm.ir.expr.GenericConst, bool] | None:
    """``(W[N, K], constant, stored_transposed)`` behind a matmul's right operand.

    None unless it is a 2-D constant of one of ``dtypes``, possibly under ``permute_dims``.
    """
    transposed = False
    expr = bound_value(expr, var2val)
    if (isinstance(expr, relax.Call) and isinstance(expr.op, tvm.ir.Op)
            and expr.op.name == "relax.permute_dims"):
        axes = expr.attrs.axes
        if axes is not None and [int(a) for a in axes] != [1, 0]:
            return None
        expr, transposed = bound_value(expr.args[0], var2val), True
    if not isinstance(expr, tvm.ir.expr.GenericConst):
        return None
    w = expr.value.numpy()
    if w.ndim != 2 or str(w.dtype) not in dtypes:
        return None
    return (w if transposed else w.T), expr, transposed


def _conv1x1_weight(call: relax.Call, var2val: dict) -> np.ndarray | None:
    """``W[Cout, Cin]`` of a 1x1, stride-1, unpadded, ungrouped NCHW conv2d with a constant
    weight, else None."""
    a = call.attrs
    if ([int(v) for v in a.strides] != [1, 1] or any(int(v) for v in a.padding)
            or [int(v) for v in a.dilation] != [1, 1] or int(a.groups) != 1
            or a.data_layout != "NCHW" or a.kernel_layout != "OIHW"
            or a.out_layout != "NCHW"):
        return None
    w = bound_const(call.args[1], var2val)
    if w is None:
        return None
    w = w.value.numpy()
    if w.ndim != 4 or w.shape[2:] != (1, 1):
        return None
    return w.reshape(w.shape[0], w.shape[1])


@expr_functor.mutator
class _Rewriter(expr_functor.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, blocks: tuple[Block, ...], threshold: float,
                 vector_bytes: int, kind: str):
        super().__init__(mod)
        self.blocks = blocks
        self.threshold = threshold
        self.vector_bytes = vector_bytes
        self.kind = kind
        self.var2val: dict = {}
        self.rewritten = 0

    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        if not isinstance(call.op, tvm.ir.Op):
            return call
        if call.op.name == "relax.matmul":
            return self._matmul(call)
        if call.op.name == "relax.nn.conv2d":
            return self._conv1x1(call)
        return call

    def _dtype(self, call: relax.Call, w: np.ndarray) -> str | None:
        """The kernel dtype for (activation, weight, output) dtypes, None when unsupported."""
        xdt = str(call.args[0].ty.dtype)
        if xdt not in KERNEL_DTYPES:
            return None
        return xdt if KERNEL_DTYPES[xdt] == (str(w.dtype), str(call.ty.dtype)) else None

    def _matmul(self, call: relax.Call) -> relax.Expr:
        found = _const_weight(call.args[1], self.var2val, ("float32", "int8"))
        x_shape = static_shape(call.args[0])
        if found is None or x_shape is None or len(x_shape) < 1:
            return call
        w = found[0]
        dtype = self._dtype(call, w)
        n, k = w.shape
        if dtype is None or x_shape[-1] != k:
            return call
        block = self._choose(w)
        if block is None:
            return call
        m = int(np.prod(x_shape[:-1])) if len(x_shape) > 1 else 1
        x = call.args[0]
        if len(x_shape) != 2:
            x = self.builder_.emit(relax.op.reshape(x, (m, k)))
        y = self._bsr_call(x, w, block, m, dtype)
        if len(x_shape) != 2:
            y = relax.op.reshape(self.builder_.emit(y), (*x_shape[:-1], n))
        return y

    def _conv1x1(self, call: relax.Call) -> relax.Expr:
        w = _conv1x1_weight(call, self.var2val)
        x_shape = static_shape(call.args[0])
        if w is None or x_shape is None or len(x_shape) != 4 or x_shape[1] != w.shape[1]:
            return call
        dtype = self._dtype(call, w)
        block = self._choose(w) if dtype is not None else None
        if block is None:
            return call
        b, cin, h, wd = x_shape
        cout, m = w.shape[0], b * h * wd
        x = self.builder_.emit(relax.op.permute_dims(call.args[0], [0, 2, 3, 1]))
        x = self.builder_.emit(relax.op.reshape(x, (m, cin)))
        y = self.builder_.emit(self._bsr_call(x, w, block, m, dtype))
        y = self.builder_.emit(relax.op.reshape(y, (b, h, wd, cout)))
        return relax.op.permute_dims(y, [0, 3, 1, 2])

    def _bsr_call(self, x: relax.Expr, w: np.ndarray, block: Block, m: int, dtype: str
                  ) -> relax.Call:
        n, k = w.shape
        bsr = dense_to_bsr(w, block)
        data, indices, indptr = kernel_arrays(bsr)
        shape = (block.rows, block.cols)
        if self.kind == "cuda":
            kernel = bsr_matmul_kernel_cuda(m, k, n, shape, bsr.nnz_blocks, dtype)
            name = f"tvmq_bsr_matmul_cuda_{block}"
        else:
            lanes = self.vector_bytes // 4
            kernel = bsr_matmul_kernel(m, k, n, shape, bsr.nnz_blocks,
                                       tile_rows(block.rows, self.vector_bytes, m), dtype,
                                       lanes if lanes < block.rows else None)
            name = f"tvmq_bsr_matmul_{block}"
        if dtype != "float32":
            name += f"_{dtype}"
        gv = self.builder_.add_func(kernel, name)
        self.rewritten += 1
        return relax.call_tir(gv, [x, relax.const(data), relax.const(indices),
                                   relax.const(indptr)],
                              out_ty=relax.TensorType((m, n), KERNEL_DTYPES[dtype][1]))

    def _choose(self, w: np.ndarray) -> Block | None:
        for block in self.blocks:
            if w.shape[0] % block.rows or w.shape[1] % block.cols:
                continue
            view = (w != 0).reshape(w.shape[0] // block.rows, block.rows,
                                    w.shape[1] // block.cols, block.cols)
            if view.any(axis=(1, 3)).mean() <= self.threshold:
                return block
        return None


@tvm.transform.module_pass(opt_level=0, name="tvmq.BSRMatmulRewrite")
class BSRMatmulRewrite:
    """Rewrite matmuls with block-sparse constant weights into tvmq BSR kernel calls.

    Parameters
    ----------
    blocks : tuple of Block, optional
        Block shapes to try, in order. Default: the module's ``tvmq_sparse`` attribute (set by
        `tvmq.prune`) first, then 16x1, 8x1, 4x1.
    threshold : float, optional
        Largest block density converted. Default: the module attribute, else 0.5.
    vector_bytes : int
        Vector register width of the target (sizes the CPU kernel's register tile; below 64
        bytes the block's outputs are split into vectors of that width, e.g. 4 lanes on NEON).
    kind : str
        ``"cpu"`` (vectorized, parallel kernels) or ``"cuda"`` (thread-bound kernels).
    """

    def __init__(self, blocks: tuple[Block, ...] | None = None, threshold: float | None = None,
                 vector_bytes: int = 64, kind: str = "cpu"):
        if kind not in ("cpu", "cuda"):
            raise ValueError(f"kind must be 'cpu' or 'cuda', got {kind!r}")
        self.blocks = blocks
        self.threshold = threshold
        self.vector_bytes = vector_bytes
        self.kind = kind

    def transform_module(self, mod: tvm.IRModule, ctx: tvm.transform.PassContext
                         ) -> tvm.IRModule:
        """Rewrite every Relax function of ``mod``."""
        info = _module_info(mod)
        blocks = self.blocks
        if blocks is None:
            first = (Block.parse(info["block"]),) if "block" in info else ()
            blocks = first + tuple(b for b in DEFAULT_BLOCKS if b not in first)
        threshold = self.threshold
        if threshold is None:
            threshold = float(info.get("bsr_threshold", DEFAULT_THRESHOLD))
        rewriter = _Rewriter(mod, tuple(blocks), threshold, self.vector_bytes, self.kind)
        for gv, func in mod.functions_items():
            if isinstance(func, relax.Function):
                rewriter.var2val = relax.analysis.get_var2val(func)
                rewriter.builder_.update_func(gv, rewriter.visit_expr(func))
        if not rewriter.rewritten:
            return mod
        out = rewriter.builder_.finalize()
        return relax.transform.DeadCodeElimination()(out)


def _module_info(mod: tvm.IRModule) -> dict:
    attrs = mod.attrs
    if attrs is None or MODULE_ATTR not in attrs:
        return {}
    return json.loads(str(attrs[MODULE_ATTR]))


@register_slot_passes("rewrite", "tvmq-bsr", order=50)
def _bsr_slot(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """BSR dispatch: vectorized CPU kernels, thread-bound kernels on CUDA targets."""
    if ctx.spec.is_gpu:
        return [BSRMatmulRewrite(kind="cuda")] if ctx.spec.kind == "cuda" else []
    isas = set(ctx.spec.int8)
    vector_bytes = 64 if Int8Isa.AVX512 in isas or Int8Isa.VNNI in isas else (
        32 if Int8Isa.AVX2 in isas else 16)
    return [BSRMatmulRewrite(vector_bytes=vector_bytes)]
