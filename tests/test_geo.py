"""Country outlines, GeoJSON geometry checks and the map projection (no Qt)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from viewer.model import geo
from viewer.resources_path import resource

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def countries():
    return {c.name: c for c in geo.load_country_outlines()}


# --- shipped outlines ---------------------------------------------------------


def test_outline_file_is_small_and_documented():
    path = resource("map", "countries.json")
    assert path.stat().st_size < 400 * 1024
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["license"] == "public domain"
    assert "Natural Earth" in document["source"]
    assert document["generated_by"] == "tools/make_map_outlines.py"
    assert document["tolerance_deg"] > 0
    assert (path.parent / "README.md").is_file()


def test_outlines_cover_the_world(countries):
    assert len(countries) > 150
    assert all(len(c.iso_a3) == 3 and c.iso_a3 != "-99" for c in countries.values())
    assert countries["France"].iso_a3 == "FRA"
    assert countries["Norway"].iso_a3 == "NOR"
    assert countries["Kosovo"].iso_a3 == "XKX"
    assert countries["Ukraine"].continent == "Europe"


def test_loading_is_cached(countries):
    again = geo.load_country_outlines()
    assert again[0] is geo.load_country_outlines()[0]
    assert not again[0].rings[0].flags.writeable


@pytest.mark.parametrize("name", ["Ukraine", "Russia", "United Kingdom", "France", "Turkey"])
def test_rings_are_closed_float_arrays(countries, name):
    rings = countries[name].rings
    assert rings
    for ring in rings:
        assert ring.dtype == np.float64 and ring.ndim == 2 and ring.shape[1] == 2
        assert len(ring) >= 4
        assert np.array_equal(ring[0], ring[-1])
        assert np.all(np.abs(ring[:, 0]) <= 180) and np.all(np.abs(ring[:, 1]) <= 90)


@pytest.mark.parametrize("name", ["Ukraine", "Russia", "United Kingdom", "France",
                                  "Turkey", "Romania", "Poland"])
def test_label_point_lies_inside_the_country(countries, name):
    country = countries[name]
    lon, lat = country.label
    assert geo.point_in_rings(lon, lat, country.rings)


def test_ukraine_label_is_inside_its_bounding_box(countries):
    ukraine = countries["Ukraine"]
    everything = np.concatenate(ukraine.rings)
    (x0, y0), (x1, y1) = everything.min(axis=0), everything.max(axis=0)
    lon, lat = ukraine.label
    assert x0 < lon < x1 and y0 < lat < y1
    assert 22 < lon < 41 and 44 < lat < 53
    assert not geo.point_in_rings(37.6, 55.75, ukraine.rings)  # Moscow


def test_point_in_rings_respects_holes(countries):
    # Lesotho is a hole in South Africa's outline.
    lesotho = countries["Lesotho"]
    lon, lat = lesotho.label
    assert geo.point_in_rings(lon, lat, lesotho.rings)
    assert not geo.point_in_rings(lon, lat, countries["South Africa"].rings)


# --- geometry validation ---------------------------------------------------------

SQUARE = [[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]


@pytest.mark.parametrize("geometry", [
    {"type": "Point", "coordinates": [30.5, 50.45]},
    {"type": "Point", "coordinates": [30.5, 50.45, 120.0]},
    {"type": "Point", "coordinates": [-180, 90]},
    {"type": "MultiPoint", "coordinates": [[30, 50], [31, 51]]},
    {"type": "LineString", "coordinates": [[30, 50], [31, 51]]},
    {"type": "MultiLineString", "coordinates": [[[30, 50], [31, 51]], [[32, 50], [33, 51]]]},
    {"type": "Polygon", "coordinates": [SQUARE]},
    {"type": "MultiPolygon", "coordinates": [[SQUARE], [[[40, 40], [41, 40], [41, 41], [40, 40]]]]},
    {"type": "GeometryCollection", "geometries": [
        {"type": "Point", "coordinates": [30, 50]}, {"type": "Polygon", "coordinates": [SQUARE]}]},
])
def test_sound_geometries_pass(geometry):
    assert geo.validate_geometry(geometry) == []


def _one_problem(geometry) -> str:
    problems = geo.validate_geometry(geometry)
    assert len(problems) == 1, problems
    return problems[0]


def test_latitude_out_of_range_names_the_position():
    line = {"type": "LineString", "coordinates": [[30, 50], [31, 50], [32, 50], [33, 999]]}
    assert _one_problem(line) == "latitude 999 is outside -90..90 at coordinates[3]"
    polygon = {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 999], [30, 50]]]}
    assert _one_problem(polygon) == "latitude 999 is outside -90..90 at coordinates[0][3]"


def test_longitude_out_of_range():
    assert "longitude 181 is outside -180..180" in _one_problem({"type": "Point", "coordinates": [181, 0]})


def test_nan_and_infinity_are_rejected():
    assert "latitude nan is not a finite number at coordinates" == _one_problem(
        {"type": "Point", "coordinates": [30, math.nan]})
    assert "longitude inf is not a finite number" in _one_problem(
        {"type": "Point", "coordinates": [math.inf, 50]})
    # As Python's json module reads it from a file.
    assert "not a finite number" in _one_problem(json.loads('{"type": "Point", "coordinates": [NaN, 50]}'))


def test_unclosed_ring():
    ring = [[30, 50], [31, 50], [31, 51], [30, 51], [31, 50]]
    assert _one_problem({"type": "Polygon", "coordinates": [ring]}) == (
        "ring 0 is not closed: first point [30, 50] differs from last [31, 50] at coordinates[0]")


def test_too_short_ring():
    problem = _one_problem({"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [30, 50]]]})
    assert "ring 0 has only 3 positions" in problem and "at least 4" in problem


def test_multipolygon_problems_name_the_polygon():
    geometry = {"type": "MultiPolygon", "coordinates": [[SQUARE], [[[40, 40], [41, 40], [41, 41], [40, 41]]]]}
    assert _one_problem(geometry).endswith("at coordinates[1][0]")


def test_unknown_type():
    problem = _one_problem({"type": "Circle", "coordinates": [30, 50]})
    assert 'unknown geometry type "Circle"' in problem and "Polygon" in problem
    assert "no \"type\"" in _one_problem({"coordinates": [30, 50]})


def test_missing_coordinates():
    assert _one_problem({"type": "Polygon"}) == 'Polygon has no "coordinates"'


def test_string_and_boolean_coordinates():
    assert "got a string" in _one_problem({"type": "Point", "coordinates": "30.5,50.4"})
    assert _one_problem({"type": "Point", "coordinates": ["30.5", 50.4]}) == (
        'longitude "30.5" is not a number at coordinates')
    assert "latitude True is not a number" in _one_problem({"type": "Point", "coordinates": [30, True]})


def test_wrong_nesting_depth():
    # A ring written as a single position.
    assert _one_problem({"type": "Polygon", "coordinates": [[30, 50]]}) == (
        "expected an array of positions at coordinates[0], got [30, 50]; "
        "the coordinates are nested one level too shallow")
    assert "too shallow" in _one_problem({"type": "LineString", "coordinates": [30, 50]})
    assert _one_problem({"type": "Point", "coordinates": [[30, 50]]}) == (
        "expected a position [lon, lat] at coordinates, got an array of arrays; "
        "the coordinates are nested one level too deep")
    assert "got a number" in _one_problem({"type": "MultiPolygon", "coordinates": [[30, SQUARE]]})


def test_short_line_and_empty_geometry():
    assert "line has only 1 position at coordinates" in _one_problem(
        {"type": "LineString", "coordinates": [[30, 50]]})
    assert "empty" in _one_problem({"type": "MultiPoint", "coordinates": []})


def test_problems_inside_a_collection_name_the_member():
    geometry = {"type": "GeometryCollection", "geometries": [
        {"type": "Point", "coordinates": [30, 50]}, {"type": "Point", "coordinates": [30, 95]}]}
    assert _one_problem(geometry) == "latitude 95 is outside -90..90 at geometries[1].coordinates"
    assert "must be an object" in _one_problem("Point")


def test_problem_list_is_capped():
    line = {"type": "LineString", "coordinates": [[30, 100 + i] for i in range(500)]}
    problems = geo.validate_geometry(line)
    assert len(problems) == 21 and problems[-1] == "... and 480 more problems"


# --- geometry for drawing ------------------------------------------------------------


def test_geometry_to_paths_splits_by_kind():
    collection = {"type": "GeometryCollection", "geometries": [
        {"type": "MultiPolygon", "coordinates": [[SQUARE], [SQUARE, SQUARE]]},
        {"type": "LineString", "coordinates": [[30, 50, 10], [31, 51, 10]]},
        {"type": "Point", "coordinates": [35, 45]},
        {"type": "MultiPoint", "coordinates": [[36, 46], [37, 47]]},
    ]}
    rings, lines, points = geo.geometry_to_paths(collection)
    assert len(rings) == 3 and all(r.shape == (5, 2) for r in rings)
    assert len(lines) == 1 and lines[0].shape == (2, 2)  # altitude dropped
    assert points.shape == (3, 2) and points.dtype == np.float64
    assert geo.geometry_to_paths({"type": "LineString", "coordinates": [[0, 0], [1, 1]]})[2].shape == (0, 2)


def test_geometry_bounds():
    geometry = {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "coordinates": [SQUARE]}, {"type": "Point", "coordinates": [35, 45]}]}
    assert geo.geometry_bounds(geometry) == (30.0, 45.0, 35.0, 51.0)


def test_representative_point():
    # A C shape: the centre of its bounding box is outside it.
    c_shape = [[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]
    lon, lat = geo.representative_point({"type": "Polygon", "coordinates": [c_shape]})
    assert geo.point_in_rings(lon, lat, [np.array(c_shape, dtype=float)])
    donut = {"type": "Polygon", "coordinates": [
        [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]]}
    rings, _, _ = geo.geometry_to_paths(donut)
    assert geo.point_in_rings(*geo.representative_point(donut), rings)
    assert geo.representative_point({"type": "LineString", "coordinates": [[0, 0], [1, 1], [2, 0]]}) == (1, 1)
    assert geo.representative_point({"type": "LineString", "coordinates": [[0, 0], [2, 2]]}) == (1, 1)
    assert geo.representative_point({"type": "Point", "coordinates": [30, 50]}) == (30, 50)


def test_representative_point_of_real_countries(countries):
    for name in ("Ukraine", "Russia", "Croatia", "Chile", "Norway"):
        rings = countries[name].rings
        geometry = {"type": "MultiPolygon", "coordinates": [[r.tolist()] for r in rings]}
        assert geo.point_in_rings(*geo.representative_point(geometry), rings), name


# --- projection ------------------------------------------------------------------------


def test_projection_round_trips():
    lon = np.array([-180.0, -73.9, 0.0, 30.52, 179.9])
    lat = np.array([-80.0, 40.7, 0.0, 50.45, 85.0])
    x, y = geo.project(lon, lat)
    back_lon, back_lat = geo.unproject(x, y)
    np.testing.assert_allclose(back_lon, lon, atol=1e-9)
    np.testing.assert_allclose(back_lat, lat, atol=1e-9)
    assert geo.PROJECTION_NAME == "Mercator (spherical)"


def test_projection_units_are_km_at_the_equator():
    x, y = geo.project(1.0, 0.0)
    assert x == pytest.approx(111.32, abs=0.01) and y == pytest.approx(0.0)
    _, y_pole = geo.project(0.0, 90.0)
    assert np.isfinite(y_pole)  # clamped rather than infinite
    assert geo.km_per_unit(60.0) == pytest.approx(0.5)


@pytest.mark.parametrize(("km_per_unit", "target_px", "px_per_unit", "expected"), [
    (1.0, 100, 0.1, (1000.0, "1,000 km")),
    (1.0, 120, 0.1, (1000.0, "1,000 km")),
    (1.0, 199, 0.1, (1000.0, "1,000 km")),
    (1.0, 200, 0.1, (2000.0, "2,000 km")),
    (0.5, 100, 1.0, (50.0, "50 km")),
    (1.0, 100, 20.0, (5.0, "5 km")),
    (1.0, 100, 400.0, (0.2, "200 m")),
    (1.0, 100, 1000.0, (0.1, "100 m")),
])
def test_scale_bar_picks_round_lengths(km_per_unit, target_px, px_per_unit, expected):
    assert geo.scale_bar_length(km_per_unit, target_px, px_per_unit) == expected


def test_scale_bar_never_exceeds_the_target():
    for px_per_unit in np.geomspace(1e-4, 1e3, 200):
        km, _ = geo.scale_bar_length(0.7, 150, px_per_unit)
        assert km / 0.7 * px_per_unit <= 150 * (1 + 1e-9)
        mantissa = km / 10 ** math.floor(math.log10(km))
        assert round(mantissa, 9) in (1, 2, 5)
    with pytest.raises(ValueError):
        geo.scale_bar_length(1.0, 0, 1.0)


# --- stays Qt-free --------------------------------------------------------------------------


def test_geo_does_not_import_qt():
    code = ("import sys; import viewer.model.geo as g; g.load_country_outlines(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'PyQt5', 'PyQt6', 'shiboken6', 'pyqtgraph')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "[]"
