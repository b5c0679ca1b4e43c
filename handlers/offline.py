"""Staff record feedback, an idea, a support or a vote for a woman who gave it offline."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import ConversationHandler

from bot import offline
from bot.offline import Entry, Recorded
from bot.participants import find_participant
from bot.rules.offline import CHANNELS, read_number, read_pseudonym
from bot.texts import DEFAULT_LANGUAGE, Safe
from handlers.common import (
    Buttons,
    chosen_topic,
    flow_draft,
    joined,
    label,
    message_text,
    query_of,
    read_text,
    say,
    say_html,
    show,
    show_html,
    staff_here,
    text,
    user_id_of,
    when,
)
from handlers.context import Ctx
from storage.participants import Participant

WHO, CHANNEL, KIND, TOPIC, TEXT, TITLE, BODY, NUMBER, OPTION, CONFIRM = range(10)
END = ConversationHandler.END

_DRAFT = "onbehalf"


def _draft(ctx: Ctx) -> dict[str, Any]:
    return flow_draft(ctx, _DRAFT)


def channel_name(ctx: Ctx, channel: str) -> Safe:
    return text(ctx, f"offline.channel_{channel}")


def _who(ctx: Ctx) -> Safe:
    pseudonym = _draft(ctx).get("who")
    return text(ctx, "offline.who_new") if pseudonym is None else Safe(pseudonym)


async def ask_who(update: Update, ctx: Ctx) -> int:
    """/onbehalf [pseudonym]: whose entry is it? Her card's pseudonym, or a new one."""
    if not await staff_here(update, ctx):
        return END
    ctx.drafts[_DRAFT] = {}
    if ctx.args:
        return await _take_who(update, ctx, " ".join(ctx.args))
    await say(
        update, ctx, "offline.ask_who", buttons=[[(label(ctx, "offline.button_new"), "obw:new")]]
    )
    return WHO


async def got_who(update: Update, ctx: Ctx) -> int:
    """Staff typed the pseudonym from her card."""
    if not await staff_here(update, ctx):
        return END
    return await _take_who(update, ctx, message_text(update))


async def _take_who(update: Update, ctx: Ctx, typed: str) -> int:
    pseudonym = read_pseudonym(typed)
    if pseudonym is None:
        await say(update, ctx, "offline.bad_pseudonym")
        return WHO
    outcome, _ = await offline.offline_woman(ctx.rt, pseudonym)
    if outcome is not Recorded.DONE:
        await say(update, ctx, f"offline.refused_{outcome.value}", pseudonym=pseudonym)
        return WHO
    _draft(ctx)["who"] = pseudonym
    await say(update, ctx, "offline.ask_channel", who=pseudonym, buttons=_channel_buttons(ctx))
    return CHANNEL


async def got_new(update: Update, ctx: Ctx) -> int:
    """A woman the service records for the first time: she gets a pseudonym when it is saved."""
    if not await staff_here(update, ctx):
        return END
    query = query_of(update)
    await query.answer()
    _draft(ctx)["who"] = None
    await show(query, ctx, "offline.ask_channel", who=_who(ctx), buttons=_channel_buttons(ctx))
    return CHANNEL


def _channel_buttons(ctx: Ctx) -> Buttons:
    return [[(label(ctx, f"offline.channel_{channel}"), f"obc:{channel}")] for channel in CHANNELS]


async def got_channel(update: Update, ctx: Ctx) -> int:
    """How she gave it; then what it is."""
    if not await staff_here(update, ctx):
        return END
    query = query_of(update)
    await query.answer()
    draft = _draft(ctx)
    draft["channel"] = (query.data or "").split(":")[1]
    kinds = ["feedback", "idea", "support"]
    if draft.get("who") is not None:
        # Who may vote is fixed when a poll opens, so a woman new today cannot be among them.
        kinds.append("vote")
    await show(
        query,
        ctx,
        "offline.ask_kind",
        who=_who(ctx),
        channel=channel_name(ctx, draft["channel"]),
        buttons=[[(label(ctx, f"offline.kind_{kind}"), f"obk:{kind}")] for kind in kinds],
    )
    return KIND


async def got_kind(update: Update, ctx: Ctx) -> int:
    """Feedback, an idea, a support or a vote: ask for what that needs."""
    if not await staff_here(update, ctx):
        return END
    query = query_of(update)
    draft = _draft(ctx)
    kind = (query.data or "").split(":")[1]
    if kind == "vote" and draft.get("who") is None:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return KIND
    await query.answer()
    draft["kind"] = kind
    if kind == "feedback":
        topics = ctx.rt.topics(DEFAULT_LANGUAGE)
        buttons = [[(topic, f"obt:{index}")] for index, topic in enumerate(topics)]
        await show(query, ctx, "offline.ask_topic", buttons=buttons)
        return TOPIC
    if kind == "idea":
        await show(query, ctx, "offline.ask_title", limit=ctx.rt.settings.title_max_length)
        return TITLE
    await show(query, ctx, f"offline.ask_{kind}_number")
    return NUMBER


