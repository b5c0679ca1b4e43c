"""Staff in their private chat: read recent feedback and reply to it."""

from __future__ import annotations

from collections import defaultdict

from telegram import Update
from telegram.ext import ConversationHandler

from bot.feedback import (
    FEEDBACK_PAGE_SIZE,
    feedback_item,
    recent_feedback,
    respond_to_feedback,
    voice_note,
)
from bot.invites import create_invites, invite_link, parse_count
from bot.offline import by_whom
from bot.paging import page_number, split_blocks
from bot.rules.quotes import authors_of
from bot.rules.voice import clock_length, parse_number
from handlers.common import (
    chat_id_of,
    query_of,
    read_text,
    say,
    say_quoting,
    show,
    staff_here,
    text,
    user_id_of,
    when,
)
from handlers.context import Ctx

REPLY_TEXT, REPLY_CONFIRM = range(2)
END = ConversationHandler.END

_ITEM = "respond_item"
_DRAFT = "respond_draft"


async def cmd_feedback(update: Update, ctx: Ctx) -> None:
    """Recent feedback grouped by topic, each item with its pseudonym and number."""
    if not await staff_here(update, ctx):
        return
    page = page_number(ctx.args or [])
    items, total = await recent_feedback(ctx.rt.db, page)
    if not items:
        await say(update, ctx, "staff.feedback_none" if page == 0 else "staff.feedback_page_empty")
        return
    by_topic: dict[str, list[str]] = defaultdict(list)
    for item in items:
        state = "staff.state_answered" if item.responded_at else "staff.state_open"
        by_topic[item.topic].append(
            text(
                ctx,
                "staff.feedback_item",
                number=item.id,
                pseudonym=by_whom(ctx.rt.texts, item.pseudonym, item.channel, ctx.lang),
                date=when(ctx, item.created_at, "short"),
                state=text(ctx, state),
                body=item.body,
            )
        )
    first = page * FEEDBACK_PAGE_SIZE + 1
    last = first + len(items) - 1
    blocks: list[str] = [
        text(ctx, "staff.feedback_header_page", first=first, last=last, count=total)
    ]
    for topic, lines in by_topic.items():
        blocks.append(text(ctx, "staff.feedback_topic", topic=topic, count=len(lines)))
        blocks.extend(lines)
    if last < total:
        blocks.append(text(ctx, "staff.feedback_more", count=total - last, page=page + 2))
    # Through the outbox: paced for this chat, so a long page is never a burst.
    await ctx.rt.outbox.send_to(
        chat_id_of(update),
        [(chunk, None) for chunk in split_blocks(blocks)],
        protect=True,
        authors=authors_of((item.pseudonym, item.participant_id) for item in items),
    )


async def ask_reply(update: Update, ctx: Ctx) -> int:
    """/respond <number>: show the item and ask for the reply."""
    if not await staff_here(update, ctx):
        return END
    args = ctx.args or []
    if len(args) != 1 or not args[0].lstrip("#").isdigit():
        await say(update, ctx, "staff.respond_usage")
        return END
    number = int(args[0].lstrip("#"))
    item = await feedback_item(ctx.rt.db, number)
    if item is None:
        await say(update, ctx, "staff.respond_missing", number=number)
        return END
    ctx.drafts[_ITEM] = item.id
    ask = text(
        ctx,
        "staff.respond_ask_offline" if item.author_offline else "staff.respond_ask",
        number=item.id,
        pseudonym=item.pseudonym,
        topic=item.topic,
        body=item.body,
    )
    await say_quoting(update, ctx, ask, [item.participant_id])
    return REPLY_TEXT


async def got_reply(update: Update, ctx: Ctx) -> int:
    """Check the reply and show it back before it goes out."""
    if not await staff_here(update, ctx):
        return END
    body = await read_text(update, ctx, ctx.rt.settings.max_text_length)
    if body is None:
        return REPLY_TEXT
    item = await feedback_item(ctx.rt.db, ctx.drafts[_ITEM])
    if item is None:
        await say(update, ctx, "staff.respond_gone", number=ctx.drafts.pop(_ITEM))
        return END
    ctx.drafts[_DRAFT] = body
    await say(
        update,
        ctx,
        "staff.respond_review_offline" if item.author_offline else "staff.respond_review",
        number=item.id,
        pseudonym=item.pseudonym,
        body=body,
        buttons=[
            [
                (text(ctx, "feedback.send"), "rsp:send"),
                (text(ctx, "feedback.cancel"), "rsp:cancel"),
            ]
        ],
    )
    return REPLY_CONFIRM


async def got_reply_confirmation(update: Update, ctx: Ctx) -> int:
    """Send: record the reply and queue it for the author, then say so."""
    if not await staff_here(update, ctx):
        return END
    query = query_of(update)
    await query.answer()
    number = ctx.drafts.pop(_ITEM, None)
    draft = ctx.drafts.pop(_DRAFT, None)
    if query.data != "rsp:send" or number is None or draft is None:
        await show(query, ctx, "input.cancelled")
        return END
    rt = ctx.rt
    answered = await respond_to_feedback(
        rt.db, rt.outbox, rt.texts, number, user_id_of(update), draft, rt.now()
    )
    if answered is None:
        key = "staff.respond_gone"
    elif answered[0].author_offline:
        key = "staff.respond_saved_offline"
    else:
        key = "staff.respond_sent" if answered[1] else "staff.respond_saved_quietly"
    await show(query, ctx, key, number=number)
    return END


async def got_non_text(update: Update, ctx: Ctx) -> None:
    """Media where a reply was expected."""
    await say(update, ctx, "input.text_only")


async def cmd_voice(update: Update, ctx: Ctx) -> None:
    """/voice <feedback number>: play its voice note here, protected from saving and
    forwarding (the bot sends Telegram's reference; it never holds the sound)."""
    await _play(update, ctx, "feedback")


async def cmd_voice_idea(update: Update, ctx: Ctx) -> None:
    """/voiceidea <idea number>: play the voice note that describes the idea, protected."""
    await _play(update, ctx, "idea")


async def _play(update: Update, ctx: Ctx, kind: str) -> None:
    if not await staff_here(update, ctx):
        return
    number = parse_number(ctx.args)
    if number is None:
        await say(update, ctx, "voice.staff_usage")
        return
    found = await voice_note(ctx.rt.db, kind, number)
    if found is None:
        await say(update, ctx, f"voice.staff_none_{kind}", number=number)
        return
    voice, pseudonym = found
    chat = update.effective_chat
    assert chat is not None
    await ctx.bot.send_voice(
        chat.id,
        voice.file_id,
        caption=text(
            ctx,
            f"voice.staff_caption_{kind}",
            number=number,
            pseudonym=pseudonym,
            length=clock_length(voice.seconds),
        ),
        protect_content=True,
    )


async def cmd_invite(update: Update, ctx: Ctx) -> None:
    """/invite [n]: n single-use invitation links, each a t.me deep link with an expiry."""
    if not await staff_here(update, ctx):
        return
    count = parse_count(ctx.args or [])
    if count is None:
        await say(update, ctx, "invite.usage")
        return
    rt = ctx.rt
    made = await create_invites(
        rt.db, user_id_of(update), count, rt.now(), rt.settings.invite_days
    )
    expires = when(ctx, made.expires_at)
    links = "\n".join(invite_link(ctx.bot.username, code) for code in made.codes)
    await say(update, ctx, "invite.made", count=count, expires=expires, links=links)
