"""The command line: one table of subcommands, each with its own `--help`.

To add a subcommand, write a function `(args) -> exit code` and append a `Command` to
`COMMANDS`; `configure` adds its arguments. `run` is what a bare `python -m bot` does.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from bot.check import check_everything
from bot.config import Settings, SettingsError, load_settings
from bot.texts import TextsError
from storage import copies
from storage.copies import CopyError
from storage.db import Database, close_unused, open_file
from storage.files import DatabaseOpenError
from storage.lock import DatabaseInUseError
from storage.migrations import SchemaTooNewError

if TYPE_CHECKING:
    from bot.app import BotApp
    from bot.export import Table

T = TypeVar("T")


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
    """Run the bot (long polling, or webhook mode when WEBHOOK_URL is set) until stopped."""
    settings = _settings_or_none()
    if settings is None:
        return 2
    # Two things that take a noticeable part of the start-up and do not hold the interpreter
    # are begun in worker threads while the rest of the bot is imported, so on a machine with
    # two cores they cost next to nothing: opening the database (with a key, SQLCipher
    # stretches it: a third of a second here), and the connections' TLS setup (reading the
    # certificate authorities).
    secret = settings.database_secret  # read once: it may come from DATABASE_KEY_FILE
    worker = ThreadPoolExecutor(max_workers=2, thread_name_prefix="start")
    database = worker.submit(open_file, settings.database_path, secret, True)
    import httpx
    from telegram.error import InvalidToken, NetworkError

    tls = worker.submit(httpx.create_ssl_context)
    worker.shutdown(wait=False)
    from bot.app import build_application, run
    from bot.logs import setup_logging

    secrets = [settings.telegram_bot_token.get_secret_value(), secret or ""]
    if settings.webhook_secret is not None:
        secrets.append(settings.webhook_secret.get_secret_value())
    setup_logging(settings.log_level, secrets)
    try:
        # A wrong or missing database key stops the start before Telegram is contacted: the
        # database is the first thing the running bot waits for (bot/app.py, `serving`).
        app = build_application(settings, tls=tls.result(), database=database)
    except TextsError as error:
        close_unused(database)
        print(f"Setting TEXTS_FILE is not usable: {error}.", file=sys.stderr)
        return 2
    try:
        if settings.webhook_url:
            return _run_webhook(app, settings)
        asyncio.run(run(app))
    except (SchemaTooNewError, DatabaseOpenError, DatabaseInUseError) as error:
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


def _run_webhook(app: BotApp, settings: Settings) -> int:
    """Webhook mode; its web server is imported only here, so polling starts without it."""
    from bot.webhook import WebhookError, run_webhook

    try:
        asyncio.run(run_webhook(app, settings))
    except WebhookError as error:
        print(f"Cannot start: {error}.", file=sys.stderr)
        return 2
    return 0


async def _read_tables(settings: Settings) -> list[Table]:
    # Imported here: the export and what it reads are not needed to run the bot.
    from bot.export import export_tables

    db = await Database.open(settings.database_path, settings.database_secret)
    try:
        return await export_tables(db, settings.zone)
    finally:
        await db.close()


def export(args: argparse.Namespace) -> int:
    """The same CSV files as /export, for services that keep their records offline."""
    settings = _database_settings("export")
    if settings is None:
        return 2
    tables = _run_storage("export", _read_tables(settings))
    if tables is None:
        return 3
    from bot.export import write_folder

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
        settings = load_settings(
            telegram_bot_token=DEFAULT_TOKEN, database_key=None, database_key_file=None
        )
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


def _run_storage(action: str, work: Coroutine[Any, Any, T]) -> T | None:
    """Run one storage task; on a refusal print one line saying why and return None."""
    try:
        return asyncio.run(work)
    except (CopyError, DatabaseOpenError, DatabaseInUseError, SchemaTooNewError) as error:
        print(f"Cannot {action}: {error}.", file=sys.stderr)
        return None


def _database_settings(action: str) -> Settings | None:
    settings = _settings_or_none()
    if settings is not None and not settings.database_path.is_file():
        path = settings.database_path
        print(f"Cannot {action}: there is no database at {path}.", file=sys.stderr)
        return None
    return settings


def backup(args: argparse.Namespace) -> int:
    """A consistent copy of the database, encrypted with the same key; safe while it runs."""
    settings = _database_settings("back up")
    if settings is None:
        return 2
    target: Path = args.file
    work = copies.backup(settings.database_path, settings.database_secret, target)
    version = _run_storage("back up", work)
    if version is None:
        return 3
    print(f"Backed up {settings.database_path} to {target} (schema version {version}).")
    return 0


def restore(args: argparse.Namespace) -> int:
    """Replace the database with a backup, after checking it; never under a running bot."""
    settings = _settings_or_none()
    if settings is None:
        return 2
    source: Path = args.file
    if not source.is_file():
        print(f"Cannot restore: there is no backup at {source}.", file=sys.stderr)
        return 2
    work = copies.restore(source, settings.database_secret, settings.database_path)
    version = _run_storage("restore", work)
    if version is None:
        return 3
    print(
        f"Restored {source} into {settings.database_path} (schema version {version}); start the"
        " bot to bring it up to date."
    )
    return 0


def _convert(action: str, convert: Callable[[Path, str], Coroutine[Any, Any, int]]) -> int:
    settings = _database_settings(action)
    if settings is None:
        return 2
    key = settings.database_secret
    if key is None:
        print(f"Cannot {action}: set DATABASE_KEY or DATABASE_KEY_FILE first.", file=sys.stderr)
        return 2
    rows = _run_storage(action, convert(settings.database_path, key))
    if rows is None:
        return 3
    print(f"Done: {settings.database_path} is {action}ed, {rows} rows, all there.")
    return 0


def encrypt(args: argparse.Namespace) -> int:
    """Encrypt an existing plain database with the key from the settings."""
    code = _convert("encrypt", copies.encrypt)
    if code == 0:
        print("Keep a copy of the key somewhere safe: without it nothing can be read back.")
    return code


def decrypt(args: argparse.Namespace) -> int:
    """Turn an encrypted database back into a plain one."""
    code = _convert("decrypt", copies.decrypt)
    if code == 0:
        print("Remove DATABASE_KEY and DATABASE_KEY_FILE before starting the bot.")
    return code


def _file_argument(help: str) -> Callable[[argparse.ArgumentParser], None]:
    def configure(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("file", type=Path, help=help)

    return configure


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, help="the folder to write the CSV files into")


COMMANDS: list[Command] = [
    Command(
        "run",
        "run the bot (what `python -m bot` does with no subcommand)",
        run_bot,
        description="Run the bot with the settings in .env or the environment until stopped:"
        " long polling, or webhook mode when WEBHOOK_URL is set.",
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
    Command(
        "backup",
        "write a consistent copy of the database to a new file (safe while the bot runs)",
        backup,
        _file_argument("the new backup file (it must not exist yet)"),
        "Write a consistent copy of the database to FILE with SQLite's own VACUUM INTO, safe "
        "while the bot runs. The copy is private (0600) and encrypted with the same key.",
    ),
    Command(
        "restore",
        "replace the database with a backup (stop the bot first)",
        restore,
        _file_argument("the backup file to restore"),
        "Check FILE (its key, integrity and schema version) and replace the database with it. "
        "Refused while the bot is running. Migrations bring an older backup up to date when "
        "the bot starts.",
    ),
    Command(
        "encrypt",
        "encrypt a plain database with DATABASE_KEY or DATABASE_KEY_FILE (stop the bot first)",
        encrypt,
        description="Encrypt the existing plain database with the key in DATABASE_KEY or "
        "DATABASE_KEY_FILE, checking that every table keeps every row.",
    ),
    Command(
        "decrypt",
        "turn an encrypted database back into a plain one (stop the bot first)",
        decrypt,
        description="Decrypt the database with the key in DATABASE_KEY or DATABASE_KEY_FILE, "
        "checking that every table keeps every row; then remove the key from the settings.",
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
