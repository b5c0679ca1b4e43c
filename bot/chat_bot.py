"""The bot object: PTB's ExtBot, telling quick exit about every message it sends."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import ExtBot

log = logging.getLogger(__name__)

SentHook = Callable[[Message], Awaitable[None]]
EDIT_PREFIX = "edit"


class ChatBot(ExtBot[Any]):
    """Every send_* method (direct replies, the outbox, the error handler) goes through
    `_send_message`, so this is the one place that sees each message the bot leaves in a chat.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._after_send: SentHook | None = None

    def after_send(self, hook: SentHook | None) -> None:
        self._after_send = hook

    async def _send_message(self, endpoint: str, *args: Any, **kwargs: Any) -> Any:
        result = await super()._send_message(endpoint, *args, **kwargs)
        # An edit changes a message already noted: noting it again would only cost a write.
        new_message = not endpoint.startswith(EDIT_PREFIX)
        if new_message and isinstance(result, Message) and self._after_send is not None:
            try:
                await self._after_send(result)
            except Exception:
                # The message is out; failing to note it must not turn a sent reply into an error.
                log.warning("could not note a sent message for quick exit", exc_info=True)
        return result

    async def get_updates_as_sent(
        self, offset: int | None, wait_seconds: int, allowed_updates: Sequence[str]
    ) -> list[tuple[Update, str]]:
        """getUpdates, each update with its JSON as Telegram sent it: the intake holds that
        JSON, and turning each parsed update back into JSON cost more than the rest of
        fetching it. The request is the one PTB's `get_updates` makes (same timeouts)."""
        read_timeout = (self._request[0].read_timeout or 0) + wait_seconds
        result = await self._post(
            "getUpdates",
            {
                "offset": offset,
                "timeout": wait_seconds,
                "allowed_updates": list(allowed_updates),
            },
            read_timeout=read_timeout,
        )
        # Parsing leaves its input as it was (PTB copies it), so the JSON is Telegram's own.
        return [(Update.de_json(raw, self), json.dumps(raw)) for raw in result]

    async def answer_callback_query(
        self, callback_query_id: str, *args: Any, **kwargs: Any
    ) -> bool:
        """A press already answered (its update runs again after a restart) or too old to
        answer is not a failure: the press itself is handled either way."""
        try:
            return await super().answer_callback_query(callback_query_id, *args, **kwargs)
        except BadRequest as error:
            if "query is too old" not in error.message:
                raise
            return False
