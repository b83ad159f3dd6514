"""Geography for the map pane: shipped country outlines, GeoJSON geometry
checks and flattening, and the map projection.

Plain Python and numpy only; nothing here may import Qt.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from viewer.resources_path import resource

from .translation import QT_TRANSLATE_NOOP, number

# --- country outlines ---------------------------------------------------------


@dataclass(frozen=True, eq=False)
class CountryOutline:
    """One country; ``rings`` mixes outer rings and holes, so fill them even-odd."""

    name: str
    iso_a3: str
    continent: str
    label: tuple[float, float]
    rings: list[np.ndarray]  # each (n, 2) float64 lon/lat, closed, read-only


@cache
def _outlines() -> tuple[CountryOutline, ...]:
    with resource("map", "countries.json").open(encoding="utf-8") as f:
        document = json.load(f)
    outlines = []
    for c in document["countries"]:
        rings = []
        for ring in c["rings"]:
            array = np.array(ring, dtype=np.float64).reshape(-1, 2)
            array.flags.writeable = False  # shared by every caller through the cache
            rings.append(array)
        outlines.append(CountryOutline(c["name"], c["iso_a3"], c["continent"],
                                       (float(c["label"][0]), float(c["label"][1])), rings))
    return tuple(outlines)


def load_country_outlines() -> list[CountryOutline]:
    """The outlines from ``resources/map/countries.json``; parsed once per process."""
    return list(_outlines())


def point_in_rings(lon: float, lat: float, rings: list[np.ndarray]) -> bool:
    """Even-odd rule over all rings, so holes count as outside."""
    crossings = 0
    for ring in rings:
        x0, y0 = ring[:-1, 0], ring[:-1, 1]
        x1, y1 = ring[1:, 0], ring[1:, 1]
        spans = (y0 > lat) != (y1 > lat)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_at = x0 + (lat - y0) * (x1 - x0) / (y1 - y0)
        crossings += int(np.count_nonzero(spans & (lon < x_at)))
    return crossings % 2 == 1


# --- GeoJSON geometry validation -------------------------------------------------

GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString",
                  "Polygon", "MultiPolygon", "GeometryCollection")
# How many array levels sit above a single position.
_DEPTH = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2,
          "Polygon": 2, "MultiPolygon": 3}
_MAX_PROBLEMS = 20  # a broken file can have thousands; the first few tell the story


def _fmt(value: Any) -> str:
    if isinstance(value, int) and not -10**30 < value < 10**30:
        return "(a number far too large)"  # str() of it may be refused, and would be unreadable
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "an object"
    return "an array" if isinstance(value, (list, tuple)) else type(value).__name__


def _is_number(value: Any) -> bool:
    # bool is an int subclass, but true/false is never a coordinate.
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_position(pos: Any, path: str, out: list[str]) -> bool:
    if isinstance(pos, (list, tuple)) and any(isinstance(v, (list, tuple)) for v in pos):
        out.append(f"expected a position [lon, lat] at {path}, got an array of arrays; "
                   f"the coordinates are nested one level too deep")
        return False
    if not isinstance(pos, (list, tuple)) or not 2 <= len(pos) <= 3:
        out.append(f"expected a position [lon, lat] or [lon, lat, altitude] at {path}, "
                   f"got {_kind(pos)}" + (f" of {_count(len(pos), 'value')}" if isinstance(pos, (list, tuple)) else ""))
        return False
    ok = True
    for value, what in zip(pos, ("longitude", "latitude", "altitude")):
        if not _is_number(value):
            out.append(f"{what} {_fmt(value)} is not a number at {path}")
            ok = False
        elif isinstance(value, float) and not math.isfinite(value):  # an int is finite, however long
            out.append(f"{what} {_fmt(value)} is not a finite number at {path}")
            ok = False
    if not ok:
        return False
    lon, lat = pos[0], pos[1]
    if not -180 <= lon <= 180:
        out.append(f"longitude {_fmt(lon)} is outside -180..180 at {path}")
        ok = False
    if not -90 <= lat <= 90:
        out.append(f"latitude {_fmt(lat)} is outside -90..90 at {path}")
        ok = False
    return ok


def _check_nested(value: Any, depth: int, path: str, out: list[str]) -> bool:
    """Walk ``depth`` array levels down to positions; True when everything is well formed."""
    if depth == 0:
        return _check_position(value, path, out)
    inner = "positions" if depth == 1 else "arrays"
    if not isinstance(value, (list, tuple)):
        out.append(f"expected an array of {inner} at {path}, got {_kind(value)}")
        return False
    if value and all(_is_number(v) for v in value):
        # One report for the array rather than one per number in it.
        out.append(f"expected an array of {inner} at {path}, got {_fmt(value)}; "
                   "the coordinates are nested one level too shallow")
        return False
    results = [_check_nested(item, depth - 1, f"{path}[{i}]", out) for i, item in enumerate(value)]
    return all(results)


def _check_line(line: list, path: str, out: list[str]) -> None:
    if len(line) < 2:
        out.append(f"line has only {_count(len(line), 'position')} at {path}; a line needs at least 2")


def _check_polygon(rings: list, path: str, out: list[str]) -> None:
    if not rings:
        out.append(f"polygon has no rings at {path}")
    for i, ring in enumerate(rings):
        if len(ring) < 4:
            out.append(f"ring {i} has only {_count(len(ring), 'position')} at {path}[{i}]; "
                       "a closed ring needs at least 4")
        if ring and list(ring[0]) != list(ring[-1]):
            out.append(f"ring {i} is not closed: first point {_fmt(ring[0])} differs from "
                       f"last {_fmt(ring[-1])} at {path}[{i}]")


def _check_geometry(obj: Any, path: str, out: list[str]) -> None:
    where = f" at {path}" if path else ""
    prefix = f"{path}." if path else ""
    if not isinstance(obj, dict):
        out.append(f"a geometry must be an object, got {_kind(obj)}{where}")
        return
    kind = obj.get("type")
    if kind is None:
        out.append(f"geometry has no \"type\"{where}")
        return
    if kind not in GEOMETRY_TYPES:
        out.append(f"unknown geometry type {_fmt(kind)}{where}; expected one of "
                   + ", ".join(GEOMETRY_TYPES))
        return
    if kind == "GeometryCollection":
        members = obj.get("geometries")
        if not isinstance(members, (list, tuple)):
            out.append(f"GeometryCollection needs a \"geometries\" array{where}")
            return
        if not members:
            out.append(f"GeometryCollection has no geometries{where}")
        for i, member in enumerate(members):
            _check_geometry(member, f"{prefix}geometries[{i}]", out)
        return

    coords_path = f"{prefix}coordinates"
    if "coordinates" not in obj or obj["coordinates"] is None:
        out.append(f"{kind} has no \"coordinates\"{where}")
        return
    coords = obj["coordinates"]
    if not _check_nested(coords, _DEPTH[kind], coords_path, out):
        return  # shape checks below assume well-formed positions
    if kind != "Point" and not coords:
        out.append(f"{kind} has empty coordinates{where}")
    elif kind == "LineString":
        _check_line(coords, coords_path, out)
    elif kind == "MultiLineString":
        for i, line in enumerate(coords):
            _check_line(line, f"{coords_path}[{i}]", out)
    elif kind == "Polygon":
        _check_polygon(coords, coords_path, out)
    elif kind == "MultiPolygon":
        for i, polygon in enumerate(coords):
            _check_polygon(polygon, f"{coords_path}[{i}]", out)


def validate_geometry(obj: Any) -> list[str]:
    """Problems with a GeoJSON (RFC 7946) geometry object, as plain sentences; [] when sound."""
    problems: list[str] = []
    _check_geometry(obj, "", problems)
    if len(problems) > _MAX_PROBLEMS:
        hidden = len(problems) - _MAX_PROBLEMS
        problems = problems[:_MAX_PROBLEMS] + [f"... and {hidden:,} more problem{'s' if hidden != 1 else ''}"]
    return problems


# --- GeoJSON geometry for drawing -------------------------------------------------


def _xy(positions: Any) -> np.ndarray:
    """(n, 2) lon/lat; any altitude is dropped."""
    array = np.array([p[:2] for p in positions], dtype=np.float64)
    return array.reshape(-1, 2)


def _collect(obj: dict, polygons: list[list[np.ndarray]], lines: list[np.ndarray],
             points: list[np.ndarray]) -> None:
    kind = obj.get("type")
    coords: Any = obj.get("coordinates")
    if kind == "Point":
        points.append(_xy([coords]))
    elif kind == "MultiPoint":
        points.append(_xy(coords))
    elif kind == "LineString":
        lines.append(_xy(coords))
    elif kind == "MultiLineString":
        lines.extend(_xy(line) for line in coords)
    elif kind == "Polygon":
        polygons.append([_xy(ring) for ring in coords])
    elif kind == "MultiPolygon":
        polygons.extend([_xy(ring) for ring in polygon] for polygon in coords)
    elif kind == "GeometryCollection":
        for member in obj.get("geometries", ()):
            _collect(member, polygons, lines, points)
    else:
        raise ValueError(f"unknown geometry type {_fmt(kind)}")


def _parts(obj: dict) -> tuple[list[list[np.ndarray]], list[np.ndarray], np.ndarray]:
    polygons: list[list[np.ndarray]] = []
    lines: list[np.ndarray] = []
    points: list[np.ndarray] = []
    _collect(obj, polygons, lines, points)
    return polygons, lines, np.concatenate(points) if points else np.empty((0, 2))


def geometry_to_paths(obj: dict) -> tuple[list[np.ndarray], list[np.ndarray], np.ndarray]:
    """(polygon rings, lines, points) of a validated geometry, each in lon/lat.

    Rings of all polygons come in one list; holes included, so fill even-odd.
    """
    polygons, lines, points = _parts(obj)
    return [ring for polygon in polygons for ring in polygon], lines, points


def geometry_bounds(obj: dict) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat); a shape across the antimeridian spans the globe."""
    rings, lines, points = geometry_to_paths(obj)
    everything = np.concatenate([*rings, *lines, points])
    if not len(everything):
        raise ValueError("geometry has no positions")
    (x0, y0), (x1, y1) = everything.min(axis=0), everything.max(axis=0)
    return float(x0), float(y0), float(x1), float(y1)


