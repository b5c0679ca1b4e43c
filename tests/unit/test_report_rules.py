"""The report's grammar and maths: periods, levels reached, moves, turnout and medians."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.report_rules import ReportPeriod, median, parse_period, summarise
from bot.rules.domains import decided_at_level, toggle, valid_choice
from storage.proposals import NotYet, Proposal
from storage.records import (
    FeedbackRecord,
    HistoryRecord,
    PollRecord,
    SuggestionRecord,
)

LONDON = ZoneInfo("Europe/London")
DAY = 86400
HOUR = 3600
NOW = 1772701200  # Thu 5 March 2026, 09:00 in London


def local(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=LONDON).timestamp())


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("", NOW - 90 * DAY, NOW, "days"),
        ("30d", NOW - 30 * DAY, NOW, "days"),
        (" 7 days ", NOW - 7 * DAY, NOW, "days"),
        ("all", None, NOW, "all"),
        ("ALL", None, NOW, "all"),
        ("2025", local("2025-01-01T00:00"), local("2026-01-01T00:00") - 1, "year"),
        ("2026", local("2026-01-01T00:00"), NOW, "year"),
        ("2025-Q2", local("2025-04-01T00:00"), local("2025-07-01T00:00") - 1, "quarter"),
        ("2025q4", local("2025-10-01T00:00"), local("2026-01-01T00:00") - 1, "quarter"),
        ("2026-q1", local("2026-01-01T00:00"), NOW, "quarter"),
    ],
)
def test_report_periods_people_can_type(text: str, start: int | None, end: int, kind: str) -> None:
    period = parse_period(text, NOW, LONDON)
    assert period is not None
    assert (period.start, period.end, period.kind) == (start, end, kind)


@pytest.mark.parametrize(
    "text", ["0d", "9999d", "soon", "2027", "2026-Q2", "1999", "2025-Q5", "-3d"]
)
def test_nonsense_or_future_periods_are_refused(text: str) -> None:
    assert parse_period(text, NOW, LONDON) is None


def test_median_of_nothing_is_unknown() -> None:
    assert median([]) is None
    assert median([3, 1, 2]) == 2
    assert median([1, 2, 3, 10]) == 2.5


def _history(n: int, proposal: int, event: str, at: int, **fields: object) -> HistoryRecord:
    values: dict[str, object] = {
        "from_level": None,
        "to_level": None,
        "outcome": None,
        "limit_code": None,
        "evidence": None,
        "reason": None,
    }
    values.update(fields)
    return HistoryRecord(id=n, proposal_id=proposal, event=event, created_at=at, **values)  # type: ignore[arg-type]


def _proposal(number: int, title: str, created: int) -> Proposal:
    return Proposal(
        number, 1, "P-0001", title, "", "published", 1, "open", None, None, created, created, 0, 0
    )


def _poll(number: int, kind: str, closed: int | None, turnout: int, eligible: int) -> PollRecord:
    return PollRecord(
        number, "Q", kind, "", "all", None, "count", 2, closed or NOW, NOW, closed, eligible,
        turnout, None if closed is None else turnout >= 2, None,
    )  # fmt: skip


START = NOW - 30 * DAY
PERIOD = ReportPeriod(START, NOW, "days", 30)


def test_the_report_counts_levels_moves_outcomes_limits_and_turnout() -> None:
    history = [
        # Published before the period, moved up within it after 10 days at consultation.
        _history(1, 1, "published", START - 5 * DAY),
        _history(2, 1, "moved", START + 5 * DAY, from_level=1, to_level=2),
        # Published, moved twice and adopted inside the period.
        _history(3, 2, "published", START + DAY),
        _history(4, 2, "moved", START + 3 * DAY, from_level=1, to_level=2),
        _history(5, 2, "moved", START + 7 * DAY, from_level=2, to_level=3),
        _history(6, 2, "closed", START + 8 * DAY, outcome="adopted"),
        # Two refusals for two different limits, and one before the period that is not counted.
        _history(7, 3, "published", START + DAY),
        _history(8, 3, "closed", START + 2 * DAY, outcome="not_possible", limit_code="funder",
                 reason="Funding ends at 5pm"),
        _history(9, 4, "closed", START + 2 * DAY, outcome="not_possible", limit_code="law",
                 reason="Data protection law"),
        _history(10, 5, "closed", START - DAY, outcome="not_possible", limit_code="finance",
                 reason="Before"),
    ]  # fmt: skip
    proposals = [_proposal(n, f"Idea {n}", START - 6 * DAY) for n in range(1, 6)]
    polls = [
        _poll(1, "shared", START + 2 * DAY, 6, 10),
        _poll(2, "shared", START + 4 * DAY, 1, 4),
        _poll(3, "advisory", START + 5 * DAY, 3, 3),
        _poll(4, "shared", START - DAY, 9, 9),  # before the period
        _poll(5, "shared", None, 2, 8),  # still open
    ]
    summary = summarise(
        PERIOD, feedback=[], proposals=proposals, history=history, suggestions=[], polls=polls
    )
    assert summary.reached == (2, 2, 1)
    assert [(m.proposal_id, m.to_level, m.seconds) for m in summary.moves] == [
        (1, 2, 10 * DAY),
        (2, 2, 2 * DAY),
        (2, 3, 4 * DAY),
    ]
    assert summary.median_move_seconds(2) == 6 * DAY
    assert summary.median_move_seconds(3) == 4 * DAY
    assert (summary.adopted, summary.delivered, summary.not_possible_count) == (1, 0, 2)
    assert [(code, [i.explanation for i in items]) for code, items in summary.not_possible] == [
        ("law", ["Data protection law"]),
        ("funder", ["Funding ends at 5pm"]),
    ]
    assert [p.poll_id for p in summary.polls] == [1, 2, 3]
    shared = summary.shared
    assert (shared.polls, shared.turnout, shared.eligible, shared.quorum_met) == (2, 7, 14, 1)
    assert shared.median_share == pytest.approx((0.6 + 0.25) / 2)
    assert (summary.advisory.polls, summary.advisory.share) == (1, 1.0)


def test_median_response_time_covers_items_raised_in_the_period() -> None:
    feedback = [
        FeedbackRecord(1, "P-1", "T", "b", START + DAY, START + DAY + 2 * HOUR, 1),
        FeedbackRecord(2, "P-1", "T", "b", START + DAY, START + 3 * DAY, 1),
        FeedbackRecord(3, "P-1", "T", "b", START + DAY, None, 0),  # still waiting
        FeedbackRecord(4, "P-1", "T", "b", START - DAY, START + DAY, 1),  # raised before
    ]
    proposals = [_proposal(1, "Idea", START + DAY)]
    history = [_history(1, 1, "published", START + DAY + 4 * HOUR)]
    suggestions = [SuggestionRecord(1, 1, 2, "e", START + 2 * DAY, "moved", START + 3 * DAY)]
    summary = summarise(
        PERIOD,
        feedback=feedback,
        proposals=proposals,
        history=history,
        suggestions=suggestions,
        polls=[],
    )
    response = summary.response
    assert response.feedback == (2 * HOUR + 2 * DAY) / 2
    assert response.moderation == 4 * HOUR
    assert response.suggestions == DAY
    assert response.overall == pytest.approx((4 * HOUR + DAY) / 2)
    assert (response.answered, response.waiting) == (4, 1)
    assert summary.feedback_received == 3


def _domain_poll(
    number: int, kind: str, idea: int | None, closed: int | None, domains: tuple[str, ...]
) -> PollRecord:
    return PollRecord(
        number, "Q", kind, "", "all", idea, "count", 2, START, NOW, closed, 5, 3,
        None if closed is None else True, 1, 0, domains,
    )  # fmt: skip


def test_shared_decisions_are_counted_per_domain_at_the_level_the_idea_stood_then() -> None:
    history = [
        # Idea 1 reached co-design on day 10 and co-production on day 20.
        _history(1, 1, "published", START - DAY),
        _history(2, 1, "moved", START + 10 * DAY, from_level=1, to_level=2),
        _history(3, 1, "moved", START + 20 * DAY, from_level=2, to_level=3),
    ]
    polls = [
        _domain_poll(1, "shared", 1, START + 5 * DAY, ("design", "accessibility")),  # level 1
        _domain_poll(2, "shared", 1, START + 15 * DAY, ("design",)),  # level 2
        _domain_poll(3, "shared", 1, START + 25 * DAY, ("design", "delivery")),  # level 3
        _domain_poll(4, "shared", None, START + 2 * DAY, ("priorities",)),  # service-wide
        _domain_poll(5, "advisory", 1, START + 25 * DAY, ("language",)),  # not shared
        _domain_poll(6, "shared", 1, START - 2 * DAY, ("language",)),  # before the period
        _domain_poll(7, "shared", 1, None, ("language",)),  # still open
    ]
    summary = summarise(
        PERIOD, feedback=[], proposals=[], history=history, suggestions=[], polls=polls
    )
    assert summary.by_domain == {
        "priorities": {None: 1},
        "design": {1: 1, 2: 1, 3: 1},
        "language": {},
        "accessibility": {1: 1},
        "delivery": {3: 1},
    }


def _not_yet(n: int, proposal: int, to_level: int, at: int, domains: tuple[str, ...]) -> NotYet:
    return NotYet(n, proposal, to_level, "Later", None, 4, "Sam", at, None, domains)


def test_staff_decisions_are_counted_per_domain_at_the_level_the_item_stood() -> None:
    history = [
        # A staff plan published at co-design, naming what it had already decided.
        _history(1, 1, "published", START + DAY, to_level=2, domains=("design",)),
        # Idea 2: moved up from consultation (priorities), then adopted at co-design (delivery,
        # design); its publication names no domain and is not a decision.
        _history(2, 2, "published", START + DAY),
        _history(3, 2, "moved", START + 2 * DAY, from_level=1, to_level=2,
                 domains=("priorities",)),
        _history(4, 2, "closed", START + 3 * DAY, from_level=2, outcome="adopted",
                 domains=("design", "delivery")),
        # A declined idea (level 1), and a close before the period (not counted).
        _history(5, 3, "declined", START + 4 * DAY, domains=("language",)),
        _history(6, 4, "closed", START - DAY, from_level=3, outcome="delivered",
                 domains=("delivery",)),
        # A move recorded before decisions named domains: counted nowhere here.
        _history(7, 5, "moved", START + 5 * DAY, from_level=2, to_level=3),
    ]  # fmt: skip
    not_yet = [
        _not_yet(1, 2, 2, START + DAY + 1, ("priorities", "accessibility")),  # at consultation
        _not_yet(2, 2, 3, START + 6 * DAY, ("delivery",)),  # at co-design
        _not_yet(3, 4, 3, START - 2 * DAY, ("delivery",)),  # before the period
    ]
    summary = summarise(
        PERIOD,
        feedback=[],
        proposals=[],
        history=history,
        suggestions=[],
        polls=[],
        not_yet=not_yet,
    )
    assert summary.staff_by_domain == {
        "priorities": {1: 2},
        "design": {2: 2},
        "language": {1: 1},
        "accessibility": {1: 1},
        "delivery": {2: 2},
    }
    # Shared decisions are counted apart: there were none.
    assert all(not levels for levels in summary.by_domain.values())


def test_a_decision_names_at_least_one_known_domain_once() -> None:
    assert valid_choice(("design",)) and valid_choice(("priorities", "delivery"))
    assert not valid_choice(())
    assert not valid_choice(("design", "design"))
    assert not valid_choice(("design", "budget"))


def test_the_level_a_staff_decision_was_made_at() -> None:
    assert decided_at_level("moved", 1, 2) == 1
    assert decided_at_level("closed", 3, None) == 3
    assert decided_at_level("not_yet", 2, 3) == 2
    assert decided_at_level("declined", None, None) == 1
    assert decided_at_level("published", None, 2) == 2


def test_a_domain_is_toggled_in_the_module_order_and_unknown_names_are_dropped() -> None:
    assert toggle((), "delivery") == ("delivery",)
    assert toggle(("delivery",), "design") == ("design", "delivery")
    assert toggle(("design", "delivery"), "design") == ("delivery",)
    assert toggle(("budget",), "language") == ("language",)
