"""A woman's own data and settings: /privacy, /mydata, /forget, /settings."""

from __future__ import annotations

from telegram import InputFile, Update

from bot import participants
from bot.contact import withdraw_calls
from bot.delivery import role_name, stage_name
from bot.offline import Recorded, offline_woman
from bot.paging import split_blocks
from bot.recognition import value_of
from bot.rules.offline import IN_CHAT, read_pseudonym
from bot.rules.recognition import show_value
from bot.staff_copies import delete_staff_copies
from bot.texts import Safe
from bot.tidy_chat import TIDY_CHOICES, change_tidy_hours, tidy_hours_of
from handlers import codesign, feedback, proposals
from handlers.common import (
    back_to_menu,
    plain,
    query_of,
    say,
    say_html,
    screen,
    show,
    show_html,
    staff_here,
    text,
    voice_label,
    when,
)
from handlers.context import Ctx
from handlers.proposals import status_label
from handlers.start import cmd_start

_FORGET_SAYS = {"deleted": "done", "nothing": "nothing", "not_asked": "not_asked"}


def _numbers(numbers: list[int]) -> str:
    return ", ".join(f"#{number}" for number in numbers)


def _given(ctx: Ctx, channel: str) -> str:
    """For what staff recorded on her behalf: how she gave it (nothing for the chat)."""
    if channel == IN_CHAT:
        return ""
    return "\n" + text(ctx, "mydata.given", channel=text(ctx, f"offline.channel_{channel}"))


def _notify_label(ctx: Ctx, notify: str) -> Safe:
    return text(ctx, f"settings.notify_label_{notify}")


async def cmd_privacy(update: Update, ctx: Ctx) -> None:
    """What is stored, who sees it, and how to see or delete it."""
    if ctx.participant is None:
        await say(update, ctx, "privacy.not_joined")
        return
    kept = ctx.rt.settings.retention
    await screen(
        update,
        ctx,
        text(ctx, "privacy.text", pseudonym=ctx.participant.pseudonym)
        + "\n\n"
        + text(
            ctx,
            "privacy.retention",
            feedback_days=kept.feedback_days,
            ideas_days=kept.ideas_days,
            reason_days=kept.vote_reason_days,
            alert_days=kept.alert_days,
            inactive_days=kept.inactive_days,
            notice_days=kept.inactive_notice_days,
        ),
        buttons=[back_to_menu(ctx)],
    )


async def on_menu_privacy(update: Update, ctx: Ctx) -> None:
    """The main menu's privacy button."""
    await query_of(update).answer()
    await cmd_privacy(update, ctx)


async def cmd_mydata(update: Update, ctx: Ctx) -> None:
    """Everything stored about her, as she would read it; protected from forwarding."""
    data = (
        await participants.collect_my_data(ctx.rt.db, ctx.participant.id)
        if ctx.participant
        else None
    )
    if data is None:
        await say(update, ctx, "privacy.not_joined")
        return
    for chunk in split_blocks(_my_data_blocks(ctx, data, own=True)):
        await say_html(update, ctx, chunk, protect=True)


async def cmd_her_data(update: Update, ctx: Ctx) -> None:
    """/herdata <pseudonym>: what /mydata would show an offline woman, as a text file staff
    can print and give her (she has no chat to read it in). Protected from forwarding."""
    if not await staff_here(update, ctx):
        return
    pseudonym = read_pseudonym(" ".join(ctx.args or []))
    if pseudonym is None:
        await say(update, ctx, "mydata.her_usage")
        return
    outcome, woman = await offline_woman(ctx.rt, pseudonym)
    data = await participants.collect_my_data(ctx.rt.db, woman.id) if woman else None
    if data is None or outcome is not Recorded.DONE:
        await say(update, ctx, f"offline.refused_{outcome.value}", pseudonym=pseudonym)
        return
    page = "\n\n".join(plain(block) for block in _my_data_blocks(ctx, data, own=False))
    chat = update.effective_chat
    assert chat is not None
    await ctx.bot.send_document(
        chat.id,
        InputFile(page.encode("utf-8"), filename=f"{pseudonym}.txt"),
        caption=text(ctx, "mydata.her_caption", pseudonym=pseudonym),
        protect_content=True,
    )


