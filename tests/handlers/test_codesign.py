"""Co-design with the women who volunteered: drafts, comments, revisions that say what they
took, and every commenter told what became of her suggestions."""

from __future__ import annotations

import sqlite3

from bot.export import export_tables
from bot.retention import purge
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.handlers.test_plans import start_plan
from tests.harness import STAFF_CHAT_ID, Harness


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


async def _open_item(bot: Harness, woman: FakeUser) -> FakeMessage:
    listing = await bot.send(woman, "/ideas")
    return await bot.press(woman, listing, listing.buttons[0])


async def _involve(bot: Harness, staff: FakeUser) -> tuple[int, FakeUser, FakeUser, FakeUser]:
    """A staff plan at co-design, two volunteers and one supporter."""
    number = await start_plan(bot, staff, "Accessible leaflet")
    ada, bea, cat = bot.woman("Ada"), bot.woman("Bea"), bot.woman("Cat")
    for woman in (ada, bea, cat):
        await bot.join(woman)
    for woman in (ada, bea):
        await bot.press(woman, await _open_item(bot, woman), "I'd like to help design this")
    await bot.press(cat, await _open_item(bot, cat), "Support this idea")
    return number, ada, bea, cat


async def _comment(
    bot: Harness, woman: FakeUser, draft: FakeMessage, button: str, says: str
) -> str:
    await bot.press(woman, draft, button)
    review = await bot.send(woman, says)
    return (await bot.press(woman, review, "Send")).text


