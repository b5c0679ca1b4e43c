"""Women's side of proposals: suggest an idea, browse, open, support and volunteer."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ConversationHandler

from bot import proposals
from bot.delivery import stage_name
from bot.offline import by_whom
from bot.paging import TELEGRAM_LIMIT, split_blocks, visible_length
from bot.proposals import Outcome, ProposalView
from bot.text_input import excerpt
from bot.texts import Safe
from handlers.common import (
    back_to_menu,
    joined,
    label,
    opened,
    query_of,
    review_buttons,
    say,
    say_html,
    say_voice_review,
    screen,
    show,
    show_html,
    stored_voice_body,
    text,
    voice_label,
    when,
)
from handlers.context import Ctx
from handlers.domains import names as domain_names
from handlers.safety import alerts_for, read_free_text, read_voice, submission_allowed
from storage.proposals import HistoryEntry, Proposal

TITLE, BODY, CONFIRM = range(3)
HISTORY_REASON_LENGTH = 300
SHORTEST_DESCRIPTION = 200  # a long idea's description is never cut shorter on its page
MINE_BUTTONS = 10
END = ConversationHandler.END

_TITLE = "proposal_title"
_BODY = "proposal_body"
_VOICE = "proposal_voice"


# Suggesting an idea: title, description, review, send.


async def ask_title(update: Update, ctx: Ctx) -> int:
    """Start: ask for a short title (from /propose or the menu)."""
    if not await opened(update, ctx):
        return END
    _clear(ctx)
    limit = ctx.rt.settings.title_max_length
    await screen(update, ctx, text(ctx, "proposals.ask_title", limit=limit))
    return TITLE


async def got_title(update: Update, ctx: Ctx) -> int:
    """Keep the title; ask for the description."""
    title = await read_free_text(update, ctx, ctx.rt.settings.title_max_length, source="proposal")
    if title is None:
        return TITLE
    ctx.drafts[_TITLE] = " ".join(title.split())
    await say(
        update,
        ctx,
        "proposals.ask_body",
        title=ctx.drafts[_TITLE],
        limit=ctx.rt.settings.max_text_length,
        protect=True,
    )
    return BODY


async def got_body(update: Update, ctx: Ctx) -> int:
    """Show the idea back before it is sent."""
    body = await read_free_text(update, ctx, ctx.rt.settings.max_text_length, source="proposal")
    if body is None:
        return BODY
    ctx.drafts[_BODY] = body
    ctx.drafts.pop(_VOICE, None)
    await say(
        update,
        ctx,
        "proposals.review",
        title=ctx.drafts[_TITLE],
        body=body,
        protect=True,
        buttons=review_buttons(ctx, "prc"),
    )
    return CONFIRM


async def got_voice(update: Update, ctx: Ctx) -> int:
    """A voice note as the description: kept only as Telegram's reference to it, shown back
    with the support button (words that suggest danger cannot be found in audio)."""
    voice = await read_voice(update, ctx, source="proposal")
    ctx.drafts[_VOICE], ctx.drafts[_BODY] = voice, stored_voice_body(ctx, voice)
    await say_voice_review(update, ctx, "prc", voice, title=ctx.drafts[_TITLE])
    return CONFIRM


async def got_confirmation(update: Update, ctx: Ctx) -> int:
    """Send (stored as pending moderation), write again, or cancel."""
    query = query_of(update)
    await query.answer()
    choice = (query.data or "").split(":")[1]
    if choice == "edit":
        await show(query, ctx, "proposals.ask_title", limit=ctx.rt.settings.title_max_length)
        return TITLE
    if choice == "send" and ctx.participant is not None and _BODY in ctx.drafts:
        if not await submission_allowed(update, ctx):
            return CONFIRM  # the draft stays; she can press Send again in a few minutes
        proposal = await proposals.submit_proposal(
            ctx.rt,
            ctx.participant.id,
            ctx.drafts[_TITLE],
            ctx.drafts[_BODY],
            ctx.drafts.get(_VOICE),
            alerts=alerts_for(ctx, "idea"),
        )
        _clear(ctx)
        await show(query, ctx, "proposals.thanks", number=proposal.id)
        return END
    _clear(ctx)
    await show(query, ctx, "proposals.cancelled")
    return END


def _clear(ctx: Ctx) -> None:
    alerts_for(ctx, "idea")  # an alert stays as it is when nothing is sent
    ctx.drafts.pop(_TITLE, None)
    ctx.drafts.pop(_BODY, None)
    ctx.drafts.pop(_VOICE, None)


# Browsing, opening, supporting, volunteering.


def level_name(ctx: Ctx, level: int) -> Safe:
    """A ladder level as women read it, in everyday words."""
    return text(ctx, f"ladder.plain_{level}")


def author_label(ctx: Ctx, proposal: Proposal) -> Safe:
    """Who it came from, as staff see it: a pseudonym, or the service for its own plan."""
    if proposal.origin == "plan":
        return text(ctx, "proposals.from_service")
    who = by_whom(ctx.rt.texts, proposal.author_pseudonym, proposal.channel, ctx.lang)
    return text(ctx, f"proposals.from_{proposal.origin}", pseudonym=who)


def plan_lines(ctx: Ctx, proposal: Proposal) -> list[str]:
    """Where an item came from and, for a staff plan, what is open and what is decided."""
    if proposal.origin == "idea":
        return []
    lines = [text(ctx, f"proposals.origin_{proposal.origin}")]
    if proposal.can_change:
        lines.append(text(ctx, "proposals.can_change", change=proposal.can_change))
    if proposal.already_decided:
        key = "plans.decided_line_limit" if proposal.decided_limit else "plans.decided_line"
        limit = (
            text(ctx, f"ladder.limit_{proposal.decided_limit}") if proposal.decided_limit else ""
        )
        lines.append(text(ctx, key, decided=proposal.already_decided, limit=limit))
    return ["\n".join(lines)]


def status_label(ctx: Ctx, proposal: Proposal) -> Safe:
    if proposal.status != "published":
        return text(ctx, f"proposals.status_{proposal.status}")
    return text(ctx, f"proposals.status_{proposal.outcome}")


async def _render_page(
    ctx: Ctx, level: int | None, page: int
) -> tuple[str, list[list[tuple[str, str]]]]:
    result = await proposals.browse(ctx.rt, level, page)
    filter_name = level_name(ctx, level) if level else text(ctx, "proposals.filter_all")
    code = level or 0
    rows: list[list[tuple[str, str]]] = [
        [
            (
                label(
                    ctx,
                    "proposals.list_item",
                    number=item.id,
                    title=item.title,
                    level=level_name(ctx, item.level),
                    supporters=item.supporters,
                ),
                f"idea:{item.id}",
            )
        ]
        for item in result.items
    ]
    nav: list[tuple[str, str]] = []
    if result.page > 0:
        nav.append((text(ctx, "proposals.button_newer"), f"ideas:{code}:{result.page - 1}"))
    if result.page + 1 < result.pages:
        nav.append((text(ctx, "proposals.button_older"), f"ideas:{code}:{result.page + 1}"))
    if nav:
        rows.append(nav)
    rows.append(
        [(text(ctx, "proposals.button_all"), "ideas:0:0")]
        + [(label(ctx, f"proposals.button_level_{n}"), f"ideas:{n}:0") for n in (1, 2, 3)]
    )
    rows.append(back_to_menu(ctx))
    if not result.items:
        return text(ctx, "proposals.browse_empty"), rows
    header = text(
        ctx,
        "proposals.browse_header",
        filter=filter_name,
        page=result.page + 1,
        pages=result.pages,
    )
    return header, rows


async def cmd_ideas(update: Update, ctx: Ctx) -> None:
    """Published ideas, newest first, with paging and a level filter."""
    if not await opened(update, ctx):
        return
    body, rows = await _render_page(ctx, None, 0)
    await screen(update, ctx, body, buttons=rows)


async def on_ideas_page(update: Update, ctx: Ctx) -> None:
    """A page or filter button: redraw the list in place."""
    query = query_of(update)
    await query.answer()
    if ctx.participant is None:
        return
    _, level, page = (query.data or "").split(":")
    body, rows = await _render_page(ctx, int(level) or None, int(page))
    await show_html(query, body, buttons=rows)


def _history_lines(ctx: Ctx, history: list[HistoryEntry]) -> list[str]:
    lines: list[str] = []
    for entry in history:
        date = when(ctx, entry.created_at)
        reason = excerpt(entry.reason or "", HISTORY_REASON_LENGTH)
        if entry.event == "moved":
            line = text(
                ctx,
                "proposals.history_moved",
                date=date,
                level=level_name(ctx, entry.to_level or 1),
                reason=reason,
            )
        elif entry.event == "stage":
            line = text(
                ctx,
                "proposals.history_stage",
                date=date,
                stage=stage_name(ctx.rt.texts, entry.stage or "", ctx.lang),
            )
        elif entry.event == "closed" and entry.limit_code:
            line = text(
                ctx,
                "proposals.history_not_possible",
                date=date,
                reason=reason,
                limit=text(ctx, f"ladder.limit_{entry.limit_code}"),
            )
        elif entry.event == "closed":
            line = text(
                ctx,
                "proposals.history_closed",
                date=date,
                reason=reason,
                outcome=text(ctx, f"ladder.outcome_{entry.outcome}"),
            )
        elif entry.event == "not_yet":
            line = text(
                ctx,
                "proposals.history_not_yet_limit"
                if entry.limit_code
                else "proposals.history_not_yet",
                date=date,
                level=level_name(ctx, entry.to_level or 2),
                reason=reason,
                limit=text(ctx, f"ladder.limit_{entry.limit_code}") if entry.limit_code else "",
            )
        else:
            line = text(ctx, f"proposals.history_{entry.event}", date=date, reason=reason)
        if entry.domains:
            line = text(
                ctx, "proposals.history_about", line=line, domains=domain_names(ctx, entry.domains)
            )
        lines.append(line)
    return lines


def render_detail(ctx: Ctx, view: ProposalView) -> tuple[str, list[list[tuple[str, str]]]]:
    """One idea as a woman sees it, with the buttons that fit her, in one message."""
    proposal = view.proposal
    # Her idea was spoken: other women read that it was, in their own language.
    description = voice_label(ctx, proposal.voice) if proposal.voice else proposal.body
    body, rows = _detail(ctx, view, description)
    overflow = visible_length(body) - TELEGRAM_LIMIT
    if overflow > 0 and proposal.voice is None:
        # A long idea with a long history: shorten the description first.
        keep = max(len(description) - overflow - 1, SHORTEST_DESCRIPTION)
        description = excerpt(description, keep)
        body, rows = _detail(ctx, view, description)
    skip = 0
    # A very long history: its oldest steps give way here; the story page tells them all.
    while visible_length(body) > TELEGRAM_LIMIT and skip < len(view.history):
        skip += 1
        body, rows = _detail(ctx, view, description, skip)
    return body, rows


def _detail(
    ctx: Ctx, view: ProposalView, description: str, skip: int = 0
) -> tuple[str, list[list[tuple[str, str]]]]:
    proposal = view.proposal
    parts: list[str] = [
        text(
            ctx,
            "proposals.detail",
            number=proposal.id,
            title=proposal.title,
            body=description,
            level=level_name(ctx, proposal.level),
            meaning=text(ctx, f"ladder.meaning_{proposal.level}"),
            status=status_label(ctx, proposal),
            supporters=proposal.supporters,
            volunteers=proposal.volunteers,
        )
    ]
    parts.extend(plan_lines(ctx, proposal))
    history = _history_lines(ctx, view.history[skip:])
    if skip:
        history.insert(0, text(ctx, "proposals.history_earlier", count=skip))
    if history:
        parts.append(text(ctx, "proposals.detail_history") + "\n" + "\n".join(history))
    rows: list[list[tuple[str, str]]] = []
    if proposal.status == "published" and proposal.outcome == "open":
        mine = ctx.participant is not None and proposal.author_id == ctx.participant.id
        if not mine:
            key = "button_unsupport" if view.supports else "button_support"
            rows.append([(text(ctx, f"proposals.{key}"), f"sup:{proposal.id}")])
        key = "button_unvolunteer" if view.volunteers else "button_volunteer"
        rows.append([(text(ctx, f"proposals.{key}"), f"vol:{proposal.id}")])
    if view.volunteers and view.stages_running:
        rows.append([(text(ctx, "delivery.button_roles"), f"rls:{proposal.id}")])
    rows.append([(text(ctx, "story.button"), f"sty:{proposal.id}:0")])
    rows.append([(text(ctx, "proposals.button_back"), "ideas:0:0")])
    return "\n\n".join(parts), rows


async def on_open_idea(update: Update, ctx: Ctx) -> None:
    """Open one idea from the list."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return
    view = await proposals.view_proposal(
        ctx.rt, int((query.data or "").split(":")[1]), ctx.participant.id
    )
    if view is None:
        await query.answer(text(ctx, "proposals.missing"), show_alert=True)
        return
    await query.answer()
    body, rows = render_detail(ctx, view)
    await show_html(query, body, buttons=rows)


