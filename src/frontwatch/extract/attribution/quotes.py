"""Quotation marks: whether a position lies inside a quotation (double marks, and single ones told
from apostrophes by where they stand) and whether a text holds one.
"""
from __future__ import annotations

import re


_QUOTES_OPEN = "\"“"
_QUOTES_CLOSE = "\"”"


def _has_quote_mark(text: str) -> bool:
    return '"' in text or "“" in text or "”" in text or bool(_SINGLE_CLOSE.search(text))


def _inside_quote(text: str, pos: int) -> bool:
    """Is pos inside an open quotation? Counts quote marks in the paragraph before pos."""
    para_start = text.rfind("\n", 0, pos) + 1
    before = text[para_start:pos]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("“") > before.count("”") \
        or len(_SINGLE_OPEN.findall(before)) > len(_SINGLE_CLOSE.findall(before))


# single quotation marks (British style: 'We counted 34 bodies,' he said), told from apostrophes by
# where they stand: one opens after a space or the paragraph's start, before a word; one closes after
# the quotation's last punctuation, before a space ('soldiers' ' and 'Ali's' are neither)
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))['‘](?=[\w\"“])")
_SINGLE_CLOSE = re.compile(r"(?<=[,.?!;:])['’](?=\s|$)")


def _opens_quote(text: str) -> bool:
    text = text.strip()
    if not text or text[0] not in _QUOTES_OPEN:
        return False
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _closes_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“")
