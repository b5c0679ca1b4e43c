"""Co-delivery in the chat: staff move an item through its stages and set its review; women
who volunteered take or leave roles, and answer "did it work?"."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ConversationHandler

from bot import delivery
from bot.delivery import Delivery, review_buttons, review_question, role_name, stage_name
from bot.outbox import Buttons
from bot.paging import split_blocks
from bot.proposals import Outcome
from bot.rules.stages import FINISHED, Move, parse_review_date, role_open
from bot.texts import Safe
from handlers.common import (
    joined,
    message_text,
    query_of,
    read_text,
    say,
    say_html,
    send_or_cancel,
    show,
    show_html,
    staff_here,
    text,
    when,
)
from handlers.context import Ctx
from handlers.ladder_staff import refuse_non_staff, staff_member
from handlers.safety import read_free_text
from storage.delivery import Review

REVIEW_DATE = 0
REVIEW_COMMENT = 1
END = ConversationHandler.END

_REVIEW = "delivery_review"
_COMMENT = "delivery_review_comment"


def _number(ctx: Ctx) -> int | None:
    args = ctx.args or []
    if len(args) != 1 or not args[0].lstrip("#").isdigit():
        return None
    return int(args[0].lstrip("#"))


def _stage(ctx: Ctx, stage: str) -> Safe:
    return stage_name(ctx.rt.texts, stage, ctx.lang)


def _role(ctx: Ctx, role: str) -> Safe:
    return role_name(ctx.rt.texts, role, ctx.lang)


# Staff: the stages, who holds which role, and moving on.


def _review_line(ctx: Ctx, found: Delivery, review: Review | None) -> Safe:
    if review is None:
        return text(ctx, "delivery.review_none", number=found.proposal.id)
    if review.sent_at is None:
        return text(ctx, "delivery.review_set", date=when(ctx, review.review_at))
    if review.closed_at is None:
        return text(ctx, "delivery.review_open", date=when(ctx, review.closes_at or 0))
    return text(
        ctx,
        "delivery.review_result",
        date=when(ctx, review.closed_at),
        asked=review.asked or 0,
        yes=review.yes or 0,
        partly=review.partly or 0,
        no=review.no or 0,
    )


def _stage_blocks(ctx: Ctx, found: Delivery, review: Review | None) -> list[str]:
    item = found.proposal
    now = _stage(ctx, found.stage) if found.stage else text(ctx, "delivery.not_started")
    blocks: list[str] = [
        text(ctx, "delivery.stages_header", number=item.id, title=item.title, stage=now)
    ]
    moved = {move.stage: move for move in found.moves}
    for stage, roles in found.plan.stages:
        move = moved.get(stage)
        when_moved = (
            text(ctx, "delivery.moved_on", date=when(ctx, move.moved_at)) if move else Safe("")
        )
        holders = []
        for role in roles:
            names = [r.pseudonym for r in found.roles if r.stage == stage and r.role == role]
            who = ", ".join(names) if names else text(ctx, "delivery.nobody")
            holders.append(text(ctx, "delivery.role_holders", role=_role(ctx, role), who=who))
        marker = "▶ " if stage == found.stage else ""
        blocks.append(
            text(
                ctx,
                "delivery.stage_line",
                marker=marker,
                stage=_stage(ctx, stage),
                moved=when_moved,
                roles=Safe("\n".join(holders)),
            )
        )
    if FINISHED in moved:
        blocks.append(text(ctx, "delivery.finished_on", date=when(ctx, moved[FINISHED].moved_at)))
    blocks.append(_review_line(ctx, found, review))
    return blocks


def _stage_buttons(ctx: Ctx, found: Delivery) -> Buttons:
    following = found.next
    if following is None:
        return []
    if following == FINISHED:
        label = text(ctx, "delivery.button_finish")
    else:
        label = text(ctx, "delivery.button_move", stage=_stage(ctx, following))
    return [[(label, f"stg:{found.proposal.id}:{following}")]]


async def _show_stages(update: Update, ctx: Ctx, number: int) -> None:
    found = await delivery.delivery(ctx.rt, number)
    if found is None or (found.next is None and found.stage != FINISHED):
        await say(update, ctx, "delivery.no_stages", number=number)
        return
    review = await delivery.review_of(ctx.rt, number)
    chunks = split_blocks(_stage_blocks(ctx, found, review))
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        buttons = _stage_buttons(ctx, found) if last else None
        await say_html(update, ctx, chunk, buttons=buttons, protect=True)


async def cmd_stages(update: Update, ctx: Ctx) -> None:
    """/stages <number>: an item's stages, who holds which role (by made-up name), its review,
    and a button to move on."""
    if not await staff_here(update, ctx):
        return
    number = _number(ctx)
    if number is None:
        await say(update, ctx, "delivery.stages_usage")
        return
    await _show_stages(update, ctx, number)


_MOVE_ANSWERS = {
    Move.NOT_NEXT: "delivery.moved_already",
    Move.REVIEW_FIRST: "delivery.review_first",
    Move.NO_STAGES: "delivery.no_stages_now",
}


async def on_stage_move(update: Update, ctx: Ctx) -> None:
    """Move on to the next stage (checked against the database: a second press finds the item
    there already, and the review stage waits for the review)."""
    if await refuse_non_staff(update, ctx):
        return
    query = query_of(update)
    _, number, target = (query.data or "").split(":")
    verdict = await delivery.move_stage(ctx.rt, int(number), target, staff_member(update))
    if verdict != Move.ALLOWED:
        key = _MOVE_ANSWERS.get(verdict, "input.stale_button") if verdict else "input.stale_button"
        await query.answer(text(ctx, key), show_alert=True)
        return
    await query.answer(text(ctx, "delivery.moved", stage=_stage(ctx, target)))
    found = await delivery.delivery(ctx.rt, int(number))
    review = await delivery.review_of(ctx.rt, int(number))
    if found is not None:
        blocks = _stage_blocks(ctx, found, review)
        await show_html(query, split_blocks(blocks)[-1], buttons=_stage_buttons(ctx, found))


# Staff: the review date, and what the review found.


async def ask_review_date(update: Update, ctx: Ctx) -> int:
    """/review <number>: set the date women are asked "did it work?", or read the answers."""
    if not await staff_here(update, ctx):
        return END
    number = _number(ctx)
    if number is None:
        await say(update, ctx, "delivery.review_usage")
        return END
    found = await delivery.delivery(ctx.rt, number)
    if found is None or (found.next is None and found.stage != FINISHED):
        await say(update, ctx, "delivery.no_stages", number=number)
        return END
    review = await delivery.review_of(ctx.rt, number)
    if review is not None and review.sent_at is not None:
        await _show_review(update, ctx, found, review)
        return END
    ctx.drafts[_REVIEW] = {"number": number}
    current = (
        text(ctx, "delivery.review_current", date=when(ctx, review.review_at))
        if review
        else Safe("")
    )
    await say(
        update,
        ctx,
        "delivery.ask_review_date",
        number=number,
        title=found.proposal.title,
        current=current,
        days=ctx.rt.settings.review_days,
    )
    return REVIEW_DATE


async def got_review_date(update: Update, ctx: Ctx) -> int:
    draft = ctx.drafts.get(_REVIEW)
    if draft is None:
        return END
    review_at = parse_review_date(message_text(update), ctx.rt.now(), ctx.rt.settings.zone)
    if review_at is None:
        await say(update, ctx, "delivery.bad_review_date")
        return REVIEW_DATE
    ctx.drafts.pop(_REVIEW, None)
    outcome = await delivery.set_review(ctx.rt, draft["number"], review_at, staff_member(update))
    keys = {
        Outcome.DONE: "delivery.review_saved",
        Outcome.ALREADY: "delivery.review_already_sent",
    }
    await say(
        update,
        ctx,
        keys.get(outcome, "delivery.no_stages_now"),
        number=draft["number"],
        date=when(ctx, review_at, "long"),
    )
    return END


async def _show_review(update: Update, ctx: Ctx, found: Delivery, review: Review) -> None:
    """The answers, without who gave them: counts and comments once it has closed; while it is
    open, only how many have answered."""
    answers = await delivery.review_answers(ctx.rt, review.id)
    blocks: list[str] = [
        text(ctx, "delivery.review_header", number=found.proposal.id, title=found.proposal.title)
    ]
    if review.closed_at is None:
        given = sum(1 for a in answers if a.answer is not None)
        blocks.append(
            text(
                ctx,
                "delivery.review_so_far",
                count=given,
                asked=len(answers),
                date=when(ctx, review.closes_at or 0),
            )
        )
    else:
        blocks.append(_review_line(ctx, found, review))
        comments = [a for a in answers if a.comment]
        blocks.append(text(ctx, "delivery.comments_header", count=len(comments)))
        blocks.extend(
            text(
                ctx,
                "delivery.comment_item",
                answer=text(ctx, f"delivery.answer_{a.answer}")
                if a.answer
                else text(ctx, "delivery.no_answer"),
                comment=a.comment,
            )
            for a in comments
        )
    for chunk in split_blocks(blocks):
        await say_html(update, ctx, chunk, protect=True)


# Women: roles, and the review.


def _roles_screen(ctx: Ctx, found: Delivery, participant_id: int) -> tuple[Safe, Buttons]:
    item = found.proposal
    mine = [
        text(ctx, "delivery.my_role", role=_role(ctx, r.role), stage=_stage(ctx, r.stage))
        for r in found.roles
        if r.participant_id == participant_id
    ]
    body = text(
        ctx,
        "delivery.roles_screen",
        number=item.id,
        title=item.title,
        stage=_stage(ctx, found.stage) if found.stage else text(ctx, "delivery.not_started"),
        mine=Safe("\n".join(mine)) if mine else text(ctx, "delivery.no_roles_yet"),
    )
    rows: list[list[tuple[str, str]]] = []
    for stage, roles in found.plan.stages:
        for role in roles:
            if not role_open(found.plan, found.stage, stage, role):
                continue
            held = found.holds(participant_id, stage, role)
            key = "delivery.button_leave" if held else "delivery.button_take"
            label = text(ctx, key, role=_role(ctx, role), stage=_stage(ctx, stage))
            action = "rll" if held else "rlt"
            rows.append([(label, f"{action}:{item.id}:{stage}:{role}")])
    rows.append([(text(ctx, "delivery.button_back"), f"idea:{item.id}")])
    return body, rows


async def on_roles(update: Update, ctx: Ctx) -> None:
    """The roles she can take on an item she volunteers for (checked in the database)."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return
    number = int((query.data or "").split(":")[1])
    found = await delivery.delivery(ctx.rt, number)
    volunteer = found is not None and await delivery.volunteers(ctx.rt, number, ctx.participant.id)
    if found is None or not found.running or not volunteer:
        await query.answer(text(ctx, "delivery.roles_closed"), show_alert=True)
        return
    await query.answer()
    body, rows = _roles_screen(ctx, found, ctx.participant.id)
    await show_html(query, body, buttons=rows)


