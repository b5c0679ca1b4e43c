"""The power-sharing record's pure rules, checked against hand-computed figures."""

from __future__ import annotations

from bot.rules.power import (
    AGREED,
    DIFFERED,
    FOLLOWED,
    NOT_FOLLOWED,
    UNDECIDED,
    PowerRow,
    classify,
    follow_is_valid,
    power_figures,
)


def test_women_choosing_the_staff_option_agree_and_another_differs() -> None:
    assert classify(2, 2, True) == AGREED
    assert classify(2, 1, True) == DIFFERED


def test_a_tie_or_a_missed_quorum_decides_nothing() -> None:
    assert classify(2, None, True) == UNDECIDED
    assert classify(2, 1, False) == UNDECIDED


def test_not_following_women_needs_a_limit_and_both_need_an_explanation() -> None:
    assert follow_is_valid(True, None, "We will do as you chose.")
    assert not follow_is_valid(True, None, "  ")
    assert not follow_is_valid(False, None, "We can't.")
    assert follow_is_valid(False, "funder", "Our grant says evenings only.")


def test_figures_count_only_the_period_and_group_refusals_by_limit() -> None:
    rows = [
        PowerRow(100, DIFFERED, FOLLOWED, None),
        PowerRow(110, DIFFERED, NOT_FOLLOWED, "funder"),
        PowerRow(120, DIFFERED, NOT_FOLLOWED, "funder"),
        PowerRow(130, DIFFERED, NOT_FOLLOWED, "law"),
        PowerRow(140, DIFFERED, None, None),
        PowerRow(150, AGREED, None, None),
        PowerRow(160, UNDECIDED, None, None),
        PowerRow(300, DIFFERED, FOLLOWED, None),  # after the period
        PowerRow(99, DIFFERED, FOLLOWED, None),  # before it
    ]
    figures = power_figures(rows, lambda at: at is not None and 100 <= at < 300)
    assert figures.with_preference == 7
    assert figures.differed == 5
    assert figures.followed == 1
    assert figures.not_followed == 3
    assert figures.awaiting == 1
    assert figures.not_followed_by_limit == {"funder": 2, "law": 1}
