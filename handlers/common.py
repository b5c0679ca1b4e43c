"""Small helpers every handler uses to answer in the woman's language."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.error import BadRequest

from bot.rules.voice import clock_length
from bot.staff_copies import note_staff_copy
from bot.text_input import check_text
from bot.texts import DEFAULT_LANGUAGE, Safe
from handlers.context import Ctx
from storage.feedback import Voice

Buttons = Sequence[Sequence[tuple[str, str]]]


# Fixed keyboards kept (the menu, settings, yes/no: a few per language).
KEYBOARDS_KEPT = 256
_NUMBER = re.compile(r"\d")


def keyboard(buttons: Buttons | None) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    rows = tuple(tuple(row) for row in buttons)
    if any(_NUMBER.search(data) for row in rows for _, data in row):
        # Buttons about particular items (an id in the data, maybe her words in a label) are
        # made afresh and not kept.
        return Keyboard(rows)
    return _fixed_keyboard(rows)


class Keyboard(InlineKeyboardMarkup):
    """An inline keyboard that knows its own JSON: the menu goes out with nearly every reply,
    and turning each of its buttons into JSON again, every time, cost more than the rest of
    the send."""

    __slots__ = ("_wire",)

    def __init__(self, rows: tuple[tuple[tuple[str, str], ...], ...]) -> None:
        super().__init__(
            [
                [InlineKeyboardButton(text, callback_data=data) for text, data in row]
                for row in rows
            ]
        )
        wire = [[{"text": text, "callback_data": data} for text, data in row] for row in rows]
        with self._unfrozen():
            self._wire = wire

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        if not recursive:
            return super().to_dict(recursive=False)
        return {"inline_keyboard": self._wire}


# A keyboard that leads only to fixed places is the same for everyone who reads her language:
# made once (Telegram objects cannot be changed, so one can be sent any number of times).
_fixed_keyboard = functools.lru_cache(maxsize=KEYBOARDS_KEPT)(Keyboard)


def text(ctx: Ctx, key: str, **values: object) -> Safe:
    return ctx.rt.texts(key, ctx.lang, **values)


def send_or_cancel(ctx: Ctx, prefix: str) -> Buttons:
    """A staff review's two buttons: Send (`<prefix>:send`) and Cancel (`<prefix>:cancel`)."""
    return [
        [
            (text(ctx, "staffladder.confirm"), f"{prefix}:send"),
            (text(ctx, "staffladder.cancel"), f"{prefix}:cancel"),
        ]
    ]


def when(ctx: Ctx, timestamp: int, style: str = "day") -> Safe:
    """A date in the service's time zone, in her language (styles: see `Texts.when`)."""
    return ctx.rt.texts.when(timestamp, ctx.rt.settings.zone, style, ctx.lang)


def staff_level(ctx: Ctx, level: int) -> Safe:
    """A ladder level as staff name it (women read it in everyday words: `level_name` in
    handlers/proposals.py)."""
    return text(ctx, f"ladder.level_{level}")


def label(ctx: Ctx, key: str, **values: object) -> str:
    """A button label: plain text (Telegram shows labels as typed, entities and all)."""
    return html.unescape(text(ctx, key, **values))


async def say(
    update: Update,
    ctx: Ctx,
    key: str,
    *,
    buttons: Buttons | None = None,
    protect: bool = False,
    **values: object,
) -> Message:
    """Send the text `key` to the chat this update came from."""
    return await say_html(update, ctx, text(ctx, key, **values), buttons=buttons, protect=protect)


async def say_html(
    update: Update,
    ctx: Ctx,
    html_text: str,
    *,
    buttons: Buttons | None = None,
    protect: bool = False,
) -> Message:
    """Send ready-made HTML (built from texts) to the chat this update came from."""
    chat = update.effective_chat
    assert chat is not None
    return await ctx.bot.send_message(
        chat.id, html_text, reply_markup=keyboard(buttons), protect_content=protect
    )


async def say_quoting(
    update: Update,
    ctx: Ctx,
    html_text: str,
    quotes: Sequence[int | None],
    *,
    buttons: Buttons | None = None,
) -> Message:
    """Send staff ready HTML that shows these women's words: protected, and noted so that
    /forget can delete it while Telegram allows."""
    sent = await say_html(update, ctx, html_text, buttons=buttons, protect=True)
    authors = [author for author in quotes if author is not None]
    await note_staff_copy(
        ctx.rt, authors, sent.chat.id, sent.message_id, int(sent.date.timestamp())
    )
    return sent


async def screen(
    update: Update,
    ctx: Ctx,
    html_text: str,
    *,
    buttons: Buttons | None = None,
) -> None:
    """A screen (a menu, settings, a list): after a button press it replaces the message the
    button was on, so the chat stays short; after a command it comes as a new message.

    Only for screens that show nothing to protect: an edit keeps the old message's (lack of)
    protection from forwarding.
    """
    query = update.callback_query
    if query is not None and isinstance(query.message, Message) and query.message.text:
        await show_html(query, html_text, buttons=buttons)
    else:
        await say_html(update, ctx, html_text, buttons=buttons)


def back_to_menu(ctx: Ctx) -> list[tuple[str, str]]:
    """The row under a screen reached from the menu that brings the menu back in its place."""
    return [(text(ctx, "menu.back"), "menu:back")]


async def show(
    query: CallbackQuery,
    ctx: Ctx,
    key: str,
    *,
    buttons: Buttons | None = None,
    **values: object,
) -> None:
    """Replace the message whose button was pressed with the text `key`."""
    await show_html(query, text(ctx, key, **values), buttons=buttons)


