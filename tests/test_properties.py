"""Properties that hold for every input, searched for with Hypothesis.

The suite runs the bounded, derandomised "ci" profile; HYPOTHESIS_PROFILE=long searches
with fresh randomness and many more examples (see README, Reliability).
"""

import copy
import json
import math
import os

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.model import dates
from viewer.model.loader import INTERNAL_ERROR, load_bytes
from viewer.resources_path import sample_path

settings.register_profile("ci", derandomize=True, database=None, deadline=None, max_examples=1000,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", derandomize=False, database=None, deadline=None, max_examples=50_000,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def share(fraction: float) -> settings:
    """This test's part of the profile's examples."""
    return settings(PROFILE, max_examples=max(10, int(PROFILE.max_examples * fraction)))


# -- the date resolver -------------------------------------------------------

def assert_a_date_or_its_own_error(text: str) -> None:
    try:
        when = dates.resolve(text)
    except dates.DateError as exc:
        assert " is not a date" in str(exc)
        return
    bounds = (when.earliest, when.start_lo, when.start_hi, when.end_lo, when.end_hi, when.latest)
    assert not any(math.isnan(b) for b in bounds), text
    assert when.earliest <= when.latest, text
    assert when.earliest <= when.start_lo and when.end_hi <= when.latest, text
    assert when.display


EDTF_PIECES = st.sampled_from([
    "2025", "1985", "0000", "-0044", "9999", "-", "04", "12", "13", "21", "24", "41", "00", "31", "29", "02",
    "X", "XX", "u", "?", "~", "%", "/", "..", "T", "14", ":05", ":60", "Z", "+01:00", "-14", ".5",
    "Y", "Y170000002", "E", "E3", "S", "S2", "[", "]", "{", "}", ",", " ", "open", "unknown",
    "1" * 30, "9" * 5000,
])


@share(0.5)
@given(st.text(max_size=80))
def test_resolver_on_any_text_gives_ordered_bounds_or_a_date_error(text):
    assert_a_date_or_its_own_error(text)


@share(0.5)
@given(st.one_of(st.lists(EDTF_PIECES, max_size=12).map("".join),
                 st.text(alphabet="0123456789-/:.~?%XuYES[]{},TZ+ ", max_size=40)))
def test_resolver_on_edtf_like_text_gives_ordered_bounds_or_a_date_error(text):
    assert_a_date_or_its_own_error(text)


# -- the loader ----------------------------------------------------------------

def small_sample() -> dict:
    """The sample cut to a few records, references intact where they can be."""
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    data["events"] = data["events"][:3]
    for key in ("segments", "actors", "places", "sources", "eras"):
        data[key] = data[key][:3]
    return data


SAMPLE = small_sample()
SMALL = copy.deepcopy(SAMPLE)  # YAML is read by a pure-Python parser: a smaller document for it
SMALL["events"], SMALL["segments"] = SMALL["events"][:1], SMALL["segments"][2:3]
SAMPLE_JSON = json.dumps(SAMPLE, indent=1, ensure_ascii=False).encode()
SAMPLE_YAML = yaml.safe_dump(SMALL, allow_unicode=True, sort_keys=False).encode()

HOSTILE_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    st.just(10**4000), st.just("9" * 5000), st.just(-(2**70)), st.just(1e308),
    st.text(max_size=30), st.sampled_from(["", " ", "\x1b[31m", "a\nb", "\u202eevil", "<b>x</b>", "2025-13-45",
                                           "Y" + "1" * 5000, "../..", "http://x", "\x00"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def paths_in(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths_in(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths_in(item, (*path, index))


ALL_PATHS = [p for p in paths_in(SAMPLE) if p]


@st.composite
def mutated_documents(draw) -> dict:
    """The sample with a few values replaced, removed or given a neighbour."""
    data = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            last = path[-1]
            action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
            if action == "replace":
                parent[last] = draw(HOSTILE_VALUES)
            elif action == "delete":
                del parent[last]
            elif isinstance(parent, list):
                parent.insert(last, copy.deepcopy(parent[last]))
            else:
                parent[f"{last}_again"] = copy.deepcopy(parent[last])
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this place
    return data


@st.composite
def mutated_bytes(draw, original: bytes) -> bytes:
    """The text with a few bytes deleted, inserted, replaced or copied elsewhere."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["delete", "insert", "replace", "copy", "truncate"]))
        if action == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif action == "insert":
            data[at:at] = draw(st.one_of(st.binary(max_size=8), st.sampled_from(
                [b"{", b"[", b"]", b"}", b",", b":", b'"', b"\\", b"\xff", b"\xc3", b"-", b"\n  - ", b": &a",
                 b"*a", b"!!int ", b"!!python/object ", b"9" * 5000, b"1e999", b"NaN", b"[" * 2000])))
        elif action == "replace" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "copy" and at < len(data):
            size = draw(st.integers(1, 200))
            data[draw(st.integers(0, len(data))):0] = data[at:at + size]
        elif action == "truncate":
            del data[at:]
    return bytes(data)


def assert_every_finding_is_placed(data: bytes, name: str) -> None:
    result = load_bytes(data, name)  # must not raise
    assert result.findings or result.document is not None
    for finding in result.findings + [f for item in result.findings for f in item.follow_ons]:
        assert INTERNAL_ERROR not in finding.message, finding.message
        assert finding.path == name
        assert finding.line >= 1 and finding.column >= 1, finding.format()
        assert "\n" not in finding.format()


def as_json(data: dict) -> bytes:
    return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8", "surrogatepass")


def as_yaml(data: dict) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8", "surrogatepass")


@share(0.25)
@given(mutated_documents())
def test_loader_on_json_with_mutated_values_never_raises_and_places_every_finding(data):
    assert_every_finding_is_placed(as_json(data), "mutated.json")


@share(0.25)
@given(mutated_bytes(SAMPLE_JSON))
def test_loader_on_json_with_mutated_bytes_never_raises_and_places_every_finding(data):
    assert_every_finding_is_placed(data, "mutated.json")


@share(0.1)
@given(mutated_documents())
def test_loader_on_yaml_with_mutated_values_never_raises_and_places_every_finding(data):
    assert_every_finding_is_placed(as_yaml(data), "mutated.yaml")


@share(0.1)
@given(mutated_bytes(SAMPLE_YAML))
def test_loader_on_yaml_with_mutated_bytes_never_raises_and_places_every_finding(data):
    assert_every_finding_is_placed(data, "mutated.yaml")
