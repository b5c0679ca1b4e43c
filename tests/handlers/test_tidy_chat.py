"""The chat that tidies itself: messages go once they are N hours old, on the fake clock."""

from __future__ import annotations

import sqlite3

from bot.sandbox.loopback import FakeTelegram, FakeUser
from bot.tidy_chat import CHATS_PER_TICK, tidy_chats
from tests.harness import STAFF_ID, Harness

HOUR = 3600


async def _tidy(bot: Harness) -> int:
    deleted = await tidy_chats(bot.runtime, bot.app.bot, bot.runtime.now())
    await bot.pump()
    return deleted


def _visible(fake: FakeTelegram, woman: FakeUser) -> list[str]:
    return [m.text or "" for m in fake.messages(woman.id)]


async def test_by_default_messages_go_once_24_hours_old_hers_and_the_bots(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    joined = len(fake.messages(alice.id))
    bot.clock.advance(23 * HOUR)
    assert await _tidy(bot) == 0
    await bot.send(alice, "/menu")
    bot.clock.advance(1 * HOUR + 60)
    assert await _tidy(bot) == joined
    # Only the menu of an hour ago is left; both sides of the old exchange went.
    assert _visible(fake, alice) == ["/menu", "What would you like to do?"]
    gone = [m for m in fake.all_messages(alice.id) if m.deleted]
    assert any(m.from_bot for m in gone) and any(not m.from_bot for m in gone)
    assert fake.count_errors(400) == 0
    # What is deleted is no longer remembered; quick exit then leaves nothing behind.
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM chat_messages").fetchone() == (2,)
    bot.clock.advance(30 * HOUR)
    await bot.runtime.trail.prune(bot.runtime.now())
    assert (await bot.send(alice, "/exit")).text == "OK."
    assert _visible(fake, alice) == ["OK."]


async def test_she_can_turn_it_off_and_then_quick_exit_tells_her_what_stays(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    screen = await bot.send(alice, "/settings")
    assert "Messages in this chat are deleted: after 24 hours" in screen.text
    screen = await bot.press(alice, screen, "Keep messages")
    assert "Messages in this chat are deleted: only when you use /exit" in screen.text
    assert len(fake.messages(alice.id)) == len(fake.all_messages(alice.id))
    bot.clock.advance(30 * HOUR)
    assert await _tidy(bot) == 0
    bot.clock.advance(20 * HOUR)
    await bot.runtime.trail.prune(bot.runtime.now())
    answer = await bot.send(alice, "/exit")
    assert answer.text.startswith("OK. Only you can remove older messages here.")


async def test_she_can_choose_a_shorter_time(bot: Harness, fake: FakeTelegram) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    screen = await bot.send(alice, "/settings")
    screen = await bot.press(alice, screen, "Delete after 2 hours")
    assert "after 2 hours" in screen.text
    bot.clock.advance(2 * HOUR + 60)
    await _tidy(bot)
    assert _visible(fake, alice) == []
    # A forged choice changes nothing.
    fake.press_data(alice, screen.message_id, "set:tidy:5")
    await bot.pump()
    screen = await bot.send(alice, "/settings")
    assert "after 2 hours" in screen.text


async def test_someone_not_joined_is_tidied_from_memory_and_staff_chats_are_left(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    bea = bot.woman("Bea")
    await bot.send(bea, "/start")
    await bot.send(staff, "/feedback")
    bot.clock.advance(24 * HOUR + 60)
    await _tidy(bot)
    assert _visible(fake, bea) == []
    assert bot.runtime.trail.in_memory(bea.id) == []
    assert fake.messages(STAFF_ID)  # staff keep their own chat


async def test_messages_already_past_48_hours_are_not_asked_for_and_exit_says_they_stay(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    old = len(fake.messages(alice.id))
    bot.clock.advance(50 * HOUR)  # say the bot was not running for two days
    assert await _tidy(bot) == 0
    assert not any(c.method.lower() == "deletemessages" for c in fake.calls)
    assert len(fake.messages(alice.id)) == old
    answer = await bot.send(alice, "/exit")
    assert answer.text.startswith("OK. Only you can remove older messages here.")


async def test_many_chats_are_tidied_a_few_at_a_time(bot: Harness, fake: FakeTelegram) -> None:
    women = [bot.woman(f"W{n}") for n in range(CHATS_PER_TICK + 5)]
    for woman in women:
        await bot.send(woman, "/start")
    bot.clock.advance(24 * HOUR + 60)
    await _tidy(bot)
    assert sum(1 for woman in women if _visible(fake, woman) == []) == CHATS_PER_TICK
    await _tidy(bot)
    assert all(_visible(fake, woman) == [] for woman in women)
