"""The power-sharing record: a sealed staff preference, women choosing differently, and what
the service then did, heard by every woman who voted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.export import export_tables
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.handlers.test_polls import DAY, _women, card, create_poll, due
from tests.harness import (
    STAFF_CHAT_ID,
    STAFF_ID,
    Harness,
    make_settings,
    start_harness,
    stop_harness,
)


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


async def _seal(bot: Harness, staff: FakeUser, number: int, option: str) -> str:
    ask = await bot.send(staff, f"/prefer {number}")
    assert "sealed" in ask.text.lower()
    return (await bot.press(staff, ask, option)).text


async def _report(bot: Harness, staff: FakeUser, fake: FakeTelegram) -> list[FakeMessage]:
    before = len(fake.bot_messages(staff.id))
    await bot.send(staff, "/report")
    return fake.bot_messages(staff.id)[before:]


async def _vote_and_close(
    bot: Harness, fake: FakeTelegram, number: int, choices: list[tuple[FakeUser, str]]
) -> None:
    for woman, option in choices:
        await bot.press(woman, await card(fake, woman, number), option)
    bot.clock.advance(3 * DAY + 1)
    await due(bot)


async def test_women_choosing_differently_is_recorded_and_following_them_reaches_every_voter(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    ada, bea, cat = await _women(bot, 3)
    number = await create_poll(bot, staff)
    assert "Sealed for poll" in await _seal(bot, staff, number, "Saturday morning")
    # Women never see the sealed preference before closing.
    for woman in (ada, bea, cat):
        assert all("prefer" not in m.text for m in fake.bot_messages(woman.id))
    await _vote_and_close(
        bot,
        fake,
        number,
        [(ada, "Tuesday evening"), (bea, "Tuesday evening"), (cat, "Tuesday evening")],
    )
    assert _rows(bot, "SELECT staff_choice, women_choice, verdict FROM power_records") == [
        (2, 1, "differed")
    ]
    ask = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Women chose differently")
    assert "the service preferred Saturday morning" in ask.text
    await bot.press(staff, ask, "Follow women's choice")
    review = await bot.send(staff, "The group starts on Tuesdays from May.")
    assert "The service will do what you chose." in review.text
    done = await bot.press(staff, review, "Send")
    assert f"Recorded for poll #{number}" in done.text
    for woman in (ada, bea, cat):
        news = await fake.wait_for_bot_message(woman.id, contains="will do what you chose")
        assert news.text.splitlines()[0] == "New message"
        assert "The group starts on Tuesdays from May." in news.text
    assert _rows(bot, "SELECT followed, limit_code, decided_by FROM power_records") == [
        ("followed", None, "Sam")
    ]
    report = "\n".join(m.text or "" for m in await _report(bot, staff, fake))
    assert "polls with a sealed staff preference: 1" in report
    assert "Women chose differently: 1 · the service followed them: 1 · did not: 0" in report
    # Pressing again changes nothing.
    fake.press(staff, ask, "Not follow (a limit applies)")
    await bot.pump()
    assert _rows(bot, "SELECT followed FROM power_records") == [("followed",)]


async def test_not_following_women_names_the_limit_and_explains_it_to_those_who_voted(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    ada, bea, cat = await _women(bot, 3)
    number = await create_poll(bot, staff)
    await _seal(bot, staff, number, "Tuesday evening")
    await _vote_and_close(
        bot, fake, number, [(ada, "Saturday morning"), (bea, "Saturday morning")]
    )
    ask = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Women chose differently")
    await bot.press(staff, ask, "Not follow (a limit applies)")
    limit = fake.last_bot_message(staff.id)
    await bot.press(staff, limit, "the rules of the people who fund us")
    review = await bot.send(staff, "Our grant pays for weekday sessions only.")
    await bot.press(staff, review, "Send")
    for woman in (ada, bea):
        news = await fake.wait_for_bot_message(woman.id, contains="the service can't do that")
        assert "because of the rules of the people who fund us" in news.text
        assert "weekday sessions only" in news.text
    # She did not vote, so she is not told.
    assert all("the service can't do that" not in m.text for m in fake.bot_messages(cat.id))
    assert _rows(bot, "SELECT verdict, followed, limit_code FROM power_records") == [
        ("differed", "not_followed", "funder")
    ]
    report = "\n".join(m.text or "" for m in await _report(bot, staff, fake))
    assert "the service followed them: 0 · did not: 1 · not yet recorded: 0" in report
    tables = {t.name: t for t in await export_tables(bot.runtime.db, bot.runtime.settings.zone)}
    assert [row[:6] for row in tables["power_records"].rows] == [
        (str(number), "Tuesday evening", "Saturday morning", "differed", "not_followed", "funder")
    ]
    assert "not followed because of the rules of the people who fund us: 1" in report


async def test_women_agreeing_with_the_service_needs_no_follow_up(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    ada, bea, _ = await _women(bot, 3)
    number = await create_poll(bot, staff)
    await _seal(bot, staff, number, "Tuesday evening")
    await _vote_and_close(bot, fake, number, [(ada, "Tuesday evening"), (bea, "Tuesday evening")])
    note = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="the service preferred too")
    assert note.buttons == []
    assert _rows(bot, "SELECT verdict, followed FROM power_records") == [("agreed", None)]


async def test_no_preference_can_be_sealed_once_a_poll_has_closed(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    ada, bea, _ = await _women(bot, 3)
    number = await create_poll(bot, staff)
    ask = await bot.send(staff, f"/prefer {number}")
    await _vote_and_close(bot, fake, number, [(ada, "Tuesday evening"), (bea, "Tuesday evening")])
    answer = await bot.press(staff, ask, "Saturday morning")
    assert "is not open" in answer.text
    assert _rows(bot, "SELECT count(*) FROM power_records") == [(0,)]
    woman_try = await bot.send(ada, f"/prefer {number}")
    assert "didn't understand" in woman_try.text


async def test_a_tie_lets_staff_decide_with_a_reason_every_woman_who_could_vote_hears(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    ada, bea, cat = await _women(bot, 3)
    number = await create_poll(bot, staff)
    await _vote_and_close(bot, fake, number, [(ada, "Tuesday evening"), (bea, "Saturday morning")])
    ask = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="No decision")
    assert ask.buttons == ["Run it again", "Decide, with a reason"]
    await bot.press(staff, ask, "Decide, with a reason")
    options = fake.last_bot_message(staff.id)
    await bot.press(staff, options, "Saturday morning")
    review = await bot.send(staff, "Saturdays suit the crèche.")
    assert "the service has decided: Saturday morning" in review.text
    done = await bot.press(staff, review, "Send")
    assert f"Recorded for poll #{number}" in done.text
    for woman in (ada, bea, cat):
        news = await fake.wait_for_bot_message(woman.id, contains="So the service has decided")
        assert news.text.splitlines()[0] == "New message"
        assert "Saturdays suit the crèche." in news.text
    assert _rows(bot, "SELECT step, option, reason FROM poll_next_steps") == [
        ("decided", 2, "Saturdays suit the crèche.")
    ]
    # The other button now changes nothing.
    query = fake.press(staff, ask, "Run it again")
    await bot.pump()
    assert "already" in (fake.callback_answers[query] or {}).get("text", "")
    assert _rows(bot, "SELECT count(*) FROM polls") == [(1,)]


async def test_without_a_staff_chat_each_staff_member_is_asked_what_next_in_private(
    tmp_path: Path,
) -> None:
    fake = FakeTelegram()
    harness = await start_harness(make_settings(tmp_path, staff_chat_id=None), fake)
    try:
        staff = fake.started_user(STAFF_ID, "Sam")
        ada, bea, cat = await _women(harness, 3)
        number = await create_poll(harness, staff)
        await _vote_and_close(
            harness, fake, number, [(ada, "Tuesday evening"), (bea, "Saturday morning")]
        )
        heading = f"Result of poll #{number}"
        for woman in (ada, bea, cat):
            result = await fake.wait_for_bot_message(woman.id, contains=heading)
            assert "Staff will explain what happens next" in result.text
        # The promise holds: the question reaches staff, in private.
        ask = await fake.wait_for_bot_message(staff.id, contains="No decision")
        assert ask.buttons == ["Run it again", "Decide, with a reason"]
        await harness.press(staff, ask, "Decide, with a reason")
        await harness.press(staff, fake.last_bot_message(staff.id), "Saturday morning")
        review = await harness.send(staff, "Saturdays suit the crèche.")
        await harness.press(staff, review, "Send")
        for woman in (ada, bea, cat):
            news = await fake.wait_for_bot_message(woman.id, contains="So the service has decided")
            assert "Saturdays suit the crèche." in news.text
    finally:
        await stop_harness(harness)


async def test_an_advisory_tie_promises_women_no_next_step_that_never_comes(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    ada, bea, cat = await _women(bot, 3)
    number = await create_poll(bot, staff, kind="Advisory")
    await _vote_and_close(bot, fake, number, [(ada, "Tuesday evening"), (bea, "Saturday morning")])
    for woman in (ada, bea, cat):
        result = await fake.wait_for_bot_message(woman.id, contains=f"Result of poll #{number}")
        assert "It was a tie" in result.text
        assert "Staff will think about all the answers when they decide." in result.text
        assert "Staff will explain what happens next" not in result.text
    # Staff get no next-step buttons for an advisory poll, so women are told of none.
    assert all("No decision" not in m.text for m in fake.bot_messages(STAFF_CHAT_ID))
    assert _rows(bot, "SELECT count(*) FROM poll_next_steps") == [(0,)]


async def test_a_missed_quorum_can_run_again_and_women_receive_the_new_poll(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    ada, bea, cat = await _women(bot, 3)
    number = await create_poll(bot, staff, quorum="3")
    await _vote_and_close(bot, fake, number, [(ada, "Tuesday evening")])
    ask = await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="No decision")
    await bot.press(staff, ask, "Run it again")
    again = number + 1
    edited = next(m for m in fake.bot_messages(STAFF_CHAT_ID) if m.message_id == ask.message_id)
    assert f"runs again as poll #{again}" in edited.text
    for woman in (ada, bea, cat):
        await card(fake, woman, again)
    assert _rows(bot, "SELECT poll_id, step, new_poll_id FROM poll_next_steps") == [
        (number, "again", again)
    ]
    assert _rows(bot, f"SELECT question, kind, quorum_value FROM polls WHERE id = {again}") == [
        ("When should the new group meet?", "shared", 3.0)
    ]
