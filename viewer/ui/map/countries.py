"""The shipped country outlines as one even-odd path, and where their names go."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from PySide6.QtGui import QPainterPath

from ...model.geo import load_country_outlines, project
from .paths import polyline_path, projected


@dataclass(frozen=True)
class CountryNames:
    names: list[str]
    anchor: np.ndarray  # (n, 2) projected label points
    size: np.ndarray  # (n, 2) projected bbox width and height, to judge the room on screen


def _ring_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return abs(float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1])))


@cache
def country_path() -> QPainterPath:
    rings = [projected(ring) for country in load_country_outlines() for ring in country.rings]
    return polyline_path(rings, close=True)


@cache
def country_names() -> CountryNames:
    names, anchors, sizes = [], [], []
    for country in load_country_outlines():
        if not country.rings:
            continue
        # The largest ring stands for the country: overseas islands would
        # otherwise make France as wide as the Atlantic.
        main = max(country.rings, key=_ring_area)
        xy = projected(main)
        names.append(country.name)
        anchors.append(project(*country.label))
        sizes.append(xy.max(axis=0) - xy.min(axis=0))
    return CountryNames(names, np.array(anchors, dtype=np.float64).reshape(-1, 2),
                        np.array(sizes, dtype=np.float64).reshape(-1, 2))
