"""Pure rules for entries staff record on a woman's behalf: channels and her card's pseudonym."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.pseudonyms import ALPHABET, LENGTH

# How a woman without the chat gave her view; the chat itself is "telegram".
CHANNELS = ("paper", "phone", "group", "other")
IN_CHAT = "telegram"
# What staff can record for her.
ENTRY_KINDS = ("feedback", "idea", "support", "vote")

_PSEUDONYM = re.compile(rf"P-[{ALPHABET}]{{{LENGTH}}}")


def read_pseudonym(text: str) -> str | None:
    """A pseudonym as staff type it from her card ("p-7kq2", "P 7KQ2", "7kq2"), or None."""
    typed = text.strip().upper()
    explicit = re.match(r"P[\s\-]", typed) is not None  # "P-7KQ4", "P 7KQ4"
    cleaned = re.sub(r"[\s\-]", "", typed)
    if explicit or (len(cleaned) == LENGTH + 1 and cleaned.startswith("P")):
        cleaned = cleaned[1:]
    candidate = f"P-{cleaned}"
    return candidate if _PSEUDONYM.fullmatch(candidate) else None


LINK_CODE_LENGTH = 8


def read_link_code(text: str) -> str | None:
    """A one-time link code as she types it ("7kq4-mn3x", "7KQ4 MN3X"), normalised, or None."""
    cleaned = re.sub(r"[\s\-]", "", text.strip().upper())
    if len(cleaned) != LINK_CODE_LENGTH or not set(cleaned) <= set(ALPHABET):
        return None
    return cleaned


def show_link_code(code: str) -> str:
    """Two groups of four, easy to read out and copy by hand."""
    return f"{code[:4]}-{code[4:]}"


def read_number(text: str) -> int | None:
    """An item or poll number as staff type it ("12" or "#12")."""
    cleaned = text.strip().lstrip("#")
    return int(cleaned) if cleaned.isdigit() and len(cleaned) <= 9 else None


@dataclass(frozen=True, slots=True)
class OfflineCounts:
    """Entries given offline in a report period: per kind, and per channel over all kinds."""

    by_kind: dict[str, int]
    by_channel: dict[str, int]
    erasures: int

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


def count_offline(
    holds: Callable[[int], bool],
    entries: Iterable[tuple[str, str, int]],
    erasures: Iterable[int],
) -> OfflineCounts:
    """Count (kind, channel, moment) entries whose moment the period `holds`; entries made in
    the chat are not counted. Erasures are counted by their moment alone."""
    counted = Counter((kind, channel) for kind, channel, moment in entries if holds(moment))
    return tally_offline(
        ((kind, channel, count) for (kind, channel), count in counted.items()),
        sum(1 for moment in erasures if holds(moment)),
    )


def tally_offline(counted: Iterable[tuple[str, str, int]], erasures: int) -> OfflineCounts:
    """The same from (kind, channel, how many) already counted for the period, and how many
    erasures it holds."""
    by_kind = dict.fromkeys(ENTRY_KINDS, 0)
    by_channel = dict.fromkeys(CHANNELS, 0)
    for kind, channel, count in counted:
        if channel != IN_CHAT:
            by_kind[kind] += count
            by_channel[channel] += count
    return OfflineCounts(by_kind, by_channel, erasures)
