"""The item's story page: its whole path, one page at a time, for staff and for women."""

from __future__ import annotations

from telegram import Update

from bot import story as stories
from bot.delivery import role_name, stage_name
from bot.offline import by_whom
from bot.outbox import Buttons
from bot.paging import page_number, split_blocks
from bot.rules.story import StoryEvent
from bot.text_input import excerpt
from bot.texts import Safe
from handlers import domains
from handlers.common import query_of, say, say_html, show_html, staff_level, text, when
from handlers.context import Ctx
from handlers.proposals import level_name
from storage.proposals import Proposal

# A page leaves room under Telegram's 4096 characters for its header; long words are cut.
PAGE_LIMIT = 3500
WORDS_LENGTH = 300


def _level(ctx: Ctx, level: int | None, staff: bool) -> Safe:
    return staff_level(ctx, level or 1) if staff else level_name(ctx, level or 1)


def _words(value: str | None) -> str:
    return excerpt(value or "", WORDS_LENGTH)


def _origin(ctx: Ctx, event: StoryEvent, proposal: Proposal, staff: bool) -> list[str]:
    date = when(ctx, event.at)
    lines: list[str]
    if event.origin == "plan":
        lines = [text(ctx, "story.origin_plan", date=date)]
    elif staff:
        who = by_whom(ctx.rt.texts, event.author or "", event.channel or "telegram", ctx.lang)
        key = f"story.origin_{event.origin}_staff"
        lines = [text(ctx, key, date=date, pseudonym=who, feedback=event.number or 0)]
    else:
        key = f"story.origin_{event.origin}" + ("_yours" if event.yours else "")
        lines = [text(ctx, key, date=date, feedback=event.number or 0)]
    if event.text:
        lines.append(text(ctx, "story.decided_before", decided=_words(event.text)))
    if proposal.can_change:
        lines.append(text(ctx, "proposals.can_change", change=_words(proposal.can_change)))
    return lines


def _decision(ctx: Ctx, event: StoryEvent, staff: bool) -> list[str]:
    """Who held the power, what it was about, the limit, the evidence and the reason."""
    lines: list[str] = []
    if event.evidence:
        lines.append(text(ctx, "story.evidence", evidence=_words(event.evidence)))
    if event.power == "staff":
        who = text(ctx, "story.by", name=event.staff_name) if staff and event.staff_name else ""
        lines.append(text(ctx, "story.power_staff", who=Safe(who)))
    if event.domains:
        lines.append(text(ctx, "story.about", domains=domains.names(ctx, event.domains)))
    if event.limit_code:
        lines.append(text(ctx, "story.limit", limit=text(ctx, f"ladder.limit_{event.limit_code}")))
    if event.reason:
        lines.append(text(ctx, "story.reason", reason=_words(event.reason)))
    return lines


def _poll(ctx: Ctx, event: StoryEvent, staff: bool) -> list[str]:
    date = when(ctx, event.at)
    kind = text(ctx, f"story.power_{event.power}")
    lines: list[str]
    if event.kind == "poll_opened":
        lines = [
            text(
                ctx,
                "story.poll_opened",
                date=date,
                number=event.number or 0,
                question=_words(event.text),
                kind=kind,
                closes=when(ctx, event.closes_at or event.at),
            )
        ]
        if event.domains:
            lines.append(text(ctx, "story.about", domains=domains.names(ctx, event.domains)))
        if staff and event.preferred:
            lines.append(text(ctx, "story.sealed", option=event.preferred))
        return lines
    if event.option is not None:
        lines = [
            text(
                ctx,
                "story.poll_closed",
                date=date,
                number=event.number or 0,
                turnout=event.turnout or 0,
                eligible=event.eligible or 0,
                option=event.option,
            )
        ]
    else:
        lines = [text(ctx, "story.poll_undecided", date=date, number=event.number or 0)]
    if event.preferred and event.verdict in ("agreed", "differed"):
        lines.append(text(ctx, f"story.power_{event.verdict}", preferred=event.preferred))
    return lines


def _delivery(ctx: Ctx, event: StoryEvent, staff: bool) -> str:
    """A co-delivery stage reached, a role taken, or the review."""
    date = when(ctx, event.at)
    texts, lang = ctx.rt.texts, ctx.lang
    stage = stage_name(texts, event.text or "", lang) if event.text else ""
    if event.kind == "stage":
        who = text(ctx, "story.by", name=event.staff_name) if staff and event.staff_name else ""
        return text(ctx, "story.stage", date=date, stage=stage, who=Safe(who))
    if event.kind == "role":
        role = role_name(texts, event.option or "", lang)
        if staff:
            return text(
                ctx, "story.role_staff", date=date, role=role, stage=stage,
                pseudonym=event.author or "",
            )  # fmt: skip
        key = "story.role_yours" if event.yours else "story.role"
        return text(ctx, key, date=date, role=role, stage=stage)
    return text(
        ctx,
        f"story.{event.kind}",
        date=date,
        asked=event.eligible or 0,
        yes=event.yes,
        partly=event.partly,
        no=event.no,
        comments=event.comments,
    )


