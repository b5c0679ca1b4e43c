"""Her answer to a lead's offer of contact, and the lead's message to her (/tell)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ConversationHandler

from bot.contact import ANSWERS, CALL_DETAILS_MAX, answer_offer, can_answer, tell_her
from bot.text_input import check_text
from bot.texts import Safe
from handlers.common import (
    message_text,
    query_of,
    say,
    say_html,
    show_html,
    text,
    unknown_reply,
)
from handlers.context import Ctx
from handlers.safety import read_free_text, where_help_is

CALL_DETAILS = 0
END = ConversationHandler.END

_ALERT = "contact_alert"


def _parts(data: str | None) -> tuple[str, int]:
    """The answer and the alert in `ca:<code>:<alert>` (the pattern has matched it)."""
    _, code, alert_id = (data or "").split(":")
    return ANSWERS[code], int(alert_id)


def _reply(ctx: Ctx, answer: str) -> Safe:
    """What she is told after answering: what happens now, then the helplines and only what
    is true about when the chat is read."""
    return Safe(text(ctx, f"contact.reply_{answer}") + "\n\n" + where_help_is(ctx))


async def on_answer(update: Update, ctx: Ctx) -> None:
    """Message me here, or not now: recorded once, checked against the database."""
    query = query_of(update)
    answer, alert_id = _parts(query.data)
    if ctx.participant is None or not await answer_offer(
        ctx.rt, alert_id, ctx.participant.id, answer
    ):
        await query.answer(text(ctx, "contact.already"), show_alert=True)
        return
    await query.answer()
    await show_html(query, _reply(ctx, answer))


async def ask_call_details(update: Update, ctx: Ctx) -> int:
    """Call me: ask for a safe time and a number (kept only until the lead has them)."""
    query = query_of(update)
    _, alert_id = _parts(query.data)
    if ctx.participant is None or not await can_answer(ctx.rt, alert_id, ctx.participant.id):
        await query.answer(text(ctx, "contact.already"), show_alert=True)
        return END
    await query.answer()
    ctx.drafts[_ALERT] = alert_id
    await show_html(query, text(ctx, "contact.ask_call", limit=CALL_DETAILS_MAX))
    return CALL_DETAILS


async def got_call_details(update: Update, ctx: Ctx) -> int:
    """Her safe time and number: passed to the lead, not kept here."""
    details = await read_free_text(update, ctx, CALL_DETAILS_MAX, source="contact")
    if details is None:
        return CALL_DETAILS
    alert_id = ctx.drafts.pop(_ALERT, None)
    if (
        alert_id is None
        or ctx.participant is None
        or not await answer_offer(ctx.rt, alert_id, ctx.participant.id, "call", details)
    ):
        await say(update, ctx, "contact.already")
        return END
    await say_html(update, ctx, _reply(ctx, "call"))
    return END


async def cmd_tell(update: Update, ctx: Ctx) -> None:
    """/tell <alert> <message>: a lead writes to a woman who chose "message me here"."""
    user = update.effective_user
    if user is None or not ctx.rt.is_safeguarding_lead(user.id):
        # From anyone else it looks like any unknown command.
        await say_html(update, ctx, unknown_reply(ctx))
        return
    parts = message_text(update).split(maxsplit=2)
    number = parts[1].removeprefix("#") if len(parts) > 1 else ""
    check = check_text(parts[2] if len(parts) > 2 else "", ctx.rt.settings.max_text_length)
    if not number.isdigit() or len(number) > 9 or check.problem is not None:
        await say(update, ctx, "contact.tell_usage")
        return
    sent = await tell_her(ctx.rt, int(number), check.text)
    await say(update, ctx, "contact.tell_queued" if sent else "contact.tell_refused")
