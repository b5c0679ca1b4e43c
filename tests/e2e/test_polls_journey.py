"""End to end: shared decisions across a restart, and a poll to hundreds of women."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from pathlib import Path

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.e2e.process import BotProcess, running_bot
from tests.e2e.seed import seed_co_design_idea, seed_women
from tests.harness import STAFF_CHAT_ID


async def _new_poll(
    bot: BotProcess, staff: FakeUser, *, closes: str, quorum: str, idea: int | None
) -> int:
    await bot.send(staff, "/newpoll", expect="What is the question?")
    await bot.send(staff, "When should the group meet?", expect="Send the options")
    await bot.send(staff, "Tuesday evening\nSaturday morning", expect="When does it close?")
    await bot.send(staff, closes, expect="What is the quorum?")
    audience = await bot.send(staff, quorum, expect="Who can vote?")
    if idea is None:
        kinds = await bot.press(staff, audience, "All active women", expect="What kind")
    else:
        await bot.press(staff, audience, "The women involved in one idea", expect="Which idea?")
        kinds = await bot.send(staff, str(idea), expect="What kind")
    limits = await bot.press(staff, kinds, "Shared decision", expect="Name any limits")
    if idea is None:
        link = await bot.press(staff, limits, "No limits to declare", expect="particular idea")
        asked = await bot.press(
            staff, link, "It doesn't decide a particular idea", expect="decide about?"
        )
    else:
        asked = await bot.press(staff, limits, "No limits to declare", expect="decide about?")
    chosen = await bot.press(staff, asked, "Priorities", expect="Chosen: Priorities")
    preview = await bot.press(staff, chosen, "Done", expect="Preview")
    sent = await bot.press(staff, preview, "Open the poll", expect="is open to")
    return int(sent.text.split("Poll #")[1].split(" ")[0])


async def test_a_shared_decision_closes_on_schedule_across_a_restart_and_feeds_the_ladder(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    ids = [7001, 7002, 7003, 7004, 7005]
    participants = await seed_women(database, ids, int(time.time()))
    idea = await seed_co_design_idea(
        database, participants[0], participants[1:4], int(time.time())
    )
    women = [fake.user(user_id, first_name=f"W{user_id}") for user_id in ids]
    author, ann, bea, cara, dee = women
    async with running_bot(fake, tmp_path) as bot:
        for woman in women:
            await bot.send(woman, "/start", expect="What would you like to do?")
        decided = await _new_poll(bot, staff, closes="30s", quorum="3", idea=idea)
        failing = await _new_poll(bot, staff, closes="30s", quorum="100%", idea=None)

        cards = {
            woman.id: await fake.wait_for_bot_message(woman.id, contains=f"Poll #{decided}:")
            for woman in (author, ann, bea, cara)
        }
        await bot.press(author, cards[author.id], "Tuesday evening", expect="Your vote:")
        await bot.press(ann, cards[ann.id], "Saturday morning", expect="Your vote:")
        await bot.press(ann, cards[ann.id], "Tuesday evening", expect="Your vote: Tuesday")
        await bot.press(bea, cards[bea.id], "Tuesday evening", expect="Your vote:")
        other = await fake.wait_for_bot_message(dee.id, contains=f"Poll #{failing}:")
        await bot.press(dee, other, "Saturday morning", expect="Your vote:")

        reminder = await fake.wait_for_bot_message(cara.id, contains="closes soon", timeout=30)
        assert f"poll #{decided}" in reminder.text
        await bot.stop()
        await bot.start()

        for woman in (author, ann, bea, cara):
            result = await fake.wait_for_bot_message(
                woman.id, contains=f"Result of poll #{decided}", timeout=40
            )
            assert "Tuesday evening: 3" in result.text and "Saturday morning: 0" in result.text
            assert "Decision: Tuesday evening" in result.text
        suggestion = await fake.wait_for_bot_message(
            STAFF_CHAT_ID, contains="could move up to co-production", timeout=20
        )
        assert f"Idea #{idea}" in suggestion.text
        failed = await fake.wait_for_bot_message(
            dee.id, contains=f"Result of poll #{failing}", timeout=20
        )
        assert "Not enough people voted" in failed.text
        # The staff group is paced at Telegram's 20 a minute: both results arrive in turn.
        await fake.wait_for(
            lambda: sum("Result of poll" in m.text for m in fake.bot_messages(STAFF_CHAT_ID)) == 2,
            timeout=30,
        )

    for woman in (author, ann, bea, dee):
        reminders = [m for m in fake.bot_messages(woman.id) if f"#{decided} closes soon" in m.text]
        assert reminders == []
    staff_results = [m for m in fake.bot_messages(STAFF_CHAT_ID) if "Result of poll" in m.text]
    assert len(staff_results) == 2
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM votes").fetchone()[0] == 4
    assert fake.count_errors(429) == 0


async def test_a_poll_to_hundreds_of_women_arrives_once_each_across_a_restart(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    ids = list(range(100_000, 100_300))
    await seed_women(tmp_path / "bot.sqlite3", ids, int(time.time()))
    for user_id in ids:
        fake.started_user(user_id)

    def delivered() -> Counter[int]:
        return Counter(
            user_id
            for user_id in ids
            for message in fake.bot_messages(user_id)
            if "Poll #1:" in message.text
        )

    # Below the default 25 a second: the server counts Telegram's 30 a second by when each
    # request arrives, and on a busy test machine a stalled moment can bunch a few together.
    # The broadcast benchmark measures the default rate on a quiet machine.
    async with running_bot(fake, tmp_path, OUTBOX_MESSAGES_PER_SECOND="20") as bot:
        await _new_poll(bot, staff, closes="3d", quorum="10%", idea=None)
        await fake.wait_for(lambda: len(delivered()) >= 100, timeout=60)
        await bot.stop()
        halfway = len(delivered())
        assert halfway < len(ids)
        await bot.start()
        await fake.wait_for(lambda: len(delivered()) == len(ids), timeout=90)

    counts = delivered()
    assert set(counts) == set(ids)
    assert max(counts.values()) == 1
    assert fake.count_errors(429) == 0
