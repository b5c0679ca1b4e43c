"""What an ordinary update costs in writes: the intake's own bookkeeping and nothing more."""

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
