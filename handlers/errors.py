"""The one place errors are handled: log without private details, apologise, tell staff."""

from __future__ import annotations

import logging
import time

from telegram import Update

from bot.intake import is_unreachable, note_unreachable
from handlers.context import Ctx

log = logging.getLogger("bot.errors")

STAFF_ALERT_INTERVAL = 300.0


async def on_error(update: object, ctx: Ctx) -> None:
    """Log the failure by type and place only: updates carry women's words and ids."""
    error = ctx.error
    name = type(error).__name__
    if error is not None and is_unreachable(error) and note_unreachable(error):
        # Telegram could not be reached: the intake says so once and runs the update again
        # when the connection is back, so there is nothing to apologise for or alert about.
        return
    log.error("an update failed with %s", name, exc_info=error)
    runtime = ctx.bot_data.runtime
    if runtime is None:
        return
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            if update.callback_query is not None:
                # Otherwise the button keeps spinning on her screen.
                await update.callback_query.answer()
        except Exception:
            log.warning("could not answer the button press that failed")
        try:
            await ctx.bot.send_message(
                update.effective_chat.id, runtime.texts("error.general", ctx.lang)
            )
        except Exception:
            log.warning("could not tell the user about the failure")
    staff_chats = runtime.staff_chats()
    now = time.monotonic()
    if staff_chats and now - runtime.last_error_alert >= STAFF_ALERT_INTERVAL:
        runtime.last_error_alert = now
        async with runtime.db.transaction(bookkeeping=True) as tx:
            for staff_chat in staff_chats:
                await runtime.outbox.queue(
                    tx, staff_chat, runtime.texts("staff.error_alert", error=name)
                )