_ROLE_ANSWERS = {
    Outcome.DONE: "delivery.role_taken",
    Outcome.UNDONE: "delivery.role_left",
    Outcome.NOT_OPEN: "delivery.roles_closed",
    Outcome.INVALID: "delivery.volunteer_first",
    Outcome.ALREADY: "delivery.role_already",
}


async def on_role(update: Update, ctx: Ctx) -> None:
    """Take a role, or leave one she holds; forged, stale or repeated presses change nothing
    and get a polite answer."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return
    action, number, stage, role = (query.data or "").split(":")
    outcome = await delivery.change_role(
        ctx.rt, ctx.participant.id, int(number), stage, role, take=action == "rlt"
    )
    key = _ROLE_ANSWERS.get(outcome, "input.stale_button")
    done = outcome in (Outcome.DONE, Outcome.UNDONE)
    await query.answer(
        text(ctx, key, role=_role(ctx, role), stage=_stage(ctx, stage)), show_alert=not done
    )
    if done:
        found = await delivery.delivery(ctx.rt, int(number))
        if found is not None:
            body, rows = _roles_screen(ctx, found, ctx.participant.id)
            await show_html(query, body, buttons=rows)


_ANSWER_ALERTS = {
    Outcome.NOT_OPEN: "delivery.review_closed",
    Outcome.MISSING: "input.stale_button",
    Outcome.INVALID: "input.stale_button",
}


async def on_review_answer(update: Update, ctx: Ctx) -> None:
    """Yes / Partly / No under the review: only from a woman asked, while it is open."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return
    _, number, answer = (query.data or "").split(":")
    outcome, found = await delivery.answer_review(ctx.rt, ctx.participant.id, int(number), answer)
    if outcome in _ANSWER_ALERTS or found is None:
        key = _ANSWER_ALERTS.get(outcome, "input.stale_button")
        await query.answer(text(ctx, key), show_alert=True)
        return
    await query.answer(text(ctx, "delivery.answer_thanks"))
    chosen = found.mine.answer
    await show_html(
        query,
        review_question(ctx.rt, found.review, found.proposal, ctx.lang, chosen),
        buttons=review_buttons(ctx.rt.texts, found.review.id, ctx.lang, chosen),
    )


