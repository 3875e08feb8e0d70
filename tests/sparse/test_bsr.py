import numpy as np
import pytest

from tvmq.errors import ShapeError
from tvmq.sparse import Block, block_density, bsr_to_dense, dense_to_bsr


@pytest.mark.parametrize("block", [(1, 1), (4, 1), (16, 1), (1, 4), (4, 4), (8, 8)])
@pytest.mark.parametrize("density", [0.0, 0.1, 0.5, 1.0])
def test_round_trip_is_exact(block, density):
    rng = np.random.default_rng(hash((block, density)) % 2**32)
    n, k = 32, 64
    w = rng.standard_normal((n, k)).astype("float32")
    keep = rng.random((n // block[0], k // block[1])) < density
    w *= np.repeat(np.repeat(keep, block[0], 0), block[1], 1)
    b = dense_to_bsr(w, Block(*block))
    np.testing.assert_array_equal(bsr_to_dense(b), w)
    assert b.nnz_blocks == int(keep.sum())
    assert b.indptr[0] == 0 and b.indptr[-1] == b.nnz_blocks and len(b.indptr) == n // block[0] + 1
    assert b.data.shape == (b.nnz_blocks, *block)
    assert b.density == pytest.approx(keep.mean())
    assert block_density(w, Block(*block)) == pytest.approx(keep.mean())


def test_layout_matches_hand_example():
    w = np.array([[0, 0, 1, 2],
                  [0, 0, 3, 4],
                  [5, 0, 0, 0],
                  [6, 0, 0, 0]], "float32")
    b = dense_to_bsr(w, Block(2, 2))
    np.testing.assert_array_equal(b.indices, [1, 0])
    np.testing.assert_array_equal(b.indptr, [0, 1, 2])
    np.testing.assert_array_equal(b.data, [[[1, 2], [3, 4]], [[5, 0], [6, 0]]])
    assert b.nbytes == b.data.nbytes + 2 * 4 + 3 * 4


def test_block_that_does_not_divide_is_refused():
    with pytest.raises(ShapeError, match="does not divide"):
        dense_to_bsr(np.ones((10, 16), "float32"), Block(16, 1))
    with pytest.raises(ShapeError, match="2-D"):
        dense_to_bsr(np.ones((4, 4, 4), "float32"), Block(1, 1))
