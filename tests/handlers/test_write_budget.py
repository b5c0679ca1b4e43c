"""What an ordinary update costs in writes and statements: the intake's own bookkeeping and
nothing more, and only the update held in the inbox waits for the disk."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from bot import intake
from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import Harness


@contextmanager
def counting_writes(bot: Harness) -> Iterator[list[int]]:
    db = bot.runtime.db
    transaction = db.transaction
    count = [0]

    def counted(*args: Any, **kwargs: Any) -> Any:
        count[0] += 1
        return transaction(*args, **kwargs)

    db.transaction = counted  # type: ignore[method-assign]
    try:
        yield count
    finally:
        del db.transaction


@contextmanager
def recording_statements(bot: Harness) -> Iterator[list[str]]:
    """Every statement sent to the database meanwhile, in order (a transaction's BEGIN, and a
    write nobody reads back, when it is made: each is sent with the statement after it)."""
    conn = bot.runtime.db._conn
    statements: list[str] = []
    names = ("begin", "later", "execute", "executemany", "execute_fetchall")

    def recorded(send: Any) -> Any:
        def record(sql: str, *args: Any) -> Any:
            statements.append(" ".join(sql.split()))
            return send(sql, *args)

        return record

    for name in names:
        setattr(conn, name, recorded(getattr(conn, name)))
    try:
        yield statements
    finally:
        for name in names:
            delattr(conn, name)


def _commits_by_level(statements: list[str]) -> list[str]:
    """For each COMMIT, the synchronous level in force ("FULL" unless changed)."""
    level, levels = "FULL", []
    for sql in statements:
        if sql.startswith("PRAGMA synchronous"):
            level = sql.rsplit(" ", 1)[1]
        elif sql == "COMMIT":
            levels.append(level)
    return levels


async def _deliver(bot: Harness) -> None:
    """The updates waiting, through the intake only, as polling hands them over: processed,
    but not yet marked done unless something else came (no outbox round)."""
    await bot.intake.accept(bot.fake.take_updates())
    await bot.intake.processed()


def _unfinished(bot: Harness) -> list[tuple[int, int]]:
    """(update id, whether its write committed) of every update not marked done."""
    with sqlite3.connect(bot.runtime.db.path) as conn:
        rows = conn.execute(
            "SELECT update_id, committed FROM inbox WHERE done_at IS NULL ORDER BY update_id"
        )
        return [(int(row[0]), int(row[1])) for row in rows]


def _stored_ids(bot: Harness) -> set[int]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return {row[0] for row in conn.execute("SELECT message_id FROM chat_messages")}


async def test_a_menu_and_a_button_write_only_the_intakes_two_transactions(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice: FakeUser = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "/menu")  # the once-a-minute last-seen write is behind us
    with counting_writes(bot) as writes:
        menu = await bot.send(alice, "/menu")
        assert writes[0] == 2  # held in the inbox, then done (with the trail notes)
        ideas = await bot.press(alice, menu, "menu:ideas")
        assert writes[0] == 4
    # Her message and both replies are stored for quick exit, not kept in memory only.
    assert {menu.message_id, ideas.message_id, menu.message_id - 1} <= _stored_ids(bot)
    assert bot.runtime.trail.in_memory(alice.id) == []


async def test_what_the_outbox_sent_is_stored_for_quick_exit_by_the_periodic_save(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    async with bot.runtime.db.transaction() as tx:
        await bot.runtime.outbox.queue(tx, alice.id, "news")
    await bot.pump()
    news = fake.last_bot_message(alice.id)
    assert news.text == "news"
    await bot.runtime.trail.save_noted_now()
    assert news.message_id in _stored_ids(bot)


async def test_a_menu_costs_one_write_and_a_handful_of_statements(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "/menu")
    bot.human_pause()
    fake.send_text(alice, "/menu")
    await _deliver(bot)
    [(first, _)] = _unfinished(bot)  # answered; its done mark is held back
    bot.human_pause()
    fake.send_text(alice, "/menu")
    with recording_statements(bot) as statements, counting_writes(bot) as writes:
        await _deliver(bot)
    assert fake.last_bot_message(alice.id).text == bot.runtime.texts("menu.text", "en")
    # One commit: the update held, with the one before marked done and the message ids quick
    # exit may delete; then who she is (one read, no BEGIN/ROLLBACK around it).
    assert writes[0] == 1
    assert len(statements) <= 7, statements
    assert not any(sql in ("BEGIN", "ROLLBACK") for sql in statements), statements
    # Held durably before Telegram is told it arrived.
    assert _commits_by_level(statements) == ["FULL"]
    [(second, _)] = _unfinished(bot)
    assert second > first
    # When nothing else comes, it is marked done by a commit of its own that does not wait
    # for the disk (a power cut may lose that mark: the update then runs again).
    with recording_statements(bot) as statements:
        await bot.intake.mark_done_now()
    assert _commits_by_level(statements) == ["NORMAL"]
    assert _unfinished(bot) == []


async def test_a_write_for_an_update_marks_done_every_update_finished_before_it(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    bot.human_pause()
    # Two steps of her flow in one batch: both answered, neither marked done yet.
    fake.press(alice, topics, "Groups")
    fake.send_text(alice, "The heating is broken")
    await _deliver(bot)
    review = fake.last_bot_message(alice.id)
    assert "The heating is broken" in (review.text or "")
    assert len(_unfinished(bot)) == 2
    bot.human_pause()
    fake.press(alice, review, "Send")
    await _deliver(bot)
    # Her feedback was saved in a commit that also marked the two steps before it done, with
    # her flow as they left it: after a crash now, nothing of hers runs again behind it.
    [(_, committed)] = _unfinished(bot)
    assert committed == 1
    await bot.intake.mark_done_now()
    assert _unfinished(bot) == []
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM feedback").fetchone() == (1,)


async def test_a_finished_update_is_marked_done_soon_when_nothing_else_comes(
    bot: Harness, fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(intake, "MARK_DONE_WITHIN_SECONDS", 0.0)
    alice = bot.woman("Alice")
    await bot.join(alice)
    bot.human_pause()
    fake.send_text(alice, "/menu")
    await _deliver(bot)
    marker = bot.intake._marker
    assert marker is not None
    await marker
    assert _unfinished(bot) == []


async def test_a_batch_of_new_updates_is_held_in_one_statement_and_one_commit(
    bot: Harness, fake: FakeTelegram
) -> None:
    women = [bot.woman(name) for name in ("Alice", "Bea", "Cat", "Dee")]
    for woman in women:
        await bot.join(woman)
    bot.human_pause()
    for woman in women:
        fake.send_text(woman, "/menu")
        fake.send_text(woman, "/help")
    updates = fake.take_updates()
    with recording_statements(bot) as statements:
        await bot.intake.accept(updates)
        held = list(statements)
        await bot.intake.drain()
    # Numbered above every update held before: new without asking the inbox.
    work = [sql.split(" ")[0] for sql in held if not sql.startswith("PRAGMA")]
    assert work == ["BEGIN", "INSERT", "COMMIT"]
    assert _commits_by_level(held) == ["FULL"]
    sent = {woman.id: len(fake.bot_messages(woman.id)) for woman in women}
    assert all(count >= 2 for count in sent.values())
    # The same batch again (Telegram retrying) is looked up, recognised and not run twice.
    with recording_statements(bot) as statements:
        await bot.intake.accept(updates)
        again = [sql.split(" ")[0] for sql in statements if not sql.startswith("PRAGMA")]
    await bot.intake.drain()
    assert again == ["BEGIN", "SELECT", "INSERT", "COMMIT"]
    async with bot.runtime.db.read() as tx:
        assert await tx.inbox.unfinished() == []
    assert bot.intake.waiting() == 0
    assert {woman.id: len(fake.bot_messages(woman.id)) for woman in women} == sent


async def test_message_ids_of_several_chats_are_stored_in_one_batch(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    stranger = fake.user(4242, first_name="Stranger")
    for woman in (alice, bea):
        await bot.join(woman)
    trail = bot.runtime.trail
    trail.note_later(alice.id, 9001, 100)
    trail.note_later(bea.id, 9002, 100)
    trail.note_later(stranger.id, 9003, 100)
    with recording_statements(bot) as statements:
        await trail.save_noted_now()
    assert len([sql for sql in statements if "chat_messages" in sql or "participants" in sql]) == 2
    assert {9001, 9002} <= _stored_ids(bot)
    # Nothing about someone who has not joined is stored; quick exit still has it in memory.
    assert 9003 not in _stored_ids(bot)
    assert trail.in_memory(stranger.id) == [9003]
    assert trail.in_memory(alice.id) == []


async def test_after_forget_her_updates_leave_the_inbox_at_once(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    ask = await bot.send(alice, "/forget")
    bot.human_pause()
    fake.press(alice, ask, "Yes, delete everything")
    await _deliver(bot)
    assert "We have deleted everything" in (fake.last_bot_message(alice.id).text or "")
    # Not held back for a later commit: the inbox keeps no body of hers a moment longer.
    assert _unfinished(bot) == []
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM inbox WHERE body IS NOT NULL").fetchone() == (0,)