async def ask_review_comment(update: Update, ctx: Ctx) -> int:
    """Add a comment: checked against the database (she was asked, it is still open)."""
    query = query_of(update)
    if not await joined(update, ctx) or ctx.participant is None:
        return END
    number = int((query.data or "").split(":")[1])
    found = await delivery.her_review(ctx.rt, number, ctx.participant.id)
    if found is None or not found.review.is_open:
        await query.answer(text(ctx, "delivery.review_closed"), show_alert=True)
        return END
    await query.answer()
    ctx.drafts[_COMMENT] = {"review": number}
    await say(
        update, ctx, "delivery.ask_comment", title=found.proposal.title,
        limit=ctx.rt.settings.max_text_length,
    )  # fmt: skip
    return REVIEW_COMMENT


async def got_review_comment(update: Update, ctx: Ctx) -> int:
    draft = ctx.drafts.get(_COMMENT)
    if draft is None or ctx.participant is None:
        return END
    comment = await read_free_text(
        update, ctx, ctx.rt.settings.max_text_length, source="review comment"
    )
    if comment is None:
        return REVIEW_COMMENT
    ctx.drafts.pop(_COMMENT, None)
    outcome = await delivery.comment_review(ctx.rt, ctx.participant.id, draft["review"], comment)
    key = "delivery.comment_thanks" if outcome == Outcome.DONE else "delivery.review_closed"
    await say(update, ctx, key)
    return END


