"""The words on a briefing page: subtitle, source line and footer (no Qt)."""

from __future__ import annotations

import math
import os
from datetime import UTC, datetime

import numpy as np

from ..model.date_words import localized
from ..model.dates import Precision, format_instant
from ..model.quotes import quotes_by_source
from ..model.translation import number, translate
from ..model.wording import counted
from ..model.zone_display import AxisZone

# Source kinds that publish (their name is what a reader looks up); people
# and offices quoted through them are credited by the publisher.
PUBLISHER_KINDS = ("newspaper", "agency", "broadcaster", "social-media", "ngo", "other")
RELIABILITY_ORDER = "ABCDEF"


def range_text(start: float, end: float, zone: AxisZone | None = None) -> str:
    """"1 Mar 2025 – 30 Sep 2025"; an open side is "..". The days are those of ``zone``
    (model.zone_display.axis_zone, as the time axis draws them; None: UTC)."""
    if not (math.isfinite(start) or math.isfinite(end)):
        return translate("Page", "all dates")

    def day(t: float) -> str:
        return localized(format_instant(t + (zone.offset_at(t) * 60 if zone is not None else 0), Precision.DAY))

    left = day(start) if math.isfinite(start) else ".."
    # the end is exclusive: a range "to June" ends at 1 July 00:00 and is shown as 30 June
    right = day(end - 0.001) if math.isfinite(end) else ".."
    return f"{left} \u2013 {right}"


def count_text(shown: int, total: int) -> str:
    if shown != total:
        return translate("Page", "{shown} of {events}").format(shown=number(shown), events=counted(total, "event"))
    return translate("Page", "all {events}").format(events=counted(total, "event"))


def default_subtitle(document, filter_spec, span: tuple[float, float], shown: int,
                     zone: AxisZone | None = None, detail: tuple[float, float] | None = None) -> str:
    """Range, detail window, filter and count, e.g. "1 Mar 2025 – 30 Sep 2025 · detail 8 Jul 2025 –
    12 Jul 2025 · segment: Sky · 4 of 18 events"; times shown in another zone than UTC add which
    ("Times in UTC+03:00 as written")."""
    parts = [range_text(*span, zone)]
    if detail is not None:
        parts.append(translate("Page", "detail {range}").format(range=range_text(*detail, zone)))
    if zone is not None and zone.setting != "utc":
        parts.append(zone.caption((span[0] + span[1]) / 2 if all(map(math.isfinite, span)) else 0.0))
    described = filter_spec.describe(document)
    if described:
        parts.append(described)
    parts.append(count_text(shown, len(document.events)))
    return " \u00b7 ".join(parts)


def cited_sources(document, mask: np.ndarray) -> list[str]:
    """Names of every source quoted by the masked events: publishers first, then
    the most reliable, then the most quoted."""
    quotes = quotes_by_source(document, mask)
    sources = [s for s in (document.source(source_id) for source_id in quotes) if s is not None]

    def order(source):
        letter = source.reliability or "F"
        return (source.kind not in PUBLISHER_KINDS, RELIABILITY_ORDER.index(letter), -quotes[source.id],
                source.name.casefold())

    return [s.name for s in sorted(sources, key=order)]


def source_line(names: list[str], shown: int | None = None) -> str:
    """"Sources: A, B, C"; with ``shown``, the first ``shown`` names and "and N more"."""
    if not names:
        return translate("Page", "Sources: none quoted")
    if shown is None or shown >= len(names):
        return translate("Page", "Sources: {names}").format(names=", ".join(names))
    if shown <= 0:
        return translate("Page", "Sources: {sources}").format(sources=counted(len(names), "source"))
    return translate("Page", "Sources: {names} and {n} more").format(names=", ".join(names[:shown]),
                                                                       n=number(len(names) - shown))


def fitted_source_line(names: list[str], fits) -> str:
    """The longest source line ``fits`` accepts: every name, else the first ones and "and N more"."""
    for shown in range(len(names), 0, -1):
        line = source_line(names, shown)
        if fits(line):
            return line
    return source_line(names, 0) if names else source_line(names)


def generated_time(override: datetime | None = None) -> datetime:
    """The footer's time: the override, else SOURCE_DATE_EPOCH (for reproducible
    builds), else now; always UTC."""
    if override is not None:
        return override.astimezone(UTC) if override.tzinfo else override.replace(tzinfo=UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC)


def footer_text(when: datetime, file_name: str) -> str:
    stamp = when.strftime("%Y-%m-%d %H:%M UTC")
    if file_name:
        return translate("Page", "Generated {time} from {file} with Lagebild").format(time=stamp, file=file_name)
    return translate("Page", "Generated {time} with Lagebild").format(time=stamp)
