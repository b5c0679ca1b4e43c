"""Giving feedback: choose a topic, write it, see it back, confirm."""

from __future__ import annotations

from collections.abc import Callable

from telegram import Update
from telegram.ext import ConversationHandler

from bot.feedback import my_feedback, submit_feedback
from bot.paging import split_blocks
from bot.texts import DEFAULT_LANGUAGE, Safe
from handlers.common import (
    chosen_topic,
    her_topic,
    opened,
    query_of,
    review_buttons,
    say,
    say_html,
    say_voice_review,
    screen,
    show,
    stored_voice_body,
    text,
    voice_label,
    when,
)
from handlers.context import Ctx
from handlers.safety import (
    alerts_for,
    read_free_text,
    read_voice,
    screen_message,
    submission_allowed,
)
from handlers.start import cmd_start
from storage.feedback import Feedback, FeedbackResponse, Voice

TOPIC, TEXT, CONFIRM = range(3)
END = ConversationHandler.END

_TOPIC = "feedback_topic"
_TOPIC_SHOWN = "feedback_topic_shown"
_VOICE = "feedback_voice"
_DRAFT = "feedback_draft"


def _topic_buttons(ctx: Ctx) -> list[list[tuple[str, str]]]:
    topics = ctx.rt.topics(ctx.lang)
    return [[(topic, f"fbt:{index}")] for index, topic in enumerate(topics)]


async def ask_topic(update: Update, ctx: Ctx) -> int:
    """Start: offer the topics (from /share or the menu button)."""
    if not await opened(update, ctx):
        return END
    _clear(ctx)
    await screen(update, ctx, text(ctx, "feedback.choose_topic"), buttons=_topic_buttons(ctx))
    return TOPIC


async def ask_topic_for_held(update: Update, ctx: Ctx) -> int:
    """ "Yes" to sending as feedback what she typed outside a flow: it becomes her draft (only
    now, as she has joined and said yes), and she picks a topic; someone who has not joined
    is asked to join first, her text still held in memory."""
    query = query_of(update)
    if ctx.participant is None:
        await query.answer()
        await cmd_start(update, ctx)
        return END
    held = ctx.rt.held.pop(query.from_user.id, None)
    if held is None:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return END
    await query.answer()
    ctx.drafts.pop(_VOICE, None)
    if isinstance(held, Voice):
        ctx.drafts[_VOICE], ctx.drafts[_DRAFT] = held, stored_voice_body(ctx, held)
    else:
        ctx.drafts[_DRAFT] = held
    await show(query, ctx, "feedback.choose_topic", buttons=_topic_buttons(ctx))
    return TOPIC


async def got_topic(update: Update, ctx: Ctx) -> int:
    """She picked a topic; ask for the text (or, for text she had already typed, show it back)."""
    topic = await chosen_topic(update, ctx)
    if topic is None:
        return TOPIC
    # Stored as the service reads it (staff see feedback by topic); shown to her in hers.
    ctx.drafts[_TOPIC] = topic
    shown = ctx.rt.topics(ctx.lang)[ctx.rt.topics(DEFAULT_LANGUAGE).index(topic)]
    ctx.drafts[_TOPIC_SHOWN] = shown
    voice = ctx.drafts.get(_VOICE)
    if voice is not None:
        await say_voice_review(update, ctx, "fbc", voice, topic=shown)
        return CONFIRM
    if _DRAFT in ctx.drafts:
        await _review(update, ctx, ctx.drafts[_DRAFT])
        return CONFIRM
    await show(
        query_of(update),
        ctx,
        "feedback.ask_text",
        topic=shown,
        limit=ctx.rt.settings.max_text_length,
    )
    return TEXT


async def remind_topic(update: Update, ctx: Ctx) -> int:
    """Anything but a topic button while choosing a topic."""
    await screen_message(update, ctx)
    await say(update, ctx, "feedback.choose_topic", buttons=_topic_buttons(ctx))
    return TOPIC


async def got_text(update: Update, ctx: Ctx) -> int:
    """Check the text and show it back for confirmation."""
    body = await read_free_text(update, ctx, ctx.rt.settings.max_text_length, source="feedback")
    if body is None:
        return TEXT
    ctx.drafts[_DRAFT] = body
    ctx.drafts.pop(_VOICE, None)
    await _review(update, ctx, body)
    return CONFIRM


