"""What an ordinary update costs in writes and statements: the intake's own bookkeeping and
nothing more, and only the update held in the inbox waits for the disk."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

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
    """Every statement sent to the database meanwhile, in order."""
    conn = bot.runtime.db._conn
    statements: list[str] = []
    names = ("execute", "executemany", "execute_fetchall")

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
    """The updates waiting, through the intake only (no outbox round)."""
    await bot.intake.accept(bot.fake.take_updates())
    await bot.intake.drain()


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


async def test_a_menu_costs_a_handful_of_statements_and_one_wait_for_the_disk(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "/menu")
    bot.human_pause()
    fake.send_text(alice, "/menu")
    with recording_statements(bot) as statements:
        await _deliver(bot)
    assert fake.last_bot_message(alice.id).text == bot.runtime.texts("menu.text", "en")
    # Held (1 statement), who she is (1 read, no BEGIN/ROLLBACK around it), done together
    # with the message ids quick exit may delete (2), the two commits and their levels.
    assert len(statements) <= 10, statements
    assert not any(sql in ("BEGIN", "ROLLBACK") for sql in statements), statements
    # The update is held durably before Telegram is told it arrived; marking it done does not
    # wait for the disk (a power cut may lose that mark: the update then runs again).
    assert _commits_by_level(statements) == ["FULL", "NORMAL"]


async def test_a_batch_of_updates_is_held_in_two_statements_and_one_commit(
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
    work = [sql.split(" ")[0] for sql in held if not sql.startswith("PRAGMA")]
    assert work == ["BEGIN", "SELECT", "INSERT", "COMMIT"]
    assert _commits_by_level(held) == ["FULL"]
    for woman in women:
        assert len(fake.bot_messages(woman.id)) >= 2
    # The same batch again (Telegram retrying) is recognised and not run twice.
    await bot.intake.accept(updates)
    await bot.intake.drain()
    async with bot.runtime.db.read() as tx:
        assert await tx.inbox.unfinished() == []
    assert bot.intake.waiting() == 0


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
