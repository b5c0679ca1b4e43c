"""The daily purge: everything past its time goes; reports keep their counts from traces."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.notices import notice
from bot.rules.retention import cutoffs, deletion_date
from bot.runtime import Runtime

log = logging.getLogger(__name__)

PURGE_EVERY_SECONDS = 86400


@dataclass(frozen=True, slots=True)
class Purged:
    """How much one daily purge removed, by kind, and how many inactive women were told their data
    will go: counts for the log."""

    feedback: int = 0
    ideas: int = 0
    vote_reasons: int = 0
    alerts: int = 0
    notified: int = 0
    women: int = 0


async def purge(rt: Runtime, now: int) -> Purged:
    """Remove what is past its time (see the KEEP_* and INACTIVE_* settings), in one
    transaction; then empty the WAL so no copy of the removed rows stays on disk."""
    policy = rt.settings.retention
    due = cutoffs(policy, now)
    async with rt.db.transaction() as tx:
        women = await tx.retention.to_delete(due.notice)
        for woman in women:
            await tx.retention.retire_woman(woman.id)
        # Drafts and flows are kept by Telegram id, outside her record's cascade.
        await tx.flows.drop_for_users(woman.telegram_user_id for woman in women)
        notified = await tx.retention.to_notify(due.inactive)
        for woman in notified:
            await tx.retention.mark_notified(woman.id, now)
            when = rt.texts.when(
                deletion_date(now, policy), rt.settings.zone, "day", woman.language
            )
            await rt.outbox.queue(
                tx,
                woman.telegram_user_id,
                notice(
                    rt.texts,
                    "retention.notice",
                    woman.language,
                    date=when,
                    days=policy.inactive_days,
                ),
                participant_id=woman.id,
            )
        ideas = await tx.retention.finished_ideas_before(due.ideas)
        for idea in ideas:
            await tx.retention.retire_idea(idea)
        purged = Purged(
            feedback=await tx.retention.retire_feedback_before(due.feedback),
            ideas=len(ideas),
            # A review's comments are kept like the reasons given with votes.
            vote_reasons=await tx.retention.erase_vote_reasons(due.vote_reasons)
            + await tx.delivery.erase_comments(due.vote_reasons),
            alerts=await tx.retention.drop_alerts_before(due.alerts),
            notified=len(notified),
            women=len(women),
        )
    await rt.db.truncate_wal()
    log.info(
        "purged past their time: %s feedback, %s ideas, %s vote reasons, %s alerts,"
        " %s inactive women (%s newly told)",
        purged.feedback,
        purged.ideas,
        purged.vote_reasons,
        purged.alerts,
        purged.women,
        purged.notified,
    )
    return purged
