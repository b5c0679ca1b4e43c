"""Polls: options, who may vote, the votes themselves, and the frozen result."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class PollOption:
    """One answer a poll offers, by position; its count is set only when the poll closes."""

    position: int
    label: str
    votes: int | None  # set when the poll closes


@dataclass(frozen=True, slots=True)
class Poll:
    """A poll on a shared decision or an advisory one: who may vote, its quorum and limits declared
    up front, and its result frozen when it closes."""

    id: int
    question: str
    kind: str  # advisory | shared
    limits: str
    audience: str  # all | proposal
    proposal_id: int | None
    quorum_kind: str  # count | share
    quorum_value: float
    created_by: int
    opened_at: int
    closes_at: int
    reminded_at: int | None
    closed_at: int | None
    eligible: int
    turnout: int | None
    quorum_met: bool | None
    winner: int | None  # option position; None for a tie or no votes
    options: tuple[PollOption, ...]
    domains: tuple[str, ...] = ()  # what it decides about: priorities, design, ...

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def labels(self) -> dict[int, str]:
        return {option.position: option.label for option in self.options}


@dataclass(frozen=True, slots=True)
class Voter:
    """An eligible woman a poll's messages can reach, and whether its idea is hers (a woman who
    chose "only mine" still hears about it)."""

    participant_id: int
    telegram_user_id: int | None  # None for a woman recorded offline
    language: str
    notify: str
    involved: bool  # author or volunteer of the poll's proposal: it is "her own" news


def split_domains(joined: str | None) -> tuple[str, ...]:
    """The domains as group_concat returns them."""
    return tuple(joined.split(",")) if joined else ()


_COLUMNS = (
    "id, question, kind, limits, audience, proposal_id, quorum_kind, quorum_value, created_by,"
    " opened_at, closes_at, reminded_at, closed_at, eligible, turnout, quorum_met, winner,"
    " (SELECT group_concat(domain) FROM"
    "  (SELECT domain FROM poll_domains d WHERE d.poll_id = polls.id ORDER BY d.rowid))"
)


class PollRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def _options(self, poll_id: int) -> tuple[PollOption, ...]:
        async with self._conn.execute(
            "SELECT position, label, votes FROM poll_options WHERE poll_id = ? ORDER BY position",
            (poll_id,),
        ) as cursor:
            return tuple(PollOption(*row) for row in await cursor.fetchall())

    async def _many(self, where: str, params: tuple[object, ...]) -> list[Poll]:
        async with self._conn.execute(
            f"SELECT {_COLUMNS} FROM polls WHERE {where}", params
        ) as cursor:
            rows = await cursor.fetchall()
        polls = []
        for row in rows:
            polls.append(
                Poll(
                    id=row[0],
                    question=row[1],
                    kind=row[2],
                    limits=row[3],
                    audience=row[4],
                    proposal_id=row[5],
                    quorum_kind=row[6],
                    quorum_value=row[7],
                    created_by=row[8],
                    opened_at=row[9],
                    closes_at=row[10],
                    reminded_at=row[11],
                    closed_at=row[12],
                    eligible=row[13],
                    turnout=row[14],
                    quorum_met=None if row[15] is None else bool(row[15]),
                    winner=row[16],
                    options=await self._options(row[0]),
                    domains=split_domains(row[17]),
                )
            )
        return polls

    async def add(
        self,
        *,
        question: str,
        kind: str,
        limits: str,
        audience: str,
        proposal_id: int | None,
        quorum_kind: str,
        quorum_value: float,
        created_by: int,
        opened_at: int,
        closes_at: int,
        options: Sequence[str],
        voters: Sequence[int],
        domains: Sequence[str] = (),
    ) -> Poll:
        """Open a poll with its options and the women who may vote in it."""
        cursor = await self._conn.execute(
            "INSERT INTO polls (question, kind, limits, audience, proposal_id, quorum_kind,"
            " quorum_value, created_by, opened_at, closes_at, eligible)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (question, kind, limits, audience, proposal_id, quorum_kind, quorum_value,
             created_by, opened_at, closes_at, len(voters)),
        )  # fmt: skip
        poll_id = int(cursor.lastrowid or 0)
        await self._conn.executemany(
            "INSERT INTO poll_options (poll_id, position, label) VALUES (?, ?, ?)",
            [(poll_id, position, label) for position, label in enumerate(options, start=1)],
        )
        await self._conn.executemany(
            "INSERT INTO poll_voters (poll_id, participant_id) VALUES (?, ?)",
            [(poll_id, participant_id) for participant_id in voters],
        )
        await self._conn.executemany(
            "INSERT INTO poll_domains (poll_id, domain) VALUES (?, ?)",
            [(poll_id, domain) for domain in domains],
        )
        poll = await self.by_id(poll_id)
        assert poll is not None
        return poll

    async def by_id(self, poll_id: int) -> Poll | None:
        found = await self._many("id = ?", (poll_id,))
        return found[0] if found else None

    async def recent(self, since: int) -> list[Poll]:
        """Open polls, and polls closed since `since`, newest first."""
        return await self._many("closed_at IS NULL OR closed_at >= ? ORDER BY id DESC", (since,))

    async def opened_between(self, since: int, until: int) -> list[Poll]:
        return await self._many("opened_at > ? AND opened_at <= ? ORDER BY id", (since, until))

    async def closed_between(self, since: int, until: int) -> list[Poll]:
        return await self._many("closed_at > ? AND closed_at <= ? ORDER BY id", (since, until))

    async def open_closing_by(self, until: int) -> list[Poll]:
        """Open polls due to close at or before `until`, soonest first."""
        return await self._many(
            "closed_at IS NULL AND closes_at <= ? ORDER BY closes_at, id", (until,)
        )

    async def open_for(self, participant_id: int) -> list[Poll]:
        return await self._many(
            "closed_at IS NULL AND id IN"
            " (SELECT poll_id FROM poll_voters WHERE participant_id = ?) ORDER BY closes_at",
            (participant_id,),
        )

    async def due_to_close(self, now: int) -> list[Poll]:
        return await self._many("closed_at IS NULL AND closes_at <= ? ORDER BY id", (now,))

    async def awaiting_reminder(self) -> list[Poll]:
        return await self._many("closed_at IS NULL AND reminded_at IS NULL ORDER BY id", ())

    async def for_proposal(self, proposal_id: int) -> list[Poll]:
        """Every poll about one item, open or closed, oldest first."""
        return await self._many("proposal_id = ? ORDER BY id", (proposal_id,))

    async def about_items(self) -> list[Poll]:
        """Every poll about an item, oldest first."""
        return await self._many("proposal_id IS NOT NULL ORDER BY id", ())

    async def about_items_between(self, first: int, last: int) -> list[Poll]:
        """Every poll about the items numbered `first` to `last`, oldest first."""
        return await self._many("proposal_id BETWEEN ? AND ? ORDER BY id", (first, last))

    async def closed_for_proposal(self, proposal_id: int) -> list[Poll]:
        return await self._many(
            "proposal_id = ? AND closed_at IS NOT NULL ORDER BY id", (proposal_id,)
        )

    async def is_voter(self, poll_id: int, participant_id: int) -> bool:
        async with self._conn.execute(
            "SELECT 1 FROM poll_voters WHERE poll_id = ? AND participant_id = ?",
            (poll_id, participant_id),
        ) as cursor:
            return await cursor.fetchone() is not None

    async def voters(self, poll_id: int, *, only_without_vote: bool = False) -> list[Voter]:
        """The eligible women who can still be reached, optionally only those yet to vote."""
        sql = """
            SELECT p.id, p.telegram_user_id, p.language, p.notify,
                   pl.proposal_id IS NOT NULL AND (
                       p.id = (SELECT author_id FROM proposals WHERE id = pl.proposal_id)
                       OR p.id IN (SELECT participant_id FROM volunteers
                                   WHERE proposal_id = pl.proposal_id))
            FROM poll_voters v
            JOIN participants p ON p.id = v.participant_id
            JOIN polls pl ON pl.id = v.poll_id
            WHERE v.poll_id = ? AND p.active = 1
        """
        if only_without_vote:
            sql += (
                " AND NOT EXISTS (SELECT 1 FROM votes w"
                " WHERE w.poll_id = v.poll_id AND w.participant_id = p.id)"
            )
        async with self._conn.execute(sql + " ORDER BY p.id", (poll_id,)) as cursor:
            rows = await cursor.fetchall()
        return [Voter(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    async def vote(self, poll_id: int, participant_id: int, position: int, now: int) -> None:
        """Her one vote, replaced if she changes her mind (the primary key keeps it to one)."""
        await self._conn.execute(
            "INSERT INTO votes (poll_id, participant_id, position, voted_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (poll_id, participant_id)"
            " DO UPDATE SET position = excluded.position, voted_at = excluded.voted_at",
            (poll_id, participant_id, position, now),
        )

    async def count_once(self, kept: int, gone: int) -> None:
        """Two records of one woman becoming one: open polls both could vote in count her once."""
        await self._conn.execute(
            "UPDATE polls SET eligible = eligible - 1 WHERE closed_at IS NULL"
            " AND id IN (SELECT poll_id FROM poll_voters WHERE participant_id = ?)"
            " AND id IN (SELECT poll_id FROM poll_voters WHERE participant_id = ?)",
            (kept, gone),
        )

    async def add_offline_vote(
        self, poll_id: int, participant_id: int, position: int, now: int, channel: str
    ) -> bool:
        """A vote she gave offline; False (nothing stored) if she has already voted."""
        cursor = await self._conn.execute(
            "INSERT INTO votes (poll_id, participant_id, position, voted_at, channel)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (poll_id, participant_id) DO NOTHING",
            (poll_id, participant_id, position, now, channel),
        )
        return bool(cursor.rowcount)

    async def set_reason(self, poll_id: int, participant_id: int, reason: str) -> bool:
        cursor = await self._conn.execute(
            "UPDATE votes SET reason = ? WHERE poll_id = ? AND participant_id = ?",
            (reason, poll_id, participant_id),
        )
        return bool(cursor.rowcount)

    async def my_vote(self, poll_id: int, participant_id: int) -> int | None:
        async with self._conn.execute(
            "SELECT position FROM votes WHERE poll_id = ? AND participant_id = ?",
            (poll_id, participant_id),
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else None

    async def turnout(self, poll_id: int, *, offline_only: bool = False) -> int:
        """Votes cast so far; with `offline_only`, those staff recorded on women's behalf."""
        where = " AND channel != 'telegram'" if offline_only else ""
        async with self._conn.execute(
            f"SELECT count(*) FROM votes WHERE poll_id = ?{where}", (poll_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def counts(self, poll_id: int) -> dict[int, int]:
        async with self._conn.execute(
            "SELECT position, count(*) FROM votes WHERE poll_id = ? GROUP BY position", (poll_id,)
        ) as cursor:
            return {row[0]: row[1] for row in await cursor.fetchall()}

    async def votes_by(self, participant_id: int) -> list[tuple[int, str, str, str | None]]:
        """Her votes, as (poll, question, chosen option, reason), for /mydata."""
        async with self._conn.execute(
            "SELECT pl.id, pl.question, o.label, v.reason FROM votes v"
            " JOIN polls pl ON pl.id = v.poll_id"
            " JOIN poll_options o ON o.poll_id = v.poll_id AND o.position = v.position"
            " WHERE v.participant_id = ? ORDER BY pl.id",
            (participant_id,),
        ) as cursor:
            return [(r[0], r[1], r[2], r[3]) for r in await cursor.fetchall()]

    async def close(
        self,
        poll_id: int,
        now: int,
        counts: dict[int, int],
        turnout: int,
        quorum_met: bool,
        winner: int | None,
        closed_by: int | None,
    ) -> bool:
        """Freeze the result; False if it was already closed (closing is done once)."""
        cursor = await self._conn.execute(
            "UPDATE polls SET closed_at = ?, turnout = ?, quorum_met = ?, winner = ?,"
            " closed_by = ? WHERE id = ? AND closed_at IS NULL",
            (now, turnout, quorum_met, winner, closed_by, poll_id),
        )
        if not cursor.rowcount:
            return False
        await self._conn.executemany(
            "UPDATE poll_options SET votes = ? WHERE poll_id = ? AND position = ?",
            [(count, poll_id, position) for position, count in counts.items()],
        )
        await self._conn.execute(
            "UPDATE poll_options SET votes = 0 WHERE poll_id = ? AND votes IS NULL", (poll_id,)
        )
        return True

    async def mark_reminded(self, poll_id: int, now: int) -> bool:
        cursor = await self._conn.execute(
            "UPDATE polls SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL",
            (now, poll_id),
        )
        return bool(cursor.rowcount)
