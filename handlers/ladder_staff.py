"""Staff side of proposals: moderation, the ladder view, and decisions with their reasons."""

from __future__ import annotations

import contextlib
from typing import Any

from telegram import CallbackQuery, Message, Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import ConversationHandler

from bot import proposals
from bot.delivery import stage_name
from bot.ladder import LIMIT_CODES, Level, closing_outcomes, next_level
from bot.offline import by_whom
from bot.outbox import Buttons
from bot.paging import ALL_LEVELS, level_and_page, page_number, split_blocks
from bot.proposals import Outcome, StaffMember
from bot.rules.quotes import authors_of
from bot.texts import Safe
from handlers import domains
from handlers.common import (
    chat_id_of,
    keyboard,
    query_of,
    read_text,
    say,
    say_html,
    say_quoting,
    send_or_cancel,
    show,
    show_html,
    staff_level,
    text,
    when,
)
from handlers.context import Ctx
from handlers.proposals import author_label, level_name, plan_lines, status_label

LIMIT, REASON, CONFIRM, DOMAINS = range(4)
END = ConversationHandler.END

_DECISION = "ladder_decision"
_SUGGESTION = "ladder_suggestion_message"


def staff_member(update: Update) -> StaffMember:
    user = update.effective_user
    assert user is not None
    return StaffMember(user.id, user.first_name)


async def refuse_non_staff(update: Update, ctx: Ctx) -> bool:
    """Staff buttons re-check the allow-list on every press; others learn nothing."""
    user = update.effective_user
    if ctx.rt.is_staff(user.id if user else None):
        return False
    await query_of(update).answer(text(ctx, "input.stale_button"), show_alert=True)
    return True


# Moderation.


async def cmd_pending(update: Update, ctx: Ctx) -> None:
    """/pending [page]: one page of the moderation queue, each idea with Publish / Decline."""
    page = page_number(ctx.args or [])
    queue, total = await proposals.pending_proposals(ctx.rt, page)
    if not queue:
        await say(update, ctx, "moderation.none" if page == 0 else "moderation.page_empty")
        return
    # Through the outbox: paced for her chat, so a page is never a burst of messages.
    messages: list[tuple[str, Buttons | None]] = [
        (
            text(
                ctx,
                "moderation.item",
                number=item.id,
                pseudonym=by_whom(ctx.rt.texts, item.author_pseudonym, item.channel, ctx.lang),
                date=when(ctx, item.created_at),
                title=item.title,
                body=item.body,
            ),
            [
                [
                    (text(ctx, "moderation.publish"), f"pub:{item.id}"),
                    (text(ctx, "moderation.decline"), f"dec:{item.id}"),
                ]
            ],
        )
        for item in queue
    ]
    shown = page * proposals.STAFF_PAGE_SIZE + len(queue)
    if shown < total:
        messages.append((text(ctx, "moderation.more", count=total - shown, page=page + 2), None))
    authors = authors_of((item.author_pseudonym, item.author_id) for item in queue)
    await ctx.rt.outbox.send_to(chat_id_of(update), messages, protect=True, authors=authors)


async def on_publish(update: Update, ctx: Ctx) -> None:
    """Publish: other women can see it now, and its author is told."""
    if await refuse_non_staff(update, ctx):
        return
    query = query_of(update)
    number = int((query.data or "").split(":")[1])
    outcome, _ = await proposals.moderate(
        ctx.rt, number, staff_member(update), publish=True, reason=None
    )
    await query.answer()
    key = {
        Outcome.DONE: "moderation.published",
        Outcome.DONE_QUIETLY: "moderation.published_quietly",
        Outcome.DONE_OFFLINE: "moderation.published_offline",
        Outcome.ALREADY: "moderation.already",
    }
    await show(query, ctx, key.get(outcome, "moderation.missing"), number=number)


# Lists and one proposal.


