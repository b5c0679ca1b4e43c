"""Co-delivery in SQLite: stage moves on the history, roles once per woman, one review per item
sent and closed once, and what goes when a woman or an idea is deleted."""

from __future__ import annotations

from pathlib import Path

from storage.db import Database


async def _item(tmp_path: Path) -> tuple[Database, int, list[int]]:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        women = [(await tx.participants.add(100 + n, f"P-{n:04d}", "en", 1)).id for n in range(3)]
        item = await tx.proposals.add(women[0], "Group", "A weekly group", 10)
    return db, item.id, women


async def test_stage_moves_are_history_entries_and_the_last_one_is_the_stage_now(
    tmp_path: Path,
) -> None:
    db, item, _ = await _item(tmp_path)
    async with db.transaction() as tx:
        assert await tx.delivery.current_stage(item) is None
        await tx.proposals.record(item, "moved", 20, from_level=2, to_level=3)
        await tx.delivery.move(item, "plan", 900001, "Sam", 30)
        await tx.delivery.move(item, "design", 900001, "Sam", 40)
    async with db.read() as tx:
        assert await tx.delivery.current_stage(item) == "design"
        moves = await tx.delivery.moves(item)
        history = await tx.proposals.history(item)
    assert [(m.stage, m.staff_name, m.moved_at) for m in moves] == [
        ("plan", "Sam", 30),
        ("design", "Sam", 40),
    ]
    assert [(h.event, h.stage) for h in history] == [
        ("moved", None),
        ("stage", "plan"),
        ("stage", "design"),
    ]
    await db.close()


async def test_a_role_is_held_once_and_leaving_all_drops_only_hers(tmp_path: Path) -> None:
    db, item, (ada, bea, _) = await _item(tmp_path)
    async with db.transaction() as tx:
        assert await tx.delivery.take_role(item, ada, "plan", "reviewer", 50)
        assert not await tx.delivery.take_role(item, ada, "plan", "reviewer", 51)
        assert await tx.delivery.take_role(item, ada, "delivery", "co_facilitator", 52)
        assert await tx.delivery.take_role(item, bea, "plan", "reviewer", 53)
        assert not await tx.delivery.leave_role(item, bea, "design", "designer")
        await tx.delivery.leave_all(item, ada)
    async with db.read() as tx:
        roles = await tx.delivery.roles(item)
    assert [(r.stage, r.role, r.pseudonym, r.taken_at) for r in roles] == [
        ("plan", "reviewer", "P-0001", 53)
    ]
    await db.close()


async def test_a_review_goes_out_once_closes_once_and_forget_takes_her_answer(
    tmp_path: Path,
) -> None:
    db, item, (ada, bea, cat) = await _item(tmp_path)
    async with db.transaction() as tx:
        assert await tx.delivery.set_review(item, 1000, "Sam", 60)
        assert await tx.delivery.set_review(item, 2000, "Kim", 61)  # changed before it went out
        assert await tx.delivery.due_reviews(1999) == []
        (review,) = await tx.delivery.due_reviews(2000)
        assert (review.review_at, review.set_by) == (2000, "Kim")
        assert await tx.delivery.mark_sent(review.id, [ada, bea, cat], 2000, 3000)
        assert not await tx.delivery.mark_sent(review.id, [ada], 2001, 3001)
        assert not await tx.delivery.set_review(item, 5000, "Sam", 2002)  # too late to change
        await tx.delivery.answer(review.id, ada, "partly", 2100)
        await tx.delivery.comment(review.id, ada, "Too early in the day")
        await tx.delivery.answer(review.id, bea, "yes", 2200)
        await tx.participants.delete(bea)
    async with db.read() as tx:
        answers = await tx.delivery.answers(review.id)
        assert [(a.participant_id, a.answer) for a in answers] == [(cat, None), (ada, "partly")]
        assert await tx.delivery.reviews_to_close(2999) == []
        assert [r.id for r in await tx.delivery.reviews_to_close(3000)] == [review.id]
        record = await tx.delivery.record(item)
    assert record.review is not None and record.review.is_open
    async with db.transaction() as tx:
        assert await tx.delivery.close_review(review.id, 3000, 2, 0, 1, 0, 1)
        assert not await tx.delivery.close_review(review.id, 3001, 9, 9, 9, 9, 9)
        assert await tx.delivery.erase_comments(3000) == 0
        assert await tx.delivery.erase_comments(3001) == 1
    async with db.read() as tx:
        closed = await tx.delivery.review(review.id)
        assert closed is not None and not closed.is_open
        assert (closed.asked, closed.yes, closed.partly, closed.comments) == (2, 0, 1, 1)
        assert [(a.answer, a.comment) for a in await tx.delivery.all_answers()] == [
            ("partly", None)
        ]
    await db.close()
