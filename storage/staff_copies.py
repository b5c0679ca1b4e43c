"""Messages in staff chats that show a woman's words, kept while Telegram lets them be deleted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class StaffCopy:
    """A message in a staff chat showing her words, which /forget deletes while Telegram allows."""

    chat_id: int
    message_id: int
    sent_at: int  # Telegram's date of the message


@dataclass(frozen=True, slots=True)
class StaffCopies:
    """What /forget found of her words in staff chats."""

    copies: tuple[StaffCopy, ...] = ()
    # Some copies are past Telegram's 48 hours and were no longer kept: they stay for good.
    outlived: bool = False


class StaffCopiesRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add_sent(self, outbox_id: int, chat_id: int, message_id: int, sent_at: int) -> None:
        """The outbox sent row `outbox_id`: note the message for every woman it quotes."""
        await self._conn.execute(
            "INSERT OR IGNORE INTO staff_copies (participant_id, chat_id, message_id, sent_at)"
            " SELECT participant_id, ?, ?, ? FROM outbox_quotes WHERE outbox_id = ?",
            (chat_id, message_id, sent_at, outbox_id),
        )

    async def add(
        self, participant_ids: Iterable[int], chat_id: int, message_id: int, sent_at: int
    ) -> None:
        """A message sent straight to a staff member that shows these women's words."""
        await self._conn.executemany(
            "INSERT OR IGNORE INTO staff_copies (participant_id, chat_id, message_id, sent_at)"
            " SELECT id, ?, ?, ? FROM participants WHERE id = ?",
            [(chat_id, message_id, sent_at, participant) for participant in participant_ids],
        )

    async def take(self, participant_id: int) -> StaffCopies:
        """Her copies (and whether some outlived the window); the record of them is emptied."""
        async with self._conn.execute(
            "SELECT chat_id, message_id, sent_at FROM staff_copies WHERE participant_id = ?"
            " ORDER BY chat_id, message_id",
            (participant_id,),
        ) as cursor:
            copies = tuple(StaffCopy(*row) for row in await cursor.fetchall())
        await self._conn.execute(
            "DELETE FROM staff_copies WHERE participant_id = ?", (participant_id,)
        )
        async with self._conn.execute(
            "SELECT coalesce(staff_copies_outlived, 0) FROM participants WHERE id = ?",
            (participant_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return StaffCopies(copies, bool(row and row[0]))

    async def count_for(self, participant_id: int) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM staff_copies WHERE participant_id = ?", (participant_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def drop_older_than(self, before: int) -> int:
        """Forget copies too old to delete, noting that those women's words stay for good."""
        await self._conn.execute(
            "UPDATE participants SET staff_copies_outlived = 1 WHERE id IN"
            " (SELECT participant_id FROM staff_copies WHERE sent_at < ?)",
            (before,),
        )
        cursor = await self._conn.execute("DELETE FROM staff_copies WHERE sent_at < ?", (before,))
        return cursor.rowcount
