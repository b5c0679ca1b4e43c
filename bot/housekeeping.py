"""Regular tidying: forget message ids too old to delete, idle flood counters, dead invites."""

from __future__ import annotations

import logging

from bot.runtime import Runtime

log = logging.getLogger(__name__)

TIDY_EVERY_SECONDS = 3600


async def tidy(rt: Runtime) -> None:
    now = rt.now()
    dropped = await rt.trail.prune(now)
    rt.flood.forget_idle(rt.clock())
    async with rt.db.transaction() as tx:
        expired = await tx.invites.drop_expired_before(now)
    log.info("tidied: %s old message ids, %s expired invite codes", dropped, expired)
