import numpy as np
import pytest

from tvmq.errors import ConfigError
from tvmq.sparse import Block, BlockNorm, Magnitude, Norm, Wanda
from tvmq.sparse.masks import (
    block_scores,
    expand,
    reconstruct,
    select_blocks,
    select_global,
    sparsity_of,
)


def test_block_scores_l1_l2_and_wanda():
    w = np.arange(16, dtype="float32").reshape(4, 4) - 8
    s1 = block_scores(w, Block(2, 1), Magnitude())
    np.testing.assert_allclose(s1, np.abs(w).reshape(2, 2, 4).sum(1))
    s2 = block_scores(w, Block(2, 2), BlockNorm(Norm.L2))
    np.testing.assert_allclose(s2, (w ** 2).reshape(2, 2, 2, 2).sum((1, 3)))
    act = np.array([1, 0, 2, 0], "float32")
    sw = block_scores(w, Block(1, 1), Wanda(), act)
    np.testing.assert_allclose(sw, np.abs(w) * act)
    with pytest.raises(ConfigError, match="calibration"):
        block_scores(w, Block(1, 1), Wanda(), None)


def test_select_drops_lowest_exact_count():
    scores = np.array([[5, 1, 3], [2, 6, 4]], "float32")
    keep = select_blocks(scores, 0.5)
    np.testing.assert_array_equal(keep, [[True, False, False], [False, True, True]])
    per_row = select_blocks(scores, 1 / 3, per_row=True)
    np.testing.assert_array_equal(per_row, [[True, False, True], [False, True, True]])
    assert select_blocks(scores, 0.0).all()


def test_global_uses_one_threshold():
    a = np.array([[10.0, 20.0]])
    b = np.array([[1.0, 2.0, 3.0, 30.0]])
    ka, kb = select_global([a, b], 0.5)
    np.testing.assert_array_equal(ka, [[True, True]])
    np.testing.assert_array_equal(kb, [[False, False, False, True]])


def test_expand_and_sparsity():
    keep = np.array([[True, False]])
    m = expand(keep, Block(2, 3))
    assert m.shape == (2, 6) and m[:, :3].all() and not m[:, 3:].any()
    assert sparsity_of(np.where(m, 1.0, 0.0)) == 0.5


def test_reconstruction_reduces_output_error():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((256, 32)) @ rng.standard_normal((32, 32))  # correlated inputs
    w = rng.standard_normal((16, 32)).astype("float32")
    gram = x.T @ x
    keep = expand(select_blocks(block_scores(w, Block(4, 1), Magnitude()), 0.5), Block(4, 1))
    masked = np.where(keep, w, 0)
    refit = reconstruct(w, keep, gram, Block(4, 1), ridge=1e-6)
    assert ((refit != 0) <= keep).all()
    err = lambda v: np.linalg.norm(x @ (v - w).T)  # noqa: E731
    assert err(refit) < 0.8 * err(masked)
