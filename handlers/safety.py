"""Safety in every chat: flood control, quick exit, support now, risk words and alerts seen."""

from __future__ import annotations

import logging
import re

from telegram import Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop, ConversationHandler

from bot.contact import offer_contact, remove_call, told_text, withdraw_calls
from bot.flood import Verdict
from bot.quick_exit import batches, still_deletable
from bot.rules.intake import is_safety_action
from bot.safeguarding import (
    STEP_CODES,
    alert_buttons,
    alert_text,
    record_alert_step,
    request_support,
    screen_text,
)
from bot.text_input import clean_text
from bot.texts import Safe
from handlers.common import query_of, read_text, say, say_html, show_html, text, voice_in
from handlers.context import Ctx
from storage.feedback import Voice
from storage.safeguarding import Alert

log = logging.getLogger(__name__)

END = ConversationHandler.END
_ALERT_DATA = re.compile(r"^sg([scxon]):(\d{1,12})$")


def _who(ctx: Ctx) -> str:
    """How logs name the person: her pseudonym, never a Telegram id."""
    return ctx.participant.pseudonym if ctx.participant else "someone not joined"


def _written(update: Update) -> str:
    message = update.effective_message
    if message is None:
        return ""
    return clean_text(message.text or message.caption or "")


def where_help_is(ctx: Ctx) -> Safe:
    """The helplines, always; then only what is true: whether the lead was told, and when
    alerts are read (SAFEGUARDING_HOURS)."""
    settings = ctx.rt.settings
    if settings.safeguarding_chat_id is None:
        return text(ctx, "safeguarding.reply_untold")
    if settings.safeguarding_hours:
        return text(ctx, "safeguarding.reply_hours", hours=settings.safeguarding_hours)
    return text(ctx, "safeguarding.reply")


async def tell_where_help_is(update: Update, ctx: Ctx) -> None:
    """`where_help_is`, as a message of its own."""
    await say_html(update, ctx, where_help_is(ctx))


# The kind of item a flow's free text becomes, by the alert source it is screened as.
_ITEM_OF_SOURCE = {"feedback": "feedback", "proposal": "idea", "vote_reason": "poll"}
# Her draft's alerts not yet linked to an item: kind -> alert ids.
_ALERTS = "safeguarding_alerts"


def alerts_for(ctx: Ctx, kind: str) -> list[int]:
    """Take the alerts raised while she wrote the item of `kind` she is now saving."""
    waiting: dict[str, list[int]] = ctx.drafts.get(_ALERTS, {})
    taken = waiting.pop(kind, [])
    if not waiting:
        ctx.drafts.pop(_ALERTS, None)
    return taken


async def screen_free_text(
    update: Update, ctx: Ctx, written: str, *, source: str, item: str | None = None
) -> bool:
    """Check free text she wrote for risk words; on a match, tell her where to get help now.

    Every flow calls this on every piece of free text (cleaned with `clean_text`) before it
    goes on; the alert is raised by the service, and the flow then saves exactly what she
    meant to save. With `item` (the kind of item the text will be part of), a new alert is
    kept with her draft, so the flow can link it to the item once that is saved
    (`alerts_for`). Returns True if risk words were found.
    """
    participant_id = ctx.participant.id if ctx.participant else None
    screening = await screen_text(ctx.rt, written, participant_id=participant_id, source=source)
    if screening.alert is not None and participant_id is not None and item is not None:
        ctx.drafts.setdefault(_ALERTS, {}).setdefault(item, []).append(screening.alert.id)
    if screening.words:
        await tell_where_help_is(update, ctx)
    return bool(screening.words)


async def read_free_text(update: Update, ctx: Ctx, limit: int, *, source: str) -> str | None:
    """A woman's free text: screened for risk words first, whatever happens next, then checked."""
    await screen_message(update, ctx, source=source, item=_ITEM_OF_SOURCE.get(source))
    return await read_text(update, ctx, limit)


async def got_non_text(update: Update, ctx: Ctx) -> int | None:
    """A photo, sticker, voice note or file where a woman's text was expected: its caption is
    screened, nothing is downloaded, and the step stays open."""
    await screen_message(update, ctx)
    await say(update, ctx, "input.text_only")
    return None


async def read_voice(update: Update, ctx: Ctx, *, source: str) -> Voice:
    """Her voice note, as Telegram's reference to it (the sound is never fetched); a caption
    is screened like her words."""
    voice = voice_in(update)
    assert voice is not None  # the flow routes only voice messages here
    await screen_message(update, ctx, source=source, item=_ITEM_OF_SOURCE.get(source))
    return voice


async def got_other_media(update: Update, ctx: Ctx) -> int | None:
    """A photo, sticker or file where her words or a voice note were expected: screened like
    `got_non_text`, and she is told a voice note would do."""
    await screen_message(update, ctx)
    await say(update, ctx, "voice.text_or_voice")
    return None


async def screen_message(
    update: Update, ctx: Ctx, *, source: str = "message", item: str | None = None
) -> bool:
    """`screen_free_text` for the text or caption of the message in `update`."""
    written = _written(update)
    return bool(written) and await screen_free_text(update, ctx, written, source=source, item=item)


