"""Message ids in a woman's chat that quick exit may still delete (kept at most 48 hours)."""

from __future__ import annotations

from collections.abc import Iterable

import aiosqlite


class TrailRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add_for_user(self, telegram_user_id: int, items: Iterable[tuple[int, int]]) -> bool:
        """Keep (message id, date) pairs if this user joined; False (nothing kept) otherwise."""
        async with self._conn.execute(
            "SELECT id FROM participants WHERE telegram_user_id = ?", (telegram_user_id,)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return False
        await self._conn.executemany(
            "INSERT OR REPLACE INTO chat_messages (participant_id, message_id, sent_at)"
            " VALUES (?, ?, ?)",
            [(row[0], message_id, at) for message_id, at in items],
        )
        return True

    async def for_user(self, telegram_user_id: int) -> list[tuple[int, int]]:
        async with self._conn.execute(
            "SELECT m.message_id, m.sent_at FROM chat_messages m"
            " JOIN participants p ON p.id = m.participant_id"
            " WHERE p.telegram_user_id = ? ORDER BY m.message_id",
            (telegram_user_id,),
        ) as cursor:
            return [(row[0], row[1]) for row in await cursor.fetchall()]

    async def count_for(self, participant_id: int) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM chat_messages WHERE participant_id = ?", (participant_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def drop_for_user(self, telegram_user_id: int) -> None:
        await self._conn.execute(
            "DELETE FROM chat_messages WHERE participant_id ="
            " (SELECT id FROM participants WHERE telegram_user_id = ?)",
            (telegram_user_id,),
        )

    async def drop_older_than(self, before: int) -> int:
        """Forget ids too old to delete, noting that their chats now hold messages for good."""
        await self._conn.execute(
            "UPDATE participants SET chat_outlived = 1 WHERE id IN"
            " (SELECT participant_id FROM chat_messages WHERE sent_at < ?)",
            (before,),
        )
        cursor = await self._conn.execute("DELETE FROM chat_messages WHERE sent_at < ?", (before,))
        return cursor.rowcount

    async def take_outlived(self, telegram_user_id: int) -> bool:
        """Whether her chat holds messages past the deletion window; the mark is cleared."""
        async with self._conn.execute(
            "UPDATE participants SET chat_outlived = 0"
            " WHERE telegram_user_id = ? AND chat_outlived = 1 RETURNING id",
            (telegram_user_id,),
        ) as cursor:
            return await cursor.fetchone() is not None

    async def mark_outlived(self, telegram_user_id: int) -> None:
        await self._conn.execute(
            "UPDATE participants SET chat_outlived = 1 WHERE telegram_user_id = ?",
            (telegram_user_id,),
        )
