"""Co-delivery's rules: the stages in order, one move at a time, never past the review before
it is done; roles at stages still to come; the review's counts and the report's figures."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from bot.rules.stages import (
    DEFAULT_STAGE_ROLES,
    FINISHED,
    Move,
    ReviewCount,
    count_review,
    has_stages,
    may_move,
    next_stage,
    parse_review_date,
    parse_stage_roles,
    review_figures,
    role_open,
    roles_taken,
)

PLAN = parse_stage_roles(DEFAULT_STAGE_ROLES)
STAGES = PLAN.names
LONDON = ZoneInfo("Europe/London")


def test_the_default_stages_are_the_training_modules_in_order_with_their_roles() -> None:
    assert STAGES == ("plan", "design", "access", "delivery", "review")
    assert PLAN.roles("design") == ("designer", "reviewer")
    assert PLAN.roles("delivery") == ("co_facilitator",)
    assert PLAN.roles("nowhere") == ()


def test_a_service_names_its_own_stages_and_roles() -> None:
    plan = parse_stage_roles(" Plan : Reviewer ;delivery: co_facilitator, peer_mentor;; ")
    assert plan.stages == (
        ("plan", ("reviewer",)),
        ("delivery", ("co_facilitator", "peer_mentor")),
    )
    assert parse_stage_roles("review").stages == (("review", ()),)


@pytest.mark.parametrize(
    "value",
    ["", ";", "plan: reviewer; plan: designer", "plan: a b", "finished: x", "plan: x, x",
     "9lives: x", "plan: " + ", ".join(f"r{n}" for n in range(6)),
     ";".join(f"s{n}" for n in range(11))],
)  # fmt: skip
def test_unusable_stage_settings_are_refused_with_a_reason(value: str) -> None:
    with pytest.raises(ValueError):
        parse_stage_roles(value)


def test_the_setting_is_checked_when_the_bot_starts(tmp_path: object) -> None:
    with pytest.raises(ValueError, match="stage_roles"):
        Settings(_env_file=None, telegram_bot_token="123:" + "a" * 35, stage_roles="plan: a b")  # type: ignore[call-arg]


def test_only_a_published_item_at_co_production_not_closed_as_not_possible_has_stages() -> None:
    assert has_stages("published", 3, "open")
    assert has_stages("published", 3, "delivered")
    assert not has_stages("published", 2, "open")
    assert not has_stages("published", 3, "not_possible")
    assert not has_stages("declined", 3, "open")


def test_stages_come_one_after_another_then_finish() -> None:
    assert next_stage(STAGES, None) == "plan"
    assert next_stage(STAGES, "plan") == "design"
    assert next_stage(STAGES, "review") == FINISHED
    assert next_stage(STAGES, FINISHED) is None
    # A stage the service has since removed: start again from the first.
    assert next_stage(STAGES, "gone") == "plan"


def test_a_move_goes_one_stage_on_and_never_skips_or_repeats() -> None:
    def move(current: str | None, target: str, **facts: bool) -> Move:
        given = {"item_has_stages": True, "review_done": False, **facts}
        return may_move(STAGES, current, target, **given)

    assert move(None, "plan") == Move.ALLOWED
    assert move("plan", "design") == Move.ALLOWED
    assert move("plan", "access") == Move.NOT_NEXT  # skipping a stage
    assert move("design", "plan") == Move.NOT_NEXT  # going back
    assert move("design", "design") == Move.NOT_NEXT  # a second press of the same button
    assert move("plan", "design", item_has_stages=False) == Move.NO_STAGES
    assert move(FINISHED, "plan") == Move.NOT_NEXT


def test_nothing_moves_past_the_review_before_the_review_is_done() -> None:
    assert may_move(STAGES, "delivery", "review", item_has_stages=True, review_done=False) == (
        Move.ALLOWED
    )
    assert may_move(STAGES, "review", FINISHED, item_has_stages=True, review_done=False) == (
        Move.REVIEW_FIRST
    )
    assert may_move(STAGES, "review", FINISHED, item_has_stages=True, review_done=True) == (
        Move.ALLOWED
    )
    # A service whose last stage is not a review finishes freely.
    mine = ("plan", "delivery")
    assert may_move(mine, "delivery", FINISHED, item_has_stages=True, review_done=False) == (
        Move.ALLOWED
    )


def test_roles_are_open_at_the_stage_now_and_those_to_come() -> None:
    assert role_open(PLAN, None, "plan", "reviewer")
    assert role_open(PLAN, "design", "design", "designer")
    assert role_open(PLAN, "design", "delivery", "co_facilitator")
    assert not role_open(PLAN, "design", "plan", "reviewer")  # a stage passed
    assert not role_open(PLAN, "design", "delivery", "designer")  # not a role of that stage
    assert not role_open(PLAN, "design", "nowhere", "reviewer")
    assert not role_open(PLAN, FINISHED, "review", "reviewer")


def test_a_review_date_is_days_from_now_or_a_date_at_ten_in_the_morning() -> None:
    now = int(datetime(2026, 3, 1, 15, 0, tzinfo=LONDON).timestamp())
    expected = int(datetime(2026, 3, 31, 10, 0, tzinfo=LONDON).timestamp())
    assert parse_review_date("30d", now, LONDON) == expected
    assert parse_review_date("30 days", now, LONDON) == expected
    assert parse_review_date("2026-03-31", now, LONDON) == expected
    # Summer time starts in between: still ten in the morning, local time.
    assert parse_review_date("2026-04-01", now, LONDON) == int(
        datetime(2026, 4, 1, 10, 0, tzinfo=LONDON).timestamp()
    )
    for wrong in ("0d", "2026-03-01", "2025-12-01", "400d", "soon", "2026-02-30"):
        assert parse_review_date(wrong, now, LONDON) is None, wrong


def test_a_review_counts_each_answer_and_the_comments() -> None:
    count = count_review(
        [
            ("yes", None),
            ("partly", "Too early"),
            ("no", ""),
            (None, "No time to come"),
            (None, None),
        ]
    )
    assert count == ReviewCount(asked=5, yes=1, partly=1, no=1, comments=2)
    assert count.answered == 3


def test_the_report_adds_up_the_reviews_closed_in_its_period() -> None:
    first = ReviewCount(4, 2, 1, 0, 1)
    second = ReviewCount(3, 0, 1, 2, 0)
    later = ReviewCount(9, 9, 0, 0, 0)

    def holds(moment: int | None) -> bool:
        return moment is not None and 100 <= moment <= 200

    closed = [(150, first), (200, second), (201, later), (None, later)]
    assert review_figures(closed, holds) == (2, ReviewCount(7, 2, 2, 2, 1))


def test_the_report_counts_roles_taken_per_stage_and_the_women_who_took_them() -> None:
    roles = [
        ("plan", "P-AAAA", 110),
        ("design", "P-AAAA", 120),
        ("design", "P-BBBB", 130),
        ("gone", "P-CCCC", 140),
        ("review", "P-DDDD", 500),
    ]
    counts, women = roles_taken(roles, STAGES, lambda moment: 100 <= moment <= 200)
    assert counts == {
        "plan": 1, "design": 2, "access": 0, "delivery": 0, "review": 0, "gone": 1
    }  # fmt: skip
    assert women == 3
