"""The formats Lagebild imports, which one a file is (by its content), and importing it.

Every importer's result is checked here against the native records before anyone sees it,
so what `lagebild import` writes and what the viewer opens holds no invalid record: a record
the format cannot hold is a finding at its line in the source file and is left out.
"""

from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec

from ..model.dates import DateError, resolve
from ..model.findings import Finding
from ..model.records import RECORD_LISTS, DocumentInfo
from .base import HEAD_BYTES, ImportOptions, ImportRefused, ImportReport

# One module per format (viewer/importers/<name>.py); the native format comes first.
FORMAT_MODULES = [
    "viewer.importers.native",
    "viewer.importers.timelinejs3",
    "viewer.importers.acled",
    "viewer.importers.gdelt",
    "viewer.importers.l2tcsv",
    "viewer.importers.plaso_dynamic",  # before timesketch: a dynamic CSV is a Timesketch timeline too
    "viewer.importers.timesketch",
    "viewer.importers.timelinejs3_sheet",
    "viewer.importers.timeline_project",
    "viewer.importers.storymapjs",
    "viewer.importers.vis_timeline",
    "viewer.importers.timemap",
    "viewer.importers.generic",
]


def formats() -> list[ModuleType]:
    return [import_module(name) for name in FORMAT_MODULES]


def by_name(name: str) -> ModuleType | None:
    return next((module for module in formats() if module.NAME == name.strip().lower()), None)


def supported_kinds() -> str:
    return "; ".join(f"{module.LABEL} ({module.NAME})" for module in formats())


def unknown_kind_message() -> str:
    return ("not a kind of file Lagebild can read or import; supported: " + supported_kinds()
            + "; for any other CSV or spreadsheet give a column mapping with --map")


def read_head(path: str | os.PathLike) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(HEAD_BYTES)


def detect(path: str | os.PathLike) -> ModuleType | None:
    """The format module whose detect() recognises the file's first bytes, or None."""
    try:
        head = read_head(path)
    except (OSError, ValueError):
        return None
    for module in formats():
        try:
            if module.detect(head, str(path)):
                return module
        except Exception:  # noqa: BLE001 - a detector that fails has not recognised the file
            continue
    return None


def is_foreign(path: str | os.PathLike) -> bool:
    """True when the file is another tool's format that opens by importing it."""
    module = detect(path)
    return module is not None and module.NAME != "lagebild"


def import_file(path: str | os.PathLike, options: ImportOptions | None = None,
                format_name: str | None = None) -> tuple[dict[str, Any] | None, ImportReport]:
    """(native event file as a dict, report); the dict is None when nothing could be imported."""
    options = options or ImportOptions()
    shown = str(path)
    report = ImportReport(shown)
    target = Path(path)
    if not target.is_file():
        what = "is a folder" if target.is_dir() else "no such file"
        report.finding(0, "", f"{what}; give the path of a file to import")
        return None, report
    if format_name:
        module = by_name(format_name)
    elif options.mapping:  # a column mapping reads any table
        module = by_name("generic")
    else:
        module = detect(target)
    if module is None:
        message = (f"unknown format '{format_name}'; use one of: {supported_kinds()}" if format_name
                   else unknown_kind_message())
        report.finding(0, "", message)
        return None, report
    try:
        result = module.read(target, report, options)
    except ImportRefused as exc:
        report.finding(exc.line, "", f"{module.LABEL}: {exc}")
        return None, report
    except OSError as exc:
        report.finding(0, "", f"cannot be read: {exc.strerror or exc}")
        return None, report
    except MemoryError:
        report.finding(0, "", "the file is too large to be imported into memory")
        return None, report
    except Exception as exc:  # noqa: BLE001 - the promise is a finding, never a traceback
        report.finding(1, "", f"Lagebild failed to import this file as {module.LABEL} "
                              f"({type(exc).__name__}: {str(exc)[:200]}); please report it with the file")
        return None, report
    checked = keep_valid(result, report)
    report.close()
    return checked, report


CHECK_SLICE = 20_000  # records checked at once


def keep_valid(result: dict[str, Any], report: ImportReport) -> dict[str, Any]:
    """Leave out every record the native format refuses, with a finding at its source line."""
    try:
        msgspec.convert(result.get("document"), DocumentInfo)
    except msgspec.ValidationError:
        result["document"] = {"title": Path(report.path).name}
    for key, record_type in RECORD_LISTS.items():
        records = result.get(key)
        if not records:
            continue
        kept = []
        for start in range(0, len(records), CHECK_SLICE):  # a slice at a time: never a second copy of them all
            part = records[start:start + CHECK_SLICE]
            try:
                msgspec.convert(part, list[record_type])  # type: ignore[valid-type]
            except msgspec.ValidationError:
                part = [r for r in part if _valid(r, record_type, key, report)]
            kept.extend(part)
        records = kept
        if key in ("events", "eras"):
            records = _resolvable(records, key, report)
        result[key] = records
    _drop_dangling(result)
    return result


def _valid(record: dict, record_type: type, key: str, report: ImportReport) -> bool:
    try:
        msgspec.convert(record, record_type)
        return True
    except msgspec.ValidationError as exc:
        line = (record.get("origin") or {}).get("line") if isinstance(record, dict) else None
        report.finding(line, str(exc).rsplit("at `$.", 1)[-1].rstrip("`") if "at `$." in str(exc) else key,
                       f"{_plain(str(exc))}; this {key[:-1]} is left out")
        return False


def _plain(message: str) -> str:
    return message.split(" - at `")[0]


def _resolvable(records: list[dict], key: str, report: ImportReport) -> list[dict]:
    cache: dict[str, str | None] = {}
    kept = []
    for record in records:
        when = record["when"]
        if when not in cache:
            try:
                resolve(when)
                cache[when] = None
            except DateError as exc:
                cache[when] = str(exc)
        problem = cache[when]
        if problem is None:
            kept.append(record)
        else:
            line = (record.get("origin") or {}).get("line")
            report.finding(line, "when", f"{problem}; this {key[:-1]} is left out")
    return kept


def _drop_dangling(result: dict[str, Any]) -> None:
    """References to records left out go too, so that the written file has no broken reference."""
    known = {key: {r["id"] for r in result.get(key) or ()} for key in ("segments", "actors", "places", "sources")}
    for event in result.get("events") or ():
        for field in ("segments", "actors"):
            # rewritten only where one is gone: events of a row alike share their lists
            if field in event and not known[field].issuperset(event[field]):
                event[field] = [i for i in event[field] if i in known[field]]
                if not event[field]:
                    del event[field]
        if "place" in event and event["place"] not in known["places"]:
            del event["place"]
        for citation in event.get("citations") or ():
            if "source" in citation and citation["source"] not in known["sources"]:
                del citation["source"]


def findings_of(report: ImportReport) -> list[Finding]:
    return list(report.findings)
