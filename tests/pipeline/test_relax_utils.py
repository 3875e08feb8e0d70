"""static_shape / bound_value / bound_const on hand-built Relax expressions."""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax

from tvmq.pipeline.relax_utils import bound_const, bound_value, static_shape


def test_static_shape_needs_every_dimension():
    n = tvm.tirx.Var("n", "int64")
    assert static_shape(relax.Var("x", relax.TensorType((2, 3), "float32"))) == (2, 3)
    assert static_shape(relax.Var("x", relax.TensorType((n, 3), "float32"))) is None
    assert static_shape(relax.Var("x", relax.TensorType(dtype="float32", ndim=2))) is None
    assert static_shape(relax.Var("t", relax.TupleType([]))) is None


def test_bound_const_follows_one_binding():
    c = relax.const(np.arange(4, dtype="float32"))
    v = relax.Var("w", c.ty)
    other = relax.Var("x", c.ty)
    assert bound_const(c, {}) is c
    assert bound_const(v, {v: c}) is c
    assert bound_const(v, {}) is None
    assert bound_const(other, {v: c}) is None
    assert bound_value(other, {v: c}) is other
