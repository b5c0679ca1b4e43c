"""Unusual but real sequences: flows left half-way, data deleted mid-flow, odd input."""

from __future__ import annotations

import sqlite3

from bot.poll_rules import parse_options
from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.handlers.test_ladder_decisions import _published_idea_with_supporters, _suggestion
from tests.handlers.test_polls import pick_domains
from tests.handlers.test_proposals import propose, publish
from tests.harness import Harness


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


async def test_words_left_unsent_before_forget_can_never_be_sent_after_rejoining(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Groups")
    review = await bot.send(alice, "my secret words")
    confirm = await bot.send(alice, "/forget")
    await bot.press(alice, confirm, "Yes, delete everything")
    await bot.join(alice)
    fake.press_data(alice, review.message_id, "fbc:send")
    await bot.pump()
    assert _rows(bot, "SELECT count(*) FROM feedback") == [(0,)]


async def test_a_staff_reason_typed_after_a_group_button_goes_to_that_decision(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, _, women = await _published_idea_with_supporters(bot, staff, 5)
    topics = await bot.send(women[0], "/share")
    await bot.press(women[0], topics, "Groups")
    await bot.press(women[0], await bot.send(women[0], "Thanks"), "Send")
    suggestion = await _suggestion(bot, fake, staff)
    await bot.send(staff, "/respond 1")
    await bot.press(staff, suggestion, "Move up")
    assert "tell the women involved why" in fake.last_bot_message(staff.id).text
    ask = await bot.send(staff, "Because many women asked for it")
    review = await bot.choose(staff, ask, "Priorities", "Done")
    assert f"everyone involved in idea #{number}" in review.text
    await bot.press(staff, review, "Send")
    assert _rows(bot, "SELECT count(*) FROM feedback_responses") == [(0,)]
    assert _rows(bot, "SELECT level FROM proposals") == [(2,)]


async def test_start_in_the_middle_of_a_flow_ends_it(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "/propose")
    assert "What would you like to do?" in (await bot.send(alice, "/start")).text
    answer = await bot.send(alice, "hello, I just wanted to say thanks")
    assert answer.text == "Would you like to send this as feedback?"
    assert _rows(bot, "SELECT count(*) FROM proposals") == [(0,)]


async def test_many_ideas_are_listed_over_several_messages(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    author = (await bot.participant(alice)).id
    async with bot.runtime.db.transaction() as tx:
        for n in range(60):
            await tx.proposals.add(author, f"{n:02d} " + "x" * 77, "body", bot.runtime.now())
    await bot.send(alice, "/myideas")
    listed = "\n".join(m.text for m in fake.bot_messages(alice.id) if "· Waiting" in m.text)
    assert all(f"#{n} · " in listed for n in range(1, 61))
    assert len(fake.last_bot_message(alice.id).buttons) == 10
    assert fake.count_errors(400) == 0


async def test_declared_limits_are_kept_short_enough_for_the_preview(
    bot: Harness, staff: FakeUser
) -> None:
    await bot.send(staff, "/newpoll")
    await bot.send(staff, "q" * 250)
    await bot.send(staff, "\n".join(f"{n} " + "o" * 57 for n in range(10)))
    await bot.send(staff, "3d")
    audience = await bot.send(staff, "30%")
    kinds = await bot.press(staff, audience, "All active women")
    await bot.press(staff, kinds, "Shared decision")
    answer = await bot.send(staff, "l" * 1001)
    assert "The most you can send is 1000." in answer.text
    link = await bot.send(staff, "l" * 1000)
    asked = await bot.press(staff, link, "It doesn't decide a particular idea")
    preview = await pick_domains(bot, staff, asked, ("Language",))
    assert "Preview" in preview.text


def test_poll_options_are_cleaned_before_they_are_compared() -> None:
    assert parse_options("Yes\nYes\u200b") is None
    assert parse_options("\u202eoN\nYes") == ["oN", "Yes"]


async def test_staff_are_told_plainly_when_the_author_chose_no_messages(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    screen = await bot.send(alice, "/settings")
    await bot.press(alice, screen, "Nothing")
    number = await propose(bot, alice, "Quiet idea", "Body")
    await publish(bot, staff, number)
    assert "chose to get no messages" in fake.last_bot_message(staff.id).text
