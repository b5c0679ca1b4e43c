"""Conversation steps and drafts, stored so a half-finished flow survives a restart."""

from __future__ import annotations

import io
import json
import logging
import pickle
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

import aiosqlite

log = logging.getLogger(__name__)

# What a draft may be made of, besides the values pickle writes without naming a class
# (strings, numbers, lists, dicts, sets, tuples): the value classes flows keep, and dates. A
# flow that keeps another kind of object adds it here (tests/storage/test_stored_drafts.py
# stores one of each).
DRAFT_CLASSES = frozenset(
    {
        ("storage.feedback", "Voice"),
        ("bot.texts", "Safe"),
        ("bot.poll_rules", "Quorum"),
        ("bot.rules.recognition", "Value"),
        ("bot.ladder", "Level"),
        *(("datetime", name) for name in ("date", "datetime", "time", "timedelta", "timezone")),
    }
)


class DraftUnpickler(pickle._Unpickler):
    """Reads a stored draft, refusing anything a draft is never made of, so bytes put into the
    database by anyone else can never make the bot run code or change itself; they only fail
    to load, and that flow starts again.

    Only the classes above may be named (not a function, a module, or any other class), and
    no class may be changed: pickle's BUILD step sets attributes on whatever it is given, and
    given a class it would change that class for the whole bot. It is python's own unpickler
    written in Python, since the one written in C cannot be stopped at that step."""

    dispatch: ClassVar[dict[int, Callable[[Any], None]]] = dict(pickle._Unpickler.dispatch)
    stack: list[Any]  # pickle's own, while loading

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in DRAFT_CLASSES:
            raise pickle.UnpicklingError(f"{module}.{name} is not something a draft holds")
        return super().find_class(module, name)

    def _load_build(self) -> None:
        if len(self.stack) < 2 or isinstance(self.stack[-2], type):
            raise pickle.UnpicklingError("a draft never changes a class")
        pickle._Unpickler.load_build(self)  # type: ignore[attr-defined]

    dispatch[pickle.BUILD[0]] = _load_build


def load_draft(data: bytes) -> Any:
    return DraftUnpickler(io.BytesIO(data)).load()


class FlowRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def drafts_since(self, cutoff: int) -> dict[int, dict[Any, Any]]:
        """Every stored draft touched at or after `cutoff`, by Telegram user id.

        Drafts hold whatever a flow keeps (strings, numbers, the flows' own small value
        objects), so they are pickled, as python-telegram-bot's own file persistence does, and
        read back only as such (`DraftUnpickler`). One that no longer loads (a value type
        renamed by an upgrade, or bytes that are not a draft) is skipped: that flow simply
        starts again.
        """
        async with self._conn.execute(
            "SELECT telegram_user_id, data FROM drafts WHERE updated_at >= ?", (cutoff,)
        ) as cursor:
            rows = await cursor.fetchall()
        drafts: dict[int, dict[Any, Any]] = {}
        for user_id, data in rows:
            try:
                drafts[int(user_id)] = load_draft(data)
            except Exception as error:
                log.warning("a stored draft could not be read (%s); skipped", type(error).__name__)
        return drafts

    async def save_draft(self, telegram_user_id: int, data: dict[Any, Any], now: int) -> None:
        """Keep her draft; an empty one is no draft at all."""
        # Any step she takes keeps her whole flow alive, whichever part of it changed.
        await self._conn.execute(
            "UPDATE conversations SET updated_at = ? WHERE telegram_user_id = ?",
            (now, telegram_user_id),
        )
        if not data:
            await self.drop_draft(telegram_user_id)
            return
        await self._conn.execute(
            "INSERT INTO drafts (telegram_user_id, data, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (telegram_user_id) DO UPDATE"
            " SET data = excluded.data, updated_at = excluded.updated_at",
            (telegram_user_id, pickle.dumps(data), now),
        )

    async def drop_draft(self, telegram_user_id: int) -> None:
        await self._conn.execute(
            "DELETE FROM drafts WHERE telegram_user_id = ?", (telegram_user_id,)
        )

    async def steps_since(self, name: str, cutoff: int) -> dict[tuple[int, ...], object]:
        """The step each person is at in conversation `name`, if touched at or after `cutoff`."""
        async with self._conn.execute(
            "SELECT key, state FROM conversations WHERE name = ? AND updated_at >= ?",
            (name, cutoff),
        ) as cursor:
            rows = await cursor.fetchall()
        return {tuple(json.loads(row[0])): json.loads(row[1]) for row in rows}

    async def save_step(
        self, name: str, key: tuple[int, ...], state: object | None, now: int
    ) -> None:
        """Her step in conversation `name` (keyed by her user id last); None ends it."""
        encoded = json.dumps(list(key))
        if state is None:
            await self._conn.execute(
                "DELETE FROM conversations WHERE name = ? AND key = ?", (name, encoded)
            )
            return
        await self._conn.execute(
            "INSERT INTO conversations (name, key, telegram_user_id, state, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name, key) DO UPDATE"
            " SET state = excluded.state, updated_at = excluded.updated_at",
            (name, encoded, key[-1], json.dumps(state), now),
        )

    async def drop_for_users(self, telegram_user_ids: Iterable[int]) -> None:
        """End every flow of these people and delete their drafts."""
        ids = [(user_id,) for user_id in telegram_user_ids]
        await self._conn.executemany("DELETE FROM drafts WHERE telegram_user_id = ?", ids)
        await self._conn.executemany("DELETE FROM conversations WHERE telegram_user_id = ?", ids)

    async def changed_at(self, cutoff: int) -> dict[int, int]:
        """When each person's draft or flow step last changed, if at or after `cutoff`."""
        async with self._conn.execute(
            "SELECT telegram_user_id, max(updated_at) FROM ("
            " SELECT telegram_user_id, updated_at FROM drafts"
            " UNION ALL SELECT telegram_user_id, updated_at FROM conversations"
            ") GROUP BY telegram_user_id HAVING max(updated_at) >= ?",
            (cutoff,),
        ) as cursor:
            rows = await cursor.fetchall()
        return {int(row[0]): int(row[1]) for row in rows}

    async def expired_users(self, cutoff: int) -> list[int]:
        """People whose draft or flow was last touched before `cutoff`."""
        async with self._conn.execute(
            "SELECT telegram_user_id FROM drafts WHERE updated_at < ?"
            " UNION SELECT telegram_user_id FROM conversations WHERE updated_at < ?",
            (cutoff, cutoff),
        ) as cursor:
            rows = await cursor.fetchall()
        return [int(row[0]) for row in rows]
