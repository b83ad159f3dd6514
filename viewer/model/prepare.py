"""What the panes derive from a whole document, built before the document is shown.

The loading worker calls ``prepare`` so that showing a large file costs the GUI
thread no pass over every event: the quote columns, the search texts and the
lanes' time orders are ready (and kept per document, see per_document.py).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from .lanes import row_orders
from .progress import CancelFn, ProgressFn, Stages
from .quotes import quotes_of
from .search import SearchIndex


def prepare(document, progress: ProgressFn | None = None, is_cancelled: CancelFn | None = None) -> None:
    """Build them all; raises LoadCancelled between steps when asked to stop."""
    stages = Stages(progress, is_cancelled)
    for fraction, text, build in ((0.96, "Ordering events in time", row_orders),
                                  (0.97, "Reading quotes", quotes_of),
                                  (0.98, "Indexing text for search", SearchIndex.build)):
        stages.report(fraction, text)
        build(document)
    release_freed_memory()


def release_freed_memory() -> None:
    """Give the system back what loading freed. The C library keeps freed memory for reuse;
    after a load has freed the records of a large file it would stay counted against the
    process for as long as it runs."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()  # Arrow's allocator keeps freed blocks likewise
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # glibc only; other C libraries return memory themselves
    except (OSError, AttributeError):
        return
    trim(0)
