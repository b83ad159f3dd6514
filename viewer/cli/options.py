"""Option values shared by the headless commands (sizes, time ranges, filters)."""

from __future__ import annotations

import argparse
import math
import os

from ..model import dates
from ..model.filters import FilterSpec
from ..model.translation import LANGUAGES, set_language

FILTER_KEYS = {
    "segment": "segments", "actor": "actors", "source": "sources", "place": "places",
    "status": "statuses", "tag": "tags", "reliability": "reliability", "credibility": "credibility",
}


def size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1600x1000") from None
    if not (16 <= width <= 20000 and 16 <= height <= 20000):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be between 16 and 20000 pixels")
    return width, height


def map_extent(text: str) -> tuple[float, float, float, float]:
    from ..model.geo import parse_extent

    try:
        return parse_extent(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def date_bound(text: str, end: bool = False) -> float:
    try:
        when = dates.resolve(text)
    except dates.DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return when.end_hi if end else when.start_lo


def time_range(text: str) -> tuple[float, float]:
    """'FROM..TO' with EDTF dates on either side (either may be empty)."""
    if ".." not in text:
        raise argparse.ArgumentTypeError(f"{text!r} is not a range like 2025-03..2025-05")
    start_text, end_text = text.split("..", 1)
    start = date_bound(start_text) if start_text else -math.inf
    end = date_bound(end_text, end=True) if end_text else math.inf
    if start >= end:
        raise argparse.ArgumentTypeError(f"{text!r}: the range ends before it starts")
    return start, end


def filter_spec(items: list[str], start: float = -math.inf, end: float = math.inf,
                text: str = "") -> FilterSpec:
    """FilterSpec from repeated KEY=VALUE options (segment=sky, status=planned, ...)."""
    chosen: dict[str, set] = {}
    for item in items or []:
        key, _, value = item.partition("=")
        field = FILTER_KEYS.get(key.strip().lower())
        if field is None or not value:
            raise argparse.ArgumentTypeError(
                f"--filter {item!r}: expected KEY=VALUE with KEY one of {', '.join(FILTER_KEYS)}")
        if field == "credibility":
            try:
                value = int(value)
            except ValueError:
                raise argparse.ArgumentTypeError(f"--filter {item!r}: credibility is a digit 1-6") from None
        chosen.setdefault(field, set()).add(value.upper() if field == "reliability" else value)
    return FilterSpec(**{k: frozenset(v) for k, v in chosen.items()}, start=start, end=end, text=text)


def ensure_headless_platform() -> None:
    """Headless commands need no display: use Qt's offscreen platform unless one is chosen."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, metavar="de|en",
                        help="language of the pictures and messages: de (German) or en (English); "
                             "default: the desktop's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)")


def use_language(args: argparse.Namespace) -> str:
    """Speak the language of --lang, or the desktop's."""
    return set_language(getattr(args, "lang", None))
