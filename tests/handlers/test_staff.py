"""Staff read feedback and reply; the author hears back; others are told nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import Harness, make_settings, start_harness, stop_harness


async def _give_feedback(bot: Harness, woman: FakeUser, text: str) -> None:
    await bot.join(woman)
    topics = await bot.send(woman, "/share")
    await bot.press(woman, topics, "Groups")
    review = await bot.send(woman, text)
    await bot.press(woman, review, "Send")


async def test_staff_see_feedback_by_topic_with_pseudonyms_never_names(
    bot: Harness, staff: FakeUser
) -> None:
    alice = bot.fake.user(5551, first_name="Alice", username="alice_real")
    await _give_feedback(bot, alice, "<b>hi</b> & co")
    pseudonym = (await bot.participant(alice)).pseudonym
    listing = await bot.send(staff, "/feedback")
    assert "Groups (1)" in listing.text
    assert pseudonym in listing.text
    assert "<b>hi</b> & co" in listing.text  # shown literally, not as bold
    assert "Alice" not in listing.text and "alice_real" not in listing.text
    assert "5551" not in listing.text


async def test_staff_reply_reaches_the_author_as_you_said_we_did(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await _give_feedback(bot, alice, "More evening sessions please")
    await bot.send(staff, "/respond 1")
    review = await bot.send(staff, "We are adding a Thursday evening group from May.")
    sent = await bot.press(staff, review, "Send")
    assert "marked as answered" in sent.text
    news = await fake.wait_for_bot_message(alice.id, contains="You said, we did")
    assert "More evening sessions please" in news.text
    assert "Thursday evening group" in news.text
    assert news.protect_content
    listing = await bot.send(staff, "/feedback")
    assert "answered" in listing.text and "awaiting reply" not in listing.text


async def test_respond_to_a_missing_number_says_so(bot: Harness, staff: FakeUser) -> None:
    assert "no feedback #42" in (await bot.send(staff, "/respond 42")).text
    assert "Send /respond followed by" in (await bot.send(staff, "/respond")).text


async def test_staff_commands_from_a_woman_look_like_unknown_commands(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await _give_feedback(bot, alice, "secret words")
    unknown = await bot.send(alice, "/nonsense")
    for command in ("/feedback", "/respond 1"):
        answer = await bot.send(alice, command)
        assert answer.text == unknown.text
        assert "secret words" not in answer.text


async def test_a_reply_to_feedback_deleted_meanwhile_is_not_sent(
    bot: Harness, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    await _give_feedback(bot, alice, "Short lived")
    await bot.send(staff, "/respond 1")
    review = await bot.send(staff, "Thanks")
    confirm = await bot.send(alice, "/forget")
    await bot.press(alice, confirm, "Yes, delete everything")
    answer = await bot.press(staff, review, "Send")
    assert "no longer exists" in answer.text
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0


async def test_women_who_chose_no_messages_get_no_reply_notice(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await _give_feedback(bot, alice, "Quiet please")
    settings_message = await bot.send(alice, "/settings")
    await bot.press(alice, settings_message, "Nothing")
    await bot.send(staff, "/respond 1")
    review = await bot.send(staff, "Noted")
    await bot.press(staff, review, "Send")
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM feedback_responses").fetchone()[0] == 1


async def test_a_long_reply_to_long_feedback_still_reaches_her_in_one_message(
    tmp_path: Path, fake: FakeTelegram, staff: FakeUser
) -> None:
    bot = await start_harness(make_settings(tmp_path, max_text_length=3000), fake)
    try:
        alice = bot.woman("Alice")
        await _give_feedback(bot, alice, "word " * 599 + "end")
        await bot.send(staff, "/respond 1")
        review = await bot.send(staff, "reply " * 499 + "done")
        await bot.press(staff, review, "Send")
        news = await fake.wait_for_bot_message(alice.id, contains="You said, we did")
        assert news.text.endswith("done") and "…" in news.text
    finally:
        await stop_harness(bot)
