"""Pure rules for free text written by participants and staff: clean it, then check its length."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Bidirectional overrides and isolates can make stored text display as something else, and
# zero-width characters can hide words from the risk-word check; neither carries meaning here.
_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u00ad]"
)


def clean_text(text: str) -> str:
    """NFC-normalise, drop control and invisible characters, and trim blank edges."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = "".join(
        char for char in text if char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cf")
    )
    lines = [line.rstrip() for line in text.replace("\r", "").split("\n")]
    return "\n".join(lines).strip()


@dataclass(frozen=True, slots=True)
class TextCheck:
    text: str
    problem: str | None  # None, "empty" or "too_long"


def check_text(raw: str, limit: int) -> TextCheck:
    """Clean `raw` and say whether it can be accepted within `limit` characters."""
    text = clean_text(raw)
    if not text:
        return TextCheck(text, "empty")
    if len(text) > limit:
        return TextCheck(text, "too_long")
    return TextCheck(text, None)
