"""Which shipped language fits a Telegram app's language code."""

from __future__ import annotations

from collections.abc import Collection


def shipped_language(code: str | None, shipped: Collection[str]) -> str | None:
    """`pl`, `pl-PL` or `PL_pl` all mean Polish; None when the language is not shipped."""
    if not code:
        return None
    base = code.replace("_", "-").split("-", 1)[0].strip().lower()
    return base if base in shipped else None
