"""Co-design drafts: versions of an item's plan shared with women, and their comments."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class Draft:
    """One version of an item's plan as staff shared it at co-design, and how many comments it
    drew."""

    id: int
    proposal_id: int
    version: int
    body: str
    file_id: str | None  # a Telegram file reference, never downloaded
    file_kind: str | None  # photo or document
    changes: str | None  # what changed since the previous version (None for the first)
    audience: str  # volunteers, or involved (volunteers, supporters and the author)
    staff_name: str
    created_at: int
    comments: int


@dataclass(frozen=True, slots=True)
class Comment:
    """A woman's comment or suggestion on a draft; once a later version decides it, whether it was
    taken and, if not, why."""

    id: int
    draft_id: int
    version: int
    participant_id: int
    pseudonym: str
    kind: str  # comment or suggestion
    body: str
    created_at: int
    outcome: str | None  # taken, not_taken, or None while open
    reason: str | None
    limit_code: str | None
    decided_in: int | None  # the version that took it or not


_DRAFT = """
    SELECT d.id, d.proposal_id, d.version, d.body, d.file_id, d.file_kind, d.changes,
           d.audience, d.staff_name, d.created_at,
           (SELECT count(*) FROM draft_comments c WHERE c.draft_id = d.id)
    FROM item_drafts d
"""

_COMMENT = """
    SELECT c.id, c.draft_id, d.version, c.participant_id, p.pseudonym, c.kind, c.body,
           c.created_at, c.outcome, c.reason, c.limit_code,
           (SELECT version FROM item_drafts WHERE id = c.decided_in)
    FROM draft_comments c
    JOIN item_drafts d ON d.id = c.draft_id
    JOIN participants p ON p.id = c.participant_id
"""


class DraftRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def add(
        self,
        proposal_id: int,
        body: str,
        file_id: str | None,
        file_kind: str | None,
        changes: str | None,
        audience: str,
        staff_id: int,
        staff_name: str,
        now: int,
    ) -> Draft:
        """The next version of the item's draft (drafts are never edited, only added)."""
        cursor = await self._conn.execute(
            "INSERT INTO item_drafts (proposal_id, version, body, file_id, file_kind, changes,"
            " audience, staff_id, staff_name, created_at)"
            " VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM item_drafts"
            " WHERE proposal_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                proposal_id,
                proposal_id,
                body,
                file_id,
                file_kind,
                changes,
                audience,
                staff_id,
                staff_name,
                now,
            ),
        )
        draft = await self.by_id(int(cursor.lastrowid or 0))
        assert draft is not None
        return draft

    async def by_id(self, draft_id: int) -> Draft | None:
        async with self._conn.execute(f"{_DRAFT} WHERE d.id = ?", (draft_id,)) as cursor:
            row = await cursor.fetchone()
        return Draft(*row) if row else None

    async def for_proposal(self, proposal_id: int) -> list[Draft]:
        async with self._conn.execute(
            f"{_DRAFT} WHERE d.proposal_id = ? ORDER BY d.version", (proposal_id,)
        ) as cursor:
            return [Draft(*row) for row in await cursor.fetchall()]

    async def add_comment(
        self, draft_id: int, participant_id: int, kind: str, body: str, now: int
    ) -> int:
        cursor = await self._conn.execute(
            "INSERT INTO draft_comments (draft_id, participant_id, kind, body, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (draft_id, participant_id, kind, body, now),
        )
        return int(cursor.lastrowid or 0)

    async def comments(self, proposal_id: int) -> list[Comment]:
        """Every comment on every version of the item's draft, by version, then in order."""
        async with self._conn.execute(
            f"{_COMMENT} WHERE d.proposal_id = ? ORDER BY d.version, c.id", (proposal_id,)
        ) as cursor:
            return [Comment(*row) for row in await cursor.fetchall()]

    async def comments_by(self, participant_id: int) -> list[Comment]:
        async with self._conn.execute(
            f"{_COMMENT} WHERE c.participant_id = ? ORDER BY c.id", (participant_id,)
        ) as cursor:
            return [Comment(*row) for row in await cursor.fetchall()]

    async def decide_comment(
        self,
        comment_id: int,
        outcome: str,
        reason: str | None,
        limit_code: str | None,
        draft_id: int,
    ) -> bool:
        """Record what a revision did with an open comment; False if it was decided before."""
        cursor = await self._conn.execute(
            "UPDATE draft_comments SET outcome = ?, reason = ?, limit_code = ?, decided_in = ?"
            " WHERE id = ? AND outcome IS NULL",
            (outcome, reason, limit_code, draft_id, comment_id),
        )
        return bool(cursor.rowcount)

    async def can_comment(self, draft_id: int, participant_id: int) -> bool:
        """Whether the draft was shared with her: a volunteer always; the author and the
        supporters too when staff shared it with everyone involved."""
        async with self._conn.execute(
            """
            SELECT 1 FROM item_drafts d
            WHERE d.id = :draft AND (
                EXISTS (SELECT 1 FROM volunteers v
                        WHERE v.proposal_id = d.proposal_id AND v.participant_id = :woman)
                OR (d.audience = 'involved' AND (
                    EXISTS (SELECT 1 FROM supports s
                            WHERE s.proposal_id = d.proposal_id AND s.participant_id = :woman)
                    OR EXISTS (SELECT 1 FROM proposals p
                               WHERE p.id = d.proposal_id AND p.author_id = :woman))))
            """,
            {"draft": draft_id, "woman": participant_id},
        ) as cursor:
            return await cursor.fetchone() is not None

    async def all(self) -> list[Draft]:
        async with self._conn.execute(f"{_DRAFT} ORDER BY d.id") as cursor:
            return [Draft(*row) for row in await cursor.fetchall()]

    async def all_comments(self) -> list[Comment]:
        async with self._conn.execute(f"{_COMMENT} ORDER BY c.id") as cursor:
            return [Comment(*row) for row in await cursor.fetchall()]

    async def between(self, first: int, last: int) -> list[Draft]:
        """The drafts of the items numbered `first` to `last`, in the order of `all`."""
        async with self._conn.execute(
            f"{_DRAFT} WHERE d.proposal_id BETWEEN ? AND ? ORDER BY d.id", (first, last)
        ) as cursor:
            return [Draft(*row) for row in await cursor.fetchall()]

    async def comments_between(self, first: int, last: int) -> list[Comment]:
        """The comments on drafts of the items numbered `first` to `last`, in the order of
        `all_comments`."""
        async with self._conn.execute(
            f"{_COMMENT} WHERE d.proposal_id BETWEEN ? AND ? ORDER BY c.id", (first, last)
        ) as cursor:
            return [Comment(*row) for row in await cursor.fetchall()]
