"""End to end: a proposal climbs the ladder and another is closed with a funder limit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.e2e.process import BotProcess, running_bot
from tests.harness import STAFF_CHAT_ID


async def _join(bot: BotProcess, woman: FakeUser) -> None:
    consent = await bot.send(woman, "/start", expect="not watched all the time")
    await bot.press(woman, consent, "I agree", expect="Your made-up name is")


async def _propose(bot: BotProcess, woman: FakeUser, title: str) -> int:
    await bot.send(woman, "/propose", expect="short title")
    await bot.send(woman, title, expect="Now tell us about your idea")
    review = await bot.send(woman, f"{title}: details", expect="Send it?")
    thanks = await bot.press(woman, review, "Send", expect="(number #")
    return int(thanks.text.split("(number #")[1].split(")")[0])


async def _publish(bot: BotProcess, staff: FakeUser, number: int) -> None:
    item = await bot.send(staff, "/pending", expect=f"Idea #{number}")
    await bot.press(staff, item, "Publish", expect=f"Idea #{number} is published")


async def _open_idea(bot: BotProcess, woman: FakeUser, title: str):  # type: ignore[no-untyped-def]
    listing = await bot.send(woman, "/ideas", expect="Ideas")
    button = next(b for b in listing.buttons if title in b)
    return await bot.press(woman, listing, button, expect="Stage:")


async def _decide(bot: BotProcess, staff: FakeUser, reason: str) -> None:
    ask = await bot.send(staff, reason, expect="What does this decide about?")
    await bot.press(staff, ask, "Priorities", expect="Chosen: Priorities")
    review = await bot.press(staff, ask, "Done", expect="Send it?")
    assert "Decides about: Priorities" in review.text
    await bot.press(staff, review, "Send", expect="is updated")


async def test_a_proposal_climbs_to_co_design_and_another_is_not_possible(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    author = fake.user(5000, first_name="Ada")
    women = [fake.user(5001 + n, first_name=f"W{n}") for n in range(5)]
    async with running_bot(fake, tmp_path) as bot:
        for woman in [author, *women]:
            await _join(bot, woman)
        first = await _propose(bot, author, "Peer support group")
        second = await _propose(bot, author, "Open on Sundays")
        await _publish(bot, staff, first)
        await _publish(bot, staff, second)

        for woman in women:
            detail = await _open_idea(bot, woman, "Peer support group")
            await bot.press(woman, detail, "Support this idea", expect="Supporting:")
        helper = women[0]
        detail = await _open_idea(bot, helper, "Peer support group")
        await bot.press(
            helper, detail, "I'd like to help design this", expect="Helping to shape it: 1"
        )
        for woman in women[:2]:
            detail = await _open_idea(bot, woman, "Open on Sundays")
            await bot.press(woman, detail, "Support this idea", expect="Supporting:")

        suggestion = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Ladder suggestion")
        assert f"Idea #{first}" in suggestion.text and "5 supporters" in suggestion.text
        fake.advance(2)
        fake.press(staff, suggestion, "Move up")
        await fake.wait_for_bot_message(staff.id, contains="tell the women involved why")
        await _decide(bot, staff, "You asked for it; let's design it together.")
        for woman in [author, *women]:
            news = await fake.wait_for_bot_message(
                woman.id, contains="moved up to Shaping it together", timeout=30
            )
            assert "let's design it together" in news.text

        detail_message = await bot.send(staff, f"/proposal {second}", expect="History")
        limits = await bot.press(
            staff, detail_message, "Close: not possible", expect="which limit"
        )
        funders = "the rules of the people who fund us"
        await bot.press(staff, limits, funders, expect="Explain in plain")
        await _decide(bot, staff, "Our funding does not cover weekend staffing.")
        for woman in [author, women[0], women[1]]:
            news = await fake.wait_for_bot_message(woman.id, contains="can't go ahead", timeout=30)
            assert "the rules of the people who fund us" in news.text
            assert "does not cover weekend staffing" in news.text
        for woman in women[2:]:
            assert all("can't go ahead" not in m.text for m in fake.bot_messages(woman.id))

    suggestions = [m for m in fake.bot_messages(STAFF_CHAT_ID) if "Ladder suggestion" in m.text]
    assert len(suggestions) == 1
    with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
        rows = conn.execute("SELECT id, level, outcome, limit_code FROM proposals ORDER BY id")
        assert rows.fetchall() == [(first, 2, "open", None), (second, 1, "not_possible", "funder")]
    assert fake.count_errors(429) == 0
