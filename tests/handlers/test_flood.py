"""Flood control: a polite word, then silence, for one woman only; risk words still heard."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.config import Settings
from bot.sandbox.loopback import FakeTelegram
from tests.harness import Harness, make_settings

SLOW_DOWN = "You are sending a lot very quickly"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, flood_updates_per_minute=10, flood_submissions_per_10_minutes=2)


async def _burst(bot: Harness, name: str, count: int, text: str = "hello?") -> None:
    woman = bot.woman(name)
    for _ in range(count):
        # One second apart: far faster than anyone types, slow enough for Telegram's limits.
        bot.clock.advance(1)
        bot.fake.send_text(woman, text)
        await bot.pump()


def _answers(bot: Harness, name: str) -> list[str]:
    return bot.texts_in(bot.woman(name).id)


async def test_too_many_messages_get_one_polite_word_then_silence(bot: Harness) -> None:
    await _burst(bot, "Alice", 15)
    answers = _answers(bot, "Alice")
    assert len(answers) == 11
    assert sum(SLOW_DOWN in answer for answer in answers) == 1
    assert SLOW_DOWN in answers[-1]


async def test_other_women_are_not_slowed(bot: Harness) -> None:
    await _burst(bot, "Alice", 12)
    await _burst(bot, "Bea", 3)
    assert len(_answers(bot, "Bea")) == 3
    assert not any(SLOW_DOWN in answer for answer in _answers(bot, "Bea"))


async def test_she_is_heard_again_once_the_minute_has_passed(bot: Harness) -> None:
    await _burst(bot, "Alice", 12)
    bot.clock.advance(60)
    await _burst(bot, "Alice", 1)
    assert _answers(bot, "Alice")[-1] == "Would you like to send this as feedback?"


async def test_dropped_button_presses_are_still_answered(bot: Harness, fake: FakeTelegram) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    menu = fake.last_bot_message(alice.id)
    for _ in range(12):
        bot.clock.advance(1)
        fake.press_data(alice, menu.message_id, "menu:privacy")
        await bot.pump()
    assert fake.unanswered_callbacks() == []


async def test_risk_words_in_a_flood_still_bring_the_helplines(
    bot: Harness, fake: FakeTelegram
) -> None:
    await _burst(bot, "Alice", 12)
    await _burst(bot, "Alice", 1, "he is going to kill me")
    assert "0808 2000 247" in _answers(bot, "Alice")[-1]
    await fake.wait_for_bot_message(-100888, contains="going to kill")


async def test_too_many_submissions_are_held_back_and_nothing_is_lost(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)

    async def give(words: str) -> None:
        # Unhurried (well inside ten updates a minute), so only the submission limit applies.
        bot.clock.advance(20)
        topics = await bot.send(alice, "/share")
        bot.clock.advance(20)
        await bot.press(alice, topics, "Groups")
        bot.clock.advance(20)
        review = await bot.send(alice, words)
        bot.clock.advance(20)
        await bot.press(alice, review, "Send")

    await give("one")
    await give("two")
    await give("three")  # about three minutes after the first
    assert "sent a lot in the last few minutes" in bot.texts_in(alice.id)[-1]
    review = bot.fake.bot_messages(alice.id)[-2]
    assert "three" in review.text
    bot.clock.advance(600)
    await bot.press(alice, review, "Send")
    with sqlite3.connect(bot.runtime.db.path) as conn:
        stored = [row[0] for row in conn.execute("SELECT body FROM feedback ORDER BY id")]
    assert stored == ["one", "two", "three"]


async def test_staff_are_not_limited(bot: Harness, staff: object) -> None:
    for _ in range(12):
        bot.clock.advance(1)
        bot.fake.send_text(staff, "/feedback")  # type: ignore[arg-type]
        await bot.pump()
    assert len(bot.texts_in(900001)) == 12


@pytest.mark.parametrize("command", ["/exit", "/Exit", "/EXIT"])
async def test_leaving_quickly_always_gets_through_however_fast_she_types(
    bot: Harness, fake: FakeTelegram, command: str
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await _burst(bot, "Alice", 12)
    bot.clock.advance(1)
    fake.send_text(alice, command)
    await bot.pump()
    remaining = [message.text for message in fake.messages(alice.id)]
    assert remaining == ["OK."]
