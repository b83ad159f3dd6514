"""Guards against the PySide6 release that corrupts None's reference count.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every Qt call that
returns nothing; after about a million such calls the interpreter aborts with
"Fatal Python error: none_dealloc". Painting a large timeline makes that many
calls in minutes, so the binding in use must not leak.
"""

import os
import subprocess
import sys
import textwrap

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_refcount():
    from PySide6.QtCore import QRectF

    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(50_000):
        rect.setX(1.0)
    assert abs(sys.getrefcount(None) - before) < 1_000


def test_two_million_void_qt_calls_do_not_abort():
    code = textwrap.dedent("""
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QImage, QPainter
        rect = QRectF()
        for _ in range(2_000_000):
            rect.setX(1.0)
        image = QImage(8, 8, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        for _ in range(200_000):
            painter.drawRect(rect)
        painter.end()
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=240,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
