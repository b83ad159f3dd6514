"""Find where values sit in a JSON text, by JSON pointer.

Decoding is done by a fast C decoder that knows nothing of lines; only when a
file has problems does this scanner walk the text to put line and column on
them, stopping as soon as every wanted pointer is found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

_TOKEN = re.compile(
    rb'\s*(?:"((?:[^"\\]|\\.)*)"|([{}\[\]:,])|(-?[0-9][0-9.eE+-]*|true|false|null))',
    re.DOTALL,
)


# "@" + pointer asks for the position of the key itself rather than its value (an unknown field).
KEY_MARK = "@"


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class _Frame:
    __slots__ = ("pointer", "is_object", "index", "key", "awaiting_key")

    def __init__(self, pointer: str, is_object: bool):
        self.pointer = pointer
        self.is_object = is_object
        self.index = 0
        self.key: str | None = None
        self.awaiting_key = is_object

    def child(self) -> str:
        if self.is_object:
            return f"{self.pointer}/{_escape(self.key or '')}"
        return f"{self.pointer}/{self.index}"


def _decode_key(raw: bytes) -> str:
    if b"\\" not in raw:
        return raw.decode("utf-8", "replace")
    import json

    try:
        return json.loads(b'"' + raw + b'"')
    except ValueError:
        return raw.decode("utf-8", "replace")


def locate_offsets(data: bytes, pointers: Iterable[str]) -> dict[str, int]:
    """Byte offsets of the values at the given pointers ('' is the document)."""
    wanted = set(pointers)
    found: dict[str, int] = {}
    stack: list[_Frame] = []
    position = 0
    length = len(data)

    def value_starts(offset: int) -> str:
        here = stack[-1].child() if stack else ""
        if here in wanted:
            found[here] = offset
        return here

    while position < length and len(found) < len(wanted):
        match = _TOKEN.match(data, position)
        if match is None:
            break
        position = match.end()
        string, punct, scalar = match.group(1), match.group(2), match.group(3)
        start = match.start(1) - 1 if string is not None else match.start(2 if punct else 3)
        top = stack[-1] if stack else None
        if string is not None:
            if top is not None and top.is_object and top.awaiting_key:
                top.key = _decode_key(string)
                top.awaiting_key = False
                key_at = KEY_MARK + top.child()
                if key_at in wanted:
                    found[key_at] = start
            else:
                value_starts(start)
        elif scalar is not None:
            value_starts(start)
        elif punct in (b"{", b"["):
            stack.append(_Frame(value_starts(start), punct == b"{"))
        elif punct in (b"}", b"]"):
            if stack:
                stack.pop()
        elif punct == b"," and top is not None:
            if top.is_object:
                top.awaiting_key = True
            else:
                top.index += 1
    return found


class LineIndex:
    """Turns byte offsets into 1-based line and column (in characters)."""

    def __init__(self, data: bytes):
        self._data = data
        self._starts = [0] + [m.end() for m in re.finditer(rb"\n", data)]

    def line_column(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        start = self._starts[line - 1]
        column = len(self._data[start:offset].decode("utf-8", "replace")) + 1
        return line, column
