"""Conversation steps and drafts kept in the database, so a flow survives a restart or crash.

python-telegram-bot calls the `update_*` methods from `Application.update_persistence`; they
only collect the changes. `save` writes them inside the transaction that marks the updates
done, so what is stored always matches the updates counted as processed.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from storage.db import Database, Tx

log = logging.getLogger(__name__)

Data = dict[Any, Any]
# python-telegram-bot's own shapes for conversation keys and callback data.
ConversationKey = tuple[int | str, ...]
ConversationDict = dict[ConversationKey, object]
CDCData = tuple[list[tuple[str, float, dict[str, Any]]], dict[str, str]]
# The changes are written by the intake after every update; PTB's own timer only collects them.
COLLECT_EVERY_SECONDS = 60.0


class StoredFlows(BasePersistence[Data, Data, Data]):
    """Drafts (user_data) and conversation steps, in the `drafts` and `conversations` tables.

    Drafts are personal data: what was last touched more than `keep_seconds` ago is neither
    loaded nor kept.
    """

    def __init__(
        self,
        database: Callable[[], Awaitable[Database]],
        clock: Callable[[], float],
        keep_seconds: int,
    ) -> None:
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=False, user_data=True, callback_data=False
            ),
            update_interval=COLLECT_EVERY_SECONDS,
        )
        self._database = database
        self._clock = clock
        self.keep_seconds = keep_seconds
        self._drafts: dict[int, Data | None] = {}
        # What the database holds for each person with a draft, to write only changes.
        self._stored: dict[int, Data] = {}
        # When each person's draft or step last changed (for `expired`).
        self._changed_at: dict[int, int] = {}
        self._steps: dict[tuple[str, ConversationKey], object | None] = {}

    def _cutoff(self) -> int:
        return int(self._clock()) - self.keep_seconds

    async def _load(self, read: Callable[[Tx], Awaitable[Any]]) -> Any:
        db = await self._database()
        async with db.read() as tx:
            return await read(tx)

    async def get_user_data(self) -> dict[int, Data]:
        async def read(tx: Tx) -> dict[int, Data]:
            # Whoever's last update may have changed her flow without finishing starts afresh.
            uncertain = await tx.inbox.uncertain_people()
            drafts = await tx.flows.drafts_since(self._cutoff())
            return {user: data for user, data in drafts.items() if user not in uncertain}

        result: dict[int, Data] = await self._load(read)
        self._stored = {user: copy.deepcopy(data) for user, data in result.items()}

        async def changed(tx: Tx) -> dict[int, int]:
            return await tx.flows.changed_at(self._cutoff())

        self._changed_at = await self._load(changed)
        return result

    async def get_conversations(self, name: str) -> ConversationDict:
        async def read(tx: Tx) -> ConversationDict:
            uncertain = await tx.inbox.uncertain_people()
            steps = await tx.flows.steps_since(name, self._cutoff())
            return {key: state for key, state in steps.items() if key[-1] not in uncertain}

        result: ConversationDict = await self._load(read)
        return result

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        self._steps[(name, key)] = new_state

    async def update_user_data(self, user_id: int, data: Data) -> None:
        # PTB hands over every user an update came from; only a change is written (so a menu,
        # a list or an ignored update writes nothing), and a draft expires DRAFT_HOURS after
        # it last changed.
        if data != self._stored.get(user_id, {}):
            self._drafts[user_id] = data

    async def drop_user_data(self, user_id: int) -> None:
        # Only someone with a draft stored, or about to be, has anything to delete: an idle
        # person's empty data dropped from memory writes nothing.
        if user_id in self._stored or user_id in self._drafts or user_id in self._changed_at:
            self._drafts[user_id] = None

    def expired(self, user_id: int) -> bool:
        """Whether her flow and draft were last changed more than `keep_seconds` ago."""
        changed = self._changed_at.get(user_id)
        return changed is not None and self._clock() - changed > self.keep_seconds

    async def expire(self, now: int) -> list[int]:
        """Delete drafts and flow steps not changed for `keep_seconds`; returns whose. (A flow
        still open in memory ends at her next update: see `expired`.)"""
        db = await self._database()
        async with db.transaction(bookkeeping=True) as tx:
            people = await tx.flows.expired_users(now - self.keep_seconds)
            await tx.flows.drop_for_users(people)
        for user_id in people:
            self._stored.pop(user_id, None)
        return people

    def collected(self) -> bool:
        """Whether changes are waiting to be written."""
        return bool(self._drafts or self._steps)

    async def save(self, tx: Tx, now: int) -> None:
        """Write the collected changes in `tx`."""
        drafts, self._drafts = self._drafts, {}
        steps, self._steps = self._steps, {}
        if not (drafts or steps):
            return

        def again() -> None:
            # Not written: keep them for the next save, unless something newer came meanwhile.
            self._drafts = drafts | self._drafts
            self._steps = steps | self._steps

        def written() -> None:
            for user_id, data in drafts.items():
                self._changed_at[user_id] = now
                if data:
                    self._stored[user_id] = data
                else:
                    self._stored.pop(user_id, None)
            for _, key in steps:
                self._changed_at[int(key[-1])] = now

        tx.after_rollback(again)
        tx.after_commit(written)
        for (name, key), state in steps.items():
            await tx.flows.save_step(name, tuple(int(part) for part in key), state, now)
        for user_id, data in drafts.items():
            await tx.flows.save_draft(user_id, data or {}, now)

    # Only drafts and conversations are kept; the rest of the interface has nothing to do.

    async def get_chat_data(self) -> dict[int, Data]:
        return {}

    async def get_bot_data(self) -> Data:
        return {}

    async def get_callback_data(self) -> CDCData | None:
        return None

    async def update_chat_data(self, chat_id: int, data: Data) -> None:
        return None

    async def update_bot_data(self, data: Data) -> None:
        return None

    async def update_callback_data(self, data: CDCData) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        return None

    async def refresh_user_data(self, user_id: int, user_data: Data) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: Data) -> None:
        return None

    async def refresh_bot_data(self, bot_data: Data) -> None:
        return None

    async def write_collected(self) -> None:
        """At shutdown, before the database closes: write what was collected since the last
        update finished (a job's change: the tidy-up dropping a draft)."""
        if not self.collected():
            return
        db = await self._database()
        async with db.transaction(bookkeeping=True) as tx:
            await self.save(tx, int(self._clock()))

    async def flush(self) -> None:
        """Nothing: python-telegram-bot calls this from Application.shutdown, which comes after
        post_shutdown has written what was collected and closed the database. Opening it
        again here would leave a connection nobody closes, whose thread keeps the process
        from ever exiting."""