def _block(ctx: Ctx, event: StoryEvent, proposal: Proposal, staff: bool) -> str:
    """One event of the story as a block of lines (never split across pages)."""
    date = when(ctx, event.at)
    lines: list[str]
    if event.kind == "origin":
        lines = _origin(ctx, event, proposal, staff)
    elif event.kind in ("poll_opened", "poll_closed"):
        lines = _poll(ctx, event, staff)
    elif event.kind == "draft":
        key = "story.draft_first" if event.number == 1 else "story.draft"
        lines = [
            text(
                ctx,
                key,
                date=date,
                version=event.number or 1,
                changes=_words(event.text),
                comments=event.comments,
            )
        ]
        if event.taken or event.not_taken:
            lines.append(
                text(ctx, "story.draft_answers", taken=event.taken, not_taken=event.not_taken)
            )
        if event.limits:
            limits = ", ".join(text(ctx, f"ladder.limit_{code}") for code in event.limits)
            lines.append(text(ctx, "story.draft_limits", limits=Safe(limits)))
    elif event.kind in ("stage", "role") or event.kind.startswith("review_"):
        lines = [_delivery(ctx, event, staff)]
    elif event.kind == "followed":
        lines = [text(ctx, f"story.{event.followed}", date=date, number=event.number or 0)]
        lines.extend(_decision(ctx, event, staff))
    elif event.kind == "next_step":
        key = "story.again" if event.step == "again" else "story.decided_after"
        lines = [text(ctx, key, date=date, number=event.number or 0, option=event.option or "")]
        lines.extend(_decision(ctx, event, staff))
    else:
        outcome = text(ctx, f"ladder.outcome_{event.outcome}") if event.outcome else ""
        head = text(
            ctx,
            f"story.{event.kind}",
            date=date,
            level=_level(ctx, event.level, staff),
            outcome=outcome,
        )
        lines = [head, *_decision(ctx, event, staff)]
    return "\n".join(lines)


async def render(ctx: Ctx, number: int, page: int, *, staff: bool) -> tuple[str, Buttons] | None:
    """One page of the story (None if she may not see the item), with its buttons."""
    reader = None if staff or ctx.participant is None else ctx.participant.id
    found = await stories.item_story(ctx.rt, number, reader, staff=staff)
    if found is None:
        return None
    proposal, story = found
    blocks = [_block(ctx, event, proposal, staff) for event in story]
    pages = split_blocks(blocks, limit=PAGE_LIMIT)
    page = min(max(page, 0), len(pages) - 1)
    header = text(
        ctx,
        "story.header",
        number=proposal.id,
        title=proposal.title,
        page=page + 1,
        pages=len(pages),
    )
    nav: list[tuple[str, str]] = []
    if page > 0:
        nav.append((text(ctx, "story.earlier"), f"sty:{number}:{page - 1}"))
    if page + 1 < len(pages):
        nav.append((text(ctx, "story.later"), f"sty:{number}:{page + 1}"))
    rows = [nav] if nav else []
    if not staff:
        rows.append([(text(ctx, "story.back"), f"idea:{number}")])
    return f"{header}\n\n{pages[page]}", rows


async def cmd_story(update: Update, ctx: Ctx) -> None:
    """/story <number> [page]: the item's whole path, as staff see it."""
    args = ctx.args or []
    if not 1 <= len(args) <= 2 or not args[0].lstrip("#").isdigit():
        await say(update, ctx, "story.usage")
        return
    number = int(args[0].lstrip("#"))
    shown = await render(ctx, number, page_number(args[1:]), staff=True)
    if shown is None:
        await say(update, ctx, "staffladder.missing", number=number)
        return
    body, rows = shown
    await say_html(update, ctx, body, buttons=rows, protect=True)


async def on_story_page(update: Update, ctx: Ctx) -> None:
    """A story button or page button: staff see the staff page, a woman hers (re-checked)."""
    query = query_of(update)
    user = update.effective_user
    staff = ctx.rt.is_staff(user.id if user else None)
    _, number, page = (query.data or "").split(":")
    shown = None
    if staff or ctx.participant is not None:
        shown = await render(ctx, int(number), int(page), staff=staff)
    if shown is None:
        await query.answer(text(ctx, "proposals.missing"), show_alert=True)
        return
    await query.answer()
    body, rows = shown
    await show_html(query, body, buttons=rows)
