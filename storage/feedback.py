"""Feedback items (consultation, level 1) and staff replies to them."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class Voice:
    """A voice note as Telegram keeps it: a reference to the file, and its length."""

    file_id: str
    seconds: int


def voice_of(file_id: str | None, seconds: int | None) -> Voice | None:
    return Voice(file_id, seconds or 0) if file_id else None


@dataclass(frozen=True, slots=True)
class Feedback:
    """A woman's feedback (consultation): what she said, on which topic, how it reached us, and
    when staff last answered it."""

    id: int
    participant_id: int
    pseudonym: str
    topic: str
    body: str
    created_at: int
    responded_at: int | None
    channel: str = "telegram"  # or how staff received it on her behalf: paper, phone, group...
    author_offline: bool = False  # she has no chat: a reply reaches her through staff
    voice: Voice | None = None  # a voice note she gave instead of writing


@dataclass(frozen=True, slots=True)
class FeedbackResponse:
    """A staff reply to one piece of feedback, which its author hears back ("you said, we did")."""

    id: int
    feedback_id: int
    body: str
    created_at: int


_SELECT = """
    SELECT f.id, f.participant_id, p.pseudonym, f.topic, f.body, f.created_at,
           (SELECT max(r.created_at) FROM feedback_responses r WHERE r.feedback_id = f.id),
           f.channel, p.telegram_user_id IS NULL, f.voice_file_id, f.voice_seconds
    FROM feedback f JOIN participants p ON p.id = f.participant_id
"""


def _feedback(row: aiosqlite.Row) -> Feedback:
    return Feedback(
        id=row[0],
        participant_id=row[1],
        pseudonym=row[2],
        topic=row[3],
        body=row[4],
        created_at=row[5],
        responded_at=row[6],
        channel=row[7],
        author_offline=bool(row[8]),
        voice=voice_of(row[9], row[10]),
    )


class FeedbackRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add(
        self,
        participant_id: int,
        topic: str,
        body: str,
        now: int,
        channel: str = "telegram",
        voice: Voice | None = None,
    ) -> Feedback:
        cursor = await self._conn.execute(
            "INSERT INTO feedback (participant_id, topic, body, created_at, channel,"
            " voice_file_id, voice_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                participant_id,
                topic,
                body,
                now,
                channel,
                voice.file_id if voice else None,
                voice.seconds if voice else None,
            ),
        )
        item = await self.by_id(int(cursor.lastrowid or 0))
        assert item is not None
        return item

    async def by_id(self, feedback_id: int) -> Feedback | None:
        async with self._conn.execute(f"{_SELECT} WHERE f.id = ?", (feedback_id,)) as cursor:
            row = await cursor.fetchone()
        return _feedback(row) if row else None

    async def recent(self, limit: int, offset: int = 0) -> list[Feedback]:
        async with self._conn.execute(
            f"{_SELECT} ORDER BY f.created_at DESC, f.id DESC LIMIT ? OFFSET ?", (limit, offset)
        ) as cursor:
            return [_feedback(row) for row in await cursor.fetchall()]

    async def count(self) -> int:
        return await self._count("SELECT count(*) FROM feedback", ())

    async def created_between(self, since: int, until: int, limit: int = -1) -> list[Feedback]:
        """Feedback given in (since, until], oldest first (the first `limit`, if given)."""
        async with self._conn.execute(
            f"{_SELECT} WHERE f.created_at > ? AND f.created_at <= ? ORDER BY f.id LIMIT ?",
            (since, until, limit),
        ) as cursor:
            return [_feedback(row) for row in await cursor.fetchall()]

    async def count_created_between(self, since: int, until: int) -> int:
        return await self._count(
            "SELECT count(*) FROM feedback WHERE created_at > ? AND created_at <= ?",
            (since, until),
        )

    async def unanswered_before(self, cutoff: int, limit: int = -1) -> list[Feedback]:
        """Feedback given before `cutoff` that no staff member has answered, oldest first."""
        async with self._conn.execute(
            f"{_SELECT} WHERE f.created_at < ? AND NOT EXISTS"
            " (SELECT 1 FROM feedback_responses r WHERE r.feedback_id = f.id)"
            " ORDER BY f.id LIMIT ?",
            (cutoff, limit),
        ) as cursor:
            return [_feedback(row) for row in await cursor.fetchall()]

    async def count_unanswered_before(self, cutoff: int) -> int:
        return await self._count(
            "SELECT count(*) FROM feedback f WHERE f.created_at < ? AND NOT EXISTS"
            " (SELECT 1 FROM feedback_responses r WHERE r.feedback_id = f.id)",
            (cutoff,),
        )

    async def _count(self, sql: str, params: tuple[object, ...]) -> int:
        async with self._conn.execute(sql, params) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def by_participant(self, participant_id: int) -> list[Feedback]:
        async with self._conn.execute(
            f"{_SELECT} WHERE f.participant_id = ? ORDER BY f.id", (participant_id,)
        ) as cursor:
            return [_feedback(row) for row in await cursor.fetchall()]

    async def add_response(
        self, feedback_id: int, staff_user_id: int, body: str, now: int
    ) -> FeedbackResponse:
        cursor = await self._conn.execute(
            "INSERT INTO feedback_responses (feedback_id, staff_user_id, body, created_at)"
            " VALUES (?, ?, ?, ?)",
            (feedback_id, staff_user_id, body, now),
        )
        return FeedbackResponse(int(cursor.lastrowid or 0), feedback_id, body, now)

    async def responses(self, feedback_id: int) -> list[FeedbackResponse]:
        async with self._conn.execute(
            "SELECT id, feedback_id, body, created_at FROM feedback_responses"
            " WHERE feedback_id = ? ORDER BY id",
            (feedback_id,),
        ) as cursor:
            return [FeedbackResponse(*row) for row in await cursor.fetchall()]
