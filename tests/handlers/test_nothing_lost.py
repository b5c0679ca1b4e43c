"""Nothing typed is lost: text sent outside any flow is offered to be sent as feedback, held
in memory only until she chooses; the help is short, with "More" for the rest."""

from __future__ import annotations

import sqlite3

from bot.sandbox.loopback import FakeTelegram
from tests.harness import Harness

OFFER = "Would you like to send this as feedback?"


def _feedback(bot: Harness) -> list[tuple[str, str]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute("SELECT topic, body FROM feedback").fetchall()


def _stored_anywhere(bot: Harness, words: str) -> bool:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return words in "\n".join(conn.iterdump())


async def test_text_typed_straight_away_can_be_sent_as_feedback_with_a_topic(
    bot: Harness,
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    offer = await bot.send(alice, "The toilets upstairs have no soap")
    assert offer.text == OFFER and offer.buttons == ["Yes, send it", "No"]
    assert not _stored_anywhere(bot, "no soap")  # held in memory only until she chooses
    topics = await bot.press(alice, offer, "Yes, send it")
    assert "What is your feedback about?" in topics.text
    review = await bot.press(alice, topics, "Something else")
    assert "The toilets upstairs have no soap" in review.text and "Send it?" in review.text
    thanks = await bot.press(alice, review, "Send")
    assert "has been sent to the team" in thanks.text
    assert _feedback(bot) == [("Something else", "The toilets upstairs have no soap")]


async def test_no_forgets_it_and_nothing_is_stored(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    offer = await bot.send(alice, "just testing this")
    answer = await bot.press(alice, offer, "No")
    assert answer.text == "OK. It was not sent, and nothing was kept."
    assert bot.runtime.held == {}
    assert not _stored_anywhere(bot, "just testing")
    # The old offer's Yes is now stale: nothing to send.
    bot.fake.press_data(alice, offer.message_id, "held:yes")
    await bot.pump()
    assert _feedback(bot) == []


async def test_someone_not_joined_is_asked_to_join_first_and_then_offered_again(
    bot: Harness, fake: FakeTelegram
) -> None:
    bea = bot.woman("Bea")
    offer = await bot.send(bea, "Hi, I wanted to say the creche is great")
    assert offer.text == OFFER
    consent = await bot.press(bea, offer, "Yes, send it")
    assert "We keep nothing about you until you press" in consent.text
    assert not _stored_anywhere(bot, "creche")
    await bot.press(bea, consent, "I agree")
    again = fake.last_bot_message(bea.id)
    assert again.text == OFFER
    topics = await bot.press(bea, again, "Yes, send it")
    review = await bot.press(bea, topics, "Groups")
    await bot.press(bea, review, "Send")
    assert _feedback(bot) == [("Groups", "Hi, I wanted to say the creche is great")]


async def test_the_help_is_short_with_more_for_the_rest(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    short = await bot.send(alice, "/help")
    commands = [line for line in short.text.splitlines() if line.startswith("/")]
    assert len(commands) == 5 and "/exit – leave quickly" in commands
    assert "999" in short.text  # the helplines are always there
    more = await bot.press(alice, short, "More")
    assert "/mydata" in more.text and "/forget" in more.text and "/myfeedback" in more.text
    unknown = await bot.send(alice, "/nonsense")
    assert "didn't understand" in unknown.text and unknown.buttons == ["More"]


async def test_quick_exit_forgets_what_she_had_not_yet_chosen_to_send(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    offer = await bot.send(alice, "a thought I may not send")
    await bot.send(alice, "/exit")
    assert bot.runtime.held == {}
    bot.fake.press_data(alice, offer.message_id, "held:yes")
    await bot.pump()
    assert _feedback(bot) == []
