"""Staff in their private chat: the digest now, the co-production report and the export."""

from __future__ import annotations

from telegram import InputFile, Update
from telegram.constants import ChatAction

from bot.digest import send_digest_now
from bot.paging import split_blocks
from handlers.common import say, say_html, text
from handlers.context import Ctx


def _chat_id(update: Update) -> int:
    chat = update.effective_chat
    assert chat is not None
    return chat.id


async def cmd_digest(update: Update, ctx: Ctx) -> None:
    """/digest: what is new since the last digest and what is waiting, to whoever asked."""
    await send_digest_now(ctx.rt, _chat_id(update))


async def cmd_report(update: Update, ctx: Ctx) -> None:
    """/report [period]: the report in words, then its chart as an image."""
    # Imported at the first report rather than at start-up: staff ask for one now and then,
    # and the report's modules cost every start a noticeable part of its time.
    from bot.report import build_report, period_label
    from bot.report_rules import parse_period

    rt = ctx.rt
    period = parse_period(" ".join(ctx.args or []), rt.now(), rt.settings.zone)
    if period is None:
        await say(update, ctx, "report.usage")
        return
    await ctx.bot.send_chat_action(_chat_id(update), ChatAction.UPLOAD_PHOTO)
    report = await build_report(rt, period)
    for chunk in split_blocks(report.text):
        await say_html(update, ctx, chunk)
    await ctx.bot.send_photo(
        _chat_id(update),
        InputFile(report.chart_png, filename="coproduction-report.png"),
        caption=text(ctx, "report.chart_caption", period=period_label(rt.texts, period)),
    )


async def cmd_export(update: Update, ctx: Ctx) -> None:
    """/export: every table, pseudonymised, as a zip of CSV files that cannot be forwarded."""
    # Imported at the first export, not at start-up (see cmd_report).
    from bot.export import export_name, export_zip

    rt = ctx.rt
    await ctx.bot.send_chat_action(_chat_id(update), ChatAction.UPLOAD_DOCUMENT)
    export = await export_zip(rt.db, rt.settings.zone)
    await ctx.bot.send_document(
        _chat_id(update),
        InputFile(export.data, filename=export_name(rt.now(), rt.settings.zone)),
        caption=text(ctx, "export.caption", files=export.files, rows=export.rows),
        protect_content=True,
    )
