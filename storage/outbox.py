"""The durable outbox: messages to send later, each row with its own next attempt time."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A message waiting in the outbox: where it goes, its text and buttons, how it is sent, and
    how many tries it has had."""

    id: int
    chat_id: int
    participant_id: int | None
    body: str
    markup: str | None
    protect: bool
    silent: bool
    attempts: int
    edit_of: int | None = None  # the row whose sent message this one replaces, if any


class OutboxRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add(
        self,
        chat_id: int,
        body: str,
        now: int,
        *,
        participant_id: int | None = None,
        markup: str | None = None,
        protect: bool = False,
        silent: bool = False,
        not_before: int | None = None,
        edit_of: int | None = None,
        quotes: Sequence[int] = (),
    ) -> int:
        cursor = await self._conn.execute(
            "INSERT INTO outbox (chat_id, participant_id, body, markup, protect, silent,"
            " created_at, not_before, edit_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                chat_id,
                participant_id,
                body,
                markup,
                protect,
                silent,
                now,
                now if not_before is None else not_before,
                edit_of,
            ),
        )
        row_id = int(cursor.lastrowid or 0)
        await self._conn.executemany(
            "INSERT OR IGNORE INTO outbox_quotes (outbox_id, participant_id) VALUES (?, ?)",
            [(row_id, participant) for participant in quotes],
        )
        return row_id

    async def due(self, now: int, limit: int, *, busy: list[int]) -> list[OutgoingMessage]:
        """The oldest waiting message of each chat, if it is due and that chat is not busy.

        A chat's messages go in order: a row postponed after a failure holds back the rows
        queued after it for the same chat (a row scheduled for later, never tried, does not).
        """
        async with self._conn.execute(
            "SELECT id, chat_id, participant_id, body, markup, protect, silent, attempts,"
            " edit_of FROM outbox WHERE id IN ("
            "   SELECT min(id) FROM outbox WHERE status = 'pending'"
            "   AND (not_before <= :now OR attempts > 0) GROUP BY chat_id)"
            " AND not_before <= :now AND attempted_at IS NULL"
            " AND chat_id NOT IN (SELECT value FROM json_each(:busy))"
            " ORDER BY id LIMIT :limit",
            {"now": now, "limit": limit, "busy": json.dumps(busy)},
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            OutgoingMessage(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), r[7], r[8])
            for r in rows
        ]

    async def mark_attempt(self, message_id: int, now: int) -> None:
        """Committed before the send: a crash mid-send leaves a trace for the next start."""
        await self._conn.execute(
            "UPDATE outbox SET attempted_at = ?, attempts = attempts + 1 WHERE id = ?",
            (now, message_id),
        )

    async def release_unfinished_attempts(self) -> int:
        """Rows whose send was cut short by a stop: sent again (at least once); how many."""
        cursor = await self._conn.execute(
            "UPDATE outbox SET attempted_at = NULL"
            " WHERE status = 'pending' AND attempted_at IS NOT NULL"
        )
        return cursor.rowcount

    async def next_due_at(self) -> int | None:
        async with self._conn.execute(
            "SELECT min(not_before) FROM outbox WHERE status = 'pending'"
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row and row[0] is not None else None

    async def mark_sent(self, row_id: int, now: int, telegram_id: int | None = None) -> None:
        """Delivered; Telegram's id of the message is kept (a later row may edit it)."""
        # The words are dropped once delivered: the outbox is not an archive of what women said.
        await self._conn.execute(
            "UPDATE outbox SET status = 'sent', sent_at = ?, body = '', markup = NULL,"
            " message_id = coalesce(?, message_id) WHERE id = ?",
            (now, telegram_id, row_id),
        )

    async def sent_message_id(self, row_id: int) -> int | None:
        """Telegram's id of the message row `row_id` sent; None if it was not (yet) sent."""
        async with self._conn.execute(
            "SELECT message_id FROM outbox WHERE id = ? AND status = 'sent'", (row_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row and row[0] is not None else None

    async def drop_pending_edits(self, row_id: int) -> None:
        """Edits still waiting for the message row `row_id` sent: a newer edit replaced them."""
        await self._conn.execute(
            "UPDATE outbox SET status = 'failed', body = '', markup = NULL"
            " WHERE edit_of = ? AND status = 'pending' AND attempted_at IS NULL",
            (row_id,),
        )

    async def mark_failed(self, message_id: int) -> None:
        await self._conn.execute(
            "UPDATE outbox SET status = 'failed', body = '', markup = NULL WHERE id = ?",
            (message_id,),
        )

    async def postpone(self, message_id: int, until: int) -> None:
        await self._conn.execute(
            "UPDATE outbox SET not_before = ?, attempted_at = NULL WHERE id = ?",
            (until, message_id),
        )

    async def drop_pending_for(self, participant_id: int) -> None:
        await self._conn.execute(
            "UPDATE outbox SET status = 'failed', body = '', markup = NULL"
            " WHERE participant_id = ? AND status = 'pending'",
            (participant_id,),
        )

    async def drop_unsent(self, row_id: int) -> bool:
        """Take back one message not yet sent (nor being sent); True if it was."""
        cursor = await self._conn.execute(
            "UPDATE outbox SET status = 'failed', body = '', markup = NULL"
            " WHERE id = ? AND status = 'pending' AND attempted_at IS NULL",
            (row_id,),
        )
        return cursor.rowcount == 1

    async def drop_pending_quoting(self, participant_id: int) -> int:
        """Messages to staff that show her words and are not yet sent: not sent at all."""
        cursor = await self._conn.execute(
            "UPDATE outbox SET status = 'failed', body = '', markup = NULL"
            " WHERE status = 'pending' AND attempted_at IS NULL AND id IN"
            " (SELECT outbox_id FROM outbox_quotes WHERE participant_id = ?)",
            (participant_id,),
        )
        return cursor.rowcount

    async def count(self, status: str) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM outbox WHERE status = ?", (status,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def purge_finished(self, before: int) -> int:
        """Forget delivered or abandoned messages: who was written to is not worth keeping."""
        cursor = await self._conn.execute(
            "DELETE FROM outbox WHERE status IN ('sent', 'failed') AND created_at < ?", (before,)
        )
        return cursor.rowcount
