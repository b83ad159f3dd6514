"""Build resources/map/countries.json, the country outlines of the map pane.

Source: Natural Earth 1:110m "Admin 0 - Countries" (public domain) in the copy
that geopandas 0.14.x bundles as ``datasets/naturalearth_lowres``. The file is
read with pyshp; geopandas itself is never imported, only its package folder
is located (geopandas 1.0 dropped the bundled data, so pass ``--shapefile``
when that copy is not at hand).

Each ring is simplified with Douglas-Peucker, rounded to 3 decimals (about
100 m) and dropped when it collapses. Rings are stored without telling outer
rings from holes (Lesotho is a hole in South Africa): fill with the even-odd
rule. Each country gets a label point well inside its largest ring.

    python tools/make_map_outlines.py [--tolerance 0.05] [--shapefile PATH]
"""

from __future__ import annotations

import argparse
import heapq
import importlib.metadata
import importlib.util
import json
import math
import sys
from pathlib import Path

import shapefile  # pyshp

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "resources" / "map" / "countries.json"
DEFAULT_TOLERANCE = 0.05  # degrees; ~5 km, below what the 1:110m data resolves anyway
DECIMALS = 3
LABEL_PRECISION = 0.01  # degrees

# Natural Earth writes -99 where ISO 3166 has no code or the code is disputed.
# Kosovo uses the user-assigned XKX (EU, IMF); N. Cyprus and Somaliland have no
# ISO code and keep Natural Earth's own ADM0_A3 codes.
ISO_BY_NAME = {
    "France": "FRA",
    "Norway": "NOR",
    "Kosovo": "XKX",
    "N. Cyprus": "CYN",
    "Somaliland": "SOL",
}

Point = tuple[float, float]
Ring = list[Point]


# --- locating and reading the source -------------------------------------

def bundled_shapefile() -> tuple[Path, str]:
    """The naturalearth_lowres copy inside the installed geopandas, and its version."""
    spec = importlib.util.find_spec("geopandas")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("geopandas 0.14.x is not installed; pass --shapefile PATH")
    version = importlib.metadata.version("geopandas")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "datasets" / "naturalearth_lowres" / "naturalearth_lowres.shp"
        if path.is_file():
            return path, version
    raise SystemExit(f"geopandas {version} has no bundled naturalearth_lowres "
                     "(removed in 1.0); install geopandas<1 or pass --shapefile PATH")


def read_countries(path: Path) -> list[dict]:
    # The .dbf is Latin-1 ("Côte d'Ivoire"); pyshp 3 reads the .cpg itself, older
    # releases assume UTF-8 unless told, so pass what the .cpg says.
    cpg = path.with_suffix(".cpg")
    encoding = cpg.read_text(encoding="ascii").strip() if cpg.is_file() else "utf-8"
    countries = []
    with shapefile.Reader(str(path), encoding=encoding) as reader:
        for item in reader.iterShapeRecords():
            shape = item.shape
            # naturalearth_lowres has lower-case field names, Natural Earth's own file upper case.
            record = {k.lower(): v for k, v in item.record.as_dict().items()}
            if shape.shapeType == shapefile.NULL or not shape.points:
                continue
            bounds = list(shape.parts) + [len(shape.points)]
            rings = [[(float(x), float(y)) for x, y in shape.points[a:b]]
                     for a, b in zip(bounds, bounds[1:])]
            name = str(record["name"]).strip()
            iso = str(record["iso_a3"]).strip()
            if iso == "-99":
                iso = ISO_BY_NAME.get(name, iso)
                if iso == "-99":
                    print(f"warning: no ISO A3 code for {name!r}", file=sys.stderr)
            countries.append({"name": name, "iso_a3": iso,
                              "continent": str(record["continent"]).strip(),
                              "rings": rings})
    return countries


# --- geometry ---------------------------------------------------------------

