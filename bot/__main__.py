"""Entry point: `python -m bot` runs the bot."""

from __future__ import annotations

import sys

from bot.config import SettingsError, load_settings
from bot.logs import setup_logging
from storage.migrations import SchemaTooNewError


def main(argv: list[str]) -> int:
    try:
        settings = load_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    setup_logging(settings.log_level, [settings.telegram_bot_token.get_secret_value()])

    from bot.app import ALLOWED_UPDATES, build_application

    app = build_application(settings)
    try:
        app.run_polling(allowed_updates=ALLOWED_UPDATES, poll_interval=0.0, timeout=10)
    except SchemaTooNewError as error:
        print(f"Cannot start: {error}.", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
