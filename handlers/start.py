"""Joining with consent, the main menu, help, and the answers to anything unexpected."""

from __future__ import annotations

from collections.abc import Callable

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, ConversationHandler

from bot import participants
from bot.intake import process_again
from bot.invites import code_required, invite_is_valid
from bot.rules.languages import shipped_language
from bot.rules.voice import clock_length
from bot.text_input import check_text
from handlers.common import (
    query_of,
    say,
    say_html,
    screen,
    show,
    text,
    unknown_reply,
    user_id_of,
    voice_in,
)
from handlers.context import Ctx
from handlers.safety import alerts_for, screen_message
from storage.feedback import Voice

# The invite code from her /start link, kept in memory only until she agrees.
_INVITE = "invite_code"
# The language she chose on the consent screen, kept in memory only until she agrees.
_LANGUAGE = "consent_language"


async def load_participant(update: Update, ctx: Ctx) -> None:
    """Know who is writing before any handler runs; ignore what must not be processed."""
    chat = update.effective_chat
    if update.edited_message is not None:
        # An edit never changes something she already submitted.
        raise ApplicationHandlerStop
    if update.message is not None and (chat is None or chat.type != chat.PRIVATE):
        # Group chats (the staff chat) are for reading; only button presses count there.
        raise ApplicationHandlerStop
    user = update.effective_user
    if user is None:
        raise ApplicationHandlerStop
    # Only a read here: what writes waits until flood control has let the update through.
    ctx.participant = await participants.find_participant(ctx.rt.db, user.id)
    if ctx.participant is None:
        # Before she joins: the language she chose on the first screen, else her app's.
        chosen = ctx.drafts.get(_LANGUAGE)
        ctx.language = chosen or shipped_language(user.language_code, ctx.rt.texts.languages)


async def note_seen(update: Update, ctx: Ctx) -> None:
    """After flood control: note her message for quick exit and that she used the chat."""
    message = update.message
    if message is not None:
        # Every message of hers is one quick exit may need to delete.
        # Stored with the commit that marks updates done: no write of its own.
        ctx.rt.trail.note_later(message.chat.id, message.message_id, int(message.date.timestamp()))
    if ctx.participant is not None:
        ctx.participant = await participants.note_seen(ctx.rt.db, ctx.participant, ctx.rt.now())


def menu_buttons(ctx: Ctx) -> list[list[tuple[str, str]]]:
    return [
        [
            (text(ctx, "menu.feedback"), "menu:feedback"),
            (text(ctx, "menu.propose"), "menu:propose"),
        ],
        [(text(ctx, "menu.ideas"), "menu:ideas"), (text(ctx, "menu.mine"), "menu:mine")],
        [(text(ctx, "menu.vote"), "menu:vote"), (text(ctx, "menu.policy"), "menu:policy")],
        [
            (text(ctx, "menu.settings"), "menu:settings"),
            (text(ctx, "menu.privacy"), "menu:privacy"),
        ],
        [(text(ctx, "menu.support"), "menu:support")],
        [(text(ctx, "menu.exit"), "qx")],
    ]


async def send_menu(update: Update, ctx: Ctx, above: str = "") -> None:
    """The menu, in place of the message whose button was pressed (else as a new message);
    `above` is a line to show first (e.g. that she has joined)."""
    menu = text(ctx, "menu.text")
    await screen(update, ctx, f"{above}\n\n{menu}" if above else menu, buttons=menu_buttons(ctx))


async def on_menu_back(update: Update, ctx: Ctx) -> None:
    """ "Back to the menu" under a screen: the menu again, in the same message."""
    await query_of(update).answer()
    await cmd_menu(update, ctx)


def _invite_only(ctx: Ctx, user_id: int) -> bool:
    return code_required(ctx.rt.settings.enrolment, ctx.rt.is_staff(user_id))


