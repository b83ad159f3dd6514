"""Schema problems in words that say what to write.

Each field of the format has one line of help: what it holds and one example.
A problem found by the schema check (wrong type, not one of the allowed words,
out of range, wrong form, missing) is answered with that help, so the analyst
reads what the field wants instead of the schema's own wording.
"""

from __future__ import annotations

import difflib
import json

# field -> (what it holds, one example as it is written in the file)
FIELD_HELP: dict[str, tuple[str, str]] = {
    "format": ("always the text \"lagebild-events\"", '"lagebild-events"'),
    "version": ("the format version as text, 1.0 or 1.1", '"1.1"'),
    "document": ("an object with the title and description of the file", '{"title": "Coalition talks"}'),
    "origin": ("where an imported event came from: an object with file and format, and line and id when known",
               '{"file": "story.json", "format": "timelinejs3", "line": 12}'),
    "title": ("a short heading, not empty", '"Chiefs of staff visit Kyiv"'),
    "label": ("the name shown on the lane or band, not empty", '"Sky"'),
    "name": ("the name as it is shown, not empty", '"The Telegraph"'),
    "id": ("an identifier of 1 to 200 characters, unique in its list", '"kyiv-visit"'),
    "description": ("free text", '"Airspace monitoring"'),
    "notes": ("the analyst's own remarks as text", '"Date confirmed by a second outlet."'),
    "language": ("a BCP 47 language tag", '"en"'),
    "authors": ("a list of names", '["Desk A"]'),
    "created": ("an EDTF date as text", '"2025-04-26"'),
    "updated": ("an EDTF date as text", '"2025-04-26"'),
    "when": ("an EDTF date or interval as text", '"2025-04-04"'),
    "published": ("the publication date, an EDTF date as text", '"2025-04-26T02:31"'),
    "accessed": ("the date the source was read, an EDTF date as text", '"2025-04-27"'),
    "color": ("# and six hexadecimal digits (0-9, A-F)", '"#56B4E9"'),
    "actors": ("a list of actor ids", '["uk"]'),
    "segments": ("a list of segment ids", '["sky"]'),
    "places": ("a list of places", '[{"id": "kyiv", "name": "Kyiv"}]'),
    "sources": ("a list of sources", '[{"id": "telegraph", "name": "The Telegraph"}]'),
    "eras": ("a list of eras", '[{"id": "talks", "label": "Talks", "when": "2025-03/2025-04"}]'),
    "events": ("a list of events", '[{"id": "e1", "title": "Visit", "when": "2025-04-04"}]'),
    "tags": ("a list of words", '["visit"]'),
    "place": ("the id of one place", '"kyiv"'),
    "parent": ("the id of another actor", '"eu-allies"'),
    "source": ("the id of the source that published the quote", '"telegraph"'),
    "derived_from": ("a list of ids of the sources this one carries or relies on", '["upday"]'),
    "citations": ("a list of citations, each with a source and a quote",
                  '[{"source": "telegraph", "quote": "..."}]'),
    "quote": ("the quoted words, verbatim", '"The chiefs of staff travelled to Kyiv."'),
    "translation": ("a translation of the quote", '"The chiefs of staff travelled to Kyiv."'),
    "speaker": ("who said it", '"Unnamed official"'),
    "speaker_role": ("the speaker's position", '"Defence ministry"'),
    "location": ("where in the source the quote is", '"paragraph 3"'),
    "url": ("a web address", '"https://www.example.org/report"'),
    "status": ("one of occurred, reported, planned, hypothetical, disputed", '"planned"'),
    "condition": ("the words of the condition the event depends on", '"after a ceasefire"'),
    "disputed": ("who disputes the event, or why", '"denied by the Kremlin"'),
    "reliability": ("one capital letter A-F (the Admiralty grade of the source)", '"B"'),
    "credibility": ("a whole number 1-6 (the Admiralty grade of the quote)", "2"),
    "lat": ("degrees north, a number from -90 to 90", "50.45"),
    "lon": ("degrees east, a number from -180 to 180", "30.52"),
    "geometry": ("a GeoJSON geometry object", '{"type": "Point", "coordinates": [30.52, 50.45]}'),
}

# The same word means something else on some records.
_KIND_HELP = {
    "actors": ("one of state, organisation, person, group, other", '"state"'),
    "sources": ("one of newspaper, agency, broadcaster, official, anonymous, social-media, expert, ngo, "
                "other", '"newspaper"'),
}
_RECORD_WORD = {"segments": "segment", "actors": "actor", "places": "place", "sources": "source",
                "eras": "era", "events": "event", "citations": "citation", "document": "document"}
_DATE_FIELDS = ("when", "published", "accessed", "created", "updated")
_JSON_TYPE = {"string": "text", "integer": "a whole number", "number": "a number", "array": "a list",
              "object": "an object", "boolean": "true or false", "null": "null"}


