"""After /forget: delete the staff-chat messages that showed her words, where Telegram allows."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from telegram import Bot
from telegram.error import TelegramError

from bot.quick_exit import batches, still_deletable
from bot.runtime import Runtime
from storage.staff_copies import StaffCopies

log = logging.getLogger(__name__)


async def note_staff_copy(
    rt: Runtime, participant_ids: Iterable[int], chat_id: int, message_id: int, sent_at: int
) -> None:
    """An answer sent straight to a staff member shows these women's words: /forget may
    delete it while Telegram allows."""
    authors = [author for author in participant_ids if author]
    if not authors:
        return
    async with rt.db.transaction(bookkeeping=True) as tx:
        await tx.staff_copies.add(authors, chat_id, message_id, sent_at)


@dataclass(frozen=True, slots=True)
class Cleared:
    """What deleting her words from staff chats after /forget did, so she is told truly whether
    some stay."""

    deleted: int  # messages deleted from staff chats
    some_stay: bool  # some could not be (past Telegram's 48 hours, or Telegram said no)


async def delete_staff_copies(rt: Runtime, bot: Bot, found: StaffCopies) -> Cleared:
    """Delete every copy still young enough; say truly whether any stay.

    The 48 hours are counted on Telegram's clock, as for quick exit.
    """
    now = rt.trail.now(rt.now())
    by_chat: dict[int, list[tuple[int, int]]] = {}
    for copy in found.copies:
        by_chat.setdefault(copy.chat_id, []).append((copy.message_id, copy.sent_at))
    deleted, some_stay = 0, found.outlived
    for chat_id, items in by_chat.items():
        young = still_deletable(items, now)
        some_stay = some_stay or len(young) < len(items)
        for batch in batches(young):
            try:
                await bot.delete_messages(chat_id, batch)
            except TelegramError as error:
                some_stay = True
                log.warning("forget: staff-chat copies not deleted: %s", type(error).__name__)
            else:
                deleted += len(batch)
    if deleted or some_stay:
        log.info(
            "forget: %s staff-chat copies deleted%s", deleted, "; some stay" if some_stay else ""
        )
    return Cleared(deleted, some_stay)
