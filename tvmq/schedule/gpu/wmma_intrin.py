"""CUDA int8 tensor-core (WMMA m16n16k16) intrinsics: fill, load, mma and store of fragments.

A warp computes ``C[16, 16] += A[16, 16] @ B[16, 16]^T`` (int8 x int8 -> int32, exact) with
``nvcuda::wmma`` (sm_72 and later). Fragments live in the ``wmma.matrix_a`` /
``wmma.matrix_b`` / ``wmma.accumulator`` storage scopes; TVM lowers a fragment buffer to an
array of ``wmma::fragment`` objects indexed by the 16 x 16 tile an access starts at. ``B`` is
``[N, K]`` (the reduction axis contiguous, as tvmq's GPU rules normalize it), i.e. a
column-major ``K x N`` operand.

Every intrinsic has an ``emulated`` variant with the same description and its loop nest as
implementation: the tensor-core schedule, fragment scopes included, then builds for llvm
(which allocates ``shared`` / ``wmma.*`` buffers as ordinary memory when no WMMA call touches
them), so its arithmetic can be checked without a GPU.
"""

from __future__ import annotations

from dataclasses import dataclass

from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T

M = N = K = 16  # the int8 WMMA shape used (m16n16k16)


@dataclass(frozen=True)
class FragmentScopes:
    """Storage scopes of the staged operands, the fragments and the accumulator copy.

    The int32 accumulator copy lives in dynamic shared memory: in static ``shared`` scope
    TVM's StorageRewrite may place it in a dead int8 operand stage, and then fails to lower
    the store's int32 pointer into that int8 buffer.
    """

    shared: str = "shared"
    matrix_a: str = "wmma.matrix_a"
    matrix_b: str = "wmma.matrix_b"
    accumulator: str = "wmma.accumulator"
    output: str = "shared.dyn"


SCOPES = FragmentScopes()


def _fragment_index(buf, stride):
    """Index of the 16 x 16 fragment that ``buf`` (a view of a fragment array) starts at."""
    return buf.elem_offset // stride // 16 * (stride // 16) + buf.elem_offset % stride // 16


def _load(src_scope: str, dst_scope: str, layout: str, emulated: bool):
    @T.prim_func(s_tir=True)
    def desc(a: T.handle, c: T.handle) -> None:
        A = T.match_buffer(a, (16, 16), "int8", align=64, offset_factor=16, scope=src_scope)
        C = T.match_buffer(c, (16, 16), "int8", align=64, offset_factor=16, scope=dst_scope)
        with T.sblock("root"):
            T.reads(A[0:16, 0:16])
            T.writes(C[0:16, 0:16])
            for i, j in T.grid(16, 16):
                with T.sblock("load"):
                    vi, vj = T.axis.remap("SS", [i, j])
                    C[vi, vj] = A[vi, vj]

    @T.prim_func(s_tir=True)
    def impl(a: T.handle, c: T.handle) -> None:
        s1, s0, d1, d0 = T.int32(), T.int32(), T.int32(), T.int32()
        A = T.match_buffer(a, (16, 16), "int8", align=64, offset_factor=16, scope=src_scope,
                           strides=[s1, s0])
        C = T.match_buffer(c, (16, 16), "int8", align=64, offset_factor=16, scope=dst_scope,
                           strides=[d1, d0])
        with T.sblock("root"):
            T.reads(A[0:16, 0:16])
            T.writes(C[0:16, 0:16])
            if emulated:
                for i, j in T.grid(16, 16):
                    C[i, j] = A[i, j]
            else:
                T.evaluate(T.tvm_load_matrix_sync(
                    C.data, M, N, K, _fragment_index(C, d1), A.access_ptr("r", ptr_type="int8"),
                    s1, layout, dtype="void"))

    return desc, impl


def _fill(scope: str, emulated: bool):
    @T.prim_func(s_tir=True)
    def desc(c: T.handle) -> None:
        C = T.match_buffer(c, (16, 16), "int32", align=64, offset_factor=16, scope=scope)
        with T.sblock("root"):
            T.reads()
            T.writes(C[0:16, 0:16])
            for i, j in T.grid(16, 16):
                with T.sblock("init"):
                    vi, vj = T.axis.remap("SS", [i, j])
                    C[vi, vj] = T.int32(0)

    @T.prim_func(s_tir=True)
    def impl(c: T.handle) -> None:
        d1, d0 = T.int32(), T.int32()
        C = T.match_buffer(c, (16, 16), "int32", align=64, offset_factor=16, scope=scope,
                           strides=[d1, d0])
        with T.sblock("root"):
            T.reads()
            T.writes(C[0:16, 0:16])
            if emulated:
                for i, j in T.grid(16, 16):
                    C[i, j] = T.int32(0)
            else:
                T.evaluate(T.tvm_fill_fragment(C.data, M, N, K, _fragment_index(C, d1),
                                               T.float32(0), dtype="void"))

    return desc, impl


