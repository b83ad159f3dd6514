"""The JSON Schema of the event file, generated from the record types.

Run ``python -m viewer.model.schema`` to rewrite the shipped copy in
``resources/schema``; a test keeps the two equal.
"""

from __future__ import annotations

import json
import sys
from functools import cache

import msgspec

from .records import FORMAT_NAME, FORMAT_VERSION, EventFile

SCHEMA_ID = "urn:lagebild:schema:events:1"


def build_schema() -> dict:
    # Through JSON and back, so that tuple defaults read as the lists a file writes.
    schema = msgspec.json.decode(msgspec.json.encode(msgspec.json.schema(EventFile)))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"Lagebild event file ({FORMAT_NAME} {FORMAT_VERSION})",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@cache
def record_validator(record_name: str):
    """A validator for one record type (Event, Segment, ...) that lists every problem."""
    from jsonschema import Draft202012Validator

    schema = build_schema()
    return Draft202012Validator({"$ref": f"#/$defs/{record_name}", "$defs": schema["$defs"]})


def main(argv: list[str] | None = None) -> int:
    from ..resources_path import schema_path

    target = schema_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
