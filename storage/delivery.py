"""Co-delivery: an item's stage moves (on its history) and the roles women hold at each stage."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True, slots=True)
class StageMove:
    """A stage an item reached in co-delivery, who moved it there and when (from its history)."""

    stage: str  # the stage reached (or "finished")
    staff_name: str | None
    moved_at: int


@dataclass(frozen=True, slots=True)
class RoleHeld:
    """A role a woman (by pseudonym) took at one stage of an item's co-delivery."""

    proposal_id: int
    stage: str
    role: str
    participant_id: int
    pseudonym: str
    taken_at: int


@dataclass(frozen=True, slots=True)
class Helper:
    """A volunteer of an item, with the roles she holds there."""

    participant_id: int
    telegram_user_id: int | None
    language: str
    notify: str
    roles: int


@dataclass(frozen=True, slots=True)
class Review:
    """An item's "did it work?" review: its date, when it went out and closes, and the counts
    frozen when it closed."""

    id: int
    proposal_id: int
    review_at: int
    set_by: str
    sent_at: int | None
    closes_at: int | None
    closed_at: int | None
    asked: int | None  # the counts are frozen when it closes
    yes: int | None
    partly: int | None
    no: int | None
    comments: int | None

    @property
    def is_open(self) -> bool:
        """Sent, and taking answers."""
        return self.sent_at is not None and self.closed_at is None


@dataclass(frozen=True, slots=True)
class ReviewAnswer:
    """One woman asked in a review, with her answer and comment (changeable until it closes)."""

    review_id: int
    proposal_id: int
    participant_id: int
    answer: str | None  # yes, partly, no; None while she has not answered
    comment: str | None
    answered_at: int | None


@dataclass(frozen=True, slots=True)
class DeliveryRecord:
    """What co-delivery holds about one item: its stage moves, the roles held, its review."""

    moves: list[StageMove]
    roles: list[RoleHeld]
    review: Review | None
    answers: list[ReviewAnswer]  # read them without naming who gave them


_REVIEW = """
    SELECT id, proposal_id, review_at, set_by, sent_at, closes_at, closed_at, asked, yes,
           partly, no, comments
    FROM item_reviews
"""
_ANSWER = """
    SELECT a.review_id, r.proposal_id, a.participant_id, a.answer, a.comment, a.answered_at
    FROM review_answers a JOIN item_reviews r ON r.id = a.review_id
"""

# Bounds for "every item": below and above every stored id.
_FIRST, _LAST = -(2**62), 2**62

_ROLE = """
    SELECT r.proposal_id, r.stage, r.role, r.participant_id, p.pseudonym, r.taken_at
    FROM item_roles r JOIN participants p ON p.id = r.participant_id
"""


