"""The record types of ``records`` as a file writes them: a field left out reads as UNSET.

Made from the record types themselves, so they check exactly what those check.
Decoding into them tells a field the file leaves out from one it writes with
its default value; encoding them again writes back exactly the keys that were
read, which is how the loader proves that no key is written twice in an object
without walking the file in Python (see ``loader``).
"""

from __future__ import annotations

import functools
import operator
import types
import typing
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, UnsetType

from .records import RECORD_LISTS, DocumentInfo, EventFile

_MADE: dict[type, type] = {}


def _mirror_type(annotation: Any) -> Any:
    """The annotation with every record type in it replaced by its as-written twin."""
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        return written_type(annotation)
    origin = typing.get_origin(annotation)
    if origin is None:
        return annotation
    args = typing.get_args(annotation)
    if origin is Annotated:
        return Annotated[(_mirror_type(args[0]), *annotation.__metadata__)]
    if origin is typing.Union or origin is types.UnionType:
        return functools.reduce(operator.or_, [_mirror_type(a) for a in args])
    if origin is typing.Literal:
        return annotation
    return origin[tuple(_mirror_type(a) for a in args)]  # list[...], tuple[..., ...], dict[...]


def written_type(record: type[msgspec.Struct]) -> type[msgspec.Struct]:
    """The twin of a record type whose fields with a default read as UNSET when left out."""
    made = _MADE.get(record)
    if made is not None:
        return made
    fields: list[tuple] = []
    for field in msgspec.structs.fields(record):
        kind = _mirror_type(field.type)
        if field.required:
            fields.append((field.name, kind))
        else:
            fields.append((field.name, kind | UnsetType, UNSET))
    config = record.__struct_config__
    made = msgspec.defstruct(f"Written{record.__name__}", fields, kw_only=True,
                             forbid_unknown_fields=config.forbid_unknown_fields, gc=False,
                             module=__name__)
    _MADE[record] = made
    return made


def written_default(record: type[msgspec.Struct], name: str) -> Any:
    """The default the record type gives a field a file leaves out."""
    for field in msgspec.structs.fields(record):
        if field.name == name:
            return field.default_factory() if field.default_factory is not msgspec.NODEFAULT else field.default
    raise KeyError(name)


def as_record(value: msgspec.Struct | None, record: type[msgspec.Struct]):
    """An as-written value as the record type (for the few records of the small lists)."""
    if value is None:
        return None
    return msgspec.convert(msgspec.to_builtins(value), record)


WrittenFile = written_type(EventFile)
# The file with its events left as they are written, to be decoded a batch at a time
WrittenFileOfRawEvents = msgspec.defstruct(
    "WrittenFileOfRawEvents",
    [(f.name, f.type, f.default) if f.name != "events" else ("events", list[msgspec.Raw] | UnsetType, UNSET)
     for f in msgspec.structs.fields(WrittenFile)],
    kw_only=True, forbid_unknown_fields=True, gc=False, module=__name__)
WRITTEN = {key: written_type(kind) for key, kind in RECORD_LISTS.items()}
WrittenDocumentInfo = written_type(DocumentInfo)
