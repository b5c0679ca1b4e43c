"""Staff create polls in a guided conversation, follow turnout, and close polls early."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import ConversationHandler

from bot import polls, proposals
from bot.paging import split_blocks
from bot.poll_rules import (
    MIN_VOTERS,
    Quorum,
    parse_closing,
    parse_options,
    parse_quorum,
    verdict,
)
from bot.polls import PollDraft, PollRefused
from bot.texts import Safe
from handlers import domains
from handlers.common import message_text, query_of, read_text, say, say_html, show, text, when
from handlers.context import Ctx

QUESTION, OPTIONS, CLOSING, QUORUM, AUDIENCE, PROPOSAL, KIND, LIMITS, LINK, DOMAINS, PREVIEW = (
    range(11)
)
END = ConversationHandler.END
QUESTION_MAX_LENGTH = 250
# Declared limits are a short statement; this also keeps the preview within one message.
LIMITS_MAX_LENGTH = 1000

_DRAFT = "newpoll"


def _draft(ctx: Ctx) -> dict[str, Any]:
    draft: dict[str, Any] = ctx.drafts.setdefault(_DRAFT, {})
    return draft


async def ask_question(update: Update, ctx: Ctx) -> int:
    """/newpoll: start a fresh draft."""
    ctx.drafts[_DRAFT] = {}
    await say(update, ctx, "newpoll.ask_question")
    return QUESTION


async def got_question(update: Update, ctx: Ctx) -> int:
    question = await read_text(update, ctx, QUESTION_MAX_LENGTH)
    if question is None:
        return QUESTION
    _draft(ctx)["question"] = question
    await say(update, ctx, "newpoll.ask_options")
    return OPTIONS


async def got_options(update: Update, ctx: Ctx) -> int:
    options = parse_options(message_text(update))
    if options is None:
        await say(update, ctx, "newpoll.bad_options")
        return OPTIONS
    _draft(ctx)["options"] = tuple(options)
    await say(update, ctx, "newpoll.ask_closing", zone=ctx.rt.settings.timezone)
    return CLOSING


async def got_closing(update: Update, ctx: Ctx) -> int:
    closes_at = parse_closing(message_text(update), ctx.rt.now(), ctx.rt.settings.zone)
    if closes_at is None:
        await say(update, ctx, "newpoll.bad_closing")
        return CLOSING
    _draft(ctx)["closes_at"] = closes_at
    await say(update, ctx, "newpoll.ask_quorum")
    return QUORUM


async def got_quorum(update: Update, ctx: Ctx) -> int:
    quorum = parse_quorum(message_text(update))
    if quorum is None:
        await say(update, ctx, "newpoll.bad_quorum")
        return QUORUM
    _draft(ctx)["quorum"] = quorum
    await say(
        update,
        ctx,
        "newpoll.ask_audience",
        buttons=[
            [(text(ctx, "newpoll.audience_all"), "npa:all")],
            [(text(ctx, "newpoll.audience_proposal"), "npa:proposal")],
        ],
    )
    return AUDIENCE


async def _ask_kind(update: Update, ctx: Ctx) -> int:
    await say(
        update,
        ctx,
        "newpoll.ask_kind",
        buttons=[
            [(text(ctx, "newpoll.kind_advisory"), "npk:advisory")],
            [(text(ctx, "newpoll.kind_shared"), "npk:shared")],
        ],
    )
    return KIND


async def got_audience(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    audience = (query.data or "").split(":")[1]
    _draft(ctx)["audience"] = audience
    _draft(ctx)["proposal_id"] = None
    if audience == "proposal":
        await show(query, ctx, "newpoll.ask_proposal")
        return PROPOSAL
    await show(query, ctx, "newpoll.audience_all")
    return await _ask_kind(update, ctx)


async def _published_idea(update: Update, ctx: Ctx) -> int | None:
    raw = message_text(update).strip().lstrip("#")
    view = await proposals.view_proposal(ctx.rt, int(raw), staff=True) if raw.isdigit() else None
    if view is None or view.proposal.status != "published":
        await say(update, ctx, "newpoll.bad_proposal", number=raw[:10])
        return None
    return view.proposal.id


async def got_proposal(update: Update, ctx: Ctx) -> int:
    """The idea whose author, supporters and volunteers can vote (and which it decides)."""
    number = await _published_idea(update, ctx)
    if number is None:
        return PROPOSAL
    _draft(ctx)["proposal_id"] = number
    return await _ask_kind(update, ctx)


async def got_kind(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    _draft(ctx)["kind"] = (query.data or "").split(":")[1]
    await show(query, ctx, f"newpoll.kind_{_draft(ctx)['kind']}")
    await say(
        update,
        ctx,
        "newpoll.ask_limits",
        buttons=[[(text(ctx, "newpoll.no_limits"), "npl:none")]],
    )
    return LIMITS


async def got_limits(update: Update, ctx: Ctx) -> int:
    """Limits in plain words, or none; then the idea it decides, unless that is known."""
    if update.callback_query is not None:
        await update.callback_query.answer()
        _draft(ctx)["limits"] = ""
    else:
        limits = await read_text(update, ctx, LIMITS_MAX_LENGTH)
        if limits is None:
            return LIMITS
        _draft(ctx)["limits"] = limits
    if _draft(ctx)["proposal_id"] is None:
        await say(
            update, ctx, "newpoll.ask_link", buttons=[[(text(ctx, "newpoll.no_link"), "npn:none")]]
        )
        return LINK
    return await _ask_domains(update, ctx)


async def got_link(update: Update, ctx: Ctx) -> int:
    if update.callback_query is not None:
        await update.callback_query.answer()
        return await _ask_domains(update, ctx)
    number = await _published_idea(update, ctx)
    if number is None:
        return LINK
    _draft(ctx)["proposal_id"] = number
    return await _ask_domains(update, ctx)


async def _ask_domains(update: Update, ctx: Ctx) -> int:
    """What the poll decides about: one or more domains, toggled, then Done."""
    _draft(ctx)["domains"] = ()
    await say_html(update, ctx, domains.question(ctx, ()), buttons=domains.buttons(ctx, (), "npd"))
    return DOMAINS


async def got_domain(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    chosen, done = await domains.press(query, ctx, _draft(ctx).get("domains", ()), "npd")
    _draft(ctx)["domains"] = chosen
    if not done:
        return DOMAINS
    await show(query, ctx, "domains.chosen", domains=domains.names(ctx, chosen))
    return await _preview(update, ctx)


def _as_draft(ctx: Ctx) -> PollDraft:
    values = _draft(ctx)
    return PollDraft(
        question=values["question"],
        options=values["options"],
        closes_at=values["closes_at"],
        quorum=values["quorum"],
        audience=values["audience"],
        proposal_id=values["proposal_id"],
        kind=values["kind"],
        limits=values["limits"],
        domains=values["domains"],
    )


def _quorum_label(ctx: Ctx, quorum: Quorum) -> Safe:
    if quorum.kind == "share":
        return text(ctx, "newpoll.quorum_share", percent=round(quorum.value * 100, 1))
    return text(ctx, "newpoll.quorum_count", count=int(quorum.value))


async def _preview(update: Update, ctx: Ctx) -> int:
    """Exactly what women will receive, before anything is sent."""
    draft = _as_draft(ctx)
    card = polls.render_draft(ctx.rt, draft, ctx.lang)
    link = text(ctx, "newpoll.preview_link", number=draft.proposal_id) if draft.proposal_id else ""
    await say(
        update,
        ctx,
        "newpoll.preview",
        card=card,
        options=" / ".join(draft.options),
        quorum=_quorum_label(ctx, draft.quorum),
        audience=text(ctx, f"newpoll.audience_{draft.audience}"),
        link=Safe(link),
        domains=domains.names(ctx, draft.domains),
        buttons=[
            [
                (text(ctx, "newpoll.send"), "nps:send"),
                (text(ctx, "newpoll.cancel"), "nps:cancel"),
            ]
        ],
    )
    return PREVIEW


async def got_preview_answer(update: Update, ctx: Ctx) -> int:
    """Open the poll (it is delivered through the outbox) or drop the draft."""
    query = query_of(update)
    await query.answer()
    if query.data != "nps:send" or _DRAFT not in ctx.drafts:
        ctx.drafts.pop(_DRAFT, None)
        await show(query, ctx, "input.cancelled")
        return END
    draft = _as_draft(ctx)
    ctx.drafts.pop(_DRAFT, None)
    user = update.effective_user
    assert user is not None
    poll = await polls.create_poll(ctx.rt, draft, user.id)
    if isinstance(poll, PollRefused):
        await show(query, ctx, f"newpoll.{poll.value}", minimum=MIN_VOTERS)
        return END
    await show(query, ctx, "newpoll.sent", number=poll.id, eligible=poll.eligible)
    return END


async def cmd_polls(update: Update, ctx: Ctx) -> None:
    """Open polls with turnout only (results stay hidden), and recently closed ones."""
    summaries = await polls.recent_polls(ctx.rt)
    if not summaries:
        await say(update, ctx, "staffpolls.none")
        return
    lines = [text(ctx, "staffpolls.header")]
    for summary in summaries:
        poll = summary.poll
        if poll.is_open:
            lines.append(
                text(
                    ctx,
                    "staffpolls.open_item",
                    number=poll.id,
                    question=poll.question,
                    closes=when(ctx, poll.closes_at, "short"),
                    turnout=summary.turnout,
                    eligible=poll.eligible,
                    needed=summary.needed,
                    domains=domains.names(ctx, poll.domains),
                )
            )
            continue
        kind, winner = verdict(bool(poll.quorum_met), poll.winner, poll.labels)
        decided = text(ctx, f"staffpolls.verdict_{kind}", option=winner)
        lines.append(
            text(
                ctx,
                "staffpolls.closed_item",
                number=poll.id,
                question=poll.question,
                turnout=summary.turnout,
                eligible=poll.eligible,
                verdict=decided,
                domains=domains.names(ctx, poll.domains),
            )
        )
    for chunk in split_blocks(lines, separator="\n"):
        await say_html(update, ctx, chunk)


async def cmd_close_poll(update: Update, ctx: Ctx) -> None:
    """/closepoll <number>: close now; the result is announced as at the deadline."""
    args = ctx.args or []
    if len(args) != 1 or not args[0].lstrip("#").isdigit():
        await say(update, ctx, "staffpolls.close_usage")
        return
    number = int(args[0].lstrip("#"))
    user = update.effective_user
    assert user is not None
    closed = await polls.close_poll(ctx.rt, number, user.id)
    await say(update, ctx, "staffpolls.closed" if closed else "staffpolls.not_open", number=number)