class DeliveryRepo:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def current_stage(self, proposal_id: int) -> str | None:
        """The stage the item reached last (None before its first)."""
        async with self._conn.execute(
            "SELECT stage FROM proposal_history WHERE proposal_id = ? AND event = 'stage'"
            " ORDER BY id DESC LIMIT 1",
            (proposal_id,),
        ) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None

    async def move(
        self, proposal_id: int, stage: str, staff_id: int, staff_name: str, now: int
    ) -> None:
        """A move to `stage`, on the item's history with its date."""
        await self._conn.execute(
            "INSERT INTO proposal_history (proposal_id, event, stage, staff_id, staff_name,"
            " created_at) VALUES (?, 'stage', ?, ?, ?, ?)",
            (proposal_id, stage, staff_id, staff_name, now),
        )

    async def moves(self, proposal_id: int) -> list[StageMove]:
        """Every stage move of the item, oldest first."""
        async with self._conn.execute(
            "SELECT stage, staff_name, created_at FROM proposal_history"
            " WHERE proposal_id = ? AND event = 'stage' ORDER BY id",
            (proposal_id,),
        ) as cursor:
            return [StageMove(*row) for row in await cursor.fetchall()]

    async def take_role(
        self, proposal_id: int, participant_id: int, stage: str, role: str, now: int
    ) -> bool:
        """False (nothing changed) if she holds it already."""
        cursor = await self._conn.execute(
            "INSERT INTO item_roles (proposal_id, participant_id, stage, role, taken_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (proposal_id, participant_id, stage, role, now),
        )
        return bool(cursor.rowcount)

    async def leave_role(
        self, proposal_id: int, participant_id: int, stage: str, role: str
    ) -> bool:
        """False (nothing changed) if she did not hold it."""
        cursor = await self._conn.execute(
            "DELETE FROM item_roles WHERE proposal_id = ? AND participant_id = ? AND stage = ?"
            " AND role = ?",
            (proposal_id, participant_id, stage, role),
        )
        return bool(cursor.rowcount)

    async def leave_all(self, proposal_id: int, participant_id: int) -> None:
        """She no longer volunteers on the item: her roles there go too."""
        await self._conn.execute(
            "DELETE FROM item_roles WHERE proposal_id = ? AND participant_id = ?",
            (proposal_id, participant_id),
        )

    async def roles(self, proposal_id: int) -> list[RoleHeld]:
        """Who holds which role on the item, by stage and role in the order taken."""
        async with self._conn.execute(
            f"{_ROLE} WHERE r.proposal_id = ? ORDER BY r.taken_at, r.rowid", (proposal_id,)
        ) as cursor:
            return [RoleHeld(*row) for row in await cursor.fetchall()]

    async def roles_of(self, participant_id: int) -> list[RoleHeld]:
        async with self._conn.execute(
            f"{_ROLE} WHERE r.participant_id = ? ORDER BY r.proposal_id, r.taken_at",
            (participant_id,),
        ) as cursor:
            return [RoleHeld(*row) for row in await cursor.fetchall()]

    async def all_roles(self) -> list[RoleHeld]:
        return await self.roles_between(_FIRST, _LAST)

    async def roles_between(self, first: int, last: int) -> list[RoleHeld]:
        """Roles held on the items numbered `first` to `last`, by item and then as taken (two
        taken in the same second in the order they were recorded, so that every read of them
        agrees)."""
        async with self._conn.execute(
            f"{_ROLE} WHERE r.proposal_id BETWEEN ? AND ? ORDER BY r.proposal_id, r.taken_at,"
            " r.rowid",
            (first, last),
        ) as cursor:
            return [RoleHeld(*row) for row in await cursor.fetchall()]

    async def helpers(self, proposal_id: int) -> list[Helper]:
        """The item's volunteers (active, in a chat or not), with how many roles each holds."""
        async with self._conn.execute(
            "SELECT p.id, p.telegram_user_id, p.language, p.notify,"
            " (SELECT count(*) FROM item_roles r"
            "  WHERE r.proposal_id = v.proposal_id AND r.participant_id = p.id)"
            " FROM volunteers v JOIN participants p ON p.id = v.participant_id"
            " WHERE v.proposal_id = ? AND p.active = 1 ORDER BY p.id",
            (proposal_id,),
        ) as cursor:
            return [Helper(*row) for row in await cursor.fetchall()]

    async def record(self, proposal_id: int) -> DeliveryRecord:
        """Everything co-delivery holds about the item, for its page, the export and tests."""
        review = await self.review_of(proposal_id)
        return DeliveryRecord(
            await self.moves(proposal_id),
            await self.roles(proposal_id),
            review,
            await self.answers(review.id) if review else [],
        )

    # The review: "did it work?".

    async def set_review(
        self, proposal_id: int, review_at: int, staff_name: str, now: int
    ) -> bool:
        """Set (or, until it is sent, change) the item's review date; False once it was sent."""
        cursor = await self._conn.execute(
            "INSERT INTO item_reviews (proposal_id, review_at, set_by, set_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (proposal_id) DO UPDATE SET"
            " review_at = excluded.review_at, set_by = excluded.set_by,"
            " set_at = excluded.set_at WHERE sent_at IS NULL",
            (proposal_id, review_at, staff_name, now),
        )
        return bool(cursor.rowcount)

    async def review_of(self, proposal_id: int) -> Review | None:
        async with self._conn.execute(f"{_REVIEW} WHERE proposal_id = ?", (proposal_id,)) as c:
            row = await c.fetchone()
        return Review(*row) if row else None

    async def review(self, review_id: int) -> Review | None:
        async with self._conn.execute(f"{_REVIEW} WHERE id = ?", (review_id,)) as cursor:
            row = await cursor.fetchone()
        return Review(*row) if row else None

    async def due_reviews(self, now: int) -> list[Review]:
        async with self._conn.execute(
            f"{_REVIEW} WHERE sent_at IS NULL AND review_at <= ? ORDER BY id", (now,)
        ) as cursor:
            return [Review(*row) for row in await cursor.fetchall()]

    async def reviews_to_close(self, now: int) -> list[Review]:
        async with self._conn.execute(
            f"{_REVIEW} WHERE sent_at IS NOT NULL AND closed_at IS NULL AND closes_at <= ?"
            " ORDER BY id",
            (now,),
        ) as cursor:
            return [Review(*row) for row in await cursor.fetchall()]

    async def all_reviews(self) -> list[Review]:
        async with self._conn.execute(f"{_REVIEW} ORDER BY id") as cursor:
            return [Review(*row) for row in await cursor.fetchall()]

    async def reviews_between(self, first: int, last: int) -> list[Review]:
        """The reviews of the items numbered `first` to `last`, in the order of `all_reviews`."""
        async with self._conn.execute(
            f"{_REVIEW} WHERE proposal_id BETWEEN ? AND ? ORDER BY id", (first, last)
        ) as cursor:
            return [Review(*row) for row in await cursor.fetchall()]

    async def mark_sent(
        self, review_id: int, participant_ids: list[int], now: int, closes_at: int
    ) -> bool:
        """Once: the review went to these women, who may now answer it."""
        cursor = await self._conn.execute(
            "UPDATE item_reviews SET sent_at = ?, closes_at = ? WHERE id = ? AND sent_at IS NULL",
            (now, closes_at, review_id),
        )
        if not cursor.rowcount:
            return False
        await self._conn.executemany(
            "INSERT INTO review_answers (review_id, participant_id) VALUES (?, ?)",
            [(review_id, participant_id) for participant_id in participant_ids],
        )
        return True

    async def answer_of(self, review_id: int, participant_id: int) -> ReviewAnswer | None:
        """Her row, if she was asked."""
        async with self._conn.execute(
            f"{_ANSWER} WHERE a.review_id = ? AND a.participant_id = ?",
            (review_id, participant_id),
        ) as cursor:
            row = await cursor.fetchone()
        return ReviewAnswer(*row) if row else None

    async def answer(self, review_id: int, participant_id: int, answer: str, now: int) -> None:
        await self._conn.execute(
            "UPDATE review_answers SET answer = ?, answered_at = ?"
            " WHERE review_id = ? AND participant_id = ?",
            (answer, now, review_id, participant_id),
        )

    async def comment(self, review_id: int, participant_id: int, comment: str) -> None:
        await self._conn.execute(
            "UPDATE review_answers SET comment = ? WHERE review_id = ? AND participant_id = ?",
            (comment, review_id, participant_id),
        )

    async def answers(self, review_id: int) -> list[ReviewAnswer]:
        async with self._conn.execute(
            f"{_ANSWER} WHERE a.review_id = ? ORDER BY a.answered_at, a.rowid", (review_id,)
        ) as cursor:
            return [ReviewAnswer(*row) for row in await cursor.fetchall()]

    async def answers_of(self, participant_id: int) -> list[ReviewAnswer]:
        async with self._conn.execute(
            f"{_ANSWER} WHERE a.participant_id = ? ORDER BY a.review_id", (participant_id,)
        ) as cursor:
            return [ReviewAnswer(*row) for row in await cursor.fetchall()]

    async def all_answers(self) -> list[ReviewAnswer]:
        """Answers given (never the rows of women who did not answer), in review order."""
        async with self._conn.execute(
            f"{_ANSWER} WHERE a.answer IS NOT NULL OR a.comment IS NOT NULL"
            " ORDER BY a.review_id, a.answered_at, a.rowid"
        ) as cursor:
            return [ReviewAnswer(*row) for row in await cursor.fetchall()]

    async def close_review(
        self, review_id: int, now: int, asked: int, yes: int, partly: int, no: int, comments: int
    ) -> bool:
        """Once: freeze the counts."""
        cursor = await self._conn.execute(
            "UPDATE item_reviews SET closed_at = ?, asked = ?, yes = ?, partly = ?, no = ?,"
            " comments = ? WHERE id = ? AND closed_at IS NULL",
            (now, asked, yes, partly, no, comments, review_id),
        )
        return bool(cursor.rowcount)

    async def erase_comments(self, closed_before: int) -> int:
        """Retention: comments on reviews that closed before `closed_before` are erased."""
        cursor = await self._conn.execute(
            "UPDATE review_answers SET comment = NULL WHERE comment IS NOT NULL AND review_id IN"
            " (SELECT id FROM item_reviews WHERE closed_at IS NOT NULL AND closed_at < ?)",
            (closed_before,),
        )
        return cursor.rowcount
