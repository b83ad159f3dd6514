"""Read an event file into a Document, turning every problem into a finding.

The loader never raises for bad input and never writes to the file. A file
with some broken records still yields the valid ones. Something that is not
an event file at all is recognised from its first bytes and refused with one
error, before the whole of it is read.
"""

from __future__ import annotations

import gc
import json
import math
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
import numpy as np

from . import json_positions as positions
from .as_written import WRITTEN, WrittenFileOfRawEvents, as_record
from .assemble import assemble
from .event_fields import BATCH, EventFields
from .findings import Finding, Findings, pointer
from .json_positions import KEY_MARK
from .messages import FIELD_HELP, kind_of, record_word, schema_message, shown, unknown_key_message
from .progress import CancelFn, LoadCancelled, ProgressFn, Stages
from .records import FORMAT_NAME, RECORD_LISTS, DocumentInfo, Event
from .schema import record_validator
from .yaml_source import YamlProblem, load_yaml

MAX_FILE_BYTES = 4 * 1024**3
INTERNAL_ERROR = "Lagebild failed to read this file"
SNIFF_BYTES = 64 * 1024
_BOM = b"\xef\xbb\xbf"
_VERSION = re.compile(r"^1\.\d+$")
_LEADING_SPACE = re.compile(rb"\s*+")

__all__ = ["LoadCancelled", "LoadResult", "load_bytes", "load_file", "sniff"]


@dataclass
class LoadResult:
    path: str
    document: object | None  # model.document.Document
    findings: list[Finding]
    unreadable: bool = False  # the file itself could not be opened (missing, a folder, no permission)
    events_in_file: int = 0  # event records written in the file, loaded or not

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


def load_file(path: str | os.PathLike, progress: ProgressFn | None = None,
              is_cancelled: CancelFn | None = None) -> LoadResult:
    shown = str(path)
    findings = Findings(shown)

    def refuse(message: str, unreadable: bool = False, place: tuple[int, int] = (0, 0)) -> LoadResult:
        findings.items.append(Finding("error", message, "", shown, *place))
        return LoadResult(shown, None, findings.items, unreadable)

    target = Path(path)
    try:
        status = target.stat()
        size = status.st_size
        kind = _not_a_file(status.st_mode)
        if kind:
            return refuse(f"{kind}, not an event file; give the path of a JSON or YAML file", unreadable=True)
        if size == 0:
            return refuse("the file is empty")
        if size > MAX_FILE_BYTES:
            return refuse(f"the file is {size / 1024**3:.1f} GiB; event files over "
                          f"{MAX_FILE_BYTES // 1024**3} GiB are not read")
        with open(target, "rb") as handle:  # read only: the file is never changed
            head = handle.read(SNIFF_BYTES)
            problem = sniff(head, size)
            if problem:
                return refuse(problem, place=positions.line_column(head, _sniffed_at(head)))
            # Read again from the start rather than join two parts: one copy of the file, not two.
            # At most one byte past the limit: a file that grows while read is still refused.
            handle.seek(0)
            data = handle.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                return refuse(f"the file is over {MAX_FILE_BYTES // 1024**3} GiB; it is not read")
    except FileNotFoundError:
        return refuse("no such file", unreadable=True)
    except PermissionError:
        return refuse("permission denied: the file cannot be read", unreadable=True)
    except OSError as exc:
        return refuse(f"cannot be read: {exc.strerror or exc}", unreadable=True)
    except ValueError:  # a path with a NUL character in it names no file
        return refuse("no such file: the path holds a NUL character", unreadable=True)
    return load_bytes(data, shown, progress=progress, is_cancelled=is_cancelled)


