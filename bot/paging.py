"""Split long HTML texts into Telegram-sized messages at block boundaries."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

TELEGRAM_LIMIT = 4096
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_ATOM = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|.", re.S)


def visible_length(html_text: str) -> int:
    """Length as Telegram counts it: after tags are removed and entities decoded."""
    return len(_ENTITY.sub("x", _TAG.sub("", html_text)))


def split_blocks(
    blocks: Iterable[str], limit: int = TELEGRAM_LIMIT, separator: str = "\n\n"
) -> list[str]:
    """Join blocks into as few messages as fit under `limit`, never cutting inside a block.

    Each block must be complete HTML on its own (every tag it opens, it closes), so any cut
    between blocks leaves valid HTML. A single block longer than the limit is cut at line
    boundaries, and, failing that, at a character boundary outside tags and entities.
    """
    chunks: list[str] = []
    current = ""
    for block in blocks:
        for piece in _fit(block, limit):
            candidate = f"{current}{separator}{piece}" if current else piece
            if visible_length(candidate) <= limit:
                current = candidate
            else:
                chunks.append(current)
                current = piece
    if current:
        chunks.append(current)
    return chunks


def _fit(block: str, limit: int) -> list[str]:
    if visible_length(block) <= limit:
        return [block]
    if "\n" in block:
        return split_blocks(block.split("\n"), limit, separator="\n")
    # One enormous line of plain text (texts put tags only around short labels): cut it where
    # the visible length reaches the limit, keeping each entity whole.
    pieces, current, length = [], "", 0
    for atom in _ATOM.findall(block):
        width = 0 if atom.startswith("<") else 1
        if length + width > limit:
            pieces.append(current)
            current, length = "", 0
        current += atom
        length += width
    return [*pieces, current]


MAX_PAGE = 100_000


def page_number(args: list[str]) -> int:
    """The page a staff list command asks for (`/pending 3`), counted from 0; the first page
    for anything that is not a page number."""
    if len(args) == 1 and args[0].isdigit() and 1 <= int(args[0]) <= MAX_PAGE:
        return int(args[0]) - 1
    return 0


ALL_LEVELS = "all"


def level_and_page(args: list[str], levels: Collection[str]) -> tuple[str | None, int] | None:
    """What a list command by level asks for (`/proposals`, `/proposals 2`, `/proposals 2 3`,
    `/proposals all 3`): the level (None for all) and the page counted from 0; None when the
    arguments are not one of these. A page number comes after a level, so `2` is a level."""
    level: str | None = None
    rest = args
    if rest and (rest[0] in levels or rest[0] == ALL_LEVELS):
        level = None if rest[0] == ALL_LEVELS else rest[0]
        rest = rest[1:]
    elif rest:
        return None
    if not rest:
        return level, 0
    if len(rest) == 1 and rest[0].isdigit() and 1 <= int(rest[0]) <= MAX_PAGE:
        return level, int(rest[0]) - 1
    return None
