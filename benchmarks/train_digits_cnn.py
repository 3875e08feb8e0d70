"""Train a small CNN on scikit-learn's 8x8 digits in numpy and export it as ONNX.

Usage: ``python benchmarks/train_digits_cnn.py [-o tests/data/digits_cnn.onnx]``.
The network: Conv3x3(1->8)+ReLU, Conv3x3/2(8->16)+ReLU, Flatten, Gemm(256->10). Deterministic
(seeded); trains in a few seconds with Adam on 80 % of the data (``train_test_split`` with
``random_state=0``); the other 20 % is the held-out split used by the tests.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

from tvmq.zoo import GraphBuilder


def digits_split() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(x_train, x_test, y_train, y_test); images are float32 [N, 1, 8, 8] in [0, 1]."""
    d = load_digits()
    x = (d.images / 16.0).astype("float32")[:, None]
    return train_test_split(x, d.target, test_size=0.2, random_state=0, stratify=d.target)


def _im2col(x: np.ndarray, stride: int) -> np.ndarray:
    n, c, h, w = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    oh, ow = (h - 1) // stride + 1, (w - 1) // stride + 1
    cols = np.empty((n, c, 3, 3, oh, ow), x.dtype)
    for i in range(3):
        for j in range(3):
            cols[:, :, i, j] = xp[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride]
    return cols.transpose(0, 4, 5, 1, 2, 3).reshape(n * oh * ow, c * 9), (n, oh, ow)


def _col2im(cols: np.ndarray, shape: tuple, stride: int) -> np.ndarray:
    n, c, h, w = shape
    oh, ow = (h - 1) // stride + 1, (w - 1) // stride + 1
    cols = cols.reshape(n, oh, ow, c, 3, 3).transpose(0, 3, 4, 5, 1, 2)
    xp = np.zeros((n, c, h + 2, w + 2), cols.dtype)
    for i in range(3):
        for j in range(3):
            xp[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride] += cols[:, :, i, j]
    return xp[:, :, 1:-1, 1:-1]


def _conv(x, w, b, stride):
    cols, (n, oh, ow) = _im2col(x, stride)
    y = cols @ w.reshape(w.shape[0], -1).T + b
    return y.reshape(n, oh, ow, -1).transpose(0, 3, 1, 2), cols


def _conv_back(dy, x, cols, w, stride):
    n, co, oh, ow = dy.shape
    d2 = dy.transpose(0, 2, 3, 1).reshape(-1, co)
    dw = (d2.T @ cols).reshape(w.shape)
    db = d2.sum(0)
    dx = _col2im(d2 @ w.reshape(co, -1), x.shape, stride)
    return dx, dw, db


def train(epochs: int = 40, seed: int = 0) -> dict[str, np.ndarray]:
    """Train with Adam (lr 3e-3, batch 32); returns the float32 parameters."""
    xtr, _, ytr, _ = digits_split()
    rng = np.random.default_rng(seed)
    p = {"w1": rng.standard_normal((8, 1, 3, 3)) * np.sqrt(2 / 9), "b1": np.zeros(8),
         "w2": rng.standard_normal((16, 8, 3, 3)) * np.sqrt(2 / 72), "b2": np.zeros(16),
         "w3": rng.standard_normal((10, 256)) * np.sqrt(1 / 256), "b3": np.zeros(10)}
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v = {k: np.zeros_like(val) for k, val in p.items()}
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(xtr))
        for s in range(0, len(order), 32):
            idx = order[s:s + 32]
            x, y = xtr[idx].astype(np.float64), ytr[idx]
            a1, c1 = _conv(x, p["w1"], p["b1"], 1)
            h1 = np.maximum(a1, 0)
            a2, c2 = _conv(h1, p["w2"], p["b2"], 2)
            h2 = np.maximum(a2, 0)
            f = h2.reshape(len(idx), -1)
            logits = f @ p["w3"].T + p["b3"]
            prob = np.exp(logits - logits.max(1, keepdims=True))
            prob /= prob.sum(1, keepdims=True)
            dl = prob
            dl[np.arange(len(idx)), y] -= 1
            dl /= len(idx)
            g = {"w3": dl.T @ f, "b3": dl.sum(0)}
            dh2 = (dl @ p["w3"]).reshape(h2.shape) * (a2 > 0)
            dh1, g["w2"], g["b2"] = _conv_back(dh2, h1, c2, p["w2"], 2)
            _, g["w1"], g["b1"] = _conv_back(dh1 * (a1 > 0), x, c1, p["w1"], 1)
            step += 1
            for k in p:
                m[k] = 0.9 * m[k] + 0.1 * g[k]
                v[k] = 0.999 * v[k] + 0.001 * g[k] ** 2
                mh, vh = m[k] / (1 - 0.9 ** step), v[k] / (1 - 0.999 ** step)
                p[k] -= 3e-3 * mh / (np.sqrt(vh) + 1e-8)
    return {k: val.astype("float32") for k, val in p.items()}


def predict(p: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    """Numpy forward pass (logits)."""
    h1 = np.maximum(_conv(x, p["w1"], p["b1"], 1)[0], 0)
    h2 = np.maximum(_conv(h1, p["w2"], p["b2"], 2)[0], 0)
    return h2.reshape(len(x), -1) @ p["w3"].T + p["b3"]


def to_onnx(p: dict[str, np.ndarray]):
    """The trained network as an ONNX graph with a dynamic batch ``N``."""
    g = GraphBuilder("digits_cnn")
    x = g.input("image", ["N", 1, 8, 8])
    y = g.op("Relu", [g.op("Conv", [x, g.const(p["w1"]), g.const(p["b1"])], kernel_shape=[3, 3],
                           pads=[1, 1, 1, 1])])
    y = g.op("Relu", [g.op("Conv", [y, g.const(p["w2"]), g.const(p["b2"])], kernel_shape=[3, 3],
                           pads=[1, 1, 1, 1], strides=[2, 2])])
    y = g.op("Gemm", [g.op("Flatten", [y]), g.const(p["w3"]), g.const(p["b3"])], transB=1)
    return g.build([y], producer="tvmq.benchmarks.train_digits_cnn")


def main() -> None:
    """Train, report held-out accuracy, write the ONNX file."""
    import onnx

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", default="tests/data/digits_cnn.onnx")
    ap.add_argument("--epochs", type=int, default=40)
    args = ap.parse_args()
    p = train(args.epochs)
    _, xte, _, yte = digits_split()
    acc = float((predict(p, xte).argmax(1) == yte).mean())
    print(f"held-out top-1 (numpy fp32): {100 * acc:.2f}% on {len(yte)} images")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    onnx.save(to_onnx(p), args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
