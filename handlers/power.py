"""Staff seal the service's preferred option before a poll closes, and afterwards record
whether the service followed what women chose."""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import ConversationHandler

from bot import next_steps, power
from bot.ladder import LIMIT_CODES
from bot.proposals import Outcome
from bot.rules.power import DIFFERED
from handlers.common import (
    keyboard,
    query_of,
    read_text,
    say,
    send_or_cancel,
    show,
    staff_here,
    text,
)
from handlers.context import Ctx
from handlers.ladder_staff import refuse_non_staff, staff_member

LIMIT, EXPLAIN, CONFIRM = range(3)
END = ConversationHandler.END

_FOLLOW = "power_follow"


async def cmd_prefer(update: Update, ctx: Ctx) -> None:
    """/prefer <poll>: the service's own preferred option, sealed until the poll closes."""
    if not await staff_here(update, ctx):
        return
    args = ctx.args or []
    if len(args) != 1 or not args[0].lstrip("#").isdigit():
        await say(update, ctx, "power.usage")
        return
    number = int(args[0].lstrip("#"))
    poll, sealed = await power.poll_for_preference(ctx.rt, number)
    if poll is None or not poll.is_open:
        await say(update, ctx, "power.not_open", number=number)
        return
    current = text(ctx, "power.current", option=poll.labels.get(sealed, "")) if sealed else ""
    await say(
        update,
        ctx,
        "power.ask_preference",
        number=number,
        question=poll.question,
        current=current,
        buttons=[[(o.label, f"prf:{number}:{o.position}")] for o in poll.options],
    )


async def on_prefer(update: Update, ctx: Ctx) -> None:
    """Seal the chosen option (checked against the database: the poll must still be open)."""
    if await refuse_non_staff(update, ctx):
        return
    query = query_of(update)
    _, number, position = (query.data or "").split(":")
    outcome = await power.seal_preference(ctx.rt, int(number), int(position), staff_member(update))
    await query.answer()
    key = {Outcome.DONE: "power.sealed", Outcome.NOT_OPEN: "power.not_open"}
    await show(query, ctx, key.get(outcome, "input.stale_button"), number=number)


async def _in_private(update: Update, ctx: Ctx, key: str, **values: object) -> bool:
    user = update.effective_user
    assert user is not None
    buttons = values.pop("buttons", None)
    try:
        await ctx.bot.send_message(
            user.id,
            text(ctx, key, **values),
            reply_markup=keyboard(buttons),  # type: ignore[arg-type]
        )
    except (Forbidden, BadRequest):
        await query_of(update).answer(text(ctx, "staffladder.start_private"), show_alert=True)
        return False
    return True


async def ask_follow(update: Update, ctx: Ctx) -> int:
    """Follow / Not follow under a closed poll where women chose differently from the service."""
    if await refuse_non_staff(update, ctx):
        return END
    query = query_of(update)
    _, number, answer = (query.data or "").split(":")
    poll, record = await power.record_for(ctx.rt, int(number))
    if poll is None or record is None or record.verdict != DIFFERED or record.followed:
        await query.answer(text(ctx, "staffladder.already"), show_alert=True)
        return END
    followed = answer == "yes"
    ctx.drafts[_FOLLOW] = {"number": poll.id, "followed": followed, "question": poll.question}
    if followed:
        sent = await _in_private(update, ctx, "power.ask_follow_reason", number=poll.id)
    else:
        rows = [[(text(ctx, f"ladder.limit_{code}"), f"lim:{code}")] for code in LIMIT_CODES]
        sent = await _in_private(update, ctx, "power.ask_limit", number=poll.id, buttons=rows)
    if not sent:
        ctx.drafts.pop(_FOLLOW, None)
        return END
    in_group = query.message is not None and query.message.chat.type != "private"
    await query.answer(text(ctx, "staffladder.check_private") if in_group else None)
    return EXPLAIN if followed else LIMIT


