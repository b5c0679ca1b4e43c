"""The co-production report's maths: pure functions of the records and the period, no I/O."""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.ladder import LIMIT_CODES
from bot.rules.domains import DomainDecision, count_by_domain, decided_at_level, level_at
from storage.proposals import NotYet, Proposal
from storage.records import (
    FeedbackRecord,
    HistoryRecord,
    PollRecord,
    SuggestionRecord,
    Waits,
)

DAY = 86400
DEFAULT_DAYS = 90
MAX_DAYS = 3660


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """[start, end]; `start` is None for "all". `kind` and `number` name it in texts."""

    start: int | None
    end: int
    kind: str  # days | year | quarter | all
    number: int = 0  # the days, or the year
    quarter: int = 0

    def holds(self, moment: int | None) -> bool:
        return (
            moment is not None
            and (self.start is None or moment >= self.start)
            and (moment <= self.end)
        )


_DAYS = re.compile(r"(\d{1,4})\s*d(ays?)?")
_YEAR_OR_QUARTER = re.compile(r"(\d{4})(?:\s*-?\s*q([1-4]))?")


def _local_start(year: int, month: int, zone: ZoneInfo) -> int:
    return int(datetime.combine(date(year, month, 1), time(0), tzinfo=zone).timestamp())


def parse_period(text: str, now: int, zone: ZoneInfo) -> ReportPeriod | None:
    """Nothing (the last 90 days), `30d` (the last 30 days), `2026` (a calendar year),
    `2026-Q1` (a quarter) or `all`; None for anything else or a period still to come."""
    cleaned = text.strip().lower()
    if not cleaned:
        return ReportPeriod(now - DEFAULT_DAYS * DAY, now, "days", DEFAULT_DAYS)
    if cleaned == "all":
        return ReportPeriod(None, now, "all")
    if match := _DAYS.fullmatch(cleaned):
        days = int(match.group(1))
        return ReportPeriod(now - days * DAY, now, "days", days) if 1 <= days <= MAX_DAYS else None
    match = _YEAR_OR_QUARTER.fullmatch(cleaned)
    if match is None or not 2000 <= int(match.group(1)) <= 2999:
        return None
    year = int(match.group(1))
    if match.group(2) is not None:
        quarter = int(match.group(2))
        first_month = 3 * quarter - 2
        start = _local_start(year, first_month, zone)
        after = (
            _local_start(year + 1, 1, zone)
            if quarter == 4
            else _local_start(year, first_month + 3, zone)
        )
        period = ReportPeriod(start, min(now, after - 1), "quarter", year, quarter)
    else:
        start = _local_start(year, 1, zone)
        period = ReportPeriod(start, min(now, _local_start(year + 1, 1, zone) - 1), "year", year)
    return period if start <= now else None


def median(values: Iterable[float]) -> float | None:
    found = list(values)
    return statistics.median(found) if found else None


@dataclass(frozen=True, slots=True)
class Move:
    """An idea's move up the ladder in the period, and how long it stayed at the level it left."""

    proposal_id: int
    from_level: int
    to_level: int
    at: int
    seconds: int | None  # time spent at `from_level`; None if when it got there is not known


@dataclass(frozen=True, slots=True)
class NotPossible:
    """An idea closed as not possible in the period, named by its title, with the explanation."""

    proposal_id: int
    title: str
    explanation: str
    at: int


@dataclass(frozen=True, slots=True)
class PollPoint:
    """A poll closed in the period, for the chart and the turnout figures."""

    poll_id: int
    closed_at: int
    shared: bool
    turnout: int
    eligible: int
    quorum_met: bool

    @property
    def share(self) -> float | None:
        return self.turnout / self.eligible if self.eligible else None


@dataclass(frozen=True, slots=True)
class DecisionStats:
    """The period's closed polls of one kind (shared or advisory) added up: turnout, quorum met,
    and the median share of women who voted."""

    polls: int
    turnout: int
    eligible: int
    quorum_met: int
    median_share: float | None

    @property
    def share(self) -> float | None:
        return self.turnout / self.eligible if self.eligible else None