async def cmd_start(update: Update, ctx: Ctx) -> None:
    """Show the consent screen, or the menu to a woman who has already joined.

    In invite mode the consent screen needs a valid code from a `t.me/<bot>?start=<code>`
    link; without one she is turned away kindly and nothing is stored.
    """
    if ctx.participant is not None:
        await send_menu(update, ctx)
        return
    if _invite_only(ctx, user_id_of(update)):
        code = ctx.args[0] if ctx.args else ctx.drafts.get(_INVITE)
        if code is None:
            await say(update, ctx, "invite.needed")
            return
        if not await invite_is_valid(ctx.rt.db, code, ctx.rt.now()):
            ctx.drafts.pop(_INVITE, None)
            await say(update, ctx, "invite.invalid")
            return
        ctx.drafts[_INVITE] = code
    await say(update, ctx, "consent.screen", buttons=_consent_buttons(ctx))


def _consent_buttons(ctx: Ctx) -> list[list[tuple[str, str]]]:
    """Agree, not now, and one tap to read it all in another shipped language."""
    others = [
        (ctx.rt.texts.language_name(language), f"cl:{language}")
        for language in ctx.rt.texts.languages
        if language != ctx.lang
    ]
    return [
        [(text(ctx, "consent.agree"), "consent:yes")],
        [(text(ctx, "consent.decline"), "consent:no")],
        *([others] if others else []),
    ]


async def on_consent_language(update: Update, ctx: Ctx) -> None:
    """The consent screen again in the language she tapped; nothing is stored."""
    query = query_of(update)
    language = (query.data or "").removeprefix("cl:")
    if ctx.participant is not None or language not in ctx.rt.texts.languages:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return
    await query.answer()
    ctx.drafts[_LANGUAGE] = language
    ctx.language = language
    await show(query, ctx, "consent.screen", buttons=_consent_buttons(ctx))


async def on_consent(update: Update, ctx: Ctx) -> None:
    """Agree stores her for the first time; Not now stores nothing."""
    query = query_of(update)
    await query.answer()
    if query.data == "consent:no":
        if ctx.participant is None:
            ctx.drafts.pop(_INVITE, None)
            ctx.drafts.pop(_LANGUAGE, None)
            await show(query, ctx, "consent.declined")
        else:
            await show(query, ctx, "consent.already")
        return
    if ctx.participant is not None:
        await send_menu(update, ctx, text(ctx, "consent.already"))
        return
    user = update.effective_user
    assert user is not None
    language = ctx.lang
    code = ctx.drafts.pop(_INVITE, None)
    if _invite_only(ctx, user.id) and code is None:
        # A forged or stale "I agree" without the link she came in by.
        await show(query, ctx, "invite.needed")
        return
    joined = await participants.join(ctx.rt.db, user.id, language, ctx.rt.now(), invite_code=code)
    if joined is None:
        await show(query, ctx, "invite.invalid")
        return
    ctx.drafts.pop(_LANGUAGE, None)
    ctx.participant = joined
    message = query.message
    if isinstance(message, Message):
        # Her message ids so far lived in memory (nothing is stored before she agrees); noting
        # this one stores them all with her record, with the update's own transaction.
        date = int(message.date.timestamp())
        ctx.rt.trail.note_later(message.chat.id, message.message_id, date)
    await send_menu(update, ctx, text(ctx, "consent.joined", pseudonym=joined.pseudonym))
    held = ctx.rt.held.get(user.id)
    if held is not None:
        # What she sent before joining: she may now send it as feedback.
        await offer_held(update, ctx, held)


async def cmd_menu(update: Update, ctx: Ctx) -> None:
    """The main menu, or the invitation to join."""
    if ctx.participant is None:
        await cmd_start(update, ctx)
        return
    await send_menu(update, ctx)


async def cmd_help(update: Update, ctx: Ctx) -> None:
    """What she can do here (and, for staff, the staff commands)."""
    if ctx.rt.is_staff(user_id_of(update)):
        await say_html(update, ctx, text(ctx, "help.more") + "\n\n" + text(ctx, "help.staff"))
    else:
        await say(update, ctx, "help.text", buttons=more_help(ctx))


