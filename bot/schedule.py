"""Scheduled work: one periodic tick runs every due-work step, each idempotent.

Nothing is scheduled in memory: each step asks the database what is due at `now`, does it, and
records that it did, so a restart (or a tick that runs twice) neither loses nor repeats work.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.runtime import Runtime

log = logging.getLogger(__name__)

TICK_SECONDS = 5.0

DueWork = Callable[[Runtime, int], Awaitable[None]]


async def run_due_work(runtime: Runtime, steps: tuple[DueWork, ...], now: int) -> None:
    """Run every step for `now`; one failing step does not stop the others."""
    for step in steps:
        try:
            await step(runtime, now)
        except Exception:
            log.exception("scheduled step %s failed; it will be retried", step.__name__)
