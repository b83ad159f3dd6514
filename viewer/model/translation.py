"""The program's own words in the reader's language, English or German, without Qt.

Texts are written in English where they are used and marked for Qt's translation tools:
``translate("Context", "text")`` where the text is shown, ``QT_TRANSLATE_NOOP("Context",
"text")`` in tables made before a language is chosen (such a text is a :class:`Phrase`, an
English string that knows its context; :func:`tr` gives it in the current language).
``pyside6-lupdate`` collects both into ``resources/translations/lagebild_de.ts``,
``pyside6-lrelease`` compiles that into ``lagebild_de.qm`` (see README, Languages), and this
module reads the compiled file itself, so that the commands that never load Qt speak
German as well as the window does. Placeholders are Python's ``{name}`` fields, filled
after translation, so a translation may put them in another order.
"""

from __future__ import annotations

import locale
import os
import struct
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from ..resources_path import resource

LANGUAGES = ("en", "de")
SOURCE_LANGUAGE = "en"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8

_language = SOURCE_LANGUAGE


class Phrase(str):
    """An English text marked for translation, with the context it is translated in."""

    context: str

    def __new__(cls, context: str, text: str) -> Phrase:
        phrase = super().__new__(cls, text)
        phrase.context = context
        return phrase

    def __reduce__(self):  # copies and pickles keep the context
        return Phrase, (self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:  # noqa: N802 - the name Qt's tools look for
    """Mark `text` for translation where it is defined; :func:`tr` translates it where it is shown."""
    return Phrase(context, text)


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the current language: its translation in `context`, or the English text itself."""
    if _language == SOURCE_LANGUAGE:
        return text
    return catalog(_language).get((context, text, disambiguation or ""), text)


def tr(text: str) -> str:
    """A :class:`Phrase` in the current language; any other text (from a file) as it is."""
    return translate(text.context, str(text)) if isinstance(text, Phrase) else text


def language() -> str:
    return _language


def set_language(code: str | None) -> str:
    """Speak `code` ('de', 'en', 'de_DE.UTF-8', ...) from now on; None: the desktop's language.
    Gives the language chosen: German for any German locale, English otherwise."""
    global _language
    _language = language_of(code) if code else desktop_language()
    return _language


def language_of(code: str) -> str:
    """'de' for 'de', 'de-AT', 'de_CH.UTF-8' and the like, else English."""
    first = code.replace("-", "_").lower().split("_")[0].split(".")[0]
    return "de" if first in ("de", "german", "deutsch") else SOURCE_LANGUAGE  # Windows says German_Germany


_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def desktop_language_set(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the environment names a language (POSIX desktops do; Windows and macOS programs
    started from the desktop often have none)."""
    environ = os.environ if environ is None else environ
    return any(environ.get(name) for name in _LOCALE_VARIABLES)


def desktop_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the desktop session, as POSIX programs read it: LANGUAGE's first entry,
    then LC_ALL, LC_MESSAGES and LANG; where none is set (Windows), the user's locale."""
    environ = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = environ.get(name, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return language_of(value)
    code = locale.getlocale()[0] if environ is os.environ else None
    return language_of(code) if code else SOURCE_LANGUAGE


def qm_path(code: str) -> Path:
    return resource("translations", f"lagebild_{code}.qm")


@cache
def catalog(code: str) -> dict[tuple[str, str, str], str]:
    """The translations of the compiled catalogue for `code`, by (context, English text, comment);
    empty where there is none."""
    path = qm_path(code)
    return read_qm(path.read_bytes()) if path.is_file() else {}


def read_qm(data: bytes) -> dict[tuple[str, str, str], str]:
    """The messages of a Qt .qm file (what pyside6-lrelease writes) that have a translation."""
    if not data.startswith(_QM_MAGIC):
        raise ValueError("not a Qt translation file (.qm)")
    messages: dict[tuple[str, str, str], str] = {}
    at = len(_QM_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        at += 5
        if tag == _SECTION_MESSAGES:
            _read_messages(data[at:at + length], messages)
        at += length
    return messages


def _read_messages(block: bytes, messages: dict[tuple[str, str, str], str]) -> None:
    at = 0
    fields: dict[int, bytes] = {}
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _TAG_END:
            translation = fields.get(_TAG_TRANSLATION)
            if translation is not None and _TAG_SOURCE in fields:
                context, source, comment = (fields.get(t, b"").decode("utf-8")
                                            for t in (_TAG_CONTEXT, _TAG_SOURCE, _TAG_COMMENT))
                messages[context, source, comment] = translation.decode("utf-16-be")
            fields = {}
        elif tag == _TAG_OBSOLETE1:
            at += 4
        else:
            length = struct.unpack_from(">I", block, at)[0]
            at += 4
            if length == 0xFFFFFFFF:  # a null string
                continue
            if tag == _TAG_TRANSLATION and _TAG_TRANSLATION in fields:
                pass  # further plural forms; Lagebild chooses singular and plural in code
            else:
                fields[tag] = block[at:at + length]
            at += length


def number(value: float, decimals: int = 0) -> str:
    """A number as the current language writes it: 12,345.6 in English, 12.345,6 in German."""
    text = f"{value:,.{decimals}f}"
    return text.translate(_GERMAN_DIGITS) if _language == "de" else text


_GERMAN_DIGITS = str.maketrans({",": ".", ".": ","})