async def limit_flood(update: Update, ctx: Ctx) -> None:
    """Guard: a polite word to a woman who sends too much too fast, then silence for a while.

    Staff are not limited. Risk words are still looked for in what is dropped: a woman in
    danger typing fast must still be told where to get help, once per alert.
    """
    user = update.effective_user
    if user is None or ctx.rt.is_staff(user.id) or is_safety_action(update):
        return
    verdict = ctx.rt.flood.update(user.id, ctx.rt.clock())
    if verdict is Verdict.ALLOW:
        return
    query = update.callback_query
    if query is not None:
        # A press left unanswered spins on her screen; answering is not acting on it.
        await query.answer()
    written = _written(update)
    if written:
        participant_id = ctx.participant.id if ctx.participant else None
        screening = await screen_text(
            ctx.rt, written, participant_id=participant_id, source="message"
        )
        if screening.alert is not None:
            await tell_where_help_is(update, ctx)
    if verdict is Verdict.WARN:
        await say(update, ctx, "flood.slow_down")
        log.info("flood control: %s asked to slow down", _who(ctx))
    message = update.message
    if message is not None:
        # Quick exit must still clear it, but an ignored update costs no write.
        ctx.rt.trail.remember(message.chat.id, message.message_id, int(message.date.timestamp()))
    raise ApplicationHandlerStop


async def submission_allowed(update: Update, ctx: Ctx) -> bool:
    """Call before storing anything she submits; False means do not store it (yet)."""
    user = update.effective_user
    if user is None or ctx.rt.is_staff(user.id):
        return True
    verdict = ctx.rt.flood.submission(user.id, ctx.rt.clock())
    if verdict is Verdict.WARN:
        await say(update, ctx, "flood.submissions")
        log.info("flood control: %s asked to wait before submitting more", _who(ctx))
    return verdict is Verdict.ALLOW


async def cmd_exit(update: Update, ctx: Ctx) -> int:
    """/exit or "Leave quickly": delete every message Telegram still allows, then one neutral
    line that claims nothing, or, if some messages stay, says how she can remove them herself.

    It also ends whatever flow she was in and drops its draft; nothing she already sent is
    touched.
    """
    query = update.callback_query
    if query is not None:
        await query.answer()
    chat = update.effective_chat
    if chat is None or chat.type != chat.PRIVATE:
        return END
    if ctx.user_data is not None:
        ctx.drafts.clear()
    rt = ctx.rt
    rt.held.pop(chat.id, None)  # anything she typed and had not yet chosen to send
    if ctx.participant is not None:
        # A time and number she gave for a call leave the lead's chat too.
        await withdraw_calls(rt, ctx.participant.id, forgetting=False)
    now = rt.trail.now(rt.now())
    split = await rt.trail.leave(chat.id, now)
    message_ids = split.deletable
    some_stay = split.outlived
    # The message that asked for the exit, in case it could not be noted on the way in.
    current = update.message or (query.message if query is not None else None)
    if isinstance(current, Message):
        if still_deletable([(current.message_id, int(current.date.timestamp()))], now):
            message_ids = sorted({*message_ids, current.message_id})
        else:
            some_stay = True
    for batch in batches(message_ids):
        try:
            await ctx.bot.delete_messages(chat.id, batch)
        except BadRequest as error:
            some_stay = True
            log.warning("quick exit: a batch could not be deleted: %s", error.message)
        except TelegramError as error:
            # Telegram could not be reached: keep these ids so pressing again still clears them
            # (noted as of now; any past the 48 hours are refused harmlessly next time).
            some_stay = True
            for message_id in batch:
                await rt.trail.note(chat.id, message_id, now)
            log.warning("quick exit: a batch will be retried: %s", type(error).__name__)
    await say(update, ctx, "exit.some_stay" if some_stay else "exit.done")
    log.info(
        "quick exit: %s messages cleared for %s%s",
        len(message_ids),
        _who(ctx),
        "; some older ones stay" if some_stay else "",
    )
    return END


async def on_support(update: Update, ctx: Ctx) -> None:
    """The "I need support now" button: the helplines at once, and an alert to the lead."""
    await query_of(update).answer()
    await request_support(ctx.rt, ctx.participant.id if ctx.participant else None)
    await tell_where_help_is(update, ctx)


async def on_alert_step(update: Update, ctx: Ctx) -> None:
    """A safeguarding lead presses Seen, Contacted or Closed on an alert in the safeguarding
    chat; the lead and the chat are checked on every press, the step against the database."""
    query = query_of(update)
    rt = ctx.rt
    chat = update.effective_chat
    match = _ALERT_DATA.match(query.data or "")
    allowed = (
        rt.is_safeguarding_lead(query.from_user.id)
        and chat is not None
        and chat.id == rt.settings.safeguarding_chat_id
    )
    if not (allowed and match):
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return
    code, alert_id = match.group(1), int(match.group(2))
    lead = query.from_user
    if code == "n":
        await _on_call_noted(update, ctx, alert_id)
        return
    if code == "o":
        offered = await offer_contact(rt, alert_id, lead.id, lead.first_name)
        result = (offered, True) if offered else await _as_it_stands(ctx, alert_id)
    else:
        result = await record_alert_step(
            rt.db, alert_id, STEP_CODES[code], lead.id, lead.first_name, rt.now()
        )
    if result is None:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return
    alert, marked = result
    await query.answer(None if marked else text(ctx, "safeguarding.already_marked"))
    await show_html(
        query,
        alert_text(rt.texts, alert, rt.settings.zone),
        buttons=alert_buttons(rt.texts, alert),
    )


async def _as_it_stands(ctx: Ctx, alert_id: int) -> tuple[Alert, bool] | None:
    """An alert a press did not change, to show it as it stands."""
    async with ctx.rt.db.read() as tx:
        alert = await tx.safeguarding.by_id(alert_id)
    return (alert, False) if alert is not None else None


async def _on_call_noted(update: Update, ctx: Ctx, alert_id: int) -> None:
    """Noted, under her time and number: the lead has them, so they leave the chat."""
    query = query_of(update)
    alert = await remove_call(ctx.rt, alert_id)
    if alert is None:
        await query.answer(text(ctx, "contact.already_removed"), show_alert=True)
        return
    await query.answer()
    await show_html(query, told_text(ctx.rt, alert, None))
