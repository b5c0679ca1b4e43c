"""Polls as women and staff use them: create, vote, change, remind, close, announce."""

from __future__ import annotations

import sqlite3

from bot.app import DUE_WORK
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from bot.schedule import run_due_work
from tests.handlers.test_proposals import propose, publish
from tests.harness import STAFF_CHAT_ID, Harness

DAY = 86400


async def create_poll(
    bot: Harness,
    staff: FakeUser,
    *,
    question: str = "When should the new group meet?",
    options: str = "Tuesday evening\nSaturday morning",
    closes: str = "3d",
    quorum: str = "2",
    proposal: int | None = None,
    kind: str = "Shared decision",
    limits: str | None = "It must fit the building's opening hours.",
    link: int | None = None,
    domains: tuple[str, ...] = ("Priorities",),
) -> int:
    await bot.send(staff, "/newpoll")
    await bot.send(staff, question)
    await bot.send(staff, options)
    await bot.send(staff, closes)
    audience = await bot.send(staff, quorum)
    if proposal is None:
        await bot.press(staff, audience, "All active women")
    else:
        await bot.press(staff, audience, "The women involved in one idea")
        await bot.send(staff, str(proposal))
    kinds = bot.fake.last_bot_message(staff.id)
    ask_limits = await bot.press(staff, kinds, kind)
    step = await (
        bot.send(staff, limits) if limits else bot.press(staff, ask_limits, "No limits to declare")
    )
    if proposal is None:
        step = await (
            bot.send(staff, str(link))
            if link
            else bot.press(staff, step, "It doesn't decide a particular idea")
        )
    step = await pick_domains(bot, staff, step, domains)
    assert "Preview" in step.text
    sent = await bot.press(staff, step, "Open the poll")
    return int(sent.text.split("Poll #")[1].split(" ")[0])


async def pick_domains(
    bot: Harness, staff: FakeUser, asked: FakeMessage, domains: tuple[str, ...]
) -> FakeMessage:
    """Toggle each domain on the "what does this decide about?" step, then press Done."""
    assert "What does this decide about?" in asked.text
    for name in domains:
        asked = await bot.press(staff, asked, name)
    return await bot.press(staff, asked, "Done")


async def card(fake: FakeTelegram, woman: FakeUser, number: int) -> FakeMessage:
    return await fake.wait_for_bot_message(woman.id, contains=f"Poll #{number}:")


async def due(bot: Harness) -> None:
    """What the periodic tick would do now, and the messages it queued."""
    await run_due_work(bot.runtime, DUE_WORK, bot.runtime.now())
    await bot.pump()


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


async def _women(bot: Harness, count: int) -> list[FakeUser]:
    women = [bot.woman(f"W{n}") for n in range(count)]
    for woman in women:
        await bot.join(woman)
    return women


