"""Co-design in the chat: staff share a draft or a revision, women comment or suggest a change,
staff read the comments grouped per draft."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import ConversationHandler

from bot import codesign
from bot.codesign import NewDraft, Verdict
from bot.ladder import LIMIT_CODES
from bot.paging import split_blocks
from bot.proposals import Outcome
from bot.texts import Safe
from handlers.common import (
    joined,
    query_of,
    read_text,
    say,
    say_html,
    send_or_cancel,
    show,
    staff_here,
    text,
    when,
)
from handlers.context import Ctx
from handlers.ladder_staff import staff_member
from handlers.safety import read_free_text, submission_allowed

BODY, CHANGES, TAKE, LIMIT, REASON, AUDIENCE, CONFIRM = range(7)
COMMENT, COMMENT_CONFIRM = range(7, 9)
END = ConversationHandler.END

_DRAFT = "codesign_draft"
_COMMENT = "codesign_comment"


def _number(ctx: Ctx) -> int | None:
    args = ctx.args or []
    if len(args) != 1 or not args[0].lstrip("#").isdigit():
        return None
    return int(args[0].lstrip("#"))


# Staff: a draft or a revision.


async def ask_draft(update: Update, ctx: Ctx) -> int:
    """/draft <number>: the next version of an item's draft, for its volunteers."""
    if not await staff_here(update, ctx):
        return END
    number = _number(ctx)
    if number is None:
        await say(update, ctx, "codesign.draft_usage")
        return END
    found = await codesign.co_design(ctx.rt, number)
    if found is None or not codesign.open_for_co_design(found.proposal):
        await say(update, ctx, "codesign.not_co_design", number=number)
        return END
    ctx.drafts[_DRAFT] = {
        "number": number,
        "title": found.proposal.title,
        "first": not found.drafts,
        "version": len(found.drafts) + 1,
        "open": [(c.id, c.kind, c.pseudonym, c.body) for c in found.open_comments],
        "verdicts": [],
    }
    await say(
        update,
        ctx,
        "codesign.ask_body",
        number=number,
        title=found.proposal.title,
        version=len(found.drafts) + 1,
        limit=ctx.rt.settings.max_text_length,
    )
    return BODY


async def got_draft_body(update: Update, ctx: Ctx) -> int:
    """The draft's text, or a picture or document with the text as its caption (kept as a
    Telegram file reference, never downloaded)."""
    draft: dict[str, Any] | None = ctx.drafts.get(_DRAFT)
    message = update.effective_message
    if draft is None or message is None:
        return END
    if message.photo or message.document:
        if not message.caption:
            await say(update, ctx, "codesign.caption_needed")
            return BODY
        if len(message.caption) > ctx.rt.settings.max_text_length:
            await say(update, ctx, "codesign.caption_needed")
            return BODY
        body = message.caption
        if message.photo:
            draft["file"] = (message.photo[-1].file_id, "photo")
        else:
            assert message.document is not None
            draft["file"] = (message.document.file_id, "document")
    else:
        read = await read_text(update, ctx, ctx.rt.settings.max_text_length)
        if read is None:
            return BODY
        body = read
        draft.pop("file", None)
    draft["body"] = body
    if not draft["first"]:
        await say(update, ctx, "codesign.ask_changes")
        return CHANGES
    return await _next_comment(update, ctx)


async def got_changes(update: Update, ctx: Ctx) -> int:
    draft = ctx.drafts.get(_DRAFT)
    changes = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if draft is None:
        return END
    if changes is None:
        return CHANGES
    draft["changes"] = changes
    return await _next_comment(update, ctx)


async def _next_comment(update: Update, ctx: Ctx) -> int:
    """Each open comment in turn: taken in this version, or not (and why)."""
    draft = ctx.drafts[_DRAFT]
    decided = len(draft["verdicts"])
    if decided < len(draft["open"]):
        comment_id, kind, pseudonym, body = draft["open"][decided]
        await say(
            update,
            ctx,
            "codesign.ask_take",
            position=decided + 1,
            count=len(draft["open"]),
            number=comment_id,
            kind=text(ctx, f"codesign.kind_{kind}"),
            pseudonym=pseudonym,
            body=body,
            buttons=[
                [
                    (text(ctx, "codesign.button_taken"), "dtk:yes"),
                    (text(ctx, "codesign.button_not_taken"), "dtk:no"),
                ]
            ],
        )
        return TAKE
    await say(
        update,
        ctx,
        "codesign.ask_audience",
        buttons=[
            [(text(ctx, "codesign.audience_volunteers"), "dra:volunteers")],
            [(text(ctx, "codesign.audience_involved"), "dra:involved")],
        ],
    )
    return AUDIENCE


