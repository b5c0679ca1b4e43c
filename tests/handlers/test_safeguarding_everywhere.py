"""Risk words are caught in ideas and vote reasons too, and what she wrote is still saved."""

from __future__ import annotations

import sqlite3

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.handlers.test_polls import card, create_poll
from tests.harness import SAFEGUARDING_CHAT_ID, Harness


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


async def test_a_risk_word_in_an_idea_brings_helplines_and_an_alert(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    pseudonym = await bot.join(alice)
    await bot.send(alice, "/propose")
    await bot.send(alice, "A safe room")
    review = await bot.send(alice, "Somewhere to go when he hits me")
    assert "0808 2000 247" in fake.bot_messages(alice.id)[-2].text
    await bot.press(alice, review, "Send")
    alert = await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="Safeguarding alert")
    assert pseudonym in alert.text and "while suggesting an idea" in alert.text
    assert _rows(bot, "SELECT body FROM proposals") == [("Somewhere to go when he hits me",)]


async def test_a_risk_word_in_a_vote_reason_brings_helplines_and_an_alert(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    for woman in (alice, bot.woman("Bea"), bot.woman("Cara")):
        await bot.join(woman)
    number = await create_poll(bot, staff)
    message = await card(fake, alice, number)
    await bot.press(alice, message, "Tuesday evening")
    await bot.press(alice, message, "Add a reason (if you want)")
    await bot.send(alice, "Saturdays he is home and he hurts me")
    alert = await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="Safeguarding alert")
    assert "while giving a reason for a vote" in alert.text
    assert any("0808 2000 247" in m.text for m in fake.bot_messages(alice.id))
    assert _rows(bot, "SELECT reason FROM votes") == [("Saturdays he is home and he hurts me",)]
