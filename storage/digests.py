"""Digests queued to the staff chat: one row per period, so none is sent twice."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class SentDigest:
    """A digest queued to the staff chat: its period, the stretch of time it covered, and how many
    messages it took."""

    period: str
    slot_at: int
    covers_from: int
    covers_until: int
    messages: int
    queued_at: int


class DigestRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def last(self) -> SentDigest | None:
        """The most recent scheduled digest (by its scheduled moment)."""
        async with self._conn.execute(
            "SELECT period, slot_at, covers_from, covers_until, messages, queued_at"
            " FROM digests ORDER BY slot_at DESC, queued_at DESC LIMIT 1"
        ) as cursor:
            row = await cursor.fetchone()
        return SentDigest(*row) if row else None

    async def record(
        self,
        period: str,
        slot_at: int,
        covers_from: int,
        covers_until: int,
        messages: int,
        now: int,
    ) -> bool:
        """Claim `period`; False if its digest was already queued (the caller sends nothing)."""
        cursor = await self._conn.execute(
            "INSERT INTO digests (period, slot_at, covers_from, covers_until, messages,"
            " queued_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (period) DO NOTHING",
            (period, slot_at, covers_from, covers_until, messages, now),
        )
        return bool(cursor.rowcount)

    async def count(self) -> int:
        async with self._conn.execute("SELECT count(*) FROM digests") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def service_started(self) -> int:
        """When the service started: the first start of this database, or the first woman's
        joining if that was earlier (a database from before the start was recorded)."""
        async with self._conn.execute(
            "SELECT min(coalesce((SELECT started_at FROM service_start), 1e18),"
            " coalesce((SELECT min(joined_at) FROM participants), 1e18))"
        ) as cursor:
            row = await cursor.fetchone()
        value = row[0] if row else None
        return 0 if value is None or value >= 1e18 else int(value)