def shown(value: object) -> str:
    """A value as it would be written in the file, cut short."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        try:
            text = repr(value)
        except ValueError:  # an integer past Python's 4,300-digit limit
            return "a number far too long to show"
    return text if len(text) <= 60 else text[:57] + "..."


def kind_of(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null" if value is None else type(value).__name__


def record_word(path: list) -> str:
    """"citation" for [..., 'citations', 0, 'credibility']: the record a field sits on."""
    names = [p for p in path if isinstance(p, str)]
    for name in reversed(names[:-1] if names else []):
        if name in _RECORD_WORD:
            return _RECORD_WORD[name]
    return "record"


def field_help(field: str, path: list) -> tuple[str, str] | None:
    if field == "kind":
        top = next((p for p in path if isinstance(p, str)), "")
        return _KIND_HELP.get(top)
    return FIELD_HELP.get(field)


def _unquoted_date(field: str, value: object) -> str | None:
    """YAML turns an unquoted [2025-07-10..] into a list and {2023, 2025} into an object."""
    if field not in _DATE_FIELDS:
        return None
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        written = "[" + ", ".join(str(v) for v in value) + "]"
    elif isinstance(value, dict) and all(v is None for v in value.values()):
        written = "{" + ", ".join(str(k) for k in value) + "}"
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        written = str(value)
    else:
        return None
    return f"{field} is text: put the date in quotes, as in {field}: \"{written}\""


def _special(field: str, value: object) -> str | None:
    """Hints for the mix-ups seen in practice."""
    if field == "reliability" and isinstance(value, str):
        letter, digit = value.strip()[:1].upper(), value.strip()[1:].strip(" -")
        if letter in "ABCDEF" and letter and digit.isdigit() and len(digit) <= 2:
            return (f"reliability is one capital letter A-F, e.g. \"{letter}\"; the digit of a grade like "
                    f"{letter}{digit} goes on each citation as \"credibility\": {digit}")
        if letter in "ABCDEF" and letter and not digit:
            return f"reliability is one capital letter A-F, e.g. \"{letter}\""
    if field == "credibility":
        if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 2:
            return f"credibility is a whole number 1-6 written without quotes, e.g. {value.strip()}"
        if isinstance(value, str) and value.strip()[:1].upper() in "ABCDEF" and value.strip():
            return ("credibility is a whole number 1-6, e.g. 2; the letter of a grade like B2 goes on "
                    "the source as \"reliability\": \"B\"")
    if field == "color" and isinstance(value, str) and len(value) == 6 and not value.startswith("#"):
        return f"color is # and six hexadecimal digits (0-9, A-F), e.g. \"#{value.upper()}\""
    if field == "status" and value == "conditional":
        return ("status is one of occurred, reported, planned, hypothetical, disputed, e.g. \"planned\"; "
                "write the condition itself in \"condition\"")
    return None


def schema_message(problem, where: list | tuple = ()) -> str:
    """One plain sentence for a jsonschema error of an event file record found at ``where``
    (["events", 3]), so that a field is explained as the record it sits on uses it."""
    path = [*where, *problem.absolute_path]
    validator = problem.validator
    if validator == "anyOf" and problem.context:
        # Optional fields are "this or null": the branch that is not null says what went wrong.
        branches = [c for c in problem.context if c.validator_value != "null"]
        problem = branches[0] if branches else problem.context[0]
        validator = problem.validator
        path = [*where, *problem.absolute_path]
    if validator == "required":
        missing = problem.validator_value
        absent = [name for name in missing if name not in (problem.instance or {})]
        name = absent[0] if absent else missing[0]
        if "origin" in path:  # inside an event's origin: say what the whole origin holds
            holds, example = FIELD_HELP["origin"]
            return f"origin is {holds}, e.g. \"origin\": {example}; \"{name}\" is missing"
        record = record_word(path + [name])
        helped = field_help(name, path + [name])
        if helped:
            holds, example = helped
            return f"missing \"{name}\": every {record} needs one ({holds}), e.g. \"{name}\": {example}"
        return f"missing \"{name}\": every {record} needs one"
    field = next((p for p in reversed(path) if isinstance(p, str)), "")
    in_list = bool(path) and isinstance(path[-1], int)
    value = problem.instance
    special = _unquoted_date(field, value) if not in_list else None
    special = special or (_special(field, value) if not in_list else None)
    if special:
        return special
    helped = field_help(field, path)
    if in_list and field in ("actors", "segments", "tags", "authors", "derived_from"):
        word = "a name" if field in ("tags", "authors") else "an id"
        found = f"{shown(value)} is {kind_of(value)}" if validator == "type" else f"{shown(value)}"
        example = helped[1][1:-1] if helped else '"x"'
        return f"each entry of {field} is {word} as text, e.g. {example}; found {found}"
    if validator == "minLength" and value == "":
        found = "it is empty"
    elif validator == "type":
        found = f"found {kind_of(value)}: {shown(value)}"
    elif validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        found = f"{shown(value)} is out of range"
    elif validator == "maxLength":
        found = f"it is {len(value)} characters long, more than {problem.validator_value}"
    else:
        found = f"not {shown(value)}"
    if helped is None:
        expected = problem.validator_value
        if validator == "type":
            return f"{field or 'this value'} is {_JSON_TYPE.get(expected, expected)}; {found}"
        return f"{field or 'this value'}: {found}"
    holds, example = helped
    return f"{field} is {holds}, e.g. {example}; {found}"


def did_you_mean(word: str, choices, cutoff: float = 0.6) -> str:
    """" (did you mean 'speaker'?)" for the closest of the choices, or ""."""
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    if not close:
        folded = {c.casefold(): c for c in choices if isinstance(c, str)}
        close = [folded[word.casefold()]] if word.casefold() in folded else []
    return f" (did you mean '{close[0]}'?)" if close else ""


def unknown_key_message(key: str, known) -> str:
    return f"unknown field '{key}'{did_you_mean(key, known)}; it is ignored"
