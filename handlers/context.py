"""The callback context this bot uses: typed access to the runtime and the current woman."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.intake import Intake
from bot.runtime import Runtime
from bot.timers import Timers
from storage.db import Database
from storage.participants import Participant


class AppData:
    """`application.bot_data`: holds the runtime once post_init has opened it."""

    runtime: Runtime | None = None
    intake: Intake | None = None
    # Setting the command menus and descriptions, started once updates are taken
    # (bot/app.py, `start_menus`).
    menus: asyncio.Task[None] | None = None
    # The work the bot does by the clock (bot/timers.py): planned in post_init, started by
    # `serving` once the Application runs.
    timers: Timers | None = None
    # Opens the database (once) for whichever needs it first (bot/app.py, DatabaseOpener).
    open_database: Callable[[], Awaitable[Database]] | None = None


class Ctx(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], AppData]):
    """One context per update, shared by every handler group that sees the update."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application, chat_id, user_id)
        self.participant: Participant | None = None
        # Before she joins: the language she chose on the first screen, else her app's.
        self.language: str | None = None

    @property
    def rt(self) -> Runtime:
        runtime = self.bot_data.runtime
        if runtime is None:
            raise RuntimeError("the runtime is opened in post_init, before any update")
        return runtime

    @property
    def drafts(self) -> dict[Any, Any]:
        """Her in-progress answers, stored with her flow's step after every update (so a restart
        does not lose them) and deleted when the flow ends or expires (DRAFT_HOURS)."""
        data = self.user_data
        if data is None:
            raise RuntimeError("drafts exist only for updates that come from a user")
        return data

    @property
    def lang(self) -> str:
        if self.participant is not None:
            return self.participant.language
        return self.language or "en"