def _not_a_file(mode: int) -> str | None:
    """What the path names, if it is not a regular file (reading a pipe or device would block or never end)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device"
    if stat.S_ISSOCK(mode):
        return "is a socket"
    return "is not a regular file"


def sniff(head: bytes, size: int) -> str | None:
    """A plain reason why these first bytes cannot start an event file, or None."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "the file is UTF-16 encoded; event files are UTF-8"
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"not a text file: binary data (a NUL byte at offset {nul}); expected JSON or YAML"
    body = head[len(_BOM):] if head.startswith(_BOM) else head
    stripped = body.lstrip()
    if not stripped and size <= len(head):
        return "the file holds only white space"
    lowered = stripped[:200].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "this is an HTML page, not an event file (expected JSON or YAML)"
    if lowered.startswith(b"<"):
        return "this looks like XML or HTML, not an event file (expected JSON or YAML)"
    if lowered.startswith(b"%pdf"):
        return "this is a PDF document, not an event file"
    return None


def _sniffed_at(head: bytes) -> int:
    """Where what sniff() recognised starts: the NUL byte, or the first thing after white space."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return 0
    nul = head.find(b"\x00")
    if nul >= 0:
        return nul
    start = len(_BOM) if head.startswith(_BOM) else 0
    return min(_leading_space_end(head, start), max(len(head) - 1, 0))


def _is_yaml(data: bytes, path: str) -> bool:
    suffix = Path(path).suffix.lower()
    if suffix in (".yaml", ".yml"):
        return True
    if suffix == ".json":
        return False
    return _first_character(data) not in (b"{", b"[")


def _leading_space_end(data: bytes, start: int = 0) -> int:
    match = _LEADING_SPACE.match(data, start)
    assert match is not None  # the pattern also matches no space at all
    return match.end()


def _first_character(data: bytes) -> bytes:
    """The first byte after white space (found without copying the text, as strip() would)."""
    start = _leading_space_end(data)
    return data[start:start + 1]


def load_bytes(data: bytes, path: str = "<memory>", progress: ProgressFn | None = None,
               is_cancelled: CancelFn | None = None) -> LoadResult:
    # Decoding builds millions of small objects with no cycles; letting the cyclic
    # collector rescan them all again and again would triple the load time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_bytes(data, path, progress, is_cancelled)
    except LoadCancelled:
        raise
    except MemoryError:
        return _fatal(Findings(path), "the file is too large to be read into memory", 1, 1)
    except Exception as exc:  # noqa: BLE001 - the promise is a finding, never a traceback
        return _fatal(Findings(path), f"{INTERNAL_ERROR} ({type(exc).__name__}: {str(exc)[:200]}); "
                                      "please report it with the file", 1, 1)
    finally:
        if collecting:
            gc.enable()


def _load_bytes(data: bytes, path: str, progress: ProgressFn | None,
                is_cancelled: CancelFn | None) -> LoadResult:
    findings = Findings(path)
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    if progress is not None:
        progress(0.02, f"Decoding {len(data) / 1e6:,.1f} MB")
    yaml_positions: dict[str, tuple[int, int]] | None = None
    typed: Any = None  # an as-written EventFile
    raw: object = None
    duplicates: list[tuple[str, str, tuple[int, int]]] = []
    try:
        if _is_yaml(data, path):
            bad = positions.first_bad_utf8(data)
            if bad is not None:
                return _fatal(findings, f"the file is not valid UTF-8 text (byte {bad}); save it as UTF-8",
                              *positions.line_column(data, bad))
            try:
                raw, yaml_positions, problems = load_yaml(data.decode("utf-8"))
            except YamlProblem as exc:
                return _fatal(findings, str(exc), exc.line, exc.column)
            for severity, where, message in problems:
                (findings.error if severity == "error" else findings.warning)(where, message)
        else:
            start = _leading_space_end(data)
            kind = next((k for prefix, k in _TOP_LEVEL_KINDS if data.startswith(prefix, start)), None)
            if kind:  # no need to decode a value that cannot be an event file
                return _fatal(findings, _not_an_object(kind), *positions.line_column(data, start))
            try:
                typed = _decode_skipping_events(data)
                events_read, once = _read_events(typed, data, Stages(progress, is_cancelled))
            except msgspec.ValidationError:
                typed = None
                raw = msgspec.json.decode(data)
                once = _keys_written_once(data, raw)
            if not once:
                duplicates = _duplicate_keys(data)
    except msgspec.DecodeError as exc:
        return _fatal(findings, *_json_syntax(str(exc), data))
    except RecursionError:
        return _fatal(findings, *_too_deep(data))
    except MemoryError:
        return _fatal(findings, "the file is too large to be read into memory")

    if typed is not None:
        info = as_record(typed.document, DocumentInfo)
        lists: dict[str, Any] = {key: _written_list(typed, key) for key in RECORD_LISTS if key != "events"}
        lists["events"] = events_read
        del typed
    else:
        checked = _records_from_raw(raw, findings)
        if checked is None:
            return _finish(findings, None, data, yaml_positions)
        info, lists = checked
    for where, key, place in duplicates:
        finding = findings.warning(where, f"{key!r} is written twice in this object; only this last one is read")
        if finding is not None:  # at the second key, which the pointer alone cannot tell from the first
            finding.line, finding.column = place
    document = assemble(info, lists, path, findings, progress, is_cancelled)
    return _finish(findings, document, data, yaml_positions, len(lists["events"]))


def _fatal(findings: Findings, message: str, line: int = 0, column: int = 0) -> LoadResult:
    findings.items.append(Finding("error", message, "", findings.path, line, column))
    return LoadResult(findings.path, None, findings.items)


MAX_NESTING = 256  # an event file nests some ten levels; past this a file is refused


def _json_syntax(message: str, data: bytes) -> tuple[str, int, int]:
    """The decoder's complaint in plain words, with the line and column it is about."""
    match = re.search(r"\(byte (\d+)\)", message)
    text = re.sub(r"\s*- at `\$[^`]*`", "", message.replace("JSON is malformed: ", "")).rstrip(".")
    if match:
        text = re.sub(r"\s*\(byte \d+\)", "", text)
        return (f"not valid JSON: {text}", *positions.line_column(data, int(match.group(1))))
    if "truncated" in message.lower():
        return ("not valid JSON: the file ends in the middle of a value (truncated?)",
                *positions.line_column(data, len(data)))
    if "utf-8" in message.lower():
        bad = positions.first_bad_utf8(data)
        if bad is not None:
            return (f"not valid JSON: the text is not valid UTF-8 (byte {bad}); save the file as UTF-8",
                    *positions.line_column(data, bad))
    if "out of range" in message.lower():
        visit = positions.first_visit(data, lambda v: v[0] == positions.VALUE and _out_of_range(data[v[2]:v[3]]))
        if visit is not None:
            number = data[visit[2]:visit[3]].decode("ascii", "replace")
            shown = number if len(number) <= 24 else f"{number[:12]}...({len(number):,} characters)"
            return (f"not valid JSON: the number {shown} is out of range; event files use "
                    f"integers below 4,300 digits and finite floats", *positions.line_column(data, visit[2]))
    return f"not valid JSON: {text}", *positions.line_column(data, 0)


