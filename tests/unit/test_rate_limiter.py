"""The bot's rate limiter: replies unpaced, a 429 slows only its chat, groups keep 20/min."""

from __future__ import annotations

from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.rate_limiter import OUTBOX, ChatRateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Server:
    """Records each request; answers 429 for the chats told to."""

    def __init__(self, refuse: dict[int, int] | None = None, retry_after: int = 0) -> None:
        self.sent: list[tuple[str, Any]] = []
        self.refuse = dict(refuse or {})
        self.retry_after = retry_after

    async def __call__(self, endpoint: str, data: dict[str, Any]) -> bool:
        chat_id = data.get("chat_id")
        if self.refuse.get(chat_id, 0) > 0:
            self.refuse[chat_id] -= 1
            raise RetryAfter(self.retry_after)
        self.sent.append((endpoint, chat_id))
        return True


async def _request(
    limiter: ChatRateLimiter,
    server: Server,
    endpoint: str,
    chat_id: int | None,
    rate_limit_args: str | None = None,
) -> Any:
    data = {} if chat_id is None else {"chat_id": chat_id}
    return await limiter.process_request(
        server, (endpoint, data), {}, endpoint, data, rate_limit_args
    )


async def test_replies_to_many_women_are_not_paced() -> None:
    clock = Clock()
    limiter, server = ChatRateLimiter(clock=clock), Server()
    for n in range(200):
        await _request(limiter, server, "sendMessage", 5000 + n)
        await _request(limiter, server, "editMessageText", 5000 + n)
    assert len(server.sent) == 400
    assert limiter.wait_for(5000, "sendMessage", clock()) == 0


async def test_a_429_holds_back_that_chat_alone_and_is_retried() -> None:
    clock = Clock()
    limiter, server = ChatRateLimiter(clock=clock), Server(refuse={1: 1}, retry_after=0)
    assert await _request(limiter, server, "sendMessage", 1) is True
    assert server.sent == [("sendMessage", 1)]

    server = Server(refuse={1: 1}, retry_after=7)
    with pytest.raises(RetryAfter):
        await _request(limiter, server, "sendMessage", 1, OUTBOX)
    assert limiter.wait_for(1, "sendMessage", clock()) == 7
    assert limiter.wait_for(2, "sendMessage", clock()) == 0
    await _request(limiter, server, "sendMessage", 2)
    assert server.sent == [("sendMessage", 2)]
    # The outbox is told how long is left instead of being held here.
    with pytest.raises(RetryAfter):
        await _request(limiter, server, "sendMessage", 1, OUTBOX)
    clock.now += 7
    await _request(limiter, server, "sendMessage", 1, OUTBOX)
    assert server.sent[-1] == ("sendMessage", 1)


async def test_retries_are_bounded() -> None:
    limiter = ChatRateLimiter(max_retries=2, clock=Clock())
    server = Server(refuse={1: 10}, retry_after=0)
    with pytest.raises(RetryAfter):
        await _request(limiter, server, "sendMessage", 1)
    assert server.refuse[1] == 7  # the first try and two retries


async def test_a_group_takes_twenty_new_messages_a_minute_and_edits_freely() -> None:
    clock = Clock()
    limiter, server = ChatRateLimiter(clock=clock), Server()
    group = -100123
    for _ in range(20):
        await _request(limiter, server, "sendMessage", group)
        clock.now += 1
    assert limiter.wait_for(group, "sendMessage", clock()) == pytest.approx(40)
    assert limiter.wait_for(group, "editMessageText", clock()) == 0
    assert limiter.wait_for(-100456, "sendMessage", clock()) == 0
    with pytest.raises(RetryAfter):
        await _request(limiter, server, "sendMessage", group, OUTBOX)
    clock.now += 40
    await _request(limiter, server, "sendMessage", group)
    assert len(server.sent) == 21
