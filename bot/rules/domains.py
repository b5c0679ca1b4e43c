"""Decision domains: the five the training module names, chosen by toggling, and counted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# "make decisions together about priorities, design, language, accessibility, and delivery"
DOMAINS = ("priorities", "design", "language", "accessibility", "delivery")


def toggle(chosen: Iterable[str], domain: str) -> tuple[str, ...]:
    """Add or remove one domain; unknown names are dropped; always in the module's order."""
    picked = set(chosen)
    picked ^= {domain}
    return tuple(name for name in DOMAINS if name in picked)


@dataclass(frozen=True, slots=True)
class DomainDecision:
    """One decision: its domains and the ladder level of its item (None: service-wide)."""

    domains: tuple[str, ...]
    level: int | None


def count_by_domain(
    decisions: Iterable[DomainDecision],
) -> dict[str, dict[int | None, int]]:
    """Per domain, how many decisions at each level; a decision counts once in each of its
    domains. Every domain is present, possibly with no levels."""
    counts: dict[str, dict[int | None, int]] = {name: {} for name in DOMAINS}
    for decision in decisions:
        for name in set(decision.domains) & set(DOMAINS):
            counts[name][decision.level] = counts[name].get(decision.level, 0) + 1
    return counts


def level_at(entered: dict[int, int], moment: int) -> int:
    """The level an item stood at `moment`, from when it entered each level (1 if unknown)."""
    reached = [level for level, at in entered.items() if at <= moment]
    return max(reached, default=1)


def valid_choice(domains: Iterable[str]) -> bool:
    """A decision's domains as staff must give them: at least one, each a known domain, once."""
    chosen = list(domains)
    return bool(chosen) and len(set(chosen)) == len(chosen) and set(chosen) <= set(DOMAINS)


def decided_at_level(event: str, from_level: int | None, to_level: int | None) -> int:
    """The level an item stood at when staff decided about it: where a move or "not yet" started
    from, where it was closed, 1 for a declined idea, the starting level of a staff plan."""
    if event in ("moved", "closed", "not_yet") and from_level:
        return from_level
    if event == "published" and to_level:
        return to_level
    return 1