_JSON_NUMBER = re.compile(rb"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")


def _out_of_range(token: bytes) -> bool:
    """Whether a number as the decoder reads it (the scanner's token may run on: 1e310e) is too big."""
    match = _JSON_NUMBER.match(token)
    if match is None:
        return False
    number = match.group()
    if match.group(1) or match.group(2):
        return math.isinf(float(number))
    return len(number.lstrip(b"-")) > 4300


def _too_deep(data: bytes) -> tuple[str, int, int]:
    message = f"the data is nested far too deeply to be an event file (more than {MAX_NESTING} levels here)"
    visit = positions.first_visit(data, lambda v: v[0] == positions.OPEN and v[4] >= MAX_NESTING)
    return message, *positions.line_column(data, visit[2] if visit else 0)


def _written_list(typed, key: str) -> list:
    """One of the small lists of the file as its record types."""
    records = getattr(typed, key)
    if records is msgspec.UNSET:
        return []
    return [as_record(record, RECORD_LISTS[key]) for record in records]


_ESCAPED_COLONS = (b"\\u003a", b"\\u003A")


_WRITTEN_EVENT: Any = WRITTEN["events"]
_WRITTEN_EVENTS: Any = list[_WRITTEN_EVENT]


def _decode_skipping_events(data: bytes):
    """The file with its events as raw text. Skipping the events checks their syntax less
    closely than decoding them (a number past every limit is a number there), so a syntax
    error is worded as decoding the whole file words it."""
    try:
        return msgspec.json.decode(data, type=WrittenFileOfRawEvents)
    except msgspec.ValidationError:
        raise
    except msgspec.DecodeError as skipped:
        try:
            msgspec.json.decode(data)
        except msgspec.DecodeError as decoded:
            raise decoded from None
        raise skipped from None