async def got_take(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.get(_DRAFT)
    if draft is None:
        return END
    comment_id = draft["open"][len(draft["verdicts"])][0]
    if query.data == "dtk:yes":
        draft["verdicts"].append({"id": comment_id, "taken": True})
        return await _next_comment(update, ctx)
    draft["pending"] = comment_id
    rows = [[(text(ctx, f"ladder.limit_{code}"), f"lim:{code}")] for code in LIMIT_CODES]
    rows.append([(text(ctx, "plans.button_no_limit"), "lim:none")])
    await say(update, ctx, "codesign.ask_limit", number=comment_id, buttons=rows)
    return LIMIT


async def got_comment_limit(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.get(_DRAFT)
    if draft is None or "pending" not in draft:
        return END
    code = (query.data or "").split(":")[1]
    draft["pending_limit"] = code if code in LIMIT_CODES else None
    await say(update, ctx, "codesign.ask_reason", number=draft["pending"])
    return REASON


async def got_comment_reason(update: Update, ctx: Ctx) -> int:
    draft = ctx.drafts.get(_DRAFT)
    reason = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if draft is None or "pending" not in draft:
        return END
    if reason is None:
        return REASON
    draft["verdicts"].append(
        {
            "id": draft.pop("pending"),
            "taken": False,
            "reason": reason,
            "limit": draft.pop("pending_limit", None),
        }
    )
    return await _next_comment(update, ctx)


def _new_draft(draft: dict[str, Any]) -> NewDraft:
    file_id, file_kind = draft.get("file") or (None, None)
    return NewDraft(
        body=draft["body"],
        audience=draft["audience"],
        file_id=file_id,
        file_kind=file_kind,
        changes=draft.get("changes"),
        verdicts=tuple(
            Verdict(v["id"], v["taken"], v.get("reason"), v.get("limit"))
            for v in draft["verdicts"]
        ),
    )


async def got_audience(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.get(_DRAFT)
    if draft is None or "body" not in draft:
        return END
    draft["audience"] = (query.data or "").split(":")[1]
    new = _new_draft(draft)
    taken = sum(1 for v in new.verdicts if v.taken)
    await show(
        query,
        ctx,
        "codesign.review",
        number=draft["number"],
        title=draft["title"],
        version=draft["version"],
        body=new.body,
        changes=text(ctx, "codesign.changes_line", changes=new.changes) if new.changes else "",
        file=text(ctx, f"codesign.with_{new.file_kind}") if new.file_kind else "",
        audience=text(ctx, f"codesign.audience_{new.audience}"),
        taken=taken,
        not_taken=len(new.verdicts) - taken,
        buttons=send_or_cancel(ctx, "drc"),
    )
    return CONFIRM


async def got_draft_confirmation(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.pop(_DRAFT, None)
    if query.data != "drc:send" or not draft or "audience" not in draft:
        await show(query, ctx, "input.cancelled")
        return END
    outcome, shared = await codesign.share_draft(
        ctx.rt, draft["number"], _new_draft(draft), staff_member(update)
    )
    if outcome == Outcome.DONE and shared is not None:
        await show(query, ctx, "codesign.shared", number=draft["number"], version=shared.version)
    else:
        await show(query, ctx, "codesign.not_shared", number=draft["number"])
    return END


async def cmd_comments(update: Update, ctx: Ctx) -> None:
    """/comments <number>: every draft of the item with its comments, grouped per version."""
    if not await staff_here(update, ctx):
        return
    number = _number(ctx)
    if number is None:
        await say(update, ctx, "codesign.comments_usage")
        return
    found = await codesign.co_design(ctx.rt, number)
    if found is None or not found.drafts:
        await say(update, ctx, "codesign.no_drafts", number=number)
        return
    blocks: list[str] = [
        text(ctx, "codesign.comments_header", number=number, title=found.proposal.title)
    ]
    for draft in found.drafts:
        mine = [c for c in found.comments if c.draft_id == draft.id]
        blocks.append(
            text(
                ctx,
                "codesign.comments_draft",
                version=draft.version,
                date=when(ctx, draft.created_at),
                count=len(mine),
            )
        )
        for comment in mine:
            if comment.outcome == "taken":
                state = text(ctx, "codesign.state_taken", version=comment.decided_in)
            elif comment.outcome == "not_taken":
                state = text(ctx, "codesign.state_not_taken", version=comment.decided_in)
            else:
                state = text(ctx, "codesign.state_open")
            blocks.append(
                text(
                    ctx,
                    "codesign.comments_item",
                    number=comment.id,
                    pseudonym=comment.pseudonym,
                    kind=text(ctx, f"codesign.kind_{comment.kind}"),
                    body=comment.body,
                    state=state,
                )
            )
    for chunk in split_blocks(blocks):
        await say_html(update, ctx, chunk)


# Women: a comment or a suggested change on a draft shared with them.


async def ask_comment(update: Update, ctx: Ctx) -> int:
    """A Comment / Suggest a change button under a draft: checked against the database."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return END
    _, number, kind = (query.data or "").split(":")
    draft = await codesign.draft_for(ctx.rt, int(number), ctx.participant.id)
    if draft is None:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return END
    await query.answer()
    kind_name = "comment" if kind == "c" else "suggestion"
    ctx.drafts[_COMMENT] = {"draft": draft.id, "kind": kind_name}
    await say(
        update,
        ctx,
        f"codesign.ask_{kind_name}",
        version=draft.version,
        limit=ctx.rt.settings.max_text_length,
    )
    return COMMENT


async def got_comment(update: Update, ctx: Ctx) -> int:
    comment = ctx.drafts.get(_COMMENT)
    if comment is None:
        return END
    body = await read_free_text(
        update, ctx, ctx.rt.settings.max_text_length, source="draft comment"
    )
    if body is None:
        return COMMENT
    comment["body"] = body
    await say(
        update,
        ctx,
        "codesign.comment_review",
        body=body,
        protect=True,
        buttons=[
            [
                (text(ctx, "feedback.send"), "dcc:send"),
                (text(ctx, "feedback.cancel"), "dcc:cancel"),
            ]
        ],
    )
    return COMMENT_CONFIRM


async def got_comment_confirmation(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    comment = ctx.drafts.get(_COMMENT)
    if query.data != "dcc:send" or comment is None or "body" not in comment:
        ctx.drafts.pop(_COMMENT, None)
        await show(query, ctx, "codesign.comment_cancelled")
        return END
    if ctx.participant is None or not await submission_allowed(update, ctx):
        return COMMENT_CONFIRM
    ctx.drafts.pop(_COMMENT, None)
    outcome = await codesign.add_comment(
        ctx.rt, comment["draft"], ctx.participant.id, comment["kind"], comment["body"]
    )
    keys = {
        Outcome.DONE: "codesign.comment_thanks",
        Outcome.ALREADY: "codesign.comment_newer",
        Outcome.NOT_OPEN: "proposals.not_open",
    }
    key = keys.get(outcome, "input.stale_button")
    if outcome == Outcome.DONE and ctx.participant.notify == "none":
        # She chose no messages: the outcome reaches her only in /mydata.
        key = "codesign.comment_thanks_quiet"
    await show(query, ctx, key)
    return END


def unsent(ctx: Ctx) -> list[Safe]:
    """Her comment on a draft as /mydata shows it, once written but not yet sent."""
    comment: dict[str, Any] | None = ctx.drafts.get(_COMMENT)
    if comment is None or "body" not in comment:
        return []
    kind = text(ctx, f"codesign.kind_{comment['kind']}")
    return [text(ctx, "mydata.draft_comment", kind=kind, body=comment["body"])]


async def on_draft_file(update: Update, ctx: Ctx) -> None:
    """The draft's picture or document, sent by its Telegram reference (never downloaded)."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return
    draft = await codesign.draft_for(
        ctx.rt, int((query.data or "").split(":")[1]), ctx.participant.id
    )
    if draft is None or draft.file_id is None:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return
    await query.answer()
    chat = update.effective_chat
    assert chat is not None
    if draft.file_kind == "photo":
        await ctx.bot.send_photo(chat.id, draft.file_id, protect_content=True)
    else:
        await ctx.bot.send_document(chat.id, draft.file_id, protect_content=True)
