"""Giving feedback: topic, text, review, confirm; bad input loses nothing."""

from __future__ import annotations

import sqlite3

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import Harness


def _feedback_rows(bot: Harness) -> list[tuple[str, str]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute("SELECT topic, body FROM feedback ORDER BY id").fetchall()


async def _write(bot: Harness, woman: FakeUser, text: str, topic: str = "Groups") -> None:
    topics = await bot.send(woman, "/share")
    await bot.press(woman, topics, topic)
    await bot.send(woman, text)


async def test_feedback_is_stored_only_after_she_confirms(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _write(bot, alice, "The Tuesday group is too early")
    review = bot.fake.last_bot_message(alice.id)
    assert "The Tuesday group is too early" in review.text
    assert review.protect_content
    assert _feedback_rows(bot) == []
    thanks = await bot.press(alice, review, "Send")
    assert "Thank you" in thanks.text
    assert _feedback_rows(bot) == [("Groups", "The Tuesday group is too early")]


async def test_pressing_send_twice_stores_one_item(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _write(bot, alice, "Once only")
    review = bot.fake.last_bot_message(alice.id)
    await bot.press(alice, review, "Send")
    bot.fake.press_data(alice, review.message_id, "fbc:send")
    await bot.pump()
    assert _feedback_rows(bot) == [("Groups", "Once only")]
    assert bot.fake.unanswered_callbacks() == []


async def test_the_menu_button_starts_feedback_too(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    menu = bot.fake.last_bot_message(alice.id)
    topics = await bot.press(alice, menu, "Give feedback")
    assert topics.buttons == ["Groups", "Staff", "Something else"]


async def test_a_photo_where_text_is_expected_is_refused_and_the_flow_stays_open(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Staff")
    # A voice note is welcome here (tests/handlers/test_voice_notes.py); the rest is not.
    for send in (fake.send_photo, fake.send_sticker, fake.send_document):
        bot.human_pause()
        send(alice)
        await bot.pump()
        assert "Photos, stickers and files" in fake.last_bot_message(alice.id).text
    review = await bot.send(alice, "Text after all")
    await bot.press(alice, review, "Send")
    assert _feedback_rows(bot) == [("Staff", "Text after all")]
    assert not [c for c in fake.calls if c.method.lower() == "getfile"]


async def test_text_over_the_limit_is_refused_with_the_limit_and_the_flow_stays_open(
    bot: Harness,
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _write(bot, alice, "x" * 201)
    answer = bot.fake.last_bot_message(alice.id)
    assert "That is 201 characters. The most you can send is 200." in answer.text
    review = await bot.send(alice, "x" * 200)
    await bot.press(alice, review, "Send")
    assert _feedback_rows(bot) == [("Groups", "x" * 200)]


async def test_cancel_drops_the_draft(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _write(bot, alice, "Never mind")
    answer = await bot.send(alice, "/cancel")
    assert "Nothing was saved" in answer.text
    review = bot.fake.bot_messages(alice.id)[-2]
    bot.fake.press_data(alice, review.message_id, "fbc:send")
    await bot.pump()
    assert _feedback_rows(bot) == []


async def test_write_again_replaces_the_draft(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _write(bot, alice, "First try")
    await bot.press(alice, bot.fake.last_bot_message(alice.id), "Write it again")
    review = await bot.send(alice, "Second try")
    await bot.press(alice, review, "Send")
    assert _feedback_rows(bot) == [("Groups", "Second try")]


async def test_feedback_before_joining_asks_her_to_join(bot: Harness) -> None:
    alice = bot.woman("Alice")
    answer = await bot.send(alice, "/share")
    assert "join first" in answer.text


async def test_a_forged_topic_index_changes_nothing(bot: Harness, fake: FakeTelegram) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    fake.press_data(alice, topics.message_id, "fbt:99")
    await bot.pump()
    assert fake.callback_answers and fake.unanswered_callbacks() == []
    await bot.press(alice, topics, "Groups")
    assert "Topic: Groups" in fake.last_bot_message(alice.id).text


async def test_invisible_characters_are_removed_before_storage(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _write(bot, alice, "safe\u200b \u202eword")
    await bot.press(alice, bot.fake.last_bot_message(alice.id), "Send")
    assert _feedback_rows(bot) == [("Groups", "safe word")]


async def test_starting_another_flow_ends_the_open_one_so_text_lands_in_the_right_place(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Groups")
    await bot.send(alice, "/propose")
    answer = await bot.send(alice, "My idea title")
    assert "Now tell us about your idea" in answer.text
    review = await bot.send(alice, "Details")
    await bot.press(alice, review, "Send")
    assert "Please check your feedback" not in "\n".join(bot.texts_in(alice.id))
    assert _feedback_rows(bot) == []
    # The feedback flow is over: /cancel now has nothing to stop.
    assert "nothing to stop" in (await bot.send(alice, "/cancel")).text