def _read_events(typed, data: bytes, stages: Stages) -> tuple[EventFields, bool]:
    """Decode the events a batch at a time and read their fields (see event_fields); also whether
    no object of the file writes a key twice (as _keys_written_once, a batch at a time).
    Raises msgspec.ValidationError when a record does not fit its type."""
    raws = typed.events if typed.events is not msgspec.UNSET else []
    fields = EventFields()
    once = not _escaped_colons(data)
    colons_read = 0
    decoder, encoder = msgspec.json.Decoder(_WRITTEN_EVENTS), msgspec.json.Encoder()
    for start in range(0, len(raws), BATCH):
        if start and start % (BATCH * 16) == 0:
            stages.report(0.02 + 0.26 * start / len(raws), f"Reading events ({start:,} of {len(raws):,})")
        text = b"[" + b",".join(raws[start:start + BATCH]) + b"]"
        records = decoder.decode(text)
        if once:
            colons = _count(text, b":")
            once = _count(encoder.encode(records), b":") == colons
            colons_read += colons
        fields.add(records, start)
    if once:  # the rest of the file: its events counted already
        if typed.events is not msgspec.UNSET:
            typed.events = []
        once = _count(encoder.encode(typed), b":") + colons_read == _count(data, b":")
    return fields, once


def _escaped_colons(data: bytes) -> bool:
    return bool(_count(data, b"\\")) and any(escaped in data for escaped in _ESCAPED_COLONS)


def _keys_written_once(data: bytes, decoded: object) -> bool:
    """True when no object of the file writes a key twice (False: it may, look closer).

    Every colon of a JSON text either follows a key or is a character of a string.
    Written again by the encoder, the decoded value has the same strings and one key
    for each key read, a key written twice in an object being read once: the two
    texts have the same number of colons exactly when no key is written twice, unless
    the file writes a colon inside a string as an escape (then it is looked at closer).
    The as-written records leave out what the file leaves out, so that holds for them.
    """
    if _escaped_colons(data):
        return False
    return _count(msgspec.json.encode(decoded), b":") == _count(data, b":")


def _count(text: bytes, byte: bytes) -> int:
    """How often a byte occurs (numpy compares a block at a time, some times faster than bytes.count)."""
    counted, value = np.frombuffer(text, dtype=np.uint8), ord(byte)
    return sum(int(np.count_nonzero(counted[at:at + _CHUNK] == value)) for at in range(0, len(counted), _CHUNK))


_CHUNK = 1 << 25


