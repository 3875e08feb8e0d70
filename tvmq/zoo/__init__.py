"""Small ONNX models built in code: the demo's bundled example and the test and benchmark nets."""

from .builder import GraphBuilder
from .nets import bert_encoder, resnet_cnn

__all__ = ["GraphBuilder", "bert_encoder", "resnet_cnn"]
