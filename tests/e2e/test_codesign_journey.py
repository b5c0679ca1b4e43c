"""End to end: a staff plan is shaped by the women who volunteered, then decided with them,
and the service follows them where they chose differently from its sealed preference; at
co-production women take roles, and on the review date they say whether it worked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.e2e.process import BotProcess, running_bot
from tests.e2e.test_polls_journey import _new_poll
from tests.harness import STAFF_CHAT_ID


def _bring_forward(path: Path, column: str) -> None:
    """Time passes: the review's date (or its end) is now, as if the days had gone by. The
    running bot's own clock is the wall clock; its next tick finds the review due."""
    with sqlite3.connect(path) as conn:
        conn.execute(f"UPDATE item_reviews SET {column} = CAST(strftime('%s', 'now') AS INTEGER)")


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

        # Co-production: the plan moves through its stages and the volunteers take roles.
        item = await bot.send(staff, f"/proposal {number}", expect="History")
        await bot.press(staff, item, "Move up to co-production", expect="tell the women")
        ask = await bot.send(staff, "We decide the rest together.", expect="decide about?")
        await bot.press(staff, ask, "Delivery", expect="Chosen: Delivery")
        review = await bot.press(staff, ask, "Done", expect="Send it?")
        await bot.press(staff, review, "Send", expect="is updated")
        stages = await bot.send(staff, f"/stages {number}", expect="not started yet")
        await bot.press(staff, stages, "Move on to: Plan", expect="▶ Plan")
        listing = await bot.send(ada, "/ideas", expect="Ideas")
        detail = await bot.press(ada, listing, listing.buttons[0], expect="Stage:")
        roles = await bot.press(ada, detail, "Roles you can take", expect="Your roles")
        await bot.press(ada, roles, "Take: Reviewer (Plan)", expect="roles:\nReviewer (Plan)")
        stages = await bot.send(staff, f"/stages {number}", expect="Reviewer: P-")
        assert "V0" not in stages.text

        # The review: on its date the women involved are asked "did it work?".
        await bot.send(staff, f"/review {number}", expect="worked?")
        await bot.send(staff, "30d", expect="will be asked")
        _bring_forward(bot.database_path, "review_at")
        for woman, answer in zip(women, ("Yes", "Yes", "Partly"), strict=True):
            asked = await fake.wait_for_bot_message(woman.id, contains="Did it work?", timeout=30)
            assert asked.text.splitlines()[0] == "New message"
            await bot.press(woman, asked, answer, expect=f"Your answer: {answer}")
        _bring_forward(bot.database_path, "closes_at")
        done = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="is done", timeout=30)
        assert "Asked: 3. Yes: 2. Partly: 1. No: 0." in done.text

    with sqlite3.connect(tmp_path / "bot.sqlite3") as conn:
        assert conn.execute("SELECT verdict, followed FROM power_records").fetchall() == [
            ("differed", "followed")
        ]
        assert conn.execute("SELECT outcome FROM draft_comments").fetchall() == [("taken",)]
        assert conn.execute("SELECT origin, level FROM proposals").fetchall() == [("plan", 3)]
        assert conn.execute("SELECT stage, role FROM item_roles").fetchall() == [
            ("plan", "reviewer")
        ]
        assert conn.execute(
            "SELECT evidence FROM proposal_history WHERE event = 'reviewed'"
        ).fetchall() == [("asked 3: yes 2, partly 1, no 0; comments 0",)]
    assert fake.count_errors(429) == 0
