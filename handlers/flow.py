"""A conversation that says "not mine" at once to the updates it cannot take.

Every update is offered to every flow (a dozen of them) before the general handlers, and
python-telegram-bot's ConversationHandler answers by building the person's key and asking
each of its entry points in turn: together more work than the reply to a menu button itself.
A flow here starts only from a command or a button with a fixed pattern, so when the person
has no conversation open in it and the update is neither a command nor a press of one of
those buttons, the answer is known without asking: no. Anything else goes to
ConversationHandler as before, so what a flow does is unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler

from handlers.context import Ctx

_COMMAND = re.compile(r"/([A-Za-z0-9_]+)")


class Flow(ConversationHandler[Ctx]):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        commands: set[str] = set()
        patterns: list[str] = []
        self._quick = self.per_user and not self.per_chat and not self.per_message
        for entry in self.entry_points:
            if isinstance(entry, CommandHandler):
                commands |= entry.commands
            elif isinstance(entry, CallbackQueryHandler) and isinstance(entry.pattern, str):
                patterns.append(entry.pattern)
            elif isinstance(entry, CallbackQueryHandler) and isinstance(entry.pattern, re.Pattern):
                patterns.append(str(entry.pattern.pattern))
            else:
                # An entry point of another kind: only ConversationHandler can tell.
                self._quick = False
        self._commands = frozenset(commands)
        self._buttons = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

    def check_update(self, update: object) -> Any:
        if self._quick and isinstance(update, Update) and not self._may_concern(update):
            return None
        return super().check_update(update)

    def _may_concern(self, update: Update) -> bool:
        """False only when no entry point could take `update` and she has no conversation
        open here (its key is her user id alone: per user, not per chat or message)."""
        user = update.effective_user
        if user is None or (user.id,) in self._conversations:
            return True
        query = update.callback_query
        if query is not None and not query.data and not query.game_short_name:
            # A press with no data: CallbackQueryHandler accepts it whatever its pattern.
            return True
        if (
            query is not None
            and self._buttons is not None
            and isinstance(query.data, str)
            and self._buttons.match(query.data) is not None
        ):
            return True
        # CommandHandler reads the update's effective message, which for a press is the
        # message the button sat on: any text starting with one of its commands is left to it
        # (a command's name is letters, digits and "_"; "@botname" may follow).
        message = update.effective_message
        if message is None or not message.text or not self._commands:
            return False
        command = _COMMAND.match(message.text)
        return command is not None and command.group(1).lower() in self._commands
