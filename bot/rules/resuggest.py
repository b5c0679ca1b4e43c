"""When an idea held back with "not yet" is suggested to staff again."""

from __future__ import annotations

from dataclasses import dataclass

DAY = 86400


@dataclass(frozen=True, slots=True)
class Resuggest:
    """From the settings: support that must be added, or days that must pass."""

    margin: int = 3
    days: int = 60


def resuggest_due(
    supporters_then: int, held_at: int, supporters_now: int, now: int, rules: Resuggest
) -> bool:
    """True once support grew by at least `margin` since "not yet", or `days` have passed."""
    return supporters_now - supporters_then >= rules.margin or now - held_at >= rules.days * DAY
