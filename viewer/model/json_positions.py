"""Find where values sit in a JSON text, by JSON pointer.

Decoding is done by a fast C decoder that knows nothing of lines; only when a
file has problems does this scanner walk the text to put line and column on
them, stopping as soon as every wanted pointer is found.

Memory stays a small constant, whatever the length of a string or a line: the
string pattern uses possessive repeats, so the regular expression engine keeps
no backtracking state per character, and columns are counted in fixed chunks.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator

import numpy as np

_TOKEN = re.compile(
    rb'\s*+(?:("[^"\\]*+(?:\\.[^"\\]*+)*+")|([{}\[\]:,])|(-?[0-9][0-9.eE+-]*+|true|false|null))',
    re.DOTALL,
)
_CHUNK = 1 << 22  # bytes counted at a time when turning offsets into columns

# "@" + pointer asks for the position of the key itself rather than its value (an unknown field).
KEY_MARK = "@"


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class _Frame:
    __slots__ = ("pointer", "is_object", "index", "key", "awaiting_key", "keys")

    def __init__(self, pointer: str, is_object: bool):
        self.pointer = pointer
        self.is_object = is_object
        self.index = 0
        self.key: str | None = None
        self.awaiting_key = is_object
        self.keys: set[str] = set()

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


# What the walk reports: a value starting, a key (or one already seen in its object),
# an object or list opening.
VALUE, KEY, DUPLICATE, OPEN = "value", "key", "duplicate", "open"
Visit = tuple[str, str, int, int, int]  # kind, pointer, start, end, depth


def walk(data: bytes) -> Iterator[Visit]:
    """Every value, key and opening bracket of a JSON text, in order.

    Forgiving: it stops quietly where the text stops being JSON.
    """
    stack: list[_Frame] = []
    position = 0
    length = len(data)
    while position < length:
        match = _TOKEN.match(data, position)
        if match is None:
            return
        position = match.end()
        string, punct, scalar = match.group(1), match.group(2), match.group(3)
        start = match.start(1 if string is not None else 2 if punct else 3)
        top = stack[-1] if stack else None
        here = top.child() if top is not None else ""
        if string is not None:
            if top is not None and top.is_object and top.awaiting_key:
                top.key = key = _decode_key(data[start + 1:position - 1])
                top.awaiting_key = False
                kind = DUPLICATE if key in top.keys else KEY
                top.keys.add(key)
                yield kind, top.child(), start, position, len(stack)
            else:
                yield VALUE, here, start, position, len(stack)
        elif scalar is not None:
            yield VALUE, here, start, position, len(stack)
        elif punct in (b"{", b"["):
            yield OPEN, here, start, position, len(stack)
            stack.append(_Frame(here, punct == b"{"))
        elif punct in (b"}", b"]"):
            if stack:
                stack.pop()
        elif punct == b"," and top is not None:
            if top.is_object:
                top.awaiting_key = True
            else:
                top.index += 1


def locate_offsets(data: bytes, pointers: Iterable[str]) -> dict[str, int]:
    """Byte offsets of the values at the given pointers ('' is the document)."""
    wanted = set(pointers)
    found: dict[str, int] = {}
    if not wanted:
        return found
    for kind, here, start, _end, _depth in walk(data):
        if kind in (VALUE, OPEN):
            wanted_here = here
        else:
            wanted_here = KEY_MARK + here
        if wanted_here in wanted and wanted_here not in found:
            found[wanted_here] = start
            if len(found) == len(wanted):
                break
    return found


def first_visit(data: bytes, test: Callable[[Visit], bool]) -> Visit | None:
    """The first key, value or bracket for which test() is true."""
    for visit in walk(data):
        if test(visit):
            return visit
    return None


def _characters(data: bytes, start: int, end: int) -> int:
    """How many UTF-8 characters data[start:end] holds, counted without copying it whole."""
    count = 0
    while start < end:
        size = min(_CHUNK, end - start)
        chunk = np.frombuffer(data, dtype=np.uint8, count=size, offset=start)
        count += int(np.count_nonzero((chunk & 0xC0) != 0x80))
        start += size
    return count


def line_columns(data: bytes, offsets: Iterable[int]) -> dict[int, tuple[int, int]]:
    """1-based line and column (in characters) of each byte offset.

    One pass over the text for all offsets together, so a thousand findings on
    one long line cost no more than one.
    """
    result: dict[int, tuple[int, int]] = {}
    line, line_start, previous, column = 1, 0, 0, 1
    for offset in sorted(set(offsets)):
        offset = max(0, min(offset, len(data)))
        newlines = data.count(b"\n", previous, offset)
        if newlines:
            line += newlines
            line_start = data.rfind(b"\n", previous, offset) + 1
            column = 1 + _characters(data, line_start, offset)
        else:
            column += _characters(data, previous, offset)
        previous = offset
        result[offset] = (line, column)
    return result


def line_column(data: bytes, offset: int) -> tuple[int, int]:
    (place,) = line_columns(data, [offset]).values()
    return place


def first_bad_utf8(data: bytes) -> int | None:
    """Byte offset of the first byte that is not valid UTF-8, or None."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for start in range(0, len(data), _CHUNK):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(data[start:start + _CHUNK])
        except UnicodeDecodeError as exc:
            return start - pending + exc.start
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        return len(data) - len(exc.object) + exc.start
    return None
