"""The yardstick: a bare python-telegram-bot Application that replies with the text it got.

Run as `python -m bench.echo_bot`; it reads TELEGRAM_BOT_TOKEN and TELEGRAM_API_BASE_URL.
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters
from telegram.request import BaseRequest


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with the same text."""
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text)


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
    return app


def main() -> None:
    app = build(os.environ["TELEGRAM_BOT_TOKEN"], os.environ.get("TELEGRAM_API_BASE_URL"))
    app.run_polling(allowed_updates=["message"], poll_interval=0.0, timeout=10)


if __name__ == "__main__":
    main()
