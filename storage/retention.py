"""Retention: removing what is past its time, and the wordless traces reports still count."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from storage.proposals import Proposal
from storage.recognition import Recognition
from storage.records import FeedbackRecord, HistoryRecord, SuggestionRecord

_FEEDBACK_TRACE = """
    INSERT INTO retired_feedback (channel, created_at, first_response_at, responses)
    SELECT f.channel, f.created_at,
           (SELECT min(r.created_at) FROM feedback_responses r WHERE r.feedback_id = f.id),
           (SELECT count(*) FROM feedback_responses r WHERE r.feedback_id = f.id)
    FROM feedback f WHERE {where}
"""
# An idea is finished when declined or closed; its last event says since when.
_FINISHED_IDEAS = """
    SELECT p.id FROM proposals p
    WHERE (p.status = 'declined' OR p.outcome != 'open')
      AND coalesce((SELECT max(h.created_at) FROM proposal_history h
                    WHERE h.proposal_id = p.id), p.created_at) < ?
"""


@dataclass(frozen=True, slots=True)
class Inactive:
    """A woman who has not used the bot for a long time."""

    id: int
    telegram_user_id: int
    language: str


class RetentionRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def _ids(self, sql: str, params: tuple[object, ...]) -> list[int]:
        async with self._conn.execute(sql, params) as cursor:
            return [int(row[0]) for row in await cursor.fetchall()]

    async def _count(self, sql: str, params: tuple[object, ...]) -> int:
        cursor = await self._conn.execute(sql, params)
        return cursor.rowcount

    async def retire_feedback_before(self, cutoff: int) -> int:
        """Delete feedback (and replies to it) written before `cutoff`, keeping a trace."""
        await self._conn.execute(_FEEDBACK_TRACE.format(where="f.created_at < ?"), (cutoff,))
        return await self._count("DELETE FROM feedback WHERE created_at < ?", (cutoff,))

    async def finished_ideas_before(self, cutoff: int) -> list[int]:
        return await self._ids(_FINISHED_IDEAS, (cutoff,))

    async def retire_idea(self, proposal_id: int) -> None:
        """Delete an idea (its text, history, supports...), keeping the trace reports count."""
        async with self._conn.execute(
            "INSERT INTO retired_proposals (proposal_id, status, level, outcome, limit_code,"
            " channel, created_at, published_at)"
            " SELECT id, status, level, outcome, limit_code, channel, created_at, published_at"
            " FROM proposals WHERE id = ? RETURNING id",
            (proposal_id,),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return
        retired = int(row[0])
        await self._conn.execute(
            "INSERT INTO retired_history (retired_id, event, from_level, to_level, outcome,"
            " limit_code, reason, created_at) SELECT ?, event, from_level, to_level, outcome,"
            " limit_code, reason, created_at FROM proposal_history WHERE proposal_id = ?"
            " ORDER BY id",
            (retired, proposal_id),
        )
        await self._conn.execute(
            "INSERT INTO retired_suggestions (retired_id, to_level, created_at, decision,"
            " decided_at) SELECT ?, to_level, created_at, decision, decided_at"
            " FROM ladder_suggestions WHERE proposal_id = ? ORDER BY id",
            (retired, proposal_id),
        )
        await self._conn.execute("DELETE FROM proposals WHERE id = ?", (proposal_id,))

    async def erase_vote_reasons(self, closed_before: int) -> int:
        return await self._count(
            "UPDATE votes SET reason = NULL WHERE reason IS NOT NULL AND poll_id IN"
            " (SELECT id FROM polls WHERE closed_at IS NOT NULL AND closed_at < ?)",
            (closed_before,),
        )

    async def drop_alerts_before(self, cutoff: int) -> int:
        return await self._count("DELETE FROM safeguarding_alerts WHERE created_at < ?", (cutoff,))

    async def to_notify(self, last_seen_before: int) -> list[Inactive]:
        """Women on Telegram not seen since `last_seen_before` and not told since."""
        async with self._conn.execute(
            "SELECT id, telegram_user_id, language FROM participants"
            " WHERE telegram_user_id IS NOT NULL AND last_seen_at < ?"
            " AND (inactive_notice_at IS NULL OR inactive_notice_at < last_seen_at)"
            " ORDER BY id",
            (last_seen_before,),
        ) as cursor:
            return [Inactive(row[0], row[1], row[2]) for row in await cursor.fetchall()]

    async def mark_notified(self, participant_id: int, now: int) -> None:
        await self._conn.execute(
            "UPDATE participants SET inactive_notice_at = ? WHERE id = ?", (now, participant_id)
        )

    async def to_delete(self, noticed_before: int) -> list[Inactive]:
        """Women told before `noticed_before` who have not been back since."""
        async with self._conn.execute(
            "SELECT id, telegram_user_id, language FROM participants"
            " WHERE telegram_user_id IS NOT NULL AND inactive_notice_at IS NOT NULL"
            " AND inactive_notice_at < ? AND last_seen_at <= inactive_notice_at ORDER BY id",
            (noticed_before,),
        ) as cursor:
            return [Inactive(row[0], row[1], row[2]) for row in await cursor.fetchall()]

    async def retire_woman(self, participant_id: int) -> None:
        """Delete her and every row about her, keeping only the traces reports count."""
        await self._conn.execute(
            _FEEDBACK_TRACE.format(where="f.participant_id = ?"), (participant_id,)
        )
        for proposal_id in await self._ids(
            "SELECT id FROM proposals WHERE author_id = ? ORDER BY id", (participant_id,)
        ):
            await self.retire_idea(proposal_id)
        (woman,) = await self._ids(
            "SELECT coalesce(max(woman), 0) + 1 FROM retired_recognition", ()
        )
        await self._conn.execute(
            "INSERT INTO retired_recognition (woman, kind, amount_minor, currency, minutes,"
            " level, given_at) SELECT ?, kind, amount_minor, currency, minutes, level, given_at"
            " FROM recognition WHERE participant_id = ? ORDER BY id",
            (woman, participant_id),
        )
        await self._conn.execute("DELETE FROM participants WHERE id = ?", (participant_id,))

    # What reports count of retired items. Their numbers are negative, so they never meet a
    # live item's; a retired idea keeps its own number, shown as a positive number.

    async def feedback_traces(self) -> list[FeedbackRecord]:
        async with self._conn.execute(
            "SELECT id, channel, created_at, first_response_at, responses"
            " FROM retired_feedback ORDER BY id"
        ) as cursor:
            return [
                FeedbackRecord(-row[0], "", "", "", row[2], row[3], row[4], row[1])
                for row in await cursor.fetchall()
            ]

    async def idea_traces(self) -> list[Proposal]:
        async with self._conn.execute(
            "SELECT proposal_id, status, level, outcome, limit_code, channel, created_at,"
            " published_at FROM retired_proposals ORDER BY id"
        ) as cursor:
            return [
                Proposal(
                    -row[0],
                    0,
                    "",
                    "",
                    "",
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    None,
                    row[6],
                    row[7],
                    0,
                    0,
                    row[5],
                )
                for row in await cursor.fetchall()
            ]

    async def history_traces(self) -> list[HistoryRecord]:
        async with self._conn.execute(
            "SELECT h.id, p.proposal_id, h.event, h.from_level, h.to_level, h.outcome,"
            " h.limit_code, h.reason, h.created_at FROM retired_history h"
            " JOIN retired_proposals p ON p.id = h.retired_id ORDER BY h.id"
        ) as cursor:
            return [
                HistoryRecord(
                    -row[0],
                    -row[1],
                    row[2],
                    row[3],
                    row[4],
                    row[5],
                    row[6],
                    None,
                    row[7],
                    row[8],
                )
                for row in await cursor.fetchall()
            ]

    async def recognition_traces(self) -> list[Recognition]:
        async with self._conn.execute(
            "SELECT id, woman, kind, amount_minor, currency, minutes, level, given_at"
            " FROM retired_recognition ORDER BY id"
        ) as cursor:
            return [
                Recognition(
                    -row[0],
                    0,
                    f"retired {row[1]}",
                    row[2],
                    row[3],
                    row[4],
                    row[5],
                    "",
                    None,
                    row[6],
                    row[7],
                )
                for row in await cursor.fetchall()
            ]

    async def suggestion_traces(self) -> list[SuggestionRecord]:
        async with self._conn.execute(
            "SELECT s.id, p.proposal_id, s.to_level, s.created_at, s.decision, s.decided_at"
            " FROM retired_suggestions s JOIN retired_proposals p ON p.id = s.retired_id"
            " ORDER BY s.id"
        ) as cursor:
            return [
                SuggestionRecord(-row[0], -row[1], row[2], "", row[3], row[4], row[5])
                for row in await cursor.fetchall()
            ]
