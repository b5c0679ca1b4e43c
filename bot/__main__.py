"""Entry point: `python -m bot` runs the bot; `python -m bot export <folder>` writes the CSVs."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from telegram.error import InvalidToken, NetworkError

from bot.config import Settings, SettingsError, load_settings
from bot.export import Table, export_tables, write_folder
from bot.logs import setup_logging
from bot.texts import TextsError
from storage.db import Database
from storage.migrations import SchemaTooNewError

USAGE = """Usage: python -m bot                  run the bot
       python -m bot export <folder>  write the pseudonymised CSV files into <folder>"""


async def _read_tables(settings: Settings) -> list[Table]:
    db = await Database.open(settings.database_path)
    try:
        return await export_tables(db, settings.zone)
    finally:
        await db.close()


def export(settings: Settings, folder: Path) -> int:
    """The same CSV files as /export, for services that keep their records offline."""
    if not settings.database_path.is_file():
        print(f"Cannot export: there is no database at {settings.database_path}.", file=sys.stderr)
        return 2
    try:
        tables = asyncio.run(_read_tables(settings))
    except SchemaTooNewError as error:
        print(f"Cannot export: {error}.", file=sys.stderr)
        return 3
    paths = write_folder(tables, folder)
    print(f"Wrote {len(paths)} CSV files to {folder.resolve()}")
    return 0


def main(argv: list[str]) -> int:
    if argv and (argv[0] != "export" or len(argv) != 2):
        print(USAGE, file=sys.stderr)
        return 2
    try:
        settings = load_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    if argv:
        return export(settings, Path(argv[1]))
    setup_logging(settings.log_level, [settings.telegram_bot_token.get_secret_value()])

    from bot.app import ALLOWED_UPDATES, build_application

    try:
        app = build_application(settings)
    except TextsError as error:
        print(f"Setting TEXTS_FILE is not usable: {error}.", file=sys.stderr)
        return 2
    try:
        app.run_polling(allowed_updates=ALLOWED_UPDATES, poll_interval=0.0, timeout=10)
    except SchemaTooNewError as error:
        print(f"Cannot start: {error}.", file=sys.stderr)
        return 3
    except InvalidToken:
        print(
            "Cannot start: Telegram refused TELEGRAM_BOT_TOKEN. Copy the token again from"
            " @BotFather (/mybots, then API Token).",
            file=sys.stderr,
        )
        return 2
    except NetworkError as error:
        where = settings.telegram_api_base_url or "Telegram"
        print(
            f"Cannot start: {where} could not be reached ({error.message}). Check the network"
            " connection, or TELEGRAM_API_BASE_URL.",
            file=sys.stderr,
        )
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
