"""The column path gives exactly what resolving each string alone gives."""

import random

import numpy as np

from viewer.model.date_columns import resolve_column
from viewer.model.dates import DateError, resolve
from viewer.model.iso_columns import resolve_plain
from viewer.model.synthetic import synthetic_document


def converted_by_arrays(texts):
    n = len(texts)
    return resolve_plain(texts, np.empty((n, 6)), np.empty(n, np.int8), np.empty(n, np.int32))


def expected(texts):
    rows = []
    for text in texts:
        try:
            w = resolve(text)
        except DateError as exc:
            rows.append(str(exc))
        else:
            rows.append((w.start_lo, w.start_hi, w.end_lo, w.end_hi, w.earliest, w.latest, int(w.precision), w.flags,
                         w.ends, w.offset))
    return rows


def check(texts):
    got = resolve_column(texts)
    for row, want in enumerate(expected(texts)):
        if isinstance(want, str):
            assert got.errors.get(row) == want, texts[row]
        else:
            assert row not in got.errors, texts[row]
            assert tuple(got.bounds[row]) + (int(got.precision[row]), int(got.flags[row]), int(got.ends[row]),
                                            int(got.offset[row])) == want, texts[row]


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


def _date_time(rng, zone):
    y, m, d = rng.randint(0, 9999), rng.randint(1, 12), rng.randint(1, 28)
    text = f"{y:04d}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}"
    parts = rng.randint(0, 2)
    if parts >= 1:
        text += f":{rng.randint(0, 59):02d}"
    if parts == 2:
        text += f":{rng.randint(0, 59):02d}"
        if rng.random() < 0.4:
            text += rng.choice(".,") + "".join(rng.choices("0123456789", k=rng.randint(1, 9)))
    return text + zone


def test_date_times_with_offsets_fractions_and_local_time_match_the_resolver():
    rng = random.Random(11)
    zones = ("Z", "", "+00:00", "+02:00", "-05:00", "+05:30", "+0530", "-03", "+14:00", "-12:45")
    texts = ["2025-04-04T24:00Z", "2025-04-04T24:00:00.000+01:00", "2025-04-04T00:00:00.5-14:00",
             "1970-01-01T00:00:00.1Z", "0000-01-01T00:30+01:00", "9999-12-31T23:59:59.999999999Z",
             "-0044-03-15T12:00Z", "-0044-03-15", "-1740", "2024-02-29T12:00:00.123456789012345Z"]
    for _ in range(3000):
        texts.append(_date_time(rng, rng.choice(zones)))
        start, end = _date_time(rng, rng.choice(zones)), _date_time(rng, rng.choice(zones))
        texts += [f"{start}/{end}", f"{start}/..", f"../{end}", f"{start}/", f"/{end}"]
    check(texts)
    errors = resolve_column(texts).errors
    assert not errors.keys() - {i for i, t in enumerate(texts) if "/" in t}
    # Every valid one was converted by the array path, so the check above compared that path.
    assert converted_by_arrays(texts).sum() == len(texts) - len(errors)


def test_years_months_qualifiers_and_their_intervals_match_the_resolver():
    rng = random.Random(5)
    texts = []
    for _ in range(2000):
        y = rng.randint(-9999, 9999)
        year = f"{y:05d}" if y < 0 else f"{y:04d}"
        month = f"{year}-{rng.randint(1, 12):02d}"
        day = f"{month}-{rng.randint(1, 28):02d}"
        for point in (year, month, day):
            texts += [point, point + rng.choice("?~%"), f"{point}/..", f"../{point}{rng.choice('?~%')}"]
        texts.append(f"{rng.choice((year, month, day))}/{rng.choice((year, month, day))}")
    check(texts)
    assert converted_by_arrays(texts).all()


def test_impossible_digits_in_plain_shapes_get_the_resolvers_message():
    texts = ["2025-04-04T24:01Z", "2025-04-04T24:00:00.001Z", "2025-04-04T23:59:60Z", "2025-04-04T25Z",
             "2025-04-04T10:00+14:30", "2025-04-04T10:00+15:00", "2025-04-04T10:00+05:60",
             "2025-04-31T10:00:00Z", "2023-02-29", "-0000", "-0000-01-01", "2025-00", "2025-13~",
             "2025-21", "2025-41?", "2025-04-04T10:00Z?", "2025-04-04T10:00:00.1234567890123456Z",
             "2025-04-05T00:00Z/2025-04-04T23:59Z", "2025/2024", "../..", "/", "2025-04-04T10:00Z/2025/2026",
             "2025-04-04 10:00Z", " 2025-04-04", "2025-04-04\x00", "２０２５-04-04", "2025-04-04T10:00:00z"]
    check(texts)


def test_random_strings_match_the_resolver():
    rng = random.Random(3)
    alphabet = "0123456789-:T Z+/.,?~%X"
    texts = ["".join(rng.choices(alphabet, weights=[6] * 10 + [3] * 13, k=rng.randint(0, 30)))
             for _ in range(20000)]
    texts += [t[:k] for t in ("2025-04-04T10:20:30.25+05:30/2025-04-05T00:00:00Z",) for k in range(50)]
    check(texts)


def test_sort_keys_of_a_column_match_each_texts_key():
    from viewer.model.citations import date_sort_key
    from viewer.model.date_columns import sort_keys

    texts = [None, "", "2025-04-04T10:00:00+02:00", "../2025-04", "2025-04~", "2025-13-01", "2025/..",
             "[2024, 2025]", "2025-04-04T10:00:00+02:00", "not a date", "../.."]
    assert sort_keys(texts).tolist() == [date_sort_key(t) for t in texts]


def test_plain_forms_keep_each_ends_qualifiers_and_the_written_offset():
    check(["2025-07-10T14:00+03:00", "2025-07-10T14:00-0530", "2025-07-10T14:00Z", "2025-07-10T14:00",
           "2025-04~/2025-05-20", "2025-04/2025-05-20?", "2025-04-01%/..", "/2025-07-10~",
           "2025-07-10T14:00/2025-07-10T15:00-05:00", "2025-07-10T14:00Z/..", "[2025-07-10..]"])
