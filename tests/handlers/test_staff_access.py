"""Every staff command and button, from anyone else, is refused and reveals nothing."""

from __future__ import annotations

import sqlite3

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import STAFF_CHAT_ID, Harness

STAFF_COMMANDS = ("/feedback", "/respond 1", "/respond", "/invite", "/invite 3")
STAFF_BUTTONS = ("rsp:send", "rsp:cancel", "sgs:1")


def _counts(bot: Harness) -> tuple[int, ...]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return tuple(
            int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("feedback_responses", "invite_codes", "outbox")
        ) + tuple(
            conn.execute(
                "SELECT count(*) FROM safeguarding_alerts WHERE seen_at IS NOT NULL"
            ).fetchone()
        )


async def test_staff_commands_from_a_woman_get_the_unknown_answer_and_change_nothing(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Groups")
    await bot.press(alice, await bot.send(alice, "secret words"), "Send")
    unknown = await bot.send(alice, "/nonsense")
    before = _counts(bot)
    for command in STAFF_COMMANDS:
        answer = await bot.send(alice, command)
        assert answer.text == unknown.text, command
        assert "secret words" not in answer.text and "t.me" not in answer.text
    assert _counts(bot) == before


async def test_staff_buttons_pressed_by_a_woman_are_stale_and_change_nothing(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "he hits me")  # an alert exists to be marked
    before = _counts(bot)
    message = fake.last_bot_message(alice.id)
    for data in STAFF_BUTTONS:
        bot.human_pause()
        query_id = fake.press_data(alice, message.message_id, data)
        await bot.pump()
        assert fake.callback_answers[query_id] == {
            "text": "This button is no longer active.",
            "show_alert": True,
        }
    assert _counts(bot) == before


async def test_staff_commands_in_a_group_chat_are_ignored(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    before = len(fake.all_messages(STAFF_CHAT_ID))
    for command in STAFF_COMMANDS:
        fake.send_text(staff, command, chat_id=STAFF_CHAT_ID)
    await bot.pump()
    assert len(fake.all_messages(STAFF_CHAT_ID)) == before + len(STAFF_COMMANDS)
    assert fake.bot_messages(STAFF_CHAT_ID) == []
    assert _counts(bot)[1] == 0
