"""One-time codes that join an offline woman's history to her chat, kept only as hashes."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class LinkCode:
    """A link code found by its hash: whose offline history it hands over, until when, and whether
    it was spent."""

    id: int
    participant_id: int  # the offline woman whose history the code hands over
    expires_at: int
    used_at: int | None


class LinkCodeRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def replace(
        self, participant_id: int, code_hash: str, created_by: int, now: int, expires_at: int
    ) -> None:
        """A new code for her; any earlier unused one stops working."""
        await self._conn.execute(
            "DELETE FROM link_codes WHERE participant_id = ? AND used_at IS NULL",
            (participant_id,),
        )
        await self._conn.execute(
            "INSERT INTO link_codes (code_hash, participant_id, created_by, created_at,"
            " expires_at) VALUES (?, ?, ?, ?, ?)",
            (code_hash, participant_id, created_by, now, expires_at),
        )

    async def by_hash(self, code_hash: str) -> LinkCode | None:
        async with self._conn.execute(
            "SELECT id, participant_id, expires_at, used_at FROM link_codes WHERE code_hash = ?",
            (code_hash,),
        ) as cursor:
            row = await cursor.fetchone()
        return LinkCode(*row) if row else None

    async def use(self, code_id: int, now: int) -> bool:
        """Spend the code unless it is used or expired; True if this call spent it."""
        cursor = await self._conn.execute(
            "UPDATE link_codes SET used_at = ?"
            " WHERE id = ? AND used_at IS NULL AND expires_at > ?",
            (now, code_id, now),
        )
        return cursor.rowcount == 1

    async def drop_expired_before(self, before: int) -> int:
        cursor = await self._conn.execute("DELETE FROM link_codes WHERE expires_at < ?", (before,))
        return cursor.rowcount
