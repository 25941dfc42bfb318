"""The few ONNX protobuf messages the e5 graph needs, written directly in protobuf's wire format.

Why not the ``onnx`` package: importing it and building the model through its message classes
costs each worker process about 30 MB that stays after the session is built, for a graph of a
few hundred nodes whose weights go to onnxruntime as arrays anyway. The field numbers are those
of ``onnx/onnx.proto`` (IR version 10); tests/test_stories_e5.py parses the bytes with the
``onnx`` package and runs its checker.
"""
from __future__ import annotations

import struct

import numpy as np

IR_VERSION = 10  # opset 23 (the Attention operator) needs it
# TensorProto.DataType
FLOAT, UINT8, INT8, INT32, INT64, BOOL = 1, 2, 3, 6, 7, 9
_DTYPES = {np.dtype(np.float32): FLOAT, np.dtype(np.uint8): UINT8, np.dtype(np.int8): INT8,
           np.dtype(np.int32): INT32, np.dtype(np.int64): INT64, np.dtype(np.bool_): BOOL}
# AttributeProto.AttributeType
_ATTR_FLOAT, _ATTR_INT, _ATTR_STRING, _ATTR_INTS = 1, 2, 3, 7


def _varint(value: int) -> bytes:
    value &= (1 << 64) - 1  # negative int64 as two's complement, as protobuf does
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _key(field: int, wire: int) -> bytes:
    return _varint(field << 3 | wire)


def _int(field: int, value: int) -> bytes:
    return _key(field, 0) + _varint(value)


def _length_prefix(field: int, length: int) -> bytes:
    """The key and length before a length-delimited ``field`` of ``length`` bytes."""
    return _key(field, 2) + _varint(length)


def _bytes(field: int, value: bytes | str) -> bytes:
    data = value.encode() if isinstance(value, str) else value
    return _length_prefix(field, len(data)) + data


def _float(field: int, value: float) -> bytes:
    return _key(field, 5) + struct.pack("<f", value)


def node(op_type: str, inputs: list[str], outputs: list[str], domain: str = "", **attributes: int | float | str | list[int]) -> bytes:
    """NodeProto. Attributes: int, float, string or list of ints."""
    out = b"".join(_bytes(1, name) for name in inputs) + b"".join(_bytes(2, name) for name in outputs)
    out += _bytes(4, op_type)
    for name, value in sorted(attributes.items()):
        if isinstance(value, bool | int):
            attribute = _bytes(1, name) + _int(3, int(value)) + _int(20, _ATTR_INT)
        elif isinstance(value, float):
            attribute = _bytes(1, name) + _float(2, value) + _int(20, _ATTR_FLOAT)
        elif isinstance(value, str):
            attribute = _bytes(1, name) + _bytes(4, value) + _int(20, _ATTR_STRING)
        else:
            attribute = _bytes(1, name) + b"".join(_int(8, v) for v in value) + _int(20, _ATTR_INTS)
        out += _bytes(5, attribute)
    if domain:
        out += _bytes(7, domain)
    return out


def tensor(name: str, array: np.ndarray) -> bytes:
    """TensorProto holding ``array``'s bytes (little-endian, as this machine's)."""
    array = np.ascontiguousarray(array)
    data = array.reshape(-1).data.cast("B")  # copied once, by the join (flat: the cast refuses a shape with a 0 in it)
    return b"".join([*(_int(1, d) for d in array.shape), _int(2, _DTYPES[array.dtype]), _bytes(8, name),
                     _length_prefix(9, len(data)), data])


def value_info(name: str, elem_type: int, dims: list[int | str]) -> bytes:
    """ValueInfoProto of a tensor; a dimension is a size or a symbolic name."""
    shape = b"".join(_bytes(1, _int(1, d) if isinstance(d, int) else _bytes(2, d)) for d in dims)
    return _bytes(1, name) + _bytes(2, _bytes(1, _int(1, elem_type) + _bytes(2, shape)))


def model(name: str, nodes: list[bytes], inputs: list[bytes], outputs: list[bytes], initializers: list[bytes],
          opsets: dict[str, int]) -> bytes:
    """ModelProto of one graph, joined once: the initializers hold the weights (21 MB for e5), which
    each nesting level's concatenation would copy again."""
    graph = [*_fields(1, nodes), _bytes(2, name), *_fields(5, initializers), *_fields(11, inputs),
             *_fields(12, outputs)]
    return b"".join([_int(1, IR_VERSION), _length_prefix(7, sum(map(len, graph))), *graph,
                     *(_bytes(8, (_bytes(1, domain) if domain else b"") + _int(2, version))
                       for domain, version in opsets.items())])


def _fields(field: int, messages: list[bytes]) -> list[bytes]:
    """Each message as a length-delimited ``field``: its key and length, then itself (not copied)."""
    return [part for message in messages for part in (_length_prefix(field, len(message)), message)]
