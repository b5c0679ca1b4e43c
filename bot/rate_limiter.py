"""The bot's own rate limiter: replies go at once, a 429 slows only its chat, groups 20/min."""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]

# Telegram's guidance for a group chat: about 20 messages a minute.
GROUP_PER_MINUTE = 20
GROUP_WINDOW_SECONDS = 60.0
# Endpoints that put a new message into a chat; edits, deletions and answers do not count
# towards a group's 20 a minute.
NEW_MESSAGE_PREFIXES = ("send", "forward", "copy")
# A handler waiting longer than this for one chat is stuck: it gives up and the error is
# reported once, by the central error handler.
LONGEST_WAIT_SECONDS = 60.0
# What the outbox passes as `rate_limit_args`: it keeps its own per-row retry times, so a
# 429 goes straight back to it instead of being waited out here.
OUTBOX = "outbox"


def retry_seconds(error: RetryAfter) -> float:
    retry = error.retry_after
    return retry.total_seconds() if isinstance(retry, timedelta) else float(retry)


def is_group(chat_id: object) -> bool:
    """Group, supergroup and channel ids are negative (or an @username, always a channel)."""
    if isinstance(chat_id, int):
        return chat_id < 0
    if isinstance(chat_id, str):
        return chat_id.startswith("@") or chat_id.startswith("-")
    return False


class ChatRateLimiter(BaseRateLimiter[str]):
    """Lets direct replies and edits through unpaced, the way Telegram allows a bot to answer
    what a person just did; only group chats are paced (20 new messages a minute).

    A real 429 is honoured: its `retry_after` holds back that chat alone (other chats go on),
    and the request is retried up to `max_retries` times. Broadcasts and notifications are paced
    by the outbox, which marks its requests with `rate_limit_args=OUTBOX` and handles its 429s
    itself, per row.
    """

    def __init__(
        self,
        *,
        max_retries: int = 3,
        group_per_minute: int = GROUP_PER_MINUTE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._max_retries = max_retries
        self._group_per_minute = group_per_minute
        self._clock = clock
        # chat key -> time (of `clock`) before which nothing is sent there (after a 429)
        self._blocked_until: dict[object, float] = {}
        # group chat key -> times of its recent new messages
        self._group_sends: dict[object, deque[float]] = {}

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        self._blocked_until.clear()
        self._group_sends.clear()

    def wait_for(self, chat_id: object, endpoint: str, now: float) -> float:
        """Seconds a request to `chat_id` must wait now (0 when it may go at once)."""
        wait = self._blocked_until.get(chat_id, 0.0) - now
        if chat_id in self._blocked_until and wait <= 0:
            del self._blocked_until[chat_id]
        if is_group(chat_id) and endpoint.startswith(NEW_MESSAGE_PREFIXES):
            sends = self._group_sends.get(chat_id)
            if sends is not None:
                while sends and sends[0] <= now - GROUP_WINDOW_SECONDS:
                    sends.popleft()
                if len(sends) >= self._group_per_minute:
                    wait = max(wait, sends[0] + GROUP_WINDOW_SECONDS - now)
                elif not sends:
                    del self._group_sends[chat_id]
        return max(0.0, wait)

    def _record(self, chat_id: object, endpoint: str, now: float) -> None:
        if is_group(chat_id) and endpoint.startswith(NEW_MESSAGE_PREFIXES):
            self._group_sends.setdefault(chat_id, deque()).append(now)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: str | None,
    ) -> JSONResult:
        chat_id = data.get("chat_id")
        from_outbox = rate_limit_args == OUTBOX
        attempt = 0
        while True:
            if chat_id is not None:
                # Checking and recording happen with no await between them, so two tasks
                # cannot both take the last free slot of a group's minute.
                while (wait := self.wait_for(chat_id, endpoint, self._clock())) > 0:
                    if from_outbox or wait > LONGEST_WAIT_SECONDS:
                        # The outbox keeps the row and tries it again then, sending to others
                        # meanwhile; a reply that would wait this long is better reported.
                        raise RetryAfter(math.ceil(wait))
                    await asyncio.sleep(wait)
                self._record(chat_id, endpoint, self._clock())
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                seconds = retry_seconds(error)
                if chat_id is not None:
                    until = self._clock() + seconds
                    self._blocked_until[chat_id] = max(
                        until, self._blocked_until.get(chat_id, 0.0)
                    )
                if from_outbox or attempt >= self._max_retries or seconds > LONGEST_WAIT_SECONDS:
                    raise
                attempt += 1
                if chat_id is None:
                    await asyncio.sleep(seconds)
