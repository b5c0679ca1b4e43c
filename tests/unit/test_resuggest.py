"""When an idea held back with "not yet" comes back to staff."""

from __future__ import annotations

from bot.rules.resuggest import DAY, Resuggest, resuggest_due

RULES = Resuggest(margin=3, days=30)


def test_support_grown_by_the_margin_brings_it_back() -> None:
    assert not resuggest_due(5, 0, 7, DAY, RULES)
    assert resuggest_due(5, 0, 8, DAY, RULES)


def test_support_that_fell_and_rose_again_counts_from_the_not_yet() -> None:
    assert not resuggest_due(5, 0, 5, DAY, RULES)
    assert resuggest_due(5, 0, 9, DAY, RULES)


def test_the_set_days_bring_it_back_whatever_the_support() -> None:
    assert not resuggest_due(5, 100, 5, 100 + 30 * DAY - 1, RULES)
    assert resuggest_due(5, 100, 5, 100 + 30 * DAY, RULES)
    assert resuggest_due(5, 100, 2, 100 + 31 * DAY, RULES)