async def on_unknown(update: Update, ctx: Ctx) -> None:
    """Text or a voice note sent outside any flow: offered to be sent as feedback, held in
    memory only until she chooses. Unknown commands and other media get the short help;
    nothing is stored."""
    message = update.effective_message
    if message is not None and not (message.text or "").startswith("/"):
        user = update.effective_user
        voice = voice_in(update)
        if user is None or ctx.rt.is_staff(user.id) or not (voice or message.text):
            await screen_message(update, ctx)
        else:
            # What she sends now replaces anything held before, alerts and all; an alert
            # raised now is linked to the feedback if she sends this as feedback.
            alerts_for(ctx, "feedback")
            await screen_message(update, ctx, item="feedback")
            if voice is not None:
                # Only Telegram's reference and the length: the sound is never fetched.
                ctx.rt.held[user.id] = voice
                await offer_held(update, ctx, voice)
                return
            if message.text:
                await _offer_as_feedback(update, ctx, user.id, message.text)
                return
    await say_html(update, ctx, unknown_reply(ctx), buttons=more_help(ctx))


async def _offer_as_feedback(update: Update, ctx: Ctx, user_id: int, written: str) -> None:
    check = check_text(written, ctx.rt.settings.max_text_length)
    if check.problem == "too_long":
        limit = ctx.rt.settings.max_text_length
        await say(update, ctx, "input.too_long", length=len(check.text), limit=limit)
        return
    if check.problem is not None:
        await say_html(update, ctx, unknown_reply(ctx), buttons=more_help(ctx))
        return
    ctx.rt.held[user_id] = check.text
    await offer_held(update, ctx, check.text)


async def offer_held(update: Update, ctx: Ctx, held: str | Voice) -> None:
    """Ask whether what she sent outside a flow should go as feedback. A voice note's offer
    has the support button too: words that mean danger can't be found in audio."""
    buttons = [
        [
            (text(ctx, "feedback.offer_yes"), "held:yes"),
            (text(ctx, "feedback.offer_no"), "held:no"),
        ]
    ]
    if isinstance(held, Voice):
        buttons.append([(text(ctx, "menu.support"), "menu:support")])
        await say(update, ctx, "voice.offer", buttons=buttons, length=clock_length(held.seconds))
    else:
        await say(update, ctx, "feedback.offer", buttons=buttons)


async def on_held_no(update: Update, ctx: Ctx) -> None:
    """She does not want what she typed sent: it is forgotten."""
    query = query_of(update)
    await query.answer()
    ctx.rt.held.pop(query.from_user.id, None)
    alerts_for(ctx, "feedback")
    await show(query, ctx, "feedback.offer_dropped")


def more_help(ctx: Ctx) -> list[list[tuple[str, str]]]:
    return [[(text(ctx, "help.more_button"), "help:more")]]


async def on_help_more(update: Update, ctx: Ctx) -> None:
    """The short help's "More": the whole list, in place."""
    query = query_of(update)
    await query.answer()
    await show(query, ctx, "help.more")


async def on_stale_button(update: Update, ctx: Ctx) -> None:
    """A press on a button whose moment has passed (or whose data was forged)."""
    await query_of(update).answer(text(ctx, "input.stale_button"), show_alert=True)


async def cmd_cancel(update: Update, ctx: Ctx) -> int:
    """/cancel inside any flow: drop the draft, store nothing."""
    ctx.drafts.clear()
    await say(update, ctx, "input.cancelled")
    return ConversationHandler.END


async def cmd_cancel_nothing(update: Update, ctx: Ctx) -> None:
    """/cancel outside any flow."""
    await say(update, ctx, "input.nothing_to_cancel")


class FlowExpired(BaseHandler[Update, Ctx, object]):
    """Any update of hers while her open flow has not changed for DRAFT_HOURS (also a flow
    brought back by a restart): registered first in every step of every flow."""

    def __init__(self, expired: Callable[[int], bool]) -> None:
        super().__init__(end_expired_flow)
        self._expired = expired

    def check_update(self, update: object) -> bool:
        return (
            isinstance(update, Update)
            and update.effective_user is not None
            and self._expired(update.effective_user.id)
        )


async def end_expired_flow(update: Update, ctx: Ctx) -> int:
    """Her draft is past its time: delete it, end the flow, and take the update afresh."""
    ctx.drafts.clear()
    process_again()
    return ConversationHandler.END


async def switch_flow(update: Update, ctx: Ctx) -> int:
    """Another flow started while this one was open: end this one, then let that one begin.

    Only one flow is open at a time, so what she types next can never land in a forgotten one.
    """
    ctx.drafts.clear()
    process_again()
    return ConversationHandler.END
