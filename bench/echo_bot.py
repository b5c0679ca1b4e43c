"""The yardstick: a bare python-telegram-bot Application that replies with the text it got,
and answers a button press by showing what was pressed.

Run as `python -m bench.echo_bot`; it reads TELEGRAM_BOT_TOKEN and TELEGRAM_API_BASE_URL.
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with the same text."""
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text)


async def echo_press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the press, and say in the message it sat on what was pressed."""
    query = update.callback_query
    if query is not None:
        await query.answer()
        await query.edit_message_text(f"Pressed: {query.data}")


def build(
    token: str, base_url: str | None = None, request: BaseRequest | None = None
) -> Application:  # type: ignore[type-arg]
    builder = Application.builder().token(token)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if base_url:
        builder = builder.base_url(f"{base_url}/bot").base_file_url(f"{base_url}/file/bot")
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.add_handler(CallbackQueryHandler(echo_press))
    return app


def main() -> None:
    app = build(os.environ["TELEGRAM_BOT_TOKEN"], os.environ.get("TELEGRAM_API_BASE_URL"))
    app.run_polling(allowed_updates=["message", "callback_query"], poll_interval=0.0, timeout=10)


if __name__ == "__main__":
    main()
