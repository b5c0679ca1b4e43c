"""Participants: the women who consented, known to staff only by pseudonym."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

_COLUMNS = "id, telegram_user_id, pseudonym, language, notify, active, joined_at, last_seen_at"


@dataclass(frozen=True, slots=True)
class Participant:
    """A woman who consented: her pseudonym, how the bot reaches her (if she has a chat), her
    language and notice choice, and when she joined and was last active."""

    id: int
    telegram_user_id: int | None  # None: recorded offline by staff, with no chat to write to
    pseudonym: str
    language: str
    notify: str
    active: bool
    joined_at: int
    last_seen_at: int

    @property
    def offline(self) -> bool:
        return self.telegram_user_id is None


def _participant(row: aiosqlite.Row) -> Participant:
    return Participant(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7])


class ParticipantRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def _one(self, where: str, value: object) -> Participant | None:
        # One round trip to the database thread (execute, fetch and close would be three):
        # most updates look her up.
        rows = await self._conn.execute_fetchall(
            f"SELECT {_COLUMNS} FROM participants WHERE {where} = ?", (value,)
        )
        for row in rows:
            return _participant(row)
        return None

    async def by_telegram_user(self, telegram_user_id: int) -> Participant | None:
        return await self._one("telegram_user_id", telegram_user_id)

    async def by_id(self, participant_id: int) -> Participant | None:
        return await self._one("id", participant_id)

    async def by_pseudonym(self, pseudonym: str) -> Participant | None:
        return await self._one("pseudonym", pseudonym)

    async def pseudonym_taken(self, pseudonym: str) -> bool:
        return await self._one("pseudonym", pseudonym) is not None

    async def add(
        self, telegram_user_id: int | None, pseudonym: str, language: str, now: int
    ) -> Participant:
        """A woman who joined in the chat, or (without a Telegram id) one recorded offline."""
        cursor = await self._conn.execute(
            "INSERT INTO participants (telegram_user_id, pseudonym, language, joined_at,"
            " last_seen_at) VALUES (?, ?, ?, ?, ?)",
            (telegram_user_id, pseudonym, language, now, now),
        )
        participant = await self.by_id(int(cursor.lastrowid or 0))
        assert participant is not None
        return participant

    async def seen(self, participant_id: int, now: int) -> None:
        """Record activity; a woman who writes again is reachable again."""
        await self._conn.execute(
            "UPDATE participants SET last_seen_at = ?, active = 1 WHERE id = ?",
            (now, participant_id),
        )

    async def set_notify(self, participant_id: int, notify: str) -> None:
        await self._conn.execute(
            "UPDATE participants SET notify = ? WHERE id = ?", (notify, participant_id)
        )

    async def set_language(self, participant_id: int, language: str) -> None:
        await self._conn.execute(
            "UPDATE participants SET language = ? WHERE id = ?", (language, participant_id)
        )

    async def mark_unreachable(self, participant_id: int) -> None:
        await self._conn.execute(
            "UPDATE participants SET active = 0 WHERE id = ?", (participant_id,)
        )

    async def count_active_since(self, since: int) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM participants WHERE active = 1 AND last_seen_at >= ?", (since,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def active(self) -> list[Participant]:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM participants WHERE active = 1 ORDER BY id"
        ) as cursor:
            return [_participant(row) for row in await cursor.fetchall()]

    async def ask_to_forget(self, participant_id: int, expires_at: int) -> None:
        """Note that she was asked to confirm /forget (a newer question replaces an older)."""
        await self._conn.execute(
            "INSERT INTO forget_prompts (participant_id, expires_at) VALUES (?, ?)"
            " ON CONFLICT (participant_id) DO UPDATE SET expires_at = excluded.expires_at",
            (participant_id, expires_at),
        )

    async def forget_prompt_open(self, participant_id: int, now: int) -> bool:
        async with self._conn.execute(
            "SELECT 1 FROM forget_prompts WHERE participant_id = ? AND expires_at >= ?",
            (participant_id, now),
        ) as cursor:
            return await cursor.fetchone() is not None

    async def take_forget_prompt(self, participant_id: int, now: int) -> bool:
        """Use up her /forget question; True if there was one that has not expired."""
        async with self._conn.execute(
            "DELETE FROM forget_prompts WHERE participant_id = ? RETURNING expires_at",
            (participant_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return row is not None and int(row[0]) >= now

    async def drop_forget_prompts_before(self, now: int) -> int:
        cursor = await self._conn.execute(
            "DELETE FROM forget_prompts WHERE expires_at < ?", (now,)
        )
        return cursor.rowcount

    async def delete(self, participant_id: int) -> None:
        """Remove her and, through ON DELETE CASCADE, every row that belongs to her."""
        await self._conn.execute("DELETE FROM participants WHERE id = ?", (participant_id,))

    async def merge(self, gone: int, into: int) -> None:
        """Make everything that belongs to `gone` belong to `into`, then remove `gone`.

        Every table that refers to participants is found from the schema, so a table added
        later is merged too. Where `into` already holds the one row allowed (one support, one
        vote per poll), hers is kept and the other goes with `gone`.
        """
        for table, column in await self._references():
            await self._conn.execute(
                f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", (into, gone)
            )
        await self.delete(gone)

    async def _references(self) -> list[tuple[str, str]]:
        async with self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ) as cursor:
            tables = [row[0] for row in await cursor.fetchall()]
        found = []
        for table in tables:
            async with self._conn.execute(f"PRAGMA foreign_key_list('{table}')") as cursor:
                for row in await cursor.fetchall():
                    # (id, seq, table, from, to, on_update, on_delete, match)
                    if row[2] == "participants":
                        found.append((table, str(row[3])))
        return found

    async def take_over(self, participant_id: int, pseudonym: str, joined_at: int) -> None:
        """She keeps the pseudonym on her card and the date she first took part."""
        await self._conn.execute(
            "UPDATE participants SET pseudonym = ?, joined_at = min(joined_at, ?) WHERE id = ?",
            (pseudonym, joined_at, participant_id),
        )

    async def record_erasure(self, staff_id: int, now: int) -> None:
        """That an erasure happened, when and by whom; never whose or what."""
        await self._conn.execute(
            "INSERT INTO erasures (erased_at, staff_id) VALUES (?, ?)", (now, staff_id)
        )

    async def erasures(self) -> list[int]:
        """When staff erased offline women's records, oldest first."""
        async with self._conn.execute("SELECT erased_at FROM erasures ORDER BY id") as cursor:
            return [row[0] for row in await cursor.fetchall()]