async def show_html(
    query: CallbackQuery, html_text: str, *, buttons: Buttons | None = None
) -> None:
    """Replace the message whose button was pressed with ready-made HTML."""
    try:
        await query.edit_message_text(html_text, reply_markup=keyboard(buttons))
    except BadRequest as error:
        # Pressing a button twice asks for the same content again; Telegram refuses, rightly.
        if "not modified" not in error.message:
            raise


def flow_draft(ctx: Ctx, name: str) -> dict[str, Any]:
    """The answers a staff member has given so far in the flow `name` (memory only)."""
    draft: dict[str, Any] = ctx.drafts.setdefault(name, {})
    return draft


def plain(html_text: str) -> str:
    """Texts as plain words (for a file to print): tags dropped, entities turned back."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def query_of(update: Update) -> CallbackQuery:
    query = update.callback_query
    assert query is not None
    return query


def message_text(update: Update) -> str:
    message = update.effective_message
    return message.text if message is not None and message.text is not None else ""


async def read_text(update: Update, ctx: Ctx, limit: int) -> str | None:
    """Her cleaned text, or None after telling her why it can't be used (the flow stays open)."""
    check = check_text(message_text(update), limit)
    if check.problem == "too_long":
        await say(update, ctx, "input.too_long", length=len(check.text), limit=limit)
        return None
    if check.problem == "empty":
        await say(update, ctx, "input.empty")
        return None
    return check.text


async def staff_here(update: Update, ctx: Ctx) -> bool:
    """Re-check, on this very update, that a staff member is acting in a private chat.

    Anyone else gets what an unknown command or a stale button gets, so nothing is revealed.
    """
    chat = update.effective_chat
    user = update.effective_user
    if (
        user is not None
        and ctx.rt.is_staff(user.id)
        and chat is not None
        and chat.type == chat.PRIVATE
    ):
        return True
    if update.callback_query is not None:
        await update.callback_query.answer(text(ctx, "input.stale_button"), show_alert=True)
    elif chat is not None and chat.type == chat.PRIVATE:
        await say_html(update, ctx, unknown_reply(ctx))
    return False


def unknown_reply(ctx: Ctx) -> Safe:
    """The answer to anything not understood (and to staff commands from anyone else)."""
    return Safe(text(ctx, "help.unknown") + "\n\n" + text(ctx, "help.text"))


async def joined(update: Update, ctx: Ctx) -> bool:
    """True if she has joined; otherwise ask her to join first (on a press, as an alert)."""
    if ctx.participant is not None:
        return True
    if update.callback_query is not None:
        await update.callback_query.answer(text(ctx, "consent.needed"), show_alert=True)
    else:
        await say(update, ctx, "consent.needed")
    return False


async def opened(update: Update, ctx: Ctx) -> bool:
    """A screen she opened by command or menu button: True (the press answered) if she has
    joined; otherwise she is asked to join first."""
    if not await joined(update, ctx):
        return False
    if update.callback_query is not None:
        await update.callback_query.answer()
    return True


def review_buttons(ctx: Ctx, prefix: str) -> Buttons:
    """Send / write again / cancel under something she is about to submit."""
    return [
        [(text(ctx, "feedback.send"), f"{prefix}:send")],
        [
            (text(ctx, "feedback.rewrite"), f"{prefix}:edit"),
            (text(ctx, "feedback.cancel"), f"{prefix}:cancel"),
        ],
    ]


async def chosen_topic(update: Update, ctx: Ctx) -> str | None:
    """The feedback topic whose button was pressed (the press answered), or None after telling
    the presser the button no longer holds (the list of topics changed, or forged data)."""
    query = query_of(update)
    topics = ctx.rt.topics(DEFAULT_LANGUAGE)
    index = int((query.data or "").split(":")[1])
    if index >= len(topics):
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return None
    await query.answer()
    return topics[index]


def her_topic(ctx: Ctx, stored: str) -> str:
    """A feedback topic, stored as the service reads it, in her language when it is a built-in
    one (a topic since removed stays as it was stored)."""
    service = ctx.rt.topics(DEFAULT_LANGUAGE)
    return ctx.rt.topics(ctx.lang)[service.index(stored)] if stored in service else stored


def voice_in(update: Update) -> Voice | None:
    """The voice note in her message, as Telegram's reference to it (never downloaded)."""
    message = update.effective_message
    if message is None or message.voice is None:
        return None
    length = message.voice.duration
    seconds = length.total_seconds() if isinstance(length, timedelta) else length
    return Voice(message.voice.file_id, int(seconds))


def voice_label(ctx: Ctx, voice: Voice) -> Safe:
    """A voice note as she reads it in her language, with its length."""
    return text(ctx, "voice.shown", length=clock_length(voice.seconds))


def stored_voice_body(ctx: Ctx, voice: Voice) -> str:
    """What stands for a voice note where words would be stored: staff lists, the digest and
    the export read it, in the service's language."""
    return html.unescape(ctx.rt.texts("voice.stored", length=clock_length(voice.seconds)))


VOICE_REVIEWS = {"fbc": "voice.feedback_review", "prc": "voice.idea_review"}


async def say_voice_review(
    update: Update, ctx: Ctx, prefix: str, voice: Voice, **values: object
) -> None:
    """Her voice note shown back before it is sent (feedback `fbc`, an idea `prc`), with
    send / again / cancel and the support button: risk words can't be heard in audio."""
    buttons = [*review_buttons(ctx, prefix), [(text(ctx, "menu.support"), "menu:support")]]
    length = clock_length(voice.seconds)
    await say(
        update, ctx, VOICE_REVIEWS[prefix], protect=True, buttons=buttons, length=length, **values
    )


def user_id_of(update: Update) -> int:
    user = update.effective_user
    assert user is not None
    return user.id


def chat_id_of(update: Update) -> int:
    chat = update.effective_chat
    assert chat is not None
    return chat.id
