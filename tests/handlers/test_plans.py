"""Items that do not start as a woman's idea: staff plans, and feedback its author agreed to
turn into an idea."""

from __future__ import annotations

import sqlite3

from bot.sandbox.loopback import FakeTelegram, FakeUser
from tests.harness import STAFF_CHAT_ID, Harness


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


async def start_plan(
    bot: Harness, staff: FakeUser, title: str, *, level: str = "co-design", limit: bool = True
) -> int:
    """Staff publish a plan; returns its number."""
    await bot.send(staff, "/plan")
    await bot.send(staff, title)
    ask = await bot.send(staff, "A leaflet about our groups, in plain words.")
    ask = await bot.press(staff, ask, level)
    assert "What can women still change" in ask.text
    ask = await bot.send(staff, "The words, the pictures and where it is handed out.")
    if limit:
        ask = await bot.send(staff, "It is printed once, in A5.")
        ask = await bot.press(staff, ask, "our finances")
        assert "What does this decide about?" in ask.text
        await bot.choose(staff, ask, "Design", "Accessibility", "Done")
        review = bot.fake.last_bot_message(staff.id)
        assert "Decides about: Design, Accessibility" in review.text
    else:
        review = await bot.press(staff, ask, "Nothing is decided yet")
    assert title in review.text and f"Starts at: {level}" in review.text
    done = await bot.press(staff, review, "Send")
    return int(done.text.split("Plan #")[1].split(" ")[0])


async def test_a_staff_plan_shows_women_what_they_can_change_and_what_is_decided(
    bot: Harness, staff: FakeUser
) -> None:
    number = await start_plan(bot, staff, "New leaflet <b>")
    assert _rows(bot, "SELECT author_id, origin, status, level, decided_limit FROM proposals") == [
        (None, "plan", "published", 2, "finance")
    ]
    ada = bot.woman("Ada")
    await bot.join(ada)
    listing = await bot.send(ada, "/ideas")
    detail = await bot.press(ada, listing, listing.buttons[0])
    assert "New leaflet <b>" in detail.text and "Stage: Shaping it together" in detail.text
    assert "A plan from the service." in detail.text
    assert "What women can still change: The words, the pictures" in detail.text
    assert "Already decided (our finances): It is printed once, in A5." in detail.text
    # Anyone can support and volunteer for a staff plan: nobody is its author.
    assert "Support this idea" in detail.buttons
    detail = await bot.press(ada, detail, "I'd like to help design this")
    assert "Helping to shape it: 1" in detail.text
    staff_view = await bot.send(staff, f"/proposal {number}")
    assert "from the service (a staff plan)" in staff_view.text


async def test_a_plan_with_nothing_decided_starts_at_consultation(
    bot: Harness, staff: FakeUser
) -> None:
    await start_plan(bot, staff, "Opening hours", level="consultation", limit=False)
    assert _rows(bot, "SELECT level, already_decided FROM proposals") == [(1, None)]


async def test_a_woman_is_not_offered_the_plan_command(bot: Harness) -> None:
    ada = bot.woman("Ada")
    await bot.join(ada)
    answer = await bot.send(ada, "/plan")
    assert "didn't understand" in answer.text
    assert _rows(bot, "SELECT count(*) FROM proposals") == [(0,)]


async def _feedback(bot: Harness, woman: FakeUser, body: str) -> int:
    await bot.send(woman, "/share")
    await bot.press(woman, bot.fake.last_bot_message(woman.id), "Groups")
    review = await bot.send(woman, body)
    await bot.press(woman, review, "Send")
    return int(_rows(bot, "SELECT max(id) FROM feedback")[0][0])  # type: ignore[call-overload]


async def _ask_author(bot: Harness, staff: FakeUser, number: int, title: str) -> str:
    await bot.send(staff, f"/toidea {number}")
    review = await bot.send(staff, title)
    return (await bot.press(staff, review, "Send")).text


