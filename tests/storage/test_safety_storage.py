"""Safety tables: alerts as counts after /forget, quick-exit ids for 48 hours, spent invites."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.flood import FloodControl
from bot.housekeeping import tidy
from bot.outbox import Outbox
from bot.quick_exit import DELETE_WINDOW_SECONDS, ChatTrail
from bot.texts import load_texts
from storage.db import Database


async def _count(db: Database, since: int, until: int) -> int:
    """The number the digest shows for [since, until)."""
    async with db.read() as tx:
        return await tx.safeguarding.count_between(since, until)


async def test_alerts_are_counted_per_period(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        her = await tx.participants.add(77, "P-HER1", "en", 1)
        for at in (100, 200, 300):
            await tx.safeguarding.add(her.id, ("hits me",), "feedback", at)
    assert await _count(db, 100, 300) == 2
    assert await _count(db, 0, 1000) == 3
    assert await _count(db, 301, 1000) == 0
    await db.close()


async def test_an_alert_is_marked_seen_once_with_who_and_when(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        alert = await tx.safeguarding.add(None, (), "support", 100)
        assert await tx.safeguarding.mark_seen(alert.id, 5, "Sam", 150)
        assert not await tx.safeguarding.mark_seen(alert.id, 6, "Kim", 160)
        seen = await tx.safeguarding.by_id(alert.id)
    assert seen is not None
    assert (seen.seen_by, seen.seen_by_name, seen.seen_at) == (5, "Sam", 150)
    await db.close()


async def test_forgetting_her_leaves_alerts_only_as_anonymous_counts(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    async with db.transaction() as tx:
        her = await tx.participants.add(77, "P-HER1", "en", 1)
        await tx.safeguarding.add(her.id, ("strangled", "in danger"), "feedback", 100)
        await tx.trail.add_for_user(77, [(5, 100), (6, 101)])
    async with db.transaction() as tx:
        await tx.participants.delete(her.id)
    assert await _count(db, 0, 1000) == 1
    await db.close()
    with sqlite3.connect(path) as conn:
        dump = "\n".join(conn.iterdump())
        assert conn.execute(
            "SELECT participant_id, words FROM safeguarding_alerts"
        ).fetchall() == [(None, "")]
        assert conn.execute("SELECT count(*) FROM chat_messages").fetchone()[0] == 0
    assert "P-HER1" not in dump and "strangled" not in dump and ", 77," not in dump


async def test_message_ids_are_kept_only_for_women_who_joined(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    trail = ChatTrail(db)
    await trail.note(88, 1, 100)  # not joined: memory only
    await trail.note(-100777, 9, 100)  # a group chat: never
    async with db.read() as tx:
        assert await tx.trail.for_user(88) == []
    assert trail.in_memory(88) == [1]
    async with db.transaction() as tx:
        await tx.participants.add(88, "P-JOIN", "en", 100)
    await trail.note(88, 2, 101)  # joined since: memory moves to her record
    async with db.read() as tx:
        assert await tx.trail.for_user(88) == [(1, 100), (2, 101)]
    assert trail.in_memory(88) == []
    assert await trail.take(88, 200) == [1, 2]
    async with db.read() as tx:
        assert await tx.trail.for_user(88) == []
    await db.close()


async def test_tidying_drops_ids_too_old_to_delete_and_expired_invites(tmp_path: Path) -> None:
    from bot.runtime import Runtime
    from tests.harness import make_settings

    db = await Database.open(tmp_path / "bot.sqlite3")
    now = 10 * DELETE_WINDOW_SECONDS
    async with db.transaction() as tx:
        await tx.participants.add(88, "P-JOIN", "en", 0)
        await tx.trail.add_for_user(88, [(1, now - DELETE_WINDOW_SECONDS - 5), (2, now - 10)])
        await tx.invites.add("old", 1, 0, now - 1)
        await tx.invites.add("new", 1, 0, now + 100)
    trail = ChatTrail(db)
    await trail.note(99, 7, now - DELETE_WINDOW_SECONDS - 5)
    clock = lambda: float(now)  # noqa: E731 - a fixed moment
    runtime = Runtime(
        make_settings(tmp_path),
        db,
        load_texts({"service_name": "S", "helplines": "999"}),
        Outbox(db, clock, rate=25, chat_interval=1),
        clock,
        trail,
        FloodControl(40, 5),
    )
    await tidy(runtime)
    async with db.read() as tx:
        assert await tx.trail.for_user(88) == [(2, now - 10)]
        assert await tx.invites.by_hash("old") is None
        assert await tx.invites.by_hash("new") is not None
    assert trail.in_memory(99) == []
    await db.close()


async def test_an_invite_is_spent_once_and_never_after_expiry(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        first = await tx.invites.add("a", 1, 0, 100)
        second = await tx.invites.add("b", 1, 0, 100)
        assert await tx.invites.use(first, 50)
        assert not await tx.invites.use(first, 51)
        assert not await tx.invites.use(second, 100)
    await db.close()


async def test_a_message_noted_inside_a_transaction_waits_in_memory_instead_of_deadlocking(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    trail = ChatTrail(db)
    async with db.transaction() as tx:
        await tx.participants.add(88, "P-JOIN", "en", 0)
        await trail.note(88, 1, 100)
    assert trail.in_memory(88) == [1]
    await trail.note(88, 2, 101)
    async with db.read() as tx:
        assert await tx.trail.for_user(88) == [(1, 100), (2, 101)]
    await db.close()


async def test_an_alert_is_linked_once_and_only_to_an_item_of_the_woman_who_raised_it(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        her = await tx.participants.add(77, "P-HER1", "en", 1)
        other = await tx.participants.add(78, "P-OTH1", "en", 1)
        alert = await tx.safeguarding.add(her.id, ("hits me",), "feedback", 100)
        await tx.safeguarding.set_outbox(alert.id, 9)
        assert await tx.safeguarding.link_item(alert.id, other.id, "feedback", 3) is None
        linked = await tx.safeguarding.link_item(alert.id, her.id, "feedback", 4)
        assert linked is not None
        assert (linked.item_kind, linked.item_id, linked.outbox_id) == ("feedback", 4, 9)
        assert await tx.safeguarding.link_item(alert.id, her.id, "idea", 5) is None
        again = await tx.safeguarding.by_id(alert.id)
    assert again is not None and (again.item_kind, again.item_id) == ("feedback", 4)
    await db.close()


async def test_contact_is_offered_once_after_seen_and_answered_once_by_her_alone(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        her = await tx.participants.add(77, "P-HER1", "en", 1)
        other = await tx.participants.add(78, "P-OTH1", "en", 1)
        alert = await tx.safeguarding.add(her.id, ("hits me",), "message", 100)
        assert not await tx.safeguarding.mark_offered(alert.id, 5, "Sam", 110)  # not seen
        assert await tx.safeguarding.mark_seen(alert.id, 5, "Sam", 120)
        assert await tx.safeguarding.mark_offered(alert.id, 5, "Sam", 130)
        assert not await tx.safeguarding.mark_offered(alert.id, 6, "Kim", 140)
        assert not await tx.safeguarding.record_answer(alert.id, other.id, "call", 150)
        assert await tx.safeguarding.record_answer(alert.id, her.id, "call", 150)
        assert not await tx.safeguarding.record_answer(alert.id, her.id, "here", 160)
        await tx.safeguarding.set_call_outbox(alert.id, 9)
        assert [a.id for a in await tx.safeguarding.calls_shown(her.id)] == [alert.id]
        assert await tx.safeguarding.remove_call(alert.id, 170)
        assert not await tx.safeguarding.remove_call(alert.id, 180)
        assert await tx.safeguarding.calls_shown(her.id) == []
        stored = await tx.safeguarding.by_id(alert.id)
    assert stored is not None
    assert (stored.offered_by_name, stored.offered_at, stored.contacted_at) == ("Sam", 130, 130)
    assert (stored.answer, stored.answered_at, stored.call_removed_at) == ("call", 150, 170)
    await db.close()


async def test_a_staff_message_showing_her_words_is_dropped_while_it_waits(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        her = await tx.participants.add(77, "P-HER1", "en", 1)
        await tx.outbox.add(-5, "her number", 100, quotes=[her.id])
        await tx.outbox.add(-5, "a digest", 100)
        assert await tx.outbox.drop_pending_quoting(her.id) == 1
    async with db.read() as tx:
        assert [m.body for m in await tx.outbox.due(100, 10, busy=[])] == ["a digest"]
    await db.close()


async def test_staff_copies_are_kept_per_woman_and_those_past_the_window_leave_a_mark(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bot.sqlite3")
    async with db.transaction() as tx:
        her = await tx.participants.add(77, "P-HER1", "en", 1)
        other = await tx.participants.add(78, "P-OTH1", "en", 1)
        row = await tx.outbox.add(-5, "a digest", 100, quotes=[her.id, other.id])
        await tx.staff_copies.add_sent(row, -5, 41, 1000)
        await tx.staff_copies.add([her.id], 900, 42, 5000)
        assert await tx.staff_copies.drop_older_than(2000) == 2
        found = await tx.staff_copies.take(her.id)
        assert [(c.chat_id, c.message_id) for c in found.copies] == [(900, 42)]
        assert found.outlived
        assert await tx.staff_copies.count_for(her.id) == 0
    await db.close()
