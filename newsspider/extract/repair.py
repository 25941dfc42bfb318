"""Text values as their authors wrote them, before a CMS or a wrong charset label mangled them.

Meta tags and JSON-LD carry entities escaped once too often ("&amp;quot;"; and JSON-LD is not
HTML: "&#8217;" there is the entity's text), and UTF-8 that a template read as Windows-1252
("fÃ¼r"). Both are repaired where found, which is rarely.
"""
from __future__ import annotations

import html
import re

_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\d*);")
# The lead byte of a two- or three-byte UTF-8 sequence (Latin, Greek, Cyrillic, punctuation) read
# as Windows-1252, followed by a continuation byte read the same way: "Ã¼", "Ã©", "â€™". A text holding
# none of the leads (an ASCII one holds none) is not searched: a regex opening with a class of
# characters tries it at every character (0.1 ms for a JSON-LD articleBody), ``in`` finds one in C.
_MOJIBAKE_LEADS = "ÂÃÅÆÎÏÐÑâ"
_MOJIBAKE = re.compile(
    f"[{_MOJIBAKE_LEADS}][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
MAX_UNESCAPES = 2  # "&amp;#8217;": escaped once by the CMS, once by the template


def readable(text: str) -> str:
    """The value with twice-escaped entities decoded and Windows-1252-read UTF-8 repaired."""
    for _ in range(MAX_UNESCAPES):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    if not text.isascii() and any(lead in text for lead in _MOJIBAKE_LEADS) and _MOJIBAKE.search(text):
        try:
            text = text.encode("cp1252").decode("utf-8")
        except UnicodeError:
            pass
    return text
