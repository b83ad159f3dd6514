"""Property tests: mutated copies of real ACLED, GDELT, Timesketch and Plaso files never make an
importer raise, every finding and every event's origin stands on a line of the file, and what
is imported loads.

Bounded and derandomised in the suite; HYPOTHESIS_PROFILE=long searches with fresh randomness
and many more examples.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from bulk_import_helpers import DATA, loaded, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.importers import acled, gdelt, l2tcsv, plaso_dynamic, timesketch
from viewer.importers.base import ImportRefused

EXAMPLES = 1500 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 30
PROFILE = settings(derandomize=os.environ.get("HYPOTHESIS_PROFILE") != "long", database=None, deadline=None,
                   max_examples=EXAMPLES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _cut(path: Path, lines: int) -> bytes:
    return b"\n".join(path.read_bytes().split(b"\n")[:lines]) + b"\n"


CASES = {
    "acled": (acled, _cut(DATA / "acled" / "acledR-world-2022.csv", 12)),
    "gdelt": (gdelt, _cut(DATA / "gdelt" / "gdelt1-daily-2016-07-28.tsv", 10)),
    "timesketch-csv": (timesketch, (DATA / "timesketch" / "sigma_events.csv").read_bytes()),
    "timesketch-jsonl": (timesketch, (DATA / "timesketch" / "sigma_events.jsonl").read_bytes()),
    "l2tcsv": (l2tcsv, _cut(DATA / "plaso" / "l2tcsv_time_zone.log", 10)),
    "plaso-dynamic": (plaso_dynamic, _cut(DATA / "plaso" / "dynamic_time_zone.log", 10)),
}
PIECES = [b",", b"\t", b"\n", b"\r\n", b'"', b'""', b"\x00", b"\xff\xfe", b"\xe9", b"-", b"", b"9" * 30,
          b"2022-02-30", b"99/99/9999", b"\xef\xbb\xbf", b"{", b"}"]


@st.composite
def mutated(draw, data: bytes) -> bytes:
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["delete", "insert", "replace"]))
        size = draw(st.integers(0, 40))
        piece = draw(st.sampled_from(PIECES) | st.binary(max_size=8))
        if kind == "delete":
            data = data[:at] + data[at + size:]
        elif kind == "insert":
            data = data[:at] + piece + data[at:]
        else:
            data = data[:at] + piece + data[at + size:]
    return data


@pytest.mark.parametrize("case", sorted(CASES))
def test_mutated_files_never_break_an_importer_and_every_finding_has_its_place(case):
    module, original = CASES[case]

    @PROFILE
    @given(mutated(original))
    def check(data: bytes):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"mutated-{case}.txt"
            path.write_bytes(data)
            lines = len(re.findall(rb"\r\n|\n|\r", data)) + 1  # a lone CR ends a line too, as editors show
            try:
                document, report = run(module, path)
            except ImportRefused as refusal:  # the whole file is not of this kind: said in one sentence
                assert str(refusal) and 0 <= refusal.line <= lines
                return
            for finding in report.findings:
                assert finding.message
                assert 0 <= (finding.line or 0) <= lines, finding.format()
            for event in document["events"]:
                assert 1 <= event["origin"]["line"] <= lines
                assert event["title"] and event["when"]
            shown, findings = loaded(document)
            assert shown is not None

    check()
