"""Messages the bot sends a woman unprompted start with one neutral, service-editable line."""

from __future__ import annotations

from bot.texts import Safe, Texts


def notice(texts: Texts, key: str, language: str, /, **values: object) -> Safe:
    """The neutral first line (`notice.first_line`), then the text `key`: a lock screen or a
    glance at her phone shows only that line, never her words or what the service is for."""
    return Safe(texts("notice.first_line", language) + "\n" + texts(key, language, **values))
