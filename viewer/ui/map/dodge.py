"""Place marks that would lie on top of each other at the map's scale are moved
apart, the busiest staying where it is, so that no mark hides another; the
overlay ties a moved mark to its true spot with a short line. numpy only."""

from __future__ import annotations

import numpy as np

GAP_PX = 2.0
MAX_MARKS = 1500  # beyond this many shown places the map is a density, and moving marks would mislead
MAX_STEPS = 24


def dodged(xy: np.ndarray, diameters: np.ndarray, shown: np.ndarray, first: np.ndarray,
           px_per_unit: float) -> np.ndarray:
    """Positions (map units) at which to draw the marks: ``xy`` where a mark is free,
    moved just clear of its neighbours where not. ``first``: marks that keep their
    place before others (highlighted), then the larger ones."""
    out = np.array(xy, dtype=np.float64, copy=True).reshape(-1, 2)
    rows = np.flatnonzero(shown)
    if len(rows) < 2 or len(rows) > MAX_MARKS or px_per_unit <= 0:
        return out
    radii = diameters[rows] / 2
    order = np.lexsort((rows, -radii, ~first[rows]))
    pixels = out[rows] * px_per_unit  # relative distances only: no offset or flip needed
    placed_xy = np.empty((len(rows), 2))
    placed_r = np.empty(len(rows))
    for n, k in enumerate(order):
        p = pixels[k].copy()
        r = radii[k]
        for step in range(MAX_STEPS):
            if not n:
                break
            delta = p - placed_xy[:n]
            distance = np.hypot(delta[:, 0], delta[:, 1])
            need = placed_r[:n] + r + GAP_PX
            clash = np.flatnonzero(distance < need - 1e-6)
            if not len(clash):
                break
            j = clash[np.argmin(distance[clash] - need[clash])]  # the deepest overlap first
            if distance[j] < 1e-6:  # the same spot: move off in a direction of its own
                angle = 2.399963 * (k + step)  # golden angle, so coincident marks fan out
                direction = np.array([np.cos(angle), np.sin(angle)])
            else:
                direction = delta[j] / distance[j]
            p = placed_xy[j] + direction * need[j]
        placed_xy[n], placed_r[n] = p, r
        pixels[k] = p
    out[rows] = pixels / px_per_unit
    return out
