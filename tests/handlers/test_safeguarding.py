"""Safeguarding: risk words and the support button bring helplines now and one alert."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from storage.db import Database
from tests.handlers.test_polls import _women, card, create_poll
from tests.harness import (
    SAFEGUARDING_CHAT_ID,
    STAFF_CHAT_ID,
    Harness,
    make_settings,
    start_harness,
    stop_harness,
)


async def _count(db: Database, since: int, until: int) -> int:
    """The number the digest shows for [since, until)."""
    async with db.read() as tx:
        return await tx.safeguarding.count_between(since, until)


def _alerts(bot: Harness) -> list[tuple[Any, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(
            "SELECT participant_id, words, source, seen_by, seen_by_name, seen_at"
            " FROM safeguarding_alerts ORDER BY id"
        ).fetchall()


async def _alert_message(fake: FakeTelegram, after: int = 0) -> FakeMessage:
    return await fake.wait_for_bot_message(
        SAFEGUARDING_CHAT_ID, contains="Safeguarding alert", after=after
    )


async def test_a_risk_word_in_feedback_brings_helplines_and_one_alert_and_is_still_saved(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    pseudonym = await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Groups")
    review = await bot.send(alice, "Since last week he hits me when I come home")
    helplines = fake.bot_messages(alice.id)[-2]
    assert "0808 2000 247" in helplines.text and "999" in helplines.text
    assert "Send it?" in review.text
    await bot.press(alice, review, "Send")

    alert = await _alert_message(fake)
    assert pseudonym in alert.text and "hits me" in alert.text
    assert "while writing feedback" in alert.text
    assert "Since last week" not in alert.text  # the words matched, not what she wrote
    assert alert.buttons == ["Seen"]
    assert len(_alerts(bot)) == 1
    with sqlite3.connect(bot.runtime.db.path) as conn:
        stored = conn.execute("SELECT body FROM feedback").fetchall()
    assert stored == [("Since last week he hits me when I come home",)]
    # Ordinary staff lists show the feedback, never the alert.
    listing = await bot.send(staff, "/feedback")
    assert "Safeguarding" not in listing.text
    assert fake.bot_messages(STAFF_CHAT_ID) == []  # the alert went to the safeguarding chat
    now = bot.runtime.now()
    assert await _count(bot.runtime.db, now - 3600, now + 1) == 1


async def test_the_support_button_brings_helplines_and_an_alert(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    pseudonym = await bot.join(alice)
    menu = fake.last_bot_message(alice.id)
    answer = await bot.press(alice, menu, "I need support now")
    assert "0808 2000 247" in answer.text and "looks after safety" in answer.text
    alert = await _alert_message(fake)
    assert pseudonym in alert.text and "I need support now" in alert.text
    assert [row[2] for row in _alerts(bot)] == ["support"]


async def test_stray_text_with_a_risk_phrase_is_caught_even_with_hidden_characters(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "I feel SUICI\u200bDAL today")
    texts = bot.texts_in(alice.id)
    assert "0808 2000 247" in texts[-2] and texts[-1] == "Would you like to send this as feedback?"
    alert = await _alert_message(fake)
    assert "suicidal" in alert.text


async def test_someone_not_joined_gets_helplines_and_an_anonymous_alert(
    bot: Harness, fake: FakeTelegram
) -> None:
    bea = bot.woman("Bea")
    await bot.send(bea, "I am in danger")
    assert "0808 2000 247" in bot.texts_in(bea.id)[-2]
    alert = await _alert_message(fake)
    assert "has not joined" in alert.text
    with sqlite3.connect(bot.runtime.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 0
    assert _alerts(bot)[0][0] is None


async def test_the_same_worry_written_twice_raises_one_alert_until_seen(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "he hits me")
    await bot.send(alice, "he hits me")
    assert len(_alerts(bot)) == 1
    assert sum("0808 2000 247" in text for text in bot.texts_in(alice.id)) >= 2
    bot.clock.advance(601)
    await bot.send(alice, "he hits me")
    assert len(_alerts(bot)) == 2


async def test_a_lead_marks_an_alert_seen_and_who_and_when_is_recorded(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    fake.add_member(SAFEGUARDING_CHAT_ID, staff)
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "I want to die")
    alert = await _alert_message(fake)
    seen = await bot.press(staff, alert, "Seen")
    assert "Seen by Sam at" in seen.text and "want to die" in seen.text
    assert _labels(seen) == ["Offer contact", "Contacted", "Closed"]
    row = _alerts(bot)[0]
    assert row[3] == staff.id and row[4] == "Sam" and row[5] is not None
    bot.fake.press_data(staff, alert.message_id, "sgs:1", chat_id=SAFEGUARDING_CHAT_ID)
    await bot.pump()
    assert list(fake.callback_answers.values())[-1] == {
        "text": "Already marked, or not possible yet: the message shows where this alert stands.",
        "show_alert": False,
    }
    assert _alerts(bot)[0] == row


async def _alert_in_the_lead_chat(bot: Harness, staff: FakeUser) -> FakeMessage:
    bot.fake.add_member(SAFEGUARDING_CHAT_ID, staff)
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "he beat me")
    return await _alert_message(bot.fake)


def _labels(message: FakeMessage) -> list[str]:
    return list(message.buttons)


def _steps(bot: Harness) -> list[tuple[Any, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(
            "SELECT seen_by_name, seen_at, contacted_by, contacted_by_name, contacted_at,"
            " closed_by, closed_by_name, closed_at FROM safeguarding_alerts ORDER BY id"
        ).fetchall()


async def _pressed_between(
    bot: Harness, staff: FakeUser, alert: FakeMessage, label: str
) -> tuple[FakeMessage, tuple[int, int]]:
    """Press `label` on the alert; what the bot shows then, and its time just before and
    just after."""
    before = int(bot.runtime.now())
    shown = await bot.press(staff, alert, label)
    return shown, (before, int(bot.runtime.now()))


async def test_a_lead_records_seen_contacted_and_closed_with_who_and_when(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alert = await _alert_in_the_lead_chat(bot, staff)
    assert _labels(alert) == ["Seen"]
    # The harness clock is the wall clock plus what the test moved it by, so each time is
    # known only to the second it was pressed in: each must lie between the moments around.
    _, seen_between = await _pressed_between(bot, staff, alert, "Seen")
    bot.clock.advance(600)
    contacted, contacted_between = await _pressed_between(bot, staff, alert, "Contacted")
    assert "Contacted by Sam at" in contacted.text and "Seen by Sam at" in contacted.text
    assert _labels(contacted) == ["Offer contact", "Closed"]
    assert contacted.message_id == alert.message_id  # edited in place
    bot.clock.advance(600)
    closed, closed_between = await _pressed_between(bot, staff, alert, "Closed")
    assert "Closed by Sam at" in closed.text and "Contacted by Sam at" in closed.text
    assert not closed.buttons
    steps = _steps(bot)
    assert len(steps) == 1
    (step,) = steps
    # Who: names and staff ids at columns 0, 2-3 and 5-6; when: columns 1, 4 and 7.
    assert step[0] == "Sam" and step[2:4] == step[5:7] == (staff.id, "Sam")
    assert seen_between[0] <= step[1] <= seen_between[1]
    assert contacted_between[0] <= step[4] <= contacted_between[1]
    assert closed_between[0] <= step[7] <= closed_between[1]
    # Pressed again (an old copy of the buttons, or forged): nothing changes.
    for data in ("sgs:1", "sgc:1", "sgx:1"):
        fake.press_data(staff, alert.message_id, data, chat_id=SAFEGUARDING_CHAT_ID)
    await bot.pump()
    assert _steps(bot) == steps
    assert "Closed by Sam" in fake.messages(SAFEGUARDING_CHAT_ID)[-1].text
    async with bot.runtime.db.read() as tx:
        counts = await tx.safeguarding.counts_between(0, step[1])
    assert (counts.open, counts.contacted, counts.closed) == (0, 0, 1)


async def test_an_alert_can_be_closed_without_contact_but_not_before_it_is_seen(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alert = await _alert_in_the_lead_chat(bot, staff)
    # Forged steps out of order on an unseen alert record nothing.
    fake.press_data(staff, alert.message_id, "sgc:1", chat_id=SAFEGUARDING_CHAT_ID)
    fake.press_data(staff, alert.message_id, "sgx:1", chat_id=SAFEGUARDING_CHAT_ID)
    fake.press_data(staff, alert.message_id, "sgx:99", chat_id=SAFEGUARDING_CHAT_ID)
    await bot.pump()
    assert _steps(bot) == [(None,) * 8]
    answers = list(fake.callback_answers.values())[-3:]
    assert answers[-1] == {"text": "This button is no longer active.", "show_alert": True}
    await bot.press(staff, alert, "Seen")
    closed = await bot.press(staff, alert, "Closed")
    assert not closed.buttons and "Contacted" not in closed.text
    row = _steps(bot)[0]
    assert row[4] is None and row[7] is not None
    fake.press_data(staff, alert.message_id, "sgc:1", chat_id=SAFEGUARDING_CHAT_ID)
    await bot.pump()
    assert _steps(bot)[0] == row


async def test_contacted_and_closed_from_anyone_but_a_lead_in_the_chat_change_nothing(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alert = await _alert_in_the_lead_chat(bot, staff)
    seen = await bot.press(staff, alert, "Seen")
    outsider = fake.user(4321, first_name="Eve")
    fake.add_member(SAFEGUARDING_CHAT_ID, outsider)
    await bot.press(outsider, seen, "Contacted")
    await bot.press(outsider, seen, "Closed")
    fake.press_data(bot.woman("Alice"), 1, "sgx:1")
    fake.press_data(staff, 1, "sgc:1")  # right person, wrong chat
    await bot.pump()
    row = _steps(bot)[0]
    assert row[4] is None and row[7] is None
    answers = list(fake.callback_answers.values())[-4:]
    assert all(a is not None and a["text"] == "This button is no longer active." for a in answers)


async def test_seen_from_anyone_but_a_lead_in_the_safeguarding_chat_changes_nothing(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "he beat me")
    alert = await _alert_message(fake)
    outsider = fake.user(4321, first_name="Eve")
    fake.add_member(SAFEGUARDING_CHAT_ID, outsider)
    await bot.press(outsider, alert, "Seen")
    fake.press_data(alice, 1, "sgs:1")
    fake.press_data(staff, 1, "sgs:1")  # right person, wrong chat
    await bot.pump()
    assert [row[5] for row in _alerts(bot)] == [None]
    answers = list(fake.callback_answers.values())[-3:]
    assert all(a is not None and a["text"] == "This button is no longer active." for a in answers)
    assert "Seen by" not in fake.messages(SAFEGUARDING_CHAT_ID)[-1].text


async def test_the_service_chooses_its_own_risk_words(tmp_path: Path) -> None:
    fake = FakeTelegram()
    fake.group(SAFEGUARDING_CHAT_ID)
    harness = await start_harness(make_settings(tmp_path, risk_words=("purple elephant",)), fake)
    try:
        alice = harness.woman("Alice")
        await harness.send(alice, "he hits me")
        assert not any("looks after safety" in text for text in harness.texts_in(alice.id))
        await harness.send(alice, "a Purple  Elephant")
        assert "looks after safety" in harness.texts_in(alice.id)[-2]
        assert "purple elephant" in (await _alert_message(fake)).text
    finally:
        await stop_harness(harness)


async def test_everyday_phrasing_without_apostrophes_alerts_with_the_form_she_used(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    pseudonym = await bot.join(alice)
    await bot.send(alice, "im scared of him, he punched me")
    assert "0808 2000 247" in "\n".join(bot.texts_in(alice.id))
    alert = await _alert_message(fake)
    assert pseudonym in alert.text
    assert "Words: punched me, scared of him" in alert.text  # in the list's order
    assert _alerts(bot)[0][1] == "punched me\nscared of him"


async def test_a_services_texts_file_can_replace_the_list_for_its_language(
    tmp_path: Path,
) -> None:
    fake = FakeTelegram()
    fake.group(SAFEGUARDING_CHAT_ID)
    override = tmp_path / "texts.ftl"
    override.write_text("risk-words =\n    blue/blues moon\n", encoding="utf-8")
    harness = await start_harness(make_settings(tmp_path, texts_file=override), fake)
    try:
        alice = harness.woman("Alice")
        await harness.send(alice, "he punched me")
        assert not any("looks after safety" in text for text in harness.texts_in(alice.id))
        await harness.send(alice, "once in a Blues  Moon")
        assert "blues moon" in (await _alert_message(fake)).text
    finally:
        await stop_harness(harness)


async def test_what_she_is_told_after_an_alert_is_true_for_the_services_settings(
    tmp_path: Path,
) -> None:
    fake = FakeTelegram()
    fake.group(SAFEGUARDING_CHAT_ID)
    hours = "on weekdays from 9:00 to 17:00"
    harness = await start_harness(make_settings(tmp_path, safeguarding_hours=hours), fake)
    try:
        alice = harness.woman("Alice")
        await harness.join(alice)
        menu = harness.fake.last_bot_message(alice.id)
        reply = await harness.press(alice, menu, "I need support now")
        assert "0808 2000 247" in reply.text
        assert f"They read these messages {hours}. They don't" in reply.text
    finally:
        await stop_harness(harness)


async def test_without_a_safeguarding_chat_she_is_not_told_anyone_was_told(
    tmp_path: Path,
) -> None:
    fake = FakeTelegram()
    settings = make_settings(tmp_path, staff_chat_id=None, safeguarding_chat_id=None)
    harness = await start_harness(settings, fake)
    try:
        alice = harness.woman("Alice")
        await harness.join(alice)
        await harness.send(alice, "he punched me")
        reply = harness.fake.bot_messages(alice.id)[-2]
        assert "0808 2000 247" in reply.text and "use the numbers above" in reply.text
        assert "told" not in reply.text
    finally:
        await stop_harness(harness)


def _linked(bot: Harness) -> list[tuple[Any, ...]]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return conn.execute(
            "SELECT item_kind, item_id FROM safeguarding_alerts ORDER BY id"
        ).fetchall()


def _now_showing(fake: FakeTelegram, alert: FakeMessage) -> FakeMessage:
    """The alert as the safeguarding chat shows it now (after any edit)."""
    [shown] = [m for m in fake.messages(SAFEGUARDING_CHAT_ID) if m.message_id == alert.message_id]
    return shown


async def test_an_alert_shows_the_feedback_number_only_once_the_feedback_is_saved(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Groups")
    review = await bot.send(alice, "He punched me again last night")
    alert = await _alert_message(fake)
    # Raised at once, before anything is saved: no number yet.
    assert "Sent as" not in alert.text and _linked(bot) == [(None, None)]
    thanks = await bot.press(alice, review, "Send")
    number = int(thanks.text.split("#")[1].split()[0].rstrip(").,"))
    shown = _now_showing(fake, alert)
    assert f"Sent as: feedback #{number}" in shown.text and shown.buttons == ["Seen"]
    assert shown.protect_content
    assert _linked(bot) == [("feedback", number)]
    # One alert message, edited in place: the chat does not grow.
    assert len(fake.messages(SAFEGUARDING_CHAT_ID)) == 1


async def test_an_alert_shows_the_idea_number_and_keeps_what_the_lead_already_marked(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    fake.add_member(SAFEGUARDING_CHAT_ID, staff)
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "/propose")
    await bot.send(alice, "A group for when he threatens me")
    alert = await _alert_message(fake)
    await bot.press(staff, alert, "Seen")
    review = await bot.send(alice, "Somewhere to talk about it")
    sent = await bot.press(alice, review, "Send")
    number = int(sent.text.split("(number #")[1].split(")")[0])
    shown = _now_showing(fake, alert)
    assert f"Sent as: idea #{number}" in shown.text and "Seen by Sam" in shown.text
    assert shown.buttons == ["Offer contact", "Contacted", "Closed"]
    assert _linked(bot) == [("idea", number)]


async def test_an_alert_from_feedback_she_cancels_names_no_item_and_later_feedback_is_not_linked(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    topics = await bot.send(alice, "/share")
    await bot.press(alice, topics, "Groups")
    review = await bot.send(alice, "he kicked me")
    alert = await _alert_message(fake)
    await bot.press(alice, review, "Cancel")
    await bot.give_feedback(alice, "The room was cold")
    assert _linked(bot) == [(None, None)]
    assert "Sent as" not in _now_showing(fake, alert).text


async def test_an_alert_from_text_typed_outside_a_flow_shows_the_feedback_it_became(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "I am scared of him")
    offer = fake.last_bot_message(alice.id)
    assert offer.text == "Would you like to send this as feedback?"
    alert = await _alert_message(fake)
    topics = await bot.press(alice, offer, "Yes, send it")
    review = await bot.press(alice, topics, "Groups")
    await bot.press(alice, review, "Send")
    assert _linked(bot) == [("feedback", 1)]
    assert "Sent as: feedback #1" in _now_showing(fake, alert).text


async def test_an_alert_from_a_vote_reason_shows_the_poll_number(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, *_ = await _women(bot, 3)
    number = await create_poll(bot, staff)
    message = await card(fake, alice, number)
    await bot.press(alice, message, "Tuesday evening")
    await bot.press(alice, message, "Add a reason (if you want)")
    await bot.send(alice, "Saturdays he is home and he hit me")
    alert = await _alert_message(fake)
    assert f"in poll #{number}" in _now_showing(fake, alert).text
    assert _linked(bot) == [("poll", number)]
