"""Quick exit: remember which messages of a private chat can still be deleted, then take them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from bot.rules.chat_window import DELETE_WINDOW_SECONDS as DELETE_WINDOW_SECONDS
from bot.rules.chat_window import SAFETY_MARGIN_SECONDS as SAFETY_MARGIN_SECONDS
from bot.rules.chat_window import ChatSplit, split_by_window, telegram_now
from storage.db import Database, Tx

# Someone who has not joined is kept in memory only; a flood must not grow it without end.
MEMORY_LIMIT_PER_CHAT = 500
# Messages noted outside an update (the outbox's sends) are stored this often, all at once.
TRAIL_SAVE_SECONDS = 2.0
# deleteMessages takes at most this many ids per call.
DELETE_BATCH = 100


def still_deletable(items: Iterable[tuple[int, int]], now: int) -> list[int]:
    """The ids of (message id, date) pairs young enough to delete, oldest first."""
    cutoff = now - DELETE_WINDOW_SECONDS + SAFETY_MARGIN_SECONDS
    return sorted({message_id for message_id, at in items if at >= cutoff})


def batches(message_ids: list[int], size: int = DELETE_BATCH) -> list[list[int]]:
    return [message_ids[start : start + size] for start in range(0, len(message_ids), size)]


class ChatTrail:
    """The message ids of each private chat, for as long as Telegram allows deleting them.

    A woman who joined has hers in the database (deleted with her by /forget); anyone else
    only in memory, because nothing about them may be stored.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._memory: dict[int, dict[int, int]] = {}
        # Chats of people not joined whose messages outlived the window (memory only).
        self._outlived: set[int] = set()
        # Chats with messages noted by `note_later` and not yet stored.
        self._unsaved: set[int] = set()
        # The newest message date Telegram has shown (see `rules.chat_window.telegram_now`).
        self.newest_date = 0

    async def note(self, chat_id: int, message_id: int, at: int) -> None:
        """Remember one message of a private chat (group chats have negative ids: skipped)."""
        if chat_id <= 0:
            return
        self.newest_date = max(self.newest_date, at)
        if self._db.in_use_by_this_task():
            # Sent from inside a transaction: keep it in memory; the next note moves it.
            self._memory.setdefault(chat_id, {})[message_id] = at
            return
        waiting = self._memory.get(chat_id, {})
        items = [*waiting.items(), (message_id, at)]
        # Bookkeeping: noting a message again if the update runs again does no harm.
        async with self._db.transaction(bookkeeping=True, durable=False) as tx:
            stored = await tx.trail.add_for_user(chat_id, items)
        if stored:
            # She has joined since: what was in memory now lives with her record.
            self._memory.pop(chat_id, None)
            return
        kept = self._memory.setdefault(chat_id, {})
        kept[message_id] = at
        if len(kept) > MEMORY_LIMIT_PER_CHAT:
            for oldest in sorted(kept)[: len(kept) - MEMORY_LIMIT_PER_CHAT]:
                del kept[oldest]
            self._outlived.add(chat_id)

    def note_later(self, chat_id: int, message_id: int, at: int) -> None:
        """Remember one message at no cost now; `save_noted` stores it with the next batch
        (the commit that marks updates done, or the periodic save for the outbox's sends)."""
        if chat_id > 0:
            self.remember(chat_id, message_id, at)
            self._unsaved.add(chat_id)

    async def save_noted(self, tx: Tx) -> None:
        """Store, in the caller's transaction, what `note_later` remembered of women who joined;
        the rest stays in memory (nothing about someone not joined may be stored)."""
        chats, self._unsaved = self._unsaved, set()
        waiting = {chat_id: list(self._memory.get(chat_id, {}).items()) for chat_id in chats}
        # One batch for every chat (at most two statements).
        stored = await tx.trail.add_for_users(
            {chat: items for chat, items in waiting.items() if items}
        )
        for chat_id in chats:
            if chat_id in stored:
                tx.after_commit(functools.partial(self._saved, chat_id, waiting[chat_id]))
            elif len(self._memory.get(chat_id, {})) > MEMORY_LIMIT_PER_CHAT:
                kept = self._memory[chat_id]
                for oldest in sorted(kept)[: len(kept) - MEMORY_LIMIT_PER_CHAT]:
                    del kept[oldest]
                self._outlived.add(chat_id)

    async def save_noted_now(self) -> None:
        """The periodic save (and the last one at shutdown): one transaction for all chats."""
        if self._unsaved:
            async with self._db.transaction(bookkeeping=True, durable=False) as tx:
                await self.save_noted(tx)

    def _saved(self, chat_id: int, items: list[tuple[int, int]]) -> None:
        kept = self._memory.get(chat_id, {})
        for message_id, _ in items:
            kept.pop(message_id, None)
        if not kept:
            self._memory.pop(chat_id, None)

    def remember(self, chat_id: int, message_id: int, at: int) -> None:
        """Keep one message id in memory only (an update flood control drops costs no write);
        the next `note` for the chat stores it with the rest."""
        if chat_id > 0:
            self.newest_date = max(self.newest_date, at)
            self._memory.setdefault(chat_id, {})[message_id] = at

    async def take(self, chat_id: int, now: int) -> list[int]:
        """Every id of this chat that can still be deleted; the chat's trail is emptied."""
        async with self._db.transaction() as tx:
            stored = await tx.trail.for_user(chat_id)
            await tx.trail.drop_for_user(chat_id)
        waiting = self._memory.pop(chat_id, {})
        return still_deletable([*stored, *waiting.items()], now)

    async def keep_in_memory(self, chat_id: int) -> None:
        """Before /forget deletes her record, carry her ids over so quick exit still works."""
        async with self._db.read() as tx:
            stored = await tx.trail.for_user(chat_id)
        if stored:
            self._memory.setdefault(chat_id, {}).update(stored)
        async with self._db.transaction() as tx:
            if await tx.trail.take_outlived(chat_id):
                self._outlived.add(chat_id)

    async def prune(self, now: int) -> int:
        """Forget ids too old to delete; returns how many stored rows were dropped."""
        cutoff = now - DELETE_WINDOW_SECONDS + SAFETY_MARGIN_SECONDS
        async with self._db.transaction() as tx:
            dropped = await tx.trail.drop_older_than(cutoff)
        for chat_id in list(self._memory):
            kept = {m: at for m, at in self._memory[chat_id].items() if at >= cutoff}
            if len(kept) < len(self._memory[chat_id]):
                self._outlived.add(chat_id)
            if kept:
                self._memory[chat_id] = kept
            else:
                del self._memory[chat_id]
        return dropped

    def in_memory(self, chat_id: int) -> list[int]:
        return sorted(self._memory.get(chat_id, {}))

    async def leave(self, chat_id: int, now: int) -> ChatSplit:
        """For quick exit: every id that can still be deleted, and whether the chat holds
        messages that cannot (too old, or forgotten). The trail and that mark are emptied."""
        async with self._db.transaction() as tx:
            stored = await tx.trail.for_user(chat_id)
            await tx.trail.drop_for_user(chat_id)
            marked = await tx.trail.take_outlived(chat_id)
        waiting = self._memory.pop(chat_id, {})
        split = split_by_window([*stored, *waiting.items()], self.now(now))
        if marked or chat_id in self._outlived:
            self._outlived.discard(chat_id)
            return ChatSplit(split.deletable, True)
        return split

    def now(self, own_clock: int) -> int:
        """The time that counts for Telegram's deletion window."""
        return telegram_now(own_clock, self.newest_date)

    async def mark_outlived(self, chat_id: int) -> None:
        """Some of this chat's messages could not be deleted and will stay."""
        async with self._db.transaction() as tx:
            await tx.trail.mark_outlived(chat_id)
        # Kept in memory too, for someone not joined (harmless for a woman who has).
        self._outlived.add(chat_id)

    async def due_for_tidy(
        self, now: int, default_hours: int, *, skip: Callable[[int], bool]
    ) -> dict[int, list[tuple[int, int]]]:
        """For the self-tidying chat: per chat, the (id, date) pairs older than its tidy time
        (a woman's own choice, else `default_hours`; 0 is off). Chats for which `skip` is
        true are left."""
        async with self._db.read() as tx:
            due = await tx.trail.due_for_tidy(now, default_hours)
        if default_hours > 0:
            cutoff = now - default_hours * 3600
            for chat_id, kept in self._memory.items():
                old = sorted((m, at) for m, at in kept.items() if at <= cutoff)
                if old:
                    due.setdefault(chat_id, []).extend(old)
        return {chat: ids for chat, ids in due.items() if not skip(chat)}

    async def forget_ids(self, chat_id: int, message_ids: list[int]) -> None:
        """These ids are deleted (or never can be): they need no remembering."""
        async with self._db.transaction() as tx:
            await tx.trail.drop_ids(chat_id, message_ids)
        kept = self._memory.get(chat_id)
        if kept is not None:
            for message_id in message_ids:
                kept.pop(message_id, None)
            if not kept:
                del self._memory[chat_id]
