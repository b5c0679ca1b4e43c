"""The bot object: PTB's ExtBot, telling quick exit about every message it sends."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import ExtBot

log = logging.getLogger(__name__)

SentHook = Callable[[Message], Awaitable[None]]
# The methods that edit a message and answer with it (editMessageText, editMessageReplyMarkup...);
# other "edit" methods answer with other objects (an invite link, a story).
EDIT_PREFIX = "editMessage"
# What Telegram echoes back of a message the bot sent, and the bot never reads.
ECHOED_FIELDS = ("reply_markup", "entities", "caption_entities", "from", "link_preview_options")


def read_update(raw: Mapping[str, Any], bot: ExtBot[Any]) -> Update:
    """An update from its Bot API JSON, left as it was.

    A pressed button's update carries the whole message it sat on, keyboard and all; no
    handler reads that keyboard back (the callback data says what was pressed), and parsing
    every button of it cost more than the rest of the update. It is left out of the parsed
    update only: the JSON the intake holds is Telegram's own."""
    data = dict(raw)
    query = data.get("callback_query")
    if isinstance(query, dict):
        message = query.get("message")
        if isinstance(message, dict) and "reply_markup" in message:
            data["callback_query"] = {
                **query,
                "message": {k: v for k, v in message.items() if k != "reply_markup"},
            }
    return Update.de_json(data, bot)


class ChatBot(ExtBot[Any]):
    """Every send_* method (direct replies, the outbox, the error handler) goes through
    `_send_message`, so this is the one place that sees each message the bot leaves in a chat.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._after_send: SentHook | None = None

    async def initialize(self) -> None:
        try:
            await super().initialize()
        except BaseException:
            # A refused token (or Telegram out of reach) at start: the connections opened to
            # ask are closed again, since nothing will shut down a bot that never started.
            await asyncio.gather(
                *(request.shutdown() for request in self._request), return_exceptions=True
            )
            raise

    def after_send(self, hook: SentHook | None) -> None:
        self._after_send = hook

    async def _post(self, endpoint: str, data: Any = None, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, **kwargs)
        if isinstance(result, dict):
            if endpoint.startswith(EDIT_PREFIX):
                # An edited message comes back whole too, and nothing reads it: the bot knows
                # which message it edited. The edit answers True, as the Bot API itself does
                # for an inline message, rather than a message parsed for nobody.
                return True
            # A message the bot has just sent comes back whole: the keyboard it was
            # sent with, the formatting of its text, the bot as its sender. The bot reads back
            # only which message it is (id, chat, date), and parsing the rest again cost more
            # than sending it: the message is parsed without them.
            for echoed in ECHOED_FIELDS:
                result.pop(echoed, None)
        return result

    async def _send_message(self, endpoint: str, *args: Any, **kwargs: Any) -> Any:
        result = await super()._send_message(endpoint, *args, **kwargs)
        # An edit (it answers True) changes a message already noted.
        if isinstance(result, Message) and self._after_send is not None:
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
        return [(read_update(raw, self), json.dumps(raw)) for raw in result]

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
