import numpy as np
import onnxruntime as ort
import pytest

import tvmq
from tvmq import PruneConfig
from tvmq.errors import ConfigError
from tvmq.sparse import ChannelConfig, prune_channels
from tvmq.zoo import bert_encoder, resnet_cnn


@pytest.fixture(scope="module")
def cnn():
    return tvmq.load_onnx(resnet_cnn(image=16, channels=(8, 16, 32)))


def test_channel_pruning_gives_smaller_equivalent_dense_model(cnn):
    small, chains = prune_channels(cnn, ChannelConfig(ratio=0.5))
    assert [(c.channels_before, c.channels_after) for c in chains] == [(8, 4), (16, 8), (32, 16)]
    assert small.param_bytes() < 0.75 * cnn.param_bytes()
    assert small.transforms == ("channels:0.5",) and small.inputs == cnn.inputs
    x = cnn.random_inputs(0)
    sess = ort.InferenceSession(small.source.SerializeToString(),
                                providers=["CPUExecutionProvider"])
    np.testing.assert_allclose(tvmq.compile(small).run(x)[0], sess.run(None, x)[0],
                               rtol=1e-4, atol=1e-4)


def test_kept_channels_are_the_strongest(cnn):
    from onnx import numpy_helper

    before = {i.name: numpy_helper.to_array(i) for i in cnn.source.graph.initializer}
    small, chains = prune_channels(cnn, ChannelConfig(ratio=0.5, multiple_of=1))
    after = {i.name: numpy_helper.to_array(i) for i in small.source.graph.initializer}
    changed = [n for n in after if after[n].shape != before[n].shape]
    assert len(changed) == 3 * 6  # conv A weight, 4 BN params, conv B weight per chain
    for name in changed:
        if after[name].ndim == 4 and after[name].shape[0] < before[name].shape[0]:
            # every kept filter is a filter of the original
            orig = before[name].reshape(before[name].shape[0], -1)
            for row in after[name].reshape(after[name].shape[0], -1):
                assert (np.abs(orig - row).sum(1) == 0).any()


def test_channel_pruning_bad_input(cnn):
    with pytest.raises(ConfigError, match="ratio"):
        ChannelConfig(ratio=1.0)
    bert = tvmq.load_onnx(bert_encoder(seq=4, hidden=16, heads=2, ffn=32))
    with pytest.raises(ConfigError, match="no Conv"):
        prune_channels(bert, ChannelConfig())
    pruned = tvmq.prune(cnn, PruneConfig(sparsity=0.5, min_params=0))
    with pytest.raises(ConfigError, match="must come before"):
        prune_channels(pruned, ChannelConfig())
