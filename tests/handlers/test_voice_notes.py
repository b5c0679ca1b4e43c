"""Voice notes for feedback and ideas: kept only as Telegram's reference, played to staff
protected, listed in /mydata, gone with /forget, quick exit and retention; always with the
support button."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable

import pytest

from bot.retention import purge
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.handlers.test_proposals import publish
from tests.harness import SAFEGUARDING_CHAT_ID, Harness

Speak = Callable[[Harness, FakeUser], Awaitable[tuple[FakeMessage, str]]]


def _rows(bot: Harness, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(sql).fetchall()


def _dump(bot: Harness) -> str:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return "\n".join(conn.iterdump())


async def _speak(bot: Harness, woman: FakeUser) -> tuple[FakeMessage, str]:
    """She records a voice note; returns the bot's answer and Telegram's file reference."""
    bot.human_pause()
    spoken = bot.fake.send_voice(woman)
    await bot.pump()
    return bot.fake.last_bot_message(woman.id), str(spoken.media["voice"]["file_id"])


async def _voice_feedback(bot: Harness, woman: FakeUser) -> tuple[FakeMessage, str]:
    topics = await bot.send(woman, "/share")
    await bot.press(woman, topics, "Groups")
    return await _speak(bot, woman)


async def _voice_idea(bot: Harness, woman: FakeUser) -> tuple[FakeMessage, str]:
    """She starts an idea and describes it in a voice note; its review and file reference."""
    await bot.send(woman, "/propose")
    await bot.send(woman, "Evening group")
    return await _speak(bot, woman)


async def _joined_and_sent(bot: Harness, name: str = "Alice") -> tuple[FakeUser, str]:
    """A woman who has joined and sent her feedback as a voice note; its file reference."""
    woman = bot.woman(name)
    await bot.join(woman)
    review, file_id = await _voice_feedback(bot, woman)
    await bot.press(woman, review, "Send")
    return woman, file_id


def _nothing_fetched(fake: FakeTelegram) -> bool:
    return not [call for call in fake.calls if call.method.lower() == "getfile"]


async def test_a_voice_note_is_accepted_as_feedback_and_kept_only_as_a_reference(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    review, file_id = await _voice_feedback(bot, alice)
    assert "Your voice note (0:03)" in review.text
    assert "can't check a voice note" in review.text and review.protect_content
    assert review.buttons == ["Send", "Write it again", "Cancel", "I need support now"]
    thanks = await bot.press(alice, review, "Send")
    assert "Your feedback has been sent" in thanks.text
    assert _rows(bot, "SELECT body, voice_file_id, voice_seconds FROM feedback") == [
        ("(voice note, 0:03)", file_id, 3)
    ]
    assert _nothing_fetched(fake)
    listing = await bot.send(staff, "/feedback")
    assert "(voice note, 0:03)" in listing.text


async def test_the_support_button_on_a_voice_note_brings_help_and_keeps_her_draft(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    review, _ = await _voice_feedback(bot, alice)
    await bot.press(alice, review, "I need support now")
    assert "If you need help now" in bot.texts_in(alice.id)[-1]
    await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="pressed")
    await bot.press(alice, review, "Send")
    [thanks] = [m for m in fake.messages(alice.id) if m.message_id == review.message_id]
    assert "Your feedback has been sent" in (thanks.text or "")
    assert len(_rows(bot, "SELECT id FROM feedback WHERE voice_file_id IS NOT NULL")) == 1


async def test_staff_play_a_voice_note_protected_and_no_one_else_can(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    review, file_id = await _voice_feedback(bot, alice)
    await bot.press(alice, review, "Send")
    played = await bot.send(staff, "/voice 1")
    assert played.media["voice"]["file_id"] == file_id
    assert played.protect_content
    assert played.caption is not None and "feedback #1" in played.caption
    assert (await bot.send(staff, "/voice 2")).text == "Feedback #2 has no voice note."
    assert "Send /voice followed by" in (await bot.send(staff, "/voice")).text
    answer = await bot.send(bea, "/voice 1")
    assert "didn't understand" in answer.text and not answer.media
    assert _nothing_fetched(fake)


async def test_a_voice_note_can_describe_an_idea_and_staff_play_it(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, bea = bot.woman("Alice"), bot.woman("Bea")
    await bot.join(alice)
    await bot.join(bea)
    await bot.send(alice, "/propose")
    await bot.send(alice, "Evening group")
    review, file_id = await _speak(bot, alice)
    assert "<b>Evening group</b>" in (review.html or "") or "Evening group" in review.text
    assert "Your voice note (0:03)" in review.text
    assert "I need support now" in review.buttons
    sent = await bot.press(alice, review, "Send")
    number = int(sent.text.split("(number #")[1].split(")")[0])
    assert _rows(bot, "SELECT voice_file_id, voice_seconds FROM proposals") == [(file_id, 3)]
    played = await bot.send(staff, f"/voiceidea {number}")
    assert played.media["voice"]["file_id"] == file_id and played.protect_content
    await publish(bot, staff, number)
    listing = await bot.send(bea, "/ideas")
    button = next(label for label in listing.buttons if label.startswith(f"#{number} "))
    page = await bot.press(bea, listing, button)
    assert "🎤 Voice note (0:03)" in page.text
    assert _nothing_fetched(fake)


async def test_mydata_lists_her_voice_notes(bot: Harness) -> None:
    alice, _ = await _joined_and_sent(bot)
    mine = await bot.send(alice, "/mydata")
    assert "🎤 Voice note (0:03)" in mine.text and "#1" in mine.text


async def test_forget_removes_her_voice_notes(bot: Harness, staff: FakeUser) -> None:
    alice, file_id = await _joined_and_sent(bot)
    await bot.send(alice, "/propose")
    await bot.send(alice, "Evening group")
    review, idea_file_id = await _speak(bot, alice)
    await bot.press(alice, review, "Send")
    ask = await bot.send(alice, "/forget")
    await bot.press(alice, ask, "Yes, delete everything")
    dump = _dump(bot)
    assert file_id not in dump and idea_file_id not in dump
    assert (await bot.send(staff, "/voice 1")).text == "Feedback #1 has no voice note."


@pytest.mark.parametrize(
    ("speak", "table", "prefix"),
    [
        pytest.param(_voice_feedback, "feedback", "fbc", id="feedback"),
        pytest.param(_voice_idea, "proposals", "prc", id="idea"),
    ],
)
async def test_quick_exit_drops_a_voice_note_not_yet_sent_and_deletes_it_from_the_chat(
    bot: Harness, fake: FakeTelegram, speak: Speak, table: str, prefix: str
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    review, file_id = await speak(bot, alice)
    await bot.send(alice, "/exit")
    assert [message.text for message in fake.messages(alice.id)] == ["OK."]
    assert _rows(bot, f"SELECT count(*) FROM {table}") == [(0,)]
    # Her draft, voice reference and all, is gone from the stored drafts too.
    assert _rows(bot, "SELECT count(*) FROM drafts") == [(0,)]
    assert file_id not in _dump(bot)
    # The old Send button does nothing now: the draft went with the chat.
    fake.press_data(alice, review.message_id, f"{prefix}:send")
    await bot.pump()
    assert _rows(bot, f"SELECT count(*) FROM {table}") == [(0,)]


async def test_a_photo_where_words_or_a_voice_note_are_expected_is_refused_kindly(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Groups")
    fake.send_photo(alice)
    await bot.pump()
    assert "or send a voice note" in bot.texts_in(alice.id)[-1]
    assert _rows(bot, "SELECT count(*) FROM feedback") == [(0,)]
    assert _nothing_fetched(fake)


async def test_retention_removes_a_voice_note_with_its_feedback(bot: Harness) -> None:
    _, file_id = await _joined_and_sent(bot)
    kept = bot.runtime.settings.keep_feedback_days
    await purge(bot.runtime, bot.runtime.now() + (kept - 1) * 86400)
    assert _rows(bot, "SELECT voice_file_id FROM feedback") == [(file_id,)]
    await purge(bot.runtime, bot.runtime.now() + (kept + 1) * 86400)
    assert _rows(bot, "SELECT count(*) FROM feedback") == [(0,)]
    assert file_id not in _dump(bot)


VOICE_OFFER = "Would you like to send this voice note (0:03) as feedback?"


async def test_a_voice_note_outside_a_flow_is_offered_as_feedback_with_the_support_button(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    offer, file_id = await _speak(bot, alice)
    assert offer.text.startswith(VOICE_OFFER)
    assert offer.buttons == ["Yes, send it", "No", "I need support now"]
    # Held in memory only until she chooses.
    assert file_id not in _dump(bot)
    topics = await bot.press(alice, offer, "Yes, send it")
    assert "What is your feedback about?" in topics.text
    review = await bot.press(alice, topics, "Groups")
    assert "Your voice note (0:03)" in review.text
    assert review.buttons == ["Send", "Write it again", "Cancel", "I need support now"]
    thanks = await bot.press(alice, review, "Send")
    assert "Your feedback has been sent" in thanks.text
    assert _rows(bot, "SELECT topic, body, voice_file_id, voice_seconds FROM feedback") == [
        ("Groups", "(voice note, 0:03)", file_id, 3)
    ]
    assert _nothing_fetched(fake)


async def test_no_to_a_voice_note_outside_a_flow_keeps_nothing(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    offer, file_id = await _speak(bot, alice)
    answer = await bot.press(alice, offer, "No")
    assert answer.text == "OK. It was not sent, and nothing was kept."
    assert bot.runtime.held == {} and file_id not in _dump(bot)
    bot.fake.press_data(alice, offer.message_id, "held:yes")
    await bot.pump()
    assert _rows(bot, "SELECT count(*) FROM feedback") == [(0,)]


async def test_a_voice_note_from_someone_not_joined_is_kept_only_once_she_joins_and_says_yes(
    bot: Harness,
) -> None:
    bea = bot.woman("Bea")
    offer, file_id = await _speak(bot, bea)
    assert offer.text.startswith(VOICE_OFFER)
    consent = await bot.press(bea, offer, "Yes, send it")
    assert "We keep nothing about you until you press" in consent.text
    assert file_id not in _dump(bot)
    await bot.press(bea, consent, "I agree")
    again = bot.fake.last_bot_message(bea.id)
    assert again.text.startswith(VOICE_OFFER) and "I need support now" in again.buttons
    topics = await bot.press(bea, again, "Yes, send it")
    review = await bot.press(bea, topics, "Groups")
    await bot.press(bea, review, "Send")
    assert _rows(bot, "SELECT voice_file_id, voice_seconds FROM feedback") == [(file_id, 3)]


async def test_the_support_button_on_a_voice_note_offer_brings_help_at_once(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    offer, _ = await _speak(bot, alice)
    await bot.press(alice, offer, "I need support now")
    assert "If you need help now" in bot.texts_in(alice.id)[-1]
    await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="pressed")
    # What she sent is still hers to send or drop.
    assert bot.runtime.held != {}


async def test_quick_exit_forgets_a_voice_note_she_had_not_chosen_to_send(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    offer, _ = await _speak(bot, alice)
    await bot.send(alice, "/exit")
    assert bot.runtime.held == {}
    bot.fake.press_data(alice, offer.message_id, "held:yes")
    await bot.pump()
    assert _rows(bot, "SELECT count(*) FROM feedback") == [(0,)]


async def test_mydata_lists_the_voice_note_that_describes_her_idea(bot: Harness) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    review, _ = await _voice_idea(bot, alice)
    await bot.press(alice, review, "Send")
    mine = await bot.send(alice, "/mydata")
    ideas = mine.text.split("Your ideas")[1]
    assert "Evening group" in ideas and "🎤 Voice note (0:03)" in ideas


async def test_retention_removes_the_voice_note_of_a_declined_idea(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    review, file_id = await _voice_idea(bot, alice)
    await bot.press(alice, review, "Send")
    await bot.send(staff, "/pending")
    ask = await bot.press(staff, fake.last_bot_message(staff.id), "Decline")
    ask = await bot.press(staff, ask, "No limit applies")
    about = await bot.send(staff, "We already run one on Tuesdays.")
    await bot.press(staff, await bot.choose(staff, about, "Priorities", "Done"), "Send")
    assert _rows(bot, "SELECT status, voice_file_id FROM proposals") == [("declined", file_id)]
    kept = bot.runtime.settings.keep_ideas_days
    await purge(bot.runtime, bot.runtime.now() + (kept - 1) * 86400)
    assert _rows(bot, "SELECT voice_file_id FROM proposals") == [(file_id,)]
    await purge(bot.runtime, bot.runtime.now() + (kept + 1) * 86400)
    assert _rows(bot, "SELECT count(*) FROM proposals") == [(0,)]
    assert file_id not in _dump(bot)
