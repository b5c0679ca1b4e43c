"""The ladder rules, table-driven: pure functions of the facts."""

from __future__ import annotations

import pytest

from bot.ladder import (
    DAY,
    LadderFacts,
    LadderRules,
    Level,
    PollResult,
    active_since,
    can_move,
    closing_outcomes,
    suggest,
    support_threshold,
)

RULES = LadderRules()
WON = PollResult(poll_id=7, shared_decision=True, quorum_met=True, winner="Tuesdays")


def facts(**changes: object) -> LadderFacts:
    values: dict[str, object] = {
        "level": Level.CONSULTATION,
        "published": True,
        "outcome": "open",
        "supporters": 0,
        "volunteers": 0,
        "active_participants": 10,
        "polls": (),
    }
    values.update(changes)
    return LadderFacts(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("active", "threshold"),
    [(0, 5), (10, 5), (25, 5), (26, 6), (30, 6), (31, 7), (100, 20), (101, 21)],
)
def test_support_threshold_is_five_or_a_fifth_of_active_women(active: int, threshold: int) -> None:
    assert support_threshold(active, RULES) == threshold


@pytest.mark.parametrize(
    ("supporters", "active", "suggested"),
    [
        (4, 10, False),  # below the minimum of five
        (5, 10, True),  # exactly met
        (6, 10, True),
        (6, 40, False),  # a fifth of 40 is 8
        (8, 40, True),  # exactly a fifth
        (7, 31, True),  # ceil(6.2) = 7
        (6, 31, False),
    ],
)
def test_consultation_to_co_design(supporters: int, active: int, suggested: bool) -> None:
    found = suggest(facts(supporters=supporters, active_participants=active), RULES)
    assert (found is not None) == suggested
    if found:
        assert found.to_level == Level.CO_DESIGN
        assert (found.supporters, found.active_participants) == (supporters, active)


@pytest.mark.parametrize(
    ("volunteers", "polls", "suggested"),
    [
        (3, (WON,), True),
        (2, (WON,), False),  # not enough volunteers
        (5, (), False),  # no poll yet
        (3, (PollResult(7, True, False, "Tuesdays"),), False),  # quorum failed
        (3, (PollResult(7, True, True, None),), False),  # a tie
        (3, (PollResult(7, False, True, "Tuesdays"),), False),  # advisory only
        (3, (PollResult(6, False, True, "x"), WON), True),  # any decisive shared poll
    ],
)
def test_co_design_to_co_production(
    volunteers: int, polls: tuple[PollResult, ...], suggested: bool
) -> None:
    found = suggest(
        facts(level=Level.CO_DESIGN, supporters=50, volunteers=volunteers, polls=polls), RULES
    )
    assert (found is not None) == suggested
    if found:
        assert found.to_level == Level.CO_PRODUCTION and found.poll == WON


def test_a_suggestion_is_never_repeated_for_the_same_level() -> None:
    assert suggest(facts(supporters=9), RULES, frozenset({2})) is None


def test_a_consultation_item_is_never_suggested_straight_to_co_production() -> None:
    found = suggest(facts(supporters=2, volunteers=9, polls=(WON,)), RULES)
    assert found is None
    found = suggest(facts(supporters=9, volunteers=9, polls=(WON,)), RULES)
    assert found is not None and found.to_level == Level.CO_DESIGN


@pytest.mark.parametrize(
    "changes",
    [
        {"published": False},
        {"outcome": "adopted"},
        {"outcome": "not_possible"},
        {"level": Level.CO_PRODUCTION},
    ],
)
def test_nothing_is_suggested_for_unpublished_closed_or_top_items(
    changes: dict[str, object],
) -> None:
    assert suggest(facts(supporters=99, volunteers=9, polls=(WON,), **changes), RULES) is None


def test_only_women_active_in_the_window_count() -> None:
    now = 1_000 * DAY
    assert active_since(now, RULES) == now - 90 * DAY
    assert active_since(now, LadderRules(active_days=30)) == now - 30 * DAY


@pytest.mark.parametrize(
    ("level", "outcome", "published", "to_level", "allowed"),
    [
        (Level.CONSULTATION, "open", True, 2, True),
        (Level.CONSULTATION, "open", True, 3, False),  # never skip
        (Level.CO_DESIGN, "open", True, 2, False),  # already there
        (Level.CO_DESIGN, "open", True, 3, True),
        (Level.CO_PRODUCTION, "open", True, 4, False),
        (Level.CONSULTATION, "adopted", True, 2, False),
        (Level.CONSULTATION, "open", False, 2, False),
    ],
)
def test_staff_move_exactly_one_level(
    level: Level, outcome: str, published: bool, to_level: int, allowed: bool
) -> None:
    assert can_move(level, outcome, published, to_level) is allowed


def test_custom_thresholds_from_settings() -> None:
    rules = LadderRules(min_supporters=2, supporter_share=0.5, min_volunteers=1)
    assert support_threshold(10, rules) == 5
    assert suggest(facts(supporters=2, active_participants=3), rules) is not None


@pytest.mark.parametrize(
    ("published", "outcome", "allowed"),
    [
        (True, "open", ("adopted", "delivered", "not_possible")),
        (True, "adopted", ("delivered",)),
        (True, "delivered", ()),
        (True, "not_possible", ()),
        (False, "open", ()),
    ],
)
def test_an_adopted_idea_can_later_be_delivered_and_closed_ones_stay_closed(
    published: bool, outcome: str, allowed: tuple[str, ...]
) -> None:
    assert closing_outcomes(published, outcome) == allowed