async def cmd_proposals(update: Update, ctx: Ctx) -> None:
    """/proposals [level|all] [page]: one page of published ideas, optionally at one level."""
    asked = level_and_page(ctx.args or [], ("1", "2", "3"))
    if asked is None:
        await say(update, ctx, "staffladder.list_usage")
        return
    level = None if asked[0] is None else int(asked[0])
    page = asked[1]
    items, total = await proposals.staff_list(ctx.rt, level, page)
    if not items:
        await say(update, ctx, "staffladder.list_page_empty" if page else "staffladder.list_none")
        return
    first = page * proposals.LIST_PAGE_SIZE + 1
    last = first + len(items) - 1
    header = (
        text(
            ctx,
            "staffladder.list_header",
            level=staff_level(ctx, level),
            first=first,
            last=last,
            count=total,
        )
        if level
        else text(ctx, "staffladder.list_header_all", first=first, last=last, count=total)
    )
    lines = [
        text(
            ctx,
            "staffladder.list_item",
            number=item.id,
            title=item.title,
            level=staff_level(ctx, item.level),
            status=status_label(ctx, item),
            supporters=item.supporters,
            volunteers=item.volunteers,
        )
        for item in items
    ]
    if last < total:
        command = f"/proposals {level or ALL_LEVELS} {page + 2}"
        lines.append(text(ctx, "staffladder.list_more", count=total - last, command=command))
    # Through the outbox: paced for this chat, so a page is never a burst of messages. The
    # titles are women's words: a page counts as quoting every author on it.
    chunks = split_blocks([header, *lines], separator="\n")
    await ctx.rt.outbox.send_to(
        chat_id_of(update),
        [(c, None) for c in chunks],
        protect=True,
        quotes=[item.author_id for item in items if item.author_id is not None],
    )


def _history(ctx: Ctx, view: proposals.ProposalView) -> list[str]:
    lines: list[str] = []
    for entry in view.history:
        if entry.event == "moved":
            event = text(
                ctx,
                "staffladder.event_moved",
                from_level=staff_level(ctx, entry.from_level or 1),
                to_level=staff_level(ctx, entry.to_level or 1),
            )
        elif entry.event == "closed":
            event = text(
                ctx,
                "staffladder.event_closed",
                outcome=text(ctx, f"ladder.outcome_{entry.outcome}"),
            )
        elif entry.event == "not_yet":
            event = text(
                ctx,
                "staffladder.event_not_yet",
                from_level=staff_level(ctx, entry.from_level or 1),
                to_level=staff_level(ctx, entry.to_level or 2),
            )
        elif entry.event == "stage":
            event = text(
                ctx,
                "staffladder.event_stage",
                stage=stage_name(ctx.rt.texts, entry.stage or "", ctx.lang),
            )
        else:
            event = text(ctx, f"staffladder.event_{entry.event}")
        detail = ""
        if entry.evidence:
            detail += text(ctx, "staffladder.detail_evidence", evidence=entry.evidence)
        if entry.limit_code:
            detail += text(
                ctx,
                "staffladder.detail_limit",
                limit=text(ctx, f"ladder.limit_{entry.limit_code}"),
            )
        if entry.reason:
            detail += text(ctx, "staffladder.detail_reason", reason=entry.reason)
        if entry.domains:
            detail += text(
                ctx, "staffladder.detail_domains", domains=domains.names(ctx, entry.domains)
            )
        who = text(ctx, "staffladder.who", name=entry.staff_name) if entry.staff_name else ""
        lines.append(
            text(
                ctx,
                "staffladder.history_item",
                date=when(ctx, entry.created_at),
                event=event,
                who=Safe(who),
                detail=Safe(detail),
            )
        )
    return lines


async def cmd_proposal(update: Update, ctx: Ctx) -> None:
    """/proposal <number>: the idea, its full history, and what can be done next."""
    args = ctx.args or []
    if len(args) != 1 or not args[0].lstrip("#").isdigit():
        await say(update, ctx, "staffladder.usage")
        return
    number = int(args[0].lstrip("#"))
    view = await proposals.view_proposal(ctx.rt, number, staff=True)
    if view is None:
        await say(update, ctx, "staffladder.missing", number=number)
        return
    item = view.proposal
    plan = plan_lines(ctx, item)
    body = text(
        ctx,
        "staffladder.detail",
        number=item.id,
        pseudonym=author_label(ctx, item),
        state=status_label(ctx, item),
        title=item.title,
        body=item.body,
        level=staff_level(ctx, item.level),
        outcome=text(ctx, f"proposals.status_{item.outcome}"),
        supporters=item.supporters,
        volunteers=item.volunteers,
    )
    if plan:
        body = Safe(body + "\n\n" + plan[0])
    history = "\n".join([text(ctx, "staffladder.history_header"), *_history(ctx, view)])
    rows: list[list[tuple[str, str]]] = []
    above = next_level(Level(item.level))
    if above is not None and proposals.decision_allowed(item, "move", above):
        move = text(ctx, "staffladder.button_move", level=staff_level(ctx, above))
        rows.append([(move, f"mv:{item.id}:{int(above)}")])
    rows.extend(
        [(text(ctx, f"staffladder.button_{outcome}"), f"cl:{item.id}:{outcome}")]
        for outcome in closing_outcomes(item.status == "published", item.outcome)
    )
    rows.append([(text(ctx, "story.button"), f"sty:{item.id}:0")])
    chunks = split_blocks([body, history])
    for index, chunk in enumerate(chunks):
        await say_quoting(
            update,
            ctx,
            chunk,
            [item.author_id],
            buttons=rows if index == len(chunks) - 1 else None,
        )


