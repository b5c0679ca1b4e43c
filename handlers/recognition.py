"""Staff record what a woman received for her time; women read the service's policy on it."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import ConversationHandler

from bot import recognition
from bot.recognition import Given, RecognitionDraft
from bot.rules.offline import read_number, read_pseudonym
from bot.rules.recognition import KINDS, LEVELS, Value, read_value, show_value
from bot.texts import Safe
from handlers.common import (
    back_to_menu,
    flow_draft,
    label,
    message_text,
    query_of,
    read_text,
    say,
    say_html,
    screen,
    show,
    staff_here,
    text,
    user_id_of,
)
from handlers.context import Ctx

WHO, KIND, VALUE, ITEM, LEVEL, PURPOSE, CONFIRM = range(7)
END = ConversationHandler.END
PURPOSE_MAX_LENGTH = 300

_DRAFT = "recognise"


def _draft(ctx: Ctx) -> dict[str, Any]:
    return flow_draft(ctx, _DRAFT)


def kind_name(ctx: Ctx, kind: str) -> Safe:
    return text(ctx, f"recognition.kind_{kind}")


async def ask_who(update: Update, ctx: Ctx) -> int:
    """/recognise [pseudonym]: who received it?"""
    if not await staff_here(update, ctx):
        return END
    ctx.drafts[_DRAFT] = {}
    if ctx.args:
        return await _take_who(update, ctx, " ".join(ctx.args))
    await say(update, ctx, "recognition.ask_who")
    return WHO


async def got_who(update: Update, ctx: Ctx) -> int:
    if not await staff_here(update, ctx):
        return END
    return await _take_who(update, ctx, message_text(update))


async def _take_who(update: Update, ctx: Ctx, typed: str) -> int:
    pseudonym = read_pseudonym(typed)
    woman = await recognition.recipient(ctx.rt, pseudonym) if pseudonym else None
    if woman is None:
        await say(update, ctx, "recognition.unknown")
        return WHO
    _draft(ctx)["who"] = woman.pseudonym
    await say(
        update,
        ctx,
        "recognition.ask_kind",
        pseudonym=woman.pseudonym,
        buttons=[[(label(ctx, f"recognition.kind_{kind}"), f"rck:{kind}")] for kind in KINDS],
    )
    return KIND


async def got_kind(update: Update, ctx: Ctx) -> int:
    """Voucher, payment, expenses, time credit or other: ask how much (or how long)."""
    if not await staff_here(update, ctx):
        return END
    query = query_of(update)
    await query.answer()
    kind = (query.data or "").split(":")[1]
    _draft(ctx)["kind"] = kind
    key = "recognition.ask_hours" if kind == "time_credit" else "recognition.ask_amount"
    if kind == "other":
        key = "recognition.ask_amount_or_hours"
    await show(query, ctx, key, currency=ctx.rt.settings.recognition_currency)
    return VALUE


async def got_value(update: Update, ctx: Ctx) -> int:
    if not await staff_here(update, ctx):
        return END
    draft = _draft(ctx)
    value = read_value(draft["kind"], message_text(update), ctx.rt.settings.recognition_currency)
    if value is None:
        hours = draft["kind"] == "time_credit"
        await say(update, ctx, "recognition.bad_hours" if hours else "recognition.bad_amount")
        return VALUE
    draft["value"] = value
    await say(
        update,
        ctx,
        "recognition.ask_item",
        buttons=[[(label(ctx, "recognition.button_no_item"), "rci:none")]],
    )
    return ITEM


async def got_item(update: Update, ctx: Ctx) -> int:
    """The idea it was for (its level counts), or none (staff then choose the level)."""
    if not await staff_here(update, ctx):
        return END
    draft = _draft(ctx)
    if update.callback_query is not None:
        await update.callback_query.answer()
        draft["item"] = None
        levels = [[(label(ctx, f"ladder.level_{n}"), f"rcl:{n}")] for n in LEVELS]
        await show(update.callback_query, ctx, "recognition.ask_level", buttons=levels)
        return LEVEL
    number = read_number(message_text(update))
    idea = await recognition.idea_for(ctx.rt, number) if number else None
    if idea is None:
        await say(update, ctx, "recognition.no_such_idea")
        return ITEM
    draft["item"] = idea.id
    draft["item_title"] = idea.title
    draft["level"] = idea.level
    await say(update, ctx, "recognition.ask_purpose", limit=PURPOSE_MAX_LENGTH)
    return PURPOSE


async def got_level(update: Update, ctx: Ctx) -> int:
    if not await staff_here(update, ctx):
        return END
    query = query_of(update)
    await query.answer()
    _draft(ctx)["level"] = int((query.data or "").split(":")[1])
    await show(query, ctx, "recognition.ask_purpose", limit=PURPOSE_MAX_LENGTH)
    return PURPOSE


async def got_purpose(update: Update, ctx: Ctx) -> int:
    """What it was for, in a few words; then everything shown back before it is saved."""
    if not await staff_here(update, ctx):
        return END
    purpose = await read_text(update, ctx, PURPOSE_MAX_LENGTH)
    if purpose is None:
        return PURPOSE
    draft = _draft(ctx)
    draft["purpose"] = purpose
    item = (
        text(ctx, "recognition.for_idea", number=draft["item"], title=draft["item_title"])
        if draft.get("item")
        else text(ctx, "recognition.for_no_idea")
    )
    await say_html(
        update,
        ctx,
        text(
            ctx,
            "recognition.review",
            pseudonym=draft["who"],
            kind=kind_name(ctx, draft["kind"]),
            value=show_value(draft["value"]),
            item=item,
            level=text(ctx, f"ladder.level_{draft['level']}"),
            purpose=purpose,
        ),
        buttons=[
            [
                (label(ctx, "offline.button_save"), "rcs:send"),
                (label(ctx, "feedback.cancel"), "rcs:cancel"),
            ]
        ],
    )
    return CONFIRM


async def got_confirmation(update: Update, ctx: Ctx) -> int:
    """Save, then say exactly what was recorded."""
    if not await staff_here(update, ctx):
        return END
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.pop(_DRAFT, None)
    if query.data != "rcs:send" or not draft or "purpose" not in draft:
        await show(query, ctx, "input.cancelled")
        return END
    value: Value = draft["value"]
    outcome, number = await recognition.record_recognition(
        ctx.rt,
        RecognitionDraft(
            draft["who"], draft["kind"], value, draft.get("item"), draft["level"], draft["purpose"]
        ),
        user_id_of(update),
    )
    if outcome is not Given.DONE:
        await show(query, ctx, f"recognition.refused_{outcome.value}")
        return END
    await show(
        query,
        ctx,
        "recognition.saved",
        number=number,
        pseudonym=draft["who"],
        kind=kind_name(ctx, draft["kind"]),
        value=show_value(value),
    )
    return END


async def cmd_policy(update: Update, ctx: Ctx) -> None:
    """The service's policy on involvement and payment, as the service wrote it (anyone may
    read it, before joining too)."""
    if update.callback_query is not None:
        await update.callback_query.answer()
    policy = ctx.rt.settings.involvement_policy
    body = (
        text(ctx, "recognition.policy", policy=policy)
        if policy
        else text(ctx, "recognition.policy_unset")
    )
    # A menu button brings it in place of the menu, with the way back.
    back = [back_to_menu(ctx)] if ctx.participant is not None else None
    await screen(update, ctx, body, buttons=back)
