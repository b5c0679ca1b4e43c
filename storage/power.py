"""The power-sharing record of polls: the sealed staff preference and what the service did."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class PowerRecord:
    """A poll's power-sharing record: the staff preference sealed before the result, what women
    chose, and whether the service then followed them (and if not, which limit stopped it)."""

    poll_id: int
    staff_choice: int  # an option position; sealed until the poll closes
    sealed_by: str
    sealed_at: int
    women_choice: int | None
    verdict: str | None  # agreed, differed, undecided; None while the poll is open
    followed: str | None  # followed, not_followed; None until staff say
    limit_code: str | None
    explanation: str | None
    decided_by: str | None
    decided_at: int | None
    closed_at: int | None  # the poll's


@dataclass(frozen=True, slots=True)
class NextStep:
    """What staff did after a shared decision decided nothing."""

    poll_id: int
    step: str  # again (run again as new_poll_id) or decided (option, with the reason)
    new_poll_id: int | None
    option: int | None
    reason: str | None
    decided_by: str
    decided_at: int


@dataclass(frozen=True, slots=True)
class PollVoter:
    """A woman who voted in a poll, to be told whether the service followed what women chose."""

    participant_id: int
    telegram_user_id: int | None
    language: str


_SELECT = """
    SELECT r.poll_id, r.staff_choice, r.sealed_by, r.sealed_at, r.women_choice, r.verdict,
           r.followed, r.limit_code, r.explanation, r.decided_by, r.decided_at, p.closed_at
    FROM power_records r JOIN polls p ON p.id = r.poll_id
"""


class PowerRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def seal(self, poll_id: int, position: int, staff_name: str, now: int) -> None:
        """Record (or, while the poll is open, change) the service's preferred option."""
        await self._conn.execute(
            "INSERT INTO power_records (poll_id, staff_choice, sealed_by, sealed_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (poll_id) DO UPDATE SET"
            " staff_choice = excluded.staff_choice, sealed_by = excluded.sealed_by,"
            " sealed_at = excluded.sealed_at WHERE verdict IS NULL",
            (poll_id, position, staff_name, now),
        )

    async def by_poll(self, poll_id: int) -> PowerRecord | None:
        async with self._conn.execute(f"{_SELECT} WHERE r.poll_id = ?", (poll_id,)) as cursor:
            row = await cursor.fetchone()
        return PowerRecord(*row) if row else None

    async def all(self) -> list[PowerRecord]:
        async with self._conn.execute(f"{_SELECT} ORDER BY r.poll_id") as cursor:
            return [PowerRecord(*row) for row in await cursor.fetchall()]

    async def close(self, poll_id: int, women_choice: int | None, verdict: str) -> None:
        await self._conn.execute(
            "UPDATE power_records SET women_choice = ?, verdict = ?"
            " WHERE poll_id = ? AND verdict IS NULL",
            (women_choice, verdict, poll_id),
        )

    async def decide(
        self,
        poll_id: int,
        followed: str,
        limit_code: str | None,
        explanation: str,
        staff_name: str,
        now: int,
    ) -> bool:
        """What the service did after women chose differently; once only."""
        cursor = await self._conn.execute(
            "UPDATE power_records SET followed = ?, limit_code = ?, explanation = ?,"
            " decided_by = ?, decided_at = ?"
            " WHERE poll_id = ? AND verdict = 'differed' AND followed IS NULL",
            (followed, limit_code, explanation, staff_name, now, poll_id),
        )
        return bool(cursor.rowcount)

    async def who_voted(self, poll_id: int) -> list[PollVoter]:
        """Every woman who voted in the poll (and still has her data here)."""
        async with self._conn.execute(
            "SELECT p.id, p.telegram_user_id, p.language FROM votes v"
            " JOIN participants p ON p.id = v.participant_id"
            " WHERE v.poll_id = ? ORDER BY p.id",
            (poll_id,),
        ) as cursor:
            return [PollVoter(*row) for row in await cursor.fetchall()]

    async def add_next_step(
        self,
        poll_id: int,
        step: str,
        staff_name: str,
        now: int,
        *,
        new_poll_id: int | None = None,
        option: int | None = None,
        reason: str | None = None,
    ) -> bool:
        """What followed a poll that decided nothing; False if a step was recorded before."""
        cursor = await self._conn.execute(
            "INSERT INTO poll_next_steps (poll_id, step, new_poll_id, option, reason,"
            " decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (poll_id) DO NOTHING",
            (poll_id, step, new_poll_id, option, reason, staff_name, now),
        )
        return bool(cursor.rowcount)

    async def for_item(self, proposal_id: int) -> tuple[list[PowerRecord], list[NextStep]]:
        """The power-sharing records and next steps of every poll about one item."""
        async with self._conn.execute(
            f"{_SELECT} WHERE p.proposal_id = ? ORDER BY r.poll_id", (proposal_id,)
        ) as cursor:
            records = [PowerRecord(*row) for row in await cursor.fetchall()]
        return records, await self._next_steps("p.proposal_id = ?", (proposal_id,))

    async def all_next_steps(self) -> list[NextStep]:
        return await self._next_steps("1", ())

    async def _next_steps(self, where: str, params: tuple[object, ...]) -> list[NextStep]:
        async with self._conn.execute(
            "SELECT s.poll_id, s.step, s.new_poll_id, s.option, s.reason, s.decided_by,"
            " s.decided_at FROM poll_next_steps s JOIN polls p ON p.id = s.poll_id"
            f" WHERE {where} ORDER BY s.poll_id",
            params,
        ) as cursor:
            return [NextStep(*row) for row in await cursor.fetchall()]

    async def next_step(self, poll_id: int) -> str | None:
        async with self._conn.execute(
            "SELECT step FROM poll_next_steps WHERE poll_id = ?", (poll_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None