# Decisions: move up, close, or answer a ladder suggestion. The next steps happen in the
# staff member's private chat, even when the button was pressed in the staff group.


async def _ask_in_private(update: Update, ctx: Ctx, key: str, **values: object) -> None:
    user = update.effective_user
    assert user is not None
    await ctx.bot.send_message(user.id, text(ctx, key, **values))


async def _ask_limit(
    update: Update, ctx: Ctx, number: int, title: str, key: str = "staffladder.ask_limit"
) -> None:
    """Which limit applies; where a limit is optional ("not yet", declining an idea) there is
    a "no limit applies" button too."""
    user = update.effective_user
    assert user is not None
    rows = [[(text(ctx, f"ladder.limit_{code}"), f"lim:{code}")] for code in LIMIT_CODES]
    if key != "staffladder.ask_limit":
        rows.append([(text(ctx, "plans.button_no_limit"), "lim:none")])
    await ctx.bot.send_message(
        user.id, text(ctx, key, number=number, title=title), reply_markup=keyboard(rows)
    )


async def ask_decision(update: Update, ctx: Ctx) -> int:
    """A Move up / Close / suggestion button: check it against the database, then ask why."""
    if await refuse_non_staff(update, ctx):
        return END
    query = query_of(update)
    parts = (query.data or "").split(":")
    if parts[0] == "sg":
        suggestion = await proposals.suggestion_for(ctx.rt, int(parts[1]))
        if suggestion is None or suggestion.decision is not None:
            await query.answer(text(ctx, "staffladder.already"), show_alert=True)
            # Decided meanwhile (by someone else, or in a private chat): no live buttons stay.
            await _drop_buttons(query)
            return END
        if query.message is not None:
            # Where the suggestion sits (often the staff group): edited once it is decided.
            ctx.drafts[_SUGGESTION] = {
                "chat": query.message.chat.id,
                "message": query.message.message_id,
                "html": _message_html(query),
            }
        number = suggestion.proposal_id
        kind, target = {
            "move": ("move", suggestion.to_level),
            "wait": ("not_yet", suggestion.to_level),
        }.get(parts[2], ("not_possible", 0))
    elif parts[0] == "mv":
        number, kind, target = int(parts[1]), "move", int(parts[2])
    else:
        number, kind, target = int(parts[1]), parts[2], 0
    view = await proposals.view_proposal(ctx.rt, number, staff=True)
    allowed = kind == "not_yet" or (
        view is not None and proposals.decision_allowed(view.proposal, kind, target)
    )
    if view is None or not allowed:
        await query.answer(text(ctx, "staffladder.invalid", number=number), show_alert=True)
        return END
    title = view.proposal.title
    ctx.drafts[_DECISION] = {"number": number, "kind": kind, "target": target, "title": title}
    if parts[0] == "sg":
        ctx.drafts[_DECISION]["suggestion"] = int(parts[1])
    try:
        if kind == "not_possible":
            await _ask_limit(update, ctx, number, title)
        elif kind == "not_yet":
            await _ask_limit(update, ctx, number, title, key="staffladder.ask_wait_limit")
        elif kind == "move":
            await _ask_in_private(
                update,
                ctx,
                "staffladder.ask_move_reason",
                number=number,
                title=title,
                level=staff_level(ctx, target),
            )
        else:
            await _ask_in_private(
                update,
                ctx,
                "staffladder.ask_close_reason",
                number=number,
                title=title,
                outcome=text(ctx, f"ladder.outcome_{kind}"),
            )
    except (Forbidden, BadRequest):
        # She has never opened a private chat with the bot, so Telegram won't let it write.
        ctx.drafts.pop(_DECISION, None)
        await query.answer(text(ctx, "staffladder.start_private"), show_alert=True)
        return END
    in_group = query.message is not None and query.message.chat.type != "private"
    await query.answer(text(ctx, "staffladder.check_private") if in_group else None)
    return LIMIT if kind in ("not_possible", "not_yet") else REASON