def segment_distance(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """Open polyline; keeps both ends. Iterative so long rings cannot hit the recursion limit."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, worst_at = -1.0, -1
        for i in range(first + 1, last):
            d = segment_distance(points[i], points[first], points[last])
            if d > worst:
                worst, worst_at = d, i
        if worst > tolerance:
            keep[worst_at] = True
            stack += [(first, worst_at), (worst_at, last)]
    return [p for p, k in zip(points, keep) if k]


def ring_area(ring: Ring) -> float:
    """Shoelace area in square degrees, signed."""
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))


def ground_area(ring: Ring) -> float:
    """Area in squared degrees of latitude, so high-latitude islands do not outweigh mainlands."""
    mid_lat = sum(y for _, y in ring) / len(ring)
    return abs(ring_area(ring)) * math.cos(math.radians(mid_lat))


def simplify_ring(ring: Ring, tolerance: float) -> Ring | None:
    """Simplified, rounded, closed ring; None when it collapses."""
    open_ring = ring[:-1] if ring[0] == ring[-1] else ring[:]
    if len(open_ring) < 3:
        return None
    # Split at the vertex farthest from the start: DP on a closed ring needs two anchors,
    # otherwise first == last and every distance is measured to a single point.
    far = max(range(len(open_ring)), key=lambda i: math.dist(open_ring[0], open_ring[i]))
    if far == 0:
        return None
    closed = open_ring + [open_ring[0]]
    kept = douglas_peucker(closed[:far + 1], tolerance)[:-1] + douglas_peucker(closed[far:], tolerance)
    rounded: Ring = []
    for x, y in kept:
        p = (round(x, DECIMALS), round(y, DECIMALS))
        if not rounded or p != rounded[-1]:
            rounded.append(p)
    if rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    if len(rounded) < 4 or abs(ring_area(rounded)) < tolerance * tolerance:
        return None
    return rounded


def inside(p: Point, rings: list[Ring]) -> bool:
    """Even-odd rule over all rings, so holes count as outside."""
    x, y = p
    result = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                result = not result
    return result


def signed_distance(p: Point, rings: list[Ring]) -> float:
    d = min(segment_distance(p, a, b) for ring in rings for a, b in zip(ring, ring[1:]))
    return d if inside(p, rings) else -d


def label_point(rings: list[Ring]) -> Point:
    """Approximate pole of inaccessibility of the largest ring (quadtree search).

    x is scaled by cos(latitude) first so "far from the border" means ground
    distance rather than degrees.
    """
    largest = max(rings, key=ground_area)
    xs, ys = [x for x, _ in largest], [y for _, y in largest]
    k = math.cos(math.radians((min(ys) + max(ys)) / 2))
    scaled = [[(x * k, y) for x, y in r] for r in rings]
    x0, x1, y0, y1 = min(xs) * k, max(xs) * k, min(ys), max(ys)
    size = min(x1 - x0, y1 - y0)
    if size <= 0:
        return largest[0]

    def cell(cx: float, cy: float, half: float) -> tuple[float, float, float, float, float]:
        d = signed_distance((cx, cy), scaled)
        return (-(d + half * math.sqrt(2)), d, cx, cy, half)  # heap key: best possible distance

    heap = []
    cy = y0 + size / 2
    while cy - size / 2 < y1:
        cx = x0 + size / 2
        while cx - size / 2 < x1:
            heapq.heappush(heap, cell(cx, cy, size / 2))
            cx += size
        cy += size
    best = cell((x0 + x1) / 2, (y0 + y1) / 2, 0.0)
    while heap:
        _, d, cx, cy, half = c = heapq.heappop(heap)
        if d > best[1]:
            best = c
        if -c[0] - best[1] <= LABEL_PRECISION:
            continue
        h = half / 2
        for sx in (-h, h):
            for sy in (-h, h):
                heapq.heappush(heap, cell(cx + sx, cy + sy, h))
    return best[2] / k, best[3]


# --- output -----------------------------------------------------------------

def compact(v: float) -> float | int:
    v = round(v, DECIMALS)
    return int(v) if v.is_integer() else v


def build(countries: list[dict], tolerance: float) -> list[dict]:
    out = []
    for c in sorted(countries, key=lambda c: c["name"]):
        rings = [r for r in (simplify_ring(r, tolerance) for r in c["rings"]) if r]
        if not rings:
            # Too small for the tolerance (a small island state): ship it unsimplified.
            rings = [r for r in (simplify_ring(r, 0.0) for r in c["rings"]) if r]
            rings = [max(rings, key=ground_area)]
        lon, lat = label_point(rings)
        label = (compact(lon), compact(lat))
        if not inside(label, rings):
            raise SystemExit(f"label point {label} of {c['name']} falls outside it")
        out.append({"name": c["name"], "iso_a3": c["iso_a3"], "continent": c["continent"],
                    "label": list(label),
                    "rings": [[[compact(x), compact(y)] for x, y in r] for r in rings]})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shapefile", type=Path,
                        help="naturalearth_lowres.shp or ne_110m_admin_0_countries.shp "
                             "(default: the copy bundled with geopandas 0.14.x)")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                        help=f"Douglas-Peucker tolerance in degrees (default {DEFAULT_TOLERANCE})")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    if args.tolerance < 0:
        parser.error("--tolerance must not be negative")

    if args.shapefile:
        path, origin = args.shapefile, f"from {args.shapefile.name}"
    else:
        path, version = bundled_shapefile()
        origin = f"from geopandas {version} naturalearth_lowres"
    countries = build(read_countries(path), args.tolerance)
    document = {
        "source": f"Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), {origin}",
        "license": "public domain",
        "generated_by": "tools/make_map_outlines.py",
        "tolerance_deg": args.tolerance,
        "countries": countries,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
    args.output.write_text(text, encoding="utf-8")
    points = sum(len(r) for c in countries for r in c["rings"])
    print(f"{args.output}: {len(countries)} countries, {points} points, "
          f"{len(text.encode('utf-8')) / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
