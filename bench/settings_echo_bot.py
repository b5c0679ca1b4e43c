"""The echo bot (`bench/echo_bot.py`) reading its two settings with pydantic-settings, as the
project's fixed stack has every bot read its settings: the least a bot on this stack does
before its first getUpdates, for the start-up rows.

Run as `python -m bench.settings_echo_bot`; it reads TELEGRAM_BOT_TOKEN and
TELEGRAM_API_BASE_URL.
"""

from __future__ import annotations

from pydantic import SecretStr
from pydantic_settings import BaseSettings

from bench.echo_bot import build


class EchoSettings(BaseSettings):
    """What the echo bot needs to know."""

    telegram_bot_token: SecretStr
    telegram_api_base_url: str | None = None


def main() -> None:
    settings = EchoSettings()
    app = build(settings.telegram_bot_token.get_secret_value(), settings.telegram_api_base_url)
    app.run_polling(allowed_updates=["message", "callback_query"], poll_interval=0.0, timeout=10)


if __name__ == "__main__":
    main()
