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

# Unicode line and paragraph separators read as line breaks; store them as ordinary ones.
_LINE_BREAKS = re.compile("[\u2028\u2029\u0085]")


def clean_text(text: str) -> str:
    """NFC-normalise, drop control and invisible characters, and trim blank edges."""
    text = _INVISIBLE.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    # Cc control, Cf format (bidi, zero-width, tags) and Cs lone surrogates carry no meaning.
    text = "".join(
        char
        for char in text
        if char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cf", "Cs")
    )
    # Normalised last, so that removing a character cannot leave a non-NFC sequence behind.
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


@dataclass(frozen=True, slots=True)
class TextCheck:
    """Free text once cleaned, and why it cannot be accepted, if it cannot."""

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


def excerpt(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word where possible and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"
