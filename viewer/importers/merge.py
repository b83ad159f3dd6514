"""Several imported files made into one event file.

Segments, actors, places and sources that two files name alike (same label or name, and for
places the same coordinates) become one record; any other id that two files share is renamed
in the later file, with every reference to it."""

from __future__ import annotations

from typing import Any

from ..model.records import FORMAT_NAME, FORMAT_VERSION

_SHARED_BY = {"segments": ("label",), "actors": ("name",), "places": ("name", "lat", "lon"),
              "sources": ("name", "url")}


def merge(documents: list[dict[str, Any]]) -> dict[str, Any]:
    if len(documents) == 1:
        return documents[0]
    titles = [d["document"].get("title", "") for d in documents]
    merged: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
                              "document": {"title": " + ".join(t for t in titles if t)[:500] or "Imported events"}}
    lists: dict[str, list[dict[str, Any]]] = {k: [] for k in ("segments", "actors", "places", "sources", "eras",
                                                              "events")}
    taken: dict[str, set[str]] = {k: set() for k in lists}
    alike: dict[tuple, str] = {}
    for document in documents:
        renamed: dict[str, dict[str, str]] = {k: {} for k in lists}
        copies: list[tuple[str, dict[str, Any]]] = []
        for key in lists:  # first every id of this file, so references can be rewritten in any order
            for record in document.get(key) or ():
                old = record["id"]
                fields = _SHARED_BY.get(key)
                signature = (key, *(record.get(f) for f in fields)) if fields else None
                if signature is not None and signature in alike:
                    renamed[key][old] = alike[signature]
                    continue
                new = _free(old, taken[key])
                taken[key].add(new)
                renamed[key][old] = new
                if signature is not None:
                    alike[signature] = new
                copies.append((key, dict(record, id=new)))
        for key, record in copies:
            _rewrite_references(record, renamed)
            lists[key].append(record)
    for key, records in lists.items():
        if records:
            merged[key] = records
    return merged


def _free(ident: str, taken: set[str]) -> str:
    if ident not in taken:
        return ident
    n = 2
    while f"{ident}-{n}" in taken:
        n += 1
    return f"{ident}-{n}"


def _rewrite_references(record: dict[str, Any], renamed: dict[str, dict[str, str]]) -> None:
    for field, kind in (("segments", "segments"), ("actors", "actors"), ("derived_from", "sources")):
        if field in record and isinstance(record[field], list | tuple):
            record[field] = [renamed[kind].get(i, i) for i in record[field]]
    if "place" in record and record["place"]:
        record["place"] = renamed["places"].get(record["place"], record["place"])
    if "parent" in record and record["parent"]:
        record["parent"] = renamed["actors"].get(record["parent"], record["parent"])
    if "citations" in record:
        record["citations"] = [dict(c, source=renamed["sources"].get(c["source"], c["source"]))
                               if c.get("source") else c for c in record["citations"]]
