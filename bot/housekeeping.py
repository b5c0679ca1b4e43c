"""Regular tidying: old message ids, idle flood counters, dead invites, finished outbox rows,
and the daily backup when BACKUP_DIR is set."""

from __future__ import annotations

import logging

from bot.backups import scheduled_backup
from bot.rules.chat_window import DELETE_WINDOW_SECONDS, SAFETY_MARGIN_SECONDS
from bot.rules.retention import cutoffs
from bot.runtime import Runtime

log = logging.getLogger(__name__)

TIDY_EVERY_SECONDS = 3600


async def tidy(rt: Runtime) -> None:
    now = rt.now()
    dropped = await rt.trail.prune(now)
    rt.flood.forget_idle(rt.clock())
    async with rt.db.transaction() as tx:
        expired = await tx.invites.drop_expired_before(now)
        expired += await tx.link_codes.drop_expired_before(now)
        # Finished outbox rows are kept a little while (for troubleshooting), then removed.
        purged = await tx.outbox.purge_finished(cutoffs(rt.settings.retention, now).outbox)
        await tx.participants.drop_forget_prompts_before(now)
        # Staff-chat copies of women's words past Telegram's 48 hours can't be deleted: their
        # ids go (each woman keeps a mark that some stay, which /forget then tells her).
        window = rt.trail.now(now) - DELETE_WINDOW_SECONDS + SAFETY_MARGIN_SECONDS
        staff_copies = await tx.staff_copies.drop_older_than(window)
    # What was deleted must not linger in the WAL either.
    await rt.db.truncate_wal()
    await scheduled_backup(rt, now)
    log.info(
        "tidied: %s old message ids, %s expired invite and link codes, %s finished outbox rows",
        dropped + staff_copies,
        expired,
        purged,
    )