async def test_feedback_becomes_an_idea_only_when_its_author_agrees_and_she_is_its_author(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    ada = bot.woman("Ada")
    pseudonym = await bot.join(ada)
    number = await _feedback(bot, ada, "A creche during the Tuesday group would help.")
    assert "has been asked" in await _ask_author(bot, staff, number, "Creche on Tuesdays")
    question = await fake.wait_for_bot_message(ada.id, contains="share something you wrote")
    first_line = question.text.splitlines()[0]
    assert first_line == "New message"
    assert question.protect_content
    assert "A creche during the Tuesday group" in question.text
    assert _rows(bot, "SELECT count(*) FROM proposals") == [(0,)]
    mine = await bot.send(ada, "/mydata")
    assert (
        f"Feedback #{number}: we asked if we may share it as the idea “Creche on Tuesdays”. "
        "You have not answered yet." in mine.text
    )
    await bot.press(ada, question, "Yes, share it")
    answer = next(m for m in fake.bot_messages(ada.id) if m.message_id == question.message_id)
    assert "It is now idea #" in answer.text
    assert _rows(bot, "SELECT origin, status, title, feedback_id FROM proposals") == [
        ("feedback", "published", "Creche on Tuesdays", number)
    ]
    await fake.wait_for_bot_message(STAFF_CHAT_ID, contains=f"feedback #{number} agreed")
    mine = await bot.send(ada, "/myideas")
    assert "Creche on Tuesdays" in mine.text
    mine = await bot.send(ada, "/mydata")
    assert f"Feedback #{number}: you said yes to sharing it as the idea" in mine.text
    staff_list = await bot.send(staff, "/proposal 1")
    assert f"from {pseudonym} (from feedback)" in staff_list.text
    # A second press (or a forged one) changes nothing.
    fake.press_data(ada, question.message_id, "fia:1:yes")
    await bot.pump()
    assert _rows(bot, "SELECT count(*) FROM proposals") == [(1,)]


async def test_feedback_stays_private_when_its_author_says_no(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    ada, bea = bot.woman("Ada"), bot.woman("Bea")
    await bot.join(ada)
    await bot.join(bea)
    number = await _feedback(bot, ada, "The lift is often broken.")
    await _ask_author(bot, staff, number, "Fix the lift")
    question = await fake.wait_for_bot_message(ada.id, contains="share something you wrote")
    # Another woman pressing her button (forged) changes nothing.
    fake.press_data(bea, question.message_id, "fia:1:yes")
    await bot.pump()
    answer = await bot.press(ada, question, "No, thank you")
    assert "it will not be shared" in answer.text
    await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="would rather not share it")
    assert _rows(bot, "SELECT count(*) FROM proposals") == [(0,)]
    assert _rows(bot, "SELECT answer FROM feedback_ideas") == [("no",)]
    # Her answer is hers: /mydata shows it, /forget deletes it with her feedback.
    mine = await bot.send(ada, "/mydata")
    said_no = f"Feedback #{number}: you said no to sharing it as the idea “Fix the lift”."
    assert said_no in mine.text and "It stays private." in mine.text
    assert "Sharing your feedback" not in (await bot.send(bea, "/mydata")).text
    ask = await bot.send(ada, "/forget")
    await bot.press(ada, ask, "Yes, delete everything")
    assert _rows(bot, "SELECT count(*) FROM feedback_ideas") == [(0,)]


async def test_a_woman_who_chose_no_messages_is_not_asked(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    ada = bot.woman("Ada")
    await bot.join(ada)
    number = await _feedback(bot, ada, "More evening groups.")
    screen = await bot.send(ada, "/settings")
    await bot.press(ada, screen, "Nothing")
    before = len(fake.bot_messages(ada.id))
    assert "chose to get no messages" in await _ask_author(bot, staff, number, "Evening groups")
    assert len(fake.bot_messages(ada.id)) == before
    assert _rows(bot, "SELECT count(*) FROM feedback_ideas") == [(0,)]
