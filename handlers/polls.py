"""Women vote: inline buttons, one vote each, changeable until close, an optional reason."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ConversationHandler

from bot import polls
from bot.polls import VoteOutcome
from handlers.common import (
    back_to_menu,
    joined,
    opened,
    query_of,
    say,
    say_html,
    screen,
    show_html,
    text,
)
from handlers.context import Ctx
from handlers.safety import alerts_for, read_free_text

REASON = 0
END = ConversationHandler.END
REASON_MAX_LENGTH = 300

_POLL = "reason_poll"

_ANSWERS = {
    VoteOutcome.RECORDED: "polls.voted",
    VoteOutcome.CHANGED: "polls.changed",
    VoteOutcome.SAME: "polls.same",
    VoteOutcome.CLOSED: "polls.closed",
    VoteOutcome.NOT_ELIGIBLE: "polls.not_eligible",
    VoteOutcome.INVALID: "polls.invalid",
}


async def on_vote(update: Update, ctx: Ctx) -> None:
    """A vote button: checked against the database, then the card shows her current choice."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return
    _, poll_id, position = (query.data or "").split(":")
    outcome, poll = await polls.cast_vote(ctx.rt, ctx.participant.id, int(poll_id), int(position))
    accepted = outcome in (VoteOutcome.RECORDED, VoteOutcome.CHANGED)
    await query.answer(text(ctx, _ANSWERS[outcome]), show_alert=not accepted)
    if accepted and poll is not None:
        choice = int(position)
        await show_html(
            query,
            polls.render_poll(ctx.rt, poll, ctx.lang, choice),
            buttons=polls.vote_buttons(ctx.rt, poll, ctx.lang, choice),
        )


async def ask_reason(update: Update, ctx: Ctx) -> int:
    """ "Add a reason": only after she has voted, only while the poll is open."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return END
    poll_id = int((query.data or "").split(":")[1])
    poll, choice = await polls.my_vote(ctx.rt, ctx.participant.id, poll_id)
    if poll is None or not poll.is_open:
        await query.answer(text(ctx, "polls.closed" if poll else "polls.invalid"), show_alert=True)
        return END
    if choice is None:
        await query.answer(text(ctx, "polls.vote_first"), show_alert=True)
        return END
    await query.answer()
    alerts_for(ctx, "poll")  # from an earlier reason she did not send
    ctx.drafts[_POLL] = poll_id
    await say(update, ctx, "polls.ask_reason", limit=REASON_MAX_LENGTH)
    return REASON


async def got_reason(update: Update, ctx: Ctx) -> int:
    """Keep her reason with her vote (never shown to staff next to her name)."""
    reason = await read_free_text(update, ctx, REASON_MAX_LENGTH, source="vote_reason")
    if reason is None:
        return REASON
    poll_id = ctx.drafts.pop(_POLL, None)
    if poll_id is None or ctx.participant is None:
        return END
    saved = await polls.give_reason(
        ctx.rt, ctx.participant.id, poll_id, reason, alerts=alerts_for(ctx, "poll")
    )
    await say(update, ctx, "polls.reason_saved" if saved else "polls.reason_closed")
    return END


async def cmd_vote(update: Update, ctx: Ctx) -> None:
    """The polls she can vote in now, each with its buttons (also for women who chose no news)."""
    if not await opened(update, ctx) or ctx.participant is None:
        return
    open_polls = await polls.open_polls_for(ctx.rt, ctx.participant.id)
    if not open_polls:
        await screen(update, ctx, text(ctx, "polls.none_open"), buttons=[back_to_menu(ctx)])
        return
    for poll, choice in open_polls:
        await say_html(
            update,
            ctx,
            polls.render_poll(ctx.rt, poll, ctx.lang, choice),
            buttons=polls.vote_buttons(ctx.rt, poll, ctx.lang, choice),
        )
