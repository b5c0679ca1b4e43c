"""The chat that tidies itself: the bot deletes its own and her messages once they are
N hours old, well inside Telegram's 48 hours, so quick exit can always leave nothing."""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.quick_exit import batches
from bot.rules.chat_window import split_by_window
from bot.runtime import Runtime
from storage.db import Database

log = logging.getLogger(__name__)

# The choices a woman has in /settings (hours; 0 is off).
TIDY_CHOICES = (0, 2, 12, 24)
# Chats tidied per tick (every few seconds): well under Telegram's 30 requests a second, so
# tidying never holds up replies; the rest wait for the next tick.
CHATS_PER_TICK = 20


async def tidy_chats(rt: Runtime, bot: Bot, now: int) -> int:
    """Delete every message that has reached its chat's tidy time; returns how many went.

    Staff chats are left alone. Ids Telegram refuses are forgotten and the chat is marked
    as holding messages for good (quick exit then says so); ids it could not be reached for
    are kept and tried again on the next tick.
    """
    telegram_now = rt.trail.now(now)
    due = await rt.trail.due_for_tidy(telegram_now, rt.settings.tidy_hours, skip=rt.is_staff)
    deleted = 0
    for chat_id, items in list(due.items())[:CHATS_PER_TICK]:
        split = split_by_window(items, telegram_now)
        if split.outlived:
            # Past Telegram's 48 hours (the bot was down, say): they stay, and she will be told.
            await rt.trail.mark_outlived(chat_id)
            young = set(split.deletable)
            await rt.trail.forget_ids(chat_id, [m for m, _ in items if m not in young])
        for batch in batches(split.deletable):
            try:
                await bot.delete_messages(chat_id, batch)
            except (BadRequest, Forbidden) as error:
                await rt.trail.mark_outlived(chat_id)
                log.warning("tidy-up: a batch could not be deleted: %s", error.message)
            except TelegramError as error:
                log.warning("tidy-up: a batch will be retried: %s", type(error).__name__)
                continue
            else:
                deleted += len(batch)
            await rt.trail.forget_ids(chat_id, batch)
    if deleted:
        log.info("tidy-up: %s old messages deleted", deleted)
    return deleted


async def tidy_hours_of(db: Database, participant_id: int, default_hours: int) -> int:
    """Her chat's tidy time in hours (0: off), her own choice or the service's."""
    async with db.read() as tx:
        chosen = await tx.trail.tidy_hours(participant_id)
    return default_hours if chosen is None else chosen


async def change_tidy_hours(db: Database, participant_id: int, hours: int) -> bool:
    if hours not in TIDY_CHOICES:
        return False
    async with db.transaction() as tx:
        await tx.trail.set_tidy_hours(participant_id, hours)
    return True