def _my_data_blocks(ctx: Ctx, data: participants.MyData, *, own: bool) -> list[str]:
    me = data.participant
    parts: list[str] = [
        text(
            ctx,
            "mydata.header",
            pseudonym=me.pseudonym,
            joined=when(ctx, me.joined_at),
            last_seen=when(ctx, me.last_seen_at),
            language=ctx.rt.texts.language_name(me.language),
            notify=_notify_label(ctx, me.notify),
        )
    ]
    if data.feedback:
        parts.append(text(ctx, "mydata.feedback_header"))
        parts.extend(
            feedback.feedback_blocks(
                ctx, data.feedback, note=lambda item: _given(ctx, item.channel)
            )
        )
    else:
        parts.append(text(ctx, "mydata.none"))
    if data.share_requests:
        parts.append(text(ctx, "mydata.shared_header"))
        parts.extend(
            text(ctx, f"mydata.shared_{r.answer or 'open'}", number=r.feedback_id, title=r.title)
            for r in data.share_requests
        )
    if data.proposals:
        parts.append(text(ctx, "mydata.ideas_header"))
        parts.extend(
            text(
                ctx,
                "mydata.idea_item",
                number=idea.id,
                date=when(ctx, idea.created_at),
                status=status_label(ctx, idea),
                title=idea.title,
                body=voice_label(ctx, idea.voice) if idea.voice else idea.body,
            )
            + _given(ctx, idea.channel)
            for idea in data.proposals
        )
    if data.supported:
        parts.append(text(ctx, "mydata.supported", numbers=_numbers(data.supported)))
    if data.volunteered:
        parts.append(text(ctx, "mydata.volunteered", numbers=_numbers(data.volunteered)))
    if data.votes:
        parts.append(text(ctx, "mydata.votes_header"))
        parts.extend(
            text(ctx, "mydata.vote_item", number=poll, question=question, option=option)
            + (text(ctx, "mydata.vote_reason", reason=reason) if reason else "")
            for poll, question, option, reason in data.votes
        )
    if data.draft_comments:
        parts.append(text(ctx, "mydata.comments_header"))
        parts.extend(
            text(
                ctx,
                "mydata.comment_item",
                date=when(ctx, c.created_at),
                version=c.version,
                kind=text(ctx, f"codesign.kind_{c.kind}"),
                body=c.body,
                state=text(ctx, f"mydata.comment_{c.outcome or 'open'}"),
            )
            + (text(ctx, "mydata.comment_reason", reason=c.reason) if c.reason else "")
            for c in data.draft_comments
        )
    if data.roles:
        parts.append(text(ctx, "mydata.roles_header"))
        parts.extend(
            text(
                ctx,
                "mydata.role_item",
                number=r.proposal_id,
                role=role_name(ctx.rt.texts, r.role, ctx.lang),
                stage=stage_name(ctx.rt.texts, r.stage, ctx.lang),
            )
            for r in data.roles
        )
    if data.review_answers:
        parts.append(text(ctx, "mydata.reviews_header"))
        parts.extend(
            text(
                ctx,
                "mydata.review_item",
                number=a.proposal_id,
                answer=text(ctx, f"delivery.answer_{a.answer}")
                if a.answer
                else text(ctx, "delivery.no_answer"),
            )
            + (text(ctx, "mydata.review_comment", comment=a.comment) if a.comment else "")
            for a in data.review_answers
        )
    if data.recognition:
        parts.append(text(ctx, "mydata.recognition_header"))
        parts.extend(
            text(
                ctx,
                "mydata.recognition_item",
                date=when(ctx, given.given_at),
                kind=text(ctx, f"recognition.kind_{given.kind}"),
                value=show_value(value_of(given)),
                purpose=given.purpose,
            )
            for given in data.recognition
        )
    parts.append(
        text(
            ctx,
            "mydata.safety",
            alerts=len(data.alert_dates),
            messages=data.messages_kept,
            staff=data.staff_copies,
        )
    )
    # What she started but has not sent lives with her own session, not with a printout.
    unsent = [*feedback.unsent(ctx), *proposals.unsent(ctx), *codesign.unsent(ctx)] if own else []
    if unsent:
        parts.append(text(ctx, "mydata.drafts_header", hours=ctx.rt.settings.draft_hours))
        parts.extend(unsent)
    parts.append(text(ctx, "mydata.footer"))
    return parts


async def cmd_forget(update: Update, ctx: Ctx) -> None:
    """Ask before deleting everything about her."""
    if ctx.participant is None:
        await say(update, ctx, "forget.nothing")
        return
    await participants.ask_to_forget(ctx.rt.db, ctx.participant.id, ctx.rt.now())
    await say(
        update,
        ctx,
        "forget.ask",
        buttons=[
            [(text(ctx, "forget.confirm"), "forget:yes")],
            [(text(ctx, "forget.keep"), "forget:no")],
        ],
    )


