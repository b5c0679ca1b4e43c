"""Which women a message to staff quotes: those it names by made-up name."""

from __future__ import annotations

from bot.rules.quotes import authors_of, quoting


def test_a_message_quotes_the_women_it_names() -> None:
    authors = authors_of([("P-AAAA", 1), ("P-BBBB", 2), ("", None), ("P-CCCC", None)])
    assert authors == {"P-AAAA": 1, "P-BBBB": 2}
    assert quoting("#3 from P-BBBB: the room is cold", authors) == [2]
    assert quoting("P-AAAA and P-BBBB", authors) == [1, 2]
    assert quoting("nobody here", authors) == []