def _ring_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * abs(float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1])))


def _interior_point(rings: list[np.ndarray]) -> tuple[float, float]:
    """Midpoint of the widest inside stretch of a horizontal line through the polygon.

    The line runs halfway between the two vertex latitudes nearest the middle,
    so it never passes through a vertex and the crossings pair up cleanly.
    """
    ys = np.unique(np.concatenate([r[:, 1] for r in rings]))
    middle = (rings[0][:, 1].min() + rings[0][:, 1].max()) / 2
    below, above = ys[ys <= middle], ys[ys > middle]
    if not len(below) or not len(above):
        return float(rings[0][0, 0]), float(rings[0][0, 1])
    lat = (below[-1] + above[0]) / 2
    crossings = []
    for ring in rings:
        (x0, y0), (x1, y1) = ring[:-1].T, ring[1:].T
        spans = (y0 > lat) != (y1 > lat)
        crossings.append(x0[spans] + (lat - y0[spans]) * (x1[spans] - x0[spans]) / (y1[spans] - y0[spans]))
    xs = np.sort(np.concatenate(crossings))
    if len(xs) < 2:
        return float(rings[0][0, 0]), float(rings[0][0, 1])
    starts, ends = xs[0::2][: len(xs) // 2], xs[1::2]
    widest = int(np.argmax(ends - starts))
    return float((starts[widest] + ends[widest]) / 2), float(lat)


def _line_middle(line: np.ndarray) -> tuple[float, float]:
    n = len(line)
    if n % 2:
        return float(line[n // 2, 0]), float(line[n // 2, 1])
    # Even count: halfway along the middle segment, which is still on the line.
    lon, lat = (line[n // 2 - 1] + line[n // 2]) / 2
    return float(lon), float(lat)


def representative_point(obj: dict) -> tuple[float, float]:
    """Where to put a label: inside the largest polygon, else on the longest line,
    else the point nearest the middle of the points."""
    polygons, lines, points = _parts(obj)
    polygons = [p for p in polygons if p and len(p[0])]
    if polygons:
        return _interior_point(max(polygons, key=lambda p: _ring_area(p[0])))
    lines = [line for line in lines if len(line)]
    if lines:
        lengths = [float(np.hypot(*np.diff(line, axis=0).T).sum()) for line in lines]
        return _line_middle(lines[int(np.argmax(lengths))])
    if len(points):
        nearest = np.argmin(((points - points.mean(axis=0)) ** 2).sum(axis=1))
        return float(points[nearest, 0]), float(points[nearest, 1])
    raise ValueError("geometry has no positions")


# --- projection ---------------------------------------------------------------------

PROJECTION_NAME = QT_TRANSLATE_NOOP("Map", "Mercator (spherical)")
EARTH_RADIUS_KM = 6378.137  # WGS 84 semi-major axis, as Web Mercator uses
MAX_LATITUDE = 85.0511287798  # where Web Mercator's square world ends; the poles are at infinity


def project(lon, lat):
    """lon/lat degrees to map x/y in km along the equator; numpy arrays or scalars."""
    phi = np.radians(np.clip(lat, -MAX_LATITUDE, MAX_LATITUDE))
    x = EARTH_RADIUS_KM * np.radians(lon)
    y = EARTH_RADIUS_KM * np.log(np.tan(np.pi / 4 + phi / 2))
    return x, y


def unproject(x, y):
    """Map x/y back to lon/lat degrees."""
    lon = np.degrees(np.divide(x, EARTH_RADIUS_KM))
    lat = np.degrees(2 * np.arctan(np.exp(np.divide(y, EARTH_RADIUS_KM))) - np.pi / 2)
    return lon, lat


def km_per_unit(lat) -> float:
    """Ground km per map unit at a latitude: Mercator stretches by 1/cos(lat)."""
    return float(np.cos(np.radians(np.clip(lat, -MAX_LATITUDE, MAX_LATITUDE))))


def scale_bar_length(km_per_unit_at_lat: float, target_px: float, px_per_unit: float) -> tuple[float, str]:
    """The longest 1, 2 or 5 x 10^n km bar that fits in ``target_px``; (km, label)."""
    if km_per_unit_at_lat <= 0 or target_px <= 0 or px_per_unit <= 0:
        raise ValueError("scale bar inputs must be positive")
    target_km = target_px / px_per_unit * km_per_unit_at_lat
    exponent = math.floor(math.log10(target_km))
    km = next(step * 10.0 ** exponent for step in (5, 2, 1) if step * 10.0 ** exponent <= target_km * (1 + 1e-9))
    km = float(f"{km:.12g}")  # 10.0 ** -2 * 5 is 0.05000000000000001
    if km >= 1:
        return km, f"{number(km)} km"
    return km, f"{number(km * 1000)} m" if km >= 0.001 else f"{km * 1000:g} m"


# --- distances and the places a map should fit -------------------------------------

OUTLIER_GAP_KM = 1500.0  # a place this much farther out than the rest, and twice as far, is an outlier
MAX_OUTLIER_SHARE = 1 / 3  # outliers are a few places: never a third of the events


def great_circle_km(lon1, lat1, lon2, lat2):
    """Distance along the sphere (haversine); numpy arrays or scalars in degrees."""
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(v, dtype=np.float64)) for v in (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def distance_text(km: float) -> str:
    """Rounded as a reader uses it: 5,900 km, 340 km, 8 km."""
    if km >= 1000:
        return f"{number(round(km, -2))} km"
    if km >= 100:
        return f"{number(round(km, -1))} km"
    return f"{number(km)} km"


def _weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def far_outliers(lonlat: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Per place, whether it lies so far from where the events are that fitting a map
    to it would waste the map (Washington beside a story in Europe).

    Places are walked outwards from the weighted median; where the next one is both
    twice as far out and OUTLIER_GAP_KM farther than the reach so far, it and every
    farther place are outliers, unless they hold a third of the events or more.
    """
    lonlat = np.asarray(lonlat, dtype=np.float64).reshape(-1, 2)
    weights = np.maximum(np.asarray(weights, dtype=np.float64), 0)
    outliers = np.zeros(len(lonlat), dtype=bool)
    if len(lonlat) < 2 or weights.sum() <= 0:
        return outliers
    centre_lon = _weighted_median(lonlat[:, 0], weights)
    centre_lat = _weighted_median(lonlat[:, 1], weights)
    distance = great_circle_km(centre_lon, centre_lat, lonlat[:, 0], lonlat[:, 1])
    order = np.argsort(distance, kind="stable")
    reach = float(distance[order[0]])
    for k in range(1, len(order)):
        d = float(distance[order[k]])
        if d > max(2 * reach, reach + OUTLIER_GAP_KM):
            farther = order[k:]
            if weights[farther].sum() < MAX_OUTLIER_SHARE * weights.sum():
                outliers[farther] = True
            break
        reach = d
    return outliers


def parse_extent(text: str) -> tuple[float, float, float, float]:
    """'W,S,E,N' in degrees (e.g. '-12,35,40,60') to a tuple; ValueError with a sentence."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise ValueError(f"{text!r} is not four numbers W,S,E,N in degrees, e.g. -12,35,40,60")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ValueError(f"{text!r} is not four numbers W,S,E,N in degrees, e.g. -12,35,40,60") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise ValueError(f"{text!r}: every value must be a finite number")
    if not -180 <= west < east <= 180:
        raise ValueError(f"{text!r}: west and east are longitudes, -180 <= W < E <= 180")
    if not -MAX_LATITUDE <= south < north <= MAX_LATITUDE:
        raise ValueError(f"{text!r}: south and north are latitudes, -85 <= S < N <= 85")
    return west, south, east, north
