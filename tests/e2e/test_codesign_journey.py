"""End to end: a staff plan is shaped by the women who volunteered, then decided with them,
and the service follows them where they chose differently from its sealed preference."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.e2e.process import BotProcess, running_bot
from tests.e2e.test_polls_journey import _new_poll
from tests.harness import STAFF_CHAT_ID


async def _join(bot: BotProcess, woman: FakeUser) -> None:
    consent = await bot.send(woman, "/start", expect="not watched all the time")
    await bot.press(woman, consent, "I agree", expect="Your made-up name is")


async def test_a_staff_plan_is_co_designed_then_decided_with_women_and_the_service_follows_them(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    women = [fake.user(6001 + n, first_name=f"V{n}") for n in range(3)]
    ada = women[0]
    async with running_bot(fake, tmp_path) as bot:
        for woman in women:
            await _join(bot, woman)

        # A staff plan at co-design, declaring what women can change and what is decided.
        await bot.send(staff, "/plan", expect="short title")
        await bot.send(staff, "Peer support group", expect="Describe the plan")
        level = await bot.send(staff, "A weekly group run with women.", expect="Where does")
        await bot.press(staff, level, "co-design", expect="still change")
        await bot.send(staff, "When it meets and what it is called.", expect="already decided")
        limits = await bot.send(staff, "It runs in our building.", expect="limits explain")
        about = await bot.press(staff, limits, "our finances", expect="What does this decide")
        await bot.press(staff, about, "Delivery", expect="Chosen: Delivery")
        review = await bot.press(staff, about, "Done", expect="Publish this plan?")
        done = await bot.press(staff, review, "Send", expect="is published")
        number = int(done.text.split("Plan #")[1].split(" ")[0])

        for woman in women:
            listing = await bot.send(woman, "/ideas", expect="Ideas")
            detail = await bot.press(woman, listing, listing.buttons[0], expect="Stage:")
            assert "Already decided (our finances): It runs in our building." in detail.text
            await bot.press(woman, detail, "I'd like to help design this", expect="Helping")

        # Co-design: a draft, a suggestion, a revision that takes it.
        await bot.send(staff, f"/draft {number}", expect="Draft 1 of")
        audience = await bot.send(staff, "Tuesdays, 6 to 8pm, called Circle.", expect="Who gets")
        review = await bot.press(staff, audience, "The volunteers", expect="Send it?")
        await bot.press(staff, review, "Send", expect="is shared")
        draft = await fake.wait_for_bot_message(ada.id, contains="version 1", timeout=30)
        assert draft.text.splitlines()[0] == "New message"
        await bot.press(ada, draft, "Suggest a change", expect="Write the change you want")
        check = await bot.send(ada, "Call it Open Door instead.", expect="Send it?")
        await bot.press(ada, check, "Send", expect="You will hear if they take it")

        await bot.send(staff, f"/draft {number}", expect="Draft 2 of")
        await bot.send(staff, "Tuesdays, 6 to 8pm, called Open Door.", expect="What changed")
        take = await bot.send(staff, "The name.", expect="Call it Open Door instead.")
        audience = await bot.press(staff, take, "Taken", expect="Who gets")
        review = await bot.press(staff, audience, "The volunteers", expect="Send it?")
        await bot.press(staff, review, "Send", expect="is shared")
        taken = await fake.wait_for_bot_message(ada.id, contains="What happened to", timeout=30)
        assert "✓ “Call it Open Door instead.” was taken." in taken.text

        # A shared decision: the service seals its own preference; women choose differently.
        poll = await _new_poll(bot, staff, closes="3d", quorum="2", idea=None)
        prefer = await bot.send(staff, f"/prefer {poll}", expect="sealed")
        await bot.press(staff, prefer, "Saturday morning", expect="Sealed for poll")
        for woman in women:
            card = await fake.wait_for_bot_message(woman.id, contains=f"Poll #{poll}:")
            assert "Saturday morning" in card.buttons and "prefer" not in card.text
            await bot.press(woman, card, "Tuesday evening", expect="Your vote:")
        await bot.send(staff, f"/closepoll {poll}", expect=f"#{poll}")
        ask = await fake.wait_for_bot_message(
            STAFF_CHAT_ID, contains="Women chose differently", timeout=30
        )
        assert "the service preferred Saturday morning" in ask.text
        fake.advance(2)
        fake.press(staff, ask, "Follow women's choice")
        await fake.wait_for_bot_message(staff.id, contains="follows women's choice", timeout=30)
        review = await bot.send(staff, "Tuesday evenings it is, from May.", expect="Send it?")
        await bot.press(staff, review, "Send", expect="Recorded for poll")
        for woman in women:
            news = await fake.wait_for_bot_message(
                woman.id, contains="The service will do what you chose.", timeout=30
            )
            assert "Tuesday evenings it is, from May." in news.text

    with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
        assert conn.execute("SELECT verdict, followed FROM power_records").fetchall() == [
            ("differed", "followed")
        ]
        assert conn.execute("SELECT outcome FROM draft_comments").fetchall() == [("taken",)]
        assert conn.execute("SELECT origin, level FROM proposals").fetchall() == [("plan", 2)]
    assert fake.count_errors(429) == 0
