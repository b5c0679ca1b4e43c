"""Reaching her after an alert: a lead offers contact, she answers (message me here / not now /
call me), the lead is told, and her time and number are kept only until the lead has them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from bot.contact import answer_offer, withdraw_calls
from bot.sandbox.loopback import FakeMessage, FakeTelegram, FakeUser
from tests.harness import (
    SAFEGUARDING_CHAT_ID,
    Harness,
    make_settings,
    start_harness,
    stop_harness,
)

NUMBER = "after 6pm on 07700 900123"


def _dump(bot: Harness) -> str:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        return "\n".join(conn.iterdump())


def _alert_row(bot: Harness) -> tuple[Any, ...]:
    with sqlite3.connect(bot.runtime.db.path) as conn:
        row = conn.execute(
            "SELECT offered_by_name, offered_at, contacted_by_name, contacted_at, answer,"
            " answered_at FROM safeguarding_alerts"
        ).fetchone()
    return tuple(row)


def _shown(fake: FakeTelegram, chat_id: int, message_id: int) -> FakeMessage:
    [message] = [m for m in fake.messages(chat_id) if m.message_id == message_id]
    return message


def _last_popup(fake: FakeTelegram) -> str:
    answer = list(fake.callback_answers.values())[-1]
    assert answer is not None
    return str(answer["text"])


async def _offered(bot: Harness, staff: FakeUser) -> tuple[FakeUser, FakeMessage, FakeMessage]:
    """Alice writes a risk phrase, a lead sees the alert and offers contact; returns her,
    the alert and the offer she got."""
    bot.fake.add_member(SAFEGUARDING_CHAT_ID, staff)
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "he kicked me last night")
    alert = await bot.fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="alert")
    seen = await bot.press(staff, alert, "Seen")
    assert seen.buttons == ["Offer contact", "Contacted", "Closed"]
    await bot.press(staff, alert, "Offer contact")
    return alice, alert, bot.fake.last_bot_message(alice.id)


async def test_offer_contact_sends_her_a_neutral_question_and_counts_as_contacted(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, alert, offer = await _offered(bot, staff)
    # Lock-screen safe: the neutral first line, then a question that names nothing.
    assert offer.text.splitlines() == ["New message", "Is now a good time for us to get in touch?"]
    assert offer.buttons == ["Message me here", "Not now", "Call me"]
    shown = _shown(fake, SAFEGUARDING_CHAT_ID, alert.message_id)
    assert "Contact offered by Sam at" in shown.text and "Contacted by Sam at" in shown.text
    assert shown.buttons == ["Closed"]
    offered_by, offered_at, contacted_by, contacted_at, answer, _ = _alert_row(bot)
    assert (offered_by, contacted_by, answer) == ("Sam", "Sam", None)
    assert offered_at == contacted_at is not None
    # A second press (an old copy, or forged) sends nothing more.
    fake.press_data(staff, alert.message_id, "sgo:1", chat_id=SAFEGUARDING_CHAT_ID)
    await bot.pump()
    assert "Already marked" in _last_popup(fake)
    assert len([m for m in fake.bot_messages(alice.id) if "good time" in m.text]) == 1


async def test_not_now_is_passed_on_and_she_gets_the_helplines(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, alert, offer = await _offered(bot, staff)
    reply = await bot.press(alice, offer, "Not now")
    assert reply.message_id == offer.message_id  # edited in place
    assert "We won't get in touch now" in reply.text
    assert "0808 2000 247" in reply.text and "not watched all the time" in reply.text
    told = await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="Answer to your offer")
    assert "not now" in told.text and told.protect_content
    shown = _shown(fake, SAFEGUARDING_CHAT_ID, alert.message_id)
    assert "Her answer: not now" in shown.text
    # Her second press, or a forged one for another answer, changes nothing.
    fake.press_data(alice, offer.message_id, "ca:h:1")
    await bot.pump()
    assert _last_popup(fake) == "This question has already been answered, or it is closed."
    assert _alert_row(bot)[4] == "not_now"


async def test_someone_else_cannot_answer_her_offer(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    _, _, offer = await _offered(bot, staff)
    bea = bot.woman("Bea")
    await bot.join(bea)
    fake.press_data(bea, offer.message_id, "ca:n:1", chat_id=bea.id)
    await bot.pump()
    assert _last_popup(fake) == "This question has already been answered, or it is closed."
    assert _alert_row(bot)[4] is None


async def test_call_me_passes_her_time_and_number_to_the_lead_and_keeps_them_nowhere(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, alert, offer = await _offered(bot, staff)
    ask = await bot.press(alice, offer, "Call me")
    assert "type a safe time to call you, and the number" in ask.text
    reply = await bot.send(alice, NUMBER)
    assert "passed on your time and number" in reply.text and "0808 2000 247" in reply.text
    told = await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains=NUMBER)
    assert told.protect_content and told.buttons == ["Noted"]
    assert "call me" in told.text
    assert "Her answer: call me" in _shown(fake, SAFEGUARDING_CHAT_ID, alert.message_id).text
    # Delivered: the bot keeps no copy (the outbox drops what it sent).
    assert NUMBER not in _dump(bot)
    noted = await bot.press(staff, told, "Noted")
    assert NUMBER not in noted.text and "removed from this chat" in noted.text
    assert not [m for m in fake.messages(SAFEGUARDING_CHAT_ID) if NUMBER in (m.text or "")]
    fake.press_data(staff, told.message_id, "sgn:1", chat_id=SAFEGUARDING_CHAT_ID)
    await bot.pump()
    assert _last_popup(fake) == "They were already removed from this chat."


async def _asked_for_a_call(bot: Harness, staff: FakeUser) -> tuple[FakeUser, FakeMessage]:
    """She answered "Call me" with her time and number; returns her and the lead's message."""
    alice, _, offer = await _offered(bot, staff)
    await bot.press(alice, offer, "Call me")
    await bot.send(alice, NUMBER)
    return alice, await bot.fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains=NUMBER)