async def got_limit(update: Update, ctx: Ctx) -> int:
    """The limit that makes it not possible; then ask for the plain-language explanation."""
    query = query_of(update)
    decision = ctx.drafts.get(_DECISION)
    code = (query.data or "").split(":")[1]
    optional = decision is not None and decision["kind"] != "not_possible"
    if decision is None or (code not in LIMIT_CODES and not (optional and code == "none")):
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return END
    await query.answer()
    if optional:
        if code == "none":
            decision.pop("limit", None)
        else:
            decision["limit"] = code
        limit = text(ctx, f"ladder.limit_{code}") if code != "none" else ""
        await show(
            query,
            ctx,
            f"staffladder.ask_{decision['kind']}_reason",
            number=decision["number"],
            title=decision["title"],
            limit=text(ctx, "staffladder.limit_line", limit=limit) if limit else "",
        )
        return REASON
    decision["limit"] = code
    await show(
        query,
        ctx,
        "staffladder.ask_limit_reason",
        limit=text(ctx, f"ladder.limit_{code}"),
        number=decision["number"],
    )
    return REASON


def _preview(ctx: Ctx, decision: dict[str, object], reason: str) -> Safe:
    title = decision["title"]
    kind = decision["kind"]
    if kind == "move":
        level = int(str(decision["target"]))
        return text(
            ctx,
            "ladder.you_moved",
            title=title,
            level=level_name(ctx, level),
            meaning=text(ctx, f"ladder.meaning_{level}"),
            reason=reason,
        )
    limit = text(ctx, f"ladder.limit_{decision['limit']}") if decision.get("limit") else ""
    if kind == "decline":
        key = "proposals.you_declined_limit" if limit else "proposals.you_declined"
        return text(ctx, key, title=title, reason=reason, limit=limit)
    if kind == "not_yet":
        key = "ladder.you_not_yet_limit" if limit else "ladder.you_not_yet"
        target = level_name(ctx, int(str(decision["target"])))
        return text(ctx, key, title=title, reason=reason, limit=limit, level=target)
    if kind == "not_possible":
        return text(
            ctx,
            "ladder.you_not_possible",
            title=title,
            reason=reason,
            limit=text(ctx, f"ladder.limit_{decision['limit']}"),
        )
    return text(
        ctx,
        "ladder.you_closed",
        title=title,
        reason=reason,
        outcome=text(ctx, f"ladder.outcome_{kind}"),
    )


async def got_reason(update: Update, ctx: Ctx) -> int:
    """The reason women will read; show exactly what they will get before it goes."""
    decision = ctx.drafts.get(_DECISION)
    if decision is None:
        return END
    reason = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if reason is None:
        return REASON
    decision["reason"] = reason
    chosen = tuple(decision.get("domains", ()))
    await say_html(
        update, ctx, domains.question(ctx, chosen), buttons=domains.buttons(ctx, chosen, "dcd")
    )
    return DOMAINS


async def got_decision_domain(update: Update, ctx: Ctx) -> int:
    """A domain toggled, or Done: then, if the decision can still be made (checked in the
    database), exactly what women will get."""
    query = query_of(update)
    decision = ctx.drafts.get(_DECISION)
    if decision is None or "reason" not in decision:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return END
    chosen, done = await domains.press(query, ctx, tuple(decision.get("domains", ())), "dcd")
    decision["domains"] = chosen
    if not done:
        return DOMAINS
    still_open = await proposals.decision_open(
        ctx.rt,
        int(decision["number"]),
        str(decision["kind"]),
        int(decision.get("target", 0)),
        decision.get("suggestion"),
    )
    if not still_open:
        ctx.drafts.pop(_DECISION, None)
        ctx.drafts.pop(_SUGGESTION, None)
        await show(query, ctx, "staffladder.already")
        return END
    review = text(
        ctx,
        "staffladder.review",
        number=decision["number"],
        preview=_preview(ctx, decision, decision["reason"]),
    )
    await show_html(
        query,
        Safe(text(ctx, "domains.chosen", domains=domains.names(ctx, chosen)) + "\n\n" + review),
        buttons=send_or_cancel(ctx, "dcs"),
    )
    return CONFIRM


