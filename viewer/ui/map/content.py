"""What a document puts on the map, projected once per document: segment
shapes, located places, place geometries and the area to fit the view to."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtGui import QPainterPath

from ...model.geo import far_outliers, geometry_to_paths, project, representative_point, unproject
from .paths import polyline_path, projected

Bounds = tuple[float, float, float, float]  # x0, y0, x1, y1 in map units

# Shown when a document gives nothing to locate: Europe from Portugal to the Urals' foot.
EUROPE: Bounds = (*project(-12.0, 34.0), *project(45.0, 62.0))


@dataclass
class SegmentShape:
    row: int  # position in document.segments
    id: str
    label: str
    colour: str | None  # the record's own colour; the theme decides the drawn one
    fill_path: QPainterPath  # polygons, even-odd
    line_path: QPainterPath
    points: np.ndarray  # (n, 2) projected
    rings: list[np.ndarray]  # lon/lat, for hit tests
    lines: list[np.ndarray]  # projected, for hit tests
    label_at: tuple[float, float]  # projected
    bounds: Bounds
    area: float  # of the bounds; the smaller of two overlapping shapes wins a click

    @property
    def is_line(self) -> bool:
        return not self.rings and bool(self.lines)


@dataclass
class PlaceMarks:
    rows: np.ndarray  # int64 positions in document.places of the located places
    xy: np.ndarray  # (n, 2) projected
    names: list[str]


@dataclass
class MapContent:
    segments: list[SegmentShape] = field(default_factory=list)
    places: PlaceMarks = field(default_factory=lambda: PlaceMarks(np.zeros(0, np.int64), np.zeros((0, 2)), []))
    place_geometry: QPainterPath = field(default_factory=QPainterPath)
    focus: Bounds | None = None  # geometries and the places near them
    everything: Bounds | None = None  # all of the above and every place
    geometry_bounds: list[Bounds] = field(default_factory=list)  # of segments and place geometries

    @classmethod
    def from_document(cls, document) -> MapContent:
        if document is None:
            return cls()
        segments = [s for s in (_segment_shape(i, seg) for i, seg in enumerate(document.segments)
                                if seg.geometry is not None) if s is not None]
        places, geometry_parts = _places(document)
        geometry_bounds = [s.bounds for s in segments] + [_bounds(p) for p in geometry_parts if len(p)]
        place_path = polyline_path(geometry_parts)
        return cls(segments, places, place_path, *_fit_areas(geometry_bounds, places.xy), geometry_bounds)

    def fit_area(self, weights: np.ndarray | None = None) -> Bounds | None:
        """The area a map of these events should show: the geometries and the places
        near them, or, without geometries, the places less their far outliers.

        ``weights`` per mark is how many shown events each place holds (0: none shown);
        without any, every located place counts once."""
        xy = self.places.xy
        if weights is None or not len(weights) or not np.any(np.asarray(weights) > 0):
            weights = np.ones(len(xy))
        weights = np.asarray(weights, dtype=np.float64)
        used = weights > 0
        if self.geometry_bounds:
            return _fit_areas(self.geometry_bounds, xy[used])[0]
        if not used.any():
            return None
        lon, lat = unproject(xy[used, 0], xy[used, 1])
        far = far_outliers(np.column_stack([lon, lat]), weights[used])
        return _union([(x, y, x, y) for x, y in xy[used][~far]])


def _bounds(xy: np.ndarray) -> Bounds:
    (x0, y0), (x1, y1) = xy.min(axis=0), xy.max(axis=0)
    return float(x0), float(y0), float(x1), float(y1)


def _union(boxes: list[Bounds]) -> Bounds:
    array = np.array(boxes, dtype=np.float64).reshape(-1, 4)
    return (float(array[:, 0].min()), float(array[:, 1].min()),
            float(array[:, 2].max()), float(array[:, 3].max()))


def _segment_shape(row: int, segment) -> SegmentShape | None:
    rings, lines, points = geometry_to_paths(segment.geometry)
    rings = [r for r in rings if len(r)]
    lines = [line for line in lines if len(line)]
    if not rings and not lines and not len(points):
        return None
    rings_xy = [projected(r) for r in rings]
    lines_xy = [projected(line) for line in lines]
    points_xy = projected(points) if len(points) else np.zeros((0, 2))
    box = _bounds(np.concatenate([*rings_xy, *lines_xy, points_xy]))
    label_x, label_y = project(*representative_point(segment.geometry))
    return SegmentShape(
        row=row, id=segment.id, label=segment.label, colour=segment.color,
        fill_path=polyline_path(rings_xy, close=True), line_path=polyline_path(lines_xy),
        points=points_xy, rings=rings, lines=lines_xy, label_at=(float(label_x), float(label_y)),
        bounds=box, area=max((box[2] - box[0]) * (box[3] - box[1]), 1e-9),
    )


def _places(document) -> tuple[PlaceMarks, list[np.ndarray]]:
    rows, xy, names, geometry_parts = [], [], [], []
    for i, place in enumerate(document.places):
        lonlat = None
        if place.lat is not None and place.lon is not None:
            lonlat = (place.lon, place.lat)
        if place.geometry is not None:
            rings, lines, points = geometry_to_paths(place.geometry)
            geometry_parts += [projected(part) for part in (*rings, *lines) if len(part)]
            if lonlat is None:
                lonlat = representative_point(place.geometry)
        if lonlat is not None:
            rows.append(i)
            xy.append(project(*lonlat))
            names.append(place.name)
    marks = PlaceMarks(np.array(rows, dtype=np.int64), np.array(xy, dtype=np.float64).reshape(-1, 2), names)
    return marks, geometry_parts


def _fit_areas(geometry_bounds: list[Bounds], place_xy: np.ndarray) -> tuple[Bounds | None, Bounds | None]:
    """The view to open on, and the view that shows everything.

    The geometries say what a document is about; places far from them (a
    capital where a meeting was held) would shrink that area to a speck, so
    only places near it join the opening view.
    """
    boxes = list(geometry_bounds) + [(x, y, x, y) for x, y in place_xy]
    if not boxes:
        return None, None
    everything = _union(boxes)
    if not geometry_bounds:
        return everything, everything
    core = _union(geometry_bounds)
    reach = 0.5 * max(core[2] - core[0], core[3] - core[1])
    near = [(x, y, x, y) for x, y in place_xy
            if core[0] - reach <= x <= core[2] + reach and core[1] - reach <= y <= core[3] + reach]
    return _union([core, *near]), everything
