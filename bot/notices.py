"""Messages a woman gets without asking for them: a neutral first line, then the news.

A notification's preview on a lock screen shows the start of the message, so it starts with
`notice.first_line` (service-editable, naming nothing), never with her words or the service's
purpose. Every message queued for a woman goes through `notice` or `notice_html`.
"""

from __future__ import annotations

from bot.texts import Safe, Texts


def notice(texts: Texts, key: str, language: str, /, **values: object) -> Safe:
    """The neutral first line (`notice.first_line`), then the text `key`: a lock screen or a
    glance at her phone shows only that line, never her words or what the service is for."""
    return notice_html(texts, language, texts(key, language, **values))


def notice_html(texts: Texts, language: str, body: str) -> Safe:
    """`body` (ready HTML from the texts) behind the neutral first line, in her language."""
    return Safe(texts("notice.first_line", language) + "\n" + body)
