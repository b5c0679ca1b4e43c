"""Reaching her after an alert: a lead offers contact, she answers, the lead is told."""

from __future__ import annotations

import html
import logging

from bot.notices import notice, notice_html
from bot.runtime import Runtime
from bot.safeguarding import queue_alert_edit
from bot.texts import DEFAULT_LANGUAGE
from storage.safeguarding import Alert

log = logging.getLogger(__name__)

# Her answers to an offer, by the letter in the button's data.
ANSWERS = {"h": "here", "n": "not_now", "c": "call"}
# A safe time and a number fit in a line; the lead's message to her in a few.
CALL_DETAILS_MAX = 200


def answer_buttons(rt: Runtime, alert_id: int, language: str) -> list[list[tuple[str, str]]]:
    """Message me here / not now / call me, under the offer in her chat."""
    return [
        [(_label(rt, f"contact.answer_button_{code}", language), f"ca:{code}:{alert_id}")]
        for code in ANSWERS
    ]


def _label(rt: Runtime, key: str, language: str = DEFAULT_LANGUAGE) -> str:
    """Button labels are plain text: Telegram shows them as typed."""
    return html.unescape(rt.texts(key, language))


async def offer_contact(
    rt: Runtime, alert_id: int, staff_user_id: int, staff_name: str
) -> Alert | None:
    """A lead's "Offer contact": a neutral message to her asking if now is a good time, and
    the alert marked contacted. None when this press changed nothing (not seen yet, closed,
    offered already, she is gone, or forged)."""
    async with rt.db.transaction() as tx:
        if not await tx.safeguarding.mark_offered(alert_id, staff_user_id, staff_name, rt.now()):
            return None
        alert = await tx.safeguarding.by_id(alert_id)
        assert alert is not None and alert.participant_id is not None
        her = await tx.participants.by_id(alert.participant_id)
        assert her is not None
        await rt.outbox.queue(
            tx,
            her.telegram_user_id,
            # Unasked, so lock-screen safe: the neutral first line, nothing about the service.
            notice(rt.texts, "contact.offer", her.language),
            participant_id=her.id,
            buttons=answer_buttons(rt, alert_id, her.language),
        )
    log.info("safeguarding alert %s: contact offered", alert_id)
    return alert


async def can_answer(rt: Runtime, alert_id: int, participant_id: int) -> bool:
    async with rt.db.read() as tx:
        return await tx.safeguarding.can_answer(alert_id, participant_id)


async def answer_offer(
    rt: Runtime, alert_id: int, participant_id: int, answer: str, details: str | None = None
) -> bool:
    """Her answer, once: the lead is told in the safeguarding chat (protected), and the alert
    shows it. With "call me", her safe time and number go only into that message (held in the
    outbox until it is sent, and in the chat until the lead presses Noted). False if the offer
    is not hers, was answered already or the alert is closed."""
    chat_id = rt.settings.safeguarding_chat_id
    async with rt.db.transaction() as tx:
        if not await tx.safeguarding.record_answer(alert_id, participant_id, answer, rt.now()):
            return False
        alert = await tx.safeguarding.by_id(alert_id)
        assert alert is not None
        row = await rt.outbox.queue(
            tx,
            chat_id,
            told_text(rt, alert, details),
            buttons=noted_buttons(rt, alert) if details is not None else None,
            protect=True,
            quotes=[participant_id] if details is not None else [],
        )
        if details is not None and row is not None:
            await tx.safeguarding.set_call_outbox(alert_id, row)
        await queue_alert_edit(rt, tx, alert)
    log.info("safeguarding alert %s: she answered the offer (%s)", alert_id, answer)
    return True


def told_text(rt: Runtime, alert: Alert, details: str | None) -> str:
    """How the lead reads her answer; her time and number only while `details` is given."""
    values = {"pseudonym": alert.pseudonym or "", "alert": alert.id}
    if details is not None:
        return rt.texts("contact.told_call", details=details, **values)
    key = "contact.told_call_removed" if alert.answer == "call" else f"contact.told_{alert.answer}"
    return rt.texts(key, **values)


def noted_buttons(rt: Runtime, alert: Alert) -> list[list[tuple[str, str]]]:
    return [[(_label(rt, "contact.noted_button"), f"sgn:{alert.id}")]]


async def remove_call(rt: Runtime, alert_id: int) -> Alert | None:
    """The lead has her time and number (Noted): they go from the chat message. The alert,
    or None if they were already gone."""
    async with rt.db.transaction() as tx:
        if not await tx.safeguarding.remove_call(alert_id, rt.now()):
            return None
        return await tx.safeguarding.by_id(alert_id)


async def withdraw_calls(rt: Runtime, participant_id: int, *, forgetting: bool) -> int:
    """Quick exit or /forget: her time and number leave the lead's chat (not sent if still
    waiting, else edited out). With `forgetting` (/forget), every other message to staff that
    shows her words and still waits is not sent either; quick exit leaves those alone, so an
    alert she raised just before leaving still reaches the lead. Returns how many messages
    were taken back."""
    async with rt.db.transaction() as tx:
        dropped = await tx.outbox.drop_pending_quoting(participant_id) if forgetting else 0
        shown = await tx.safeguarding.calls_shown(participant_id)
        for alert in shown:
            await tx.safeguarding.remove_call(alert.id, rt.now())
            assert alert.call_outbox_id is not None
            if await tx.outbox.drop_unsent(alert.call_outbox_id):
                continue
            await rt.outbox.queue(
                tx,
                rt.settings.safeguarding_chat_id,
                told_text(rt, alert, None),
                protect=True,
                edit_of=alert.call_outbox_id,
            )
    if dropped or shown:
        log.info("contact details withdrawn from the lead's chat (%s)", dropped + len(shown))
    return dropped + len(shown)


async def tell_her(rt: Runtime, alert_id: int, body: str) -> bool:
    """A lead's message to a woman who chose "message me here" on an open alert: sent with
    the neutral first line. False if she did not choose that, is gone, or it is closed."""
    async with rt.db.transaction() as tx:
        alert = await tx.safeguarding.by_id(alert_id)
        if (
            alert is None
            or alert.answer != "here"
            or alert.closed_at is not None
            or alert.participant_id is None
        ):
            return False
        her = await tx.participants.by_id(alert.participant_id)
        if her is None or her.telegram_user_id is None:
            return False
        message = rt.texts("contact.message", her.language, body=body)
        await rt.outbox.queue(
            tx,
            her.telegram_user_id,
            notice_html(rt.texts, her.language, message),
            participant_id=her.id,
            protect=True,
        )
    log.info("safeguarding alert %s: a lead wrote to her", alert_id)
    return True
