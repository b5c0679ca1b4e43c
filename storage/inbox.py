"""Updates held between arriving from Telegram and being processed (durable intake)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from storage.connection import Connection


@dataclass(frozen=True, slots=True)
class HeldUpdate:
    """One update not yet done: its JSON body, and whether a write of its own has committed."""

    update_id: int
    person: int
    body: str
    committed: bool


_INSERT = "INSERT INTO inbox (update_id, person, body, received_at) VALUES (?, ?, ?, ?)"


class InboxRepo:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def hold(
        self, updates: Iterable[tuple[int, int, str]], now: int, newest: int | None = None
    ) -> list[int]:
        """Store (update id, person, JSON) not seen before; returns the ids that are new.

        A done update keeps its id (nothing else), so a redelivery is recognised. At most two
        statements for the whole batch, however many updates it has. Ids above `newest`, the
        highest id ever held (when known), are new without asking: written with the commit.
        """
        fresh: dict[int, tuple[int, int, str, int]] = {}
        for update_id, person, body in updates:
            fresh.setdefault(update_id, (update_id, person, body, now))
        if newest is not None and fresh and min(fresh) > newest:
            self._conn.later(_INSERT, list(fresh.values()))
            return list(fresh)
        if len(fresh) < 2:
            # One update (a webhook's): one statement.
            for row in fresh.values():
                cursor = await self._conn.execute(
                    "INSERT OR IGNORE INTO inbox (update_id, person, body, received_at)"
                    " VALUES (?, ?, ?, ?)",
                    row,
                )
                if not cursor.rowcount:
                    return []
            return list(fresh)
        marks = ",".join("?" * len(fresh))
        for (seen,) in await self._conn.execute_fetchall(
            f"SELECT update_id FROM inbox WHERE update_id IN ({marks})", list(fresh)
        ):
            fresh.pop(int(seen), None)
        await self._conn.executemany(_INSERT, list(fresh.values()))
        return list(fresh)

    async def newest(self) -> int | None:
        """The highest update id held, done or not (None before the first)."""
        [(newest,)] = await self._conn.execute_fetchall("SELECT max(update_id) FROM inbox")
        return None if newest is None else int(newest)

    async def mark_committed(self, update_id: int) -> None:
        """A write made for this update is in the same transaction: never run it again."""
        await self._conn.execute(
            "UPDATE inbox SET committed = 1 WHERE update_id = ? AND done_at IS NULL",
            (update_id,),
        )

    async def mark_done(self, update_ids: Iterable[int], now: int) -> None:
        """Processed: her words are dropped from the row; the id stays to catch redeliveries.
        Written with the transaction's next statement or its commit (nothing reads it back)."""
        self._conn.later(
            "UPDATE inbox SET done_at = ?, person = 0, body = NULL"
            " WHERE update_id = ? AND done_at IS NULL",
            [(now, update_id) for update_id in update_ids],
        )

    async def unfinished(self) -> list[HeldUpdate]:
        """Every update not yet done, oldest first."""
        async with self._conn.execute(
            "SELECT update_id, person, body, committed FROM inbox WHERE done_at IS NULL"
            " ORDER BY update_id"
        ) as cursor:
            rows = await cursor.fetchall()
        return [HeldUpdate(int(row[0]), int(row[1]), str(row[2]), bool(row[3])) for row in rows]

    async def unfinished_one(self, update_id: int) -> HeldUpdate | None:
        async with self._conn.execute(
            "SELECT update_id, person, body, committed FROM inbox"
            " WHERE update_id = ? AND done_at IS NULL",
            (update_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        return HeldUpdate(int(row[0]), int(row[1]), str(row[2]), bool(row[3]))

    async def uncertain_people(self) -> set[int]:
        """People with an update whose write committed but whose processing did not finish."""
        async with self._conn.execute(
            "SELECT DISTINCT person FROM inbox WHERE done_at IS NULL AND committed = 1"
        ) as cursor:
            return {int(row[0]) for row in await cursor.fetchall()}

    async def purge_done_before(self, cutoff: int) -> int:
        """Drop the ids of updates done long enough ago that Telegram cannot redeliver them."""
        cursor = await self._conn.execute(
            "DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?", (cutoff,)
        )
        return cursor.rowcount
