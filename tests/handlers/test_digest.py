"""The digest through the real Application: asked for, scheduled, and sent once across restarts."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.app import DUE_WORK
from bot.config import Settings
from bot.digest import SETTLE_SECONDS
from bot.sandbox.loopback import FakeTelegram, FakeUser
from bot.schedule import run_due_work
from tests.harness import STAFF_CHAT_ID, Harness, make_settings, start_harness, stop_harness

DAY = 86400


def hours_ago(hours: int) -> str:
    """A send time well clear of now, so a test never straddles the daily send moment."""
    moment = datetime.now(ZoneInfo("Europe/London")) - timedelta(hours=hours)
    return moment.strftime("%H:%M")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, digest_frequency="daily", digest_time=hours_ago(6))


async def _give_feedback(bot: Harness, woman: FakeUser, text: str) -> str:
    pseudonym = await bot.join(woman)
    topics = await bot.send(woman, "/share")
    await bot.press(woman, topics, "Groups")
    review = await bot.send(woman, text)
    await bot.press(woman, review, "Send")
    return pseudonym


async def _tick(bot: Harness) -> None:
    """What the periodic tick does now, then the outbox sends what it queued."""
    await run_due_work(bot.runtime, DUE_WORK, bot.runtime.now())
    await bot.pump()


def _digests(fake: FakeTelegram) -> list[str]:
    return [m.text or "" for m in fake.bot_messages(STAFF_CHAT_ID) if "Digest ·" in (m.text or "")]


def _stored_digests(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM digests").fetchone()[0])


async def test_staff_ask_for_the_digest_and_see_new_feedback_by_pseudonym(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.fake.user(5551, first_name="Alice", username="alice_real")
    pseudonym = await _give_feedback(bot, alice, "Evening <b>groups</b> & more")
    await bot.send(staff, "/digest")
    digest = fake.bot_messages(staff.id)[-1].text or ""
    assert digest.startswith("Digest ·")
    assert "New feedback (1)\nGroups (1)" in digest
    assert pseudonym in digest and "Evening <b>groups</b> & more" in digest
    assert "Alice" not in digest and "alice_real" not in digest and "5551" not in digest
    # Asking records nothing: the scheduled digest is unaffected.
    assert _stored_digests(bot.runtime.db.path) == 0


async def test_the_digest_command_from_a_woman_looks_like_an_unknown_command(
    bot: Harness,
) -> None:
    alice = bot.woman("Alice")
    await _give_feedback(bot, alice, "secret words")
    unknown = await bot.send(alice, "/nonsense")
    for command in ("/digest", "/report", "/export"):
        answer = await bot.send(alice, command)
        assert answer.text == unknown.text
    assert all(
        m.document_bytes is None and m.photo_bytes is None for m in bot.fake.bot_messages(alice.id)
    )


async def test_the_scheduled_digest_reaches_the_staff_chat_once_a_day(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await _tick(bot)
    await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Digest ·")
    await _tick(bot)
    bot.clock.advance(60)
    await _tick(bot)
    assert len(_digests(fake)) == 1

    pseudonym = await _give_feedback(bot, bot.woman("Alice"), "Please open earlier")
    bot.clock.advance(DAY)
    await _tick(bot)
    await _tick(bot)
    second = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Please open earlier")
    assert pseudonym in (second.text or "")
    assert second.protect_content  # it quotes her words: staff cannot forward or save it
    assert len(_digests(fake)) == 2
    assert _stored_digests(bot.runtime.db.path) == 2


async def test_a_digest_queued_just_before_a_restart_is_delivered_once_after_it(
    settings: Settings, fake: FakeTelegram
) -> None:
    first = await start_harness(settings, fake)
    await _give_feedback(first, first.woman("Alice"), "Before the restart")
    first.clock.advance(SETTLE_SECONDS)  # the digest covers up to a minute ago
    # Queued but not sent, as if the process died right after the digest was committed.
    await run_due_work(first.runtime, DUE_WORK, first.runtime.now())
    assert _digests(fake) == []
    offset = first.clock.offset
    await stop_harness(first)

    second = await start_harness(settings, fake)
    second.clock.offset = offset
    try:
        await second.pump()
        await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Before the restart")
        await _tick(second)
        second.clock.advance(3600)
        await _tick(second)
        await second.runtime.outbox.drain(second.app.bot)
    finally:
        await stop_harness(second)
    assert len(_digests(fake)) == 1
    assert _stored_digests(settings.database_path) == 1


async def test_days_the_bot_was_down_arrive_as_one_catch_up_digest(
    settings: Settings, fake: FakeTelegram
) -> None:
    first = await start_harness(settings, fake)
    await _tick(first)
    await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Digest ·")
    await _give_feedback(first, first.woman("Alice"), "Said while the bot was down")
    offset = first.clock.offset
    await stop_harness(first)

    second = await start_harness(settings, fake)
    second.clock.offset = offset
    second.clock.advance(3 * DAY)
    try:
        await _tick(second)
        await _tick(second)
        catch_up = await fake.wait_for_bot_message(
            STAFF_CHAT_ID, contains="Said while the bot was down"
        )
    finally:
        await stop_harness(second)
    assert "This digest stands for 3 scheduled digests" in (catch_up.text or "")
    assert len(_digests(fake)) == 2


async def test_no_digest_is_scheduled_when_digests_are_off(
    tmp_path: Path, fake: FakeTelegram
) -> None:
    harness = await start_harness(make_settings(tmp_path, digest_frequency="off"), fake)
    try:
        await _tick(harness)
        harness.clock.advance(8 * DAY)
        await _tick(harness)
        await harness.runtime.outbox.drain(harness.app.bot)
    finally:
        await stop_harness(harness)
    assert _digests(fake) == []


async def test_a_long_digest_arrives_as_several_valid_messages_with_every_item_whole(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    now = bot.runtime.now()
    # Six items of 1,400 characters: three messages, a burst Telegram accepts in a private chat.
    bodies = [f"Item {n}: " + "<b>&</b> </a> " * 100 + f"end of item {n}" for n in range(6)]
    async with bot.runtime.db.transaction() as tx:
        woman = await tx.participants.add(5555, "P-LONG", "en", now - 3600)
        for body in bodies:
            await tx.feedback.add(woman.id, "Groups", body, now - 60)
    await bot.send(staff, "/digest")
    texts = [m.text or "" for m in fake.bot_messages(staff.id)]
    assert len(texts) == 3 and texts[0].startswith("Digest ·")
    assert all(len(text) <= 4096 for text in texts)
    for body in bodies:
        assert sum(body in text for text in texts) == 1
    assert fake.count_errors(400) == 0


async def test_the_digest_counts_safeguarding_alerts_and_never_shows_their_words(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await _give_feedback(bot, bot.woman("Alice"), "At night he hits me")
    bot.clock.advance(SETTLE_SECONDS)  # the digest covers up to a minute ago
    await _tick(bot)
    digest = "\n".join(_digests(fake))
    assert "Safeguarding alerts: 1 (1 open, 0 contacted, 0 closed)." in digest
    # Her feedback is listed as feedback; nothing of the alert itself (who, words, where).
    assert "while writing feedback" not in digest and "Safeguarding alert\n" not in digest


async def test_feedback_sent_in_the_minute_before_a_digest_is_in_the_next_one(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await _give_feedback(bot, bot.woman("Alice"), "Just before nine")
    await _tick(bot)
    assert not any("Just before nine" in digest for digest in _digests(fake))
    bot.clock.advance(DAY)
    await _tick(bot)
    assert sum("Just before nine" in digest for digest in _digests(fake)) == 1


async def test_a_new_installs_first_digest_covers_only_the_time_since_it_started(
    bot: Harness, fake: FakeTelegram
) -> None:
    async with bot.runtime.db.read() as tx:
        started = await tx.digests.service_started()
    assert abs(started - bot.runtime.now()) < 60  # this test's database is brand new
    await _tick(bot)
    digest = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Digest ·")
    since = bot.runtime.texts.when(started, bot.runtime.settings.zone, "short_weekday")
    assert f"Digest · {since} to " in (digest.text or "")
