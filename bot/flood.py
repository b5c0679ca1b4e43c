"""Per-woman flood control in memory: a polite word when she goes over, then silence."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from enum import Enum


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # the first thing over the limit: tell her kindly, do not process it
    DROP = "drop"  # anything after that, until the window frees up: ignore it silently


@dataclass(slots=True)
class _History:
    """One woman's accepted events still in the window, and whether she was already warned (then
    the next one over is dropped without a word)."""

    accepted: deque[float] = field(default_factory=deque)
    warned: bool = False


class SlidingWindow:
    """At most `limit` accepted events per `seconds` for each key."""

    def __init__(self, limit: int, seconds: float) -> None:
        self.limit = limit
        self.seconds = seconds
        self._keys: dict[int, _History] = {}

    def check(self, key: int, now: float) -> Verdict:
        history = self._keys.setdefault(key, _History())
        while history.accepted and history.accepted[0] <= now - self.seconds:
            history.accepted.popleft()
        if len(history.accepted) < self.limit:
            # Only accepted events count, so she is let through again as soon as there is room.
            history.accepted.append(now)
            history.warned = False
            return Verdict.ALLOW
        if history.warned:
            return Verdict.DROP
        history.warned = True
        return Verdict.WARN

    def forget_idle(self, now: float) -> None:
        """Drop keys with nothing left in the window, so memory does not grow with users."""
        for key in list(self._keys):
            accepted = self._keys[key].accepted
            if not accepted or accepted[-1] <= now - self.seconds:
                del self._keys[key]

    def __len__(self) -> int:
        return len(self._keys)


class FloodControl:
    """Two limits per woman: updates per minute, and stored submissions per ten minutes."""

    def __init__(self, updates_per_minute: int, submissions_per_10_minutes: int) -> None:
        self.updates = SlidingWindow(updates_per_minute, 60.0)
        self.submissions = SlidingWindow(submissions_per_10_minutes, 600.0)

    def update(self, user_id: int, now: float) -> Verdict:
        return self.updates.check(user_id, now)

    def submission(self, user_id: int, now: float) -> Verdict:
        return self.submissions.check(user_id, now)

    def forget_idle(self, now: float) -> None:
        self.updates.forget_idle(now)
        self.submissions.forget_idle(now)
