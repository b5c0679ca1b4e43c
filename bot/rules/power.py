"""The power-sharing record: did women choose differently from the service, and what then."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

AGREED, DIFFERED, UNDECIDED = "agreed", "differed", "undecided"
FOLLOWED, NOT_FOLLOWED = "followed", "not_followed"


def classify(staff_choice: int, winner: int | None, quorum_met: bool) -> str:
    """At closing: women agreed with the sealed staff preference, chose differently, or the
    poll decided nothing (a tie, no votes, or quorum missed)."""
    if winner is None or not quorum_met:
        return UNDECIDED
    return AGREED if winner == staff_choice else DIFFERED


def follow_is_valid(followed: bool, limit_code: str | None, explanation: str) -> bool:
    """Following women needs an explanation; not following needs a limit as well."""
    if not explanation.strip():
        return False
    return followed or limit_code is not None


@dataclass(frozen=True, slots=True)
class PowerRow:
    """One poll's record as the report reads it."""

    closed_at: int | None
    verdict: str | None
    followed: str | None
    limit_code: str | None


@dataclass(frozen=True, slots=True)
class PowerFigures:
    """Power sharing in the report's period: polls with a sealed staff preference, how often women
    chose differently, and what the service did then."""

    with_preference: int
    differed: int
    followed: int
    not_followed: int
    awaiting: int  # differed, and staff have not yet said what the service did
    not_followed_by_limit: dict[str, int]


def power_figures(rows: list[PowerRow], holds: Callable[[int | None], bool]) -> PowerFigures:
    """Polls closed in the period (`holds`) with a sealed staff preference: how often women
    chose differently, and how often the service then followed them (and, if not, why)."""
    period = [r for r in rows if holds(r.closed_at)]
    differed = [r for r in period if r.verdict == DIFFERED]
    refused = [r for r in differed if r.followed == NOT_FOLLOWED]
    return PowerFigures(
        with_preference=len(period),
        differed=len(differed),
        followed=sum(1 for r in differed if r.followed == FOLLOWED),
        not_followed=len(refused),
        awaiting=sum(1 for r in differed if r.followed is None),
        not_followed_by_limit=dict(Counter(r.limit_code or "other" for r in refused)),
    )
