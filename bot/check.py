"""`python -m bot check`: everything that would stop the bot, found before it starts."""

from __future__ import annotations

import stat

from bot.config import Settings, SettingsError, load_settings
from bot.texts import TextsError, load_texts
from storage.files import DATABASE_ERRORS, DatabaseOpenError
from storage.maintenance import inspect
from storage.migrations import LATEST_VERSION


async def check_everything() -> list[str]:
    """One line per problem; an empty list means the bot is ready to start."""
    try:
        settings = load_settings()
    except SettingsError as error:
        # Texts and the database depend on settings that are not readable yet.
        return error.problems
    return [
        *check_staff(settings),
        *check_texts(settings),
        *check_key_file(settings),
        *await check_database(settings),
    ]


def check_staff(settings: Settings) -> list[str]:
    """The bot starts without staff, but then nobody could publish an idea or hear of
    anything women send: the staff chat, or each staff member in private, is where it all goes."""
    if settings.staff_user_ids:
        return []
    return [
        "Setting STAFF_USER_IDS is empty: nobody could publish women's ideas, answer their"
        " feedback or hear of anything they send. Put each staff member's numeric Telegram"
        " user id there, comma-separated."
    ]


def check_key_file(settings: Settings) -> list[str]:
    """A key others on the machine can read protects nothing from them."""
    path = settings.database_key_file
    if path is None:
        return []
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        return [
            f"Setting DATABASE_KEY_FILE: {path} can be read by other users (mode {mode:o}):"
            f" run chmod 600 {path}."
        ]
    return []


def check_texts(settings: Settings) -> list[str]:
    try:
        texts = load_texts(
            {"service_name": settings.service_name, "helplines": settings.helplines},
            settings.texts_file,
        )
        texts.check()  # every file whole: the running bot reads each text as it is used
    except TextsError as error:
        return [f"Setting TEXTS_FILE is not usable: {error}."]
    return []


async def check_database(settings: Settings) -> list[str]:
    path = settings.database_path
    if not path.exists():
        # Not a problem: the bot creates it on its first start.
        return []
    if not path.is_file():
        return [f"Database: {path} is not a file (check DATABASE_PATH)."]
    try:
        health = await inspect(path, settings.database_secret)
    except DatabaseOpenError as error:
        return [f"Database: {error}."]
    except DATABASE_ERRORS as error:
        return [f"Database: {path} cannot be read ({error})."]
    problems = [f"Database: integrity check failed: {line}" for line in health.integrity]
    if health.sound:
        problems = []
    if health.version > LATEST_VERSION:
        problems.append(
            f"Database: schema version {health.version} is newer than this release knows "
            f"({LATEST_VERSION}): upgrade the bot, or restore a backup."
        )
    return problems
