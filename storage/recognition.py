"""The recognition log: what each woman received for her contribution, by pseudonym."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class Recognition:
    """What one woman (by pseudonym) received for her contribution, what it was for, and the ladder
    level of that work."""

    id: int
    participant_id: int
    pseudonym: str
    kind: str  # voucher | payment | expenses | time_credit | other
    amount_minor: int | None  # money in pence or cents, with its currency
    currency: str | None
    minutes: int | None  # or time, for a time credit
    purpose: str
    proposal_id: int | None  # the idea it was for, where there is one
    level: int  # the ladder level of the work it recognised, when it was given
    given_at: int


_SELECT = """
    SELECT r.id, r.participant_id, p.pseudonym, r.kind, r.amount_minor, r.currency, r.minutes,
           r.purpose, r.proposal_id, r.level, r.given_at
    FROM recognition r JOIN participants p ON p.id = r.participant_id
"""


class RecognitionRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add(
        self,
        *,
        participant_id: int,
        kind: str,
        amount_minor: int | None,
        currency: str | None,
        minutes: int | None,
        purpose: str,
        proposal_id: int | None,
        level: int,
        given_at: int,
        recorded_by: int,
    ) -> int:
        cursor = await self._conn.execute(
            "INSERT INTO recognition (participant_id, kind, amount_minor, currency, minutes,"
            " purpose, proposal_id, level, given_at, recorded_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                participant_id,
                kind,
                amount_minor,
                currency,
                minutes,
                purpose,
                proposal_id,
                level,
                given_at,
                recorded_by,
            ),
        )
        return int(cursor.lastrowid or 0)

    async def _many(self, where: str, params: tuple[object, ...]) -> list[Recognition]:
        async with self._conn.execute(f"{_SELECT} {where} ORDER BY r.given_at, r.id", params) as c:
            return [Recognition(*row) for row in await c.fetchall()]

    async def by_participant(self, participant_id: int) -> list[Recognition]:
        return await self._many("WHERE r.participant_id = ?", (participant_id,))

    async def all(self) -> list[Recognition]:
        """Every record, oldest first (for the export and the report)."""
        return await self._many("", ())
