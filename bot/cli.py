"""The command line: one table of subcommands, each with its own `--help`.

To add a subcommand, write a function `(args) -> exit code` and append a `Command` to
`COMMANDS`; `configure` adds its arguments. `run` is what a bare `python -m bot` does.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.check import check_everything
from bot.config import Settings, SettingsError, load_settings
from bot.export import Table, export_tables, write_folder
from bot.texts import TextsError
from storage.db import Database
from storage.migrations import SchemaTooNewError


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, one line of help, its arguments and what it does."""

    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    configure: Callable[[argparse.ArgumentParser], None] = lambda parser: None
    description: str = ""


def _settings_or_none() -> Settings | None:
    try:
        return load_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return None


def run_bot(args: argparse.Namespace) -> int:
    """Run the bot with long polling until it is stopped."""
    from telegram.error import InvalidToken, NetworkError

    from bot.app import build_application, run
    from bot.logs import setup_logging

    settings = _settings_or_none()
    if settings is None:
        return 2
    setup_logging(settings.log_level, [settings.telegram_bot_token.get_secret_value()])
    try:
        app = build_application(settings)
    except TextsError as error:
        print(f"Setting TEXTS_FILE is not usable: {error}.", file=sys.stderr)
        return 2
    try:
        asyncio.run(run(app))
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


async def _read_tables(settings: Settings) -> list[Table]:
    db = await Database.open(settings.database_path)
    try:
        return await export_tables(db, settings.zone)
    finally:
        await db.close()


def export(args: argparse.Namespace) -> int:
    """The same CSV files as /export, for services that keep their records offline."""
    settings = _settings_or_none()
    if settings is None:
        return 2
    if not settings.database_path.is_file():
        print(f"Cannot export: there is no database at {settings.database_path}.", file=sys.stderr)
        return 2
    try:
        tables = asyncio.run(_read_tables(settings))
    except SchemaTooNewError as error:
        print(f"Cannot export: {error}.", file=sys.stderr)
        return 3
    folder: Path = args.folder
    paths = write_folder(tables, folder)
    print(f"Wrote {len(paths)} CSV files to {folder.resolve()}")
    return 0


def check(args: argparse.Namespace) -> int:
    """Print one line per problem found; exit 1 if there is any."""
    problems = asyncio.run(check_everything())
    for line in problems:
        print(line)
    if problems:
        return 1
    print("No problems found: settings, texts and database are ready.")
    return 0


DEMO_PORT = 8765


def demo(args: argparse.Namespace) -> int:
    """The offline sandbox: the real bot and a web chat page on 127.0.0.1, until Ctrl+C."""
    from bot.logs import setup_logging
    from bot.sandbox.demo import run_sandbox
    from bot.sandbox.loopback import DEFAULT_TOKEN

    try:
        # The service's wording and rules apply; its token is not needed.
        settings = load_settings(telegram_bot_token=DEFAULT_TOKEN)
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    setup_logging(settings.log_level, [])

    def announce(address: str) -> None:
        print(f"Sandbox ready: open {address} in a browser (Ctrl+C stops it).", flush=True)

    try:
        asyncio.run(run_sandbox("127.0.0.1", args.port, announce))
    except OSError as error:
        print(f"Cannot start the sandbox: {error.strerror or error}.", file=sys.stderr)
        return 3
    except TextsError as error:
        print(f"Setting TEXTS_FILE is not usable: {error}.", file=sys.stderr)
        return 2
    return 0


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port",
        type=int,
        default=DEMO_PORT,
        help=f"the page's port on 127.0.0.1 (default {DEMO_PORT}; 0 picks a free one)",
    )


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, help="the folder to write the CSV files into")


COMMANDS: list[Command] = [
    Command(
        "run",
        "run the bot (what `python -m bot` does with no subcommand)",
        run_bot,
        description="Run the bot with the settings in .env or the environment until stopped.",
    ),
    Command(
        "export",
        "write the pseudonymised CSV files into a folder",
        export,
        _export_arguments,
        "Write the same pseudonymised CSV files as /export into FOLDER. Safe while the bot runs.",
    ),
    Command(
        "check",
        "check settings, texts, the database and the token's shape",
        check,
        description="Check the settings (including the token's shape), the texts and the "
        "database without contacting Telegram. Prints one line per problem and exits with 1 "
        "when there is any, 0 when there is none.",
    ),
    Command(
        "demo",
        "try the bot offline in a web page (no token needed)",
        demo,
        _demo_arguments,
        "Try the bot without Telegram: the real bot runs against a loopback Bot API server on "
        "this computer, with a few made-up women, ideas and a poll, and a web page shows every "
        "chat side by side. Nothing leaves the machine; no token is needed.",
    ),
]


def build_parser(commands: list[Command] = COMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="The co-production bot. With no subcommand it runs the bot.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands:
        sub = subparsers.add_parser(
            command.name, help=command.help, description=command.description or command.help
        )
        command.configure(sub)
        sub.set_defaults(handler=command.run)
    return parser


def main(argv: list[str] | None = None, commands: list[Command] = COMMANDS) -> int:
    parser = build_parser(commands)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        args = parser.parse_args(["run"])
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)
