"""Hygiene: edits change nothing, forwards keep no origin, no previews, quiet notifications."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import Harness, make_settings, start_harness, stop_harness


def _bodies(bot: Harness) -> list[str]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return [row[0] for row in conn.execute("SELECT body FROM feedback ORDER BY id")]


async def _ready_to_write(bot: Harness, woman: FakeUser) -> None:
    await bot.join(woman)
    topics = await bot.send(woman, "/share")
    await bot.press(woman, topics, "Groups")


async def test_editing_a_message_changes_neither_the_draft_nor_the_submitted_item(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await _ready_to_write(bot, alice)
    review = await bot.send(alice, "What I meant")
    hers = [m for m in fake.messages(alice.id) if not m.from_bot][-1]
    fake.edit_text(alice, hers, "Something else entirely")
    await bot.pump()
    assert fake.last_bot_message(alice.id) is review
    await bot.press(alice, review, "Send")
    fake.edit_text(alice, hers, "Changed after sending")
    await bot.pump()
    assert _bodies(bot) == ["What I meant"]


async def test_a_forwarded_message_is_stored_without_where_it_came_from(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await _ready_to_write(bot, alice)
    origin = {
        "type": "user",
        "date": fake.now(),
        "sender_user": {"id": 31337, "is_bot": False, "first_name": "Mallory"},
    }
    bot.human_pause()
    fake.send_text(alice, "Passed on from a friend", forward_origin=origin)
    await bot.pump()
    await bot.press(alice, fake.last_bot_message(alice.id), "Send")
    assert _bodies(bot) == ["Passed on from a friend"]
    with sqlite3.connect(bot.runtime.db.path) as conn:
        dump = "\n".join(conn.iterdump())
    assert "Mallory" not in dump and "31337" not in dump


async def test_links_never_get_a_preview(bot: Harness, fake: FakeTelegram) -> None:
    alice = bot.woman("Alice")
    await _ready_to_write(bot, alice)
    review = await bot.send(alice, "See https://example.org/page for what I mean")
    assert review.link_preview_disabled
    assert all(message.link_preview_disabled for message in fake.bot_messages(alice.id))


async def test_text_is_normalised_and_invisible_characters_are_dropped_before_storage(
    bot: Harness,
) -> None:
    alice = bot.woman("Alice")
    await _ready_to_write(bot, alice)
    review = await bot.send(alice, "cafe\u0301\u2028open\u202e late\u200d\x07")
    await bot.press(alice, review, "Send")
    assert _bodies(bot) == ["caf\u00e9\nopen late"]


async def _you_said_we_did(bot: Harness, staff: FakeUser) -> bool:
    alice = bot.woman("Alice")
    await _ready_to_write(bot, alice)
    await bot.press(alice, await bot.send(alice, "My words"), "Send")
    await bot.send(staff, "/respond 1")
    await bot.press(staff, await bot.send(staff, "Our answer"), "Send")
    news = await bot.fake.wait_for_bot_message(alice.id, contains="You said, we did")
    assert news.protect_content  # it quotes her own words
    return news.disable_notification


async def test_notifications_to_women_are_silent_by_default(bot: Harness, staff: FakeUser) -> None:
    assert await _you_said_we_did(bot, staff)


async def test_a_service_can_let_notifications_make_a_sound(tmp_path: Path) -> None:
    fake = FakeTelegram()
    staff = fake.user(900001, first_name="Sam")
    harness = await start_harness(make_settings(tmp_path, silent_notifications=False), fake)
    try:
        assert not await _you_said_we_did(harness, staff)
    finally:
        await stop_harness(harness)


async def test_the_staff_respond_flow_also_ends_on_exit(bot: Harness, staff: FakeUser) -> None:
    alice = bot.woman("Alice")
    await _ready_to_write(bot, alice)
    await bot.press(alice, await bot.send(alice, "Hello team"), "Send")
    await bot.send(staff, "/respond 1")
    await bot.send(staff, "/exit")
    answer = await bot.send(staff, "not a reply any more")
    assert "didn't understand" in answer.text
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM feedback_responses").fetchone()[0] == 0
