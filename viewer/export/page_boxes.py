"""Where the page wrote its labels: each text's box and the panel it belongs in.

The page painter adds every label it draws (timeline titles and key numbers,
key lines, quotes, notes); tests check that no two overlap and none leaves
its panel or the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF


@dataclass(frozen=True)
class DrawnText:
    kind: str  # timeline | key | quote | note | ...
    text: str
    box: QRectF
    panel: QRectF  # the box must lie inside this
    whole: str = ""  # the whole label this line belongs to
    page: int = 1  # of a PDF that continues on further pages


@dataclass
class PageBoxes:
    page: QRectF = field(default_factory=QRectF)
    texts: list[DrawnText] = field(default_factory=list)
    page_number: int = 1

    def add(self, kind: str, text: str, box: QRectF, panel: QRectF, whole: str = "") -> None:
        self.texts.append(DrawnText(kind, text, QRectF(box), QRectF(panel), whole or text, self.page_number))

    def on_page(self, number: int) -> list[DrawnText]:
        return [t for t in self.texts if t.page == number]

    def tuples(self) -> list[tuple[float, float, float, float]]:
        return [(t.box.left(), t.box.top(), t.box.right(), t.box.bottom()) for t in self.texts]
