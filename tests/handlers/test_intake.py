"""Durable intake and stored flows: nothing she sends is lost or done twice across a restart."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from logging import WARNING
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.error import NetworkError
from telegram.ext import TypeHandler
from telegram.request import BaseRequest

from bot.config import Settings
from bot.sandbox.loopback import FakeMessage, FakeRequest, FakeTelegram, FakeUser
from bot.stored_flows import StoredFlows
from storage.db import CURRENT_UPDATE, Database
from storage.lock import RunLock
from tests.harness import Harness, start_harness, stop_harness


def _rows(bot: Harness | Settings, sql: str) -> list[tuple[Any, ...]]:
    path = bot.runtime.db.path if isinstance(bot, Harness) else bot.database_path
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def _feedback(bot: Harness | Settings) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in _rows(bot, "SELECT topic, body FROM feedback")]


async def _review(bot: Harness, woman: FakeUser, words: str) -> None:
    """She joins, chooses a topic and types her feedback; the review with Send is showing."""
    await bot.join(woman)
    topics = await bot.send(woman, "/share")
    await bot.press(woman, topics, "Groups")
    review = await bot.send(woman, words)
    assert "Send" in review.buttons


async def _hold_without_processing(settings: Settings, updates: list[dict[str, Any]]) -> None:
    """What a crash right after taking updates in leaves: held in the inbox, nothing run."""
    db = await Database.open(settings.database_path)
    try:
        async with db.transaction() as tx:
            await tx.inbox.hold(
                [(raw["update_id"], _person(raw), json.dumps(raw)) for raw in updates], 0
            )
    finally:
        await db.close()


@asynccontextmanager
async def _running(
    settings: Settings, fake: FakeTelegram, request: BaseRequest | None = None
) -> AsyncIterator[Harness]:
    """The bot started on the database at `settings` (again, after a restart), then stopped."""
    bot = await start_harness(settings, fake, request)
    try:
        yield bot
    finally:
        await stop_harness(bot)


async def _review_then_stop(
    settings: Settings, fake: FakeTelegram, words: str
) -> tuple[FakeUser, FakeMessage]:
    """Alice writes feedback up to its review; then the bot stops. Returns her and the review."""
    async with _running(settings, fake) as bot:
        alice = bot.woman("Alice")
        await _review(bot, alice, words)
        return alice, fake.last_bot_message(alice.id)


def _person(raw: dict[str, Any]) -> int:
    kind = raw.get("message") or raw.get("callback_query") or {}
    return int(kind["from"]["id"])


async def test_a_redelivered_update_is_processed_once(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await _review(bot, alice, "The room is cold")
    review = bot.fake.last_bot_message(alice.id)
    bot.fake.press(alice, review, "Send")
    updates = bot.fake.take_updates()
    await bot.intake.accept(updates)
    await bot.intake.drain()
    # Telegram sends it again (the offset that confirms it was never asked for).
    await bot.intake.accept(updates)
    await bot.intake.drain()
    assert _feedback(bot) == [("Groups", "The room is cold")]
    assert _sent_count(bot.fake, "has been sent to the team") == 1


def _sent_count(fake: FakeTelegram, words: str) -> int:
    """How many times the bot sent or edited a message to say `words`."""
    return sum(
        1
        for call in fake.calls
        if call.method.lower() in ("sendmessage", "editmessagetext")
        and call.status == 200
        and words in call.params.get("text", "")
    )


async def test_updates_held_before_a_crash_are_processed_first_at_the_next_start(
    settings: Settings, fake: FakeTelegram
) -> None:
    alice, review = await _review_then_stop(settings, fake, "Please open on Saturdays")
    fake.press(alice, review, "Send")
    await _hold_without_processing(settings, fake.take_updates())

    async with _running(settings, fake) as bot:
        await bot.intake.drain()
        assert "Thank you" in (fake.last_bot_message(alice.id).text or "")
        assert _feedback(bot) == [("Groups", "Please open on Saturdays")]
        assert _rows(bot, "SELECT count(*) FROM inbox WHERE done_at IS NULL") == [(0,)]


async def test_an_update_whose_write_committed_is_not_run_again_and_she_is_told(
    settings: Settings, fake: FakeTelegram
) -> None:
    alice, review = await _review_then_stop(settings, fake, "Saved once")
    fake.press(alice, review, "Send")
    updates = fake.take_updates()
    # A crash just after the handler's transaction committed (the feedback and the mark that
    # its write is done, together) and before the reply went out.
    db = await Database.open(settings.database_path)
    try:
        async with db.transaction() as tx:
            await tx.inbox.hold([(updates[0]["update_id"], alice.id, json.dumps(updates[0]))], 0)
        token = CURRENT_UPDATE.set(updates[0]["update_id"])
        try:
            async with db.transaction() as tx:
                participant = await tx.participants.by_telegram_user(alice.id)
                assert participant is not None
                await tx.feedback.add(participant.id, "Groups", "Saved once", 0)
        finally:
            CURRENT_UPDATE.reset(token)
    finally:
        await db.close()

    async with _running(settings, fake) as bot:
        await bot.intake.drain()
        await bot.runtime.outbox.drain(bot.app.bot)
        assert _feedback(bot) == [("Groups", "Saved once")]
        told = fake.last_bot_message(alice.id).text or ""
        assert "We got what you sent just before, and saved it." in told
        # Her flow starts afresh (its step may be out of date): nothing of it is kept.
        assert _rows(bot, "SELECT count(*) FROM drafts") == [(0,)]
        assert _rows(bot, "SELECT count(*) FROM conversations") == [(0,)]
        # Pressing the old Send again stores nothing more.
        await bot.press(alice, review, "Send")
        assert _feedback(bot) == [("Groups", "Saved once")]


async def test_send_pressed_after_a_restart_saves_her_feedback(
    settings: Settings, fake: FakeTelegram
) -> None:
    alice, review = await _review_then_stop(settings, fake, "Kept across the restart")

    async with _running(settings, fake) as bot:
        thanks = await bot.press(alice, review, "Send")
        assert "Thank you" in (thanks.text or "")
        assert "no longer active" not in (thanks.text or "")
        assert _feedback(bot) == [("Groups", "Kept across the restart")]
        # The flow is over: its step and draft are gone from the database too.
        assert _rows(bot, "SELECT count(*) FROM drafts") == [(0,)]
        assert _rows(bot, "SELECT count(*) FROM conversations") == [(0,)]


async def test_an_idea_half_written_before_a_restart_goes_on_where_she_was(
    settings: Settings, fake: FakeTelegram
) -> None:
    bot = await start_harness(settings, fake)
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "/propose")
    await bot.send(alice, "A Saturday drop-in")
    await stop_harness(bot)

    async with _running(settings, fake) as bot:
        review = await bot.send(alice, "Some of us work in the week.")
        assert "A Saturday drop-in" in (review.text or "")
        assert "Some of us work in the week." in (review.text or "")


async def test_mydata_shows_her_unsent_draft_and_the_flow_goes_on(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await _review(bot, alice, "Words not sent yet")
    review = bot.fake.last_bot_message(alice.id)
    mine = await bot.send(alice, "/mydata")
    assert "Started but not sent" in (mine.text or "")
    assert "Words not sent yet" in (mine.text or "")
    assert "24 hours" in (mine.text or "")
    await bot.press(alice, review, "Send")
    assert _feedback(bot) == [("Groups", "Words not sent yet")]
    assert _sent_count(bot.fake, "has been sent to the team") == 1


async def test_forget_deletes_her_stored_draft(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await _review(bot, alice, "Delete me too")
    assert _rows(bot, "SELECT count(*) FROM drafts") == [(1,)]
    ask = await bot.send(alice, "/forget")
    await bot.press(alice, ask, "forget:yes")
    assert _rows(bot, "SELECT count(*) FROM drafts") == [(0,)]
    assert _rows(bot, "SELECT count(*) FROM conversations") == [(0,)]
    with sqlite3.connect(bot.runtime.db.path) as conn:
        rows = conn.execute("SELECT count(*) FROM inbox WHERE body LIKE '%Delete me too%'")
        assert rows.fetchone() == (0,)


async def test_quick_exit_deletes_her_stored_draft(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await _review(bot, alice, "Gone with the exit")
    await bot.send(alice, "/exit")
    assert _rows(bot, "SELECT count(*) FROM drafts") == [(0,)]
    assert _rows(bot, "SELECT count(*) FROM conversations") == [(0,)]


async def _press_answer(bot: Harness, woman: FakeUser, message: Any, button: str) -> str:
    """Press and return the little notice the press was answered with."""
    bot.human_pause()
    query_id = bot.fake.press(woman, message, button)
    await bot.pump()
    answer = bot.fake.callback_answers[query_id]
    return str(answer["text"] if answer else "")


async def test_a_draft_untouched_for_draft_hours_is_not_loaded_after_a_restart(
    settings: Settings, fake: FakeTelegram
) -> None:
    alice, review = await _review_then_stop(settings, fake, "Too old to keep")
    old = settings.draft_hours * 3600 + 60
    with sqlite3.connect(settings.database_path) as conn:
        conn.execute("UPDATE drafts SET updated_at = updated_at - ?", (old,))
        conn.execute("UPDATE conversations SET updated_at = updated_at - ?", (old,))

    async with _running(settings, fake) as bot:
        assert "no longer active" in await _press_answer(bot, alice, review, "Send")
        assert _feedback(bot) == []


async def test_a_flow_left_for_draft_hours_ends_at_her_next_update(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await _review(bot, alice, "Left too long")
    review = bot.fake.last_bot_message(alice.id)
    bot.clock.advance(bot.runtime.settings.draft_hours * 3600 + 60)
    assert "no longer active" in await _press_answer(bot, alice, review, "Send")
    assert _feedback(bot) == []
    assert _rows(bot, "SELECT count(*) FROM drafts") == [(0,)]
    assert _rows(bot, "SELECT count(*) FROM conversations") == [(0,)]
    # A new flow starts as usual.
    topics = await bot.send(alice, "/share")
    assert "What is your feedback about?" in (topics.text or "")


async def test_the_tidy_deletes_drafts_untouched_for_draft_hours(bot: Harness) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await _review(bot, alice, "Old words")
    bot.clock.advance(bot.runtime.settings.draft_hours * 3600 - 60)
    await _review(bot, bea, "Fresh words")
    bot.clock.advance(120)
    flows = bot.app.persistence
    assert isinstance(flows, StoredFlows)
    assert await flows.expire(bot.runtime.now()) == [alice.id]
    assert _rows(bot, "SELECT telegram_user_id FROM drafts") == [(bea.id,)]
    assert _rows(bot, "SELECT telegram_user_id FROM conversations") == [(bea.id,)]


async def test_a_write_marks_its_update_in_the_same_commit(settings: Settings) -> None:
    db = await Database.open(settings.database_path)
    try:
        async with db.transaction() as tx:
            await tx.inbox.hold([(1, 5, "{}"), (2, 5, "{}"), (3, 5, "{}")], 0)
        token = CURRENT_UPDATE.set(1)
        try:
            async with db.transaction() as tx:
                await tx.flows.save_draft(5, {"a": 1}, 0)
        finally:
            CURRENT_UPDATE.reset(token)
        token = CURRENT_UPDATE.set(2)
        try:
            # Bookkeeping (harmless to repeat) leaves the update free to run again.
            async with db.transaction(bookkeeping=True) as tx:
                await tx.flows.save_draft(5, {"a": 2}, 0)
            # A transaction that fails marks nothing.
            try:
                async with db.transaction() as tx:
                    await tx.flows.save_draft(5, {"a": 3}, 0)
                    raise RuntimeError("the handler failed")
            except RuntimeError:
                pass
        finally:
            CURRENT_UPDATE.reset(token)
        async with db.read() as tx:
            held = await tx.inbox.unfinished()
        assert [(row.update_id, row.committed) for row in held] == [
            (1, True),
            (2, False),
            (3, False),
        ]
    finally:
        await db.close()


def _gate(bot: Harness, woman: FakeUser) -> asyncio.Event:
    """Hold every update of `woman` at the door until the returned event is set, the way a
    slow reply to her chat would (a handler added in front of all others)."""
    gate = asyncio.Event()
    # These tests are about order, not pace: her replies may go out in a burst.
    bot.fake.rate_limits = False

    async def wait_at_the_door(update: Update, ctx: Any) -> None:
        if update.effective_user is not None and update.effective_user.id == woman.id:
            await gate.wait()

    bot.app.add_handler(TypeHandler(Update, wait_at_the_door), group=-100)
    return gate


async def _arrive(bot: Harness) -> None:
    """Take in what was sent, without waiting for it to be processed."""
    await bot.intake.accept(bot.fake.take_updates())


async def test_one_woman_held_up_does_not_hold_up_another(bot: Harness) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    gate = _gate(bot, alice)
    bot.fake.send_text(alice, "/help")
    await _arrive(bot)
    bot.fake.send_text(bea, "/help")
    await _arrive(bot)
    await bot.fake.wait_for_bot_message(bea.id, contains="Here is what you can do")
    assert "Here is what you can do" not in (bot.fake.last_bot_message(alice.id).text or "")
    gate.set()
    await bot.intake.drain()
    assert "Here is what you can do" in (bot.fake.last_bot_message(alice.id).text or "")


async def test_her_updates_are_processed_in_the_order_she_sent_them(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    gate = _gate(bot, alice)
    for command in ("/menu", "/help", "/privacy", "/menu"):
        bot.fake.send_text(alice, command)
    await _arrive(bot)
    gate.set()
    await bot.intake.drain()
    replies = [text.split("\n")[0] for text in bot.texts_in(alice.id)[-4:]]
    assert replies == [
        "What would you like to do?",
        "Here is what you can do:",
        "Your privacy",
        "What would you like to do?",
    ]


async def test_quick_exit_goes_ahead_of_her_waiting_updates(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    gate = _gate(bot, alice)
    bot.fake.send_text(alice, "/menu")
    await _arrive(bot)  # in hand, held at the door
    for command in ("/help", "/privacy", "/exit"):
        bot.fake.send_text(alice, command)
    await _arrive(bot)
    gate.set()
    await bot.intake.drain()
    said = [
        call.params.get("text", "").split("\n")[0]
        for call in bot.fake.calls
        if call.method.lower() == "sendmessage" and call.params.get("chat_id") == str(alice.id)
    ]
    # The update in hand finishes first; then quick exit, before what she sent earlier.
    assert said[-4:] == [
        "What would you like to do?",
        "OK.",
        "Here is what you can do:",
        "<b>Your privacy</b>",
    ]


async def test_the_support_button_goes_ahead_of_her_waiting_updates(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    menu = await bot.send(alice, "/menu")
    gate = _gate(bot, alice)
    bot.fake.send_text(alice, "/help")
    await _arrive(bot)
    bot.fake.send_text(alice, "/privacy")
    bot.fake.press(alice, menu, "menu:support")
    await _arrive(bot)
    gate.set()
    await bot.intake.drain()
    with sqlite3.connect(bot.runtime.db.path) as conn:
        alerts = conn.execute("SELECT count(*) FROM safeguarding_alerts").fetchone()
    assert alerts == (1,)
    said = [
        call.params.get("text", "").split("\n")[0]
        for call in bot.fake.calls
        if call.method.lower() == "sendmessage" and call.params.get("chat_id") == str(alice.id)
    ]
    # The update in hand finishes first; then her call for support, before what she sent earlier.
    assert said[-3:] == [
        "Here is what you can do:",
        "If you need help now, you can call:",
        "<b>Your privacy</b>",
    ]


def _count_writes(path: Path) -> None:
    """Count every row written to any table but the inbox (test-only triggers)."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE test_writes (name TEXT)")
        tables = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] not in ("inbox", "test_writes") and not row[0].startswith("sqlite_")
        ]
        for table in tables:
            for event in ("INSERT", "UPDATE", "DELETE"):
                conn.execute(
                    f"CREATE TRIGGER test_{table}_{event.lower()} AFTER {event} ON {table}"
                    f" BEGIN INSERT INTO test_writes VALUES ('{table}'); END"
                )


