"""Single-use invite codes, kept only as hashes, each with an expiry."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class Invite:
    """An invite code found by its hash: when it was made, when it expires, and when a woman
    joined with it."""

    id: int
    created_at: int
    expires_at: int
    used_at: int | None


class InviteRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add(self, code_hash: str, created_by: int, now: int, expires_at: int) -> int:
        cursor = await self._conn.execute(
            "INSERT INTO invite_codes (code_hash, created_by, created_at, expires_at)"
            " VALUES (?, ?, ?, ?)",
            (code_hash, created_by, now, expires_at),
        )
        return int(cursor.lastrowid or 0)

    async def by_hash(self, code_hash: str) -> Invite | None:
        async with self._conn.execute(
            "SELECT id, created_at, expires_at, used_at FROM invite_codes WHERE code_hash = ?",
            (code_hash,),
        ) as cursor:
            row = await cursor.fetchone()
        return Invite(row[0], row[1], row[2], row[3]) if row else None

    async def use(self, invite_id: int, now: int) -> bool:
        """Spend the code unless it is used or expired; True if this call spent it."""
        cursor = await self._conn.execute(
            "UPDATE invite_codes SET used_at = ?"
            " WHERE id = ? AND used_at IS NULL AND expires_at > ?",
            (now, invite_id, now),
        )
        return cursor.rowcount == 1

    async def drop_expired_before(self, before: int) -> int:
        cursor = await self._conn.execute(
            "DELETE FROM invite_codes WHERE expires_at < ?", (before,)
        )
        return cursor.rowcount
