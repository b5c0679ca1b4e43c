"""The ladder in use: one suggestion to staff, staff decide, every woman involved hears why."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot import proposals
from bot.ladder import DAY
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.handlers.test_proposals import propose, publish
from tests.harness import STAFF_CHAT_ID, Harness, make_settings, start_harness, stop_harness


async def _published_idea_with_supporters(
    bot: Harness, staff: FakeUser, supporters: int
) -> tuple[int, FakeUser, list[FakeUser]]:
    author = bot.woman("Author")
    await bot.join(author)
    number = await propose(bot, author, "Peer support group", "Run by women who used the service")
    await publish(bot, staff, number)
    women = []
    for n in range(supporters):
        woman = bot.woman(f"Supporter {n}")
        await bot.join(woman)
        listing = await bot.send(woman, "/ideas")
        detail = await bot.press(woman, listing, listing.buttons[0])
        await bot.press(woman, detail, "Support this idea")
        women.append(woman)
    return number, author, women


async def _suggestion(bot: Harness, fake: FakeTelegram, staff: FakeUser) -> FakeMessage:
    fake.add_member(STAFF_CHAT_ID, staff)
    return await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="Ladder suggestion")


def _count(bot: Harness, sql: str) -> int:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return int(conn.execute(sql).fetchone()[0])


async def test_the_fifth_supporter_brings_one_suggestion_and_a_sixth_no_other(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, _, _ = await _published_idea_with_supporters(bot, staff, 4)
    assert _count(bot, "SELECT count(*) FROM ladder_suggestions") == 0
    await _published_more(bot, 2)
    suggestion = await _suggestion(bot, fake, staff)
    assert f"Idea #{number}" in suggestion.text and "co-design" in suggestion.text
    assert "5 supporters of 6 active participants (needed: 5)" in suggestion.text
    assert suggestion.buttons == ["Move up", "Not yet", "Not possible"]
    await bot.pump()
    suggestions = [m for m in fake.bot_messages(STAFF_CHAT_ID) if "Ladder suggestion" in m.text]
    assert len(suggestions) == 1


async def _published_more(bot: Harness, count: int) -> None:
    for n in range(count):
        woman = bot.woman(f"Late {n}")
        await bot.join(woman)
        listing = await bot.send(woman, "/ideas")
        detail = await bot.press(woman, listing, listing.buttons[0])
        await bot.press(woman, detail, "Support this idea")


async def test_moving_up_from_the_suggestion_tells_author_supporters_and_volunteers(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, author, women = await _published_idea_with_supporters(bot, staff, 5)
    helper = women[0]
    detail = await bot.press(
        helper, fake.last_bot_message(helper.id), "I'd like to help design this"
    )
    assert "Helping to shape it: 1" in detail.text
    suggestion = await _suggestion(bot, fake, staff)
    move_data = next(data for data in suggestion.button_data if data.endswith(":move"))
    assert suggestion.protect_content  # the idea's title is a woman's words
    await bot.press(staff, suggestion, "Move up")
    ask = fake.last_bot_message(staff.id)
    assert "tell the women involved why" in ask.text
    ask = await bot.send(staff, "So many of you asked; let's design it together.")
    assert "What does this decide about?" in ask.text
    review = await bot.choose(staff, ask, "Priorities", "Design", "Done")
    assert "moved up to Shaping it together" in review.text
    done = await bot.press(staff, review, "Send")
    assert f"Idea #{number} is updated" in done.text
    for woman in [author, *women]:
        news = await fake.wait_for_bot_message(
            woman.id, contains="moved up to Shaping it together"
        )
        assert "let's design it together" in news.text
    assert _count(bot, "SELECT level FROM proposals") == 2
    history = await bot.send(staff, f"/proposal {number}")
    assert "moved consultation → co-design · by Sam" in history.text
    assert "evidence: 6 supporters" in history.text or "evidence: 5 supporters" in history.text
    # The suggestion in the staff group now says what was decided, when and by whom, and has
    # no buttons left; an old press of the same button changes nothing.
    assert "Decided: moved up to co-design · by Sam · " in suggestion.text
    assert "Peer support group" in suggestion.text and suggestion.buttons == []
    fake.press_data(staff, suggestion.message_id, move_data)
    await bot.pump()
    assert _count(bot, "SELECT count(*) FROM proposal_history WHERE event = 'moved'") == 1


async def _not_yet(bot: Harness, staff: FakeUser, suggestion: FakeMessage, reason: str) -> str:
    await bot.press(staff, suggestion, "Not yet")
    ask = bot.fake.last_bot_message(staff.id)
    assert "Does one of these limits apply?" in ask.text
    ask = await bot.press(staff, ask, "our finances")
    assert "tell the women involved why" in ask.text
    review = await bot.choose(staff, await bot.send(staff, reason), "Priorities", "Done")
    assert "is not moving up to Shaping it together yet, because of our finances" in review.text
    return (await bot.press(staff, review, "Send")).text


async def test_not_yet_asks_why_and_every_woman_involved_hears_it(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, author, women = await _published_idea_with_supporters(bot, staff, 5)
    suggestion = await _suggestion(bot, fake, staff)
    wait_data = next(data for data in suggestion.button_data if data.endswith(":wait"))
    answer = await _not_yet(bot, staff, suggestion, "We can fund it from April.")
    assert f"idea #{number} stays at consultation" in answer
    for woman in [author, *women]:
        news = await fake.wait_for_bot_message(
            woman.id, contains="not moving up to Shaping it together"
        )
        assert "We can fund it from April." in news.text and "our finances" in news.text
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT reason, limit_code, supporters FROM not_yet").fetchall() == [
            ("We can fund it from April.", "finance", 5)
        ]
    # The suggestion in the staff group says what was decided, by whom, and has no buttons;
    # an old press of the same button changes nothing.
    assert "Decided: not yet: it stays at consultation · by Sam · " in suggestion.text
    assert suggestion.buttons == []
    fake.press_data(staff, suggestion.message_id, wait_data)
    await bot.pump()
    assert _count(bot, "SELECT count(*) FROM not_yet") == 1


async def test_not_yet_is_suggested_again_once_support_grows_by_the_margin(
    tmp_path: Path, fake: FakeTelegram, staff: FakeUser
) -> None:
    bot = await start_harness(make_settings(tmp_path, ladder_resuggest_margin=2), fake)
    try:
        await _published_idea_with_supporters(bot, staff, 5)
        suggestion = await _suggestion(bot, fake, staff)
        await _not_yet(bot, staff, suggestion, "Not this term.")
        await _published_more(bot, 1)
        assert _count(bot, "SELECT count(*) FROM ladder_suggestions WHERE decision IS NULL") == 0
        await _published_more_named(bot, "Later", 1)
        assert _count(bot, "SELECT count(*) FROM ladder_suggestions WHERE decision IS NULL") == 1
        again = [m for m in fake.bot_messages(STAFF_CHAT_ID) if "Ladder suggestion" in m.text]
        assert len(again) == 2 and "7 supporters" in again[-1].text
        assert _count(bot, "SELECT count(*) FROM not_yet WHERE resuggested_at IS NULL") == 0
    finally:
        await stop_harness(bot)


async def test_not_yet_is_suggested_again_after_the_set_days(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    await _published_idea_with_supporters(bot, staff, 5)
    suggestion = await _suggestion(bot, fake, staff)
    await _not_yet(bot, staff, suggestion, "Not this term.")
    rt = bot.runtime
    await proposals.resuggest_waiting(rt, rt.now() + 59 * DAY)
    assert _count(bot, "SELECT count(*) FROM ladder_suggestions WHERE decision IS NULL") == 0
    bot.clock.advance(60 * DAY)
    await proposals.resuggest_waiting(rt, rt.now())
    await bot.pump()
    assert _count(bot, "SELECT count(*) FROM ladder_suggestions WHERE decision IS NULL") == 1
    suggestions = [m for m in fake.bot_messages(STAFF_CHAT_ID) if "Ladder suggestion" in m.text]
    assert len(suggestions) == 2


async def test_a_move_without_a_suggestion_stores_the_facts_at_that_moment(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, _, _ = await _published_idea_with_supporters(bot, staff, 2)
    await bot.send(staff, f"/proposal {number}")
    await bot.press(staff, fake.last_bot_message(staff.id), "Move up to co-design")
    ask = await bot.send(staff, "We want to design it with you now.")
    review = await bot.choose(staff, ask, "Design", "Done")
    await bot.press(staff, review, "Send")
    with sqlite3.connect(bot.runtime.db.path) as conn:
        (evidence,) = conn.execute(
            "SELECT evidence FROM proposal_history WHERE event = 'moved'"
        ).fetchone()
    assert evidence == (
        "at that moment: 2 supporters of 3 active participants (needed: 5), 0 volunteers"
    )
    history = await bot.send(staff, f"/proposal {number}")
    assert "evidence: at that moment: 2 supporters" in history.text


async def _published_more_named(bot: Harness, prefix: str, count: int) -> None:
    for n in range(count):
        woman = bot.woman(f"{prefix} {n}")
        await bot.join(woman)
        listing = await bot.send(woman, "/ideas")
        detail = await bot.press(woman, listing, listing.buttons[0])
        await bot.press(woman, detail, "Support this idea")


async def test_not_possible_asks_for_the_limit_and_explains_it_to_everyone(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, author, women = await _published_idea_with_supporters(bot, staff, 2)
    await bot.send(staff, f"/proposal {number}")
    ask = await bot.press(staff, fake.last_bot_message(staff.id), "Close: not possible")
    assert "which limit" in ask.text
    ask = await bot.press(staff, ask, "the rules of the people who fund us")
    ask = await bot.send(staff, "Our grant only covers one-to-one work this year.")
    review = await bot.choose(staff, ask, "Delivery", "Done")
    await bot.press(staff, review, "Send")
    for woman in [author, *women]:
        news = await fake.wait_for_bot_message(woman.id, contains="can't go ahead")
        assert "the rules of the people who fund us" in news.text
        assert "only covers one-to-one work" in news.text
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT outcome, limit_code FROM proposals").fetchall() == [
            ("not_possible", "funder")
        ]


async def test_staff_buttons_pressed_by_a_woman_change_nothing(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    _, _, women = await _published_idea_with_supporters(bot, staff, 5)
    suggestion = await _suggestion(bot, fake, staff)
    intruder = women[0]
    fake.add_member(STAFF_CHAT_ID, intruder)
    for button in ("Move up", "Not yet", "Not possible"):
        fake.press(intruder, suggestion, button)
        await bot.pump()
    assert _count(bot, "SELECT count(*) FROM ladder_suggestions WHERE decision IS NULL") == 1
    assert _count(bot, "SELECT level FROM proposals") == 1
    assert all("tell the women" not in m.text for m in fake.bot_messages(intruder.id))


async def test_women_who_chose_only_their_own_news_do_not_hear_about_supported_ideas(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, author, women = await _published_idea_with_supporters(bot, staff, 2)
    quiet = women[1]
    screen = await bot.send(quiet, "/settings")
    await bot.press(quiet, screen, "Only about my own things")
    await bot.send(staff, f"/proposal {number}")
    await bot.press(staff, fake.last_bot_message(staff.id), "Close: adopted")
    review = await bot.choose(
        staff, await bot.send(staff, "It starts in June."), "Delivery", "Done"
    )
    await bot.press(staff, review, "Send")
    await fake.wait_for_bot_message(author.id, contains="has been adopted")
    await fake.wait_for_bot_message(women[0].id, contains="It starts in June.")
    assert all("It starts in June." not in m.text for m in fake.bot_messages(quiet.id))


async def test_staff_lists_by_level(bot: Harness, staff: FakeUser) -> None:
    number, _, _ = await _published_idea_with_supporters(bot, staff, 1)
    listing = await bot.send(staff, "/proposals 1")
    assert f"#{number} · Peer support group · consultation" in listing.text
    assert "No published ideas" in (await bot.send(staff, "/proposals 2")).text
    assert "/proposals 1, 2 or 3" in (await bot.send(staff, "/proposals 9")).text


async def test_a_staff_member_without_a_private_chat_is_asked_to_open_one_first(
    tmp_path: Path, fake: FakeTelegram, staff: FakeUser
) -> None:
    settings = make_settings(tmp_path, staff_user_ids=frozenset({staff.id, 900002}))
    bot = await start_harness(settings, fake)
    try:
        await _published_idea_with_supporters(bot, staff, 5)
        suggestion = await _suggestion(bot, fake, staff)
        newcomer = fake.user(900002, first_name="Nia")
        fake.add_member(STAFF_CHAT_ID, newcomer)
        query = fake.press(newcomer, suggestion, "Move up")
        await bot.pump()
        answer = fake.callback_answers[query]
        assert answer is not None and "send /start first" in answer["text"]
        assert _count(bot, "SELECT count(*) FROM ladder_suggestions WHERE decision IS NULL") == 1
    finally:
        await stop_harness(bot)
