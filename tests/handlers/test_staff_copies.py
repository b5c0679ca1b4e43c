"""After /forget, the staff-chat messages that showed her words are deleted where Telegram
still allows it (48 hours, on the loopback server's clock), and she is told exactly that."""

from __future__ import annotations

import sqlite3

from bot.housekeeping import tidy
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.harness import SAFEGUARDING_CHAT_ID, STAFF_CHAT_ID, Harness

HOUR = 3600
ALL_GONE = "We also deleted the messages in the team's chats that showed your words."
TOO_OLD = "too old for us to delete"


def _copies(bot: Harness) -> int:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return int(conn.execute("SELECT count(*) FROM staff_copies").fetchone()[0])


def _visible(fake: FakeTelegram, chat_id: int, words: str) -> list[FakeMessage]:
    return [m for m in fake.messages(chat_id) if words in (m.text or "")]


async def _forget(bot: Harness, woman: FakeUser) -> FakeMessage:
    ask = await bot.send(woman, "/forget")
    return await bot.press(woman, ask, "Yes, delete everything")


async def _idea(bot: Harness, woman: FakeUser, title: str, body: str) -> None:
    await bot.send(woman, "/propose")
    await bot.send(woman, title)
    await bot.press(woman, await bot.send(woman, body), "Send")


async def _joined_with_feedback_and_idea(bot: Harness) -> FakeUser:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.give_feedback(alice, "The kettle in the kitchen is broken")
    await _idea(bot, alice, "A quiet corner for reading", "Two chairs and a lamp")
    return alice


async def _alice_everywhere(bot: Harness, staff: FakeUser) -> FakeUser:
    """Alice's words reach the safeguarding chat (an alert), the staff chat (a new idea) and a
    staff member's digest."""
    alice = await _joined_with_feedback_and_idea(bot)
    await bot.send(alice, "he kicked me")
    await bot.send(staff, "/digest")
    return alice


async def test_forget_deletes_the_staff_chat_messages_that_showed_her_words(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    bea = bot.woman("Bea")
    await bot.join(bea)
    await _idea(bot, bea, "Bike racks by the door", "For six bikes")
    alice = await _alice_everywhere(bot, staff)
    assert _visible(fake, SAFEGUARDING_CHAT_ID, "kicked me")
    assert _visible(fake, STAFF_CHAT_ID, "A quiet corner for reading")
    assert _visible(fake, staff.id, "The kettle in the kitchen is broken")
    # Bea's notice; Alice's alert and notice; the digest, which quotes them both.
    assert _copies(bot) == 5
    done = await _forget(bot, alice)
    assert ALL_GONE in done.text and TOO_OLD not in done.text
    assert not _visible(fake, SAFEGUARDING_CHAT_ID, "kicked me")
    assert not _visible(fake, STAFF_CHAT_ID, "A quiet corner for reading")
    assert not _visible(fake, staff.id, "The kettle in the kitchen is broken")
    # Another woman's words are hers: they stay.
    assert _visible(fake, STAFF_CHAT_ID, "Bike racks by the door")
    assert _copies(bot) == 2


async def test_copies_past_48_hours_stay_and_she_is_not_told_they_went(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "he kicked me")
    bot.clock.advance(49 * HOUR)
    done = await _forget(bot, alice)
    assert TOO_OLD in done.text and ALL_GONE not in done.text
    assert "We also deleted" not in done.text
    assert _visible(fake, SAFEGUARDING_CHAT_ID, "kicked me")


async def test_copies_forgotten_by_the_hourly_tidy_still_count_as_staying(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "he kicked me")
    bot.clock.advance(49 * HOUR)
    await tidy(bot.runtime)
    assert _copies(bot) == 0  # the ids are no use after 48 hours
    await bot.give_feedback(alice, "The kettle in the kitchen is broken")
    await bot.send(staff, "/digest")
    done = await _forget(bot, alice)
    # The new digest went; the old alert could not.
    assert "We also deleted the newer messages" in done.text and TOO_OLD in done.text
    assert not _visible(fake, staff.id, "The kettle in the kitchen is broken")
    assert _visible(fake, SAFEGUARDING_CHAT_ID, "kicked me")


async def test_a_woman_with_no_words_in_staff_chats_is_told_nothing_about_them(
    bot: Harness,
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    done = await _forget(bot, alice)
    assert ALL_GONE not in done.text and TOO_OLD not in done.text


async def test_answers_to_staff_that_show_her_words_go_too_and_mydata_counts_them(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice = await _joined_with_feedback_and_idea(bot)
    await bot.send(staff, "/respond 1")
    await bot.send(staff, "/cancel")
    await bot.send(staff, "/proposal 1")
    await bot.send(staff, "/feedback")
    await bot.send(staff, "/pending")
    assert len(_visible(fake, staff.id, "The kettle in the kitchen is broken")) == 2
    assert len(_visible(fake, staff.id, "A quiet corner for reading")) == 2
    mine = await bot.send(alice, "/mydata")
    assert "show your words: 5." in mine.text  # 4 answers and the idea notice
    await _forget(bot, alice)
    assert not _visible(fake, staff.id, "The kettle in the kitchen is broken")
    assert not _visible(fake, staff.id, "A quiet corner for reading")