async def got_follow_limit(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    draft = ctx.drafts.get(_FOLLOW)
    code = (query.data or "").split(":")[1]
    if draft is None or code not in LIMIT_CODES:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return END
    await query.answer()
    draft["limit"] = code
    await show(query, ctx, "power.ask_not_follow_reason", number=draft["number"])
    return EXPLAIN


async def got_explanation(update: Update, ctx: Ctx) -> int:
    draft = ctx.drafts.get(_FOLLOW)
    if draft is None:
        return END
    explanation = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if explanation is None:
        return EXPLAIN
    draft["explanation"] = explanation
    limit = text(ctx, f"ladder.limit_{draft['limit']}") if draft.get("limit") else ""
    poll, _ = await power.record_for(ctx.rt, draft["number"])
    women = poll.labels.get(poll.winner, "") if poll and poll.winner is not None else ""
    preview = text(
        ctx,
        "power.you_followed" if draft["followed"] else "power.you_not_followed",
        number=draft["number"],
        question=draft["question"],
        women=women,
        limit=limit,
        explanation=explanation,
    )
    await say(
        update,
        ctx,
        "power.review",
        preview=preview,
        buttons=send_or_cancel(ctx, "fsc"),
    )
    return CONFIRM


async def got_follow_confirmation(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.pop(_FOLLOW, None)
    if query.data != "fsc:send" or draft is None or "explanation" not in draft:
        await show(query, ctx, "input.cancelled")
        return END
    outcome = await power.record_follow(
        ctx.rt,
        draft["number"],
        staff_member(update),
        followed=draft["followed"],
        explanation=draft["explanation"],
        limit_code=draft.get("limit"),
    )
    keys = {Outcome.DONE: "power.recorded", Outcome.ALREADY: "staffladder.already"}
    await show(query, ctx, keys.get(outcome, "input.cancelled"), number=draft["number"])
    return END


# A shared decision that decided nothing (a tie or a missed quorum): the next step.

OPTION, WHY, SURE = range(3, 6)
_NEXT = "poll_next_step"


async def on_run_again(update: Update, ctx: Ctx) -> None:
    """Run again: the same poll opens anew, and the women who can vote receive it."""
    if await refuse_non_staff(update, ctx):
        return
    query = query_of(update)
    number = int((query.data or "").split(":")[1])
    outcome, again = await next_steps.run_again(ctx.rt, number, staff_member(update))
    if outcome == Outcome.DONE and again is not None:
        await query.answer()
        await show(query, ctx, "power.ran_again", number=number, again=again.id)
        return
    key = "staffladder.already" if outcome == Outcome.ALREADY else "power.cannot_run_again"
    await query.answer(text(ctx, key), show_alert=True)


async def ask_decision_option(update: Update, ctx: Ctx) -> int:
    """Decide with a reason: which option, then why (in the staff member's private chat)."""
    if await refuse_non_staff(update, ctx):
        return END
    query = query_of(update)
    number = int((query.data or "").split(":")[1])
    poll, _ = await power.record_for(ctx.rt, number)
    if poll is None or not power.needs_next_step(poll):
        await query.answer(text(ctx, "staffladder.already"), show_alert=True)
        return END
    ctx.drafts[_NEXT] = {"number": number, "question": poll.question, "labels": poll.labels}
    rows = [[(o.label, f"nxo:{o.position}")] for o in poll.options]
    if not await _in_private(update, ctx, "power.ask_option", number=number, buttons=rows):
        ctx.drafts.pop(_NEXT, None)
        return END
    in_group = query.message is not None and query.message.chat.type != "private"
    await query.answer(text(ctx, "staffladder.check_private") if in_group else None)
    return OPTION


async def got_decision_option(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.get(_NEXT)
    position = int((query.data or "").split(":")[1])
    if draft is None or position not in draft["labels"]:
        return END
    draft["position"] = position
    await show(
        query, ctx, "power.ask_decided_reason", number=draft["number"],
        option=draft["labels"][position],
    )  # fmt: skip
    return WHY


async def got_decision_reason(update: Update, ctx: Ctx) -> int:
    draft = ctx.drafts.get(_NEXT)
    if draft is None or "position" not in draft:
        return END
    reason = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if reason is None:
        return WHY
    draft["reason"] = reason
    preview = text(
        ctx,
        "power.you_decided",
        number=draft["number"],
        question=draft["question"],
        option=draft["labels"][draft["position"]],
        reason=reason,
    )
    await say(
        update,
        ctx,
        "power.review_decided",
        preview=preview,
        buttons=send_or_cancel(ctx, "nxs"),
    )
    return SURE


async def got_decision_confirmation(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.pop(_NEXT, None)
    if query.data != "nxs:send" or draft is None or "reason" not in draft:
        await show(query, ctx, "input.cancelled")
        return END
    outcome = await next_steps.decide_after(
        ctx.rt, draft["number"], draft["position"], draft["reason"], staff_member(update)
    )
    keys = {Outcome.DONE: "power.decided", Outcome.ALREADY: "staffladder.already"}
    await show(query, ctx, keys.get(outcome, "input.cancelled"), number=draft["number"])
    return END