def _store(src_scope: str, dst_scope: str, emulated: bool):
    @T.prim_func(s_tir=True)
    def desc(a: T.handle, c: T.handle) -> None:
        A = T.match_buffer(a, (16, 16), "int32", align=64, offset_factor=16, scope=src_scope)
        C = T.match_buffer(c, (16, 16), "int32", align=64, offset_factor=16, scope=dst_scope)
        with T.sblock("root"):
            T.reads(A[0:16, 0:16])
            T.writes(C[0:16, 0:16])
            for i, j in T.grid(16, 16):
                with T.sblock("store"):
                    vi, vj = T.axis.remap("SS", [i, j])
                    C[vi, vj] = A[vi, vj]

    @T.prim_func(s_tir=True)
    def impl(a: T.handle, c: T.handle) -> None:
        s1, s0, d1, d0 = T.int32(), T.int32(), T.int32(), T.int32()
        A = T.match_buffer(a, (16, 16), "int32", align=64, offset_factor=16, scope=src_scope,
                           strides=[d1, d0])
        C = T.match_buffer(c, (16, 16), "int32", align=64, offset_factor=16, scope=dst_scope,
                           strides=[s1, s0])
        with T.sblock("root"):
            T.reads(A[0:16, 0:16])
            T.writes(C[0:16, 0:16])
            if emulated:
                for i, j in T.grid(16, 16):
                    C[i, j] = A[i, j]
            else:
                T.evaluate(T.tvm_store_matrix_sync(
                    A.data, M, N, K, _fragment_index(A, d1), C.access_ptr("w", ptr_type="int32"),
                    s1, "row_major", dtype="void"))

    return desc, impl


def _mma(scopes: FragmentScopes, emulated: bool):
    sa, sb, sc = scopes.matrix_a, scopes.matrix_b, scopes.accumulator

    @T.prim_func(s_tir=True)
    def desc(a: T.handle, b: T.handle, c: T.handle) -> None:
        A = T.match_buffer(a, (16, 16), "int8", align=64, offset_factor=16, scope=sa)
        B = T.match_buffer(b, (16, 16), "int8", align=64, offset_factor=16, scope=sb)
        C = T.match_buffer(c, (16, 16), "int32", align=64, offset_factor=16, scope=sc)
        with T.sblock("root"):
            T.reads(C[0:16, 0:16], A[0:16, 0:16], B[0:16, 0:16])
            T.writes(C[0:16, 0:16])
            for i, j, k in T.grid(16, 16, 16):
                with T.sblock("update"):
                    vi, vj, vk = T.axis.remap("SSR", [i, j, k])
                    C[vi, vj] = C[vi, vj] + T.Cast("int32", A[vi, vk]) * T.Cast(
                        "int32", B[vj, vk])

    @T.prim_func(s_tir=True)
    def impl(a: T.handle, b: T.handle, c: T.handle) -> None:
        a1, a0, b1, b0, c1, c0 = (T.int32(), T.int32(), T.int32(), T.int32(), T.int32(),
                                  T.int32())
        A = T.match_buffer(a, (16, 16), "int8", align=64, offset_factor=16, scope=sa,
                           strides=[a1, a0])
        B = T.match_buffer(b, (16, 16), "int8", align=64, offset_factor=16, scope=sb,
                           strides=[b1, b0])
        C = T.match_buffer(c, (16, 16), "int32", align=64, offset_factor=16, scope=sc,
                           strides=[c1, c0])
        with T.sblock("root"):
            T.reads(C[0:16, 0:16], A[0:16, 0:16], B[0:16, 0:16])
            T.writes(C[0:16, 0:16])
            if emulated:
                for i, j, k in T.grid(16, 16, 16):
                    C[i, j] = C[i, j] + T.Cast("int32", A[i, k]) * T.Cast("int32", B[j, k])
            else:
                T.evaluate(T.tvm_mma_sync(
                    C.data, _fragment_index(C, c1), A.data, _fragment_index(A, a1),
                    B.data, _fragment_index(B, b1), C.data, _fragment_index(C, c1),
                    dtype="void"))

    return desc, impl


@dataclass(frozen=True)
class WmmaIntrins:
    """Names of the registered intrinsics for one set of scopes."""

    load_a: str
    load_b: str
    fill: str
    mma: str
    store: str


_registered: dict[bool, WmmaIntrins] = {}


def register(emulated: bool = False) -> WmmaIntrins:
    """Register (once, lazily) and return tvmq's int8 WMMA intrinsics.

    ``emulated`` gives the same descriptions implemented as plain loops (for llvm).
    """
    if emulated not in _registered:
        s = SCOPES
        prefix = "tvmq_wmma_16x16x16_s8s8s32_" + ("emulated_" if emulated else "")
        funcs = {"load_a": _load(s.shared, s.matrix_a, "row_major", emulated),
                 "load_b": _load(s.shared, s.matrix_b, "col_major", emulated),
                 "fill": _fill(s.accumulator, emulated),
                 "mma": _mma(s, emulated),
                 "store": _store(s.accumulator, s.output, emulated)}
        for key, (desc, impl) in funcs.items():
            TensorIntrin.register(prefix + key, desc, impl, override=True)
        _registered[emulated] = WmmaIntrins(**{key: prefix + key for key in funcs})
    return _registered[emulated]
