"""Counts in words: "1 error", "2 errors", in the current language ("1 Fehler", "2.000 Fehler")."""

from __future__ import annotations

from .translation import QT_TRANSLATE_NOOP, number, tr

# The nouns the program counts, singular and plural, each form a whole text to translate.
_FORMS = {
    "event": (QT_TRANSLATE_NOOP("Counts", "{n} event"), QT_TRANSLATE_NOOP("Counts", "{n} events")),
    "error": (QT_TRANSLATE_NOOP("Counts", "{n} error"), QT_TRANSLATE_NOOP("Counts", "{n} errors")),
    "warning": (QT_TRANSLATE_NOOP("Counts", "{n} warning"), QT_TRANSLATE_NOOP("Counts", "{n} warnings")),
    "more error": (QT_TRANSLATE_NOOP("Counts", "{n} more error"), QT_TRANSLATE_NOOP("Counts", "{n} more errors")),
    "more warning": (QT_TRANSLATE_NOOP("Counts", "{n} more warning"),
                     QT_TRANSLATE_NOOP("Counts", "{n} more warnings")),
    "quote": (QT_TRANSLATE_NOOP("Counts", "{n} quote"), QT_TRANSLATE_NOOP("Counts", "{n} quotes")),
    "item": (QT_TRANSLATE_NOOP("Counts", "{n} item"), QT_TRANSLATE_NOOP("Counts", "{n} items")),
    "segment": (QT_TRANSLATE_NOOP("Counts", "{n} segment"), QT_TRANSLATE_NOOP("Counts", "{n} segments")),
    "actor": (QT_TRANSLATE_NOOP("Counts", "{n} actor"), QT_TRANSLATE_NOOP("Counts", "{n} actors")),
    "place": (QT_TRANSLATE_NOOP("Counts", "{n} place"), QT_TRANSLATE_NOOP("Counts", "{n} places")),
    "source": (QT_TRANSLATE_NOOP("Counts", "{n} source"), QT_TRANSLATE_NOOP("Counts", "{n} sources")),
    "era": (QT_TRANSLATE_NOOP("Counts", "{n} era"), QT_TRANSLATE_NOOP("Counts", "{n} eras")),
    "citation": (QT_TRANSLATE_NOOP("Counts", "{n} citation"), QT_TRANSLATE_NOOP("Counts", "{n} citations")),
    "independent source": (QT_TRANSLATE_NOOP("Counts", "{n} independent source"),
                           QT_TRANSLATE_NOOP("Counts", "{n} independent sources")),
    "note": (QT_TRANSLATE_NOOP("Counts", "{n} note"), QT_TRANSLATE_NOOP("Counts", "{n} notes")),
    "analyst note": (QT_TRANSLATE_NOOP("Counts", "{n} analyst note"),
                     QT_TRANSLATE_NOOP("Counts", "{n} analyst notes")),
}


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """"1 error", "2,000 errors"; the plural is singular + "s" unless given. The nouns above
    are said in the current language, with its digit grouping."""
    forms = _FORMS.get(singular)
    if forms is not None:
        return tr(forms[0] if n == 1 else forms[1]).format(n=number(n))
    return f"{number(n)} {singular if n == 1 else plural or singular + 's'}"