@dataclass(frozen=True, slots=True)
class ResponseTimes:
    """Medians in seconds, over items raised in the period that staff have responded to."""

    feedback: float | None
    moderation: float | None
    suggestions: float | None
    overall: float | None
    answered: int
    waiting: int


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What co-production achieved in the period: items at each level, moves, outcomes, "no"s by
    limit, polls, response times and decisions by domain."""

    period: ReportPeriod
    feedback_received: int
    ideas_submitted: int
    reached: tuple[int, int, int]  # consultation (published), co-design, co-production
    moves: tuple[Move, ...]
    adopted: int
    delivered: int
    not_possible: tuple[tuple[str, tuple[NotPossible, ...]], ...]  # by limit code
    polls: tuple[PollPoint, ...]
    shared: DecisionStats
    advisory: DecisionStats
    response: ResponseTimes
    # Shared decisions closed in the period, per domain and per level of the item they decided
    # (None: a service-wide poll).
    by_domain: dict[str, dict[int | None, int]]
    # Decisions staff made alone in the period (a move, "not yet", a close, a decline, what a
    # plan had already decided), per domain and per level the item stood at.
    staff_by_domain: dict[str, dict[int | None, int]] = field(default_factory=dict)

    def moves_to(self, level: int) -> tuple[Move, ...]:
        return tuple(move for move in self.moves if move.to_level == level)

    def median_move_seconds(self, level: int) -> float | None:
        return median(m.seconds for m in self.moves_to(level) if m.seconds is not None)

    @property
    def not_possible_count(self) -> int:
        return sum(len(items) for _, items in self.not_possible)


def _entered_levels(history: list[HistoryRecord]) -> dict[int, dict[int, int]]:
    """For each proposal, when it reached each level (publication counts as level 1)."""
    entered: dict[int, dict[int, int]] = {}
    for entry in sorted(history, key=lambda e: (e.created_at, e.id)):
        levels = entered.setdefault(entry.proposal_id, {})
        if entry.event == "published":
            levels.setdefault(1, entry.created_at)
        elif entry.event == "moved" and entry.to_level is not None:
            levels.setdefault(entry.to_level, entry.created_at)
    return entered


def _decision_stats(points: list[PollPoint]) -> DecisionStats:
    return DecisionStats(
        polls=len(points),
        turnout=sum(p.turnout for p in points),
        eligible=sum(p.eligible for p in points),
        quorum_met=sum(1 for p in points if p.quorum_met),
        median_share=median(p.share for p in points if p.share is not None),
    )


def waits(period: ReportPeriod, pairs: Iterable[tuple[int, int | None]]) -> Waits:
    """Of (raised, answered or None) pairs, those raised in the period: how many, how long
    each answered one waited, how many still wait."""
    raised = waiting = 0
    answered: list[int] = []
    for moment, answer in pairs:
        if not period.holds(moment):
            continue
        raised += 1
        if answer is None:
            waiting += 1
        else:
            answered.append(max(0, answer - moment))
    return Waits(raised, tuple(answered), waiting)


def first_moderation(history: Iterable[HistoryRecord]) -> dict[int, int]:
    """When each idea was first published or declined, as its history lists them."""
    moderated: dict[int, int] = {}
    for entry in history:
        if entry.event in ("published", "declined"):
            moderated.setdefault(entry.proposal_id, entry.created_at)
    return moderated


def refused_items(period: ReportPeriod, history: Iterable[HistoryRecord]) -> set[int]:
    """The ideas closed as not possible in the period: the report names them by title."""
    return {
        entry.proposal_id
        for entry in history
        if entry.event == "closed"
        and entry.outcome == "not_possible"
        and period.holds(entry.created_at)
    }


def _response_times(feedback: Waits, moderation: Waits, suggestions: Waits) -> ResponseTimes:
    everything = [*feedback.answered, *moderation.answered, *suggestions.answered]
    return ResponseTimes(
        feedback=median(feedback.answered),
        moderation=median(moderation.answered),
        suggestions=median(suggestions.answered),
        overall=median(everything),
        answered=len(everything),
        waiting=feedback.waiting + moderation.waiting + suggestions.waiting,
    )


def summarise(
    period: ReportPeriod,
    *,
    feedback: list[FeedbackRecord],
    proposals: list[Proposal],
    history: list[HistoryRecord],
    suggestions: list[SuggestionRecord],
    polls: list[PollRecord],
    not_yet: Iterable[NotYet] = (),
) -> ReportSummary:
    """What co-production achieved in the period, counted from the records."""
    moderated = first_moderation(history)
    return summarise_counted(
        period,
        feedback=waits(period, ((f.created_at, f.first_response_at) for f in feedback)),
        ideas=waits(period, ((p.created_at, moderated.get(p.id)) for p in proposals)),
        titles={p.id: p.title for p in proposals},
        history=history,
        suggestions=suggestions,
        polls=polls,
        not_yet=not_yet,
    )


def summarise_counted(
    period: ReportPeriod,
    *,
    feedback: Waits,
    ideas: Waits,
    titles: Mapping[int, str],
    history: list[HistoryRecord],
    suggestions: list[SuggestionRecord],
    polls: list[PollRecord],
    not_yet: Iterable[NotYet] = (),
) -> ReportSummary:
    """The same, with feedback and ideas already counted (by the database, for a report on
    years of records): the feedback and ideas given in the period and how long each waited,
    and the titles of the ideas closed as not possible (`refused_items`)."""
    entered = _entered_levels(history)
    reached = [set[int](), set[int](), set[int]()]
    moves: list[Move] = []
    outcomes: dict[str, int] = {"adopted": 0, "delivered": 0}
    refused: dict[str, list[NotPossible]] = {code: [] for code in LIMIT_CODES}
    for entry in history:
        if not period.holds(entry.created_at):
            continue
        if entry.event == "published":
            reached[0].add(entry.proposal_id)
        elif entry.event == "moved" and entry.to_level in (2, 3) and entry.from_level:
            reached[entry.to_level - 1].add(entry.proposal_id)
            since = entered.get(entry.proposal_id, {}).get(entry.from_level)
            moves.append(
                Move(
                    entry.proposal_id,
                    entry.from_level,
                    entry.to_level,
                    entry.created_at,
                    None if since is None else entry.created_at - since,
                )
            )
        elif entry.event == "closed" and entry.outcome in outcomes:
            outcomes[entry.outcome] += 1
        elif entry.event == "closed" and entry.outcome == "not_possible":
            code = entry.limit_code if entry.limit_code in refused else "other"
            refused[code].append(
                NotPossible(
                    entry.proposal_id,
                    titles.get(entry.proposal_id, ""),
                    entry.reason or "",
                    entry.created_at,
                )
            )
    points = [
        PollPoint(p.id, p.closed_at, p.kind == "shared", p.turnout, p.eligible, bool(p.quorum_met))
        for p in polls
        if p.closed_at is not None and period.holds(p.closed_at)
    ]
    points.sort(key=lambda point: (point.closed_at, point.poll_id))
    shared_decisions = [
        DomainDecision(
            p.domains,
            None
            if p.proposal_id is None or p.closed_at is None
            else level_at(entered.get(p.proposal_id, {}), p.closed_at),
        )
        for p in polls
        if p.kind == "shared" and p.closed_at is not None and period.holds(p.closed_at)
    ]
    return ReportSummary(
        period=period,
        feedback_received=feedback.raised,
        ideas_submitted=ideas.raised,
        reached=(len(reached[0]), len(reached[1]), len(reached[2])),
        moves=tuple(moves),
        adopted=outcomes["adopted"],
        delivered=outcomes["delivered"],
        not_possible=tuple((code, tuple(items)) for code, items in refused.items() if items),
        polls=tuple(points),
        shared=_decision_stats([p for p in points if p.shared]),
        advisory=_decision_stats([p for p in points if not p.shared]),
        response=_response_times(
            feedback, ideas, waits(period, ((s.created_at, s.decided_at) for s in suggestions))
        ),
        by_domain=count_by_domain(shared_decisions),
        staff_by_domain=count_by_domain(_staff_decisions(period, history, not_yet)),
    )


def _staff_decisions(
    period: ReportPeriod, history: Iterable[HistoryRecord], not_yet: Iterable[NotYet]
) -> list[DomainDecision]:
    """Staff decisions in the period that name their domains, at the level the item stood."""
    decided = [
        DomainDecision(h.domains, decided_at_level(h.event, h.from_level, h.to_level))
        for h in history
        if h.domains and period.holds(h.created_at)
    ]
    decided.extend(
        DomainDecision(n.domains, decided_at_level("not_yet", n.to_level - 1, n.to_level))
        for n in not_yet
        if n.domains and period.holds(n.created_at)
    )
    return decided