async def test_quick_exit_takes_her_time_and_number_out_of_the_leads_chat(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, told = await _asked_for_a_call(bot, staff)
    await bot.send(alice, "/exit")
    shown = _shown(fake, SAFEGUARDING_CHAT_ID, told.message_id)
    assert NUMBER not in shown.text and "removed from this chat" in shown.text
    assert not shown.buttons


async def test_forget_takes_her_time_and_number_out_of_the_leads_chat(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, told = await _asked_for_a_call(bot, staff)
    ask = await bot.send(alice, "/forget")
    await bot.press(alice, ask, "Yes, delete everything")
    # Under 48 hours old, the message that showed them is deleted outright.
    assert not [m for m in fake.messages(SAFEGUARDING_CHAT_ID) if NUMBER in (m.text or "")]
    assert told.message_id not in [m.message_id for m in fake.messages(SAFEGUARDING_CHAT_ID)]


async def test_message_me_here_lets_a_lead_write_to_her_with_tell(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, _, offer = await _offered(bot, staff)
    reply = await bot.press(alice, offer, "Message me here")
    assert "When someone writes back, it will be in this chat." in reply.text
    assert "0808 2000 247" in reply.text
    told = await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="Write to her")
    assert "/tell 1" in told.text
    answer = await bot.send(staff, "/tell 1 Hello, it's Sam. Is it OK to talk at 3?")
    assert answer.text == "Your message is on its way to her."
    message = fake.last_bot_message(alice.id)
    assert message.text.splitlines()[0] == "New message"
    assert "Hello, it's Sam. Is it OK to talk at 3?" in message.text
    # Anyone else gets what an unknown command gets; a bad number is refused.
    bea = bot.woman("Bea")
    await bot.join(bea)
    assert "didn't understand" in (await bot.send(bea, "/tell 1 hi")).text
    assert "Not sent" in (await bot.send(staff, "/tell 9 hello")).text
    assert "Send /tell" in (await bot.send(staff, "/tell")).text


async def test_tell_is_refused_when_she_did_not_choose_message_me_here(
    bot: Harness, staff: FakeUser
) -> None:
    alice, _, offer = await _offered(bot, staff)
    await bot.press(alice, offer, "Not now")
    assert "Not sent" in (await bot.send(staff, "/tell 1 hello")).text


async def test_offer_contact_is_for_a_lead_in_the_safeguarding_chat_only(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    fake.add_member(SAFEGUARDING_CHAT_ID, staff)
    alice = bot.woman("Alice")
    await bot.join(alice)
    await bot.send(alice, "he kicked me last night")
    alert = await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="alert")
    await bot.press(staff, alert, "Seen")
    fake.press_data(alice, alert.message_id, "sgo:1", chat_id=alice.id)
    await bot.pump()
    assert _alert_row(bot)[1] is None
    assert not [m for m in fake.bot_messages(alice.id) if "good time" in m.text]


async def test_her_answer_tells_only_what_is_true_for_the_hours_the_chat_is_read(
    tmp_path: Path, fake: FakeTelegram, staff: FakeUser
) -> None:
    hours = "on weekdays from 9:00 to 17:00"
    harness = await start_harness(make_settings(tmp_path, safeguarding_hours=hours), fake)
    try:
        alice, _, offer = await _offered(harness, staff)
        reply = await harness.press(alice, offer, "Message me here")
        assert "0808 2000 247" in reply.text
        told = f"They read these messages {hours}. They don't read them at other times."
        assert told in reply.text
    finally:
        await stop_harness(harness)


async def test_an_alert_raised_just_before_quick_exit_still_reaches_the_lead(
    bot: Harness, fake: FakeTelegram
) -> None:
    alice = bot.woman("Alice")
    await bot.join(alice)
    # Both arrive before the outbox sends anything: the alert is still waiting at the exit.
    fake.send_text(alice, "he punched me")
    fake.send_text(alice, "/exit")
    await bot.pump()
    assert await fake.wait_for_bot_message(SAFEGUARDING_CHAT_ID, contains="punched me")


async def test_her_time_and_number_are_not_sent_at_all_if_she_leaves_first(
    bot: Harness, fake: FakeTelegram, staff: FakeUser
) -> None:
    alice, _, _ = await _offered(bot, staff)
    her = await bot.participant(alice)
    assert her is not None
    # Her answer is queued; she leaves before the outbox sends it.
    assert await answer_offer(bot.runtime, 1, her.id, "call", NUMBER)
    assert await withdraw_calls(bot.runtime, her.id, forgetting=False) == 1
    await bot.pump()
    assert not [m for m in fake.messages(SAFEGUARDING_CHAT_ID) if NUMBER in (m.text or "")]
    assert NUMBER not in _dump(bot)
