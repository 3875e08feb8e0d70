import dataclasses

import pytest

from tvmq import PruneConfig
from tvmq.errors import ConfigError
from tvmq.sparse import Block, BlockNorm, Magnitude, Norm, Scope, Wanda


@pytest.mark.parametrize("bad", [-0.1, 1.0, 1.5, "x", None])
def test_sparsity_outside_range_is_rejected(bad):
    with pytest.raises(ConfigError, match=r"sparsity"):
        PruneConfig(sparsity=bad)


def test_block_forms_and_defaults():
    assert PruneConfig(block="16x1").block == Block(16, 1)
    assert PruneConfig(block=(4, 4)).block == Block(4, 4)
    assert str(Block(8, 1)) == "8x1"
    c = PruneConfig(sparsity=0.8, block=Block(16, 1), criterion="wanda", scope="global")
    assert isinstance(c.criterion, Wanda) and c.scope is Scope.GLOBAL
    assert c.describe() == "prune:0.8:16x1:wanda"
    assert PruneConfig(criterion="l1").criterion == BlockNorm(Norm.L1)
    assert isinstance(PruneConfig().criterion, Magnitude)
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.sparsity = 0.5  # frozen


@pytest.mark.parametrize("bad", ["16", "ax1", "0x1", (16,), (2, -1)])
def test_bad_block_is_rejected(bad):
    with pytest.raises(ConfigError, match="block"):
        PruneConfig(block=bad)


def test_unknown_keys_and_criteria_are_rejected():
    with pytest.raises(ConfigError, match="unknown PruneConfig key.*sparsty"):
        PruneConfig.from_dict({"sparsty": 0.5})
    assert PruneConfig.from_dict({"sparsity": 0.5, "block": "8x1"}).block == Block(8, 1)
    with pytest.raises(ConfigError, match="unknown pruning criterion"):
        PruneConfig(criterion="random")
    with pytest.raises(ConfigError, match="scope"):
        PruneConfig(scope="everywhere")
    with pytest.raises(ConfigError, match="min_params"):
        PruneConfig(min_params=-1)
