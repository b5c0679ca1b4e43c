"""The outbox: paced, durable, and kind to women who blocked the bot."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from bot.config import Settings
from bot.outbox import Outbox
from bot.sandbox.loopback import FakeTelegram
from tests.harness import STAFF_CHAT_ID, Harness, start_harness, stop_harness


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
        await bot.pump()
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
    outbox = Outbox(bot.runtime.db, bot.clock, rate=25, chat_interval=0.05, group_interval=0.4)
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
