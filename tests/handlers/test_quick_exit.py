"""Quick exit: /exit and "Leave quickly" clear the chat as far as Telegram allows."""

from __future__ import annotations

import json
import sqlite3

from bot.config import Settings
from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import STAFF_ID, Harness, start_harness, stop_harness


def _feedback_bodies(bot: Harness) -> list[str]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return [row[0] for row in conn.execute("SELECT body FROM feedback ORDER BY id")]


def _kept_ids(bot: Harness) -> int:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return int(conn.execute("SELECT count(*) FROM chat_messages").fetchone()[0])


def _asked_to_delete(fake: FakeTelegram) -> list[int]:
    return [
        message_id
        for call in fake.calls
        if call.method.lower() == "deletemessages"
        for message_id in json.loads(call.params["message_ids"])
    ]


async def _give_feedback(bot: Harness, woman: FakeUser, words: str) -> None:
    topics = await bot.send(woman, "/share")
    await bot.press(woman, topics, "Groups")
    review = await bot.send(woman, words)
    await bot.press(woman, review, "Send")


async def test_exit_deletes_every_message_and_leaves_one_neutral_line(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _give_feedback(bot, alice, "The group room is cold")
    assert len(fake.messages(alice.id)) > 4
    answer = await bot.send(alice, "/exit")
    visible = fake.messages(alice.id)
    assert [message.text for message in visible] == ["OK."]
    assert visible[0] is answer and answer.from_bot
    assert not answer.buttons
    # Hers and the bot's alike, every one of them went.
    deleted = [m for m in fake.all_messages(alice.id) if m.deleted]
    assert any(not m.from_bot for m in deleted) and any(m.from_bot for m in deleted)
    assert _feedback_bodies(bot) == ["The group room is cold"]


async def test_the_leave_quickly_button_on_the_menu_does_the_same(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    menu = await bot.send(alice, "/menu")
    assert "Leave quickly" in menu.buttons and "I need support now" in menu.buttons
    await bot.press(alice, menu, "Leave quickly")
    assert [message.text for message in fake.messages(alice.id)] == ["OK."]
    assert fake.unanswered_callbacks() == []


async def test_exit_mid_flow_ends_the_flow_and_keeps_what_she_sent(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _give_feedback(bot, alice, "Already sent")
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Staff")
    await bot.send(alice, "Half written")
    await bot.send(alice, "/exit")
    assert [message.text for message in fake.messages(alice.id)] == ["OK."]
    # The flow is over: no review of a draft.
    after = await bot.send(alice, "just saying hello")
    assert after.text == "Would you like to send this as feedback?"
    assert _feedback_bodies(bot) == ["Already sent"]


async def test_messages_older_than_48_hours_are_not_asked_for_and_ids_are_dropped(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    old = [message.message_id for message in fake.all_messages(alice.id)]
    bot.clock.advance(49 * 3600)
    await bot.send(alice, "/menu")
    await bot.runtime.trail.prune(bot.runtime.now())
    with sqlite3.connect(bot.runtime.db.path) as conn:
        kept = [row[0] for row in conn.execute("SELECT message_id FROM chat_messages")]
    assert kept and not set(kept) & set(old)
    await bot.send(alice, "/exit")
    asked = _asked_to_delete(fake)
    assert asked and not set(asked) & set(old)
    visible = fake.messages(alice.id)
    assert [m.message_id for m in visible[: len(old)]] == old  # too old: Telegram keeps them
    assert visible[-1].text.startswith("OK. Only you can remove older messages here.")
    assert "press and hold this chat. On iPhone, swipe it left." in visible[-1].text
    assert fake.count_errors(400) == 0


SOME_STAY = "OK. Only you can remove older messages here."


async def test_exit_never_claims_a_clear_chat_and_says_how_to_remove_what_stays(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    done = await bot.send(alice, "/exit")
    # Everything went: a line that looks like nothing and claims nothing.
    assert done.text == "OK." and "clear" not in done.text.lower()
    bot.clock.advance(47 * 3600)
    await bot.send(alice, "/menu")
    bot.clock.advance(2 * 3600)  # "OK." is now 49 hours old; the menu is not
    answer = await bot.send(alice, "/exit")
    assert answer.text.startswith(SOME_STAY)
    assert [m.text for m in fake.messages(alice.id)] == ["OK.", answer.text]
    assert not any(m.text.startswith("What would") for m in fake.messages(alice.id))


async def test_messages_that_outlived_the_window_are_remembered_across_a_restart(
    settings: Settings, fake: FakeTelegram
) -> None:
    first = await start_harness(settings, fake)
    alice = first.woman("Alice")
    await first.join(alice)
    first.clock.advance(49 * 3600)
    # The hourly tidy forgets the old ids but keeps the fact that her chat holds them.
    await first.runtime.trail.prune(first.runtime.now())
    assert _kept_ids(first) == 0
    await stop_harness(first)
    bot = await start_harness(settings, fake)
    bot.clock.offset = first.clock.offset
    try:
        answer = await bot.send(alice, "/exit")
        assert answer.text.startswith(SOME_STAY)
        # Told once; the next exit claims nothing either way.
        again = await bot.send(alice, "/exit")
        assert again.text == "OK."
    finally:
        await stop_harness(bot)


async def test_a_woman_who_has_not_joined_is_remembered_in_memory_only(
    bot: Harness, fake: FakeTelegram
) -> None:
    bea = bot.woman("Bea")
    await bot.send(bea, "/start")
    await bot.send(bea, "hello")
    assert _kept_ids(bot) == 0
    assert len(bot.runtime.trail.in_memory(bea.id)) == 4
    await bot.send(bea, "/exit")
    assert [message.text for message in fake.messages(bea.id)] == ["OK."]
    assert _kept_ids(bot) == 0


async def test_ids_from_before_she_joined_move_to_her_record_when_she_agrees(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    assert bot.runtime.trail.in_memory(alice.id) == []
    assert _kept_ids(bot) == len(fake.all_messages(alice.id))


async def test_after_forget_exit_still_clears_the_chat(bot: Harness, fake: FakeTelegram) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    ask = await bot.send(alice, "/forget")
    await bot.press(alice, ask, "Yes, delete everything")
    assert _kept_ids(bot) == 0
    await bot.send(alice, "/exit")
    assert [message.text for message in fake.messages(alice.id)] == ["OK."]


async def test_messages_the_outbox_sent_her_are_cleared_too(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _give_feedback(bot, alice, "Please reply")
    await bot.send(staff, "/respond 1")
    review = await bot.send(staff, "We did.")
    await bot.press(staff, review, "Send")
    news = await fake.wait_for_bot_message(alice.id, contains="You said, we did")
    await bot.send(alice, "/exit")
    assert news.deleted
    assert [message.text for message in fake.messages(alice.id)] == ["OK."]
    assert fake.messages(STAFF_ID)  # the staff member's chat is untouched


async def test_exit_is_in_the_command_menu(bot: Harness, fake: FakeTelegram) -> None:
    assert "exit" in fake.commands("all_private_chats")
    assert "invite" in fake.commands("chat", STAFF_ID)
