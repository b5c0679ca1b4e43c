"""The co-production ladder's rules: pure functions of the facts and the time, no I/O."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

DAY = 86400


class Level(IntEnum):
    CONSULTATION = 1
    CO_DESIGN = 2
    CO_PRODUCTION = 3


OUTCOMES = ("open", "adopted", "delivered", "not_possible")
CLOSING_OUTCOMES = ("adopted", "delivered", "not_possible")
LIMIT_CODES = ("law", "funder", "finance", "safeguarding", "other")


@dataclass(frozen=True, slots=True)
class LadderRules:
    """Thresholds, from the settings (the defaults are DESIGN.md's)."""

    min_supporters: int = 5
    supporter_share: float = 0.2
    active_days: int = 90
    min_volunteers: int = 3


@dataclass(frozen=True, slots=True)
class PollResult:
    """A closed poll's result as plain data: what the co-production rule needs to know."""

    poll_id: int
    shared_decision: bool
    quorum_met: bool
    winner: str | None  # None for a tie or no votes


@dataclass(frozen=True, slots=True)
class LadderFacts:
    """What the ladder rules look at for one item: where it stands, its supporters and volunteers,
    how many women are active, and its linked polls."""

    level: Level
    published: bool
    outcome: str
    supporters: int
    volunteers: int
    active_participants: int
    polls: tuple[PollResult, ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The evidence for moving a proposal up one level."""

    to_level: Level
    supporters: int
    threshold: int
    active_participants: int
    volunteers: int
    poll: PollResult | None


def active_since(now: int, rules: LadderRules) -> int:
    """The moment from which a woman counts as active."""
    return now - rules.active_days * DAY


def support_threshold(active_participants: int, rules: LadderRules) -> int:
    """Distinct supporters needed: max(minimum, ceil(share of active participants))."""
    share = math.ceil(rules.supporter_share * active_participants - 1e-9)
    return max(rules.min_supporters, share)


def next_level(level: Level) -> Level | None:
    """The one level above `level`: a level is never skipped."""
    return Level(level + 1) if level < Level.CO_PRODUCTION else None


def can_move(level: Level, outcome: str, published: bool, to_level: int) -> bool:
    """Staff may move an open, published proposal up exactly one level."""
    return published and outcome == "open" and to_level == level + 1 <= Level.CO_PRODUCTION


def closing_outcomes(published: bool, outcome: str) -> tuple[str, ...]:
    """What staff may close an idea as from where it stands: an open idea as anything, an
    adopted one as delivered once it is; a closed one stays closed."""
    if not published:
        return ()
    if outcome == "open":
        return CLOSING_OUTCOMES
    return ("delivered",) if outcome == "adopted" else ()


def decisive_poll(polls: tuple[PollResult, ...]) -> PollResult | None:
    """The first linked shared-decision poll that met quorum and has a winner."""
    return next(
        (p for p in polls if p.shared_decision and p.quorum_met and p.winner is not None), None
    )


def suggest(
    facts: LadderFacts, rules: LadderRules, already_suggested: frozenset[int] = frozenset()
) -> Suggestion | None:
    """The suggestion a rule makes now, or None; never one already made for that level."""
    if not facts.published or facts.outcome != "open":
        return None
    target = next_level(facts.level)
    if target is None or target in already_suggested:
        return None
    threshold = support_threshold(facts.active_participants, rules)
    evidence = Suggestion(
        target, facts.supporters, threshold, facts.active_participants, facts.volunteers, None
    )
    if target == Level.CO_DESIGN:
        return evidence if facts.supporters >= threshold else None
    poll = decisive_poll(facts.polls)
    if facts.volunteers >= rules.min_volunteers and poll is not None:
        return Suggestion(
            target,
            facts.supporters,
            threshold,
            facts.active_participants,
            facts.volunteers,
            poll,
        )
    return None