# Staff: a message to an item's volunteers, or to the women with a role on it.

HELPERS_AUDIENCE, HELPERS_TEXT, HELPERS_CONFIRM = range(2, 5)
_HELPERS = "delivery_helpers"


async def ask_helpers(update: Update, ctx: Ctx) -> int:
    """/helpers <number>: write to the idea's volunteers, or to those who hold a role."""
    if not await staff_here(update, ctx):
        return END
    number = _number(ctx)
    if number is None:
        await say(update, ctx, "delivery.helpers_usage")
        return END
    proposal, volunteers, with_roles = await delivery.helpers_of(ctx.rt, number)
    if proposal is None or not volunteers:
        await say(update, ctx, "delivery.no_helpers", number=number)
        return END
    ctx.drafts[_HELPERS] = {"number": number, "title": proposal.title}
    rows = [[(text(ctx, "delivery.audience_volunteers", count=volunteers), "hla:volunteers")]]
    if with_roles:
        rows.append([(text(ctx, "delivery.audience_roles", count=with_roles), "hla:roles")])
    await say(
        update, ctx, "delivery.ask_helpers_audience", number=number, title=proposal.title,
        buttons=rows,
    )  # fmt: skip
    return HELPERS_AUDIENCE


async def got_helpers_audience(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.get(_HELPERS)
    audience = (query.data or "").partition(":")[2]
    if draft is None or audience not in delivery.HELPER_AUDIENCES:
        return END
    draft["audience"] = audience
    await show(query, ctx, "delivery.ask_helpers_text", limit=ctx.rt.settings.max_text_length)
    return HELPERS_TEXT


async def got_helpers_text(update: Update, ctx: Ctx) -> int:
    draft = ctx.drafts.get(_HELPERS)
    if draft is None or "audience" not in draft:
        return END
    body = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if body is None:
        return HELPERS_TEXT
    draft["body"] = body
    preview = text(
        ctx, "delivery.you_helpers", number=draft["number"], title=draft["title"], body=body
    )
    await say(
        update,
        ctx,
        "delivery.helpers_review",
        audience=text(ctx, f"delivery.to_{draft['audience']}"),
        preview=preview,
        buttons=send_or_cancel(ctx, "hlc"),
    )
    return HELPERS_CONFIRM


async def got_helpers_confirmation(update: Update, ctx: Ctx) -> int:
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.pop(_HELPERS, None)
    if query.data != "hlc:send" or draft is None or "body" not in draft:
        await show(query, ctx, "input.cancelled")
        return END
    reach = await delivery.message_helpers(
        ctx.rt, draft["number"], draft["audience"], draft["body"]
    )
    if reach is None:
        await show(query, ctx, "delivery.no_helpers", number=draft["number"])
        return END
    await show(query, ctx, "delivery.helpers_sent", count=reach.sent, quiet=reach.quiet)
    return END