def _writes(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM test_writes")]


async def test_updates_flood_control_drops_cost_no_write(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    bot.fake.rate_limits = False  # the test server lets the bot answer her burst at once
    limit = bot.runtime.settings.flood_updates_per_minute
    for n in range(limit + 1):  # the last one is told to slow down
        bot.fake.send_text(alice, f"hello {n}")
    await bot.pump()
    assert "sending a lot" in (bot.fake.last_bot_message(alice.id).text or "")
    _count_writes(bot.runtime.db.path)
    for n in range(20):
        bot.fake.send_text(alice, f"ignored {n}")
    await bot.pump()
    assert _writes(bot.runtime.db.path) == []
    # Quick exit still clears what was ignored.
    bot.fake.send_text(alice, "/exit")
    await bot.pump()
    assert [m.text for m in bot.fake.messages(alice.id) if not m.from_bot] == []


class _Cable(FakeRequest):
    """The connection to the test server, which the test can cut and mend."""

    def __init__(self, fake: FakeTelegram) -> None:
        super().__init__(fake)
        self.cut = False
        self.refused = 0

    async def do_request(self, url: str, method: str, *args: Any, **kwargs: Any) -> Any:
        if self.cut:
            self.refused += 1
            self.fake.advance(0)  # wakes whoever waits for the test server to change
            raise NetworkError("connection refused")
        return await super().do_request(url, method, *args, **kwargs)


async def test_an_outage_is_logged_once_and_every_update_is_answered_after_it(
    settings: Settings, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    cable = _Cable(fake)
    fake.rate_limits = False
    async with _running(settings, fake, cable) as bot:
        women = [bot.woman(name) for name in ("Alice", "Bea", "Cara")]
        for woman in women:
            await bot.join(woman)
        caplog.clear()
        cable.cut = True
        for woman in women:
            for command in ("/help", "/privacy"):
                fake.send_text(woman, command)
        await _arrive(bot)
        await fake.wait_for(lambda: cable.refused >= 8)
        cable.cut = False
        await bot.intake.drain()
        for woman in women:
            replies = [text.split("\n")[0] for text in bot.texts_in(woman.id)[-2:]]
            assert replies == ["Here is what you can do:", "Your privacy"]
    lines = [record.getMessage() for record in caplog.records if record.levelno >= WARNING]
    assert len([line for line in lines if "lost the connection" in line]) == 1
    assert len([line for line in lines if "is back" in line]) == 1
    assert len(lines) == 2, lines
    assert not [record for record in caplog.records if record.exc_info]


async def test_polling_through_an_outage_says_so_once_and_loses_nothing(
    settings: Settings, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    cable = _Cable(fake)
    async with _running(settings, fake, cable) as bot:
        alice = bot.woman("Alice")
        await bot.join(alice)
        stop = asyncio.Event()
        cable.cut = True
        fake.send_text(alice, "/help")
        poller = asyncio.create_task(
            bot.intake.poll(bot.app.bot, stop, allowed_updates=[], wait_seconds=1)
        )
        await fake.wait_for(lambda: cable.refused >= 5)
        cable.cut = False
        await fake.wait_for_bot_message(alice.id, contains="Here is what you can do")
        stop.set()
        await poller
        await bot.intake.drain()
    lines = [record.getMessage() for record in caplog.records if record.levelno >= WARNING]
    assert [line.split(" (")[0].split(" after")[0] for line in lines] == [
        "lost the connection to the Bot API",
        "the connection to the Bot API is back",
    ]


async def test_ids_of_updates_done_a_week_ago_are_forgotten(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    now = bot.runtime.now()
    with sqlite3.connect(bot.runtime.db.path) as conn:
        conn.execute(
            "INSERT INTO inbox (update_id, received_at, done_at) VALUES (1, ?, ?), (2, ?, ?)",
            (now - 8 * 86400, now - 8 * 86400, now - 86400, now - 86400),
        )
    assert await bot.intake.forget_old_ids() == 1
    kept = _rows(bot, "SELECT update_id FROM inbox WHERE update_id < 3 ORDER BY update_id")
    assert kept == [(2,)]
    # Nothing but ids stays once an update is done: not her words, not her id.
    assert _rows(bot, "SELECT count(*) FROM inbox WHERE body IS NOT NULL OR person != 0") == [(0,)]


async def test_a_held_update_that_cannot_be_read_does_not_block_the_rest(
    settings: Settings, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    alice, review = await _review_then_stop(settings, fake, "After the odd one")
    fake.press(alice, review, "Send")
    updates = fake.take_updates()
    await _hold_without_processing(settings, updates)
    with sqlite3.connect(settings.database_path) as conn:
        conn.execute(
            "INSERT INTO inbox (update_id, person, body, received_at) VALUES (?, ?, ?, 0)",
            (1, alice.id, "{written by a release long gone"),
        )
    async with _running(settings, fake) as bot:
        await bot.intake.drain()
        assert _feedback(bot) == [("Groups", "After the odd one")]
        assert _rows(bot, "SELECT count(*) FROM inbox WHERE done_at IS NULL") == [(0,)]
    assert "1 held updates could not be read" in caplog.text


async def test_a_change_made_outside_an_update_is_written_when_the_bot_stops(
    settings: Settings, fake: FakeTelegram
) -> None:
    async with _running(settings, fake) as bot:
        alice = bot.woman("Alice")
        await _review(bot, alice, "Cleared by a job")
        # A job (not an update), as the hourly tidy-up does, empties her draft: no update
        # comes after it to collect the change, so the stop writes it.
        bot.app.user_data[alice.id].clear()
        bot.app.mark_data_for_update_persistence(user_ids=alice.id)
        assert _rows(bot, "SELECT count(*) FROM drafts") == [(1,)]
    assert _rows(settings, "SELECT count(*) FROM drafts") == [(0,)]
    # Once stopped the bot holds the database no more: a restore may take it, and no
    # connection is left open (its thread would keep the process from ever exiting).
    with RunLock(settings.database_path):
        pass


async def test_the_database_closes_at_the_stop_even_when_a_last_write_fails(
    settings: Settings, fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = await start_harness(settings, fake)

    async def disk_fails() -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(bot.runtime.trail, "save_noted_now", disk_fails)
    with pytest.raises(sqlite3.OperationalError):
        await stop_harness(bot)
    # The stop reports the error and ends: nothing is left holding the database.
    with RunLock(settings.database_path):
        pass


async def test_a_transaction_cut_off_at_any_point_leaves_the_connection_usable(
    settings: Settings,
) -> None:
    db = await Database.open(settings.database_path)
    try:

        async def write(n: int) -> None:
            async with db.transaction() as tx:
                await tx.flows.save_draft(n, {"n": n}, 0)

        # Cancelled after 0, 1, 2, ... turns of the loop: before, inside and after its
        # BEGIN, its statements and its COMMIT (shutdown cancels whatever is in hand).
        for turns in range(40):
            task = asyncio.create_task(write(turns))
            for _ in range(turns):
                await asyncio.sleep(0)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await write(1000 + turns)
        async with db.read() as tx:
            drafts = await tx.flows.drafts_since(0)
        assert {1000 + turns for turns in range(40)} <= set(drafts)
    finally:
        await db.close()


async def test_the_database_closes_at_the_stop_even_when_finishing_the_intake_fails(
    settings: Settings, fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.app import build_application, serving

    app = build_application(settings, request=FakeRequest(fake), updates_request=FakeRequest(fake))

    async def disk_fails() -> None:
        raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(sqlite3.OperationalError):
        async with serving(app) as intake:
            monkeypatch.setattr(intake, "close", disk_fails)
    # The stop reports the error and ends: nothing is left holding the database.
    with RunLock(settings.database_path):
        pass


async def test_a_start_that_fails_half_way_leaves_nothing_open(
    settings: Settings, fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.app import build_application, serving

    app = build_application(settings, request=FakeRequest(fake), updates_request=FakeRequest(fake))

    async def unreadable(self: StoredFlows, name: str) -> object:
        # After the drafts were read: the database is open by now.
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(StoredFlows, "get_conversations", unreadable)
    with pytest.raises(sqlite3.DatabaseError):
        async with serving(app):
            pass
    with RunLock(settings.database_path):
        pass
