"""Message ids in a woman's chat that quick exit may still delete (kept at most 48 hours)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import aiosqlite


class TrailRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add_for_user(self, telegram_user_id: int, items: Iterable[tuple[int, int]]) -> bool:
        """Keep (message id, date) pairs if this user joined; False (nothing kept) otherwise,
        or when there is nothing to keep. One statement, whoever she is."""
        cursor = await self._conn.executemany(
            "INSERT OR REPLACE INTO chat_messages (participant_id, message_id, sent_at)"
            " SELECT id, ?, ? FROM participants WHERE telegram_user_id = ?",
            [(message_id, at, telegram_user_id) for message_id, at in items],
        )
        return cursor.rowcount > 0

    async def add_for_users(self, items: Mapping[int, list[tuple[int, int]]]) -> set[int]:
        """`add_for_user` for several users at once (by Telegram user id); returns those who
        joined, whose pairs are kept. At most two statements, however many users."""
        if len(items) < 2:
            return {user for user, pairs in items.items() if await self.add_for_user(user, pairs)}
        marks = ",".join("?" * len(items))
        rows = await self._conn.execute_fetchall(
            f"SELECT telegram_user_id, id FROM participants WHERE telegram_user_id IN ({marks})",
            list(items),
        )
        joined = {int(row[0]): int(row[1]) for row in rows}
        await self._conn.executemany(
            "INSERT OR REPLACE INTO chat_messages (participant_id, message_id, sent_at)"
            " VALUES (?, ?, ?)",
            [
                (participant_id, message_id, at)
                for user, participant_id in joined.items()
                for message_id, at in items[user]
            ],
        )
        return set(joined)

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

    async def due_for_tidy(self, now: int, default_hours: int) -> dict[int, list[tuple[int, int]]]:
        """Per woman's chat, the (id, date) pairs older than her tidy time (NULL: the
        service's; 0: off)."""
        async with self._conn.execute(
            "SELECT p.telegram_user_id, m.message_id, m.sent_at FROM chat_messages m"
            " JOIN participants p ON p.id = m.participant_id"
            " WHERE coalesce(p.tidy_hours, ?) > 0"
            " AND m.sent_at <= ? - coalesce(p.tidy_hours, ?) * 3600"
            " ORDER BY p.telegram_user_id, m.message_id",
            (default_hours, now, default_hours),
        ) as cursor:
            due: dict[int, list[tuple[int, int]]] = {}
            for chat_id, message_id, sent_at in await cursor.fetchall():
                due.setdefault(chat_id, []).append((message_id, sent_at))
        return due

    async def drop_ids(self, telegram_user_id: int, message_ids: list[int]) -> None:
        await self._conn.executemany(
            "DELETE FROM chat_messages WHERE message_id = ? AND participant_id ="
            " (SELECT id FROM participants WHERE telegram_user_id = ?)",
            [(message_id, telegram_user_id) for message_id in message_ids],
        )

    async def tidy_hours(self, participant_id: int) -> int | None:
        async with self._conn.execute(
            "SELECT tidy_hours FROM participants WHERE id = ?", (participant_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return None if row is None or row[0] is None else int(row[0])

    async def set_tidy_hours(self, participant_id: int, hours: int) -> None:
        await self._conn.execute(
            "UPDATE participants SET tidy_hours = ? WHERE id = ?", (hours, participant_id)
        )
