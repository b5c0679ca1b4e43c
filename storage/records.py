"""Pseudonymised records of everything, for the export and the co-production report.

No query here selects a Telegram id, a staff member's name or who voted for what: women appear
by pseudonym, staff not at all, and polls by their frozen per-option counts and turnout.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, replace

import aiosqlite

from storage.polls import split_domains


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    """A woman as the export shows her: pseudonym, language, notice choice and activity, never her
    Telegram id."""

    pseudonym: str
    language: str
    notify: str
    active: bool
    joined_at: int
    last_seen_at: int
    offline: bool = False  # recorded by staff, with no Telegram chat


@dataclass(frozen=True, slots=True)
class FeedbackRecord:
    """A piece of feedback by pseudonym, with when staff first answered it and how often."""

    id: int
    pseudonym: str
    topic: str
    body: str
    created_at: int
    first_response_at: int | None
    responses: int
    channel: str = "telegram"


@dataclass(frozen=True, slots=True)
class ResponseRecord:
    """A staff reply to feedback, without the name of who wrote it."""

    id: int
    feedback_id: int
    body: str
    created_at: int


@dataclass(frozen=True, slots=True)
class HistoryRecord:
    """A change to an idea (published, moved, closed...) with its evidence and reason, without the
    staff member's name."""

    id: int
    proposal_id: int
    event: str
    from_level: int | None
    to_level: int | None
    outcome: str | None
    limit_code: str | None
    evidence: str | None
    reason: str | None
    created_at: int
    domains: tuple[str, ...] = ()  # what a staff decision decided about
    stage: str | None = None  # a co-delivery stage move: the stage reached


@dataclass(frozen=True, slots=True)
class SuggestionRecord:
    """A ladder suggestion and what staff decided, with when (the report counts how long each
    waited)."""

    id: int
    proposal_id: int
    to_level: int
    evidence: str
    created_at: int
    decision: str | None
    decided_at: int | None


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """A woman's support for, or volunteering on, a proposal."""

    proposal_id: int
    pseudonym: str
    created_at: int
    channel: str = "telegram"


@dataclass(frozen=True, slots=True)
class PollRecord:
    """A poll by its figures only (turnout, quorum, winner, votes taken offline), never who voted
    for what."""

    id: int
    question: str
    kind: str
    limits: str
    audience: str
    proposal_id: int | None
    quorum_kind: str
    quorum_value: float
    opened_at: int
    closes_at: int
    closed_at: int | None
    eligible: int
    turnout: int  # frozen at close; a live count while the poll is open
    quorum_met: bool | None
    winner: int | None
    offline_votes: int = 0  # votes staff recorded on women's behalf (how many, never whose)
    domains: tuple[str, ...] = ()  # what it decided about: priorities, design, ...


@dataclass(frozen=True, slots=True)
class OptionRecord:
    """One option of a poll and its total, which stays None while the poll is open."""

    poll_id: int
    position: int
    label: str
    votes: int | None  # None until the poll closes: results stay hidden while it is open


@dataclass(frozen=True, slots=True)
class Waits:
    """What was raised in a period for staff to answer (feedback, ideas awaiting moderation,
    ladder suggestions): how many, the seconds each one answered waited, how many still wait."""

    raised: int
    answered: tuple[int, ...]
    waiting: int


# Bounds for "any time": earlier and later than every stored moment.
_EARLIEST, _LATEST = -(2**62), 2**62


# Rows fetched at once when a long table is read a row at a time: few trips to the database's
# thread, a small slice of the table in memory.
ROWS_AT_ONCE = 500

# Ids in one `IN (...)` list, well under SQLite's limit on parameters.
_IDS_AT_ONCE = 500


def _between(since: int | None, until: int | None) -> tuple[int, int]:
    return (_EARLIEST if since is None else since, _LATEST if until is None else until)


def _named(since: int | None, until: int | None) -> dict[str, object]:
    start, end = _between(since, until)
    return {"since": start, "until": end}


class RecordsRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def _rows(
        self, sql: str, params: tuple[object, ...] | dict[str, object] = ()
    ) -> list[aiosqlite.Row]:
        async with self._conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def _each(
        self, sql: str, params: tuple[object, ...] | dict[str, object] = ()
    ) -> AsyncIterator[aiosqlite.Row]:
        """The rows one at a time (fetched `ROWS_AT_ONCE` at a time), for a table too long to
        hold whole: the export writes each out as it comes."""
        async with self._conn.execute(sql, params) as cursor:
            while rows := await cursor.fetchmany(ROWS_AT_ONCE):
                for row in rows:
                    yield row

    async def participants(self) -> list[ParticipantRecord]:
        return [record async for record in self.each_participant()]

    async def each_participant(self) -> AsyncIterator[ParticipantRecord]:
        async for r in self._each(
            "SELECT pseudonym, language, notify, active, joined_at, last_seen_at,"
            " telegram_user_id IS NULL FROM participants ORDER BY joined_at, pseudonym"
        ):
            yield ParticipantRecord(r[0], r[1], r[2], bool(r[3]), r[4], r[5], bool(r[6]))

    async def feedback(
        self, since: int | None = None, until: int | None = None
    ) -> list[FeedbackRecord]:
        """All feedback, or (for a report) only that given in [since, until]."""
        return [record async for record in self.each_feedback(since, until)]

    async def each_feedback(
        self, since: int | None = None, until: int | None = None
    ) -> AsyncIterator[FeedbackRecord]:
        async for row in self._each(
            "SELECT f.id, p.pseudonym, f.topic, f.body, f.created_at,"
            " (SELECT min(r.created_at) FROM feedback_responses r WHERE r.feedback_id = f.id),"
            " (SELECT count(*) FROM feedback_responses r WHERE r.feedback_id = f.id), f.channel"
            " FROM feedback f JOIN participants p ON p.id = f.participant_id"
            " WHERE f.created_at BETWEEN ? AND ? ORDER BY f.id",
            _between(since, until),
        ):
            yield FeedbackRecord(*row)

    async def responses(self) -> list[ResponseRecord]:
        return [record async for record in self.each_response()]

    async def each_response(self) -> AsyncIterator[ResponseRecord]:
        async for row in self._each(
            "SELECT id, feedback_id, body, created_at FROM feedback_responses ORDER BY id"
        ):
            yield ResponseRecord(*row)

    async def history(self, until: int | None = None) -> list[HistoryRecord]:
        """Every change to an idea (up to `until`: a report needs when each level was entered)."""
        return [record async for record in self.each_history(until)]

    async def each_history(self, until: int | None = None) -> AsyncIterator[HistoryRecord]:
        async for row in self._each(
            "SELECT id, proposal_id, event, from_level, to_level, outcome, limit_code, evidence,"
            " reason, created_at, (SELECT group_concat(domain) FROM (SELECT domain"
            "  FROM decision_domains d WHERE d.history_id = h.id ORDER BY d.rowid)), stage"
            " FROM proposal_history h WHERE created_at <= ? ORDER BY id",
            (_between(None, until)[1],),
        ):
            yield replace(HistoryRecord(*row[:10]), domains=split_domains(row[10]), stage=row[11])

    async def suggestions(
        self, since: int | None = None, until: int | None = None
    ) -> list[SuggestionRecord]:
        rows = await self._rows(
            "SELECT id, proposal_id, to_level, evidence, created_at, decision, decided_at"
            " FROM ladder_suggestions WHERE created_at BETWEEN ? AND ? ORDER BY id",
            _between(since, until),
        )
        return [SuggestionRecord(*row) for row in rows]

    async def _links(
        self, table: str, channel: str, since: int | None = None, until: int | None = None
    ) -> AsyncIterator[LinkRecord]:
        async for row in self._each(
            f"SELECT t.proposal_id, p.pseudonym, t.created_at, {channel} FROM {table} t"
            " JOIN participants p ON p.id = t.participant_id"
            " WHERE t.created_at BETWEEN ? AND ? ORDER BY t.proposal_id, t.created_at",
            _between(since, until),
        ):
            yield LinkRecord(*row)

    async def supports(
        self, since: int | None = None, until: int | None = None
    ) -> list[LinkRecord]:
        return [record async for record in self.each_support(since, until)]

    def each_support(
        self, since: int | None = None, until: int | None = None
    ) -> AsyncIterator[LinkRecord]:
        return self._links("supports", "t.channel", since, until)

    async def volunteers(self) -> list[LinkRecord]:
        return [record async for record in self.each_volunteer()]

    def each_volunteer(self) -> AsyncIterator[LinkRecord]:
        # Volunteering is only ever her own press in the chat.
        return self._links("volunteers", "'telegram'")

    async def polls(self) -> list[PollRecord]:
        rows = await self._rows(
            "SELECT id, question, kind, limits, audience, proposal_id, quorum_kind, quorum_value,"
            " opened_at, closes_at, closed_at, eligible,"
            " coalesce(turnout, (SELECT count(*) FROM votes v WHERE v.poll_id = polls.id)),"
            " quorum_met, winner,"
            " (SELECT count(*) FROM votes v"
            "  WHERE v.poll_id = polls.id AND v.channel != 'telegram'),"
            " (SELECT group_concat(domain) FROM"
            "  (SELECT domain FROM poll_domains d WHERE d.poll_id = polls.id ORDER BY d.rowid))"
            " FROM polls ORDER BY id"
        )
        return [
            PollRecord(
                id=r[0],
                question=r[1],
                kind=r[2],
                limits=r[3],
                audience=r[4],
                proposal_id=r[5],
                quorum_kind=r[6],
                quorum_value=r[7],
                opened_at=r[8],
                closes_at=r[9],
                closed_at=r[10],
                eligible=r[11],
                turnout=r[12],
                quorum_met=None if r[13] is None else bool(r[13]),
                winner=r[14],
                offline_votes=r[15],
                domains=split_domains(r[16]),
            )
            for r in rows
        ]

    async def votes_given(
        self, since: int | None = None, until: int | None = None
    ) -> list[tuple[str, int]]:
        """(channel, voted_at) of every vote: how and when, never whose or for what."""
        rows = await self._rows(
            "SELECT channel, voted_at FROM votes WHERE voted_at BETWEEN ? AND ? ORDER BY voted_at",
            _between(since, until),
        )
        return [(row[0], row[1]) for row in rows]

    # The report's figures, counted by the database: a report on years of records reads a few
    # numbers, not every row. What a purge removed still counts, from its wordless traces.

    async def feedback_waits(self, since: int | None, until: int) -> Waits:
        """Feedback given in [since, until], and how long each waited for staff's first answer."""
        return await self._waits(
            "SELECT f.created_at AS raised,"
            " (SELECT min(r.created_at) FROM feedback_responses r WHERE r.feedback_id = f.id)"
            " AS answered"
            " FROM feedback f JOIN participants p ON p.id = f.participant_id"
            " WHERE f.created_at BETWEEN :since AND :until"
            " UNION ALL SELECT created_at, first_response_at FROM retired_feedback"
            " WHERE created_at BETWEEN :since AND :until",
            since,
            until,
        )

    async def idea_waits(self, since: int | None, until: int) -> Waits:
        """Ideas given in [since, until], and how long each waited to be published or declined
        (the first such step, by when it was recorded, up to `until`)."""
        return await self._waits(
            "SELECT p.created_at AS raised,"
            " (SELECT h.created_at FROM proposal_history h WHERE h.proposal_id = p.id"
            "  AND h.event IN ('published', 'declined') AND h.created_at <= :until"
            "  ORDER BY h.id LIMIT 1) AS answered"
            " FROM proposals p WHERE p.created_at BETWEEN :since AND :until"
            " UNION ALL SELECT q.created_at,"
            " (SELECT h.created_at FROM retired_history h"
            "  JOIN retired_proposals r ON r.id = h.retired_id"
            "  WHERE r.proposal_id = q.proposal_id AND h.event IN ('published', 'declined')"
            "  ORDER BY h.id LIMIT 1)"
            " FROM retired_proposals q WHERE q.created_at BETWEEN :since AND :until",
            since,
            until,
        )

    async def _waits(self, raised: str, since: int | None, until: int) -> Waits:
        count = waiting = 0
        answered: list[int] = []
        # One number a row, read a few hundred rows at a time.
        async for (seconds,) in self._each(
            f"SELECT max(0, answered - raised) FROM ({raised})", _named(since, until)
        ):
            count += 1
            if seconds is None:
                waiting += 1
            else:
                answered.append(seconds)
        return Waits(count, tuple(answered), waiting)

    async def entries_by_channel(
        self, since: int | None, until: int
    ) -> list[tuple[str, str, int]]:
        """(kind, channel, how many) of the feedback, ideas, supports and votes given in
        [since, until], in the chat or on a woman's behalf."""
        return [
            (row[0], row[1], row[2])
            for row in await self._rows(
                "SELECT 'feedback', f.channel, count(*) FROM feedback f"
                " JOIN participants p ON p.id = f.participant_id"
                " WHERE f.created_at BETWEEN :since AND :until GROUP BY f.channel"
                " UNION ALL SELECT 'feedback', channel, count(*) FROM retired_feedback"
                " WHERE created_at BETWEEN :since AND :until GROUP BY channel"
                " UNION ALL SELECT 'idea', channel, count(*) FROM proposals"
                " WHERE created_at BETWEEN :since AND :until GROUP BY channel"
                " UNION ALL SELECT 'idea', channel, count(*) FROM retired_proposals"
                " WHERE created_at BETWEEN :since AND :until GROUP BY channel"
                " UNION ALL SELECT 'support', t.channel, count(*) FROM supports t"
                " JOIN participants p ON p.id = t.participant_id"
                " WHERE t.created_at BETWEEN :since AND :until GROUP BY t.channel"
                " UNION ALL SELECT 'vote', channel, count(*) FROM votes"
                " WHERE voted_at BETWEEN :since AND :until GROUP BY channel",
                _named(since, until),
            )
        ]

    async def titles(self, proposal_ids: Iterable[int]) -> dict[int, str]:
        """The titles of these ideas (those that still exist)."""
        wanted = sorted(set(proposal_ids))
        titles: dict[int, str] = {}
        for at in range(0, len(wanted), _IDS_AT_ONCE):
            some = wanted[at : at + _IDS_AT_ONCE]
            rows = await self._rows(
                f"SELECT id, title FROM proposals WHERE id IN ({', '.join('?' * len(some))})",
                tuple(some),
            )
            titles.update((row[0], row[1]) for row in rows)
        return titles

    async def options(self) -> list[OptionRecord]:
        rows = await self._rows(
            "SELECT poll_id, position, label, votes FROM poll_options ORDER BY poll_id, position"
        )
        return [OptionRecord(*row) for row in rows]
