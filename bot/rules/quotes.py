"""Which women a message to staff quotes: those whose made-up name it shows beside their words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def quoting(text: str, authors: Mapping[str, int]) -> list[int]:
    """The ids of the women in `authors` (made-up name -> id) whose name appears in `text`.

    Made-up names all have one length and shape, so one never hides inside another.
    """
    return sorted({author for name, author in authors.items() if name and name in text})


def authors_of(pairs: Iterable[tuple[str, int | None]]) -> dict[str, int]:
    """(made-up name, id) pairs as a lookup, leaving out staff plans (no author)."""
    return {name: author for name, author in pairs if name and author is not None}