_TOGGLE_ANSWERS = {
    ("sup", Outcome.DONE): "proposals.supported",
    ("sup", Outcome.UNDONE): "proposals.unsupported",
    ("vol", Outcome.DONE): "proposals.volunteered",
    ("vol", Outcome.UNDONE): "proposals.unvolunteered",
}


async def on_toggle(update: Update, ctx: Ctx) -> None:
    """Support or volunteer (pressing again withdraws); the press is checked in the database."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return
    kind, number = (query.data or "").split(":")
    toggle = proposals.toggle_support if kind == "sup" else proposals.toggle_volunteer
    outcome = await toggle(ctx.rt, ctx.participant.id, int(number))
    key = _TOGGLE_ANSWERS.get((kind, outcome), f"proposals.{outcome.value}")
    if key == "proposals.volunteered" and ctx.participant.notify == "none":
        # She chose no messages: nothing will tell her, so the thanks must not promise it.
        key = "proposals.volunteered_quiet"
    await query.answer(text(ctx, key), show_alert=outcome not in (Outcome.DONE, Outcome.UNDONE))
    view = await proposals.view_proposal(ctx.rt, int(number), ctx.participant.id)
    if view is not None:
        body, rows = render_detail(ctx, view)
        await show_html(query, body, buttons=rows)


async def cmd_my_ideas(update: Update, ctx: Ctx) -> None:
    """Her own ideas with their level and status."""
    if not await opened(update, ctx) or ctx.participant is None:
        return
    mine = await proposals.my_proposals(ctx.rt, ctx.participant.id)
    if not mine:
        await say(update, ctx, "proposals.mine_none")
        return
    lines = [text(ctx, "proposals.mine_header")] + [
        text(
            ctx,
            "proposals.mine_item",
            number=item.id,
            title=item.title,
            status=status_label(ctx, item),
            level=level_name(ctx, item.level),
        )
        for item in mine
    ]
    # Buttons to open the newest few; the list itself names them all, over several messages.
    rows = [
        [
            (
                label(ctx, "proposals.mine_button", number=item.id, title=item.title),
                f"idea:{item.id}",
            )
        ]
        for item in reversed(mine[-MINE_BUTTONS:])
    ]
    chunks = split_blocks(lines, separator="\n")
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        await say_html(update, ctx, chunk, buttons=rows if last else None, protect=True)


def unsent(ctx: Ctx) -> list[Safe]:
    """Her idea draft as /mydata shows it, if she has given it a title."""
    if _TITLE not in ctx.drafts:
        return []
    lines = [text(ctx, "mydata.draft_idea", title=ctx.drafts[_TITLE])]
    voice = ctx.drafts.get(_VOICE)
    if voice is not None:
        lines.append(text(ctx, "mydata.draft_idea_body", body=voice_label(ctx, voice)))
    elif _BODY in ctx.drafts:
        lines.append(text(ctx, "mydata.draft_idea_body", body=ctx.drafts[_BODY]))
    return lines
