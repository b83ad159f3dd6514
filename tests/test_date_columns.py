"""The column path gives exactly what resolving each string alone gives."""

import random

import numpy as np

from viewer.model.date_columns import resolve_column
from viewer.model.dates import DateError, resolve
from viewer.model.synthetic import synthetic_document


def expected(texts):
    rows = []
    for text in texts:
        try:
            w = resolve(text)
        except DateError as exc:
            rows.append(str(exc))
        else:
            rows.append((w.start_lo, w.start_hi, w.end_lo, w.end_hi, w.earliest, w.latest, int(w.precision), w.flags))
    return rows


def check(texts):
    got = resolve_column(texts)
    for row, want in enumerate(expected(texts)):
        if isinstance(want, str):
            assert got.errors.get(row) == want, texts[row]
        else:
            assert row not in got.errors, texts[row]
            assert tuple(got.bounds[row]) + (int(got.precision[row]), int(got.flags[row])) == want, texts[row]


def test_synthetic_dates_match_the_resolver():
    check([e["when"] for e in synthetic_document(3000)["events"]])


def test_fast_shapes_with_edge_values_match_the_resolver():
    rng = random.Random(7)
    texts = ["0000-01-01", "0001-01-01", "9999-12-31", "2024-02-29", "1900-02-28", "2000-02-29",
             "2025-01-01/2025-01-01", "1999-12-31T23:59Z", "0000-03-01T00:00Z"]
    for _ in range(2000):
        y, m, d = rng.randint(0, 9999), rng.randint(1, 12), rng.randint(1, 28)
        texts += [f"{y:04d}-{m:02d}-{d:02d}", f"{y:04d}-{m:02d}-{d:02d}/{min(y + 1, 9999):04d}-01-01",
                  f"{y:04d}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}Z"]
    check(texts)


def test_bad_strings_in_a_fast_shape_get_the_resolvers_message():
    texts = ["2025-04-04", "2025-13-01", "2023-02-29", "2025-04-31/2025-05-01", "2025-05-01/2025-04-01",
             "2025-04-04T24:30Z", "2025-04-04T10:60Z", "2025-04-04", "abcd-ef-gh"]
    check(texts)
    assert set(resolve_column(texts).errors) == {1, 2, 3, 4, 5, 6, 8}


def test_empty_column():
    got = resolve_column([])
    assert got.bounds.shape == (0, 6) and got.errors == {}
    assert np.all(got.precision == np.zeros(0))