async def got_topic(update: Update, ctx: Ctx) -> int:
    if not await staff_here(update, ctx):
        return END
    topic = await chosen_topic(update, ctx)
    if topic is None:
        return TOPIC
    _draft(ctx)["topic"] = topic
    limit = ctx.rt.settings.max_text_length
    await show(query_of(update), ctx, "offline.ask_text", topic=topic, limit=limit)
    return TEXT


async def got_text(update: Update, ctx: Ctx) -> int:
    """Her feedback as written on the form or taken down: shown back before it is saved."""
    if not await staff_here(update, ctx):
        return END
    body = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if body is None:
        return TEXT
    draft = _draft(ctx)
    draft["body"] = body
    await _review(update, ctx, text(ctx, "offline.what_feedback", topic=draft["topic"], body=body))
    return CONFIRM


async def got_title(update: Update, ctx: Ctx) -> int:
    if not await staff_here(update, ctx):
        return END
    title = await read_text(update, ctx, ctx.rt.settings.title_max_length)
    if title is None:
        return TITLE
    _draft(ctx)["title"] = title
    await say(update, ctx, "offline.ask_body", limit=ctx.rt.settings.max_text_length)
    return BODY


async def got_body(update: Update, ctx: Ctx) -> int:
    if not await staff_here(update, ctx):
        return END
    body = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if body is None:
        return BODY
    draft = _draft(ctx)
    draft["body"] = body
    await _review(update, ctx, text(ctx, "offline.what_idea", title=draft["title"], body=body))
    return CONFIRM


async def got_number(update: Update, ctx: Ctx) -> int:
    """The idea she supports, or the poll she voted in."""
    if not await staff_here(update, ctx):
        return END
    draft = _draft(ctx)
    number = read_number(message_text(update))
    if draft["kind"] == "support":
        idea = await offline.idea_to_support(ctx.rt, number) if number else None
        if idea is None:
            await say(update, ctx, "offline.no_such_idea")
            return NUMBER
        draft["number"] = idea.id
        await _review(
            update, ctx, text(ctx, "offline.what_support", number=idea.id, title=idea.title)
        )
        return CONFIRM
    if number is None:
        await say(update, ctx, "offline.no_such_poll")
        return NUMBER
    outcome, poll = await offline.poll_to_vote(ctx.rt, draft["who"], number)
    if outcome is Recorded.MISSING or poll is None:
        await say(update, ctx, "offline.no_such_poll")
        return NUMBER
    if outcome is not Recorded.DONE:
        ctx.drafts.pop(_DRAFT, None)
        await say(update, ctx, f"offline.refused_{outcome.value}", pseudonym=draft["who"])
        return END
    draft["number"] = poll.id
    draft["question"] = poll.question
    draft["options"] = poll.labels
    await say(
        update,
        ctx,
        "offline.ask_option",
        number=poll.id,
        question=poll.question,
        buttons=[[(o.label, f"obo:{o.position}")] for o in poll.options],
    )
    return OPTION


async def got_option(update: Update, ctx: Ctx) -> int:
    if not await staff_here(update, ctx):
        return END
    query = query_of(update)
    draft = _draft(ctx)
    position = int((query.data or "").split(":")[1])
    if position not in draft.get("options", {}):
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return OPTION
    await query.answer()
    draft["position"] = position
    what = text(
        ctx,
        "offline.what_vote",
        number=draft["number"],
        question=draft["question"],
        option=draft["options"][position],
    )
    await show_html(query, _review_text(ctx, what), buttons=_confirm_buttons(ctx))
    return CONFIRM


def _review_text(ctx: Ctx, what: Safe) -> Safe:
    draft = _draft(ctx)
    return text(
        ctx,
        "offline.review",
        who=_who(ctx),
        channel=channel_name(ctx, draft["channel"]),
        what=what,
    )


def _confirm_buttons(ctx: Ctx) -> Buttons:
    return [
        [
            (label(ctx, "offline.button_save"), "obs:send"),
            (label(ctx, "feedback.cancel"), "obs:cancel"),
        ]
    ]


async def _review(update: Update, ctx: Ctx, what: Safe) -> None:
    await say_html(update, ctx, _review_text(ctx, what), buttons=_confirm_buttons(ctx))


async def got_confirmation(update: Update, ctx: Ctx) -> int:
    """Save: record the entry, then say exactly what was stored and for whom."""
    if not await staff_here(update, ctx):
        return END
    query = query_of(update)
    await query.answer()
    draft = ctx.drafts.pop(_DRAFT, None)
    if query.data != "obs:send" or not draft or "kind" not in draft:
        await show(query, ctx, "input.cancelled")
        return END
    entry = await _save(ctx, draft)
    channel = channel_name(ctx, draft["channel"])
    if entry.outcome is not Recorded.DONE:
        key = f"offline.refused_{entry.outcome.value}"
        await show(query, ctx, key, pseudonym=entry.pseudonym or draft.get("who") or "")
        return END
    saved = text(
        ctx,
        f"offline.saved_{draft['kind']}",
        pseudonym=entry.pseudonym,
        number=entry.number,
        channel=channel,
    )
    if entry.new:
        saved = Safe(saved + "\n\n" + text(ctx, "offline.new_card", pseudonym=entry.pseudonym))
    await show_html(query, saved)
    return END