async def test_a_draft_reaches_volunteers_who_comment_and_a_revision_tells_each_what_was_taken(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    number, ada, bea, cat = await _involve(bot, staff)

    await bot.send(staff, f"/draft {number}")
    fake.send_photo(staff, caption="Version one: large print, three languages.")
    await bot.pump()
    audience = fake.last_bot_message(staff.id)
    review = await bot.press(staff, audience, "The volunteers")
    assert "Draft 1 of #" in review.text and "With a picture." in review.text
    done = await bot.press(staff, review, "Send")
    assert f"Draft 1 of #{number} is shared" in done.text

    drafts = {}
    for woman in (ada, bea):
        drafts[woman.id] = await fake.wait_for_bot_message(woman.id, contains="version 1")
        assert drafts[woman.id].text.splitlines()[0] == "New message"
        assert "large print, three languages" in drafts[woman.id].text
        assert drafts[woman.id].protect_content
    assert all("A plan to shape together" not in m.text for m in fake.bot_messages(cat.id))
    # The picture comes by its Telegram reference when she asks for it.
    await bot.press(ada, drafts[ada.id], "See the picture or document")
    assert fake.last_bot_message(ada.id).photo_bytes is not None

    said = await _comment(bot, ada, drafts[ada.id], "Suggest a change", "Add Polish, please.")
    assert "You will hear if they take it" in said
    said = await _comment(bot, bea, drafts[bea.id], "Suggest a change", "Use pictures of buses.")
    await fake.wait_for_bot_message(STAFF_CHAT_ID, contains="A new comment on draft 1")
    # A supporter the draft was not shared with cannot comment, even with a forged press.
    fake.press_data(cat, drafts[ada.id].message_id, "dcm:1:s")
    await bot.pump()
    assert _rows(bot, "SELECT count(*) FROM draft_comments") == [(2,)]

    comments = await bot.send(staff, f"/comments {number}")
    assert "Draft 1" in comments.text and "2 comments" in comments.text
    assert "suggested change: “Add Polish, please.” · open" in comments.text

    await bot.send(staff, f"/draft {number}")
    ask = await bot.send(staff, "Version two: large print, four languages.")
    assert "What changed" in ask.text
    take = await bot.send(staff, "Polish added.")
    assert "Add Polish, please." in take.text
    take = await bot.press(staff, take, "Taken")
    assert "Use pictures of buses." in take.text
    limit = await bot.press(staff, take, "Not taken")
    ask = await bot.press(staff, limit, "our finances")
    audience = await bot.send(staff, "Photos cost more than we have this year.")
    review = await bot.press(staff, audience, "Volunteers, supporters and the author")
    assert "Comments taken: 1 · not taken: 1" in review.text
    await bot.press(staff, review, "Send")

    taken = await fake.wait_for_bot_message(ada.id, contains="What happened to")
    assert taken.text.splitlines()[0] == "New message"
    assert "✓ “Add Polish, please.” was taken." in taken.text
    refused = await fake.wait_for_bot_message(bea.id, contains="What happened to")
    assert "✗ “Use pictures of buses.” was not taken, because of our finances" in refused.text
    assert "Photos cost more than we have this year." in refused.text
    second = await fake.wait_for_bot_message(cat.id, contains="version 2")
    assert "What changed:" in second.text and "Polish added." in second.text
    assert "We took 1 of the 2 comments on the last version." in second.text
    assert _rows(bot, "SELECT kind, outcome, limit_code FROM draft_comments ORDER BY id") == [
        ("suggestion", "taken", None),
        ("suggestion", "not_taken", "finance"),
    ]
    # Version 1 no longer takes comments: the newest one does.
    said = await _comment(bot, ada, drafts[ada.id], "Comment", "Late thought")
    assert "newer version" in said
    comments = await bot.send(staff, f"/comments {number}")
    assert "taken in draft 2" in comments.text and "not taken in draft 2" in comments.text

    mine = await bot.send(bea, "/mydata")
    assert "suggested change: “Use pictures of buses.” · not taken" in mine.text
    assert "(why: Photos cost more than we have this year.)" in mine.text

    tables = {t.name: t for t in await export_tables(bot.runtime.db, bot.runtime.settings.zone)}
    drafts = tables["drafts"]
    assert [(row[2], row[4], row[6]) for row in drafts.rows] == [
        ("1", "photo", "volunteers"),
        ("2", "", "involved"),
    ]
    outcomes = [(row[5], row[7], row[9], row[10]) for row in tables["draft_comments"].rows]
    assert outcomes == [
        ("Add Polish, please.", "taken", "", "2"),
        ("Use pictures of buses.", "not_taken", "finance", "2"),
    ]
    assert "Sam" not in str(tables["drafts"].rows)


async def test_an_item_at_consultation_has_no_drafts(bot: Harness, staff: FakeUser) -> None:
    number = await start_plan(bot, staff, "Opening hours", level="consultation", limit=False)
    answer = await bot.send(staff, f"/draft {number}")
    assert "not open at co-design" in answer.text
    assert _rows(bot, "SELECT count(*) FROM item_drafts") == [(0,)]


async def test_a_comment_written_but_not_sent_is_in_her_data_until_she_cancels_it(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    number, ada, _, _ = await _involve(bot, staff)
    await bot.send(staff, f"/draft {number}")
    audience = await bot.send(staff, "Version one: large print.")
    review = await bot.press(staff, audience, "The volunteers")
    await bot.press(staff, review, "Send")
    draft = await fake.wait_for_bot_message(ada.id, contains="version 1")

    await bot.press(ada, draft, "Suggest a change")
    await bot.send(ada, "Bigger <b>letters</b>, please.")
    mine = await bot.send(ada, "/mydata")
    assert "Started but not sent" in mine.text
    assert "On a draft (suggested change):\n“Bigger <b>letters</b>, please.”" in mine.text
    assert _rows(bot, "SELECT count(*) FROM draft_comments") == [(0,)]

    await bot.send(ada, "/cancel")
    mine = await bot.send(ada, "/mydata")
    assert "Bigger" not in mine.text and "Started but not sent" not in mine.text
    assert _rows(bot, "SELECT count(*) FROM draft_comments") == [(0,)]


async def test_a_comment_from_a_woman_who_chose_no_messages_promises_only_mydata(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    number, ada, _, _ = await _involve(bot, staff)
    await bot.send(staff, f"/draft {number}")
    await bot.send(staff, "Version one: large print.")
    await bot.press(
        staff, await bot.press(staff, fake.last_bot_message(staff.id), "The volunteers"), "Send"
    )
    draft = await fake.wait_for_bot_message(ada.id, contains="version 1")
    await bot.press(ada, await bot.send(ada, "/settings"), "Nothing")
    said = await _comment(bot, ada, draft, "Suggest a change", "Add Polish, please.")
    assert "You chose no messages from us. Look in /mydata" in said
    assert "You will hear" not in said
    assert _rows(bot, "SELECT count(*) FROM draft_comments") == [(1,)]


async def test_retention_deletes_an_old_ideas_drafts_and_the_comments_on_them(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    fake.add_member(STAFF_CHAT_ID, staff)
    number, ada, _, _ = await _involve(bot, staff)
    await bot.send(staff, f"/draft {number}")
    await bot.send(staff, "Version one: large print.")
    audience = await bot.press(staff, fake.last_bot_message(staff.id), "The volunteers")
    await bot.press(staff, audience, "Send")
    draft = await fake.wait_for_bot_message(ada.id, contains="version 1")
    await _comment(bot, ada, draft, "Suggest a change", "Print it on yellow paper.")
    await bot.send(staff, f"/proposal {number}")
    await bot.press(staff, fake.last_bot_message(staff.id), "Close: adopted")
    why = await bot.send(staff, "We will print it.")
    await bot.press(staff, await bot.choose(staff, why, "Design", "Done"), "Send")
    assert _rows(bot, "SELECT count(*) FROM draft_comments") == [(1,)]
    kept = bot.runtime.settings.keep_ideas_days
    await purge(bot.runtime, bot.runtime.now() + (kept - 1) * 86400)
    assert _rows(bot, "SELECT count(*) FROM draft_comments") == [(1,)]
    await purge(bot.runtime, bot.runtime.now() + (kept + 1) * 86400)
    assert _rows(bot, "SELECT count(*) FROM item_drafts") == [(0,)]
    assert _rows(bot, "SELECT count(*) FROM draft_comments") == [(0,)]
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert "yellow paper" not in "\n".join(conn.iterdump())