async def got_decision_confirmation(update: Update, ctx: Ctx) -> int:
    """Apply the decision (checked again in the database) and say what happened."""
    query = query_of(update)
    await query.answer()
    decision = ctx.drafts.pop(_DECISION, None)
    if query.data != "dcs:send" or decision is None or not decision.get("domains"):
        await show(query, ctx, "input.cancelled")
        return END
    number = int(decision["number"])
    staff = staff_member(update)
    chosen = tuple(decision["domains"])
    if decision["kind"] == "decline":
        outcome, _ = await proposals.moderate(
            ctx.rt,
            number,
            staff,
            publish=False,
            reason=decision["reason"],
            limit_code=decision.get("limit"),
            domains=chosen,
        )
        keys = {
            Outcome.DONE: "moderation.declined",
            Outcome.DONE_QUIETLY: "moderation.declined_quietly",
            Outcome.DONE_OFFLINE: "moderation.declined_offline",
            Outcome.ALREADY: "moderation.already",
        }
        await show(query, ctx, keys.get(outcome, "moderation.missing"), number=number)
        return END
    if decision["kind"] == "not_yet":
        outcome = await proposals.not_yet(
            ctx.rt,
            decision["suggestion"],
            staff,
            decision["reason"],
            decision.get("limit"),
            domains=chosen,
        )
        keys = {Outcome.DONE: "staffladder.waiting", Outcome.ALREADY: "staffladder.already"}
        level = staff_level(ctx, int(decision["target"]) - 1)
        await show(
            query, ctx, keys.get(outcome, "staffladder.invalid"), number=number, level=level
        )
        shown = ctx.drafts.pop(_SUGGESTION, None)
        if outcome is Outcome.DONE and shown is not None:
            what = text(ctx, "staffladder.decided_wait", level=level)
            await _mark_decided(ctx, shown, what, staff.name)
        return END
    if decision["kind"] == "move":
        outcome = await proposals.move_up(
            ctx.rt,
            number,
            int(decision["target"]),
            staff,
            decision["reason"],
            chosen,
            suggestion_id=decision.get("suggestion"),
        )
    else:
        outcome = await proposals.close_proposal(
            ctx.rt,
            number,
            decision["kind"],
            staff,
            decision["reason"],
            decision.get("limit"),
            domains=chosen,
            suggestion_id=decision.get("suggestion"),
        )
    keys = {Outcome.DONE: "staffladder.done", Outcome.ALREADY: "staffladder.already"}
    await show(query, ctx, keys.get(outcome, "staffladder.invalid"), number=number)
    shown = ctx.drafts.pop(_SUGGESTION, None)
    if outcome is Outcome.DONE and shown is not None:
        if decision["kind"] == "move":
            level = staff_level(ctx, decision["target"])
            what = text(ctx, "staffladder.decided_move", level=level)
        else:
            what = text(ctx, "staffladder.decided_no")
        await _mark_decided(ctx, shown, what, staff.name)
    return END


def _message_html(query: CallbackQuery) -> str:
    message = query.message
    return message.text_html if isinstance(message, Message) and message.text else ""


def _decided(ctx: Ctx, html: str, what: str, name: str) -> Safe:
    """The suggestion as it was, then what was decided, when and by whom."""
    line = text(
        ctx,
        "staffladder.decided_line",
        what=Safe(what),
        name=name,
        time=when(ctx, ctx.rt.now(), "short"),
    )
    return Safe(html + "\n\n" + line)


async def _mark_decided(ctx: Ctx, shown: dict[str, Any], what: str, name: str) -> None:
    """Edit the suggestion message in place: what was decided, when, by whom; no buttons."""
    # A message deleted or too old to edit is left; the decision itself is recorded.
    with contextlib.suppress(BadRequest):
        await ctx.bot.edit_message_text(
            _decided(ctx, shown["html"], what, name),
            chat_id=int(shown["chat"]),
            message_id=int(shown["message"]),
        )


async def _drop_buttons(query: CallbackQuery) -> None:
    with contextlib.suppress(BadRequest):  # already without buttons
        await query.edit_message_reply_markup(None)


async def ask_decline_reason(update: Update, ctx: Ctx) -> int:
    """Decline: ask for the reason its author will read."""
    if await refuse_non_staff(update, ctx):
        return END
    query = query_of(update)
    number = int((query.data or "").split(":")[1])
    view = await proposals.view_proposal(ctx.rt, number, staff=True)
    if view is None or view.proposal.status != "pending":
        await query.answer(text(ctx, "moderation.already", number=number), show_alert=True)
        return END
    await query.answer()
    ctx.drafts[_DECISION] = {"number": number, "kind": "decline", "title": view.proposal.title}
    await _ask_limit(update, ctx, number, view.proposal.title, key="moderation.ask_decline_limit")
    return LIMIT
