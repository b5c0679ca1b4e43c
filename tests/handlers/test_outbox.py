"""The outbox: paced, durable, and kind to women who blocked the bot."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from telegram.error import TimedOut

from bot.app import build_application
from bot.config import Settings
from bot.outbox import Outbox
from bot.sandbox.loopback import FakeRequest, FakeTelegram
from bot.sandbox.loopback.request import encode_body
from tests.harness import STAFF_CHAT_ID, Clock, Harness, start_harness, stop_harness


async def _queue(bot: Harness, messages: list[tuple[int, int | None, str]]) -> None:
    async with bot.runtime.db.transaction() as tx:
        for chat_id, participant_id, body in messages:
            await bot.runtime.outbox.queue(tx, chat_id, body, participant_id=participant_id)


async def test_a_woman_who_blocked_the_bot_is_marked_unreachable_and_skipped(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    her = await bot.participant(alice)
    fake.block(alice)
    await bot.pump()
    await _queue(
        bot,
        [(alice.id, her.id, "first"), (bea.id, None, "for Bea"), (alice.id, her.id, "second")],
    )
    await bot.pump()
    assert fake.last_bot_message(bea.id).text == "for Bea"
    assert not _pending(bot)
    assert (await bot.participant(alice)).active is False
    assert all(m.text not in ("first", "second") for m in fake.bot_messages(alice.id))
    # Writing again makes her reachable again.
    await bot.send(alice, "/menu")
    assert (await bot.participant(alice)).active is True


def _pending(bot: Harness) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute("SELECT id FROM outbox WHERE status = 'pending'").fetchall()


async def test_messages_queued_before_a_restart_are_sent_after_it_exactly_once(
    settings: Settings, fake: FakeTelegram, tmp_path: Path
) -> None:
    first = await start_harness(settings, fake)
    women = [fake.started_user(3000 + n) for n in range(6)]
    # Queued, then the process stops before the sender gets to them.
    await _queue(first, [(woman.id, None, f"news {woman.id}") for woman in women])
    await stop_harness(first)
    second = await start_harness(settings, fake)
    try:
        await second.pump()
        assert not _pending(second)
    finally:
        await stop_harness(second)
    seen = Counter(m.text for woman in women for m in fake.bot_messages(woman.id))
    assert seen == Counter(f"news {woman.id}" for woman in women)


async def test_telegram_asking_to_slow_down_delays_but_loses_nothing(
    settings: Settings, tmp_path: Path
) -> None:
    fake = FakeTelegram(global_per_second=3)
    bot = await start_harness(settings, fake)
    try:
        women = [fake.started_user(4000 + n) for n in range(8)]
        await _queue(bot, [(woman.id, None, f"news {woman.id}") for woman in women])
        for _ in range(10):
            await bot.pump()
            if not _pending(bot):
                break
            # Each refused row waits its own retry_after on the shared clock.
            bot.clock.advance(1)
        assert not _pending(bot)
    finally:
        await stop_harness(bot)
    assert fake.count_errors(429) > 0  # the test server did push back
    seen = Counter(m.text for woman in women for m in fake.bot_messages(woman.id))
    assert seen == Counter(f"news {woman.id}" for woman in women)


async def test_messages_to_the_staff_group_are_spaced_and_hold_up_nobody(
    bot: Harness, fake: FakeTelegram
) -> None:
    women = [fake.started_user(5000 + n) for n in range(3)]
    outbox = Outbox(bot.runtime.db, bot.clock, rate=28, chat_interval=0.05, group_interval=0.4)
    async with bot.runtime.db.transaction() as tx:
        for n in range(3):
            await outbox.queue(tx, STAFF_CHAT_ID, f"digest part {n}")
        for woman in women:
            await outbox.queue(tx, woman.id, "for her")
    await outbox.drain(bot.app.bot)
    order = [
        "group" if call.params.get("chat_id") == str(STAFF_CHAT_ID) else "woman"
        for call in fake.calls
        if call.method == "sendMessage"
    ]
    assert order == ["group", "woman", "woman", "woman", "group", "group"]


class FaultyRequest(FakeRequest):
    """The test server, except that the first message to some chats meets a fault."""

    def __init__(self, fake: FakeTelegram, faults: dict[int, str]) -> None:
        super().__init__(fake)
        self.faults = dict(faults)
        self.release_timeout = asyncio.Event()
        self.timed_out_after: list[str] = []

    async def do_request(self, url: str, method: str, request_data: Any = None, **kw: Any) -> Any:
        chat_id = request_data.parameters.get("chat_id") if request_data else None
        fault = self.faults.pop(int(chat_id), None) if chat_id is not None else None
        if fault == "429":
            return 429, encode_body(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 30",
                    "parameters": {"retry_after": 30},
                }
            )
        if fault == "502":
            return 502, encode_body({"ok": False, "error_code": 502, "description": "Bad Gateway"})
        if fault == "timeout":
            # Hangs until every other chat has had its message (or long enough to tell).
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.release_timeout.wait(), 20)
            self.timed_out_after = [
                str(call.params.get("chat_id"))
                for call in self.fake.calls
                if call.method == "sendMessage" and call.status == 200
            ]
            raise TimedOut
        return await super().do_request(url, method, request_data, **kw)


async def _faulty_harness(
    settings: Settings, fake: FakeTelegram, request: FaultyRequest
) -> Harness:
    clock = Clock(fake)
    app = build_application(
        settings, request=request, updates_request=FakeRequest(fake), clock=clock
    )
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    harness = Harness(fake, app, clock)
    await harness.runtime.outbox.stop()
    return harness


async def test_a_fault_for_one_chat_holds_up_no_other_chat_and_is_retried_once_due(
    settings: Settings, fake: FakeTelegram
) -> None:
    women = [fake.started_user(6000 + n) for n in range(6)]
    slowed, failing, hanging = women[0], women[1], women[2]
    request = FaultyRequest(fake, {slowed.id: "429", failing.id: "502", hanging.id: "timeout"})
    bot = await _faulty_harness(settings, fake, request)
    try:
        await _queue(bot, [(w.id, None, f"news {w.id}") for w in women])
        await _queue(bot, [(slowed.id, None, "second for her")])
        others = [w.id for w in women[3:]]

        async def release_when_others_served() -> None:
            await fake.wait_for(
                lambda: all(fake.bot_messages(chat_id) for chat_id in others) or None, 20
            )
            request.release_timeout.set()

        releaser = asyncio.create_task(release_when_others_served())
        await bot.runtime.outbox.drain(bot.app.bot)
        await releaser
        # The hanging request ended only after the other women had their messages.
        assert {str(chat_id) for chat_id in others} <= set(request.timed_out_after)
        for chat_id in others:
            assert bot.texts_in(chat_id) == [f"news {chat_id}"]
        assert all(not bot.texts_in(w.id) for w in (slowed, failing, hanging))

        # The 502 and the timeout are tried again after a short wait; the 429 after its 30 s.
        bot.clock.advance(11)
        await bot.runtime.outbox.drain(bot.app.bot)
        assert bot.texts_in(failing.id) == [f"news {failing.id}"]
        assert bot.texts_in(hanging.id) == [f"news {hanging.id}"]
        assert not bot.texts_in(slowed.id)
        bot.clock.advance(20)
        await bot.runtime.outbox.drain(bot.app.bot)
        await bot.runtime.outbox.drain(bot.app.bot)
        # Her messages come in the order they were queued, each once.
        assert bot.texts_in(slowed.id) == [f"news {slowed.id}", "second for her"]
        assert not _pending(bot)
    finally:
        await stop_harness(bot)


async def test_a_message_being_sent_when_the_bot_crashed_is_sent_on_the_next_start(
    settings: Settings, fake: FakeTelegram
) -> None:
    woman = fake.started_user(7000)
    first = await start_harness(settings, fake)
    async with first.runtime.db.transaction() as tx:
        await first.runtime.outbox.queue(tx, woman.id, "news")
    # The process died right after marking the row and before Telegram answered.
    with sqlite3.connect(first.runtime.db.path) as conn:
        conn.execute("UPDATE outbox SET attempted_at = 1, attempts = 1")
    await stop_harness(first)
    second = await start_harness(settings, fake)
    try:
        await second.pump()
    finally:
        await stop_harness(second)
    assert [m.text for m in fake.bot_messages(woman.id)] == ["news"]
