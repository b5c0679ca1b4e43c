"""The outbox table: due order, postponing, and no words kept after delivery."""

from __future__ import annotations

from pathlib import Path

from storage.db import Database


async def test_due_messages_come_in_order_and_respect_not_before(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        first = await tx.outbox.add(1, "one", 100)
        await tx.outbox.add(2, "later", 100, not_before=200)
        third = await tx.outbox.add(3, "three", 100)
    async with db.read() as tx:
        assert [m.id for m in await tx.outbox.due(150, 10, busy=[])] == [first, third]
        assert await tx.outbox.next_due_at() == 100
    async with db.transaction() as tx:
        await tx.outbox.mark_sent(first, 151)
        await tx.outbox.mark_attempt(third, 151)
        await tx.outbox.postpone(third, 300)
    async with db.read() as tx:
        assert [m.body for m in await tx.outbox.due(250, 10, busy=[])] == ["later"]
        assert await tx.outbox.count("sent") == 1
    await db.close()


async def test_a_postponed_message_holds_back_its_own_chat_only(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        first_to_her = await tx.outbox.add(1, "first", 100)
        await tx.outbox.add(1, "second", 100)
        to_someone_else = await tx.outbox.add(2, "other", 100)
        await tx.outbox.mark_attempt(first_to_her, 100)
        await tx.outbox.postpone(first_to_her, 160)
    async with db.read() as tx:
        # Her second message waits for her first; the other chat is not held up.
        assert [m.id for m in await tx.outbox.due(120, 10, busy=[])] == [to_someone_else]
        assert await tx.outbox.due(120, 10, busy=[2]) == []
        assert [m.body for m in await tx.outbox.due(160, 10, busy=[2])] == ["first"]
    await db.close()


async def test_a_send_cut_short_by_a_crash_is_released_for_another_try(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        message = await tx.outbox.add(1, "news", 100)
        await tx.outbox.mark_attempt(message, 101)
    async with db.read() as tx:
        assert await tx.outbox.due(200, 10, busy=[]) == []
    async with db.transaction() as tx:
        assert await tx.outbox.release_unfinished_attempts() == 1
    async with db.read() as tx:
        [again] = await tx.outbox.due(200, 10, busy=[])
        assert (again.id, again.attempts) == (message, 1)
    await db.close()


async def test_delivered_messages_keep_no_text(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        message = await tx.outbox.add(1, "her private words", 100, markup='[["a","b"]]')
        await tx.outbox.mark_sent(message, 101)
    async with db.read() as tx, tx.conn.execute("SELECT body, markup FROM outbox") as cursor:
        assert await cursor.fetchall() == [("", None)]
    await db.close()


async def test_finished_messages_are_purged_after_a_while_and_pending_ones_never(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        old_sent = await tx.outbox.add(1, "a", 100)
        await tx.outbox.mark_sent(old_sent, 101)
        old_failed = await tx.outbox.add(2, "b", 100)
        await tx.outbox.mark_failed(old_failed)
        await tx.outbox.add(3, "still waiting", 100)
        recent = await tx.outbox.add(4, "c", 900)
        await tx.outbox.mark_sent(recent, 901)
        assert await tx.outbox.purge_finished(500) == 2
    async with db.read() as tx, tx.conn.execute("SELECT chat_id FROM outbox") as cursor:
        assert sorted(row[0] for row in await cursor.fetchall()) == [3, 4]
    await db.close()


async def test_an_edit_waits_for_the_message_it_edits_and_knows_its_telegram_id(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        alert = await tx.outbox.add(-5, "alert", 100)
        edit = await tx.outbox.add(-5, "alert, now with a number", 100, edit_of=alert)
    async with db.read() as tx:
        # A chat's rows go in order: the edit is not due before the message is sent.
        assert [m.id for m in await tx.outbox.due(100, 10, busy=[])] == [alert]
        assert await tx.outbox.sent_message_id(alert) is None
    async with db.transaction() as tx:
        await tx.outbox.mark_sent(alert, 101, 4242)
    async with db.read() as tx:
        [due] = await tx.outbox.due(101, 10, busy=[])
        assert (due.id, due.edit_of) == (edit, alert)
        assert await tx.outbox.sent_message_id(alert) == 4242
    async with db.transaction() as tx:
        await tx.outbox.drop_pending_edits(alert)
    async with db.read() as tx:
        assert await tx.outbox.due(101, 10, busy=[]) == []
    await db.close()
