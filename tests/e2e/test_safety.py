"""End to end: quick exit, invites and safeguarding against the real process, with clean logs."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from bot.sandbox.loopback import DEFAULT_TOKEN, FakeTelegram, FakeUser
from tests.e2e.process import BotProcess, running_bot
from tests.harness import SAFEGUARDING_CHAT_ID, STAFF_CHAT_ID, STAFF_ID


async def _join_then_wait(
    bot: BotProcess, fake: FakeTelegram, woman: FakeUser, seconds: int
) -> list[int]:
    """She joins; then Telegram's clock moves on `seconds`. Returns the ids from before."""
    consent = await bot.send(woman, "/start", expect="not watched all the time")
    await bot.press(woman, consent, "I agree", expect="Your made-up name is")
    await fake.wait_for_bot_message(woman.id, contains="What would you like")
    old = [message.message_id for message in fake.all_messages(woman.id)]
    fake.advance(seconds)
    return old


async def test_quick_exit_clears_what_telegram_allows_and_keeps_what_she_sent(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    alice = fake.user(7654321, first_name="Alice")
    async with running_bot(fake, tmp_path) as bot:
        old = await _join_then_wait(bot, fake, alice, 49 * 3600)  # all too old to delete now
        menu = await bot.send(alice, "/menu", expect="What would you like")
        topics = await bot.press(alice, menu, "Give feedback", expect="What is your feedback")
        await bot.press(alice, topics, "Groups", expect="Please write your feedback")
        review = await bot.send(alice, "Tea and biscuits at every group", expect="Send it?")
        await bot.press(alice, review, "Send", expect="Thank you")
        menu = await bot.send(alice, "/menu", expect="What would you like")
        await bot.press(alice, menu, "Leave quickly", expect="Only you can remove older messages")

        visible = fake.messages(alice.id)
        assert [m.message_id for m in visible[:-1]] == old
        # It never says the chat is clear: older messages stay, and she is told how to go on.
        assert visible[-1].text.startswith("OK. Only you can remove older messages here.")
        assert visible[-1].from_bot
        assert all(
            m.deleted
            for m in fake.all_messages(alice.id)
            if old[-1] < m.message_id < visible[-1].message_id
        )
        assert fake.unanswered_callbacks() == []
    with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
        assert conn.execute("SELECT body FROM feedback").fetchall() == [
            ("Tea and biscuits at every group",)
        ]
    assert fake.count_errors(429) == 0


async def test_at_debug_level_the_logs_hold_no_token_text_or_telegram_ids(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    alice = fake.user(7654321, first_name="Alice", username="alice_real")
    fake.add_member(SAFEGUARDING_CHAT_ID, staff)
    async with running_bot(fake, tmp_path, LOG_LEVEL="DEBUG", ENROLMENT="invite") as bot:
        refused = await bot.send(alice, "/start", expect="You need an invitation link")
        assert not refused.buttons
        links = await bot.send(staff, "/invite", expect="Invitation links")
        (code,) = re.findall(r"start=([A-Za-z0-9_-]+)", links.text)
        consent = await bot.send(alice, f"/start {code}", expect="not watched all the time")
        await bot.press(alice, consent, "I agree", expect="Your made-up name is")
        menu = await fake.wait_for_bot_message(alice.id, contains="What would you like")
        topics = await bot.press(alice, menu, "Give feedback", expect="What is your feedback")
        await bot.press(alice, topics, "Groups", expect="Please write your feedback")
        await bot.send(alice, "Quiet words: he hits me at night", expect="0808 2000 247")
        review = await fake.wait_for_bot_message(alice.id, contains="Send it?")
        await bot.press(alice, review, "Send", expect="Thank you")
        alert = await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="hits me")
        await bot.press(staff, alert, "Seen", expect="Seen by Sam")
        await bot.send(alice, "a stray note with my secret plan", expect="send this as feedback?")
        await bot.send(alice, "/exit", expect="OK.")
        assert [m.text for m in fake.messages(alice.id)] == ["OK."]

    logs = bot.logs()
    assert "quick exit" in logs and "safeguarding alert" in logs
    for secret in (DEFAULT_TOKEN, DEFAULT_TOKEN.split(":")[1], code):
        assert secret not in logs
    for words in ("hits me at night", "Quiet words", "secret plan", "alice_real", "Alice"):
        assert words not in logs
    for raw_id in (alice.id, STAFF_ID, SAFEGUARDING_CHAT_ID, STAFF_CHAT_ID):
        assert str(raw_id) not in logs and str(abs(raw_id)) not in logs


async def test_the_chat_tidies_itself_once_messages_are_24_hours_old(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    alice = fake.user(7654321, first_name="Alice")
    async with running_bot(fake, tmp_path) as bot:
        old = await _join_then_wait(bot, fake, alice, 24 * 3600 + 60)  # a day later
        await bot.send(alice, "/menu", expect="What would you like")

        def tidied() -> bool:
            return all(m.deleted for m in fake.all_messages(alice.id) if m.message_id in old)

        # The bot's periodic tick deletes the day-old messages, hers and its own.
        await fake.wait_for(tidied, 30)
        assert [m.text for m in fake.messages(alice.id)] == ["/menu", "What would you like to do?"]
        await bot.send(alice, "/exit", expect="OK.")
        assert [m.text for m in fake.messages(alice.id)] == ["OK."]
    assert fake.count_errors(400) == 0
