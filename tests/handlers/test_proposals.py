"""Women suggest, browse, support and volunteer; staff moderate; forged presses change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import STAFF_CHAT_ID, Harness, make_settings, start_harness, stop_harness


async def propose(bot: Harness, woman: FakeUser, title: str, body: str) -> int:
    await bot.send(woman, "/propose")
    await bot.send(woman, title)
    review = await bot.send(woman, body)
    await bot.press(woman, review, "Send")
    # The review message itself turns into the thanks, with the idea's number.
    return int(review.text.split("(number #")[1].split(")")[0])


async def publish(bot: Harness, staff: FakeUser, number: int) -> None:
    await bot.send(staff, "/pending")
    item = next(m for m in reversed(bot.fake.bot_messages(staff.id)) if f"#{number}" in m.text)
    await bot.press(staff, item, "Publish")


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


async def test_an_idea_is_pre_moderated_and_its_author_told_when_published(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    number = await propose(bot, alice, "Evening group", "A group after work, <i>weekly</i>")
    assert "Staff will read it first" in fake.last_bot_message(alice.id).text
    await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="waiting for moderation")
    assert "no published ideas" in (await bot.send(bea, "/ideas")).text
    await publish(bot, staff, number)
    assert "is published" in fake.last_bot_message(staff.id).text
    await fake.wait_for_bot_message(alice.id, contains="has been published")
    listing = await bot.send(bea, "/ideas")
    assert any("Evening group" in button for button in listing.buttons)


async def test_a_declined_idea_reaches_its_author_with_the_reason(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    number = await propose(bot, alice, "Name names", "Body")
    await bot.send(staff, "/pending")
    ask = await bot.press(staff, fake.last_bot_message(staff.id), "Decline")
    assert ask.chat_id == staff.id and "Does one of these limits apply?" in ask.text
    ask = await bot.press(staff, ask, "No limit applies")
    assert "Why is idea" in ask.text
    review = await bot.choose(
        staff,
        await bot.send(staff, "It would identify a member of staff & others."),
        "Priorities",
        "Done",
    )
    assert "It would identify a member of staff & others." in review.text
    done = await bot.press(staff, review, "Send")
    assert f"Idea #{number} was declined" in done.text
    news = await fake.wait_for_bot_message(alice.id, contains="was not published")
    assert "It would identify a member of staff & others." in news.text
    assert _rows(bot, "SELECT status FROM proposals") == [("declined",)]


async def test_a_decline_can_name_its_limit_and_the_author_hears_it(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    number = await propose(bot, alice, "Visit his house", "Body")
    await bot.send(staff, "/pending")
    ask = await bot.press(staff, fake.last_bot_message(staff.id), "Decline")
    ask = await bot.press(staff, ask, "keeping people safe")
    assert "Limit: keeping people safe." in ask.text
    review = await bot.choose(
        staff,
        await bot.send(staff, "We can never share where anyone lives."),
        "Priorities",
        "Done",
    )
    assert "because of keeping people safe" in review.text
    await bot.press(staff, review, "Send")
    news = await fake.wait_for_bot_message(alice.id, contains="was not published")
    assert "because of keeping people safe" in news.text
    assert _rows(bot, "SELECT status, limit_code FROM proposals") == [("declined", "safeguarding")]
    declined = "SELECT event, limit_code FROM proposal_history WHERE event = 'declined'"
    assert _rows(bot, declined) == [("declined", "safeguarding")]
    staff_view = await bot.send(staff, f"/proposal {number}")
    assert "limit: keeping people safe" in staff_view.text


async def test_support_is_one_per_woman_and_pressing_again_withdraws(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    number = await propose(bot, alice, "Creche", "During groups")
    await publish(bot, staff, number)
    listing = await bot.send(bea, "/ideas")
    detail = await bot.press(bea, listing, listing.buttons[0])
    assert "Supporting: 0" in detail.text
    detail = await bot.press(bea, detail, "Support this idea")
    assert "Supporting: 1" in detail.text and "Take back my support" in detail.buttons
    fake.press_data(bea, detail.message_id, f"sup:{number}")  # a replayed press withdraws
    await bot.pump()
    assert _rows(bot, "SELECT count(*) FROM supports") == [(0,)]
    detail = await bot.press(bea, fake.last_bot_message(bea.id), "I'd like to help design this")
    assert "Helping to shape it: 1" in detail.text


async def test_she_cannot_support_her_own_idea(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    number = await propose(bot, alice, "Mine", "Body")
    await publish(bot, staff, number)
    listing = await bot.send(alice, "/ideas")
    detail = await bot.press(alice, listing, listing.buttons[0])
    assert "Support this idea" not in detail.buttons
    fake.press_data(alice, detail.message_id, f"sup:{number}")
    await bot.pump()
    assert _rows(bot, "SELECT count(*) FROM supports") == [(0,)]


async def test_forged_presses_change_nothing(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    pending = await propose(bot, alice, "Not yet public", "Body")
    menu = await bot.send(bea, "/menu")
    for data in (
        f"sup:{pending}",
        "sup:999",
        f"vol:{pending}",
        f"pub:{pending}",
        f"mv:{pending}:2",
        f"cl:{pending}:adopted",
        "sg:1:move",
        "idea:999",
    ):
        fake.press_data(bea, menu.message_id, data)
        await bot.pump()
    assert _rows(bot, "SELECT status, level, outcome FROM proposals") == [("pending", 1, "open")]
    assert _rows(bot, "SELECT count(*) FROM supports") == [(0,)]
    assert _rows(bot, "SELECT count(*) FROM volunteers") == [(0,)]


async def test_browsing_is_paged_newest_first_and_filtered_by_level(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    for n in range(7):
        bot.clock.advance(180)  # flood control allows a few submissions per 10 minutes
        await publish(bot, staff, await propose(bot, alice, f"Idea {n}", "Body"))
    listing = await bot.send(alice, "/ideas")
    assert "page 1 of 2" in listing.text
    assert listing.buttons[0].startswith("#7 · Idea 6")
    older = await bot.press(alice, listing, "Older ▶")
    assert "page 2 of 2" in older.text and older.buttons[1].startswith("#1 · Idea 0")
    assert "◀ Newer" in older.buttons and "Older ▶" not in older.buttons
    filtered = await bot.press(alice, older, "Shaping it together")
    assert "no published ideas" in filtered.text


async def test_my_ideas_lists_her_own_with_level_and_status(bot: Harness, staff: FakeUser) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await publish(bot, staff, await propose(bot, alice, "First", "Body"))
    await propose(bot, alice, "Second", "Body")
    mine = await bot.send(alice, "/myideas")
    assert "First · Open for support · Listening" in mine.text
    assert "Second · Waiting for staff to read it" in mine.text


async def test_a_long_title_is_refused_and_the_flow_stays_open(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "/propose")
    answer = await bot.send(alice, "t" * 81)
    assert "The most you can send is 80." in answer.text
    assert "Now tell us about your idea" in (await bot.send(alice, "Short")).text


async def test_a_long_idea_with_a_long_history_still_opens(
    tmp_path: Path, fake: FakeTelegram, staff: FakeUser
) -> None:
    bot = await start_harness(make_settings(tmp_path, max_text_length=3000), fake)
    try:
        alice, bea = bot.woman("Alice"), bot.woman("Bea")
        await bot.join(alice)
        await bot.join(bea)
        number = await propose(bot, alice, "Long one", "idea " * 599 + "end")
        await publish(bot, staff, number)
        await bot.send(staff, f"/proposal {number}")
        await bot.press(staff, fake.last_bot_message(staff.id), "Close: adopted")
        review = await bot.choose(
            staff, await bot.send(staff, "because " * 370 + "done"), "Priorities", "Done"
        )
        await bot.press(staff, review, "Send")
        await bot.send(staff, f"/proposal {number}")
        await bot.press(staff, fake.last_bot_message(staff.id), "Close: delivered")
        listing = await bot.send(bea, "/ideas")
        detail = await bot.press(bea, listing, listing.buttons[0])
        assert "Long one" in detail.text and "What happened so far" in detail.text
        assert len(detail.text) <= 4096
    finally:
        await stop_harness(bot)


async def test_a_volunteer_who_chose_no_messages_is_not_promised_one(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    number = await propose(bot, alice, "Creche", "During groups")
    await publish(bot, staff, number)
    await bot.press(bea, await bot.send(bea, "/settings"), "Nothing")
    listing = await bot.send(bea, "/ideas")
    detail = await bot.press(bea, listing, listing.buttons[0])
    await bot.press(bea, detail, "I'd like to help design this")
    said = (fake.callback_answers.popitem()[1] or {}).get("text", "")
    assert "You chose no messages from us, so we will not write" in said
    assert "You will hear" not in said
    assert _rows(bot, "SELECT count(*) FROM volunteers") == [(1,)]
    # With the usual choice the promise stands: staff write to helpers through /helpers.
    cat = bot.woman("Cat")
    await bot.join(cat)
    listing = await bot.send(cat, "/ideas")
    detail = await bot.press(cat, listing, listing.buttons[0])
    await bot.press(cat, detail, "I'd like to help design this")
    said = (fake.callback_answers.popitem()[1] or {}).get("text", "")
    assert "You will hear when there is something to help with" in said
