"""Pseudonymised records of everything, for the export and the co-production report.

No query here selects a Telegram id, a staff member's name or who voted for what: women appear
by pseudonym, staff not at all, and polls by their frozen per-option counts and turnout.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import aiosqlite

from storage.polls import split_domains


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    pseudonym: str
    language: str
    notify: str
    active: bool
    joined_at: int
    last_seen_at: int
    offline: bool = False  # recorded by staff, with no Telegram chat


@dataclass(frozen=True, slots=True)
class FeedbackRecord:
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
    id: int
    feedback_id: int
    body: str
    created_at: int


@dataclass(frozen=True, slots=True)
class HistoryRecord:
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
    poll_id: int
    position: int
    label: str
    votes: int | None  # None until the poll closes: results stay hidden while it is open


# Bounds for "any time": earlier and later than every stored moment.
_EARLIEST, _LATEST = -(2**62), 2**62


def _between(since: int | None, until: int | None) -> tuple[int, int]:
    return (_EARLIEST if since is None else since, _LATEST if until is None else until)


class RecordsRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[aiosqlite.Row]:
        async with self._conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def participants(self) -> list[ParticipantRecord]:
        rows = await self._rows(
            "SELECT pseudonym, language, notify, active, joined_at, last_seen_at,"
            " telegram_user_id IS NULL FROM participants ORDER BY joined_at, pseudonym"
        )
        return [
            ParticipantRecord(r[0], r[1], r[2], bool(r[3]), r[4], r[5], bool(r[6])) for r in rows
        ]

    async def feedback(
        self, since: int | None = None, until: int | None = None
    ) -> list[FeedbackRecord]:
        """All feedback, or (for a report) only that given in [since, until]."""
        rows = await self._rows(
            "SELECT f.id, p.pseudonym, f.topic, f.body, f.created_at,"
            " (SELECT min(r.created_at) FROM feedback_responses r WHERE r.feedback_id = f.id),"
            " (SELECT count(*) FROM feedback_responses r WHERE r.feedback_id = f.id), f.channel"
            " FROM feedback f JOIN participants p ON p.id = f.participant_id"
            " WHERE f.created_at BETWEEN ? AND ? ORDER BY f.id",
            _between(since, until),
        )
        return [FeedbackRecord(*row) for row in rows]

    async def responses(self) -> list[ResponseRecord]:
        rows = await self._rows(
            "SELECT id, feedback_id, body, created_at FROM feedback_responses ORDER BY id"
        )
        return [ResponseRecord(*row) for row in rows]

    async def history(self, until: int | None = None) -> list[HistoryRecord]:
        """Every change to an idea (up to `until`: a report needs when each level was entered)."""
        rows = await self._rows(
            "SELECT id, proposal_id, event, from_level, to_level, outcome, limit_code, evidence,"
            " reason, created_at, (SELECT group_concat(domain) FROM (SELECT domain"
            "  FROM decision_domains d WHERE d.history_id = h.id ORDER BY d.rowid)), stage"
            " FROM proposal_history h WHERE created_at <= ? ORDER BY id",
            (_between(None, until)[1],),
        )
        return [
            replace(HistoryRecord(*row[:10]), domains=split_domains(row[10]), stage=row[11])
            for row in rows
        ]

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
    ) -> list[LinkRecord]:
        rows = await self._rows(
            f"SELECT t.proposal_id, p.pseudonym, t.created_at, {channel} FROM {table} t"
            " JOIN participants p ON p.id = t.participant_id"
            " WHERE t.created_at BETWEEN ? AND ? ORDER BY t.proposal_id, t.created_at",
            _between(since, until),
        )
        return [LinkRecord(*row) for row in rows]

    async def supports(
        self, since: int | None = None, until: int | None = None
    ) -> list[LinkRecord]:
        return await self._links("supports", "t.channel", since, until)

    async def volunteers(self) -> list[LinkRecord]:
        # Volunteering is only ever her own press in the chat.
        return await self._links("volunteers", "'telegram'")

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

    async def options(self) -> list[OptionRecord]:
        rows = await self._rows(
            "SELECT poll_id, position, label, votes FROM poll_options ORDER BY poll_id, position"
        )
        return [OptionRecord(*row) for row in rows]
