"""Things derived from a document once and kept as long as the document lives.

Documents are unhashable dataclasses, so entries are keyed by identity and
each removes itself when its document goes away. Building runs under a lock,
so a worker thread warming an entry and a pane asking for it never build it twice.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_ENTRIES: dict[tuple[int, str], tuple[weakref.ref, object]] = {}
_LOCK = threading.RLock()


def derived(document, name: str, build: Callable[[object], T]) -> T:
    """``build(document)``, computed on the first request for this document and name."""
    key = (id(document), name)
    with _LOCK:
        entry = _ENTRIES.get(key)
        if entry is not None and entry[0]() is document:
            return entry[1]  # type: ignore[return-value]
        value = build(document)
        _ENTRIES[key] = (weakref.ref(document, lambda _ref: _ENTRIES.pop(key, None)), value)
        return value


def existing(document, name: str):
    """What ``derived`` built for this document and name, or None when nothing was built yet."""
    with _LOCK:
        entry = _ENTRIES.get((id(document), name))
        return entry[1] if entry is not None and entry[0]() is document else None