async def on_forget(update: Update, ctx: Ctx) -> None:
    """Delete every row about her, then say so; only in answer to the bot's own question."""
    query = query_of(update)
    await query.answer()
    user_id = query.from_user.id
    if query.data != "forget:yes":
        await participants.keep_after_all(ctx.rt.db, user_id)
        await show(query, ctx, "forget.kept")
        return
    if not await participants.forget_was_asked(ctx.rt.db, user_id, ctx.rt.now()):
        # A press without a question (forged, or long expired) changes nothing.
        await show(query, ctx, "forget.not_asked" if ctx.participant else "forget.nothing")
        return
    # Nothing she had started may be sent after this, even if she joins again.
    ctx.drafts.clear()
    ctx.rt.held.pop(user_id, None)
    if ctx.participant is not None:
        # A time and number she gave for a call leave the lead's chat before she goes.
        await withdraw_calls(ctx.rt, ctx.participant.id, forgetting=True)
    # Her record goes, but quick exit must still be able to clear the chat afterwards.
    await ctx.rt.trail.keep_in_memory(user_id)
    outcome, copies = await participants.forget(ctx.rt.db, user_id, ctx.rt.now())
    if outcome == "deleted":
        ctx.participant = None
        cleared = await delete_staff_copies(ctx.rt, ctx.bot, copies)
        lines = [text(ctx, "forget.done")]
        if cleared.some_stay:
            # Only what is true: some went (where Telegram still allowed it), or none could.
            stayed = "some_deleted" if cleared.deleted else "none_deleted"
            lines.append(text(ctx, f"forget.staff_{stayed}"))
        elif cleared.deleted:
            lines.append(text(ctx, "forget.staff_deleted"))
        # The chat is still on her phone: one press runs quick exit on it.
        clear_now = [[(text(ctx, "forget.clear_now"), "qx")]]
        await show_html(query, "\n\n".join(lines), buttons=clear_now)
        return
    await show(query, ctx, f"forget.{_FORGET_SAYS[outcome]}")


def _settings_buttons(ctx: Ctx) -> list[list[tuple[str, str]]]:
    rows: list[list[tuple[str, str]]] = [
        [(text(ctx, f"settings.notify_{choice}"), f"set:notify:{choice}")]
        for choice in participants.NOTIFY_CHOICES
    ]
    rows.append(
        [
            (
                text(ctx, "settings.tidy_button_hours", hours=hours)
                if hours
                else text(ctx, "settings.tidy_button_off"),
                f"set:tidy:{hours}",
            )
            for hours in TIDY_CHOICES
        ]
    )
    languages = ctx.rt.texts.languages
    if len(languages) > 1:
        rows.append([(ctx.rt.texts.language_name(lang), f"set:lang:{lang}") for lang in languages])
    rows.append(back_to_menu(ctx))
    return rows


async def _show_settings(update: Update, ctx: Ctx, *, edit: bool) -> None:
    me = ctx.participant
    assert me is not None
    hours = await tidy_hours_of(ctx.rt.db, me.id, ctx.rt.settings.tidy_hours)
    body = text(
        ctx,
        "settings.text",
        language=ctx.rt.texts.language_name(me.language),
        notify=_notify_label(ctx, me.notify),
        tidy=text(ctx, "settings.tidy_label_hours", hours=hours)
        if hours
        else text(ctx, "settings.tidy_label_off"),
    )
    if edit:
        await show_html(query_of(update), body, buttons=_settings_buttons(ctx))
    else:
        await screen(update, ctx, body, buttons=_settings_buttons(ctx))


async def cmd_settings(update: Update, ctx: Ctx) -> None:
    """Language and which messages she gets from us."""
    if ctx.participant is None:
        await cmd_start(update, ctx)
        return
    await _show_settings(update, ctx, edit=False)


async def on_menu_settings(update: Update, ctx: Ctx) -> None:
    """The main menu's settings button."""
    await query_of(update).answer()
    await cmd_settings(update, ctx)


async def on_setting(update: Update, ctx: Ctx) -> None:
    """Save one setting (the data is checked against the allowed values)."""
    query = query_of(update)
    if ctx.participant is None:
        await query.answer(text(ctx, "consent.needed"), show_alert=True)
        return
    _, what, value = (query.data or "").split(":", 2)
    db = ctx.rt.db
    if what == "notify":
        saved = await participants.change_notify(db, ctx.participant.id, value)
    elif what == "tidy":
        saved = value.isdigit() and await change_tidy_hours(db, ctx.participant.id, int(value))
    else:
        saved = await participants.change_language(
            db, ctx.participant.id, value, ctx.rt.texts.languages
        )
    if not saved:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return
    ctx.participant = await participants.find_participant(db, query.from_user.id)
    await query.answer(text(ctx, "settings.saved"))
    await _show_settings(update, ctx, edit=True)
