"""Staff record entries for a woman who gave them offline, and erase them at her request."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from pathlib import Path

from bot.offline import Recorded, record_vote
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from storage.files import side_files
from tests.handlers.test_polls import create_poll
from tests.handlers.test_proposals import propose, publish
from tests.harness import STAFF_CHAT_ID, Harness


def _on_disk(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in [path, *side_files(path)] if p.exists())


def _rows(bot: Harness, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql, params).fetchall()


async def _start(bot: Harness, staff: FakeUser, who: str | None, channel: str) -> FakeMessage:
    """/onbehalf for her card's pseudonym (or a new woman), then the channel; returns the
    question "what is it?"."""
    if who is None:
        ask = await bot.send(staff, "/onbehalf")
        step = await bot.press(staff, ask, "New woman")
    else:
        step = await bot.send(staff, f"/onbehalf {who}")
    return await bot.press(staff, step, channel)


async def offline_feedback(
    bot: Harness,
    staff: FakeUser,
    body: str,
    *,
    who: str | None = None,
    channel: str = "paper form",
) -> str:
    """Record her feedback on her behalf; returns her pseudonym."""
    kinds = await _start(bot, staff, who, channel)
    topics = await bot.press(staff, kinds, "Feedback")
    await bot.press(staff, topics, "Groups")
    review = await bot.send(staff, body)
    assert "Check before saving" in review.text
    saved = await bot.press(staff, review, "Save")
    assert "Saved: feedback #" in saved.text, saved.text
    return saved.text.split(" for ")[1].split(" ")[0]


async def offline_vote(
    bot: Harness, staff: FakeUser, who: str, poll: int, option: str, channel: str = "phone"
) -> FakeMessage:
    kinds = await _start(bot, staff, who, channel)
    await bot.press(staff, kinds, "A vote in a poll")
    options = await bot.send(staff, str(poll))
    if not options.buttons:
        return options  # refused before an option is asked for
    review = await bot.press(staff, options, option)
    assert "A vote given offline is final" in review.text
    return await bot.press(staff, review, "Save")


async def test_feedback_given_on_paper_makes_her_a_pseudonym_for_her_card_and_shows_its_channel(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    kinds = await _start(bot, staff, None, "paper form")
    # A woman new today cannot be among a poll's voters, which are fixed when it opens.
    assert kinds.buttons == ["Feedback", "An idea", "Support for an idea"]
    topics = await bot.press(staff, kinds, "Feedback")
    await bot.press(staff, topics, "Groups")
    review = await bot.send(staff, "The Tuesday group is too early for me")
    assert "For: a new pseudonym" in review.text and "How she gave it: paper form" in review.text
    saved = await bot.press(staff, review, "Save")
    pseudonym = saved.text.split(" for ")[1].split(" ")[0]
    assert f"Her pseudonym is {pseudonym}. Write it on her card" in saved.text
    assert _rows(
        bot,
        "SELECT p.telegram_user_id, f.channel, f.body FROM feedback f"
        " JOIN participants p ON p.id = f.participant_id",
    ) == [(None, "paper", "The Tuesday group is too early for me")]

    # Her card's pseudonym is reused for a later entry, typed as staff would.
    again = await offline_feedback(
        bot, staff, "Thank you for the crèche", who=pseudonym.lower(), channel="group session"
    )
    assert again == pseudonym
    assert _rows(bot, "SELECT count(*) FROM participants") == [(1,)]

    listing = await bot.send(staff, "/feedback")
    assert f"{pseudonym} · paper form" in listing.text
    assert f"{pseudonym} · group session" in listing.text
    await bot.send(staff, "/digest")
    digest = "\n".join(bot.texts_in(staff.id)[-3:])
    assert f"{pseudonym} · paper form" in digest


async def test_an_offline_vote_counts_once_and_cannot_be_cast_twice(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    pseudonym = await offline_feedback(bot, staff, "I'd like an evening group")
    for name in ("Ann", "Bea", "Cat"):
        await bot.join(bot.woman(name))
    number = await create_poll(bot, staff, quorum="1")
    assert "is open to 4 women" in bot.texts_in(STAFF_CHAT_ID)[-1]

    saved = await offline_vote(bot, staff, pseudonym, number, "Saturday morning")
    assert f"Saved: {pseudonym}'s vote in poll #{number} (phone)" in saved.text
    again = await offline_vote(bot, staff, pseudonym, number, "Tuesday evening", "paper form")
    assert f"{pseudonym} already gave her one support or vote there" in again.text
    # The check is made again where the vote is stored, whatever the conversation showed.
    entry = await record_vote(bot.runtime, pseudonym, "group", number, 1)
    assert entry.outcome is Recorded.ALREADY
    assert _rows(bot, "SELECT position, channel FROM votes") == [(2, "phone")]

    await bot.send(staff, f"/closepoll {number}")
    result = bot.texts_in(STAFF_CHAT_ID)[-1]
    assert "Saturday morning: 1" in result and "Tuesday evening: 0" in result
    assert "Voted: 1 of 4." in result
    await bot.send(staff, "/digest")
    digest = "\n".join(bot.texts_in(staff.id)[-3:])
    assert "turnout 1 (1 given offline) of 4" in digest


async def test_a_woman_new_to_a_poll_cannot_have_a_vote_recorded(
    bot: Harness, staff: FakeUser
) -> None:
    for name in ("Ann", "Bea", "Cat"):
        await bot.join(bot.woman(name))
    number = await create_poll(bot, staff)
    pseudonym = await offline_feedback(bot, staff, "Hello")
    refused = await offline_vote(bot, staff, pseudonym, number, "Tuesday evening")
    assert "was not among the women who could vote" in refused.text
    assert _rows(bot, "SELECT count(*) FROM votes") == [(0,)]


async def test_support_given_by_phone_counts_once_and_is_exported_with_its_channel(
    bot: Harness, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    number = await propose(bot, alice, "A crèche on Fridays", "So mothers can come")
    await publish(bot, staff, number)
    pseudonym = await offline_feedback(bot, staff, "Count me in for Fridays")

    for expected in ("supports idea", "already gave her one support"):
        kinds = await _start(bot, staff, pseudonym, "phone")
        await bot.press(staff, kinds, "Support for an idea")
        review = await bot.send(staff, f"#{number}")
        assert "A crèche on Fridays" in review.text
        saved = await bot.press(staff, review, "Save")
        assert expected in saved.text
    assert _rows(bot, "SELECT channel FROM supports") == [("phone",)]

    document = await bot.send(staff, "/export")
    assert document.document_bytes is not None
    with zipfile.ZipFile(io.BytesIO(document.document_bytes)) as archive:

        def table(name: str) -> list[dict[str, str]]:
            raw = archive.read(f"{name}.csv").decode("utf-8-sig")
            return list(csv.DictReader(io.StringIO(raw)))

        supports, feedback, people = table("supports"), table("feedback"), table("participants")
    assert [(s["pseudonym"], s["channel"]) for s in supports] == [(pseudonym, "phone")]
    assert [f["channel"] for f in feedback] == ["paper"]
    assert {p["pseudonym"]: p["offline"] for p in people}[pseudonym] == "yes"


async def test_an_idea_given_offline_waits_for_moderation_and_staff_are_asked_to_tell_her(
    bot: Harness, staff: FakeUser
) -> None:
    kinds = await _start(bot, staff, None, "group session")
    await bot.press(staff, kinds, "An idea")
    await bot.send(staff, "A quiet room")
    review = await bot.send(staff, "Somewhere to sit after the group")
    saved = await bot.press(staff, review, "Save")
    assert "waiting for moderation" in saved.text
    number = int(saved.text.split("idea #")[1].split(" ")[0])
    pending = await bot.send(staff, "/pending")
    assert "· group session" in pending.text
    published = await bot.press(staff, pending, "Publish")
    assert f"Idea #{number} is published" in published.text
    assert "has no chat with the bot" in published.text


async def test_a_reply_to_offline_feedback_is_saved_and_staff_pass_it_on(
    bot: Harness, staff: FakeUser
) -> None:
    await offline_feedback(bot, staff, "More evening sessions please")
    number = _rows(bot, "SELECT id FROM feedback")[0][0]
    ask = await bot.send(staff, f"/respond {number}")
    assert "has no chat with the bot" in ask.text
    review = await bot.send(staff, "We are adding one on Thursdays")
    done = await bot.press(staff, review, "Send")
    assert "Please pass the reply on to her" in done.text
    assert _rows(bot, "SELECT count(*) FROM feedback_responses") == [(1,)]
    assert _rows(bot, "SELECT count(*) FROM outbox WHERE chat_id != ?", STAFF_CHAT_ID) == [(0,)]


async def test_erasing_an_offline_woman_leaves_only_a_record_that_it_happened(
    bot: Harness, staff: FakeUser
) -> None:
    pseudonym = await offline_feedback(bot, staff, "Words only she should own")
    woman_id = _rows(bot, "SELECT id FROM participants")[0][0]
    ask = await bot.send(staff, f"/eraseoffline {pseudonym}")
    assert f"Erase everything recorded for {pseudonym}" in ask.text
    done = await bot.press(staff, ask, "Yes, erase everything")
    assert "Erased." in done.text
    assert _rows(bot, "SELECT count(*) FROM participants") == [(0,)]
    assert _rows(bot, "SELECT count(*) FROM feedback") == [(0,)]
    assert _rows(bot, "SELECT staff_id FROM erasures") == [(staff.id,)]
    # Nothing of hers in any file, the WAL included, while the bot keeps running.
    on_disk = _on_disk(bot.runtime.db.path)
    assert pseudonym.encode() not in on_disk and b"Words only she should own" not in on_disk

    # The same press again (or a forged one) erases nothing more.
    bot.human_pause()
    bot.fake.press_data(staff, ask.message_id, f"oex:{woman_id}")
    await bot.pump()
    assert "Nothing was erased" in bot.fake.last_bot_message(staff.id).text
    assert _rows(bot, "SELECT count(*) FROM erasures") == [(1,)]
    await bot.send(staff, "/report all")
    report = "\n".join(bot.texts_in(staff.id))
    assert "Erasures at an offline woman's request: 1" in report


async def test_a_woman_in_the_chat_cannot_have_entries_made_for_her_or_be_erased_by_staff(
    bot: Harness, staff: FakeUser
) -> None:
    pseudonym = await bot.join(bot.woman("Alice"))
    answer = await bot.send(staff, f"/onbehalf {pseudonym}")
    assert "uses the chat herself" in answer.text
    answer = await bot.send(staff, f"/eraseoffline {pseudonym}")
    assert "uses the chat herself" in answer.text
    assert _rows(bot, "SELECT count(*) FROM participants") == [(1,)]


async def test_only_staff_can_record_on_a_womans_behalf_or_erase(
    bot: Harness, staff: FakeUser
) -> None:
    pseudonym = await offline_feedback(bot, staff, "Hello")
    alice = bot.woman("Alice")
    await bot.join(alice)
    for command in ("/onbehalf", f"/eraseoffline {pseudonym}"):
        answer = await bot.send(alice, command)
        assert "Sorry, I didn't understand that." in answer.text
    # A forged erase press from her changes nothing either.
    woman_id = _rows(bot, "SELECT id FROM participants WHERE pseudonym = ?", pseudonym)[0][0]
    bot.human_pause()
    bot.fake.press_data(alice, bot.fake.bot_messages(alice.id)[-1].message_id, f"oex:{woman_id}")
    await bot.pump()
    assert _rows(bot, "SELECT count(*) FROM erasures") == [(0,)]
    assert _rows(bot, "SELECT count(*) FROM participants WHERE telegram_user_id IS NULL") == [(1,)]


async def _link_code(bot: Harness, staff: FakeUser, pseudonym: str) -> str:
    ask = await bot.send(staff, f"/linkcode {pseudonym}")
    assert f"Make a one-time code for {pseudonym}" in ask.text
    made = await bot.press(staff, ask, "Make the code")
    return made.text.split("Her one-time code: ")[1].split("\n")[0]


async def test_a_linked_woman_sees_her_offline_history_and_forget_removes_both(
    bot: Harness, staff: FakeUser
) -> None:
    pseudonym = await offline_feedback(bot, staff, "Written on the paper form")
    alice = bot.woman("Alice")
    chat_pseudonym = await bot.join(alice)
    await bot.send(alice, "/share")
    topics = bot.fake.last_bot_message(alice.id)
    await bot.press(alice, topics, "Staff")
    review = await bot.send(alice, "Typed in the chat")
    await bot.press(alice, review, "Send")

    code = await _link_code(bot, staff, pseudonym)
    done = await bot.send(alice, f"/link {code.lower()}")
    assert f"Your made-up name is now {pseudonym}" in done.text
    # Staff now know one woman, by the pseudonym on her card, with both entries hers.
    assert _rows(bot, "SELECT pseudonym, telegram_user_id IS NOT NULL FROM participants") == [
        (pseudonym, 1)
    ]
    assert chat_pseudonym != pseudonym

    mydata = await bot.send(alice, "/mydata")
    text = "\n".join(m.text for m in bot.fake.bot_messages(alice.id)[-2:])
    assert "Written on the paper form" in text and "Typed in the chat" in text
    assert "(how you gave it: paper form)" in text
    assert f"Made-up name: {pseudonym}" in text and mydata.protect_content

    # The code works once.
    again = await bot.send(alice, f"/link {code}")
    assert "That code doesn't work" in again.text

    confirm = await bot.send(alice, "/forget")
    await bot.press(alice, confirm, "Yes, delete everything")
    for table in ("participants", "feedback", "link_codes"):
        assert _rows(bot, f"SELECT count(*) FROM {table}") == [(0,)], table
    on_disk = _on_disk(bot.runtime.db.path)
    assert b"Written on the paper form" not in on_disk and pseudonym.encode() not in on_disk


async def test_linking_keeps_one_vote_and_one_support_per_woman(
    bot: Harness, staff: FakeUser, fake: FakeTelegram
) -> None:
    pseudonym = await offline_feedback(bot, staff, "Hello")
    alice, bea, cat = bot.woman("Alice"), bot.woman("Bea"), bot.woman("Cat")
    for woman in (alice, bea, cat):
        await bot.join(woman)
    idea = await propose(bot, bea, "A garden", "Growing food together")
    await publish(bot, staff, idea)
    poll = await create_poll(bot, staff, quorum="1")
    assert "is open to 4 women" in bot.texts_in(STAFF_CHAT_ID)[-1]

    # She supports and votes once on paper, and once more herself in the chat.
    await offline_vote(bot, staff, pseudonym, poll, "Saturday morning")
    kinds = await _start(bot, staff, pseudonym, "paper form")
    await bot.press(staff, kinds, "Support for an idea")
    review = await bot.send(staff, str(idea))
    await bot.press(staff, review, "Save")
    card = await fake.wait_for_bot_message(alice.id, contains=f"Poll #{poll}:")
    await bot.press(alice, card, "Tuesday evening")
    await bot.send(alice, "/ideas")
    listing = bot.fake.last_bot_message(alice.id)
    opened = await bot.press(alice, listing, "#1 · A garden (Listening) · 1 supporting")
    await bot.press(alice, opened, "Support this idea")
    assert _rows(bot, "SELECT count(*) FROM votes") == [(2,)]

    code = await _link_code(bot, staff, pseudonym)
    await bot.send(alice, f"/link {code}")
    # Her own choice in the chat is the one kept; the poll counts her once.
    assert _rows(bot, "SELECT position, channel FROM votes") == [(1, "telegram")]
    assert _rows(bot, "SELECT count(*) FROM supports") == [(1,)]
    assert _rows(bot, "SELECT eligible FROM polls") == [(3,)]


async def test_only_staff_make_link_codes_and_only_for_offline_women(
    bot: Harness, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    chat_pseudonym = await bot.join(alice)
    answer = await bot.send(staff, f"/linkcode {chat_pseudonym}")
    assert "uses the chat herself" in answer.text
    pseudonym = await offline_feedback(bot, staff, "Hello")
    answer = await bot.send(alice, f"/linkcode {pseudonym}")
    assert "Sorry, I didn't understand that." in answer.text
    assert _rows(bot, "SELECT count(*) FROM link_codes") == [(0,)]
    answer = await bot.send(alice, "/link ABCD-EFGH")
    assert "That code doesn't work" in answer.text
    assert _rows(bot, "SELECT count(*) FROM participants") == [(2,)]