def _duplicate_keys(data: bytes) -> list[tuple[str, str, tuple[int, int]]]:
    """Keys written twice in one object (the decoder keeps the last, silently): pointer, key, place.

    The standard library's decoder with a hook that keeps nothing checks every object
    at C speed; only a file that has duplicates is walked to find where they are.
    """
    if _first_character(data) != b"{":
        return []
    repeated = 0

    def check(pairs: list) -> None:
        nonlocal repeated
        if len(pairs) > 1 and len({key for key, _ in pairs}) != len(pairs):
            repeated += 1

    try:
        json.loads(data, object_pairs_hook=check)
    except (ValueError, RecursionError):
        return []  # not JSON, or too deep: the decoder says so, with its place
    if not repeated:
        return []
    seconds = [(where, start) for kind, where, start, _end, _depth in positions.walk(data)
               if kind == positions.DUPLICATE]
    places = positions.line_columns(data, [start for _, start in seconds])
    return [(where, where.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~"), places[start])
            for where, start in seconds]


_TOP_LEVEL_KINDS = [(b'"', "a text"), (b"[", "a list"), (b"true", "true or false"), (b"false", "true or false"),
                    (b"null", "null"), *((bytes([c]), "a number") for c in b"-0123456789")]


def _not_an_object(kind: str) -> str:
    return (f"not an event file: the top level must be an object with "
            f"'format', 'version', 'document' and 'events', but it is {kind}")


def _records_from_raw(raw: object, findings: Findings) -> tuple[DocumentInfo, dict[str, list]] | None:
    """Check a generically decoded file record by record.

    Records that fail are reported and left as None in their lists, so that
    every kept record still sits at its position in the file.
    """
    if not isinstance(raw, dict):
        kind = {list: "a list", str: "a text", type(None): "empty"}.get(type(raw), type(raw).__name__)
        findings.error("", _not_an_object(kind))
        return None
    if raw.get("format") != FORMAT_NAME:
        found = raw.get("format")
        reason = "has no 'format' field" if found is None else f"says format {found!r}"
        findings.error("/format" if found is not None else "",
                       f"not a Lagebild event file: it {reason}; expected \"{FORMAT_NAME}\"")
        return None
    version = raw.get("version")
    if not isinstance(version, str) or not _VERSION.match(version):
        findings.error("/version" if version is not None else "",
                       f"format version {version!r} is not supported; this Lagebild reads \"1.x\"")
        return None

    known = {"format", "version", "document", *RECORD_LISTS}
    for key in raw:
        if key not in known:
            findings.warning(pointer(key), unknown_key_message(key, known), at_key=True)

    info = _convert(raw.get("document"), DocumentInfo, "/document", findings)
    if info is None:
        info = DocumentInfo(title="Untitled")
    lists: dict[str, list] = {}
    for key, record_type in RECORD_LISTS.items():
        items = raw.get(key, [])
        if not isinstance(items, list):
            holds, example = FIELD_HELP[key]
            findings.error(pointer(key), f"{key} is {holds}, e.g. {example}; found {kind_of(items)}: "
                                         f"{shown(items)}; none of them is read")
            items = []
        lists[key] = [_convert(item, record_type, pointer(key, i), findings)
                      for i, item in enumerate(items)]
    return info, lists


def _convert(item: object, record_type: type, where: str, findings: Findings):
    """The record, or None when it cannot be kept. Unknown fields are warned about
    at their key and dropped; any other problem leaves the record out."""
    if item is None and record_type is DocumentInfo:
        findings.error("", "the file has no 'document' (title and description)")
        return None
    try:
        return msgspec.convert(item, record_type)
    except msgspec.ValidationError as exc:
        if findings.full:  # only counted from here on: skip the slower full check
            findings.error(where, _plain_msgspec(str(exc)))
            return None
        problems = sorted(record_validator(record_type.__name__).iter_errors(item),
                          key=lambda p: list(map(str, p.absolute_path)))
        unknown = [p for p in problems if p.validator == "additionalProperties"]
        others = [p for p in problems if p.validator != "additionalProperties"]
        for problem in unknown:
            known = problem.schema.get("properties", {})
            for key in problem.instance:
                if key not in known:
                    findings.warning(where + _inner(problem) + pointer(key), unknown_key_message(key, known),
                                     at_key=True)
        in_citations = [p for p in others if _citation_field(p, record_type)]
        if len(in_citations) == len(others):
            # A bad detail of a citation (a grade written as text) costs only that detail:
            # the event and its citations stay, at the positions the file gives them.
            for problem in in_citations:
                findings.error(where + _inner(problem), schema_message(problem, _parts(where))
                               + "; the citation is kept without it")
            try:
                return msgspec.convert(_without_unknown(item, unknown, in_citations), record_type)
            except msgspec.ValidationError as again:
                cause = findings.error(where, _plain_msgspec(str(again)))
                _remember_left_out(item, where, cause, findings)
                return None
        first = None
        for problem in others:
            finding = findings.error(where + _inner(problem), schema_message(problem, _parts(where)))
            first = first or finding
        _remember_left_out(item, where, first, findings)
        if first is not None:
            first.message += f"; the {record_word(_parts(where) + ['x'])} is left out"
        return None


def _parts(where: str) -> list:
    return [int(p) if p.isdigit() else p for p in where.split("/")[1:]]


def _inner(problem) -> str:
    return pointer(*problem.absolute_path)


def _citation_field(problem, record_type: type) -> bool:
    """Is the problem in one field of a citation of an event (every such field is optional)?"""
    path = list(problem.absolute_path)
    return (record_type is Event and len(path) >= 3 and path[0] == "citations" and isinstance(path[1], int)
            and isinstance(path[2], str) and problem.validator != "required")


def _without_unknown(item: object, unknown: list, bad_details: Sequence = ()) -> object:
    """A copy of the record with the unknown fields, and the citation details that cannot be
    read, taken out (the file itself is never changed)."""
    import copy

    cleaned: Any = copy.deepcopy(item)  # the record's dicts and lists, where the schema found the fields
    for problem in unknown:
        target = cleaned
        for part in problem.absolute_path:
            target = target[part]
        known = problem.schema.get("properties", {})
        for key in [k for k in target if k not in known]:
            del target[key]
    for problem in bad_details:
        _, index, field = list(problem.absolute_path)[:3]
        cleaned["citations"][index].pop(field, None)
    return cleaned


def _remember_left_out(item: object, where: str, cause, findings: Findings) -> None:
    """So that references to a record left out are grouped under the error that left it out."""
    parts = _parts(where)
    if cause is None or len(parts) != 2 or not isinstance(item, dict) or not isinstance(item.get("id"), str):
        return
    kind = record_word([parts[0], 0, "id"])
    findings.left_out.setdefault((kind, item["id"]), cause)


def _plain_msgspec(message: str) -> str:
    return re.sub(r"\s*- at `\$[^`]*`", "", message)


def _finish(findings: Findings, document, data: bytes,
            yaml_positions: dict[str, tuple[int, int]] | None, events_in_file: int = 0) -> LoadResult:
    _place_findings(findings, data, yaml_positions)
    findings.items.sort(key=lambda f: f.line)  # in reading order; a finding with no line first
    findings.close()
    return LoadResult(findings.path, document, findings.items, events_in_file=events_in_file)


def _place_findings(findings: Findings, data: bytes,
                    yaml_positions: dict[str, tuple[int, int]] | None) -> None:
    """Put line and column on findings that have only a pointer."""
    pending = [f for f in findings.items if not f.line]
    pending += [f for item in findings.items for f in item.follow_ons if not f.line]
    if not pending:
        return
    wanted: set[str] = set()
    for finding in pending:
        wanted.update(_ancestors(finding.pointer))
        if finding.at_key:
            wanted.add(KEY_MARK + finding.pointer)
    if yaml_positions is not None:
        found = yaml_positions
    else:
        offsets = positions.locate_offsets(data, wanted)
        places = positions.line_columns(data, offsets.values())
        found = {p: places[o] for p, o in offsets.items()}
    for finding in pending:
        if finding.at_key and KEY_MARK + finding.pointer in found:
            finding.line, finding.column = found[KEY_MARK + finding.pointer]
            continue
        for candidate in _ancestors(finding.pointer):
            if candidate in found:
                finding.line, finding.column = found[candidate]
                break


def _ancestors(json_pointer: str) -> list[str]:
    """The pointer and each of its parents, deepest first."""
    result = [json_pointer]
    while json_pointer:
        json_pointer = json_pointer.rsplit("/", 1)[0]
        result.append(json_pointer)
    return result
