"""The digest renderer: sections skipped when empty, text shown literally, long digests split."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.digest import DigestData, render_digest
from bot.paging import TELEGRAM_LIMIT
from bot.sandbox.loopback import parse_html
from bot.texts import load_texts
from storage.feedback import Feedback
from storage.safeguarding import AlertCounts

TEXTS = load_texts({"service_name": "Our Service", "helplines": "999"})
LONDON = ZoneInfo("Europe/London")
NOW = 1772701200  # Thu 5 March 2026, 09:00 in London
DAY = 86400


def feedback(number: int, body: str, topic: str = "Groups") -> Feedback:
    return Feedback(number, 1, f"P-{number:04d}", topic, body, NOW - 3600, None)


def shown(messages: list[str]) -> list[str]:
    """What staff read: each message must be valid Telegram HTML."""
    return [parse_html(message).text for message in messages]


def test_an_empty_period_says_so_in_one_short_message() -> None:
    messages = shown(render_digest(TEXTS, LONDON, DigestData(NOW - DAY, NOW, 1, 7)))
    assert messages == [
        "Digest · Wed 04 Mar 09:00 to Thu 05 Mar 09:00\n\n"
        "Nothing new, and nothing waiting for staff."
    ]


def test_hostile_text_is_shown_literally_and_the_html_stays_valid() -> None:
    hostile = 'Close </a> the <b>door</b> & <a href="x">this</a>'
    data = DigestData(NOW - DAY, NOW, 1, 7, feedback=(feedback(1, hostile, topic="<i>T</i>"),))
    messages = render_digest(TEXTS, LONDON, data)
    text = shown(messages)[0]
    assert hostile in text
    assert "<i>T</i> (1)" in text
    assert "&lt;b&gt;door&lt;/b&gt; &amp;" in messages[0]


def test_safeguarding_alerts_appear_as_a_count_only() -> None:
    data = DigestData(NOW - DAY, NOW, 1, 7, safeguarding_alerts=AlertCounts(2, 1, 0))
    text = shown(render_digest(TEXTS, LONDON, data))[0]
    assert "Safeguarding alerts: 3 (2 open, 1 contacted, 0 closed)." in text
    assert "Nothing new" not in text
    quiet = shown(render_digest(TEXTS, LONDON, DigestData(NOW - DAY, NOW, 1, 7)))[0]
    assert "Safeguarding" not in quiet


def test_a_catch_up_digest_says_how_many_digests_it_stands_for() -> None:
    data = DigestData(NOW - 4 * DAY, NOW, 4, 7)
    text = shown(render_digest(TEXTS, LONDON, data))[0]
    assert "This digest stands for 4 scheduled digests" in text


def test_a_long_digest_is_split_under_the_limit_between_items() -> None:
    # Each item is long, full of characters that are escaped, and starts and ends recognisably.
    items = tuple(
        feedback(n, f"START{n} " + "<b>&</b> " * 150 + f"END{n}", topic=f"Topic {n % 3}")
        for n in range(1, 31)
    )
    messages = render_digest(TEXTS, LONDON, DigestData(NOW - DAY, NOW, 1, 7, feedback=items))
    assert len(messages) > 2
    texts = shown(messages)
    for text in texts:
        assert len(text) <= TELEGRAM_LIMIT
    for item in items:
        # Every item is whole, inside exactly one message.
        assert sum(item.body in text for text in texts) == 1
    assert texts[0].startswith("Digest ·")
    assert "New feedback (30)" in texts[0]
