"""File text made safe for a terminal or a log: every control character shown, not obeyed.

A value from a file can hold an escape sequence that recolours or rewrites the
terminal, a newline that starts a forged line, or a bidi override that reorders
what is shown. Here they become visible escapes (``\\x1b``, ``\\n``, ``\\u202e``),
so one finding is always one line and says what the file says.
"""

from __future__ import annotations

import json
import re

# C0 and C1 controls, DEL, line and paragraph separators, bidi embeddings, overrides,
# isolates and marks, and the byte order mark.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: object) -> str:
    """The text with control and direction characters written as escapes; one line always."""
    return _INVISIBLE.sub(_escape, str(text))


# Outside JSON strings there are none of these, so escaping them keeps the JSON valid
# and the values the same.
_JSON_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def terminal_json(data: object) -> str:
    """JSON for a terminal: readable non-ASCII text, but no character a terminal would obey."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