async def test_every_eligible_woman_receives_the_poll_with_its_kind_limits_and_deadline(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    women = await _women(bot, 3)
    number = await create_poll(bot, staff)
    assert "open to 3 women" in fake.last_bot_message(staff.id).text
    for woman in women:
        message = await card(fake, woman, number)
        assert "shared decision" in message.text
        assert "It must fit the building's opening hours." in message.text
        assert "Closes:" in message.text
        assert message.buttons == ["Tuesday evening", "Saturday morning"]
    await fake.wait_for_bot_message(STAFF_CHAT_ID, contains=f"Poll #{number} “When")


async def test_one_vote_each_changeable_and_the_card_shows_her_choice(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, *_ = await _women(bot, 3)
    number = await create_poll(bot, staff)
    message = await card(fake, alice, number)
    await bot.press(alice, message, "Tuesday evening")
    assert "Your vote: Tuesday evening" in message.text
    assert message.buttons[0] == "✓ Tuesday evening"
    await bot.press(alice, message, "Saturday morning")
    assert "Your vote: Saturday morning" in message.text
    fake.press_data(alice, message.message_id, f"vote:{number}:2")  # the same vote again
    await bot.pump()
    assert _rows(bot, "SELECT position FROM votes") == [(2,)]


async def test_results_stay_hidden_while_open_and_staff_see_turnout_only(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, bea, _ = await _women(bot, 3)
    number = await create_poll(bot, staff)
    await bot.press(alice, await card(fake, alice, number), "Tuesday evening")
    listing = await bot.send(staff, "/polls")
    assert "turnout 1 of 3 (quorum 2)" in listing.text
    assert "Tuesday evening" not in listing.text
    for message in fake.bot_messages(bea.id) + fake.bot_messages(STAFF_CHAT_ID):
        assert "Tuesday evening: " not in message.text


async def test_the_reminder_reaches_only_women_who_have_not_voted_and_only_once(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, bea, cara = await _women(bot, 3)
    number = await create_poll(bot, staff, closes="3d")
    await bot.press(alice, await card(fake, alice, number), "Tuesday evening")
    await bot.press(bea, await card(fake, bea, number), "Saturday morning")
    await due(bot)
    assert _rows(bot, "SELECT reminded_at FROM polls") == [(None,)]
    bot.clock.advance(2 * DAY + 60)
    await due(bot)
    await due(bot)
    reminder = await fake.wait_for_bot_message(cara.id, contains="closes soon")
    assert reminder.buttons == ["Tuesday evening", "Saturday morning"]
    await bot.pump()
    for woman in (alice, bea):
        assert all("closes soon" not in m.text for m in fake.bot_messages(woman.id))
    reminders = [m for m in fake.bot_messages(cara.id) if "closes soon" in m.text]
    assert len(reminders) == 1


async def test_the_poll_closes_on_schedule_and_everyone_hears_the_result(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, bea, cara = await _women(bot, 3)
    number = await create_poll(bot, staff, closes="3d")
    await bot.press(alice, await card(fake, alice, number), "Tuesday evening")
    await bot.press(bea, await card(fake, bea, number), "Tuesday evening")
    await bot.press(cara, await card(fake, cara, number), "Saturday morning")
    bot.clock.advance(3 * DAY + 1)
    await due(bot)
    for woman in (alice, bea, cara):
        result = await fake.wait_for_bot_message(woman.id, contains=f"Result of poll #{number}")
        assert "Tuesday evening: 2" in result.text and "Saturday morning: 1" in result.text
        assert "Voted: 3 of 3." in result.text
        assert "Decision: Tuesday evening" in result.text
    staff_result = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Result of poll")
    assert "Decision: Tuesday evening" in staff_result.text
    message = await card(fake, alice, number)
    fake.press_data(alice, message.message_id, f"vote:{number}:2")
    await bot.pump()
    assert fake.callback_answers[list(fake.callback_answers)[-1]]["text"].startswith(
        "This poll has closed"
    )
    assert _rows(bot, "SELECT label, votes FROM poll_options ORDER BY position") == [
        ("Tuesday evening", 2),
        ("Saturday morning", 1),
    ]


async def test_a_poll_that_fails_quorum_says_so_plainly(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, *_ = await _women(bot, 3)
    number = await create_poll(bot, staff, quorum="100%", closes="1d")
    await bot.press(alice, await card(fake, alice, number), "Tuesday evening")
    bot.clock.advance(DAY + 1)
    await due(bot)
    result = await fake.wait_for_bot_message(alice.id, contains="Result of poll")
    assert "Not enough people voted" in result.text and "The number needed was 3." in result.text
    assert "Decision:" not in result.text
    assert _rows(bot, "SELECT quorum_met, winner FROM polls") == [(0, 1)]


async def test_staff_close_a_poll_early_and_closing_twice_does_nothing(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, bea, _ = await _women(bot, 3)
    number = await create_poll(bot, staff)
    await bot.press(alice, await card(fake, alice, number), "Saturday morning")
    answer = await bot.send(staff, f"/closepoll {number}")
    assert "is closed" in answer.text
    assert "is not open" in (await bot.send(staff, f"/closepoll {number}")).text
    await due(bot)
    await fake.wait_for_bot_message(bea.id, contains="Result of poll")
    await bot.pump()
    results = [m for m in fake.bot_messages(bea.id) if "Result of poll" in m.text]
    assert len(results) == 1


async def test_presses_by_women_who_cannot_vote_or_with_forged_data_change_nothing(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, *_ = await _women(bot, 3)
    number = await create_poll(bot, staff)
    latecomer = bot.woman("Late")
    await bot.join(latecomer)
    menu = fake.last_bot_message(latecomer.id)
    for data in (f"vote:{number}:1", f"vote:{number}:9", "vote:999:1", f"vrs:{number}"):
        fake.press_data(latecomer, menu.message_id, data)
        await bot.pump()
    message = await card(fake, alice, number)
    fake.press_data(alice, message.message_id, f"vote:{number}:7")
    await bot.pump()
    assert _rows(bot, "SELECT count(*) FROM votes") == [(0,)]


async def test_an_optional_reason_is_kept_with_her_vote(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, *_ = await _women(bot, 3)
    number = await create_poll(bot, staff)
    message = await card(fake, alice, number)
    await bot.press(alice, message, "Tuesday evening")
    ask = await bot.press(alice, message, "Add a reason (if you want)")
    assert "Why did you choose this?" in ask.text
    saved = await bot.send(alice, "I work on Saturdays.")
    assert "reason is saved" in saved.text
    assert _rows(bot, "SELECT reason FROM votes") == [("I work on Saturdays.",)]
    mydata = await bot.send(alice, "/mydata")
    assert "Tuesday evening" in mydata.text and "I work on Saturdays." in mydata.text


async def test_women_who_chose_no_news_still_find_the_poll_with_vote(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, *_ = await _women(bot, 3)
    screen = await bot.send(alice, "/settings")
    await bot.press(alice, screen, "Nothing")
    number = await create_poll(bot, staff)
    await bot.pump()
    assert all(f"Poll #{number}:" not in m.text for m in fake.bot_messages(alice.id))
    listed = await bot.send(alice, "/vote")
    assert f"Poll #{number}:" in listed.text
    await bot.press(alice, listed, "Saturday morning")
    assert _rows(bot, "SELECT position FROM votes") == [(2,)]


async def test_staff_answers_are_checked_step_by_step(bot: Harness, staff: FakeUser) -> None:
    await bot.send(staff, "/newpoll")
    await bot.send(staff, "Question?")
    assert "between 2 and 10" in (await bot.send(staff, "Only one")).text
    assert "When does it close" in (await bot.send(staff, "A\nB")).text
    assert "couldn't read that" in (await bot.send(staff, "whenever")).text
    assert "quorum" in (await bot.send(staff, "2d")).text
    assert "whole number" in (await bot.send(staff, "lots")).text
    assert "Who can vote?" in (await bot.send(staff, "25%")).text
    assert "Stopped" in (await bot.send(staff, "/cancel")).text
    assert _rows(bot, "SELECT count(*) FROM polls") == [(0,)]


async def test_a_poll_for_one_idea_goes_to_its_women_and_its_result_feeds_the_ladder(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    author, *helpers = await _women(bot, 4)
    outsider = bot.woman("Outsider")
    await bot.join(outsider)
    number = await propose(bot, author, "Peer support group", "Run by women")
    await publish(bot, staff, number)
    for woman in helpers:
        listing = await bot.send(woman, "/ideas")
        detail = await bot.press(woman, listing, listing.buttons[0])
        await bot.press(woman, detail, "I'd like to help design this")
    async with bot.runtime.db.transaction() as tx:  # staff moved it to co-design earlier
        await tx.proposals.set_level(number, 2)
    poll = await create_poll(bot, staff, proposal=number, quorum="50%")
    assert "open to 4 women" in fake.last_bot_message(staff.id).text
    for woman in (author, *helpers[:2]):
        await bot.press(woman, await card(fake, woman, poll), "Tuesday evening")
    await bot.pump()
    assert all(f"Poll #{poll}:" not in m.text for m in fake.bot_messages(outsider.id))
    bot.clock.advance(3 * DAY + 1)
    await due(bot)
    suggestion = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="co-production")
    assert "3 volunteers" in suggestion.text and f"poll #{poll} decided: Tuesday evening" in (
        suggestion.text
    )


async def test_a_staff_decision_left_half_way_does_not_swallow_a_new_poll(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    (alice, *_) = await _women(bot, 3)
    number = await propose(bot, alice, "Idea", "Body")
    await publish(bot, staff, number)
    await bot.send(staff, f"/proposal {number}")
    await bot.press(staff, fake.last_bot_message(staff.id), "Close: adopted")
    assert "what happens now" in fake.last_bot_message(staff.id).text
    poll = await create_poll(bot, staff)
    assert _rows(bot, "SELECT question FROM polls") == [("When should the new group meet?",)]
    assert _rows(bot, "SELECT outcome FROM proposals") == [("open",)]
    assert poll == 1


async def _to_domains(
    bot: Harness,
    staff: FakeUser,
    question: str,
    options: str,
    quorum: str,
    kind: str = "Shared decision",
) -> FakeMessage:
    """/newpoll for all women, no limits, no idea: up to the "what does it decide about?" step."""
    await bot.send(staff, "/newpoll")
    await bot.send(staff, question)
    await bot.send(staff, options)
    await bot.send(staff, "3d")
    kinds = await bot.press(staff, await bot.send(staff, quorum), "All active women")
    limits = await bot.press(staff, kinds, kind)
    link = await bot.press(staff, limits, "No limits to declare")
    return await bot.press(staff, link, "It doesn't decide a particular idea")


async def test_a_poll_so_small_that_counts_would_reveal_votes_is_not_opened(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await _women(bot, 2)
    asked = await _to_domains(bot, staff, "Question?", "A\nB", "1", "Advisory")
    preview = await pick_domains(bot, staff, asked, ("Design",))
    answer = await bot.press(staff, preview, "Open the poll")
    assert "Fewer than 3 women could vote" in answer.text
    assert _rows(bot, "SELECT count(*) FROM polls") == [(0,)]


async def test_a_poll_records_what_it_decides_about_and_staff_see_it(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await _women(bot, 3)
    asked = await _to_domains(bot, staff, "Which leaflet wording?", "Short\nLong", "2")
    assert "Chosen: none yet" in asked.text
    # Done with nothing chosen, and a forged name that is no domain: both change nothing.
    assert "Preview" not in (await bot.press(staff, asked, "Done")).text
    assert list(fake.callback_answers.values())[-1] == {
        "text": "Choose at least one.",
        "show_alert": True,
    }
    fake.press_data(staff, asked.message_id, "npd:budget")
    await bot.pump()
    assert list(fake.callback_answers.values())[-1] == {
        "text": "This button is no longer active.",
        "show_alert": True,
    }
    asked = await bot.press(staff, asked, "Language")
    asked = await bot.press(staff, asked, "Delivery")
    asked = await bot.press(staff, asked, "Accessibility")
    asked = await bot.press(staff, asked, "✓ Delivery")  # pressed again: not chosen any more
    assert "Chosen: Language, Accessibility" in asked.text
    assert "✓ Language" in asked.buttons and "Delivery" in asked.buttons
    preview = await bot.press(staff, asked, "Done")
    assert "Decides about: Language, Accessibility" in preview.text
    await bot.press(staff, preview, "Open the poll")
    assert _rows(bot, "SELECT domain FROM poll_domains ORDER BY rowid") == [
        ("language",),
        ("accessibility",),
    ]
    listed = await bot.send(staff, "/polls")
    assert "#1 · Which leaflet wording? · Language, Accessibility · open until" in listed.text