async def _review(update: Update, ctx: Ctx, body: str) -> None:
    await say(
        update,
        ctx,
        "feedback.review",
        topic=ctx.drafts[_TOPIC_SHOWN],
        body=body,
        protect=True,
        buttons=review_buttons(ctx, "fbc"),
    )


async def got_voice(update: Update, ctx: Ctx) -> int:
    """A voice note instead of writing: kept only as Telegram's reference to it, shown back
    with the support button (words that suggest danger cannot be found in audio)."""
    voice = await read_voice(update, ctx, source="feedback")
    ctx.drafts[_VOICE], ctx.drafts[_DRAFT] = voice, stored_voice_body(ctx, voice)
    await say_voice_review(update, ctx, "fbc", voice, topic=ctx.drafts[_TOPIC_SHOWN])
    return CONFIRM


async def got_confirmation(update: Update, ctx: Ctx) -> int:
    """Send, write again or cancel; she is thanked only after the feedback is committed."""
    query = query_of(update)
    await query.answer()
    choice = (query.data or "").split(":")[1]
    if choice == "edit":
        await show(
            query,
            ctx,
            "feedback.ask_text",
            topic=ctx.drafts[_TOPIC_SHOWN],
            limit=ctx.rt.settings.max_text_length,
        )
        return TEXT
    if choice == "send" and ctx.participant is not None and _DRAFT in ctx.drafts:
        if not await submission_allowed(update, ctx):
            return CONFIRM  # the draft stays; she can press Send again in a few minutes
        item = await submit_feedback(
            ctx.rt,
            ctx.participant.id,
            ctx.drafts[_TOPIC],
            ctx.drafts[_DRAFT],
            voice=ctx.drafts.get(_VOICE),
            alerts=alerts_for(ctx, "feedback"),
        )
        _clear(ctx)
        await show(query, ctx, "feedback.thanks", number=item.id)
        return END
    _clear(ctx)
    await show(query, ctx, "feedback.cancelled")
    return END


def unsent(ctx: Ctx) -> list[Safe]:
    """Her feedback draft as /mydata shows it, if she has written one."""
    if _DRAFT not in ctx.drafts:
        return []
    topic = her_topic(ctx, ctx.drafts.get(_TOPIC, ""))
    voice = ctx.drafts.get(_VOICE)
    body = voice_label(ctx, voice) if voice else ctx.drafts[_DRAFT]
    return [text(ctx, "mydata.draft_feedback", topic=topic, body=body)]


def _clear(ctx: Ctx) -> None:
    alerts_for(ctx, "feedback")  # an alert stays as it is when nothing is sent
    ctx.drafts.pop(_TOPIC, None)
    ctx.drafts.pop(_TOPIC_SHOWN, None)
    ctx.drafts.pop(_VOICE, None)
    ctx.drafts.pop(_DRAFT, None)


def feedback_blocks(
    ctx: Ctx,
    items: list[tuple[Feedback, list[FeedbackResponse]]],
    *,
    note: Callable[[Feedback], str] = lambda _: "",
    waiting: bool = False,
) -> list[str]:
    """Her feedback items as she reads them, each followed by the team's replies (and, with
    `waiting`, a line saying none came yet); `note` adds a line to an item."""
    parts: list[str] = []
    for item, responses in items:
        parts.append(
            text(
                ctx,
                "mydata.feedback_item",
                number=item.id,
                date=when(ctx, item.created_at),
                topic=her_topic(ctx, item.topic),
                body=voice_label(ctx, item.voice) if item.voice else item.body,
            )
            + note(item)
        )
        parts.extend(
            text(ctx, "mydata.response_item", date=when(ctx, r.created_at), body=r.body)
            for r in responses
        )
        if waiting and not responses:
            parts.append(text(ctx, "feedback.no_reply_yet"))
    return parts


async def cmd_my_feedback(update: Update, ctx: Ctx) -> None:
    """Her feedback with the team's replies: where she reads an answer when she chose to get
    no messages. Protected, since it quotes her words."""
    if not await opened(update, ctx):
        return
    assert ctx.participant is not None
    items = await my_feedback(ctx.rt.db, ctx.participant.id)
    if not items:
        await say(update, ctx, "mydata.none")
        return
    parts = [text(ctx, "feedback.mine_header"), *feedback_blocks(ctx, items, waiting=True)]
    for chunk in split_blocks(parts):
        await say_html(update, ctx, chunk, protect=True)
