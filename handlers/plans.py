"""Staff put their own plan on the ladder, or ask a woman whether her feedback may become an
idea; she answers with a button."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import ConversationHandler

from bot import plans
from bot.feedback import feedback_item
from bot.ladder import LIMIT_CODES
from bot.plans import Plan
from bot.proposals import Outcome
from bot.texts import Safe
from handlers import domains
from handlers.common import (
    query_of,
    read_text,
    say,
    send_or_cancel,
    show,
    show_html,
    staff_here,
    staff_level,
    text,
)
from handlers.context import Ctx
from handlers.ladder_staff import staff_member

TITLE, BODY, LEVEL, CHANGE, DECIDED, LIMIT, CONFIRM = range(7)
IDEA_TITLE, IDEA_CONFIRM = range(7, 9)
DOMAINS = 9
END = ConversationHandler.END

_PLAN = "plan"
_IDEA = "feedback_idea"


def _plan(ctx: Ctx) -> dict[str, Any]:
    draft: dict[str, Any] = ctx.drafts.setdefault(_PLAN, {})
    return draft


async def ask_plan_title(update: Update, ctx: Ctx) -> int:
    """/plan: a staff plan, starting with its title."""
    if not await staff_here(update, ctx):
        return END
    ctx.drafts[_PLAN] = {}
    await say(update, ctx, "plans.ask_title", limit=ctx.rt.settings.title_max_length)
    return TITLE


async def got_plan_title(update: Update, ctx: Ctx) -> int:
    title = await read_text(update, ctx, ctx.rt.settings.title_max_length)
    if title is None:
        return TITLE
    _plan(ctx)["title"] = " ".join(title.split())
    await say(update, ctx, "plans.ask_body")
    return BODY


async def got_plan_body(update: Update, ctx: Ctx) -> int:
    body = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if body is None:
        return BODY
    _plan(ctx)["body"] = body
    rows = [[(staff_level(ctx, level), f"pll:{level}")] for level in (1, 2)]
    await say(update, ctx, "plans.ask_level", buttons=rows)
    return LEVEL


async def got_plan_level(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    _plan(ctx)["level"] = int((query.data or "").split(":")[1])
    await show(query, ctx, "plans.ask_change")
    return CHANGE


async def got_plan_change(update: Update, ctx: Ctx) -> int:
    change = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if change is None:
        return CHANGE
    _plan(ctx)["can_change"] = change
    await say(
        update,
        ctx,
        "plans.ask_decided",
        buttons=[[(text(ctx, "plans.button_nothing_decided"), "pld:none")]],
    )
    return DECIDED


async def got_plan_decided(update: Update, ctx: Ctx) -> int:
    """What the service has already decided (or nothing); if something, under which limit."""
    if update.callback_query is not None:
        await update.callback_query.answer()
        _plan(ctx)["decided"] = None
        return await _preview(update, ctx)
    decided = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if decided is None:
        return DECIDED
    _plan(ctx)["decided"] = decided
    rows = [[(text(ctx, f"ladder.limit_{code}"), f"lim:{code}")] for code in LIMIT_CODES]
    rows.append([(text(ctx, "plans.button_no_limit"), "lim:none")])
    await say(update, ctx, "plans.ask_limit", buttons=rows)
    return LIMIT


async def got_plan_limit(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    code = (query.data or "").split(":")[1]
    _plan(ctx)["limit"] = code if code in LIMIT_CODES else None
    chosen = tuple(_plan(ctx).get("domains", ()))
    await show_html(
        query, domains.question(ctx, chosen), buttons=domains.buttons(ctx, chosen, "dcd")
    )
    return DOMAINS


async def got_plan_domain(update: Update, ctx: Ctx) -> int:
    """What the part already decided is about: domains toggled, then Done; then the preview."""
    query = query_of(update)
    draft = ctx.drafts.get(_PLAN)
    if not draft or "decided" not in draft:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return END
    chosen, done = await domains.press(query, ctx, tuple(draft.get("domains", ())), "dcd")
    draft["domains"] = chosen
    if not done:
        return DOMAINS
    await show(query, ctx, "domains.chosen", domains=domains.names(ctx, chosen))
    return await _preview(update, ctx)


def _as_plan(draft: dict[str, Any]) -> Plan:
    return Plan(
        title=draft["title"],
        body=draft["body"],
        level=draft["level"],
        can_change=draft["can_change"],
        already_decided=draft.get("decided"),
        decided_limit=draft.get("limit"),
        domains=tuple(draft.get("domains", ())) if draft.get("decided") else (),
    )


async def _preview(update: Update, ctx: Ctx) -> int:
    plan = _as_plan(_plan(ctx))
    decided = (
        text(
            ctx,
            "plans.decided_line_limit" if plan.decided_limit else "plans.decided_line",
            decided=plan.already_decided,
            limit=text(ctx, f"ladder.limit_{plan.decided_limit}") if plan.decided_limit else "",
        )
        if plan.already_decided
        else text(ctx, "plans.decided_nothing")
    )
    if plan.domains:
        about = text(ctx, "domains.chosen", domains=domains.names(ctx, plan.domains))
        decided = Safe(f"{decided}\n{about}")
    await say(
        update,
        ctx,
        "plans.review",
        title=plan.title,
        body=plan.body,
        level=staff_level(ctx, plan.level),
        change=plan.can_change,
        decided=decided,
        buttons=send_or_cancel(ctx, "plc"),
    )
    return CONFIRM


async def got_plan_confirmation(update: Update, ctx: Ctx) -> int:
    """Publish the plan (women can see, support and volunteer for it now)."""
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.pop(_PLAN, None)
    if query.data != "plc:send" or not draft or "can_change" not in draft:
        await show(query, ctx, "input.cancelled")
        return END
    proposal = await plans.start_plan(ctx.rt, _as_plan(draft), staff_member(update))
    if proposal is None:
        await show(query, ctx, "input.cancelled")
        return END
    await show(query, ctx, "plans.published", number=proposal.id)
    return END


# Feedback turned into an idea, with its author's agreement.


async def ask_idea_title(update: Update, ctx: Ctx) -> int:
    """/toidea <feedback number>: ask for the title the idea would have."""
    if not await staff_here(update, ctx):
        return END
    args = ctx.args or []
    if len(args) != 1 or not args[0].lstrip("#").isdigit():
        await say(update, ctx, "plans.toidea_usage")
        return END
    number = int(args[0].lstrip("#"))
    item = await feedback_item(ctx.rt.db, number)
    if item is None:
        await say(update, ctx, "staff.respond_missing", number=number)
        return END
    ctx.drafts[_IDEA] = {"feedback": item.id}
    await say(
        update,
        ctx,
        "plans.toidea_ask_title",
        number=item.id,
        body=item.body,
        limit=ctx.rt.settings.title_max_length,
    )
    return IDEA_TITLE


async def got_idea_title(update: Update, ctx: Ctx) -> int:
    title = await read_text(update, ctx, ctx.rt.settings.title_max_length)
    draft = ctx.drafts.get(_IDEA)
    if title is None or draft is None:
        return IDEA_TITLE if draft else END
    draft["title"] = " ".join(title.split())
    await say(
        update,
        ctx,
        "plans.toidea_review",
        number=draft["feedback"],
        title=draft["title"],
        buttons=send_or_cancel(ctx, "fic"),
    )
    return IDEA_CONFIRM


async def got_idea_confirmation(update: Update, ctx: Ctx) -> int:
    """Ask her (neutral first line, her words after it); she decides."""
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.pop(_IDEA, None)
    if query.data != "fic:send" or not draft or "title" not in draft:
        await show(query, ctx, "input.cancelled")
        return END
    result = await plans.ask_to_share_feedback(
        ctx.rt, draft["feedback"], draft["title"], staff_member(update)
    )
    keys = {
        Outcome.DONE: "plans.toidea_asked",
        Outcome.DONE_QUIETLY: "plans.toidea_quiet",
        Outcome.DONE_OFFLINE: "plans.toidea_offline",
    }
    await show(
        query, ctx, keys.get(result.outcome, "staff.respond_gone"), number=draft["feedback"]
    )
    return END


async def on_share_answer(update: Update, ctx: Ctx) -> None:
    """Her yes or no to her feedback becoming an idea (checked against the database)."""
    query = query_of(update)
    if ctx.participant is None:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return
    _, number, answer = (query.data or "").split(":")
    outcome, proposal = await plans.answer_share_request(
        ctx.rt, int(number), ctx.participant.id, agree=answer == "yes"
    )
    await query.answer()
    if outcome == Outcome.DONE and proposal is not None:
        await show(query, ctx, "plans.you_agreed", number=proposal.id)
    elif outcome == Outcome.DONE:
        await show(query, ctx, "plans.you_refused")
    elif outcome == Outcome.ALREADY:
        await show(query, ctx, "plans.already_answered")
    else:
        await show(query, ctx, "input.stale_button")
