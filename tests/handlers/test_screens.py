"""Screens reached by a button replace the message on screen, so the chat stays short."""

from __future__ import annotations

from bot.sandbox.loopback import FakeMessage, FakeTelegram
from tests.harness import Harness

BACK = "Back to the menu"


async def test_menu_screens_edit_the_message_on_screen_and_come_back(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    menu = fake.last_bot_message(alice.id)
    assert "What would you like to do?" in menu.text  # joined and menu: one message
    count = len(fake.messages(alice.id))
    for button, shows in (
        ("Settings", "Settings"),
        ("Privacy and my data", "P-"),
        ("See ideas", "no published ideas"),
        ("Vote", "no polls for you"),
        ("Thanks for your time", ""),
    ):
        shown: FakeMessage = await bot.press(alice, menu, button)
        assert shown.message_id == menu.message_id, button
        assert shows in shown.text, (button, shown.text)
        assert BACK in shown.buttons, button
        again = await bot.press(alice, shown, BACK)
        assert again.message_id == menu.message_id and "What would you like" in again.text
    # Ten presses, and not one message more in her chat.
    assert len(fake.messages(alice.id)) == count


async def test_a_flow_started_from_the_menu_asks_in_the_same_message(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    menu = fake.last_bot_message(alice.id)
    topics = await bot.press(alice, menu, "Give feedback")
    assert topics.message_id == menu.message_id
    assert "What is your feedback about?" in topics.text
    menu = await bot.send(alice, "/menu")
    title = await bot.press(alice, menu, "Suggest an idea")
    assert title.message_id == menu.message_id and "title" in title.text


async def test_a_command_still_brings_its_screen_as_a_new_message(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    menu = fake.last_bot_message(alice.id)
    settings = await bot.send(alice, "/settings")
    assert settings.message_id != menu.message_id and "Settings" in settings.text
    # The menu is still there, above it.
    assert menu.message_id in [m.message_id for m in fake.messages(alice.id)]


async def test_an_edit_answers_true_and_the_chat_shows_the_new_text(
    bot: Harness, fake: FakeTelegram
) -> None:
    """Nothing reads back a message the bot edited, so it is not parsed again: the edit
    answers True (as the Bot API does for an inline message). A sent message still comes
    back as a message, for quick exit to note."""
    alice = bot.woman("Alice")
    await bot.join(alice)
    menu = fake.last_bot_message(alice.id)
    sent = await bot.app.bot.send_message(alice.id, "A note")
    assert sent.message_id == fake.last_bot_message(alice.id).message_id
    edited = await bot.app.bot.edit_message_text(
        "The <b>new</b> words", chat_id=alice.id, message_id=menu.message_id, parse_mode="HTML"
    )
    assert edited is True
    assert fake.bot_messages(alice.id)[-2].text == "The new words"
