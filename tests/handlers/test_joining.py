"""Joining with informed consent; nothing stored before she agrees."""

from __future__ import annotations

import sqlite3

from bot.sandbox.loopback import FakeTelegram
from tests.harness import Harness


def _rows(bot: Harness, table: str) -> int:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


async def test_start_shows_consent_and_stores_nothing(bot: Harness) -> None:
    alice = bot.woman("Alice")
    screen = await bot.send(alice, "/start")
    assert "not watched all the time" in screen.text
    assert "999" in screen.text
    assert screen.buttons == ["I agree", "Not now", "العربية", "Polski"]
    assert _rows(bot, "participants") == 0


async def test_not_now_stores_nothing_and_says_so(bot: Harness) -> None:
    alice = bot.woman("Alice")
    screen = await bot.send(alice, "/start")
    answer = await bot.press(alice, screen, "Not now")
    assert "We have kept nothing about you" in answer.text
    assert _rows(bot, "participants") == 0


async def test_agree_gives_a_pseudonym_and_the_menu(bot: Harness) -> None:
    alice = bot.woman("Alice")
    screen = await bot.send(alice, "/start")
    menu = await bot.press(alice, screen, "I agree")
    participant = await bot.participant(alice)
    assert participant is not None
    assert participant.pseudonym.startswith("P-")
    # One message: she has joined, her made-up name, and the menu (in place of the question).
    assert menu.message_id == screen.message_id
    assert participant.pseudonym in menu.text
    assert "Give feedback" in menu.buttons


async def test_agreeing_twice_keeps_one_membership(bot: Harness) -> None:
    alice = bot.woman("Alice")
    screen = await bot.send(alice, "/start")
    await bot.press(alice, screen, "I agree")
    first = await bot.participant(alice)
    bot.fake.press_data(alice, screen.message_id, "consent:yes")
    await bot.pump()
    await bot.send(alice, "/start")
    assert (await bot.participant(alice)).pseudonym == first.pseudonym
    assert _rows(bot, "participants") == 1


async def test_every_button_press_is_answered(bot: Harness, fake: FakeTelegram) -> None:
    alice = bot.woman("Alice")
    screen = await bot.send(alice, "/start")
    await bot.press(alice, screen, "I agree")
    assert fake.unanswered_callbacks() == []


async def test_unknown_commands_and_stray_text_get_the_help(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.send(alice, "/nonsense")
    assert "didn't understand" in bot.texts_in(alice.id)[-1]
    assert "/share" in bot.texts_in(alice.id)[-1]
    await bot.send(alice, "hello?")
    assert bot.texts_in(alice.id)[-1] == "Would you like to send this as feedback?"


async def test_a_photo_outside_any_flow_gets_the_help_and_is_not_fetched(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    fake.send_photo(alice)
    await bot.pump()
    assert "/share" in bot.texts_in(alice.id)[-1]
    assert not [call for call in fake.calls if call.method.lower() == "getfile"]


async def test_command_menus_are_set_for_women_and_staff(bot: Harness, fake: FakeTelegram) -> None:
    assert "share" in fake.commands("all_private_chats")
    assert "feedback" not in fake.commands("all_private_chats")