async def _save(ctx: Ctx, draft: dict[str, Any]) -> Entry:
    rt = ctx.rt
    who: str | None = draft.get("who")
    channel: str = draft["channel"]
    kind = draft["kind"]
    if kind == "feedback":
        return await offline.record_feedback(rt, who, channel, draft["topic"], draft["body"])
    if kind == "idea":
        return await offline.record_idea(rt, who, channel, draft["title"], draft["body"])
    if kind == "support":
        return await offline.record_support(rt, who, channel, draft["number"])
    if who is None:
        return Entry(Recorded.INVALID)
    return await offline.record_vote(rt, who, channel, draft["number"], draft["position"])


async def _named_offline_woman(update: Update, ctx: Ctx, usage: str) -> Participant | None:
    """The offline woman named after the command (staff only), or None after saying why not."""
    if not await staff_here(update, ctx):
        return None
    pseudonym = read_pseudonym(" ".join(ctx.args or []))
    if pseudonym is None:
        await say(update, ctx, usage)
        return None
    outcome, woman = await offline.offline_woman(ctx.rt, pseudonym)
    if outcome is not Recorded.DONE or woman is None:
        await say(update, ctx, f"offline.refused_{outcome.value}", pseudonym=pseudonym)
        return None
    return woman


async def _pressed(update: Update, ctx: Ctx, cancelled: str) -> int | None:
    """The participant id on a staff confirmation button, or None (after `cancelled` when the
    staff member said no)."""
    if not await staff_here(update, ctx):
        return None
    query = query_of(update)
    await query.answer()
    choice = (query.data or "").split(":")[1]
    if choice == "no":
        await show(query, ctx, cancelled)
        return None
    return int(choice)


async def cmd_erase(update: Update, ctx: Ctx) -> None:
    """/eraseoffline <pseudonym>: ask before deleting an offline woman's records at her request."""
    woman = await _named_offline_woman(update, ctx, "offline.erase_usage")
    if woman is None:
        return
    await say(
        update,
        ctx,
        "offline.erase_ask",
        pseudonym=woman.pseudonym,
        buttons=[
            [(label(ctx, "offline.button_erase"), f"oex:{woman.id}")],
            [(label(ctx, "forget.keep"), "oex:no")],
        ],
    )


async def cmd_link_code(update: Update, ctx: Ctx) -> None:
    """/linkcode <pseudonym>: ask before making her a one-time code to claim her history."""
    woman = await _named_offline_woman(update, ctx, "offline.link_usage")
    if woman is None:
        return
    await say(
        update,
        ctx,
        "offline.link_ask",
        pseudonym=woman.pseudonym,
        buttons=[
            [(label(ctx, "offline.button_link"), f"olc:{woman.id}")],
            [(label(ctx, "feedback.cancel"), "olc:no")],
        ],
    )


async def on_link_code(update: Update, ctx: Ctx) -> None:
    """Make the code (re-checked: still an offline woman) and show it once, to staff only."""
    woman_id = await _pressed(update, ctx, "input.cancelled")
    if woman_id is None:
        return
    made = await offline.make_link_code(ctx.rt, woman_id, user_id_of(update))
    query = query_of(update)
    if made is None:
        await show(query, ctx, "offline.erase_gone")
        return
    await show(query, ctx, "offline.link_made", code=made.code, expires=when(ctx, made.expires_at))


async def cmd_link(update: Update, ctx: Ctx) -> None:
    """/link <code>: a woman who joined claims what staff recorded for her offline."""
    if not await joined(update, ctx):
        return
    typed = " ".join(ctx.args or [])
    if not typed:
        await say(update, ctx, "link.usage")
        return
    outcome, pseudonym = await offline.link_history(ctx.rt, user_id_of(update), typed)
    if outcome is not offline.Linked.DONE:
        await say(update, ctx, "link.invalid")
        return
    ctx.participant = await find_participant(ctx.rt.db, user_id_of(update))
    await say(update, ctx, "link.done", pseudonym=pseudonym)


async def on_erase(update: Update, ctx: Ctx) -> None:
    """Erase (re-checked: still an offline woman), leaving only a record that it happened."""
    woman_id = await _pressed(update, ctx, "offline.erase_kept")
    if woman_id is None:
        return
    erased = await offline.erase_offline_woman(ctx.rt, woman_id, user_id_of(update))
    await show(query_of(update), ctx, "offline.erased" if erased else "offline.erase_gone")
