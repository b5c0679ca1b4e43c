"""Proposals: their supporters and volunteers, their history, and the ladder's suggestions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, replace

import aiosqlite

from storage.feedback import Voice, voice_of
from storage.polls import split_domains
from storage.records import ROWS_AT_ONCE


@dataclass(frozen=True, slots=True)
class Proposal:
    """An item on the ladder (a woman's idea, a staff plan, or feedback turned into an idea): its
    level, status and outcome, and how many women support it or volunteered."""

    id: int
    author_id: int | None  # None for a staff plan
    author_pseudonym: str  # empty for a staff plan
    title: str
    body: str
    status: str
    level: int
    outcome: str
    limit_code: str | None
    explanation: str | None
    created_at: int
    published_at: int | None
    supporters: int
    volunteers: int
    channel: str = "telegram"  # how the idea reached us: in the chat, or on her behalf
    origin: str = "idea"  # idea, plan (from staff) or feedback (turned into an idea)
    feedback_id: int | None = None
    can_change: str | None = None  # a plan: what women can still change
    already_decided: str | None = None  # a plan: what the service has already decided
    decided_limit: str | None = None  # ... and the limit that made it so, if one did
    voice_file_id: str | None = None  # a voice note she gave instead of a written description
    voice_seconds: int | None = None

    @property
    def voice(self) -> Voice | None:
        return voice_of(self.voice_file_id, self.voice_seconds)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """A change to an item, or a "not yet" (event `not_yet`; its id is then the not_yet row's)."""

    id: int
    event: str
    from_level: int | None
    to_level: int | None
    outcome: str | None
    limit_code: str | None
    staff_name: str | None
    evidence: str | None
    reason: str | None
    created_at: int
    domains: tuple[str, ...] = ()  # what a staff decision decided about
    stage: str | None = None  # a co-delivery stage move: the stage reached


@dataclass(frozen=True, slots=True)
class LadderSuggestion:
    """A ladder rule's suggestion to move an item up one level, with its evidence and what staff
    decided (None while it waits)."""

    id: int
    proposal_id: int
    to_level: int
    evidence: str
    created_at: int
    decision: str | None


@dataclass(frozen=True, slots=True)
class Involved:
    """A woman connected to a proposal, and how."""

    participant_id: int
    telegram_user_id: int | None  # None for a woman recorded offline
    language: str
    notify: str
    is_author: bool
    is_volunteer: bool


@dataclass(frozen=True, slots=True)
class NotYet:
    """Staff's "not yet" to a suggested level: why, any limit, and the support then, so the level
    may be suggested again once support grows or time passes."""

    id: int
    proposal_id: int
    to_level: int
    reason: str
    limit_code: str | None
    supporters: int
    staff_name: str
    created_at: int
    resuggested_at: int | None
    domains: tuple[str, ...] = ()  # what the decision decided about


@dataclass(frozen=True, slots=True)
class FeedbackIdea:
    """Staff asking a woman whether her feedback may become an idea under their title: her answer,
    and the idea her yes published."""

    id: int
    feedback_id: int
    title: str
    staff_name: str
    created_at: int
    answer: str | None
    answered_at: int | None
    proposal_id: int | None


def _domains_of(column: str) -> str:
    """The domains of one decision, in the order they were stored (for split_domains)."""
    return (
        "(SELECT group_concat(domain) FROM (SELECT domain FROM decision_domains d"
        f" WHERE d.{column} ORDER BY d.rowid))"
    )


_NOT_YET = (
    "SELECT id, proposal_id, to_level, reason, limit_code, supporters, staff_name, created_at,"
    f" resuggested_at, {_domains_of('not_yet_id = not_yet.id')} FROM not_yet"
)


def _history_entry(row: aiosqlite.Row) -> HistoryEntry:
    return replace(HistoryEntry(*row[:10]), domains=split_domains(row[10]), stage=row[11])


def _not_yet(row: aiosqlite.Row) -> NotYet:
    return replace(NotYet(*row[:9]), domains=split_domains(row[9]))


# "Created before" with no bound: later than any stored time.
_NO_LATER_THAN = 2**62
_NO_EARLIER_THAN = -(2**62)

_SELECT = """
    SELECT p.id, p.author_id, coalesce(a.pseudonym, ''), p.title, p.body, p.status, p.level,
           p.outcome, p.limit_code, p.explanation, p.created_at, p.published_at,
           (SELECT count(*) FROM supports s WHERE s.proposal_id = p.id),
           (SELECT count(*) FROM volunteers v WHERE v.proposal_id = p.id),
           p.channel, p.origin, p.feedback_id, p.can_change, p.already_decided,
           p.decided_limit, p.voice_file_id, p.voice_seconds
    FROM proposals p LEFT JOIN participants a ON a.id = p.author_id
"""


def _proposal(row: aiosqlite.Row) -> Proposal:
    return Proposal(*row)


class ProposalRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def _many(
        self, sql: str, params: tuple[object, ...] | dict[str, object]
    ) -> list[Proposal]:
        async with self._conn.execute(sql, params) as cursor:
            return [_proposal(row) for row in await cursor.fetchall()]

    async def add(
        self,
        author_id: int,
        title: str,
        body: str,
        now: int,
        channel: str = "telegram",
        voice: Voice | None = None,
    ) -> Proposal:
        cursor = await self._conn.execute(
            "INSERT INTO proposals (author_id, title, body, created_at, channel, voice_file_id,"
            " voice_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                author_id,
                title,
                body,
                now,
                channel,
                voice.file_id if voice else None,
                voice.seconds if voice else None,
            ),
        )
        proposal = await self.by_id(int(cursor.lastrowid or 0))
        assert proposal is not None
        return proposal

    async def add_published(
        self,
        author_id: int | None,
        title: str,
        body: str,
        now: int,
        *,
        origin: str,
        level: int = 1,
        feedback_id: int | None = None,
        can_change: str | None = None,
        already_decided: str | None = None,
        decided_limit: str | None = None,
    ) -> Proposal:
        """An item published at once: a staff plan, or feedback its author agreed to share."""
        cursor = await self._conn.execute(
            "INSERT INTO proposals (author_id, title, body, status, level, created_at,"
            " published_at, origin, feedback_id, can_change, already_decided, decided_limit)"
            " VALUES (?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                author_id,
                title,
                body,
                level,
                now,
                now,
                origin,
                feedback_id,
                can_change,
                already_decided,
                decided_limit,
            ),
        )
        proposal = await self.by_id(int(cursor.lastrowid or 0))
        assert proposal is not None
        return proposal

    async def by_id(self, proposal_id: int) -> Proposal | None:
        found = await self._many(f"{_SELECT} WHERE p.id = ?", (proposal_id,))
        return found[0] if found else None

    async def all(self) -> list[Proposal]:
        """Every proposal, oldest first (for exports and reports)."""
        return await self._many(f"{_SELECT} ORDER BY p.id", ())

    async def each(self) -> AsyncIterator[Proposal]:
        """Every proposal, oldest first, one at a time (for the export)."""
        async with self._conn.execute(f"{_SELECT} ORDER BY p.id") as cursor:
            while rows := await cursor.fetchmany(ROWS_AT_ONCE):
                for row in rows:
                    yield _proposal(row)

    async def after(self, last_id: int, limit: int) -> list[Proposal]:
        """The next `limit` proposals with an id above `last_id`, oldest first: every proposal
        a slice at a time, so a long read never holds them all."""
        return await self._many(
            f"{_SELECT} WHERE p.id > ? ORDER BY p.id LIMIT ?", (last_id, limit)
        )

    async def for_report(self, since: int | None, until: int) -> list[Proposal]:
        """Ideas a report on [since, until] speaks of: given in it, or changed in it."""
        start = _NO_EARLIER_THAN if since is None else since
        return await self._many(
            f"{_SELECT} WHERE p.created_at BETWEEN :start AND :until OR p.id IN"
            " (SELECT proposal_id FROM proposal_history"
            "  WHERE created_at BETWEEN :start AND :until)"
            " ORDER BY p.id",
            {"start": start, "until": until},
        )

    async def pending(
        self, limit: int = -1, offset: int = 0, *, before: int | None = None
    ) -> list[Proposal]:
        """Ideas awaiting moderation, oldest first (only those created before `before`)."""
        return await self._many(
            f"{_SELECT} WHERE p.status = 'pending' AND p.created_at < ?"
            " ORDER BY p.id LIMIT ? OFFSET ?",
            (_NO_LATER_THAN if before is None else before, limit, offset),
        )

    async def count_pending(self, *, before: int | None = None) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM proposals WHERE status = 'pending' AND created_at < ?",
            (_NO_LATER_THAN if before is None else before,),
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def published(
        self, level: int | None, offset: int, limit: int, *, open_only: bool = False
    ) -> list[Proposal]:
        """Published proposals, newest first, optionally at one level.

        The page is chosen from the index first; supporters are counted for its rows only, so
        a page costs the same however many ideas are published.
        """
        where = "status = 'published'"
        params: list[object] = []
        if level is not None:
            where += " AND level = ?"
            params.append(level)
        if open_only:
            where += " AND outcome = 'open'"
        return await self._many(
            f"{_SELECT} JOIN (SELECT id AS page_id FROM proposals WHERE {where}"
            " ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?) ON p.id = page_id"
            " ORDER BY p.published_at DESC, p.id DESC",
            (*params, limit, offset),
        )

    async def count_published(self, level: int | None) -> int:
        sql = "SELECT count(*) FROM proposals WHERE status = 'published'"
        params: tuple[object, ...] = ()
        if level is not None:
            sql += " AND level = ?"
            params = (level,)
        async with self._conn.execute(sql, params) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def by_author(self, author_id: int) -> list[Proposal]:
        return await self._many(f"{_SELECT} WHERE p.author_id = ? ORDER BY p.id", (author_id,))

    async def set_status(
        self, proposal_id: int, status: str, now: int, limit_code: str | None = None
    ) -> None:
        await self._conn.execute(
            "UPDATE proposals SET status = ?, limit_code = coalesce(?, limit_code),"
            " published_at = CASE WHEN ? = 'published' THEN ? ELSE published_at END"
            " WHERE id = ?",
            (status, limit_code, status, now, proposal_id),
        )

    async def set_level(self, proposal_id: int, level: int) -> None:
        await self._conn.execute(
            "UPDATE proposals SET level = ? WHERE id = ?", (level, proposal_id)
        )

    async def close(
        self, proposal_id: int, outcome: str, limit_code: str | None, explanation: str | None
    ) -> None:
        await self._conn.execute(
            "UPDATE proposals SET outcome = ?, limit_code = ?, explanation = ? WHERE id = ?",
            (outcome, limit_code, explanation, proposal_id),
        )

    # Support and volunteering: one row per woman, pressing again withdraws.

    async def _toggle(self, table: str, proposal_id: int, participant_id: int, now: int) -> bool:
        cursor = await self._conn.execute(
            f"DELETE FROM {table} WHERE proposal_id = ? AND participant_id = ?",
            (proposal_id, participant_id),
        )
        if cursor.rowcount:
            return False
        await self._conn.execute(
            f"INSERT INTO {table} (proposal_id, participant_id, created_at) VALUES (?, ?, ?)",
            (proposal_id, participant_id, now),
        )
        return True

    async def toggle_support(self, proposal_id: int, participant_id: int, now: int) -> bool:
        """Add her support, or withdraw it if given; True when she now supports it."""
        return await self._toggle("supports", proposal_id, participant_id, now)

    async def add_support(
        self, proposal_id: int, participant_id: int, now: int, channel: str
    ) -> bool:
        """Her support given offline; False (nothing changed) if she already supports it."""
        cursor = await self._conn.execute(
            "INSERT INTO supports (proposal_id, participant_id, created_at, channel)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (proposal_id, participant_id, now, channel),
        )
        return bool(cursor.rowcount)

    async def toggle_volunteer(self, proposal_id: int, participant_id: int, now: int) -> bool:
        """Add her as a volunteer, or withdraw; True when she now volunteers."""
        return await self._toggle("volunteers", proposal_id, participant_id, now)

    async def _has(self, table: str, proposal_id: int, participant_id: int) -> bool:
        async with self._conn.execute(
            f"SELECT 1 FROM {table} WHERE proposal_id = ? AND participant_id = ?",
            (proposal_id, participant_id),
        ) as cursor:
            return await cursor.fetchone() is not None

    async def supports(self, proposal_id: int, participant_id: int) -> bool:
        return await self._has("supports", proposal_id, participant_id)

    async def volunteers(self, proposal_id: int, participant_id: int) -> bool:
        return await self._has("volunteers", proposal_id, participant_id)

    async def involved(self, proposal_id: int) -> list[Involved]:
        """Author, supporters and volunteers, each once, with how they are involved."""
        async with self._conn.execute(
            """
            SELECT p.id, p.telegram_user_id, p.language, p.notify,
                   p.id = (SELECT author_id FROM proposals WHERE id = :proposal),
                   EXISTS (SELECT 1 FROM volunteers v
                           WHERE v.proposal_id = :proposal AND v.participant_id = p.id)
            FROM participants p
            WHERE p.active = 1 AND (
                p.id = (SELECT author_id FROM proposals WHERE id = :proposal)
                OR p.id IN (SELECT participant_id FROM supports WHERE proposal_id = :proposal)
                OR p.id IN (SELECT participant_id FROM volunteers WHERE proposal_id = :proposal))
            ORDER BY p.id
            """,
            {"proposal": proposal_id},
        ) as cursor:
            rows = await cursor.fetchall()
        return [Involved(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5])) for r in rows]

    async def supported_by(self, participant_id: int) -> list[int]:
        async with self._conn.execute(
            "SELECT proposal_id FROM supports WHERE participant_id = ? ORDER BY proposal_id",
            (participant_id,),
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def volunteered_by(self, participant_id: int) -> list[int]:
        async with self._conn.execute(
            "SELECT proposal_id FROM volunteers WHERE participant_id = ? ORDER BY proposal_id",
            (participant_id,),
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    # History.

    async def record(
        self,
        proposal_id: int,
        event: str,
        now: int,
        *,
        from_level: int | None = None,
        to_level: int | None = None,
        outcome: str | None = None,
        limit_code: str | None = None,
        staff_id: int | None = None,
        staff_name: str | None = None,
        evidence: str | None = None,
        reason: str | None = None,
        domains: Sequence[str] = (),
    ) -> int:
        """One row of the item's history (with what a staff decision decided about)."""
        cursor = await self._conn.execute(
            "INSERT INTO proposal_history (proposal_id, event, from_level, to_level, outcome,"
            " limit_code, staff_id, staff_name, evidence, reason, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                proposal_id,
                event,
                from_level,
                to_level,
                outcome,
                limit_code,
                staff_id,
                staff_name,
                evidence,
                reason,
                now,
            ),
        )
        history_id = int(cursor.lastrowid or 0)
        await self._add_domains("history_id", history_id, domains)
        return history_id

    async def _add_domains(self, column: str, decision_id: int, domains: Sequence[str]) -> None:
        await self._conn.executemany(
            f"INSERT INTO decision_domains ({column}, domain) VALUES (?, ?)",
            [(decision_id, domain) for domain in domains],
        )

    async def _history(self, where: str, params: dict[str, object]) -> list[aiosqlite.Row]:
        async with self._conn.execute(
            "SELECT id, event, from_level, to_level, outcome, limit_code, staff_name, evidence,"
            f" reason, created_at, {_domains_of('history_id = h.id')}, stage, proposal_id,"
            f" 0 AS kind FROM proposal_history h WHERE {where}"
            " UNION ALL"
            " SELECT id, 'not_yet', to_level - 1, to_level, NULL, limit_code, staff_name, NULL,"
            f" reason, created_at, {_domains_of('not_yet_id = n.id')}, NULL, proposal_id,"
            f" 1 AS kind FROM not_yet n WHERE {where}"
            " ORDER BY created_at, kind, id",
            params,
        ) as cursor:
            return list(await cursor.fetchall())

    async def history(self, proposal_id: int) -> list[HistoryEntry]:
        """Every change to the item and every "not yet", in the order they happened."""
        rows = await self._history("proposal_id = :proposal", {"proposal": proposal_id})
        return [_history_entry(row) for row in rows]

    async def all_history(self) -> list[tuple[int, HistoryEntry]]:
        """Every item's history and "not yet"s, as (item, entry), in the order they happened."""
        return [(row[12], _history_entry(row)) for row in await self._history("1", {})]

    async def history_between(self, first: int, last: int) -> list[tuple[int, HistoryEntry]]:
        """Like `all_history`, for the items numbered `first` to `last` only."""
        rows = await self._history(
            "proposal_id BETWEEN :first AND :last", {"first": first, "last": last}
        )
        return [(row[12], _history_entry(row)) for row in rows]

    # Ladder suggestions.

    async def add_suggestion(
        self, proposal_id: int, to_level: int, evidence: str, now: int
    ) -> LadderSuggestion | None:
        """Record a suggestion; None if one was already made for this (proposal, level)."""
        cursor = await self._conn.execute(
            "INSERT INTO ladder_suggestions (proposal_id, to_level, evidence, created_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (proposal_id, to_level) DO NOTHING",
            (proposal_id, to_level, evidence, now),
        )
        if not cursor.rowcount:
            return None
        return LadderSuggestion(
            int(cursor.lastrowid or 0), proposal_id, to_level, evidence, now, None
        )

    async def suggestion(self, suggestion_id: int) -> LadderSuggestion | None:
        async with self._conn.execute(
            "SELECT id, proposal_id, to_level, evidence, created_at, decision"
            " FROM ladder_suggestions WHERE id = ?",
            (suggestion_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return LadderSuggestion(*row) if row else None

    async def suggested_levels(self, proposal_id: int) -> frozenset[int]:
        async with self._conn.execute(
            "SELECT to_level FROM ladder_suggestions WHERE proposal_id = ?", (proposal_id,)
        ) as cursor:
            return frozenset(row[0] for row in await cursor.fetchall())

    async def open_suggestions(self) -> list[LadderSuggestion]:
        async with self._conn.execute(
            "SELECT id, proposal_id, to_level, evidence, created_at, decision"
            " FROM ladder_suggestions WHERE decision IS NULL ORDER BY id"
        ) as cursor:
            return [LadderSuggestion(*row) for row in await cursor.fetchall()]

    async def open_suggestions_titled(
        self, limit: int, *, before: int | None = None
    ) -> list[tuple[LadderSuggestion, str, int]]:
        """The oldest undecided suggestions with their idea's title and level."""
        async with self._conn.execute(
            "SELECT s.id, s.proposal_id, s.to_level, s.evidence, s.created_at, s.decision,"
            " p.title, p.level FROM ladder_suggestions s JOIN proposals p ON p.id = s.proposal_id"
            " WHERE s.decision IS NULL AND s.created_at < ? ORDER BY s.id LIMIT ?",
            (_NO_LATER_THAN if before is None else before, limit),
        ) as cursor:
            return [
                (LadderSuggestion(*row[:6]), row[6], row[7]) for row in await cursor.fetchall()
            ]

    async def count_open_suggestions(self, *, before: int | None = None) -> int:
        async with self._conn.execute(
            "SELECT count(*) FROM ladder_suggestions WHERE decision IS NULL AND created_at < ?",
            (_NO_LATER_THAN if before is None else before,),
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def decide_suggestions(
        self, proposal_id: int, decision: str, staff_id: int, now: int, to_level: int | None
    ) -> None:
        """Mark the open suggestion(s) for this proposal (optionally one level) as decided."""
        sql = (
            "UPDATE ladder_suggestions SET decision = ?, decided_by = ?, decided_at = ?"
            " WHERE proposal_id = ? AND decision IS NULL"
        )
        params: tuple[object, ...] = (decision, staff_id, now, proposal_id)
        if to_level is not None:
            sql += " AND to_level = ?"
            params = (*params, to_level)
        await self._conn.execute(sql, params)

    async def reopen_suggestion(
        self, proposal_id: int, to_level: int, evidence: str, now: int
    ) -> LadderSuggestion | None:
        """Suggest a level again after "not yet": the one row for (proposal, level) reopens."""
        await self._conn.execute(
            "UPDATE ladder_suggestions SET decision = NULL, decided_by = NULL,"
            " decided_at = NULL, evidence = ?, created_at = ?"
            " WHERE proposal_id = ? AND to_level = ? AND decision = 'not_yet'",
            (evidence, now, proposal_id, to_level),
        )
        async with self._conn.execute(
            "SELECT id FROM ladder_suggestions WHERE proposal_id = ? AND to_level = ?"
            " AND decision IS NULL",
            (proposal_id, to_level),
        ) as cursor:
            row = await cursor.fetchone()
        return await self.suggestion(int(row[0])) if row else None

    # "Not yet".

    async def add_not_yet(
        self,
        proposal_id: int,
        to_level: int,
        reason: str,
        limit_code: str | None,
        supporters: int,
        staff_id: int,
        staff_name: str,
        now: int,
        domains: Sequence[str] = (),
    ) -> int:
        cursor = await self._conn.execute(
            "INSERT INTO not_yet (proposal_id, to_level, reason, limit_code, supporters,"
            " staff_id, staff_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (proposal_id, to_level, reason, limit_code, supporters, staff_id, staff_name, now),
        )
        not_yet_id = int(cursor.lastrowid or 0)
        await self._add_domains("not_yet_id", not_yet_id, domains)
        return not_yet_id

    async def waiting(self, proposal_id: int | None = None) -> list[NotYet]:
        """ "Not yet" decisions not yet followed by a new suggestion (for one item, or all)."""
        sql = f"{_NOT_YET} WHERE resuggested_at IS NULL"
        params: tuple[object, ...] = ()
        if proposal_id is not None:
            sql += " AND proposal_id = ?"
            params = (proposal_id,)
        async with self._conn.execute(f"{sql} ORDER BY id", params) as cursor:
            return [_not_yet(row) for row in await cursor.fetchall()]

    async def all_not_yet(self) -> list[NotYet]:
        async with self._conn.execute(f"{_NOT_YET} ORDER BY id") as cursor:
            return [_not_yet(row) for row in await cursor.fetchall()]

    async def all_feedback_ideas(self) -> list[FeedbackIdea]:
        async with self._conn.execute(
            "SELECT id, feedback_id, title, staff_name, created_at, answer, answered_at,"
            " proposal_id FROM feedback_ideas ORDER BY id"
        ) as cursor:
            return [FeedbackIdea(*row) for row in await cursor.fetchall()]

    async def not_yets(self, proposal_id: int) -> list[NotYet]:
        async with self._conn.execute(
            f"{_NOT_YET} WHERE proposal_id = ? ORDER BY id", (proposal_id,)
        ) as cursor:
            return [_not_yet(row) for row in await cursor.fetchall()]

    async def mark_resuggested(self, not_yet_id: int, now: int) -> None:
        await self._conn.execute(
            "UPDATE not_yet SET resuggested_at = ? WHERE id = ?", (now, not_yet_id)
        )

    # Feedback turned into an idea, with its author's agreement.

    async def ask_feedback_idea(
        self, feedback_id: int, title: str, staff_id: int, staff_name: str, now: int
    ) -> FeedbackIdea:
        cursor = await self._conn.execute(
            "INSERT INTO feedback_ideas (feedback_id, title, staff_id, staff_name, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (feedback_id, title, staff_id, staff_name, now),
        )
        found = await self.feedback_idea(int(cursor.lastrowid or 0))
        assert found is not None
        return found

    async def feedback_idea(self, request_id: int) -> FeedbackIdea | None:
        async with self._conn.execute(
            "SELECT id, feedback_id, title, staff_name, created_at, answer, answered_at,"
            " proposal_id FROM feedback_ideas WHERE id = ?",
            (request_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return FeedbackIdea(*row) if row else None

    async def feedback_ideas_of(self, participant_id: int) -> list[FeedbackIdea]:
        """Each time staff asked her to share a piece of her feedback as an idea."""
        async with self._conn.execute(
            "SELECT fi.id, fi.feedback_id, fi.title, fi.staff_name, fi.created_at, fi.answer,"
            " fi.answered_at, fi.proposal_id FROM feedback_ideas AS fi"
            " JOIN feedback AS f ON f.id = fi.feedback_id"
            " WHERE f.participant_id = ? ORDER BY fi.id",
            (participant_id,),
        ) as cursor:
            return [FeedbackIdea(*row) for row in await cursor.fetchall()]

    async def answer_feedback_idea(
        self, request_id: int, answer: str, proposal_id: int | None, now: int
    ) -> bool:
        """Record her answer once; False if she (or a second press) answered before."""
        cursor = await self._conn.execute(
            "UPDATE feedback_ideas SET answer = ?, answered_at = ?, proposal_id = ?"
            " WHERE id = ? AND answer IS NULL",
            (answer, now, proposal_id, request_id),
        )
        return bool(cursor.rowcount)
